"""Compiled (numba) kernels of the fast CRF path: word-type weight sums and sentence tagging
(one sentence, or all the sentences of a document in one call).

Both add weights in crfsuite's order (a token's own attributes, then those given by the tokens
two before, one before, one after and two after it, then the sentence's extra attributes in
the order they are listed) and never reassociate (no fastmath), so the scores are crfsuite's
up to the grouping of a word's own sums, and the Viterbi breaks ties as crf1d_context.c does:
the first (lowest-index) label wins, both in the recursion and at the last token.

Compiling costs ~1.7 s CPU per process, more than a 1,000-article run saves, so the machine
code is cached on disk in the user's cache directory (numba's user-wide one, or NUMBA_CACHE_DIR
when set), never next to this file (numba's default, i.e. inside site-packages). When no such
directory is writable the kernels are compiled afresh in each process. `warm_up()` compiles or
loads them up front.
"""
from __future__ import annotations

import os
import time

import numpy as np

try:
    from numba import njit
except ImportError:             # the tagger falls back to crfsuite itself
    njit = None

AVAILABLE = njit is not None


def _sum_groups(state, rows, bounds, out):
    """out[g] = sum of state[rows[bounds[g]:bounds[g + 1]]], added one row after another."""
    n_labels = state.shape[1]
    for g in range(len(bounds) - 1):
        for j in range(n_labels):
            out[g, j] = 0.0
        for k in range(bounds[g], bounds[g + 1]):
            r = rows[k]
            for j in range(n_labels):
                out[g, j] += state[r, j]


def _tag(vecs, ids, bos, eos, state, extra_at, extra_rows, trans):
    """Best label path of a sentence whose tokens are word types `ids` (rows of `vecs`, each
    (own, as -2, as -1, as +1, as +2) per-label sums), plus the sentence's extra attributes
    (token extra_at[k] gets state row extra_rows[k])."""
    path = np.empty(len(ids), dtype=np.int64)
    _sentence(vecs, ids, 0, len(ids), bos, eos, state, extra_at, extra_rows, 0, len(extra_at),
              trans, path)
    return path


def _extras_py(lo, hi, cap, opening, run_rows, first_row, g_at, g_cat, g_row, gk, buf_at, buf_row):
    """The sentence-dependent attribute rows of tokens lo..hi-1 into buf_at/buf_row, in
    features.sentence_extras' order per token; g_* entries from gk on. Returns (count, gk)."""
    n_g = len(g_at)
    m = 0
    run_i = 0
    for t in range(lo, hi):
        while gk < n_g and g_at[gk] == t and g_cat[gk] == 0:
            buf_at[m] = t
            buf_row[m] = g_row[gk]
            m += 1
            gk += 1
        if cap[t]:
            if t == lo or not cap[t - 1]:
                size = 1                # a run's size counts up to 4
                while t + size < hi and cap[t + size] and size < 4:
                    size += 1
                buf_at[m] = t
                buf_row[m] = run_rows[size, 0]
                run_i = run_rows[size, 1]
            else:
                buf_at[m] = t
                buf_row[m] = run_i
            m += 1
        if t == lo or opening[t - 1]:
            buf_at[m] = t
            buf_row[m] = first_row
            m += 1
        for cat in (3, 4):
            while gk < n_g and g_at[gk] == t and g_cat[gk] == cat:
                buf_at[m] = t
                buf_row[m] = g_row[gk]
                m += 1
                gk += 1
    return m, gk


def _tag_document(vecs, ids, bounds, cap, opening, run_rows, first_row, g_at, g_cat, g_row,
                  bos, eos, state, trans, label_kind, label_type, spans):
    """_tag over every sentence of a document that has a capitalised token, with the
    sentence-dependent attributes made here (features.sentence_extras, per token in its
    order: own gazetteer rows (g_cat 0), capital run, "first", the gazetteer rows of the token
    before (3) and after (4); g_* sorted by token, then that order). Writes the BIO spans
    as rows (sentence, first token, after last token, type) of `spans`; returns their number."""
    path = np.empty(len(ids), dtype=np.int64)
    buf_at = np.empty(2 * len(ids) + len(g_at) + 1, dtype=np.int64)
    buf_row = np.empty(len(buf_at), dtype=np.int64)
    n_g = len(g_at)
    gk = 0
    n_spans = 0
    for s in range(len(bounds) - 1):
        lo, hi = bounds[s], bounds[s + 1]
        while gk < n_g and g_at[gk] < lo:
            gk += 1
        has = False
        for t in range(lo, hi):
            if cap[t]:
                has = True
                break
        if not has:
            continue
        m, gk = _extras(lo, hi, cap, opening, run_rows, first_row, g_at, g_cat, g_row, gk, buf_at, buf_row)
        _sentence(vecs, ids, lo, hi, bos, eos, state, buf_at, buf_row, 0, m, trans, path)
        # spans as tag() reads BIO: an I- of the same type right after an inside token
        # continues the span, any other inside token starts one
        start = -1
        typ = -1
        for t in range(lo, hi + 1):
            kind = label_kind[path[t]] if t < hi else 0
            cur = label_type[path[t]] if t < hi else -1
            if start >= 0 and not (kind == 2 and cur == typ):
                spans[n_spans, 0] = s
                spans[n_spans, 1] = start - lo
                spans[n_spans, 2] = t - lo
                spans[n_spans, 3] = typ
                n_spans += 1
                start = -1
            if kind > 0 and start < 0:
                start = t
                typ = cur
    return n_spans


