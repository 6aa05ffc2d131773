"""Token features for the CRF, computed once per distinct word and cached.

A token's features = its own cached word features + cached context features of its neighbours
(-2..+2) + gazetteer positions + sentence-position flags. Only the gazetteer and position parts
depend on the sentence, so a long document costs little more than a dictionary lookup per token.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import load_yaml

_OPEN = frozenset({'"', "“", "‘", "'", "(", "[", "-", "–", "—", ":", "•"})


_SHAPE_TABLE = str.maketrans({**{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
                              **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"},
                              **{c: "d" for c in "0123456789"}})


def shape(w: str) -> str:
    s = w.translate(_SHAPE_TABLE)
    return s if s.isascii() else re.sub(r"[^Xxd\x00-\x7f]", "p", s)


def short_shape(w: str) -> str:
    return re.sub(r"(.)\1+", r"\1", shape(w))


@lru_cache(maxsize=1)
def cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """(title words, speaker cue words), lower-cased, from lang/id/honorifics.yaml."""
    h = load_yaml("id", "honorifics.yaml")
    titles = set()
    for phrase in list(h["role_titles"]) + list(h["honorifics"]):
        for w in phrase.split():
            titles.add(w.lower().rstrip("."))
    return frozenset(titles), frozenset(h["speaker_cues"])


class FeatureCache:
    def __init__(self, cap_buckets: dict[str, str] | None = None, max_size: int = 200_000):
        self.cap_buckets = cap_buckets or {}
        self.titles, self.cues = cue_words()
        self._self: dict[str, list[str]] = {}
        self._ctx: dict[str, tuple[list[str], ...]] = {}
        self.max_size = max_size

    def word(self, w: str) -> list[str]:
        f = self._self.get(w)
        if f is None:
            lw = w.lower()
            sh = shape(w)
            f = ["b", "w=" + lw, "sh=" + (sh if len(sh) <= 6 else short_shape(w)),
                 "p3=" + lw[:3], "s3=" + lw[-3:], "s4=" + lw[-4:]]
            cb = self.cap_buckets.get(lw, "u")
            f.append("cb=" + cb)
            if w[:1].isupper():
                f.append("cap")
                f.append("capcb=" + cb)      # capitalised here; how often elsewhere?
                if w.isupper() and len(w) > 1:
                    f.append("allcap")
            if lw in self.titles:
                f.append("title")
            if "-" in w:
                f.append("hyph")
            if len(self._self) < self.max_size:
                self._self[w] = f
        return f

    def context(self, w: str) -> tuple[list[str], ...]:
        """Features a word gives its neighbours, for offsets -2, -1, +1, +2."""
        c = self._ctx.get(w)
        if c is None:
            lw = w.lower()
            ss = short_shape(w)
            extra = []
            if lw in self.titles:
                extra.append("title")
            if lw in self.cues:
                extra.append("cue")
            cb = self.cap_buckets.get(lw, "u")
            c = tuple([f"{o}w={lw}", f"{o}ss={ss}", f"{o}cb={cb}"] + [f"{o}{e}" for e in extra]
                      for o in ("-2:", "-1:", "+1:", "+2:"))
            if len(self._ctx) < self.max_size:
                self._ctx[w] = c
        return c

    def sentence(self, tokens: list[str], gaz: list[list[str]],
                 positions: range | None = None) -> list[list[str]]:
        """Feature lists for `positions` (default: every token), with full-sentence context."""
        word, context = self.word, self.context
        return self.at(tokens, [word(t) for t in tokens], [context(t) for t in tokens], gaz,
                       positions if positions is not None else range(len(tokens)))

    def at(self, tokens: list[str], words: list[list[str]], ctx: list[tuple[list[str], ...]],
           gaz: list[list[str]], positions: range) -> list[list[str]]:
        n = len(tokens)
        out = []
        for i in positions:
            f = words[i] + gaz[i]
            if i == 0 or tokens[i - 1] in _OPEN:
                f = f + ["first"]
            if i >= 2:
                f = f + ctx[i - 2][0]
            if i >= 1:
                f = f + ctx[i - 1][1]
                for g in gaz[i - 1]:
                    f.append("-1:" + g)
            else:
                f = f + ["bos"]
            if i + 1 < n:
                f = f + ctx[i + 1][2]
                for g in gaz[i + 1]:
                    f.append("+1:" + g)
            else:
                f = f + ["eos"]
            if i + 2 < n:
                f = f + ctx[i + 2][3]
            out.append(f)
        return out
