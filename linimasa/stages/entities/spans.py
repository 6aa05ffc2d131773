"""Tagged spans before linking: `Cand` (a mention candidate on a sentence's tokens), the
repairs made on the tagger's spans (pairs split at dashes, a body's tag giving back a word to
the person after it, a state or acronym glued before a person's name, portfolio words between
a title and its state) and the name helpers the linker shares (plausible names, short forms,
KB office holders by surname, alias matches moved onto merged tokens).

`SpanRepairs` is mixed into `DocumentLinker` (link.py) and reads its KB and word buckets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...kb import KBEntry, KnowledgeBase
from ...text.sentences import INITIALS
from ...kb.index import Match
from .tokens import bracketed, core


LABEL_OF_KIND = {"person": "PER", "organization": "ORG", "country": "LOC", "location": "LOC"}
KIND_OF_LABEL = {"PER": "person", "ORG": "organization", "LOC": "location"}
_NAME_PARTICLES = frozenset({"bin", "binti", "al", "van", "von", "der", "de", "da", "la", "le", "el"})


MAX_PORTFOLIO_WORDS = 4     # "Menteri Energi, Sains, Teknologi ..." is not looked through
_DASHES = frozenset({"-", "–", "—", "/"})


def _split_at_dashes(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'[Prabowo Subianto - Hatta Rajasa]': a ticket or pair tagged as one person is two;
    '[Darfur , Sudan]': a place and the place it lies in are two; '[Rosenberg — yang]': lower-case
    words after a dash are no part of a name."""
    out = []
    for s, e, label in spans:
        for k in range(s + 1, e - 1):
            if words[k] in _DASHES and not any(w[:1].isupper() for w in words[k + 1:e]):
                e = k                           # "[Rosenberg — yang]": an aside opens after the dash
                break
        if label == "LOC":
            # "[Kompleks Parlemen , Senayan , Jakarta]": an address is a list of places
            for k in range(s + 1, e - 1):
                if words[k] == "," and words[k + 1][:1].isupper():
                    out.append((s, k, label))
                    s = k + 1
        if label == "PER" and e - s >= 2 and bracketed(words[e - 1]):
            e -= 1                              # "Rodney Lyle Petersen (30)": an age or nickname after the name
        if label == "PER":
            # "[Retno L.P] . Marsudi": the tagger stops at the initials' last full stop
            while e + 1 < len(words) and words[e] == "." and INITIALS.fullmatch(words[e - 1]) \
                    and words[e + 1][:1].isupper() and words[e + 1].isalpha():
                e += 2
            for k in range(s + 2, e - 2):       # full names on both sides: not "Zeta - Jones"
                if words[k] in _DASHES:
                    out.append((s, k, label))
                    s = k + 1
        out.append((s, e, label))
    return out


def _balance_brackets(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name never holds half a bracket: '(Menko [Polhukam) Wiranto]' starts after the aside
    it closes, '[(Ditlantas) Polda Metro Jaya]' after the aside it opens with, and '[MTZ
    (Bupati] Kudus' ends before the aside it opens."""
    out = []
    for s, e, label in spans:
        depth, cut = 0, s
        for k in range(s, e):
            before = depth
            depth += words[k].count("(") - words[k].count(")")
            if depth < 0:
                depth, cut = 0, k + 1       # closes an aside opened before the span
            elif depth == 0 and k + 1 < e and words[cut].startswith("(") and (before > 0 or k == cut):
                cut = k + 1                 # the span opens with a whole aside
        s = cut
        for k in range(s, e):
            if words[k].count("(") > words[k].count(")") and ")" not in "".join(words[k + 1:e]):
                e = k                       # opens an aside that the span does not close
                break
        if s < e:
            out.append((s, e, label))
    return out


_PATRONYMIC = frozenset({"bin", "binti", "bint", "ibn"})
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|ar)-[A-Z]")
_MAX_GIVEN, _MAX_AFTER = 2, 3     # words of a name before and after its patronymic particle


