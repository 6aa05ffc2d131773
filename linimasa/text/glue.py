"""Repair glued tokens such as "kepadaJoe" (a scraping artefact: a lost space between a
lowercase function word and a capitalised name).

The repair never edits the text: it splits the *token* in two, each keeping offsets into the
original string, so a mention found on the repaired tokens ("Joe Biden") still points at the
right characters of the original ("kepadaJoe Biden" -> start of "Joe").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import load_lines
from .tokenize import Token

_GLUED = re.compile(r"([a-z]+)([A-Z][^\W\d_]*)")


@lru_cache(maxsize=1)
def glue_words() -> frozenset[str]:
    return frozenset(load_lines("id", "glue_words.txt"))


def split_glued(tok: Token) -> list[Token]:
    """['kepadaJoe'] -> ['kepada', 'Joe']; other tokens unchanged. camelCase brand names
    ("iPhone", "eKTP") stay whole because their lowercase part is not a function word."""
    t = tok.text
    if len(t) < 3 or not t[0].islower() or t.islower():
        return [tok]
    m = _GLUED.match(t)
    if not m or m.group(1) not in glue_words():
        return [tok]
    cut = tok.start + len(m.group(1))
    return [Token(m.group(1), tok.start, cut), Token(t[len(m.group(1)):], cut, tok.end)]


def repair(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for tok in tokens:
        if tok.text[:1].islower() and not tok.text.islower():
            out.extend(split_glued(tok))
        else:
            out.append(tok)
    return out
