"""Gazetteer membership as token features: B-/I- positions of every name list match.

The names come from our own KB only (lang/id/kb, loaded at run time, so user entries count
too). The Indonesian DBpedia name lists were measured here as whole-name matches and dropped
(+0.25 F1 on idner-news-2k dev). Word by word, as 'nl=KIND' marks in the model's word table
(scripts/build_name_list_words.py, read by features.FeatureCache), they are worth more (see
ner-id.scores.json history: the 2026-11-21 word-table candidate).
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate, count
from operator import add

import ahocorasick

from ..kb import get_kb

KB_LABEL = {"person": "PER", "organization": "ORG", "country": "CTRY", "location": "LOC"}


class Gazetteer:
    def __init__(self, names: dict[str, set[str]]):
        """names: token-joined name -> labels (e.g. 'kb:PER')."""
        self._auto = ahocorasick.Automaton()
        for key, labels in names.items():
            self._auto.add_word(" " + key + " ", (key.count(" ") + 1, tuple(sorted(labels))))
        if names:
            self._auto.make_automaton()
        self._empty = not names

    def features(self, tokens: list[str]) -> list[list[str]]:
        """Per token, features like 'kb:B-PER', 'db:I-LOC' (all overlapping matches)."""
        feats: list[list[str]] = [[] for _ in tokens]
        for i, last, labels in self.matches(tokens):
            for lab in labels:
                feats[i].append(f"{lab[:3]}B-{lab[3:]}")
                for t in range(i + 1, last + 1):
                    feats[t].append(f"{lab[:3]}I-{lab[3:]}")
        return feats

    def matches(self, tokens: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        """Every match as (first token, last token, labels), in the automaton's order."""
        if self._empty or not tokens:
            return []
        text = " " + " ".join(tokens) + " "
        # char offset of each token in `text` (ascending), built in C (1 + lengths and spaces
        # before it); matches are few, so each is placed by bisection
        starts = list(map(add, accumulate(map(len, tokens), initial=0), count(1)))
        n_tokens = len(tokens)
        out = []
        for end, (n, labels) in self._auto.iter(text):
            # `end` is the trailing space of ' w1 ... wn '; the last token starts after the
            # space before it, and the match covers the n tokens up to it
            at = text.rfind(" ", 0, end) + 1
            last = bisect_left(starts, at)
            if last == n_tokens or starts[last] != at or last - n + 1 < 0:
                continue
            out.append((last - n + 1, last, labels))
        return out


def kb_names() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    kb = get_kb()
    for key, ids in kb.aliases.items():
        for i in ids:
            out.setdefault(key, set()).add("kb:" + KB_LABEL[kb.entries[i].kind])
    return out


def build() -> Gazetteer:
    return Gazetteer(kb_names())
