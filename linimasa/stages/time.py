"""Placeholder 'time' stage: provides empty results until the real stage lands."""
from __future__ import annotations

from ..document import Document
from ..pipeline import Stage


class TimeStage(Stage):
    name = "time"
    requires = frozenset({'sentences', 'meta'})
    provides = frozenset({"times"})

    def process(self, doc: Document) -> Document:
        return doc