def _name_word(w: str) -> bool:
    return (w[:1].isupper() and w[:1].isalpha()) or bool(_ARTICLE_NAME.match(w))


def _join_patronymics(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Putri Reema binti [Bandar al-Saud]': the tagger, seldom shown 'binti', left the given
    name out and read the father's name as a place ("Bandar" is a port). A patronymic between
    capitalised names joins them into one person; titles are stripped later as for any name."""
    out = list(spans)
    for k, w in enumerate(words):
        if w not in _PATRONYMIC or not 0 < k < len(words) - 1 \
                or not (_name_word(words[k - 1]) and _name_word(words[k + 1])):
            continue
        if any(label == "PER" and a < k < b for a, b, label in out):
            continue        # "Mohammed bin Salman" tagged whole already
        s = k - 1
        while s > 0 and k - s < _MAX_GIVEN and _name_word(words[s - 1]):
            s -= 1
        e = k + 2
        while e < len(words) and e - k <= _MAX_AFTER and (_name_word(words[e]) or words[e] in _PATRONYMIC):
            e += 1
        out = [(a, b, label) for a, b, label in out if b <= s or a >= e] + [(s, e, "PER")]
    return sorted(out)


@dataclass(slots=True)
class Cand:
    """A mention before resolution; token indices into its sentence (slots: ~17 are made per
    article, and their fields are read in every pass of link_document)."""
    sent: int
    start: int
    end: int
    label: str
    entry: KBEntry | None = None
    via: str = "ner"
    role_text: str | None = None
    role_key: str | None = None
    role_of: str | None = None
    kind: str | None = None
    name: str | None = None
    entity_id: str | None = None
    extra: dict = field(default_factory=dict)



class SpanRepairs:
    """Repairs of tagged spans that need the KB (see the module docstring)."""

    def _regroup(self, words: list[str], spans: list[tuple[int, int, str]], kb_by_span):
        """'[Taliban Sher] [Mohammad Abbas Stanikzai]': a body's tag that ran one word into the
        person's tag right after it gives that word back when the rest is a KB name."""
        out = list(spans)
        for i in range(len(out) - 1):
            (s1, e1, l1), (s2, e2, l2) = out[i], out[i + 1]
            if l1 != "PER" and l2 == "PER" and e1 == s2 and e1 - s1 >= 2 and (s1, e1 - 1) in kb_by_span \
                    and (s1, e1) not in kb_by_span and not self._names_person(kb_by_span[(s1, e1 - 1)]):
                out[i], out[i + 1] = (s1, e1 - 1, l1), (e1 - 1, e2, l2)
        return out

    def _portfolio_end(self, words: list[str], j: int, by_start: dict) -> int:
        """'Menteri [Perdagangan] RI', 'Menteri [Pembangunan Ekonomi] Rusia': the portfolio
        words (capitalised here, lower case in running text) between a title and its state
        belong to the title; returns where the state starts, or j when there is none."""
        for k in range(j, min(j + MAX_PORTFOLIO_WORDS, len(words))):
            if not self._portfolio_word(words[k]):
                return j
            nxt = by_start.get(k + 1)
            if nxt is not None and nxt.entry is not None and nxt.entry.kind in ("country", "organization"):
                return k + 1
        return j

    def _inside_portfolio(self, words: list[str], s: int, e: int) -> bool:
        """'Menteri Lingkungan Hidup dan [Kehutanan (LHK)] Siti Nurbaya': a span of portfolio
        words (and the office's bracketed short form) that goes on a title's portfolio after
        "dan" or a comma names the office, not a body."""
        if s == 0 or words[s - 1] not in ("dan", ",") or not all(
                self._portfolio_word(w) or (k == e - 1 and bracketed(w)) for k, w in enumerate(words[s:e], s)):
            return False
        k = s - 1
        while k > 0 and s - k <= MAX_PORTFOLIO_WORDS + 2 and (
                words[k] in ("dan", ",") or self._portfolio_word(words[k])):
            if self.titles.ending_at(words, k) is not None:
                return True
            k -= 1
        return False

    def _portfolio_word(self, w: str) -> bool:
        """A common word capitalised as part of a title ("Perdagangan", "Luar", "Negeri")."""
        return w[:1].isupper() and self.cap_buckets.get(w.lower(), "u") in ("0", "1", "2", "3")

    def _names_person(self, m) -> bool:
        entries = self.kb.entries_for(m)
        return bool(entries) and entries[0].kind == "person"

    def _glued_prefix(self, words: list[str], s: int, e: int, label: str, kb_by_span):
        """A person tag that swallowed the state, body or acronym before the name with no
        title between them ("[Hongaria Viktor Orban]", "[KTHAM Michelle Bachelet]"): the
        prefix as a mention of its own, and where the person starts. At least two capitalised
        words must remain, so "Turki al-Maliki" stays one name."""
        if e - s < 3 or not all(w[:1].isupper() for w in words[s + 1:e]):
            return None
        for (a, b), m in kb_by_span.items():
            if a != s or e - b < 2:
                continue
            if label != "PER":
                # "[Prancis Jean-Yves Le Drian]" tagged as a place: only a known person's name
                rest = self.kb.lookup(" ".join(words[b:e]))
                if not rest or rest[0].kind != "person":
                    continue
            entries = self.kb.entries_for(m)
            # cities are left out: many are first names too ("Aden Hashi Ayro")
            if entries and entries[0].kind in ("country", "organization") \
                    and not any(k[0] >= b and k[1] <= e and not self._names_person(kb_by_span[k])
                                for k in kb_by_span):
                c = Cand(0, a, b, LABEL_OF_KIND[entries[0].kind], entries[0], "kb")
                c.extra["tagged"] = True
                return c, b
        w = words[s]
        if label == "PER" and w.isalpha() and w.isupper() and 2 <= len(w) <= 6:
            entries = self.kb.lookup(w)
            c = Cand(0, s, s + 1, "ORG", entries[0] if entries else None, "kb" if entries else "ner")
            if entries:
                c.label = LABEL_OF_KIND[entries[0].kind]
            c.extra["tagged"] = True
            return c, s + 1
        return None


def _onto_merged(matches: list[Match], owner: list[int]) -> list[Match]:
    """Alias matches on fine tokens as merged-token spans (one per merged token at most)."""
    out, last = [], 0
    for m in matches:
        a, b = owner[m.start], owner[m.end - 1] + 1
        if a >= last:
            out.append(Match(a, b, m.key, m.ids))
            last = b
    return out


_SURNAMES: dict[int, dict[str, list[KBEntry]]] = {}


def surname_holders(kb: KnowledgeBase, surname: str) -> list[KBEntry]:
    """KB people holding some office whose name has this short form (indexed once per KB)."""
    index = _SURNAMES.get(id(kb))
    if index is None:
        index = _SURNAMES[id(kb)] = {}
        for e in kb.entries.values():
            if e.kind == "person" and e.roles:
                for w in short_forms(e.name):
                    index.setdefault(w, []).append(e)
    return index.get(surname, [])


def _plausible_name(words: list[str]) -> bool:
    """Some word outside brackets is capitalised: "hotel Oranje", "kawasan timur Indonesia" are
    tagged whole; "hak asasi manusia (HAM)" is a common noun with its acronym, not a name."""
    head = [w for w in words if not bracketed(w)] or words
    return any(core(w)[:1].isupper() for w in head)


def short_forms(entity_name: str) -> list[str]:
    """'Xi Jinping' -> ['Xi', 'Jinping']; 'Mohammed bin Salman' -> ['Mohammed', 'Salman']."""
    return [w for w in entity_name.replace("-", " ").split()
            if len(w) > 1 and w[:1].isupper() and w.lower() not in _NAME_PARTICLES and not w.endswith(".")]
