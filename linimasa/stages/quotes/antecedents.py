"""Pronoun antecedents of quote speakers: the people and bodies named outside quotations,
weighted by how likely each speaks next, and the search back through them for whom a
'katanya', 'ia mengatakan' or 'pejabat itu' refers to.

`Antecedents` is mixed into `Speakers` (speakers.py) and reads its state: the entity index,
sentence starts, quotation spans and cues.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_NAME_TOKEN = r"(?:[A-Z][\w'’\-]*(?:(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.)?|(?:al-[\w\-]+|bin|binti|van|von|de|da|el)\b)"
_NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})*")
_LOWER_RUN = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
_TITLE_LINKS = frozenset({"dan", "untuk", "bidang", "urusan", "di", "dari", "luar", "negeri"})


@dataclass(slots=True)
class Candidate:
    pos: int
    speaker: dict | None
    weight: int        # 2: quoted/said something, 1: sentence subject, 0: mentioned
    person: bool = True
    unnamed: bool = False   # a spokesperson not named yet: a holder named later may be them


class Antecedents:
    """Who a pronoun or definite description points back to (see the module docstring)."""

    # ------------------------------------------------------------ pronouns

    def _inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_starts, pos) - 1
        return i >= 0 and self.quotes[i][0] <= pos < self.quotes[i][1]

    def _sentence(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def _mentions(self) -> list[Candidate]:
        """Persons named outside quotations, weighted by how likely they speak next."""
        out = []
        if self.index:
            rows = [(s, e, ent.id, ent.name) for s, e, ent, *_ in self.index if ent.kind == "person"]
        else:
            rows = []
            for m in _NAME_RUN.finditer(self.text):
                toks = m.group().split()
                titled = toks[0] in self.titles
                name = self._surface_name(m.start(), m.end())
                if name and (titled or len(name.split()) >= 2):
                    rows.append((m.start(), m.end(), None, name))
        rows = sorted(rows + [(s, e, spk["id"], spk["name"]) for s, e, spk in self.particle_names()])
        # a country or organisation opening its sentence is that sentence's subject
        # ("Prancis, Jerman, … dalam pernyataan bersama menyatakan …"; "Kementerian itu, …")
        for s, e, ent, _m in self.index:
            if ent.kind not in ("country", "organization") or self._inside_quote(s):
                continue
            sent = self._sentence(s)
            head = self.sent_starts[sent] if sent >= 0 else 0
            if self._opens_sentence(head, s) and (not out or out[-1].pos != s):
                # a body that only acts ("IDF telah membalas dengan serangan udara") is no source
                # to outweigh a person who spoke before it
                tail = self.sent_starts[sent + 1] if sent + 1 < len(self.sent_starts) else len(self.text)
                weight = 1 if self.cues.voiced.search(self.text, e, tail) else 0
                out.append(Candidate(s, self._state_of(ent, s, e) or {"id": ent.id, "name": ent.name}, weight, False))
        lower = self.text.lower()
        officials: list[tuple[int, int]] = []    # "pejabat pemerintahan Trump": Trump is not speaking
        for m in self.cues.spokesperson_says.finditer(lower if len(lower) == len(self.text) else ""):
            a, b = m.start(), m.end("desc")
            if self._inside_quote(a) or (self.has_person(a, b) and self.government_of(a, b) is None):
                continue
            spk = self.described(a, b, a)
            if spk:
                out.append(Candidate(a, spk, 2, True, True))
                officials.append((a, b))
        for sent_start in self.sent_starts:
            spk = self._definite(sent_start, sent_start) if self.cues.definite_noun.match(
                self.text, sent_start, min(len(self.text), sent_start + 40)) else None
            if spk:
                out.append(Candidate(sent_start, spk, 1, False))
        for s, spk in self.role_subjects():
            out.append(Candidate(s, spk, 1))
        for s, spk in self.office_subjects():
            out.append(Candidate(s, spk, 2))
        reported: dict[int, bool] = {}
        for s, e, eid, name in rows:
            if self._inside_quote(s) or any(a <= s < b for a, b in officials):
                continue
            sent = self._sentence(s)
            head = self.sent_starts[sent] if sent >= 0 else 0
            if sent not in reported:
                reported[sent] = bool(self.cues.reported_lead.match(self.text, head, min(s, head + 60)))
            if reported[sent]:
                continue   # "Menurutnya Benny Wenda …": talked about in someone's reported speech
            weight = 1 if len(name) > 2 and self._subject_at(head, s) else 0   # "H (30)": initials
            if self.cues.according_before.search(self.text, max(0, s - 12), s) or (
                    self.cues.passive_before is not None
                    and self.cues.passive_before.search(self.text, max(0, s - 40), s)):
                weight = 2   # "Namun menurut Agung, …", "disuarakan oleh Zarif": the source
            if self.cues.say.search(re.split(r"[.\n\"“”]", self.text[e:e + 80])[0]) or \
                    self.cues.post_verb_before.search(self.text, max(0, s - 16), s):
                weight = 2   # "…, tambah Peskov, …": a speaker set after the verb spoke too
            out.append(Candidate(s, {"id": eid, "name": name}, weight))
        out.sort(key=lambda c: c.pos)
        return out

    @property
    def history(self) -> list[Candidate]:
        if self._history is None:
            self._history = sorted(self._mentions() + self._pending, key=lambda c: c.pos)
        return self._history

    def add(self, pos: int, speaker: dict | None) -> None:
        """A quotation's speaker is the likeliest antecedent of a later 'katanya'."""
        cand = Candidate(pos, speaker, 3)
        if self._history is None:
            self._pending.append(cand)
        else:
            bisect.insort(self._history, cand, key=lambda c: c.pos)

    def quoted(self, end: int, speaker: dict | None, context: str = "", phrase: str = "") -> None:
        """Record a quotation's speaker, the words of its attribution and its speaker phrase."""
        self._quote_log.append((end, context.lower(), speaker, phrase.lower()))

    def document_source(self, noun: str, pos: int) -> dict | None:
        """'laporan itu': the author of the document introduced last ('dalam sebuah pernyataan',
        'bunyi laporan Hesse', 'dalam pernyataannya'), by a quotation's speaker or a sentence's
        subject; a quotation that itself points back ('kata X dalam pernyataan itu') only when
        nothing introduced one."""
        back = self._definite_noun_rx(noun)
        fallback = None
        for end, context, speaker, _phrase in reversed(self._quote_log):
            if end <= pos and speaker is not None and noun in context:
                if len(back.findall(context)) < context.count(noun):
                    intro = self._document_intro(noun, end, pos)
                    return intro[1] if intro is not None else speaker
                fallback = fallback or speaker
        intro = self._document_intro(noun, 0, pos)
        if intro is None and fallback is None:
            # "bunyi dokumen …" after "X telah mengajukan mosi …": a document never introduced
            # by its own name is the one introduced last under another
            intros = [self._document_intro(other, 0, pos) for other in self.cues.document_nouns if other != noun]
            intro = max((i for i in intros if i is not None), key=lambda i: i[0], default=None)
        return intro[1] if intro is not None else fallback

    def _definite_noun_rx(self, noun: str) -> re.Pattern:
        markers = "|".join(sorted(self.cues.definite_words, key=len, reverse=True))
        return re.compile(rf"{re.escape(noun)}\s+(?:{markers})\b")

    def _document_intro(self, noun: str, a: int, pos: int) -> tuple[int, dict] | None:
        """The last sentence in [a, pos), outside quotations, that introduces a `noun` and names
        who said it: 'Dalam sebuah pernyataan, Departemen Keuangan AS mengatakan …'."""
        rx = re.compile(rf"(?<![\w-]){re.escape(noun)}(?:nya)?(?![\w-])", re.IGNORECASE)
        back = self._definite_noun_rx(noun)
        for m in reversed(list(rx.finditer(self.text, a, pos))):
            if self._inside_quote(m.start()) or back.match(self.text.lower(), m.start()):
                continue
            sent = self._sentence(m.start())
            head = self.sent_starts[sent] if sent >= 0 else 0
            tail = self.sent_starts[sent + 1] if sent + 1 < len(self.sent_starts) else len(self.text)
            # "X mengatakan dalam sebuah pernyataan" or "Dalam sebuah pernyataan, X mengatakan"
            say = ([v for v in self.cues.say.finditer(self.text, head, m.start())][-1:]
                   or [self.cues.say.search(self.text, m.end(), min(tail, pos))])[0]
            if not say:
                continue
            clause = self.text[head:say.start()]
            cut = head + max(clause.rfind(","), -1) + 1     # the subject: after the last comma
            while cut < say.start() and self.text[cut].isspace():
                cut += 1
            first = self.text[cut:say.start()].split()[:1]
            if first and first[0].lower() in self.cues.conjunctions:
                cut = head    # "Prancis, Jerman, … dan Inggris dalam pernyataan bersama": the list
            if self._is_unnamed_head(cut, say.start()):
                spk = self.described(cut, say.start(), m.start())   # "penyelidik PBB": the group
                if spk is not None:
                    return m.start(), spk
            spk, kind = self.named(cut, say.start())
            if spk is not None and kind in ("person", "organization", "country"):
                return m.start(), spk
        return None

    def previous_quote(self, pos: int, max_sentences: int = 3) -> dict | None:
        """The speaker of the quotation just before `pos`, if it ended at most
        `max_sentences` sentences back."""
        if not self._quote_log:
            return None
        end, _context, speaker, _phrase = self._quote_log[-1]
        if speaker is None or end > pos:
            return None
        if self._sentence(pos) - self._sentence(end - 1) > max_sentences:
            return None
        last = self._sentence(end - 1)
        for c in self.history:
            # "Mahendra juga menekankan, …" between: the new speaker carries on, not the last
            if end < c.pos < pos and c.weight == 2 and c.person and c.speaker \
                    and self._sentence(c.pos) > last and c.speaker.get("id") != speaker.get("id") \
                    and not self._inside_quote(c.pos):
                return None
        return speaker

    def antecedent(self, pos: int, plural: bool = False, person: bool = False,
                   _depth: int = 0) -> dict | None:
        """The last compatible named speaker before `pos` (None after an unnamed source);
        `person`: only people ('kata dia')."""
        i = bisect.bisect_left(self.history, pos, key=lambda c: c.pos) - 1
        if i < 0:
            return None
        here = self._sentence(pos)
        fallback, fallback_person = None, False
        by_sentence: dict[int, list[Candidate]] = {}
        counted, gap = here, 0
        while i >= 0:
            c = self.history[i]
            sent = self._sentence(c.pos)
            # sentences that carry on someone's reported speech ("Ia mengaku …") keep that
            # speaker in view: they do not count towards the distance
            while counted > sent:
                gap += not self._reported_sentence(counted)
                counted -= 1
            if gap > 4 or here - sent > 12:
                break
            if person and not c.person:
                i -= 1
                continue
            by_sentence.setdefault(sent, []).append(c)
            i -= 1
        for sent in range(here, counted - 1, -1):
            group = by_sentence.get(sent)      # latest first
            if group:
                if plural:
                    named = [c for c in group if c.speaker]
                    if named:
                        return self._speaker_of(named[-1], pos)   # the first named in that sentence
                top = max(c.weight for c in group)
                if top >= 1:
                    return self._speaker_of(next(c for c in group if c.weight == top), pos)
            lead = self._reported_sentence(sent) if sent < here and fallback is None and _depth < 3 else ""
            if lead:
                # "Ia menambahkan, pengawasan tetap diperlukan." between: whoever "ia" is
                return self.antecedent(self.sent_starts[sent], plural,
                                       person or lead in self.cues.person_pronouns, _depth + 1)
            if group and fallback is None:
                fallback, fallback_person = group[0].speaker, group[0].person
        if fallback is not None and fallback_person and _depth == 0:
            # only people merely named nearby ('(QS al-Hajj: 39)', 'bertemu dengan Habibie'):
            # the last who spoke or was a sentence's subject, further back, is the likelier
            # 'katanya' (a body merely named stays: it may be the source of a statement)
            spoke = self._last_speaker(pos, plural, person)
            if spoke is not None:
                return spoke
        return fallback

    def _last_speaker(self, pos: int, plural: bool, person: bool, max_sentences: int = 25) -> dict | None:
        """The speaker of the last quotation, speech verb or sentence subject before `pos`, at
        most `max_sentences` back."""
        here = self._sentence(pos)
        i = bisect.bisect_left(self.history, pos, key=lambda c: c.pos) - 1
        while i >= 0:
            c = self.history[i]
            i -= 1
            if here - self._sentence(c.pos) > max_sentences:
                break
            if c.weight < 1 or not c.speaker or (person and not c.person):
                continue
            return self._speaker_of(c, pos)
        return None

    def _subject_at(self, head: int, s: int) -> bool:
        """Whether a name at `s` is its sentence's subject: only titles stand before it, after
        an introductory phrase set off by a comma ('Pada kesempatan yang sama, Bupati Natuna,
        Abdul Hamid Rizal, …'); 'Misalnya berjalan dari mulai Thamrin' is no subject."""
        pre = self.text[max(head, s - 120):s].lstrip(" \t\n,\"“”")
        first = pre.split(" ", 1)[0]
        if first and first not in self.titles and first not in self.cues.openers and first.lower() in self.common:
            # "Keputusan Trump …": capitalised only because it opens the sentence ("Lalu Agus
            # Salim membalasnya": after a discourse opener the name is still the subject)
            pre = first.lower() + pre[len(first):]
        pieces = pre.split(",")
        for j in range(len(pieces)):
            if not any(w not in _TITLE_LINKS for w in _LOWER_RUN.findall(",".join(pieces[j:]))):
                return j == 0 or len(pieces[j - 1]) < 200
        return False

    def _reported_sentence(self, k: int) -> str:
        """The reported-speech lead opening sentence k, lower-cased ('ia', 'menurutnya'), or ''."""
        if k not in self._reported:
            head = self.sent_starts[k]
            m = self.cues.reported_lead.match(self.text, head, head + 60)
            self._reported[k] = m.group().split()[-1].lower() if m else ""
        return self._reported[k]

    def _rows(self, a: int, b: int):
        """The entity-index rows (start, end, entity, mention) that start inside [a, b)."""
        i = bisect.bisect_left(self.starts, a)
        while i < len(self.index) and self.index[i][0] < b:
            yield self.index[i]
            i += 1

    def has_person(self, a: int, b: int) -> bool:
        return any(row[2].kind == "person" for row in self._rows(a, b))

    def _persons_before(self, before: int):
        """The rows (start, end, entity, mention) of persons named before `before` outside
        quotations, the nearest first."""
        i = bisect.bisect_left(self.starts, before) - 1
        while i >= 0:
            s, e, ent, m = self.index[i][:4]
            i -= 1
            if ent.kind == "person" and not self._inside_quote(s):
                yield s, e, ent, m

    def _names_bodies(self, a: int, b: int, words: list[str]) -> bool:
        """Every word is part of a place or body (no person) named in [a, b): 'China' in
        'duta besar China', not 'Kresno' in 'jaksa Kresno'."""
        named = {w for s, e, ent, *_ in self._rows(a, b) if ent.kind != "person"
                 for w in self.text[s:e].split()}
        return all(w in named for w in words)

    def _speaker_of(self, c: Candidate, pos: int) -> dict | None:
        """An unnamed spokesperson is the person the next sentences first name, bare, as a
        speaker ('juru bicara Kementerian Pertahanan Arab Saudi mengatakan …' then '"…,"
        kata Maliki' with no Maliki before); else the body they speak for."""
        if not c.unnamed:
            return c.speaker
        here = self._sentence(pos)
        i = bisect.bisect_left(self.starts, pos)
        while i < len(self.index):
            s, e, ent = self.index[i][:3]
            i += 1
            if self._sentence(s) - here > 3:
                break
            if ent.kind != "person" or self._inside_quote(s) or " " in self.text[s:e].strip():
                continue
            first = min((m.start for m in ent.mentions), default=s)
            if first < s:
                continue
            if self.cues.post_verb_before.search(self.text, max(0, s - 16), s) or \
                    self.cues.say.match(self.text, e + 1, min(len(self.text), e + 40)):
                return {"id": ent.id, "name": ent.name}
        return c.speaker
