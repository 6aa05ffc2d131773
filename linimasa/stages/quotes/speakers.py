"""Who said it: link a speaker phrase to an entity, or resolve a pronoun to an
earlier named speaker (the search back lives in antecedents.py, mixed in here).

Entity links come from the entities stage (`entity_index(doc)`); until an
entity covers a phrase, a surface name with its titles stripped stands in,
with id None.
"""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...text.spelling import one_letter_off
from .antecedents import _NAME_RUN, Antecedents, Candidate
from .roles import Roles

_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:al|bin|binti|van|von|de|da|el)\b)[a-z]")
_KIND_RANK = {"person": 0, "organization": 1, "country": 2}
# the name after the last bracket, past the ordinal of a name before it ('Mahmud Badaruddin (SMB) II')
_AFTER_BRACKET = re.compile(r"\)\s+(?:[IVX]+\s+)?(?P<name>[A-Z][a-z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)+)\s*$")


def _entity_index(doc: Document):
    try:
        from ..entities import entity_index  # lands with the entities stage
    except ImportError:
        return []
    try:
        return list(entity_index(doc))
    except Exception:  # noqa: BLE001 - a broken index must not lose the quotes
        return []


class Speakers(Antecedents, Roles):
    def __init__(self, doc: Document, cues, titles: frozenset[str], not_names: frozenset[str],
                 inside_quotes: list[tuple[int, int]], paragraphs: list[tuple[int, int]] = (),
                 common: frozenset[str] = frozenset()):
        self.doc, self.text, self.cues = doc, doc.text, cues
        self.common = common      # words news mostly writes in lower case: not a one-word name
        self.titles, self.not_names = titles, not_names
        self.index = _entity_index(doc)
        self.starts = [row[0] for row in self.index]
        # sentences of the segmenter plus our paragraphs (scraped text may hide breaks as ".,")
        self.sent_starts = sorted({s.start for s in doc.sentences if s.section != "title"}
                                  | {a for a, _ in paragraphs}) or [0]
        self.quotes = sorted(inside_quotes)
        self.q_starts = [a for a, _ in self.quotes]
        self._history: list[Candidate] | None = None   # built on the first pronoun
        self._pending: list[Candidate] = []
        self._reported: dict[int, str] = {}     # sentence -> its reported-speech lead
        self._quote_log: list[tuple[int, str, dict | None, str]] = []   # (end, attribution, speaker, phrase)
        # quotations whose cue came before them: (end, paragraph, speaker, speaker phrase)
        self.clause_quotes: list[tuple[int, tuple[int, int], dict | None, str | None]] = []

    # ------------------------------------------------------------ named speakers

    def named(self, a: int, b: int) -> tuple[dict | None, str | None]:
        """The best named speaker inside [a, b): (speaker, kind) or (None, None)."""
        best = None
        i = bisect.bisect_left(self.starts, a)
        while i < len(self.index) and self.index[i][0] < b:
            s, e, ent, _m = self.index[i][:4]
            if e <= b:
                rank = _KIND_RANK.get(ent.kind, 3)
                if best is None or rank < best[0] or (
                        ent.kind == "person" and best[1].kind == "person"
                        and not self.text[best[3]:s].strip(" .")):
                    # "Marsekal [Udara Purnawirawan] [John Blackburn]": of two person names that
                    # touch, the first is a title the tagger took for a name
                    best = (rank, ent, s, e)
            i += 1
        if best is not None and 0 < best[0] < 3:
            # "Juru bicara Kementerian Pertahanan Kolonel Turki al-Malki": the particle name is
            # the person, not the ministry or the country word that opens the name
            for s, e, spk in self.particle_names():
                if a <= s and e <= b:
                    return spk, "person"
        if best is not None and best[0] < 3:
            ent = best[1]
            person = self._name_opening_with(ent, a, b) or self._name_after_body(ent, best[2], best[3])
            if person:
                return {"id": None, "name": person}, "person"
            if ent.kind != "person":
                # "Menteri Perdagangan RI Enggartiasto Lukita": the country belongs to the title
                tail = self._surface_name(self._covered_end(a, b), b)
                if tail and len(tail.split()) >= 2:
                    return {"id": None, "name": tail}, "person"
            state = self._state_of(ent, a, b)
            if state is not None:
                return state, "country"
            if ent.kind == "person" and " " not in ent.name.strip():
                full = self._particle_full_name(ent.name.strip(), a)
                if full:
                    return {"id": None, "name": full}, "person"   # "Malki" after "Turki al-Malki"
                fuller = self._fuller_person(ent, a)
                if fuller is not None:
                    return fuller, "person"     # "Al-Maliki" after "Riyad al-Maliki"
            return {"id": ent.id, "name": ent.name}, ent.kind
        for s, e, spk in self.particle_names():
            if a <= s and e <= b:
                return spk, "person"     # "imbuh al-Maliki"
        name = self._surface_name(a, b)
        seg = self.text[a:b]
        if name and " " not in name and self.cues.definite_noun.match(
                self.text, a + len(seg) - len(seg.lstrip()), min(len(self.text), b + 16)):
            name = None    # "Kementerian itu": a definite description, not a name
        if name and " " not in name and self.cues.state_body.fullmatch(name):
            name = None    # "Badan intelijen Jerman": the head of a body, not a person
        if name and not all(w.lower() in self.common for w in name.split()):
            # "kata Menteri Energi, Sains, ..." leaves "Energi": a portfolio, not a person
            full = self._full_name(name, a)
            if " " not in full:
                misspelt = self.misspelt_person(full)
                if misspelt is not None:
                    return misspelt, "person"     # "Murtreb" after "Maher Abdulaziz Mutreb"
            return {"id": None, "name": full}, "person"
        return None, None

    def misspelt_person(self, word: str) -> dict | None:
        """'kata dachelet' after 'Michelle Bachelet': one word, no common one, a letter off the
        surname of exactly one person named in the article (scraped news is not proofread)."""
        w = word.strip().lower()
        if len(w) < 5 or not w.isalpha() or w in self.common:
            return None
        hits = {e.id: e for e in self.doc.entities if e.kind == "person" and len(e.name.split()) >= 2
                and one_letter_off(w, e.name.split()[-1].lower())}
        if len(hits) != 1:
            return None
        e = next(iter(hits.values()))
        return {"id": e.id, "name": e.name}

    def mention_end(self, a: int, b: int, limit: int) -> int:
        """`b`, or the end of a person's name that starts in [a, b) and runs on past it (up to
        `limit`) over the period of an initial."""
        end = b
        for s, e, ent, *_ in self._rows(a, b):
            if ent.kind == "person" and b < e <= limit and self.text[b:b + 1] == ".":
                end = max(end, e)
        return end

    def _name_opening_with(self, ent, a: int, b: int) -> str | None:
        """'Kolonel Turki al-Maliki': a country word the tagger did not tag, opening a longer
        capitalised run, is the first name of a person ('Turki' is also Turkey)."""
        if ent.kind != "country":
            return None
        run = self._surface_name(a, b)
        if not run or len(run.split()) < 2:
            return None
        i = bisect.bisect_left(self.starts, a)
        while i < len(self.index) and self.index[i][0] < b:
            s, e, other, m = self.index[i][:4]
            if other is ent and getattr(m, "via", "") == "kb" and run.startswith(self.text[s:e] + " "):
                return run
            i += 1
        return None

    def _name_after_body(self, ent, s: int, e: int) -> str | None:
        """'Wakil Tetap Vanuatu untuk [PBB Sumbue Antas]': a tag the tagger called an
        organisation that opens with a known body or state and runs on into two or more
        capitalised words nobody knows is the person holding the post."""
        if ent.kind != "organization" or getattr(ent, "country", None):
            return None
        i = bisect.bisect_left(self.starts, s)
        known_end = None
        while i < len(self.index) and self.index[i][0] < e:
            s2, e2, other, m = self.index[i][:4]
            i += 1
            if other is ent:
                continue
            if s2 == s and e2 < e and other.kind in ("organization", "country") \
                    and getattr(m, "via", "") == "kb":
                known_end = max(known_end or 0, e2)
            elif s2 > s:
                return None     # another name inside the rest: not one person's name
        if known_end is None:
            return None
        rest = self.text[known_end:e].split()
        if len(rest) < 2 or not all(w[:1].isupper() and not w.isupper() for w in rest):
            return None
        if any(w in self.titles or w.lower() in self.common or w in self.not_names for w in rest):
            return None
        return " ".join(rest)

    def _covered_end(self, a: int, b: int) -> int:
        """The end of the last entity mention inside [a, b)."""
        end = a
        i = bisect.bisect_left(self.starts, a)
        while i < len(self.index) and self.index[i][0] < b:
            if self.index[i][1] <= b:
                end = max(end, self.index[i][1])
            i += 1
        return end

    def _state_of(self, ent, a: int, b: int) -> dict | None:
        """The state a ministry, embassy or government speaks for."""
        if ent.kind != "organization":
            return None
        heads = (self.text[a:b].strip().lower(), ent.name.lower())
        if not any(self.cues.state_body.match(h) for h in heads):
            return None
        if getattr(ent, "country", None):
            return self.country(ent.country)
        # a body the KB does not know: the country named inside it ("… Luar Negeri Palestina")
        i = bisect.bisect_left(self.starts, a)
        while i < len(self.index) and self.index[i][0] < b:
            s, e, inner = self.index[i][:3]
            if inner.kind == "country" and e <= b:
                return {"id": inner.id, "name": inner.name}
            i += 1
        if self.cues.home_state and self.cues.home_body.match(ent.name.strip().lower()):
            return self.country(self.cues.home_state)    # "PTRI": the home state's mission
        return None

    def country(self, code: str) -> dict:
        code = str(code).upper()
        for e in self.doc.entities:
            if e.id.upper() == code:
                return {"id": e.id, "name": e.name}
        try:
            from ... import kb
            entry = kb.get(code)
        except Exception:  # noqa: BLE001 - an unreadable KB still leaves the code
            entry = None
        return {"id": code, "name": entry.name if entry else code}

    def _surface_name(self, a: int, b: int) -> str | None:
        """A capitalised run in [a, b) with titles and sentence openers stripped."""
        for m in _NAME_RUN.finditer(self.text, a, b):
            toks = m.group().split()
            if not toks[0][:1].isupper():
                continue
            if toks[0] in self.not_names or toks[0].lower().endswith("nya"):
                toks.pop(0)   # a sentence opener ("Menurut", "Sementara"), not part of the name
            if toks and self._in_time(m.end() - len(toks[-1]), m.end()):
                continue      # "Pada Juli 2019, WHO menyatakan": a month, not a person
            had_title = False
            while toks and (toks[0].rstrip(".") in self.titles or toks[0] in self.titles):
                had_title = True
                toks.pop(0)
            if not toks or (len(toks) == 1 and toks[0] in self.not_names):
                continue
            if had_title and len(toks) >= 3:
                toks = toks[-2:]  # "Presiden China Xi Jinping": the name ends the run
            return " ".join(toks)
        return None

    def _in_time(self, a: int, b: int) -> bool:
        """True when [a, b) lies inside a temporal expression of the time stage."""
        return any(t.start <= a and b <= t.end for t in self.doc.times)

    def _full_name(self, name: str, before: int) -> str:
        """'Psaki' -> 'Jen Psaki' when the fuller form appeared earlier."""
        if " " in name:
            return name
        full = self._particle_full_name(name, before)
        if full:
            return full
        skip = self.doc.title_span
        for m in _NAME_RUN.finditer(self.text, 0, before):
            if skip is not None and skip.start <= m.start() < skip.end:
                continue   # headline case capitalises every word
            toks = m.group().split()
            if len(toks) >= 2 and name in (toks[0], toks[-1]):
                full = self._surface_name(m.start(), m.end())
                if full and " " in full and name in full.split() and len(full.split()) <= 3:
                    return full
        return name

    def person_name(self, speaker: dict | None) -> dict | None:
        """'(PLO) Hanan Ashrawi' -> 'Hanan Ashrawi': a person's name holds no bracket; the tagger
        ran it over the abbreviation of the body before it ('Pejabat senior Organisasi
        Pembebasan Palestina (PLO) Hanan Ashrawi'). 'Tapi Allaire' -> 'Jeremy Allaire': a
        sentence opener is no part of a name; the rest is the fuller name used earlier. The
        entity id stays."""
        toks = (speaker or {}).get("name", "").split()
        if len(toks) >= 2 and toks[0] in self.not_names and (speaker.get("id") is None or any(
                e.id == speaker["id"] and e.kind == "person" for e in self.doc.entities)):
            full = self._full_name(" ".join(toks[1:]), len(self.text))
            known = next((e for e in self.doc.entities if e.kind == "person" and e.name == full), None)
            speaker = {"id": known.id, "name": known.name} if known else {**speaker, "name": full}
        if not speaker or ")" not in (speaker.get("name") or ""):
            return speaker
        eid = speaker.get("id")
        if eid is not None and not any(e.id == eid and e.kind == "person" for e in self.doc.entities):
            return speaker
        m = _AFTER_BRACKET.search(speaker["name"])
        return {**speaker, "name": m.group("name")} if m else speaker

    # ------------------------------------------------------------ phrase kinds

    def resolve(self, a: int, b: int, pos: int) -> tuple[dict | None, str]:
        """Speaker of a phrase (clause before a say verb, or after `kata`)."""
        phrase = self.text[a:b].strip()
        segments = self._segments(a, b)
        if len(segments) > 1:
            first = self.text[segments[-1][0]:segments[-1][1]].split()[:1]
            if first and first[0].lower() in self.cues.conjunctions:
                # "Eid menyatakan bahwa …, dan pada satu titik sang putri berteriak": a clause
                # joined by "dan" has its own subject; the clauses before it speak of others
                segments = segments[-1:]
                a = segments[0][0]
        if segments:
            author = self._author(*segments[-1])
            if author is not None:
                return author, phrase     # "rekaman … yang dirilis oleh koalisi"
            office = self._office_holder(*segments[-1], pos)
            if office is not None:
                return office, phrase
            force = self._force(*segments[-1])
            if force is not None:
                return force, phrase
            if self.cues.principal.match(self.text[segments[-1][0]:segments[-1][1]].strip()):
                # "Juru bicaranya kemudian mengatakan": on behalf of the person named before
                earlier = self.antecedent(pos, person=True)
                if earlier is not None:
                    return earlier, phrase
        # the subject: a person opening the segment next to the verb, or opening the clause
        # ("Menanggapi pernyataan Trump, Xi mengatakan" / "Tubaigy, dokter forensik, menanggapi
        # pertanyaan Murtreb dengan mengatakan")
        for sa, sb in (segments[-1:] + segments[:1]) if segments else ():
            spk = self._opening_person(sa, sb)
            if spk:
                return spk, phrase
        # "juru bicara Huthi" after "juru bicara militer Huthi, Brigadir Yahya Saree"
        for sa, sb in segments[:1]:
            if self._is_unnamed_head(sa, sb) and self.cues.speaks_for.match(self.text[sa:sb].strip()):
                desc, anchors = self._description(sa, sb)
                role = [w.lower() for w in desc.split() if not (w[:1].isupper() or w.isupper())]
                earlier = self._role_holder(role, anchors, sa) if anchors else None
                if earlier:
                    return earlier, phrase
        for sa, sb in segments[-1:]:
            # "kata duta besar China", "tegas sang duta besar" after "Duta Besar China untuk
            # Jerman, Ken Wu": a lower-case role description of the holder named before
            holder = self._described_holder(sa, sb)
            if holder is not None:
                return holder, phrase
        if segments:
            sa, sb = segments[-1]
            last = self.text[sa:sb].strip()
            doc_noun = self.cues.document_head.match(last)
            owner = self._document_owner(sa, sb) if doc_noun else None
            if owner is not None:
                return owner, phrase     # "kata surat terbuka anggota parlemen Inggris"
            if doc_noun and not self._has_named(sa, sb):
                source = self.document_source(doc_noun.group().lower(), pos)
                if source is not None:
                    return source, phrase     # "… ," laporan intelijen melanjutkan
            group = self._document_group(sa, sb) if doc_noun else None
            if group is not None:
                return group, phrase     # "kata pernyataan bersama kelompok" (introduced before)
            if not doc_noun and last[:1].islower() and self.cues.definite_after.search(last) \
                    and not self.cues.definite_before.match(last) and self._role_opening(last):
                # "mantan perdana menteri Timor Lese ini": someone named before, not a surface
                # "name" (a misspelt country) inside the description
                earlier = self.antecedent(pos)
                if earlier is not None:
                    return earlier, phrase
        # else a person anywhere in the clause, the one nearest the verb first
        for sa, sb in reversed(segments):
            spk, kind = self.named(sa, sb)
            unnamed = self._is_unnamed_head(sa, sb)
            if spk and kind == "person" and (not unnamed or self._name_closes(sa, sb)):
                return spk, phrase   # "juru bicara Departemen Luar Negeri AS Morgan Ortagus"
            if unnamed and (sa, sb) == segments[-1] and len(segments) > 1:
                # "Di tengah laporan bahwa Netanyahu batal ..., seorang pejabat pemerintah Israel
                # mengatakan": an unnamed speaker next to the verb is the subject; the person
                # inside the clause before it is talked about
                break
        sa, sb = segments[-1] if segments else (a, b)
        last = self.text[sa:sb].strip()
        if self.cues.pronoun_word.match(last) or self.cues.pronoun_lead.match(last):
            # "Dia hanya mengatakan": a person pronoun never points back to a country
            first = last.split()[0].lower() if last.split() else ""
            return self.antecedent(pos, plural=last.lower() in self.cues.plural,
                                   person=first in self.cues.person_pronouns), phrase
        definite = self._definite(a, pos, b)
        if definite is not None:
            return definite, phrase
        group = self._described_group(sa, sb)
        if group is not None:
            return group, phrase
        for seg in ([segments[0]] if segments else []) + [(sa, sb)]:
            if self._is_unnamed_head(*seg):
                # "seorang juru bicara AFP", "para pakar HAM PBB"; "Seorang juru bicara Condor,
                # anak maskapai Thomas Cook Group" stays unknown past its first segment
                seg_text = self.text[seg[0]:seg[1]].strip()
                spk = None
                if self._definite_words(seg_text) and seg_text[:1].islower() \
                        and not self.cues.quantifier.match(seg_text):
                    # "papar diplomat top Indonesia ini": someone named before, not a new source
                    spk = self.antecedent(pos, person=True)
                spk = spk or self.described(*seg, pos) or self._same_role(*seg, pos) or self._group_before(*seg)
                if spk is None and self._definite_clause(a):
                    # "pejabat senior yang tak disebut identitasnya itu": the official the
                    # previous sentence introduced ("AS melalui pejabat seniornya menuturkan")
                    spk = self.antecedent(pos)
                return spk or self._crowd(*seg), phrase
        if last[:1].islower() and self.cues.definite_after.search(last) \
                and not self.cues.definite_before.match(last):
            # "presiden ke-45 AS itu": a description of someone named before, not of the
            # country inside it
            earlier = self.antecedent(pos)
            if earlier is not None:
                return earlier, phrase
        for sa, sb in reversed(segments):
            spk, _kind = self.named(sa, sb)
            if spk:
                return spk, phrase
        # "pemimpin yang dijuluki DR M tersebut": the marker may lie past the phrase's stop word
        if (self.cues.definite_after.search(last) or self.cues.definite_before.match(last)
                or self._definite_clause(a)):
            return self.antecedent(pos, plural=True), phrase
        misspelt = self.misspelt_person(last) if " " not in last else None
        if misspelt is not None:
            return misspelt, phrase
        return self._crowd(sa, sb), phrase

    def _document_owner(self, a: int, b: int) -> dict | None:
        """'surat terbuka anggota parlemen Inggris': a document written by a group described in
        lower case with the place or body it belongs to speaks for that group."""
        a, words = self._document_author_words(a, b)
        if len(words) < 2 or not words[0].islower() or not self._role_opening(" ".join(words)) \
                or self.has_person(a, b):
            return None
        anchors = [w for w in words if not w.islower()]
        if not anchors or not self._names_bodies(a, b, anchors):
            return None
        return {"id": None, "name": " ".join(words)}

    def _document_author_words(self, a: int, b: int) -> tuple[int, list[str]]:
        """The words after a document noun and its adjectives ('surat terbuka [anggota parlemen
        Inggris]'), with `a` moved past leading space; no words when [a, b) opens with no document."""
        while a < b and self.text[a].isspace():
            a += 1
        m = self.cues.document_head.match(self.text, a, b)
        words = self.text[m.end():b].split() if m else []
        while words and words[0].lower() in self.cues.document_adjectives:
            words.pop(0)
        return a, words

    def _has_named(self, a: int, b: int) -> bool:
        return any(row[2].kind in ("person", "organization") for row in self._rows(a, b))

    def _definite_clause(self, a: int) -> bool:
        """The clause from `a` ends in a definite marker that is not a time ('saat itu')."""
        return self._definite_words(re.split(r"[,.;:!?\"“”\n]", self.text[a:a + 120], maxsplit=1)[0].strip())

    def _definite_words(self, words: str) -> bool:
        """The words end in a definite marker that is not a time ('saat itu')."""
        return bool(self.cues.definite_after.search(words)) and not self.cues.time_definite.search(words)

    def _opens_sentence(self, head: int, s: int) -> bool:
        """Nothing but quotes, commas and discourse openers ('Sementara itu,', 'Namun') lies
        between the sentence start and `s`."""
        if s - head > 40:
            return False
        words = re.findall(r"[\w-]+", self.text[head:s])
        if not words:
            return True
        if words[0] not in self.cues.openers or len(words) > 3:
            return False
        return all(w in self.cues.openers or w in ("itu", "ini") for w in words)

    def _name_closes(self, a: int, b: int) -> bool:
        """A role description ending in the holder's name: '… AS Morgan Ortagus'."""
        while b > a and self.text[b - 1].isspace():
            b -= 1
        if any(ent.kind == "person" and e == b and s > a for s, e, ent, *_ in self._rows(a, b)):
            return True
        return any(e == b and s > a for s, e, _spk in self.particle_names())

    def _definite(self, a: int, pos: int, b: int | None = None) -> dict | None:
        """'kementerian itu': the last entity named with the same head word; also a state
        body's bare head ('bunyi pernyataan kedutaan' after 'Kedutaan Besar Kanada')."""
        m = self.cues.definite_noun.match(self.text, a, min(len(self.text), a + 60))
        bare = self.text[a:b].strip().lower() if b is not None and not m else ""
        if m:
            head = [m.group("head").lower()]
        elif bare and self.cues.state_body.fullmatch(bare):
            head = bare.split()
        else:
            return None
        if head[0] in self.cues.document_nouns:
            return self.document_source(head[0], pos)
        i = bisect.bisect_left(self.starts, a) - 1
        while i >= 0:
            s, e, ent = self.index[i][:3]
            i -= 1
            words = self.text[s:e].lower().split()
            if words[:len(head)] == head and len(words) > len(head) - (m is not None) \
                    and not self._inside_quote(s):
                return self._state_of(ent, s, e) or {"id": ent.id, "name": ent.name}
        return self._body_named_before(" ".join(head), a) if bare else None

    def _described_group(self, a: int, b: int) -> dict | None:
        """'kata kelompok itu', 'kata delegasi tersebut': the group described before with the same
        head noun ('sekelompok profesional Malaysia', 'delegasi Evangelis Amerika')."""
        words = self.text[a:b].split()
        if len(words) != 2 or not words[0].isalpha() or not words[0].islower() \
                or not self.cues.definite_after.search(words[1]) or self._is_unnamed_head(a, b):
            return None
        return self.described_before(words[0], a)

    def _document_group(self, a: int, b: int) -> dict | None:
        """'pernyataan bersama kelompok (itu)': a document of a group named by its bare head noun
        speaks for the group described before with that head ('sekelompok profesional Malaysia')."""
        a, words = self._document_author_words(a, b)
        if words[1:] and self.cues.definite_after.search(words[-1]):
            words.pop()
        if len(words) != 1 or not words[0].isalpha() or not words[0].islower():
            return None
        return self.described_before(words[0], a)

    def _opening_person(self, a: int, b: int) -> dict | None:
        """A person named before any lower-case word of [a, b)."""
        if self._is_unnamed_head(a, b):
            return None
        m = _LOWER_WORD.search(self.text, a, b)
        head_end = m.start() if m else b
        if head_end <= a:
            return None
        spk, kind = self.named(a, head_end)
        return spk if spk and kind == "person" else None

    def _is_unnamed_head(self, a: int, b: int) -> bool:
        seg = self.text[a:b].strip()
        if not self.cues.unnamed.match(seg):
            return False
        # "Pakar Yang Jin": a title word followed by a name is named, not unnamed
        first = seg.split()[0]
        rest = seg[len(first):].strip()
        return not (first[:1].isupper() and rest[:1].isupper())

    def _segments(self, a: int, b: int) -> list[tuple[int, int]]:
        out, pos = [], a
        for m in re.finditer(r",", self.text[a:b]):
            out.append((pos, a + m.start()))
            pos = a + m.end()
        out.append((pos, b))
        return [(x, y) for x, y in out if self.text[x:y].strip()]
