"""Named-entity tagger (PER / ORG / LOC): a CRF over cheap, cached token features.

    from linimasa.ner import get_tagger
    spans = get_tagger().tag(["Presiden", "Joko", "Widodo", "tiba", "di", "Beijing"])
    # -> [(1, 3, 'PER'), (5, 6, 'LOC')]
"""
from __future__ import annotations

from .tagger import MODEL_PATH, NerTagger, get_tagger

__all__ = ["MODEL_PATH", "NerTagger", "get_tagger"]
