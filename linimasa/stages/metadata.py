"""Placeholder metadata stage: title from the input or the first line; trusted given date."""
from __future__ import annotations

from ..document import DateValue, Document
from ..pipeline import Stage


class MetadataStage(Stage):
    name = "metadata"
    requires = frozenset({"body", "given"})
    provides = frozenset({"meta"})

    def process(self, doc: Document) -> Document:
        doc.title = doc.given.get("title") or (doc.text.strip().split("\n", 1)[0] or None)
        doc.outlet = doc.given.get("outlet")
        if doc.given.get("published"):
            v = str(doc.given["published"])
            doc.published = DateValue(v, (v[:10], v[:10]), False)
        return doc
