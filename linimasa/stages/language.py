"""Language identification with the packaged lingua detector (no downloads).

The detector is built once per process, restricted to the languages an Indonesian
news crawl actually meets, so Indonesian and Malay are told apart reliably and
detection stays fast. Text that is not Indonesian is flagged, not dropped.
"""
from __future__ import annotations

from ..document import Document
from ..pipeline import Stage

# Languages the detector chooses between (lingua Language names).
CANDIDATES = ("INDONESIAN", "MALAY", "ENGLISH", "TAGALOG", "DUTCH",
              "CHINESE", "ARABIC", "JAPANESE", "KOREAN", "FRENCH", "GERMAN", "SPANISH", "RUSSIAN")
SAMPLE_CHARS = 1000
MIN_CHARS = 20   # shorter texts are too little evidence: assume Indonesian, say nothing


class LanguageStage(Stage):
    name = "language"
    requires = frozenset({"body"})
    provides = frozenset({"language"})

    def __init__(self) -> None:
        self._detector = None

    def setup(self) -> None:
        if self._detector is not None:
            return
        from lingua import Language, LanguageDetectorBuilder

        langs = [getattr(Language, n) for n in CANDIDATES if hasattr(Language, n)]
        self._detector = LanguageDetectorBuilder.from_languages(*langs).build()

    def process(self, doc: Document) -> Document:
        sample = (doc.body or doc.text)[:SAMPLE_CHARS]
        if len(sample.strip()) < MIN_CHARS:
            doc.language = "id"
            return doc
        self.setup()
        values = self._detector.compute_language_confidence_values(sample)
        if not values:
            doc.language = None
            doc.warnings.append("language could not be detected; results may be poor")
            return doc
        best = values[0]
        code = best.language.iso_code_639_1.name.lower()
        doc.language = code
        doc.language_confidence = round(best.value, 3)
        if code != "id":
            doc.warnings.append(f"not Indonesian (detected: {code}); results will be poor")
        return doc
