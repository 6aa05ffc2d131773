"""Placeholder 'quotes' stage: provides empty results until the real stage lands."""
from __future__ import annotations

from ..document import Document
from ..pipeline import Stage


class QuotesStage(Stage):
    name = "quotes"
    requires = frozenset({'sentences', 'entities'})
    provides = frozenset({"quotes"})

    def process(self, doc: Document) -> Document:
        return doc
