"""Stance events from what actors say: a statement that condemns, demands, denies, warns or approves.

The annotators code many events that have no classic trigger verb: a direct quotation or a
reported clause ("X mengatakan bahwa ...", "Menurut X, ...") whose words condemn another actor
(ACCUSE), demand something of it (REQUEST), deny its claim (REJECT), warn it (THREATEN) or
approve of it (SUPPORT). This module finds those statements, the stance cue inside them
(lang/id/events/stance.yaml) and the actor the stance is about, and hands the events stage
candidates of the same form its extractor produces, so that dating, evidence, merging and
confidence work the same.

Design choices (measured on the CLICK-ID dev/blind sets):
- Stances are coded as said, never as planned or denied: the annotators flag almost no
  ACCUSE/REQUEST/REJECT/THREATEN/SUPPORT (65 of 67 ACCUSE plain). Only the modality of the
  reporting verb itself counts ("tidak menyebut Iran" is a negated ACCUSE).
- The target is an actor named in the statement and not on the speaker's side (the speaker,
  their state, its other officials), nearest to the cue. A statement that names no actor takes
  the counterpart of the context: the last stance target of the paragraph, else the last actor
  named before it that is not the speaker's side.
- One statement told over several sentences gives one event per (speaker, type, target): the
  repeated candidates merge in coref.py like any other reports of one happening.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ...document import Document, Entity, Sentence
from ...lang import load_yaml
from .cue_scan import Automaton, Places
from .arguments import ActorIndex, Args, _in_quote, dedupe
from .cues import cues as load_cues, words_rx
from .extract import Candidate, Extractor
from .dating import timex_date
from .modality import modality
from .triggers import Hit, Trigger

_TYPES = ("REJECT", "THREATEN", "REQUEST", "ACCUSE", "SUPPORT")
_CLAUSE_END = re.compile(r"[;]|\s[-–]\s")
_SENTENCE_END = re.compile(r"[.!?]")
_TITLE_STOP = re.compile(r"[.;\"“”]")


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


class SpeechExtractor:
    def __init__(self, data: dict | None = None):
        d = data if data is not None else load_yaml("id", "events/stance.yaml")
        self.cues = load_cues()
        self.ex = Extractor(None, self.cues)     # only its clause/subject helpers are used
        self.kind: dict[str, tuple[str, str]] = {}     # cue -> (type, where its addressee stands)
        for key, words in d["cues"].items():
            typ, _, where = key.partition("_")
            if typ not in _TYPES:
                raise KeyError(f"stance.yaml cues.{key}: {typ} is not a stance type ({', '.join(_TYPES)})")
            for w in words or []:
                self.kind.setdefault(_norm(w), (typ, where or "any"))
        self.cue_rx = words_rx(self.kind)
        self.speech = words_rx(d["speech_verbs"], suffix=r"(?:nya)?(?:\s*,)?(?:\s+(?:bahwa|jika|kalau))?")
        self.according = words_rx(d["according"])
        self.not_said = words_rx(d["not_said"], suffix=r"\s+(?:\w+\s+)?$")
        self.claim = words_rx(d["claim_nouns"])
        self.negator = words_rx(d["negators"], suffix=r"\s+(?:\w+\s+)?$")
        self.victim = words_rx(d["victim_before"], suffix=r"\s+(?:(?:\w+|,)\s+){0,3}$")
        self.counterpart = words_rx(d["counterpart_pronouns"])
        self.first_person = words_rx(d["first_person"])
        self.state_voice = words_rx(d["state_voice_roles"])
        self.question = d.get("question_mark") or "?"
        self.consequence = words_rx(d.get("threat_consequences") or ["konsekuensi"])
        self.said = words_rx(d["said_passive"])
        self.attack = words_rx(d.get("attack_nouns") or ["serangan"])
        self.negated_claim = words_rx(d["negators"])
        self.not_asserted = words_rx(d.get("agent_not_asserted") or ["untuk"], suffix=r"\s+$")
        # the three patterns tried over whole units are literal alternatives: one automaton finds
        # where any of them can start, and only those places are tried (see Places)
        self.automaton = Automaton({"cue": (self.kind, self.cue_rx), "speech": (d["speech_verbs"], self.speech),
                                     "according": (d["according"], self.according)})

    # ------------------------------------------------------------------ statements

    def places(self, text: str) -> tuple[Places, Places, Places]:
        """Where a stance cue, a reporting verb and 'menurut' can be in the document."""
        at = self.automaton.starts(text) or {}
        return (Places(self.cue_rx, text, at.get("cue")), Places(self.speech, text, at.get("speech")),
                Places(self.according, text, at.get("according")))

    def statements(self, doc: Document, idx: ActorIndex, units: list[Sentence], places=None):
        """(unit index, speaker entities, statement start, end, frame start, how, negated, hyp)."""
        text = doc.text
        out = []
        cue, speech, according = places or self.places(text)
        if not cue.possible:
            return out                  # no stance word anywhere: nothing to parse
        by_id = starts = None
        for q in getattr(doc, "quotes", None) or []:
            if not cue.search(q.start, q.end):
                continue                # most statements take no stance: skip them before any parsing
            if by_id is None:
                by_id = {e.id: e for e in doc.entities}
                starts = [u.start for u in units]
            spk = by_id.get((q.speaker or {}).get("id") or "")
            if spk is None or spk.kind not in ("person", "country", "organization"):
                continue
            ui = _unit_of(starts, units, q.start)
            if ui is None:
                continue
            out.append((ui, [spk], q.start, q.end, q.start, "quote", False, False))
        at = cue.at
        for ui, s in enumerate(units):
            if s.section == "title":
                continue
            if at is not None:
                i = bisect_left(at, s.start)
                if i == len(at) or at[i] >= s.end:
                    continue
            if not cue.search(s.start, s.end):
                continue                # no stance word in the unit: no reported stance either
            for m in speech.finditer(s.start, s.end):
                if _in_quote(text, s.start, m.start()):
                    continue
                if not cue.search(m.end(), s.end):
                    continue
                cstart, _ = self.ex.clause_bounds(text, s, m.start(), m.end())
                if self.not_said.search(text, max(cstart, m.start() - 25), m.start()):
                    continue
                speaker, how = self.ex.subject(idx, s, cstart, m.start())
                if not speaker:
                    continue
                end = s.end
                cut = _CLAUSE_END.search(text, m.end(), s.end)
                if cut:
                    end = cut.start()
                nested = speech.search(m.end(), end)
                if nested and not _in_quote(text, s.start, nested.start()):
                    end = nested.start()    # "mengatakan siap mengungkapkan ...": the inner report speaks
                if not cue.search(m.end(), end):
                    continue
                neg, hyp = modality(self.cues, text, cstart, m.start(), m.end(), False, end)
                out.append((ui, dedupe(speaker), m.end(), end, m.start(), "reported:" + how, neg, hyp))
            for m in according.finditer(s.start, s.end):
                if _in_quote(text, s.start, m.start()):
                    continue
                comma = text.find(",", m.end(), s.end)
                if comma < 0:
                    continue
                grp = idx.between(m.end(), comma)
                if not grp:
                    continue
                speaker = [it.entity for it in idx.group_forward(grp, 0)]
                out.append((ui, speaker, comma + 1, s.end, m.start(), "according", False, False))
        out.sort(key=lambda x: (x[0], x[2]))
        return out

    # ------------------------------------------------------------------ one statement

    def candidates(self, doc: Document, idx: ActorIndex, units: list[Sentence],
                   told: list[Candidate] = ()) -> list[Candidate]:
        """told: the extractor's candidates, whose accusations a denial answers."""
        text = doc.text
        out: list[Candidate] = []
        places = self.places(text)
        said = self.statements(doc, idx, units, places)
        if not said:
            return out
        cue, speech, _ = places
        accusations = [c for c in told if c.type == "ACCUSE" and not c.negated and c.args.source]
        last_target: list = [None, []]                   # (unit, the last stance target told)
        states = _SpeakerStates(self, doc)
        for ui, speaker, a, b, frame, how, neg, hyp in said:
            s = units[ui]
            own = _side(speaker, states)
            seen: set[tuple] = set()
            for m in cue.finditer(a, b):
                typ, where = self.kind.get(_norm(m.group()), (None, ""))
                if typ is None:
                    continue
                sent_end = _sentence_end(text, m.end(), b)
                if text[m.end():sent_end + 1].rstrip().endswith(self.question):
                    continue            # a question demands or condemns nothing by itself
                if typ in ("ACCUSE", "THREATEN", "SUPPORT") and self.negator.search(text, max(a, m.start() - 20), m.start()):
                    continue            # "tidak melanggar": a defence, not a condemnation
                target, why = [], ""
                if where == "act" and how == "quote":
                    continue            # "mereka membunuh ...": a quotation names its doers by pronouns
                if where in ("subject", "act"):
                    # "kelompok itu harus ...": the actor right before the modal is asked; "kami harus" is no demand
                    target, why = self._adjacent(idx, text, s, ui, units, m.start() - 30, m.start(), own, before=True)
                    if not target:
                        continue
                elif where in ("object", "condition", "agent"):
                    if where == "condition" and not self.consequence.search(text, a, m.start()):
                        continue        # "akan membantu jika diminta": a conditional offer, no warning
                    if where == "agent" and (how == "quote" or not self.attack.search(text, a, m.start())
                                             or self.negated_claim.search(text, a, m.start())
                                             or self.not_asserted.search(text, max(a, m.start() - 12), m.start())):
                        # "bantuan itu berasal dari Iran": no attack; "tidak memiliki informasi yang
                        # menunjukkan bahwa serangan dilakukan oleh Iran": a claim denied
                        continue
                    target, why = self._adjacent(idx, text, s, ui, units, m.end(), m.end() + 30, own, before=False)
                    if not target or (where == "condition" and target == [None]):
                        continue        # "kami berharap itu akan terjadi": a hope, addressed to nobody
                if how == "quote" and speech.search(a, m.start()):
                    continue            # "Iran telah berulang kali menyatakan bahwa ...": a report inside the quote
                claim = self.claim.search(text, max(a, m.start() - 120), m.start())
                if typ == "ACCUSE" and claim is not None:
                    typ = "REJECT"      # judging a claim is rejecting it and its author
                if typ == "REJECT" and claim is not None and not target:
                    target, why = self._target(doc, idx, text, a, b, m, own, claim, typ, claim_only=True)
                if typ == "REJECT" and why != "target:claim-author":
                    # a denial answers whoever last accused the speaker's side
                    target, why = _accuser(accusations + [c for c in out if c.type == "ACCUSE"], ui, own)
                    if not target:
                        continue
                if target == [None]:
                    target, why = self._counterpart(idx, text, s, ui, units, a, frame, own, last_target, how, True)
                if not target:
                    target, why = self._target(doc, idx, text, a, b, m, own, claim, typ)
                if not target:
                    target, why = self._counterpart(idx, text, s, ui, units, a, frame, own, last_target, how, False)
                if not target:
                    continue
                key = (typ, tuple(sorted(e.id for e in target)))
                if key in seen:
                    continue
                seen.add(key)
                source = self._source(doc, idx, speaker, states)
                last_target[:] = [ui, target]
                trig = Trigger(typ, "active", "directed", _norm(m.group()))
                notes = [f"{typ}/stance:{_norm(m.group())}", how, why]
                args = Args(list(source), [e for e in target if e.id not in {x.id for x in source}], [], notes)
                # a quotation is dated by its attribution, never by the times its words tell
                # ("Setelah tiba di Jerman, ..." is not when the ambassador spoke)
                sent = s if how != "quote" else _from(doc, s, m.start())
                out.append(Candidate(Hit(trig, m.start(), m.end()), sent, ui, args, neg, hyp, False,
                                     (max(sent.start, min(frame, a)), max(b, sent.start + 1)), notes))
        return out

    def statement_date(self, doc: Document, idx: ActorIndex, units: list[Sentence], c: Candidate, ev) -> None:
        """An undated statement was made on the day a nearby earlier unit gives for that side's
        speaking ("Hal itu disampaikan ... oleh Kedutaan Besar Cina ... pada Rabu, 11 September 2019")."""
        side = {e.id for e in c.args.source} | {str(e.country).upper() for e in c.args.source if e.country}
        text = doc.text
        for uj in range(c.sent_index, max(-1, c.sent_index - 11), -1):
            u = units[uj]
            end = min(u.end, c.hit.start) if uj == c.sent_index else u.end
            if not self.said.search(text, u.start, end):
                continue
            if not any(it.entity.id in side or it.entity.id.upper() in side for it in idx.between(u.start, end)):
                continue
            days = [dv for t in doc.times if u.start <= t.start < end
                    for dv in [timex_date(t)] if dv is not None and len(dv.value or "") == 10]
            if days:
                ev.date, ev.date_explicit = days[0], True
                return

    def _source(self, doc: Document, idx: ActorIndex, speaker: list[Entity], states) -> list[Entity]:
        """A spokesperson, an ambassador or a ministry speaks for the state: both are sources."""
        out = list(speaker)
        for e in speaker:
            if e.kind != "person":
                continue
            st, voice = states.of(e.id)
            if voice and st is not None and all(st.id != x.id for x in out):
                out.insert(0, st)
        return out

    def speaker_state(self, doc: Document, e: Entity, countries: dict, spans: list) -> tuple[Entity | None, bool]:
        """(the person's state, whether they speak for it). The state is the person's country, else
        the country their title names ("Duta Besar Cina untuk Jerman, Ken Wu": the first country
        after the title word); they speak for it when a title says so (spokesperson, ambassador)."""
        text = doc.text
        st = countries.get(str(e.country).upper()) if e.country else None
        roles = " ".join(list(e.roles) + [mm.role or "" for mm in e.mentions])
        voice = bool(self.state_voice.search(roles))
        for mm in e.mentions:
            if voice and st is not None:
                break                   # neither can change any more
            lo = max(0, mm.start - 60)
            head = text[lo:mm.start]
            title = None
            for title in self.cues.title_words.finditer(head):
                pass
            if title is None or _TITLE_STOP.search(head, title.start()):
                continue
            voice = voice or bool(self.state_voice.search(head[title.start():]))
            if st is None:
                st = next((c for a, _, c in spans if lo + title.end() <= a < mm.start), None)
        if e.country and st is None:
            st = Extractor._body_of(_Bare(doc), e)
        return st, voice

    def _adjacent(self, idx, text, s, ui, units, lo, hi, own, before: bool):
        """An actor or a counterpart pronoun right before (or after) the cue."""
        items = [it for it in idx.between(max(lo, 0), hi) if it.entity.kind != "location"]
        if items:
            it = items[-1] if before else items[0]
            gap = text[it.end:hi] if before else text[lo:it.start]
            if len(gap.split()) <= 2 and not re.search(r"[.,;]", gap):
                if _own(it.entity, own):
                    return [], ""
                grp = idx.group_backward(items, len(items) - 1) if before else idx.group_forward(items, 0)
                return dedupe([g.entity for g in grp if not _own(g.entity, own)]), "target:adjacent"
        span = text[max(lo, 0):hi]
        pro = list(self.counterpart.finditer(span))
        if pro:
            p = pro[-1] if before else pro[0]
            gap = span[p.end():] if before else span[:p.start()]
            if len(gap.split()) <= 2:
                return [None], "target:pronoun"        # resolved by the caller from the context
        return [], ""

    def _target(self, doc, idx, text, a, b, m, own, claim, typ, claim_only=False):
        """The actor the cue is about: named in the statement, not the speaker's side, nearest."""
        if claim is not None:
            # "klaim Huthi bahwa ...": the claim's author right after the noun
            near = [it for it in idx.between(claim.end(), min(m.start(), claim.end() + 60))
                    if not _own(it.entity, own)]
            if near and self.cues.object_gap.match(idx.gap(claim.end(), near[0].start) + " "):
                return [near[0].entity], "target:claim-author"
        if claim_only:
            return [], ""
        items = [it for it in idx.between(a, b) if not _own(it.entity, own) and it.entity.kind != "location"
                 and not (it.via == "group" and not it.entity.country)
                 and not (typ == "ACCUSE" and self.victim.search(text, max(a, it.start - 40), it.start))
                 and not (typ == "REQUEST" and it.start >= m.end() and len(text[m.end():it.start].split()) <= 1)]
        if not items:
            return [], ""
        best = min(items, key=lambda it: (it.start - m.end() if it.start >= m.end() else m.start() - it.end, it.start))
        grp = [it.entity for it in idx.group_forward(items, items.index(best))]
        named = {it.entity.id.upper(): it.entity for it in items}
        for e in list(grp):     # "sanksi AS yang diberlakukan Trump ... ilegal": the person's state, named too
            if e.kind == "person" and e.country and str(e.country).upper() in named:
                grp.append(named[str(e.country).upper()])
        return dedupe(grp), "target:named"

    def _counterpart(self, idx, text, s, ui, units, a, frame, own, last_target, how, pronoun):
        """A statement naming nobody is about the counterpart of its context."""
        if not pronoun and not self.counterpart.search(text, a, s.end):
            return [], ""
        prev = last_target[1] if last_target[0] is not None and ui - last_target[0] <= 2 else None
        if prev and not any(_own(e, own) for e in prev):
            return list(prev), "target:context-stance"
        lo = units[ui - 1].start if ui > 0 and units[ui - 1].paragraph == s.paragraph else s.start
        starts = [u.start for u in units]
        before = [it for it in idx.between(lo, min(a, frame)) if not _own(it.entity, own)
                  and it.entity.kind != "location" and it.via != "group"
                  and not _in_quote(text, units[_unit_of(starts, units, it.start) or 0].start, it.start)]
        if not before:
            return [], ""
        return [before[-1].entity], "target:context-actor"


