"""A fast regex tokenizer that keeps character offsets."""
from __future__ import annotations

import re
from typing import NamedTuple

# Words may carry inner hyphens/apostrophes/dots ("Kim Jong-un", "Al-Qaeda", "U.S.");
# numbers keep their separators ("11/11/20", "07.55", "1.000,5").
_TOKEN = re.compile(
    r"\d+(?:[.,/:]\d+)*"
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\.(?=[^\W\d_]\.))?"
    r"|\S",
    re.UNICODE,
)


class Token(NamedTuple):
    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]
