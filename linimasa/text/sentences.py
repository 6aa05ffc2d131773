"""Sentence splitting for Indonesian news, with abbreviations from lang/id data."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import load_lines

_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE_MARK = re.compile(r"(\S+?)[.!?…]+[\"'”’)\]]*$")
INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")      # "Retno L.P. Marsudi", "J.F. Kennedy", "H. Agus"


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower().rstrip(".") for a in load_lines("id", "abbreviations.txt"))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences within one paragraph of text."""
    abbr = _abbreviations()
    out, start = [], 0
    for m in _END.finditer(text):
        end = m.end()
        # the word before the mark: a match holds no space, so only the last chunk can hold it
        chunk = text[start:end].rsplit(None, 1)
        word = _WORD_BEFORE_MARK.search(chunk[-1]) if chunk else None
        if word and m.group().startswith(".") and (word.group(1).lower() in abbr or len(word.group(1)) == 1
                                                          or INITIALS.fullmatch(word.group(1))):
            continue  # "Dr. Sutopo", "H. Agus", initials
        if _inside_quote(text, start, end):
            continue
        out.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) and text[start:].strip():
        end = len(text.rstrip())
        out.append((start, end))
    return out


def _inside_quote(text: str, start: int, end: int) -> bool:
    """True while a straight or curly double quote opened in this sentence is still open
    and its closing quote comes later in the paragraph (so we don't cut a quotation)."""
    seg = text[start:end]
    opened = seg.count("“") - seg.count("”")
    straight = seg.count('"') % 2
    if opened > 0 and "”" in text[end:]:
        return True
    return bool(straight and '"' in text[end:])
