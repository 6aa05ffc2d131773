"""The sentence-dependent CRF attributes of a whole document at once, as numpy arrays.

features.sentence_extras lists them for one sentence in Python (gazetteer, capital run, first,
the gazetteer of the neighbours). Called once per sentence it cost more than the Viterbi, so
the tagger's document path builds the same attributes here: capital runs and "first" from
per-word-type flags with numpy, gazetteer attributes from the few gazetteer matches.

Only the order of the attributes *per token* matters (the CRF adds a token's weights in list
order, and tokens are scored independently); it is kept by sorting on (token, category, rank
in the gazetteer's own order), the categories in sentence_extras' order.
tests/test_ner_fast.py checks the arrays against sentence_extras sentence by sentence.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from .features import _RUN, _FIRST, _encoded

_OWN_GAZ, _RUN_CAT, _FIRST_CAT, _BEFORE_GAZ, _AFTER_GAZ = range(5)
_I64 = np.int64


class DocumentExtras:
    """Weight rows of the sentence-dependent attributes; `row(attr)` is the model's row of an
    encoded attribute (its zero row when the model does not know it)."""

    def __init__(self, row: Callable[[bytes], int]):
        self._row = row
        # run rows indexed [size, 0 for the run's first token / 1 for the others]
        self.run_rows = np.zeros((5, 2), dtype=_I64)
        for (size, pos), attr in _RUN.items():
            self.run_rows[size, 0 if pos == "B" else 1] = row(attr)
        self.first_row = row(_FIRST)
        self._gaz_rows: dict[str, tuple[int, int, int]] = {}

    def _gaz(self, feature: str) -> tuple[int, int, int]:
        """Rows of a gazetteer feature on the token itself, as -1 and as +1."""
        rows = self._gaz_rows.get(feature)
        if rows is None:
            rows = self._gaz_rows[feature] = tuple(self._row(_encoded(side, feature))
                                                   for side in ("", "-1", "+1"))
        return rows

    def build(self, cap: np.ndarray, opening: np.ndarray, bounds: np.ndarray,
              gaz: list[tuple[int, int, tuple[str, ...]]], jmap: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(token, row, per-sentence bounds into them) of every extra attribute.

        cap/opening: per token (all sentences concatenated), capitalised / an opening mark;
        bounds: sentence s is tokens bounds[s]:bounds[s + 1] (no empty sentence);
        gaz: the gazetteer's matches (first, last, labels) over the sentences' tokens joined
        with one separator token after each sentence, in the gazetteer's order; jmap maps
        such a joined position to its token (-1 for a separator)."""
        n = len(cap)
        starts = bounds[:-1]
        # capital runs inside a sentence: a run starts at a capital not preceded by one
        prev = np.zeros(n, dtype=bool)
        prev[1:] = cap[:-1]
        prev[starts] = False
        run_start = cap & ~prev
        run_id = np.cumsum(run_start) - 1
        cap_at = np.flatnonzero(cap)
        size = np.minimum(np.bincount(run_id[cap_at]), 4) if len(cap_at) else np.zeros(0, dtype=_I64)
        run_rows = self.run_rows[size[run_id[cap_at]], (~run_start[cap_at]).astype(_I64)]
        # "first": a sentence's first token and every token after an opening mark
        first = np.zeros(n, dtype=bool)
        first[1:] = opening[:-1]
        first[starts] = True
        first_at = np.flatnonzero(first)
        at = [cap_at, first_at]
        cat = [np.full(len(cap_at), _RUN_CAT, dtype=_I64), np.full(len(first_at), _FIRST_CAT, dtype=_I64)]
        rows = [run_rows, np.full(len(first_at), self.first_row, dtype=_I64)]
        rank = [np.zeros(len(cap_at) + len(first_at), dtype=_I64)]
        if gaz:
            g_at, g_cat, g_row, g_rank = [], [], [], []
            last_j = len(jmap) - 1
            k = 0
            for i, last, labels in gaz:
                for lab in labels:
                    for j in range(i, last + 1):
                        own, before, after = self._gaz(f"{lab[:3]}{'B' if j == i else 'I'}-{lab[3:]}")
                        t = jmap[j]
                        g_at.append(t)
                        g_cat.append(_OWN_GAZ)
                        g_row.append(own)
                        g_rank.append(k)
                        # the next token sees it as -1, the one before as +1 (same sentence)
                        if j < last_j and jmap[j + 1] >= 0:
                            g_at.append(t + 1)
                            g_cat.append(_BEFORE_GAZ)
                            g_row.append(before)
                            g_rank.append(k)
                        if j > 0 and jmap[j - 1] >= 0:
                            g_at.append(t - 1)
                            g_cat.append(_AFTER_GAZ)
                            g_row.append(after)
                            g_rank.append(k)
                        k += 1
            at.append(np.array(g_at, dtype=_I64))
            cat.append(np.array(g_cat, dtype=_I64))
            rows.append(np.array(g_row, dtype=_I64))
            rank.append(np.array(g_rank, dtype=_I64))
        at_all, cat_all = np.concatenate(at), np.concatenate(cat)
        order = np.lexsort((np.concatenate(rank), cat_all, at_all))
        at_all = at_all[order]
        return at_all, np.concatenate(rows)[order], np.searchsorted(at_all, bounds)
