"""Spelling slips in names: scraped news is not proofread ("dachelet" for Bachelet, "Murtreb"
for Mutreb). Both the entities stage (mentions) and the quotes stage (speaker words) match a
word to the one name it misspells."""
from __future__ import annotations


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
