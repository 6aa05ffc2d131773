"""Where a trigger's clause begins and ends and which actor groups stand as its subject and
objects: the positional reading of Indonesian SVO word order that every event construction
(lexicon triggers, declared talks, attributed acts, speech) relies on, kept apart from the
per-sentence decisions about which hits become events."""
from __future__ import annotations

import re

from ...document import Entity, Sentence
from .arguments import ActorIndex, _in_quote
from .cues import cues

# clause-structure patterns: word lists and pattern text live in lang/id/events/cues.yaml (clause_patterns)
_NAME_END = re.compile(r"(?<![\w-])[A-Z][\w-]*$")
_P = cues().patterns
_VERB_NEXT = _P["verb_next"]
_RELATIVE = _P["relative"]
_CONJ_OWN_SUBJECT = _P["conj_own_subject"]
_COORD_VP = _P["coord_vp"]
_VERB = _P["verb"]
_REPORTING = _P["reporting"]
_OBJECT_OF_PREP = _P["object_of_prep"]
_COORDINATED_BEFORE = _P["coordinated_before"]
_QUOTE_ON_VERB = _P["quote_on_verb"]
_CLOSED_RELATIVE = _P["closed_relative"]
# "dengan Teheran membantahnya": an absolute clause whose subject stands right before its verb
_WITH_BEFORE = _P["with_before"]
_AUX_ONLY = _P["aux_only"]
_REPORT_VERB = _P["report_verb"]
_STATEMENT_RELATIVE = _P["statement_relative"]
_OPEN_RELATIVE = _P["open_relative"]


