"""Placeholder language stage; replaced by packaged language identification."""
from __future__ import annotations

from ..document import Document
from ..pipeline import Stage


class LanguageStage(Stage):
    name = "language"
    requires = frozenset({"body"})
    provides = frozenset({"language"})

    def process(self, doc: Document) -> Document:
        doc.language = "id"
        return doc