def _sentence_py(vecs, ids, lo, hi, bos, eos, state, extra_at, extra_rows, elo, ehi, trans, path):
    """Writes the best labels of tokens lo..hi-1 (one sentence) into path[lo:hi]."""
    n = hi - lo
    n_labels = trans.shape[0]
    score = np.empty((n, n_labels))
    for t in range(n):
        for j in range(n_labels):
            s = vecs[ids[lo + t], 0, j]
            if t >= 2:
                s += vecs[ids[lo + t - 2], 1, j]
            if t == 0:
                s += bos[j]
            else:
                s += vecs[ids[lo + t - 1], 2, j]
            if t + 1 < n:
                s += vecs[ids[lo + t + 1], 3, j]
            else:
                s += eos[j]
            if t + 2 < n:
                s += vecs[ids[lo + t + 2], 4, j]
            score[t, j] = s
    for k in range(elo, ehi):
        t, r = extra_at[k] - lo, extra_rows[k]
        for j in range(n_labels):
            score[t, j] += state[r, j]
    # crfsuite's Viterbi (crf1dc_viterbi): strict '<' keeps the first of equal scores
    back = np.zeros((n, n_labels), dtype=np.int64)
    prev = score[0].copy()
    cur = np.empty(n_labels)
    for t in range(1, n):
        for j in range(n_labels):
            best = -np.inf
            arg = 0
            for i in range(n_labels):
                v = prev[i] + trans[i, j]
                if best < v:
                    best = v
                    arg = i
            back[t, j] = arg
            cur[j] = best + score[t, j]
        prev, cur = cur, prev
    best = -np.inf
    y = 0
    for i in range(n_labels):
        if best < prev[i]:
            best = prev[i]
            y = i
    path[hi - 1] = y
    for t in range(n - 2, -1, -1):
        y = back[t + 1, y]
        path[lo + t] = y


def _user_cache() -> bool:
    """Routes numba's cache for this file to a user-wide directory; False when that cannot be
    done (numba internals moved, or no writable directory): then nothing is cached."""
    try:
        from numba.core import caching
        impl = getattr(caching, "CacheImpl", None) or caching._CacheImpl
        base = (getattr(caching, "UserWideCacheLocator", None)
                or caching._UserWideCacheLocator)
    except (ImportError, AttributeError):
        return False
    here = os.path.abspath(__file__)

    class _ThisFileUserWide(base):
        @classmethod
        def from_function(cls, py_func, py_file):
            if os.path.abspath(py_file) != here:
                return None
            return super().from_function(py_func, py_file)

    probe = _ThisFileUserWide.from_function(_tag, here)
    if probe is None:
        return False
    classes = impl._locator_classes
    if not any(c.__name__ == _ThisFileUserWide.__name__ for c in classes):
        # after NUMBA_CACHE_DIR's locator (the user's choice wins), before the in-tree one
        classes.insert(1 if os.environ.get("NUMBA_CACHE_DIR") else 0, _ThisFileUserWide)
    return True


if AVAILABLE:
    _CACHE = _user_cache()
    sum_groups = njit(cache=_CACHE, nogil=True)(_sum_groups)
    _sentence = njit(cache=_CACHE, nogil=True)(_sentence_py)
    tag = njit(cache=_CACHE, nogil=True)(_tag)
    extras = njit(cache=_CACHE, nogil=True)(_extras_py)
    _extras = extras
    tag_document = njit(cache=_CACHE, nogil=True)(_tag_document)
else:
    sum_groups = tag = tag_document = extras = _sentence = None

_compile_seconds: float | None = None


def warm_up() -> float:
    """Compiles the kernels for the argument types the tagger passes (once per process);
    returns the seconds it took (0 when already done)."""
    global _compile_seconds
    if _compile_seconds is not None:
        return 0.0
    t0 = time.perf_counter()
    state = np.zeros((3, 2))
    vecs = np.zeros((2, 5, 2))
    i64 = np.zeros(2, dtype=np.int64)
    sum_groups(state, i64, np.array([0, 1, 2], dtype=np.int64), vecs[:1].reshape(-1, 2)[:2])
    tag(vecs, i64, state[0], state[1], state, i64[:0], i64[:0], np.zeros((2, 2)))
    flags = np.zeros(2, dtype=bool)
    tag_document(vecs, i64, np.array([0, 2], dtype=np.int64), flags, flags, np.zeros((5, 2), dtype=np.int64),
                 0, i64[:0], i64[:0], i64[:0], state[0], state[1], state, np.zeros((2, 2)),
                 np.zeros(2, dtype=np.int8), i64, np.zeros((2, 4), dtype=np.int64))
    _compile_seconds = time.perf_counter() - t0
    return _compile_seconds
