"""Placeholder 'events' stage: provides empty results until the real stage lands."""
from __future__ import annotations

from ..document import Document
from ..pipeline import Stage


class EventsStage(Stage):
    name = "events"
    requires = frozenset({'sentences', 'times', 'entities'})
    provides = frozenset({"events"})

    def process(self, doc: Document) -> Document:
        return doc
