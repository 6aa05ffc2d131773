"""A fast regex tokenizer that keeps character offsets."""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..document import Document

# Words may carry inner hyphens/apostrophes/dots ("Kim Jong-un", "Al-Qaeda", "U.S.");
# numbers keep their separators ("11/11/20", "07.55", "1.000,5").
_TOKEN = re.compile(
    r"\d+(?:[.,/:]\d+)*"
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\.(?=[^\W\d_]\.))?"
    r"|\S",
    re.UNICODE,
)
# Every non-space character belongs to a token, so splitting on the (captured) tokens leaves
# only whitespace between them: [gap, token, gap, token, ..., gap] in one C call, and the
# offsets are running sums of those lengths. On ASCII text the letter class is [A-Za-z],
# which the regex engine tests faster than the Unicode category.
_SPLIT = re.compile("(" + _TOKEN.pattern + ")")
_SPLIT_ASCII = re.compile("(" + _TOKEN.pattern.replace(r"[^\W\d_]", "[A-Za-z]") + ")")


class Token(NamedTuple):
    text: str
    start: int
    end: int


_new_tuple = tuple.__new__     # Token(...) goes through a keyword-parsing __new__: 1.6x slower


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [_new_tuple(Token, (m.group(), m.start() + offset, m.end() + offset))
            for m in _TOKEN.finditer(text)]


def token_columns(text: str, offset: int = 0) -> tuple[list[str], list[int], list[int]]:
    """The tokens of `text` as three lists (texts, starts, ends), offsets plus `offset`:
    tokenize() without a Python object per token (about 2x faster, and no garbage for the
    collector to walk)."""
    parts = (_SPLIT_ASCII if text.isascii() else _SPLIT).split(text)
    cum = list(accumulate(map(len, parts), initial=offset))
    n2 = len(parts) - 1
    return parts[1::2], cum[1:n2:2], cum[2:n2 + 1:2]


def texts_token_columns(pieces: list[tuple[int, str]]) -> list[tuple[list[str], list[int], list[int]]] | None:
    """token_columns(text, offset) of every (offset, text) piece from one regex pass: the
    pieces are laid out at their offsets with spaces in between, so each token's offsets come
    out right and every piece's tokens are its own (tokens hold no space; the one lookahead
    sees a space at a piece's end, as it sees the end of the piece alone). None unless the
    pieces come in order with at least one character between them (then a space separates
    them); callers then tokenize piece by piece."""
    if not pieces:
        return []
    layout: list[str] = []
    base = pos = pieces[0][0]
    for start, text in pieces:
        if start < pos or (start == pos and layout):
            return None
        if layout:
            layout.append(" " * (start - pos))
        layout.append(text)
        pos = start + len(text)
    words, starts, ends = token_columns("".join(layout), base)
    out = []
    a = 0
    for start, text in pieces:
        b = bisect_left(starts, start + len(text), a)
        out.append((words[a:b], starts[a:b], ends[a:b]))
        a = b
    return out


def token_texts(text: str) -> list[str]:
    """The token strings alone (no Token objects, no offsets): for keys and lookups."""
    return _TOKEN.findall(text)


_SCRATCH = "sentence_tokens"


def sentence_tokens(doc: Document, i: int) -> list[Token]:
    """Tokens of doc.sentences[i] with offsets into doc.text, tokenized once per document
    and shared by every stage (cached in doc.scratch; reset when the sentences change).
    The list is shared: copy it before changing it."""
    cache = doc.scratch.get(_SCRATCH)
    if cache is None or cache[0] is not doc.sentences:
        cache = doc.scratch[_SCRATCH] = (doc.sentences, {})
    toks = cache[1].get(i)
    if toks is None:
        sent = doc.sentences[i]
        toks = cache[1][i] = tokenize(sent.text, sent.start)
    return toks
