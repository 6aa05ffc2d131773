"""Per-document linking: NER spans + KB alias matches -> mentions of KB entries or new ids.

Order of work for one document:
  1. every sentence: tokens (glued tokens repaired), KB alias matches, NER spans, title phrases;
  2. candidates are merged (KB wins on exact spans, a longer NER name wins over a KB name inside
     it), titles are stripped and kept as Mention.role;
  3. metonyms ("Beijing mengecam") become the country they stand for unless a locative
     preposition makes them a place ("di Beijing");
  4. role phrases ("Presiden China", "Pemimpin Rusia itu") and short names ("Putin", "Xi",
     "Presiden Xi") resolve against the people the document names and the article date.
"""
from __future__ import annotations

import re

from ...document import Document
from ...kb import KBEntry, KnowledgeBase
from ...kb.index import Match
from ...ner import NerTagger
from .titles import Titles
from ...ner.features import _VERB  # "Beijing mengecam": a verb after the name makes it an actor
from .tokens import bracketed, core
from .spans import (LABEL_OF_KIND, MAX_PORTFOLIO_WORDS, Cand, SpanRepairs, _balance_brackets, _join_patronymics,
                    _onto_merged, _plausible_name, _split_at_dashes, surname_holders)


def doc_dates(doc: Document) -> tuple[str | None, str | None]:
    p = doc.published
    if p.value and len(p.value) >= 10:
        return p.value[:10], p.value[:10]
    if p.bounds:
        return p.bounds[0], p.bounds[1]
    if p.value and len(p.value) >= 4:
        v = p.value
        return (v + "-01-01", v + "-12-31") if len(v) == 4 else (v + "-01", v + "-31")
    return None, None


_ROMAN = re.compile(r"[IVXLC]+")
_COMMON = frozenset("012")     # capitalisation buckets of words mostly written in lower case


