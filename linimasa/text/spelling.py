"""Spelling slips: scraped news is not proofread ("dachelet" for Bachelet, "Murtreb" for
Mutreb, "mengujungi" for mengunjungi). The entities stage (mentions) and the quotes stage
(speaker words) match a word to the one name it misspells; the events stage a verb to the one
trigger it misspells."""
from __future__ import annotations

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_letter_off(a: str, b: str) -> bool:
    """a and b differ by exactly one inserted, dropped or changed letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def one_letter_variants(word: str):
    """Every lower-case word one inserted, dropped or changed letter away from word."""
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            yield head + tail[1:]
        for c in _LETTERS:
            yield head + c + tail
            if tail and c != tail[0]:
                yield head + c + tail[1:]