class ClauseReader:
    """Mixin of Extractor: needs self.cues."""

    # ------------------------------------------------------------------ clause

    def clause_bounds(self, text: str, s: Sentence, a: int, b: int) -> tuple[int, int]:
        """The clause around [a,b): from the last barrier before a to the first after b."""
        start, end = s.start, s.end
        for m in self.cues.barrier.finditer(text, s.start, a):
            start = m.end()
        for m in re.finditer(r"[;:]|\s[-–]\s", text[s.start:a]):
            k = s.start + m.start()
            if m.group() not in ";:" and _NAME_END.search(text, max(s.start, k - 40), k) \
                    and text[s.start + m.end():s.start + m.end() + 1].isupper():
                continue    # a dash between two names pairs them ("Indonesia - Bulgaria sepakat")
            start = max(start, s.start + m.end())
        m = self.cues.barrier.search(text, b, s.end)
        if m:
            end = m.start()
        m2 = re.compile(r"[;]").search(text, b, end)
        if m2:
            end = m2.start()
        return start, end

    # ------------------------------------------------------------------ arguments

    def subject(self, idx: ActorIndex, s: Sentence, cstart: int, pos: int) -> tuple[list[Entity], str]:
        text = idx.doc.text
        inq = _in_quote(text, s.start, pos) and not _QUOTE_ON_VERB.search(text, max(s.start, pos - 3), pos)
        closed = _CLOSED_RELATIVE.search(text, cstart, pos)
        if closed is not None:
            # "Taliban, yang kini ... sejak pasukan AS menggulingkan mereka, tidak mengakui ...": the
            # noun before a relative clause closed by a comma is the verb's subject
            its = [it for it in idx.between(cstart, closed.start() + 1) if _in_quote(text, s.start, it.start) == inq]
            if its and 0 <= closed.start() - its[-1].end <= 2:
                return [it.entity for it in idx.group_backward(its, len(its) - 1)], "subject:before-relative"
        sub = self.cues.subordinator.search(text, cstart, pos)
        if sub and sub.end() >= pos - 1:
            # "Putin ... saat bertemu dengan Xi": the main clause's subject
            a = cstart if cstart < sub.start() else s.start
            rep = None
            for rep in _REPORT_VERB.finditer(text, a, sub.start()):
                pass
            if rep is not None and idx.between(rep.end(), sub.start()) and not inq:
                a = rep.end()    # "Yeo mengatakan Malaysia akan ... untuk mendorong": the reported clause's subject
            main = self.first_group(idx, a, sub.start())
            if main:
                return main, "subject:main-clause"
        co = _COORD_VP.search(text, max(cstart, pos - 40), pos)
        if co is not None and co.end() >= pos - 1:
            first = next((it.start for it in idx.between(cstart, co.start())), None)
            ana = idx.cues.pronoun_person.search(text, cstart, co.start())
            if ana is not None and (first is None or ana.start() < first):
                first = ana.start()
            verb = _VERB.search(text, first, co.start()) if first is not None else None
            if verb is not None and idx.between(verb.end(), co.start()):
                ents, how = self.subject(idx, s, cstart, verb.start())
                if ents:
                    return ents, how + "+coordinated-vp"
        conj = None
        for conj in _CONJ_OWN_SUBJECT.finditer(text, cstart, pos):
            pass
        if conj is not None and pos - conj.end() > 2 and not _VERB_NEXT.match(text, conj.end()):
            cstart = conj.end()      # "... setelah salah satu kapal menyerang": a clause of its own
        items = [it for it in idx.between(cstart, pos) if _in_quote(text, s.start, it.start) == inq]
        head = self._before_open_relative(text, items, cstart, pos)
        if head is not None:
            items = [it for it in items if it.end <= head]
        rel = _RELATIVE.search(text, cstart, pos)
        if rel:   # "X, yang akan bertemu": the subject is the noun right before "yang"
            stated = _STATEMENT_RELATIVE.search(text, max(cstart, rel.start() - 40), pos)
            near = [it for it in items if 0 <= rel.start() - it.end <= 3]
            if not near and stated is not None and self.cues.verb_before.search(text, cstart, stated.start()):
                # "Pompeo mengeluarkan pernyataan yang mengutuk ...": the statement's author acts
                items = [it for it in items if it.end <= stated.start()]
                rel = None
            else:
                items = near
            if rel is not None and not items:
                return [], ""        # "orang-orang yang ... membunuh": a subject that is no actor
        if items:
            pro = None
            for pro in self.cues.pronoun_person.finditer(text, items[-1].end, pos):
                pass
            if pro is not None and _REPORT_VERB.search(text, cstart, pro.start()):
                # "Wong mengatakan kepada koran Jerman, dia kecewa dengan ...": the reported clause's own
                # subject is the pronoun, not the actor named before it
                ana = idx.resolve_anaphor(pro.start(), pos, pro.start())
                if ana:
                    return ana[0], ana[1]
        while items:
            k = len(items) - 1
            before = text[max(s.start, items[k].start - 12):items[k].start]
            if _OBJECT_OF_PREP.search(before) and not _COORDINATED_BEFORE.search(before) \
                    and not (_WITH_BEFORE.search(before) and _AUX_ONLY.fullmatch(text, items[k].end, pos)):
                items = items[:k]        # an object of an earlier preposition, not a subject
                continue
            grp = idx.group_backward(items, k)
            ents = [it.entity for it in grp]
            if self.cues.pronoun_coord.search(text, max(cstart, grp[0].start - 40), grp[0].start):
                p = idx.last_subject_person(s.start)          # "Dia dan Presiden Xi"
                if p is not None and all(p.id != e.id for e in ents):
                    ents.insert(0, p)
            return ents, "subject:left"
        ana = idx.resolve_anaphor(cstart, pos, cstart)
        if ana:
            return ana[0], ana[1]
        return [], ""

    @staticmethod
    def _before_open_relative(text: str, items: list, cstart: int, pos: int) -> int | None:
        """Where the relative clause starts whose own verb comes before pos and whose head noun
        is an actor right before "yang" ("Serangan AS yang ditargetkan ke persembunyian IS
        menewaskan ..."): the names inside that clause are not the verb's subject. A reporting
        verb's clause ("X yang mengatakan Y menyerang Z") is the reported subject's, so it is
        left alone."""
        found = None
        for m in _OPEN_RELATIVE.finditer(text, cstart, pos):
            found = m
        if found is None or found.end() >= pos - 1 or _REPORT_VERB.search(found.group()) \
                or "," in text[found.end():pos]:
            return None         # a comma closes the clause before: "Menurut X yang berbasis di Y, ..."
        inside = [it for it in items if found.end() <= it.start < pos]
        head = [it for it in items if 0 <= found.start() - it.end <= 3]
        return found.start() if inside and head else None

    def first_group(self, idx: ActorIndex, a: int, b: int) -> list[Entity]:
        items = idx.between(a, b)
        k = 0
        while k < len(items) and _REPORTING.search(idx.doc.text[max(a, items[k].start - 25):items[k].start]):
            k += 1              # "Menurut 24h.com, X ...": a source of the report, not the subject
        if k < len(items):
            return [it.entity for it in idx.group_forward(items, k)]
        ana = idx.resolve_anaphor(a, b, a)
        return ana[0] if ana else []

    def objects(self, idx: ActorIndex, pos: int, cend: int, tight: bool = False):
        """[(prep, group)] of up to two actor groups right of the trigger."""
        items = idx.between(pos, cend)
        out = []
        rx = self.cues.object_gap_tight if tight else self.cues.object_gap
        k, at = 0, pos
        while k < len(items) and len(out) < 2:
            m = rx.match(idx.gap(at, items[k].start, times=True) + " ")
            if not m:
                break
            grp = idx.group_forward(items, k)
            prep = (m.group("prep") or "").strip().lower()
            out.append((prep, grp))
            k += len(grp)
            at = grp[-1].end
            rx = self.cues.object_gap_tight
        return out
