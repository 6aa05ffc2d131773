"""Language identification with the packaged lingua detector (no downloads).

The detector is built once per process, restricted to the languages an Indonesian
news crawl actually meets, so Indonesian and Malay are told apart reliably and
detection stays fast. Text that is not Indonesian is flagged, not dropped.
"""
from __future__ import annotations

import re

from ..document import Document
from ..lang import load_lines
from ..pipeline import Stage

# Languages the detector chooses between (lingua Language names).
CANDIDATES = ("INDONESIAN", "MALAY", "ENGLISH", "TAGALOG", "DUTCH",
              "CHINESE", "ARABIC", "JAPANESE", "KOREAN", "FRENCH", "GERMAN", "SPANISH", "RUSSIAN")
SAMPLE_CHARS = 600
MIN_CHARS = 20   # shorter texts are too little evidence: assume Indonesian, say nothing
# Share of Indonesian function words above which the text is Indonesian beyond doubt:
# Indonesian news sits around 0.13-0.28, English near 0. Malay shares most function
# words, so a Malay spelling marker always sends the text to the detector.
FAST_PATH_SHARE = 0.08
_WORD = re.compile(r"[^\W\d_]+")


class LanguageStage(Stage):
    name = "language"
    requires = frozenset({"body"})
    provides = frozenset({"language"})

    def __init__(self) -> None:
        self._detector = None
        self._function_words = frozenset(load_lines("id", "function_words.txt"))
        self._malay_markers = frozenset(load_lines("id", "malay_markers.txt"))

    def setup(self) -> None:
        if self._detector is not None:
            return
        from lingua import Language, LanguageDetectorBuilder

        langs = [getattr(Language, n) for n in CANDIDATES if hasattr(Language, n)]
        # Low-accuracy mode uses trigram models only: ~25 MB instead of ~200 MB and a fast
        # first call. It is only asked about texts the Indonesian fast path could not settle.
        self._detector = LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()

    def process(self, doc: Document) -> Document:
        sample = (doc.body or doc.text)[:SAMPLE_CHARS]
        if len(sample.strip()) < MIN_CHARS:
            doc.language = "id"
            return doc
        words = _WORD.findall(sample.lower())
        share = sum(map(self._function_words.__contains__, words)) / max(len(words), 1)
        if share >= FAST_PATH_SHARE and not self._malay_markers.intersection(words):
            doc.language, doc.language_confidence = "id", round(min(1.0, share / 0.3), 3)
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