class _SpeakerStates:
    """person id -> (their state, whether they speak for it), worked out for the speakers asked about."""

    def __init__(self, sx: "SpeechExtractor", doc: Document):
        self.sx, self.doc = sx, doc
        self.done: dict[str, tuple[Entity | None, bool]] = {}
        self.persons: dict[str, Entity] | None = None

    def of(self, eid: str) -> tuple[Entity | None, bool]:
        if eid in self.done:
            return self.done[eid]
        if self.persons is None:
            ents = self.doc.entities
            self.persons = {e.id: e for e in ents if e.kind == "person"}
            self.countries = {e.id.upper(): e for e in ents if e.kind == "country"}
            self.spans = sorted((m.start, m.end, e) for e in self.countries.values()
                                for m in (*e.mentions, *e.references))
        e = self.persons.get(eid)
        out = (None, False) if e is None else self.sx.speaker_state(self.doc, e, self.countries, self.spans)
        self.done[eid] = out
        return out


# ---------------------------------------------------------------------- helpers

def _from(doc: Document, s: Sentence, a: int) -> Sentence:
    a = max(a, s.start)
    return Sentence(a, s.end, doc.line_of(a), doc.text[a:s.end], s.section, s.paragraph)


def _unit_of(starts: list[int], units: list[Sentence], pos: int) -> int | None:
    i = bisect_right(starts, pos) - 1
    return i if 0 <= i < len(units) and pos < units[i].end + 2 else None


