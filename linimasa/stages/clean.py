"""Placeholder cleaning stage (keeps everything); replaced by the boilerplate classifier."""
from __future__ import annotations

from ..document import Document
from ..pipeline import Stage


class CleanStage(Stage):
    name = "clean"
    requires = frozenset({"text"})
    provides = frozenset({"body", "removed"})

    def process(self, doc: Document) -> Document:
        doc.body = doc.text
        doc.body_map = [(0, 0, len(doc.text))]
        return doc
