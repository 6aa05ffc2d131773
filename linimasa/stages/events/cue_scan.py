"""Finding stance cues fast: the literal words of several `words_rx` patterns in one
Aho-Corasick automaton, so a pattern is tried only where one of its words starts (speech.py
scanned every unit with a large case-insensitive alternation before, most of its cost)."""
from __future__ import annotations

import re
from bisect import bisect_left

import ahocorasick

def _norm(s: str) -> str:
    return " ".join(s.lower().split())


# characters re.IGNORECASE equates with an ASCII letter although str.lower() does not turn them into
# it (besides "\u0130", whose lower case is two characters long)
_CASE_ODD = ("\u0131", "\u017f")
_WORD_START = r"(?<![\w-])"
_ANY_SPACE = re.compile(r"\s")
_SPACE_RUN = re.compile(r" {2,}")


class Automaton:
    """The literal alternatives of several words_rx patterns in one Aho-Corasick automaton.

    A words_rx pattern matches one of its words, case-insensitively, with any whitespace run
    between the words of a phrase. On the lower-cased text with every whitespace character turned
    into a space, each place where the pattern can match therefore starts a hit of the automaton,
    whose phrases are stored with one or two spaces between their words (a text with longer runs
    is collapsed first); the pattern itself, tried at those places only, decides as before.
    Scanning units with the big case-insensitive alternation was most of the cost of this module."""

    def __init__(self, lists: dict[str, tuple[object, re.Pattern]]):
        self.tags = tuple(lists)
        # only ASCII words: no other character has case variants that str.lower() would not mirror;
        # a list with other words is scanned with its pattern
        self.scan = {t for t, (words, _) in lists.items() if not all(_norm(w).isascii() for w in words)}
        self.nothing: dict[str, list[int] | None] = {t: None if t in self.scan else [] for t in self.tags}
        # a pattern that opens with this look-behind cannot start inside a word: such hits are dropped
        self.word_start = {t for t, (_, rx) in lists.items() if rx.pattern.startswith(_WORD_START)}
        keys: dict[str, set[str]] = {}
        for tag, (words, _) in lists.items():
            for w in () if tag in self.scan else words:
                if w != w.strip() or not w:
                    raise ValueError(f"stance.yaml: {w!r} in {tag} starts or ends with a space; remove it")
                keys.setdefault(_norm(w), set()).add(tag)
        self.automaton = ahocorasick.Automaton()
        for k, tags in keys.items():
            variants = [""]
            for i, word in enumerate(k.split(" ")):
                variants = [v + gap + word for v in variants for gap in ((" ", "  ") if i else ("",))]
            for v in variants:
                self.automaton.add_word(v, (len(v), tuple(tags)))
        self.automaton.make_automaton()

    def starts(self, text: str) -> dict[str, list[int] | None] | None:
        """tag -> sorted offsets in text where a word of that list may start; None when the text
        holds characters whose case the lower-cased copy would not mirror (the caller then scans)."""
        low = text.lower()
        if len(low) != len(text) or _CASE_ODD[0] in low or _CASE_ODD[1] in low:
            return None
        low = low.replace("\n", " ")
        if "\xa0" in low:
            low = low.replace("\xa0", " ")
        if not low.isprintable():       # every other whitespace character is unprintable
            low = _ANY_SPACE.sub(" ", low)
        at: list[int] = []              # offset in the collapsed copy of each run's one space
        dropped: list[int] = []         # characters collapsed away up to and including that run
        if "   " in low:
            n = 0
            for m in _SPACE_RUN.finditer(low):
                at.append(m.start() - n)
                n += m.end() - m.start() - 1
                dropped.append(n)
            low = _SPACE_RUN.sub(" ", low)
        hits = list(self.automaton.iter(low))
        if not hits:
            return self.nothing
        found: dict[str, set[int]] = {t: set() for t in self.tags if t not in self.scan}
        word_start = self.word_start
        for end, (size, tags) in hits:
            p = end - size + 1
            if at:
                i = bisect_left(at, p)
                p += dropped[i - 1] if i else 0
            inside = p > 0 and (text[p - 1].isalnum() or text[p - 1] in "_-")    # what \w and - match
            for t in tags:
                if not (inside and t in word_start):
                    found[t].add(p)
        return {t: sorted(found[t]) if t in found else None for t in self.tags}


class Places:
    """pattern.search / finditer over windows of one text, trying only the offsets given
    (every offset where the pattern can match); offsets None: the plain pattern scan."""
    __slots__ = ("rx", "text", "at")

    def __init__(self, rx: re.Pattern, text: str, at: list[int] | None):
        self.rx, self.text, self.at = rx, text, at

    @property
    def possible(self) -> bool:
        return self.at is None or bool(self.at)

    def search(self, a: int, b: int):
        at = self.at
        if at is None:
            return self.rx.search(self.text, a, b)
        for i in range(bisect_left(at, a), len(at)):
            if at[i] >= b:
                break
            m = self.rx.match(self.text, at[i], b)
            if m:
                return m
        return None

    def finditer(self, a: int, b: int):
        at = self.at
        if at is None:
            yield from self.rx.finditer(self.text, a, b)
            return
        pos = a
        for i in range(bisect_left(at, a), len(at)):
            if at[i] >= b:
                break
            if at[i] < pos:
                continue        # inside the previous match, as finditer resumes at its end
            m = self.rx.match(self.text, at[i], b)
            if m:
                yield m
                pos = m.end()