def _sentence_end(text: str, pos: int, end: int) -> int:
    m = _SENTENCE_END.search(text, pos, end)
    return m.start() if m else end - 1


def _accuser(accusations: list[Candidate], ui: int, own: set[str]) -> tuple[list[Entity], str]:
    for c in reversed([c for c in accusations if c.sent_index <= ui]):
        if any(_own(e, own) for e in c.args.target):
            src = [e for e in c.args.source if not _own(e, own)]
            if src:
                return src, "target:accuser"
    return [], ""


def _side(speaker: list[Entity], states) -> set[str]:
    own = set()
    for e in speaker:
        own.add(e.id.upper())
        if e.country:
            own.add(str(e.country).upper())
        st = states.of(e.id)[0]
        if st is not None:
            own.add(st.id.upper())
    return own


class _Bare:
    """The one attribute Extractor._body_of reads."""
    def __init__(self, doc: Document):
        self.doc = doc


def _own(e: Entity, own: set[str]) -> bool:
    return e.id.upper() in own or (e.kind == "person" and bool(e.country) and str(e.country).upper() in own)


@lru_cache(maxsize=1)
def speech_extractor() -> SpeechExtractor:
    return SpeechExtractor()


def add_statements(doc: Document, idx: ActorIndex, units: list[Sentence], cands: list, event_of) -> list:
    """The events stage's candidates plus the stance statements', in sentence order
    (event_of turns a candidate into the stage's event record, None when it has no actor)."""
    extra = []
    sx = speech_extractor()
    for c in sx.candidates(doc, idx, units, [c for c, _ in cands]):
        ev = event_of(c)
        if ev is not None:
            if not ev.date_explicit:
                sx.statement_date(doc, idx, units, c, ev)
            extra.append((c, ev))
    if not extra:
        return cands
    return sorted(cands + extra, key=lambda ce: ce[0].sent_index)
