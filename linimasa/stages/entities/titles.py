"""Titles, honorifics and role phrases from lang/id/honorifics.yaml, matched on token lists."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...lang import load_yaml


@dataclass(frozen=True)
class TitleMatch:
    end: int                 # token index after the title
    role: str | None         # role key (president, ...) or None for honorifics / bare titles


class Titles:
    def __init__(self) -> None:
        h = load_yaml("id", "honorifics.yaml")
        self.roles: dict[tuple[str, ...], str | None] = {}
        for phrase, key in h["role_titles"].items():
            # as written, in running text ("kata juru bicara") and sentence case ("Juru bicara")
            for variant in (phrase, phrase.lower(), phrase[:1] + phrase[1:].lower()):
                self.roles[tuple(variant.split())] = key
        for phrase in h["honorifics"]:
            self.roles.setdefault(tuple(phrase.split()), None)
        self.max_len = max(len(k) for k in self.roles)
        self.first = {k[0] for k in self.roles}
        self.demonstratives = frozenset(h["demonstratives"])
        self.government_nouns = frozenset(h.get("government_nouns") or ())
        self.leader_roles: list[str] = list(h["leader_roles"])
        self.equivalents: dict[str, list[str]] = {k: list(v) for k, v in h["role_equivalents"].items()}
        self.locatives = [tuple(p.split()) for p in h["locative_prepositions"]]
        # the same phrases by length: one lower-cased tuple per length to look up
        self._locatives_by_len: dict[int, frozenset[tuple[str, ...]]] = {
            n: frozenset(p for p in self.locatives if len(p) == n) for n in {len(p) for p in self.locatives}}
        self.speaker_cues = frozenset(h["speaker_cues"])

    def match(self, words: list[str], i: int) -> TitleMatch | None:
        """Longest title phrase starting at token i (several may chain: 'Mantan Presiden')."""
        if words[i] not in self.first:
            return None
        best = None
        for n in range(min(self.max_len, len(words) - i), 0, -1):
            key = tuple(words[i:i + n])
            if key in self.roles:
                best = TitleMatch(i + n, self.roles[key])
                break
        return best

    def strip(self, words: list[str], start: int, end: int) -> tuple[int, str | None]:
        """Skip leading titles/honorifics inside [start, end); returns (new start, last role key)."""
        role = None
        while start < end - 1:
            m = self.match(words, start)
            if m is None or m.end >= end:
                break
            role = m.role or role
            start = m.end
        return start, role

    def straddling(self, words: list[str], start: int, end: int) -> int:
        """A tag that starts inside a title ("Menteri [Luar Negeri Jerman]"): the first token
        after that title when it ends inside the span, else `start`."""
        lo = max(0, start - self.max_len + 1)
        if self.first.isdisjoint(words[lo:start]):
            return start                # no title can start in the window
        for k in range(lo, start):
            m = self.match(words, k)
            if m is not None and start < m.end < end:
                return m.end
        return start

    def role_keys(self, key: str) -> list[str]:
        return [key] + self.equivalents.get(key, [])

    def after_locative(self, words: list[str], i: int) -> bool:
        for n, phrases in self._locatives_by_len.items():
            if i - n >= 0 and tuple(w.lower() for w in words[i - n:i]) in phrases:
                return True
        return False

    def ending_at(self, words: list[str], i: int) -> TitleMatch | None:
        """The first (leftmost) title phrase that ends right before token i."""
        lo = max(0, i - self.max_len)
        if self.first.isdisjoint(words[lo:i]):
            return None                 # no title can start in the window
        for k in range(lo, i):
            m = self.match(words, k)
            if m is not None and m.end == i:
                return m
        return None


@lru_cache(maxsize=1)
def get_titles() -> Titles:
    return Titles()