class DocumentLinker(SpanRepairs):
    def __init__(self, kb: KnowledgeBase, tagger: NerTagger, titles: Titles):
        self.kb, self.tagger, self.titles = kb, tagger, titles
        self.cap_buckets = tagger.features.cap_buckets

    # ------------------------------------------------------------ per sentence

    def sentence(self, si: int, words: list[str], fine: list[str] | None = None,
                 owner: list[int] | None = None,
                 ner: list[tuple[int, int, str]] | None = None,
                 kb_matches: list[Match] | None = None) -> list[Cand]:
        """Candidates on `words` (the corpus-style merged tokens); KB aliases are matched on
        `fine` (our tokenizer's tokens; owner[i] = merged index of fine token i). `ner` and
        `kb_matches`: the tagger's spans and the alias matches when the caller found them for
        the whole document at once (document_kb_matches)."""
        if kb_matches is None:
            kb_matches = self._kb_matches(words, fine, owner)
        if ner is None:
            ner = self.tagger.tag(words)
        cands: list[Cand] = []
        taken = [False] * len(words)

        def take(c: Cand) -> None:
            cands.append(c)
            for i in range(c.start, c.end):
                taken[i] = True

        # NER spans first: strip titles, look the name up in the KB
        kb_by_span = {(m.start, m.end): m for m in kb_matches}
        for s, e, label in self._regroup(words, _join_patronymics(words, _split_at_dashes(
                words, _balance_brackets(words, ner))), kb_by_span):
            if any(k.start < s < k.end for k in kb_matches):
                continue        # "Negeri Paman Sam -julukan AS-": a tag starting inside a KB name
            s2, _ = self.titles.strip(words, self.titles.straddling(words, s, e), e)
            s2, label = self._after_role_of(words, s2, e, label, kb_by_span)
            if label != "PER" and self._inside_portfolio(words, s2, e):
                continue
            glued = self._glued_prefix(words, s2, e, label, kb_by_span)
            if glued is not None:
                prefix, s2 = glued
                prefix.sent = si
                take(prefix)
                label = "PER"
            entries = self._entries(words, s2, e, label, kb_by_span)
            surname = None if entries else self._office_surname(words, s2, e)
            if surname is not None:
                # "Menteri Luar Negeri [Maas]" or the tag "[Luar Negeri Maas]": the office holder
                surname.sent = si
                take(surname)
                continue
            if label == "ORG":
                entries = self._enclosing_org(kb_matches, s2, e) or entries
            if not entries and label != "PER":
                entries = self._government_of(words, s2, e, kb_by_span)
            if not entries and not _plausible_name(words[s2:e]):
                continue
            if not entries and label == "PER" and e - s2 >= 2 and self._no_name_word(words, s2, e, kb_by_span):
                # "Perwakilan Taliban", "Program Kebijakan Luar Negeri": no one's name ("Didik"
                # alone is a common word and a first name, so one word is left to the tagger)
                continue
            c = Cand(si, s2, e, label, entries[0] if entries else None, "kb" if entries else "ner")
            c.extra["tagged"] = True        # the tagger found it: a mention under the NER convention
            if entries and entries[0].kind == "country" and label != "LOC":
                c.extra["actor"] = True     # "Rusia dan Jepang melarang": a country as actor
            take(c)
            # KB names inside a longer tagged name ("KTT SCO", "Gedung DPR") stay findable for
            # actor lookups as references; the tagged span is the mention
            for k in kb_matches:
                if s2 <= k.start and k.end <= e and (k.start, k.end) != (s2, e) and c.entry is None \
                        and label != "PER":
                    inner = Cand(si, k.start, k.end, label, self.kb.entries_for(k)[0], "kb")
                    inner.label = LABEL_OF_KIND[inner.entry.kind]
                    inner.extra["inner"] = True
                    cands.append(inner)
        # KB matches the tagger missed
        for m in kb_matches:
            if any(taken[m.start:m.end]):
                continue
            entries = self.kb.entries_for(m)
            e0 = entries[0]
            if m.end - m.start == 1 and self._needs_ner_support(words, m.start):
                continue
            lower = m.key.islower()
            if lower and (e0.kind != "country" or any(
                    self.cap_buckets.get(w, "u") in _COMMON for w in m.key.split(" "))):
                continue            # a lower-case name that is often a common word in news
            c = Cand(si, m.start, m.end, LABEL_OF_KIND[e0.kind], e0, "kb")
            if lower:
                c.extra["lowercase"] = True     # a country reference, not an NER mention
            c.extra["locative"] = self.titles.after_locative(words, m.start)
            take(c)
        # metonyms: capital / seat of government as actor or place
        for c in cands:
            e = c.entry
            if e is not None and e.kind == "location" and e.metonym_of:
                actor = self.kb.get(e.metonym_of)
                if actor is None:
                    continue
                acts = c.end < len(words) and _VERB.match(words[c.end]) is not None
                if self._locative(words, c.start) or (
                        c.extra.get("tagged") and c.label == "LOC" and not acts):
                    # "bantuan ke Kiev", "para ahli di Beijing", or tagged as a place ("London
                    # lebih mahal"): a place that still stands for its state; the country gets a
                    # reference on the same span
                    c.extra["also"] = actor
                else:
                    c.extra["place"] = e
                    c.entry, c.via, c.label = actor, "metonym", LABEL_OF_KIND[actor.kind]
        self._roles(si, words, cands, taken)
        cands.sort(key=lambda c: c.start)
        _foreign_institutions(words, cands)
        return cands

    def _kb_matches(self, words: list[str], fine: list[str] | None, owner: list[int] | None):
        if fine is None or owner is None or len(fine) == len(words):
            return self.kb.match(words)
        return _onto_merged(self.kb.match(fine), owner)

    def document_kb_matches(self, fines: list[list[str]], owners: list[list[int] | None]
                            ) -> list[list[Match]]:
        """_kb_matches of every sentence from one automaton pass over the document: the
        sentences' fine tokens joined with a line break, which no alias key contains, so no
        match crosses sentences and the leftmost-longest choice is the sentence's own."""
        tokens: list[str] = []
        offsets = []
        for fine in fines:
            offsets.append(len(tokens))
            tokens += fine
            tokens.append("\n")
        per: list[list[Match]] = [[] for _ in fines]
        si, n = 0, len(fines)
        for m in self.kb.match(tokens):
            while si + 1 < n and offsets[si + 1] <= m.start:
                si += 1
            off = offsets[si]
            per[si].append(Match(m.start - off, m.end - off, m.key, m.ids))
        for si, owner in enumerate(owners):
            if owner is not None and per[si]:
                per[si] = _onto_merged(per[si], owner)
        return per

    def _no_name_word(self, words: list[str], s: int, e: int, kb_by_span) -> bool:
        """Every word of the span is a common word capitalised by position or title, or part of a
        known body or place: the span names a role or an office, not a person."""
        covered = set()
        for (a, b), m in kb_by_span.items():
            if s <= a and b <= e and not self._names_person(m):
                covered.update(range(a, b))
        return all(k in covered or self.cap_buckets.get(words[k].lower(), "u") in _COMMON for k in range(s, e))

    def _entries(self, words: list[str], s: int, e: int, label: str, kb_by_span) -> list[KBEntry]:
        """KB entries a tagged span names: the exact alias match, else a lookup of its text;
        "Mahkamah Konstitusi (MK)" is looked up without, then as, its bracketed short form."""
        m = kb_by_span.get((s, e))
        if m is not None:
            entries = self.kb.entries_for(m)
        else:
            entries = self.kb.lookup(" ".join(words[s:e]))
            if not entries and e - s > 1 and bracketed(words[e - 1]):
                m = kb_by_span.get((s, e - 1))
                entries = self.kb.entries_for(m) if m else self.kb.lookup(" ".join(words[s:e - 1]))
                entries = entries or self.kb.lookup(core(words[e - 1]))
            elif not entries and e - s == 1 and core(words[s]) != words[s]:
                entries = self.kb.lookup(core(words[s]))
        if entries and label == "PER" and entries[0].kind != "person":
            text = " ".join(words[s:e])
            if text not in self.kb.aliases:
                return []               # "ujar Ma": a person, not the court "MA"
        return entries

    def _after_role_of(self, words: list[str], s: int, e: int, label: str,
                       kb_by_span) -> tuple[int, str]:
        """A span that opens with the state or body of the title before it ("Perdana Menteri
        [Skotlandia Nicola Sturgeon]") starts after that name, which stays the role's "of"
        (linked by the KB pass); after an office title ("Menteri Luar Negeri [Kuba Bruno
        Rodriguez]" tagged ORG) the rest is the office holder."""
        title = self._title_ending_at(words, s)
        if title is None:
            return s, label
        for (a, b), m in kb_by_span.items():
            if a == s and b < e and words[b][:1].isupper() \
                    and not any(k[0] >= b for k in kb_by_span if k[1] <= e and not self._names_person(kb_by_span[k])):
                entries = self.kb.entries_for(m)
                if entries and entries[0].kind != "person" and (label == "PER" or title.role):
                    return b, "PER"
        return s, label

    def _office_surname(self, words: list[str], s: int, e: int) -> Cand | None:
        """A one-word capitalised name right after a full office title with no state in it
        ("Menteri Luar Negeri Maas"), the tag possibly starting inside the title: a Cand (start,
        role) for the surname, resolved to the KB holder of that office in link_document."""
        name_at = e - 1
        if not words[name_at][:1].isupper() or not words[name_at].isalpha() or name_at < s:
            return None
        title = self._title_ending_at(words, name_at)
        if title is None or title.role is None or name_at - s > self.titles.max_len:
            return None
        first = next(k for k in range(max(0, name_at - self.titles.max_len), name_at)
                     if (m := self.titles.match(words, k)) is not None and m.end == name_at)
        if first > s:
            return None          # something other than the title between the tag's start and the name
        keys = self.titles.role_keys(title.role)
        if not any(kb_role in keys for e in surname_holders(self.kb, words[name_at]) for kb_role in
                   {r.key for r in e.roles}):
            return None          # no office holder of that name in the KB: leave the tag as it was
        return Cand(0, name_at, e, "PER", role_text=" ".join(words[first:name_at]), role_key=title.role,
                    extra={"tagged": True, "surname": words[name_at]})

    def _past_portfolio(self, words: list[str], j: int) -> int:
        """'Menteri Perdagangan (Mendag) [Enggartiasto Lukita]': past the portfolio words (common
        words, capitalised in a title) and the office's bracketed short form to the name."""
        n = len(words)
        k = j
        while k < n - 1 and k - j < MAX_PORTFOLIO_WORDS and self._portfolio_word(words[k]):
            k += 1
        if k < n - 1 and bracketed(words[k]):
            k += 1
        elif k < n - 3 and words[k] == "(" and words[k + 2] == ")":
            k += 3
        return k

    def _title_ending_at(self, words: list[str], i: int):
        return self.titles.ending_at(words, i)

    def _government_of(self, words: list[str], s: int, e: int, kb_by_span) -> list[KBEntry]:
        """'[Pemerintah Brasil]' tagged as a body: the government of a known state is the state."""
        for a in range(s + 1, e):
            if words[a - 1].lower() not in self.titles.government_nouns:
                return []
            m = kb_by_span.get((a, e))
            if m is not None:
                entries = self.kb.entries_for(m)
                return entries if entries and entries[0].kind == "country" else []
        return []

    def _enclosing_org(self, kb_matches, s: int, e: int) -> list[KBEntry]:
        """A KB organisation name around a shorter tagged span: "Dewan Keamanan (DK) [PBB]" is
        the Security Council, not the UN the tag alone names (the span itself is kept)."""
        for k in kb_matches:
            if k.start <= s and e <= k.end and k.end - k.start > e - s:
                entries = self.kb.entries_for(k)
                if entries and entries[0].kind == "organization":
                    return entries
        return []

    def _needs_ner_support(self, words: list[str], i: int) -> bool:
        """A one-word alias that is also a common word ("Solo", "Medan") at a sentence start."""
        if i > 0 and words[i - 1] not in ('"', "“", "(", "-", ":"):
            return False
        return self.cap_buckets.get(words[i].lower(), "u") in ("0", "1")

    def _locative(self, words: list[str], i: int) -> bool:
        if self.titles.after_locative(words, i):
            return True
        if i >= 2 and words[i - 1] == "," and words[i - 2][:1].isupper() and (
                i + 1 == len(words) or not words[i + 1][:1].islower()):
            return True        # an address or dateline: "di Salemba, Jakarta, Jumat"
        if i >= 2 and words[i - 1] in ("dan", "serta") and self._locative(words, i - 2):
            return True        # "ke Denpasar dan Jakarta"
        # "KTT SCO di Astana", "Olimpiade Beijing": part of a longer capitalised name
        if i == 0 or not words[i - 1][:1].isupper():
            return False
        prev = words[i - 1].lower()
        return prev not in ("dan", "serta") and prev not in self.tagger.features.titles

    # ------------------------------------------------------------ titles and roles

    def _roles(self, si: int, words: list[str], cands: list[Cand], taken: list[bool]) -> None:
        first = self.titles.first
        if first.isdisjoint(words):
            return                             # no title can start anywhere in the sentence
        by_start = {c.start: c for c in cands}
        i, n = 0, len(words)
        while i < n:
            t = self.titles.match(words, i)
            if t is None:
                i += 1
                continue
            start, j, role_key = i, t.end, t.role
            while j < n:                       # chained titles: "Mantan Presiden", "Menteri Luar Negeri"
                t2 = self.titles.match(words, j)
                if t2 is None:
                    break
                role_key = t2.role or role_key
                j = t2.end
            if role_key and (by_start.get(j) is None or by_start[j].entry is None):
                j = self._portfolio_end(words, j, by_start)
            of, of_cand = None, by_start.get(j)
            if of_cand is not None and of_cand.entry is not None and of_cand.entry.kind != "person":
                ent = of_cand.entry
                of = ent.id if ent.kind in ("country", "organization") else ent.metonym_of
                # "Gedung Putih", "Kremlin" in a title are institutions of their country
                if ent.kind == "location" and ent.metonym_of:
                    of = ent.metonym_of
                j_after = of_cand.end
            else:
                j_after = j
            # "Duta Besar Cina untuk Jerman Ken Wu": the post's destination belongs to the title
            dest = by_start.get(j_after + 1) if of and j_after < n and words[j_after] == "untuk" else None
            if dest is not None and dest.entry is not None and dest.entry.kind in ("country", "organization"):
                j_after = dest.end
            role_text = " ".join(words[start:j_after])
            nxt = by_start.get(j_after)
            if nxt is not None and nxt.label == "PER" and (nxt.entry is None or nxt.entry.kind == "person"):
                nxt.role_text, nxt.role_key, nxt.role_of = role_text, role_key, of
                i = nxt.end
                continue
            if role_key and of and j_after > j and not (j_after < n and words[j_after][:1].isupper()):
                dem = j_after < n and words[j_after] in self.titles.demonstratives
                end = j_after + 1 if dem else j_after
                c = Cand(si, start, end, "PER", None, "coref" if dem else "role",
                         role_text=role_text, role_key=role_key, role_of=of)
                c.extra["anaphoric"] = dem
                cands.append(c)
            elif (role_key is None and j < n and words[j][:1].isupper() and not taken[j]) or (
                    role_key and of and j_after > j and j_after < n and not taken[j_after]) or (
                    role_key and not of and j < n and by_start.get(j) is None):
                # "Pakar Yang Jin", "Presiden Xi", "Wakil Perdana Menteri China Liu He",
                # "Menteri Perdagangan (Mendag) Enggartiasto Lukita" with no tag on the name:
                # the title makes it a person
                j = j_after
                if role_key and not of:
                    j = self._past_portfolio(words, j)
                    role_text = " ".join(words[start:j])
                if j < n and taken[j]:
                    i = max(j_after, i + 1)
                    continue
                e = j
                while e < n and words[e][:1].isupper() and words[e].isalpha() and not taken[e] and e - j < 4:
                    e += 1
                # with an office but no state ("anggota Komisi III", "Jaksa Agung Muda Pidana
                # Umum", "anggota DPRD DKI"), only a run of name words is a name: no common word,
                # numeral or acronym
                bare = role_key is not None and not of
                # "Direktur PT Astra Daihatsu Motor": a run opened by an acronym is a body
                if e - j >= 2 and not (len(words[j]) > 1 and words[j].isupper()) and _plausible_name(words[j:e]) and any(
                        self.cap_buckets.get(w.lower(), "u") not in ("0", "1") for w in words[j:e]) and (
                        not bare or all(self.cap_buckets.get(w.lower(), "u") in ("4", "u")
                                        and not _ROMAN.fullmatch(w) and not w.isupper() for w in words[j:e])):
                    c = Cand(si, j, e, "PER", None, "ner", role_text=role_text, role_key=role_key,
                             role_of=of)
                    cands.append(c)
                    for k in range(j, e):
                        taken[k] = True
                    i = e
                    continue
            i = max(j_after, i + 1)


def _foreign_institutions(words: list[str], cands: list[Cand]) -> None:
    """"Dewan Perwakilan Rakyat (DPR) AS", "Kemlu Pakistan": a state body's generic name followed
    by another state names that state's body, not ours; the mention stands for that state."""
    by_start = {c.start: c for c in cands if c.entry is not None and c.entry.kind == "country"}
    for c in cands:
        e = c.entry
        if e is None or e.kind != "organization" or not e.country:
            continue
        j = c.end + 1 if c.end < len(words) and bracketed(words[c.end]) else c.end
        state = by_start.get(j)
        if state is not None and state.entry.id != e.country:
            c.entry, c.via = state.entry, "kb"
            c.extra["institution_of"] = True
