"""Rows of the sentence-dependent CRF attributes for the tagger's document path.

features.sentence_extras lists them for one sentence in Python (gazetteer, capital run, first,
the gazetteer of the neighbours). Called once per sentence it cost more than the Viterbi, so
the document path (crfjit.tag_document) makes the capital-run and "first" rows itself from
per-word-type flags, and is handed the gazetteer rows made here from the few matches.

Only the order of the attributes *per token* matters (the CRF adds a token's weights in list
order, and tokens are scored independently); it is kept by sorting on (token, category, rank
in the gazetteer's own order), the categories in sentence_extras' order.
tests/test_ner_fast.py checks the rows against sentence_extras token by token.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Callable

import numpy as np

from .features import _RUN, _FIRST, _encoded

# categories in sentence_extras' order per token (crfjit._extras adds the run and first ones)
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

    def gazetteer_rows(self, matches: list[tuple[int, int, tuple[str, ...]]], bounds: np.ndarray
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(token, category, row) of every gazetteer attribute, sorted by token, category and
        the gazetteer's own order. matches: (first, last, labels) over the sentences' tokens
        joined with one separator token after each (sentence s starts at bounds[s] + s);
        bounds: sentence s is tokens bounds[s]:bounds[s + 1]."""
        if not matches:
            return _EMPTY, _EMPTY, _EMPTY
        jstart = (bounds[:-1] + np.arange(len(bounds) - 1)).tolist()
        lo_hi = bounds.tolist()
        out = []
        k = 0
        for i, last, labels in matches:
            s = bisect_right(jstart, i) - 1
            lo, hi = lo_hi[s], lo_hi[s + 1]
            for lab in labels:
                for j in range(i, last + 1):
                    own, before, after = self._gaz(f"{lab[:3]}{'B' if j == i else 'I'}-{lab[3:]}")
                    t = j - s
                    out.append((t, _OWN_GAZ, k, own))
                    # the next token sees it as -1, the one before as +1 (same sentence)
                    if t + 1 < hi:
                        out.append((t + 1, _BEFORE_GAZ, k, before))
                    if t > lo:
                        out.append((t - 1, _AFTER_GAZ, k, after))
                    k += 1
        out.sort()
        at, cat, _, rows = zip(*out)
        return np.array(at, dtype=_I64), np.array(cat, dtype=_I64), np.array(rows, dtype=_I64)


_EMPTY = np.zeros(0, dtype=_I64)
