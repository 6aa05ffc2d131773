"""The loaded knowledge base: ids, an alias index, role holders and an Aho-Corasick matcher.

Aliases are matched on a *token-joined* form of the text (tokens separated by one space), so
"Kim Jong-un", glued tokens split by text.glue and irregular spacing all match the same way.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from itertools import accumulate, count
from operator import add
from typing import Iterable, NamedTuple

import ahocorasick

from ..lang import load_lines, load_yaml
from ..text.tokenize import token_texts
from .model import KBEntry, Role

# lookups repeat the same few thousand names over a crawl; the cap keeps memory flat
_KEYS: dict[str, str] = {}
_KEYS_MAX = 50_000


def token_key(s: str) -> str:
    k = _KEYS.get(s)
    if k is None:
        k = " ".join(token_texts(s))
        if len(_KEYS) < _KEYS_MAX:
            _KEYS[s] = k
    return k


class Match(NamedTuple):
    start: int        # index of the first token
    end: int          # index after the last token
    key: str          # the matched alias, token-joined
    ids: tuple[str, ...]


class KnowledgeBase:
    def __init__(self, entries: Iterable[KBEntry]):
        self.entries: dict[str, KBEntry] = {}
        self.aliases: dict[str, list[str]] = defaultdict(list)      # exact token key -> ids
        self._folded: dict[str, list[str]] = defaultdict(list)      # casefolded key -> ids
        for e in entries:
            self.entries[e.id] = e
            for a in e.aliases:
                k = token_key(a)
                if k and e.id not in self.aliases[k]:
                    self.aliases[k].append(e.id)
                    self._folded[k.casefold()].append(e.id)
        self._prefer: dict[str, str] = dict(load_yaml("id", "kb/disambiguation.yaml") or {})
        self._by_role: dict[tuple[str, str | None], list[tuple[Role, KBEntry]]] = defaultdict(list)
        for e in self.entries.values():
            for r in e.roles:
                self._by_role[(r.key, r.of)].append((r, e))
        self._automaton = self._build()

    # ------------------------------------------------------------ lookup

    def get(self, entry_id: str) -> KBEntry | None:
        return self.entries.get(entry_id)

    def lookup(self, alias: str) -> list[KBEntry]:
        """Entries an alias may name: exact (case-sensitive) first, else case-insensitive."""
        k = token_key(alias)
        ids = self.aliases.get(k) or self._folded.get(k.casefold()) or []
        return self._ordered(k, ids)

    def _ordered(self, key: str, ids: Iterable[str]) -> list[KBEntry]:
        out = [self.entries[i] for i in ids]
        pref = self._prefer.get(key)
        if pref:
            out.sort(key=lambda e: e.id != pref)
        return out

    def preferred(self, key: str) -> str | None:
        return self._prefer.get(key)

    # ------------------------------------------------------------ roles

    def holders(self, role: str, of: str | None, lo: str | None = None, hi: str | None = None
                ) -> list[KBEntry]:
        """Entries holding `role` of `of` at some day in [lo, hi] (open bounds allowed)."""
        out: list[KBEntry] = []
        for r, e in self._by_role.get((role, of), ()):
            if r.overlaps(lo, hi) and e not in out:
                out.append(e)
        return out

    def holds(self, entry: KBEntry, role: str, of: str | None, lo: str | None, hi: str | None) -> bool:
        return any(r.key == role and (of is None or r.of == of) and r.overlaps(lo, hi)
                   for r in entry.roles)

    # ------------------------------------------------------------ matching

    def _build(self) -> ahocorasick.Automaton:
        auto = ahocorasick.Automaton()
        keys: dict[str, list[str]] = {}
        for k, ids in self.aliases.items():
            keys.setdefault(k, []).extend(i for i in ids if i not in keys.get(k, []))
            # epithets and names in running text: "negeri Tirai Bambu", "organisasi Kerja Sama ..."
            if " " in k and k[0].isupper() and k.split(" ", 1)[0][1:].islower():
                low = k[0].lower() + k[1:]
                if low not in self.aliases:
                    keys.setdefault(low, []).extend(ids)
        # country names in lower case ("sanksi terhadap iran", "pasukan rusia"): matched unless
        # the lower-case form is an ordinary word (kb/lowercase_stop.txt); link.py makes them
        # references, never NER mentions
        stop = set(load_lines("id", "kb/lowercase_stop.txt"))
        for k, ids in self.aliases.items():
            low = k.lower()
            if low == k or low in self.aliases or low in keys or low in stop or not k[0].isupper() \
                    or any(w[1:] != w[1:].lower() for w in k.split(" ")):
                continue            # acronyms ("AS", "RI") and mixed case stay case-sensitive
            country = [i for i in ids if self.entries[i].kind == "country"]
            if country:
                keys[low] = country
        for k, ids in keys.items():
            auto.add_word(" " + k + " ", (k, tuple(dict.fromkeys(ids))))
        auto.make_automaton()
        return auto

    def match(self, tokens: list[str]) -> list[Match]:
        """Longest non-overlapping alias matches over a token list (leftmost-longest)."""
        if not tokens:
            return []
        text = " " + " ".join(tokens) + " "
        # char offset of each token start (ascending), built in C: hits are few, tokens many
        starts = list(map(add, accumulate(map(len, tokens), initial=0), count(1)))
        n = len(tokens)
        found = []
        for end, (key, ids) in self._automaton.iter(text):
            s = end - len(key)          # start of key (after the leading space)
            i = bisect_left(starts, s)
            if i < n and starts[i] == s:
                found.append(Match(i, i + key.count(" ") + 1, key, ids))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        out, last = [], 0
        for m in found:
            if m.start >= last:
                out.append(m)
                last = m.end
        return out

    def entries_for(self, match: Match) -> list[KBEntry]:
        return self._ordered(match.key, match.ids)
