"""Placeholder 'entities' stage: provides empty results until the real stage lands."""
from __future__ import annotations

from ..document import Document
from ..pipeline import Stage


class EntitiesStage(Stage):
    name = "entities"
    requires = frozenset({'sentences'})
    provides = frozenset({"entities"})

    def process(self, doc: Document) -> Document:
        return doc
