"""Sentence-level extraction: each trigger hit becomes a candidate event with its arguments."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ...document import Document, Entity, Sentence, Timex
from .arguments import ActorIndex, Args, Item, _in_quote, dedupe
from .cues import Cues, cues
from .modality import modality
from .triggers import Hit, Lexicon, Trigger

# clause-structure patterns: word lists and pattern text live in lang/id/events/cues.yaml (clause_patterns)
_P = cues().patterns
_ADVERBIAL = _P["adverbial"]
_VERB_IN_GAP = _P["verb_in_gap"]
_RELATIVE = _P["relative"]
_CONJ_OWN_SUBJECT = _P["conj_own_subject"]
_VERB_NEXT = _P["verb_next"]
_VICTIM = _P["victim"]
_WITH_PRONOUN = _P["with_pronoun"]
_COORD_VP = _P["coord_vp"]
_VERB = _P["verb"]
_WARN_REQUEST = _P["warn_request"]
_FAR_OBJECT = _P["far_object"]
_ANNOUNCED = _P["announced"]
_CLAUSE_BREAK = _P["clause_break"]
_ACC_AFTER = _P["acc_after"]
_ACC_BEFORE = _P["acc_before"]
_DENY_VERBS = _P["deny_verbs"]
_DEM_AFTER = _P["dem_after"]
_REQUESTED = _P["requested"]
_BARE_OPENING = _P["bare_opening"]
_ACCORDING = _P["according"]
_THAT = _P["that"]
_SPEECH_ACT_DEM = _P["speech_act_dem"]
_REPORTING = _P["reporting"]
_OBJECT_OF_PREP = _P["object_of_prep"]
_COORDINATED_BEFORE = _P["coordinated_before"]
_DENIED_DOER = _P["denied_doer"]
_NO_COMMENT = _P["no_comment"]
_CLAUSE_END = re.compile(r"[.;:]")
_ATTACK_ON = _P["attack_on"]
_ASKED_ACT = _P["asked_act"]
_COPULA_LIST = _P["copula_list"]
_RETREAT_FROM = _P["retreat_from"]
_INVITED = _P["invited"]
_LIFTS_SANCTIONS = _P["lifts_sanctions"]
_QUOTE_ON_VERB = _P["quote_on_verb"]
_PREVENTED = _P["prevented"]
_QUESTIONED = _P["questioned"]
_REFUSAL = _P["refusal"]
_GIVEN = {"SUPPORT", "AID", "COOPERATE", "AGREE", "CONCEDE"}
# "bukti Iran mendukung serangan": backing an attack, told as what one is accused of
_ATTACK_NOUN = _P["attack_noun"]
_CLOSED_RELATIVE = _P["closed_relative"]
# "dengan Teheran membantahnya": an absolute clause whose subject stands right before its verb
_WITH_BEFORE = _P["with_before"]
_AUX_ONLY = _P["aux_only"]
_REPORT_VERB = _P["report_verb"]
_STATEMENT_RELATIVE = _P["statement_relative"]
_HOSTILE = {"SANCTION", "ASSAULT", "COERCE"}
_THAT_CLAUSE_TYPES = {"ACCUSE", "THREATEN", "REQUEST"}
_SPEECH_TYPES = {"ACCUSE", "REJECT", "REQUEST", "THREATEN"}


@dataclass(slots=True)
class Candidate:
    hit: Hit
    sentence: Sentence
    sent_index: int
    args: Args
    negated: bool = False
    hypothetical: bool = False
    anaphoric: bool = False           # "pertemuan itu": refers to an event already told
    clause: tuple[int, int] = (0, 0)
    notes: list[str] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.hit.trigger.type

    def actors(self) -> list[Entity]:
        return dedupe(self.args.source + self.args.target + self.args.participants)


class Extractor:
    # trigger forms of the acts this module recognises outside the lexicon
    own_forms = ("perundingan ~ mati", "~ oleh")

    def __init__(self, lexicon: Lexicon, cues: Cues):
        self.lex, self.cues = lexicon, cues

    # ------------------------------------------------------------------ clause

    def clause_bounds(self, text: str, s: Sentence, a: int, b: int) -> tuple[int, int]:
        """The clause around [a,b): from the last barrier before a to the first after b."""
        start, end = s.start, s.end
        for m in self.cues.barrier.finditer(text, s.start, a):
            start = m.end()
        for m in re.finditer(r"[;:]|\s[-–]\s", text[s.start:a]):
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
            m = rx.match(idx.gap(at, items[k].start) + " ")
            if not m:
                break
            grp = idx.group_forward(items, k)
            prep = (m.group("prep") or "").strip().lower()
            out.append((prep, grp))
            k += len(grp)
            at = grp[-1].end
            rx = self.cues.object_gap_tight
        return out

    def _quoted(self, idx: ActorIndex, text: str, cstart: int, h: Hit, t, args: Args,
                speaker: Entity, notes: list[str], objs) -> bool:
        """Whether a trigger inside a direct quotation is coded, and as whose act. Coding every
        quoted trigger cost precision, so only two shapes count: a clause naming an actor
        (not a pronoun) as doer or undergoer, and "kami/kita" in the mouth of a state's or an
        organisation's official (the doer is then that state or organisation)."""
        own = None
        for own in self.cues.first_person.finditer(text, cstart, h.start):
            pass
        if own is not None and idx.between(own.end(), h.start):
            own = None           # "kami melihat Iran menyerang": the named actor is the subject
        anaphoric = any(n.startswith(("pronoun:", "pair:", "anaphor:")) or n in ("object:pronoun", "object:-nya")
                        for n in notes)
        named = [e for e in args.source + args.target if not e.id.startswith("group:")]
        named_subject = any(n.startswith(("subject:left", "subject:main-clause", "patient:left")) for n in notes)
        named_object = bool(objs) and bool(args.target or args.source)
        plural = own is not None and own.group().lower().split()[-1] in ("kami", "kita")
        body = self._body_of(idx, speaker) if plural else None
        if own is not None and plural and body is None:
            return False         # "kami" of a speaker whose state or group is unknown: who acted?
        if own is not None and t.voice != "passive" and not args.source and (body is not None or named_object):
            args.source = [body, speaker] if body is not None and body.id != speaker.id else [speaker]
            notes.append("quote:speaker")
        elif own is not None and t.voice == "passive" and not args.target and named_object:
            args.target = [speaker]
            notes.append("quote:speaker-patient")
        elif not named or anaphoric or not (named_subject or named_object):
            return False
        elif not args.source and t.voice == "active" and not idx.between(cstart, h.start):
            args.source = [speaker]          # "... mengecam Israel," kata X: the speaker's own act
            notes.append("quote:named")
        # a quoted act with one side only ("kami telah sepakat") was measured to be noise
        src = {e.id for e in args.source}
        return bool(args.source) and any(e.id not in src for e in args.target + args.participants)

    def _distribute(self, text: str, cstart: int, cend: int, h: Hit, args: Args) -> list[Args]:
        """'dibantah oleh Bogota maupun Washington', 'masing-masing': one event per actor of the
        distributive side; plain 'dan' keeps one joint event."""
        dist = self.cues.distributive.search(text, cstart, cend)
        if dist is None:
            return [args]
        side = "target" if dist.start() >= h.end and h.trigger.voice != "passive" else "source"
        if h.trigger.voice == "passive" and dist.start() < h.start:
            side = "target"
        many = getattr(args, side)
        if len(many) < 2 or h.trigger.pattern == "symmetric":
            return [args]
        out = []
        for e in many:
            one = Args(list(args.source), list(args.target), list(args.participants), args.how)
            setattr(one, side, [e])
            out.append(one)
        return out

    def _state_agent_near(self, idx: ActorIndex, pos: int) -> Entity | None:
        w = self.cues.victim_agent_window
        near = [it for it in idx.between(max(0, pos - w), pos + w)
                if it.via == "group" and it.entity.country]
        return min(near, key=lambda it: abs(it.start - pos)).entity if near else None

    def talks_ended(self, doc: Document, idx: ActorIndex, s: Sentence, si: int) -> list[Candidate]:
        """'Trump mengatakan bahwa perundingan dengan Taliban ... telah "mati"': declaring talks
        dead is a REJECT by the speaker of the other side of the talks."""
        rx = self.cues.talks_ended
        text = doc.text
        out = []
        for m in (self.cues.places(doc, "talks_ended").finditer(s.start, s.end) if rx is not None else ()):
            if _in_quote(text, s.start, m.start()):
                continue
            source, how = self.subject(idx, s, s.start, m.start())
            if not source:
                continue
            own = {e.id.upper() for e in source} | {str(e.country).upper() for e in source if e.country}
            target = [it.entity for it in idx.between(m.start("talks"), m.end("talks"))
                      if it.entity.id.upper() not in own and it.entity.kind != "location"][:1]
            if not target:
                # "negosiasi antara kedua belah pihak telah mati": the other of the two parties
                pair = idx.resolve_anaphor(m.start("talks"), m.end("talks"), m.start())
                target = [e for e in (pair[0] if pair else []) if e.id.upper() not in own
                          and str(e.country or "").upper() not in own][:1]
            if not target:
                continue
            ended = re.search(r"\S+$", m.group()).start() + m.start()
            trig = Trigger("REJECT", "active", "directed", "perundingan ~ mati")
            h = Hit(trig, ended, m.end())
            cstart, cend = self.clause_bounds(text, s, m.start(), m.end())
            neg, hyp = modality(self.cues, text, m.start("talks"), ended, m.end(), False, cend)
            notes = ["REJECT/talks-ended", how]
            out.append(Candidate(h, s, si, Args(dedupe(source), target, [], notes), neg, hyp, False,
                                 (min(cstart, m.start()), cend), notes))
        return out

    def attributed_acts(self, doc: Document, idx: ActorIndex, s: Sentence, si: int,
                        have: list[Candidate]) -> list[Candidate]:
        """'Pompeo mengatakan serangan itu ... dilakukan oleh Iran', '"... didukung oleh Iran,"
        tegas Maliki': the speaker names the doer of an attack, an ACCUSE speaker -> doer."""
        rx, speech = self.cues.attributed_act, self.cues.attributed_speech
        text = doc.text
        out = []
        for m in (self.cues.places(doc, "attributed_act").finditer(s.start, s.end) if rx is not None else ()):
            doer = idx.between(m.end(), min(s.end, m.end() + 60))
            if not doer or not self.cues.object_gap_tight.match(idx.gap(m.end(), doer[0].start) + " "):
                continue
            target = [it.entity for it in idx.group_forward(doer, 0)]
            if _in_quote(text, s.start, m.end()):     # the act noun may open the quotation
                quote = idx.quote_at(m.start()) if self.cues.code_quotes else None
                if quote is None:
                    continue
                body = self._body_of(idx, quote[2])
                if body is None:
                    continue        # a quoted speaker whose side is unknown: whose accusation?
                source = [body, quote[2]] if body is not None and body.id != quote[2].id else [quote[2]]
                how, vstart = "quote:speaker", m.start()
            else:
                v = speech.search(text, max(s.start, m.start() - 40), m.start()) if speech is not None else None
                if v is None:
                    continue        # narration of who attacked is the attack, not an accusation
                source, how = self.subject(idx, s, s.start, v.start())
                vstart = v.start()
            own = {e.id.upper() for e in source} | {str(e.country).upper() for e in source if e.country}
            target = [e for e in target if e.id.upper() not in own]
            if not source or not target or any(c.type == "ACCUSE" and c.hit.start < m.end() and
                                               {e.id for e in c.args.target} & {e.id for e in target}
                                               for c in have):
                continue
            agent_end = m.end() - len(re.search(r"\s+oleh\s+$", m.group()).group())
            verb_start = re.search(r"\S+$", text[m.start():agent_end]).start() + m.start()
            if _DENIED_DOER.search(text[m.start():verb_start]):
                continue            # "bukan dilakukan oleh Iran": the doer is denied
            trig = Trigger("ACCUSE", "active", "directed", "~ oleh")
            h = Hit(trig, vstart, agent_end)
            cstart, cend = self.clause_bounds(text, s, vstart, agent_end)
            neg, hyp = modality(self.cues, text, max(s.start, vstart - 60), vstart, vstart + 1, False, cend)
            notes = ["ACCUSE/attributed-act", how]
            out.append(Candidate(h, s, si, Args(dedupe(source), target, [], notes), neg, hyp, False,
                                 (min(cstart, vstart), max(cend, agent_end)), notes))
        return out

    @staticmethod
    def _quote_on_verb(idx: ActorIndex, text: str, s: Sentence, h: Hit) -> bool:
        """'AS dan Arab Saudi "sepakat bahwa ...': the quotation opens on the verb, its subject is
        named right before it, outside: the narrator quotes the word, the act is told."""
        q = _QUOTE_ON_VERB.search(text, max(s.start, h.start - 3), h.start)
        if q is None:
            return False
        before = [it for it in idx.between(s.start, q.start() + 1) if it.end >= q.start() - 1]
        return bool(before) and not _in_quote(text, s.start, q.start())

    def _threatened(self, idx: ActorIndex, text: str, s: Sentence, h: Hit, args: Args) -> Entity | None:
        """The first actor after a hostile act named later in a threat's sentence."""
        own = {e.id for e in args.source} | {str(e.country).upper() for e in args.source if e.country}
        for h2 in self.lex.find(text[h.end:min(s.end, h.end + 160)], h.end):
            if h2.trigger.type not in _HOSTILE or h2.trigger.voice != "active":
                continue
            for it in idx.between(h2.end, min(s.end, h2.end + 100)):
                if _CLAUSE_END.search(text, h2.end, it.start):
                    break
                if it.entity.id not in own and it.entity.id.upper() not in own and it.via != "group":
                    return it.entity
            break
        return None

    def _previous_speaker(self, idx: ActorIndex, doc: Document, si: int) -> Entity | None:
        """Who speaks in the sentence before ("Menurut X, ...", a quotation tagged 'kata X')."""
        units = doc.scratch.get("events_units") or doc.sentences
        if si == 0 or si >= len(units) or units[si - 1].paragraph != units[si].paragraph:
            return None
        prev = units[si - 1]
        m = _ACCORDING.match(doc.text, prev.start, prev.end)
        if m:
            grp = idx.between(m.end(), min(prev.end, m.end() + 60))
            if grp and not re.search(r"[,.;]", doc.text[m.end():grp[0].start]):
                return grp[0].entity        # "Menurut Menteri Luar Negeri Iran Javad Zarif,"
        for q in idx.quotes:
            if q[0] < prev.end and prev.start - 5 < q[1]:     # '" kata X.' after a split quotation
                return q[2]
        return None

    @staticmethod
    def _body_of(idx: ActorIndex, speaker: Entity) -> Entity | None:
        """The state or organisation an official speaks for ("kami" of a minister = the state)."""
        if speaker.kind in ("country", "organization"):
            return speaker
        if speaker.kind == "person" and speaker.country:
            cid = str(speaker.country).upper()
            state = next((e for e in idx.doc.entities if e.kind == "country" and e.id.upper() == cid), None)
            if state is None:       # the state is never named in the article: take it from the KB
                from ...kb import get_kb
                k = get_kb().get(cid)
                if k is not None and k.kind == "country":
                    state = Entity(k.id, k.name, k.kind, [], country=k.country, in_kb=True)
            return state
        return None

    def _first_person(self, idx: ActorIndex, text: str, cstart: int, h: Hit, t, args: Args,
                      speaker: Entity, notes: list[str]) -> None:
        """Inside a quotation 'kami/kita/saya' is the quote's speaker; a plural 'kami' of an
        official is their state too. 'terhadap kami' after the verb makes them the target."""
        own = None
        for own in self.cues.first_person.finditer(text, cstart, h.start):
            pass
        who = [speaker]
        plural = own is not None and own.group().lower().split()[-1] in ("kami", "kita")
        if plural and speaker.kind == "person" and speaker.country:
            state = next((e for e in idx.doc.entities if e.kind == "country"
                          and e.id.upper() == str(speaker.country).upper()), None)
            if state is not None:
                who.append(state)
        if t.voice == "passive":
            if not args.target and own is not None:
                args.target = who
                notes.append("quote:speaker-patient")
            return
        if not args.source and own is not None and not idx.between(own.end(), h.start):
            args.source = who
            notes.append("quote:speaker")
        elif not args.target and t.pattern == "directed" and \
                self.cues.first_person_object.match(text, h.end):
            args.target = [speaker]
            notes.append("quote:speaker-object")

    # ------------------------------------------------------------------ per sentence

    def sentence(self, doc: Document, idx: ActorIndex, s: Sentence, si: int) -> list[Candidate]:
        text = doc.text
        out = []
        for h in self.lex.find(s.text, s.start):
            quote = None
            if _in_quote(text, s.start, h.start) and not self._quote_on_verb(idx, text, s, h):
                # a quotation is coded as its speaker's words: "kami" is the speaker
                quote = idx.quote_at(h.start) if self.cues.code_quotes else None
                if quote is None:
                    continue
            t = h.trigger
            if t.type == "REJECT" and _NO_COMMENT.match(text, h.end):
                continue            # "menolak mengomentari": declining to comment
            cstart, cend = self.clause_bounds(text, s, h.start, h.end)
            if quote is not None:
                cstart = max(cstart, _quote_open(text, s.start, h.start))
            args = Args()
            notes = [f"{t.type}/{t.voice}/{t.pattern}:{t.form}"]
            anaphoric = False
            obj_from = h.end
            straddle = [it for it in idx.between(h.start + 1, cend) if it.start < h.end < it.end]
            if straddle:
                obj_from = straddle[0].start     # "menghadiri [Sidang Umum PBB]": the form ends inside a name
            if "~" in t.form:
                # "menyebut Guaido boneka AS": an actor inside the form's gap is its object
                first = h.start + len(text[h.start:h.end].split()[0])
                if idx.between(first, h.end):
                    obj_from = first
            objs = self.objects(idx, obj_from, cend, tight=(t.voice == "passive" or t.tight))
            if straddle and objs and objs[0][1][0] is straddle[0]:
                # the name's part after the form names the body itself ("[Sidang Umum] PBB" -> PBB)
                part = _named_rest(doc, text[h.end:straddle[0].end])
                if part is not None:
                    it0 = straddle[0]
                    objs[0] = (objs[0][0], [Item(h.end, it0.end, part, it0.text, it0.via)] + objs[0][1][1:])
            if t.voice == "nominal":   # "pertemuan X digagas oleh Y": Y is not the noun's argument
                objs = [o for o in objs if not _VERB_IN_GAP.search(text[h.end:o[1][0].start])]
            if t.pattern == "symmetric":
                objs = [o for o in objs if o[0] in ("", "dengan", "antara", "bersama", "kepada", "oleh")]
            if t.agentive:           # "Iran menjadi pendukung setia Assad"
                args.source, how = self.subject(idx, s, cstart, h.start)
                notes.append(how)
                if objs and objs[0][0] in ("", "bagi", "untuk", "dari"):
                    args.target = [it.entity for it in objs[0][1]]
            elif t.voice == "nominal" and self.cues.predicative.search(text, max(s.start, h.start - 30), h.start):
                continue            # "dipandang sebagai ancaman": a description, not an event
            elif t.voice == "nominal" and t.type in _GIVEN and _QUESTIONED.search(text, max(s.start, h.start - 30), h.start):
                continue            # "mempertanyakan dukungan dari RI": support asked about is none given
            elif t.voice == "nominal":
                after = text[h.end:min(cend, h.end + 60)]
                dem = self.cues.demonstrative.match(after)
                if dem and not idx.between(h.end, h.end + dem.end()):
                    anaphoric = True
                    objs = []        # what follows "pertemuan itu" belongs to the main clause
                if h.end - h.start > len(t.form) and text[h.start:h.end].lower().endswith("nya"):
                    args.source = self.first_group(idx, cstart, h.start)
                    notes.append("possessor:-nya")
                rel = None if anaphoric or t.type not in self.cues.relative_agent_types \
                    else self.cues.relative_agent.match(text, h.end, cend)
                if rel is not None:
                    # "sanksi yang dijatuhkan AS terhadap Iran": a background act told in a relative clause
                    agent = idx.between(rel.end(), cend)
                    if agent and self.cues.object_gap_tight.match(idx.gap(rel.end(), agent[0].start) + " "):
                        grp = idx.group_forward(agent, 0)
                        args.source = [it.entity for it in grp]
                        objs = [o for o in self.objects(idx, grp[-1].end, cend, tight=True)
                                if o[0] in ("terhadap", "kepada", "atas", "ke", "melawan", "pada")][:1]
                        notes.append("agent:relative")
                light = self.cues.verb_before.search(text, cstart, h.start)
                if not args.source and objs and t.pattern == "directed" and t.type != "CONSULT" and light \
                        and objs[0][0] in ("", "ke", "terhadap", "kepada", "atas", "melawan") \
                        and len(text[light.start():h.start].split()) <= 2:
                    # "Trump memerintahkan pengusiran dua anggota delegasi Kuba": the light verb's
                    # subject does the act, the noun's object undergoes it
                    subj, how = self.subject(idx, s, cstart, h.start)
                    if subj and not {e.id for e in subj} & {it.entity.id for _, g in objs for it in g}:
                        args.source = subj
                        notes.append(how + "+light-verb")
                for prep, grp in objs:
                    ents = [it.entity for it in grp]
                    if prep in ("ke", "terhadap", "atas", "kepada", "melawan") or (args.source and prep in ("dengan", "dan")):
                        args.target += ents
                    elif not args.source:
                        args.source += ents
                    else:
                        args.target += ents
                if not args.source and not args.target:
                    if _ADVERBIAL.match(text[cstart:h.start]) or _ADVERBIAL.match(text[s.start:h.start]):
                        comma = text.find(",", h.end, s.end)
                        if comma > 0:
                            nxt = self.clause_bounds(text, s, comma + 1, comma + 2)[1]
                            args.source = self.first_group(idx, comma + 1, min(nxt, comma + 80))
                            notes.append("subject:after-adverbial")
                    elif self.cues.verb_before.search(text, cstart, h.start):
                        args.source, how = self.subject(idx, s, cstart, h.start)
                        notes.append(how)
                    elif self.cues.patient_before.search(text, cstart, h.start):
                        args.target, how = self.subject(idx, s, cstart, h.start)
                        notes.append(how.replace("subject", "patient"))
                elif not args.source and self.cues.verb_before.search(text, cstart, h.start):
                    args.source, how = self.subject(idx, s, cstart, h.start)
                    notes.append(how)
            elif t.voice == "passive":
                args.target, how = self.subject(idx, s, cstart, h.start)
                notes.append(how.replace("subject", "patient"))
                if objs and objs[0][0] in ("", "oleh"):
                    args.source = [it.entity for it in objs[0][1]]
            else:
                args.source, how = self.subject(idx, s, cstart, h.start)
                notes.append(how)
                if objs and t.type == "ACCUSE" and _ATTACK_ON.match(text, h.end, objs[0][1][0].start):
                    # "mengecam serangan ke Arab Saudi sebagai 'tindakan perang' Iran": the victim is
                    # not accused; the attacker named later in the sentence is
                    victims = {it.entity.id for it in objs[0][1]}
                    src = {e.id for e in args.source}
                    later = [it.entity for it in idx.between(objs[0][1][-1].end, s.end)
                             if it.entity.id not in victims | src and it.via != "group"
                             and not _in_quote(text, s.start, it.start)]
                    args.target = later[:1]
                    notes.append("target:attacker-not-victim")
                elif objs:
                    args.target = [it.entity for it in objs[0][1]]
                    if len(objs) > 1 and t.pattern == "symmetric":
                        args.participants = [it.entity for it in objs[1][1]]
                elif _WITH_PRONOUN.match(text, h.end):
                    p = idx.last_subject_person(h.start)     # "bertemu dengannya"
                    if p is not None:
                        args.target = [p]
                        notes.append("object:pronoun")
                elif not args.source and re.match(r"^\s*$", text[s.start:h.start]):
                    pass
            listed = None
            if not args.source and t.voice == "active" and quote is None:
                # "negara-negara yang telah bergabung dengan misi itu adalah Korea Selatan, Australia
                # dan Inggris": the doers are listed after the copula, each one acted
                cop = _COPULA_LIST.search(text, h.end, s.end)
                if cop is not None and _RELATIVE.search(text, max(s.start, h.start - 40), h.start):
                    after = idx.between(cop.end(), s.end)
                    if after and self.cues.object_gap_tight.match(idx.gap(cop.end(), after[0].start) + " "):
                        listed = [it.entity for it in idx.group_forward(after, 0)]
                        args.source = listed[:1]
                        args.target = [e for e in args.target if e.id not in {x.id for x in listed}]
                        notes.append("subject:copular-list")
            if quote is not None and not self._quoted(idx, text, cstart, h, t, args, quote[2], notes, objs):
                continue
            if not args.source and quote is None and t.voice == "active" and t.type in _SPEECH_TYPES \
                    and _BARE_OPENING.match(text, s.start, h.start) is not None \
                    and _BARE_OPENING.match(text, s.start, h.start).end() == h.start:
                spk = self._previous_speaker(idx, doc, si)
                if spk is not None and all(spk.id != e.id for e in args.target):
                    args.source = [spk]        # a run of statements by one speaker
                    notes.append("subject:previous-speaker")
            if args.source and args.target and t.pattern == "directed":
                # "Putin menawarkan sistem pertahanan Rusia": one's own country is no target
                own = {str(e.country).upper() for e in args.source if e.kind == "person" and e.country}
                own |= {e.id.upper() for e in args.source if e.kind == "country"}
                args.target = [e for e in args.target if e.id.upper() not in own or e.kind != "country"]
            if not args.target and t.voice != "passive" and t.pattern == "directed" and not t.agentive:
                if h.end - h.start > len(t.form) and text[h.start:h.end].lower().endswith("nya") \
                        and t.voice == "active":
                    p = idx.last_subject_person(h.start)      # "Liu He telah memintanya": the reporter
                    if p is not None and all(p.id != e.id for e in args.source):
                        args.target = [p]
                        notes.append("object:-nya")
                if not args.target:
                    for it in idx.between(h.end, min(cend, h.end + 90)):
                        g = idx.gap(h.end, it.start)
                        far = _FAR_OBJECT.search(g)
                        if far and not _CLAUSE_BREAK.search(g, 0, far.start()):
                            grp = idx.group_forward(idx.between(it.start, cend), 0)
                            args.target = [g.entity for g in grp if all(g.entity.id != e.id for e in args.source)]
                            notes.append("object:far-prep")
                            break
            if not args.target and t.type in _THAT_CLAUSE_TYPES and t.voice == "active" and args.source:
                # "Pyongyang memperingatkan bahwa ... kecuali Washington ...": no object, so the
                # first named actor of the reported clause is who is warned/accused/asked
                m = _THAT.match(text, h.end)
                if m:
                    own = {e.id.upper() for e in args.source} | \
                          {str(e.country).upper() for e in args.source if e.country}
                    for it in idx.between(m.end(), min(s.end, m.end() + 200)):
                        if it.via == "group" or _in_quote(text, s.start, it.start):
                            continue
                        if it.entity.id.upper() not in own:
                            args.target = [it.entity]
                            notes.append("object:that-clause")
                        break
            if not args.target and t.type in ("REJECT", "ACCUSE") and args.source:
                # "Ankara menolak peringatan tersebut": the one who made the warning, named earlier
                m = _SPEECH_ACT_DEM.match(text, h.end)
                if m:
                    src = {e.id for e in args.source}
                    prev = [it for it in idx.between(s.start, cstart if cstart > s.start else h.start)
                            if it.entity.id not in src and it.via != "group"]
                    if prev:
                        args.target = [prev[0].entity]
                        notes.append("object:speech-act-anaphor")
            if t.party_after and not args.target and args.source:
                # "menarik diri dari kesepakatan nuklir 2015 yang dikunci antara Iran dan ...",
                # "... dan mulai memberikan sanksi kepada Iran": the other party of the deal
                own = {e.id.upper() for e in args.source} | \
                      {str(e.country).upper() for e in args.source if e.country}
                party = next((it.entity for it in idx.between(h.end, s.end) if it.via != "group"
                              and it.entity.id.upper() not in own and it.entity.kind != "person"
                              and not _in_quote(text, s.start, it.start)), None)
                if party is not None:
                    args.target = [party]
                    notes.append("object:deal-party")
            last = idx.doc.scratch.setdefault("events_last_target", {})
            if t.type in _HOSTILE and not args.target and args.source and _DEM_AFTER.match(text, h.end):
                # "Houthi mengaku bertanggung jawab atas serangan itu": the attack told before
                src = {e.id for e in args.source}
                args.target = [e for e in last.get(t.type, []) if e.id not in src]
                if args.target:
                    notes.append("object:anaphoric-act")
            if t.type == "ASSAULT" and not args.target:
                # "serangan yang menewaskan seorang tentara AS": the victims' side is the target
                m = _VICTIM.match(text, h.end, cend)
                if m:
                    vic = [it for it in idx.between(m.end(), min(cend, m.end() + 60))]
                    if vic:
                        args.target = [it.entity for it in idx.group_forward(vic, 0)]
                        notes.append("target:victims")
            if t.pattern == "symmetric" and not args.source and len(args.target) > 1:
                args.source, args.target = args.target[:1], args.target[1:]
            if t.pattern == "symmetric" and not args.target and len(args.source) > 1:
                args.source, args.target = args.source[:1], args.source[1:]
            if t.pattern == "intransitive":
                args.source = args.source or args.target
            # one entity never plays both roles
            src_ids = {e.id for e in args.source}
            args.target = [e for e in dedupe(args.target) if e.id not in src_ids]
            args.source = dedupe(args.source)
            on_attack = _ATTACK_NOUN.match(text, h.end) is not None
            if t.type == "AGREE" and on_attack:
                continue            # "Khamenei menyetujui serangan itu": approving an attack is no deal
            backs_attack = t.type == "SUPPORT" and _ATTACK_ON.match(text, h.end) is None and on_attack
            if (t.type in _HOSTILE or backs_attack) \
                    and self.cues.accusation_before.search(text, max(s.start, h.start - 150), h.start):
                if t.type in _HOSTILE and args.target:
                    last[t.type] = list(args.target)    # the attack on X happened; only its doer is alleged
                continue            # "Maduro menuduh Bolton ... membunuhnya": the ACCUSE is the event told
            if t.type in _HOSTILE and args.target and not args.source and self.cues.victim_agent_window \
                    and (t.voice == "passive" or any(n.startswith("patient:") for n in notes)):
                # "X ditangkap", "X terkena tembakan peluru karet": the state's agents told nearby did it
                agent = self._state_agent_near(idx, h.start)
                if agent is not None and all(agent.id != e.id for e in args.target):
                    args.source = [agent]
                    notes.append("source:state-agent-near")
            if t.type == "THREATEN" and t.voice == "active" and args.source:
                # "mengancam akan mengeluarkan red notice Interpol untuk menangkap X": who is
                # threatened is whom the threatened act would hit
                victim = self._threatened(idx, text, s, h, args)
                if victim is not None:
                    args.target = [victim]
                    notes.append("target:threatened-act")
            invited = _INVITED.search(text, max(s.start, h.start - 160), h.start) if t.type == "CONSULT" else None
            if invited is not None and args.source and not args.target and not args.participants:
                # "mengundang para pemimpin Taliban dan Presiden Ghani untuk bertemu": the invitees meet
                # the host, and an invitation is a plan
                src = {e.id for e in args.source}
                guests = [it.entity for it in idx.between(invited.start("guests"), invited.end("guests"))
                          if it.entity.id not in src]
                if guests:
                    args.target = dedupe(guests)
                    notes.append("target:invited")
            if not args.target and args.source and t.pattern == "directed" and out \
                    and any(n.endswith("+coordinated-vp") for n in notes) and out[-1].args.target \
                    and {e.id for e in out[-1].args.source} == {e.id for e in args.source}:
                # "memerintahkan pengusiran dua anggota delegasi Kuba ... dan membatasi perjalanan
                # anggota misi lainnya": the second act of a coordinated pair hits the same side
                args.target = list(out[-1].args.target)
                notes.append("target:coordinated-act")
            if t.type == "RETREAT" and not args.target and args.source:
                # "penarikan pasukan AS dari Afghanistan": withdrawn from whom
                frm = _RETREAT_FROM.match(text, h.end, cend)
                if frm is not None:
                    src = {e.id for e in args.source}
                    nxt = [it for it in idx.between(frm.end(), min(cend, frm.end() + 40)) if it.entity.id not in src]
                    if nxt and nxt[0].start - frm.end() <= 2:
                        args.target = [nxt[0].entity]
                        notes.append("target:withdrawn-from")
            if t.require == "target" and not args.target:
                continue
            neg, hyp = modality(self.cues, text, cstart, h.start, h.end, t.voice == "nominal", cend)
            if t.type in _HOSTILE and _ANNOUNCED.search(text, max(cstart, h.start - 60), h.start):
                h = Hit(replace(t, type="THREATEN"), h.start, h.end)
                hyp = False
                notes.append("announced-as-threat")
            if t.type in _HOSTILE and _PREVENTED.search(text, max(s.start, h.start - 40), h.start):
                continue            # "untuk mencegahnya melakukan aneksasi": prevented, not done
            if t.type in _HOSTILE and t.voice == "active" and _ASKED_ACT.search(text, max(s.start, h.start - 120), h.start):
                continue            # "mendesak DK PBB untuk menjatuhkan sanksi terhadap Israel": asked for, not done
            requested = t.type not in _HOSTILE and bool(_REQUESTED.search(text, max(cstart, h.start - 120), h.start))
            if "target:invited" in notes:
                hyp = True
            if t.decided and hyp:
                hyp = bool(self.cues.conditional.search(text, cstart, h.start))
            if t.hypothetical or requested:
                hyp = True
            if t.warn_request and _WARN_REQUEST.match(text, h.end, cend):
                h = Hit(replace(t, type="REQUEST"), h.start, h.end)
                notes.append("warning-as-request")
            elif t.type == "PROTEST" and args.source and all(e.kind == "country" for e in args.source):
                # a state "protests": an official complaint (PLOVER ACCUSE), not a demonstration
                h = Hit(replace(t, type="ACCUSE"), h.start, h.end)
                notes.append("state-protest-as-accuse")
            if neg and self.cues.conditional.search(text, cstart, h.start):
                if not (t.type == "CONCEDE" and _LIFTS_SANCTIONS.match(text, h.start, h.end) and args.source and args.target):
                    continue        # "jika Washington belum mencabut sanksi": a condition, not an event
                # ... but the sanctions not yet lifted are in force: a (background) SANCTION
                h = Hit(replace(t, type="SANCTION"), h.start, h.end)
                neg = hyp = False
                notes.append("sanctions-not-lifted")
            if t.type == "CONSULT" and neg and hyp and args.source and (args.target or args.participants) \
                    and _REFUSAL.search(text, max(cstart, h.start - 40), h.start):
                # "tidak akan pernah berbicara dengan para pejabat AS": refusing talks (PLOVER REJECT)
                h = Hit(replace(t, type="REJECT", pattern="directed"), h.start, h.end)
                neg = hyp = False
                if not args.target:
                    args.target, args.participants = args.participants, []
                spk = quote[2] if quote is not None else None
                if spk is not None and spk.kind == "person" and all(spk.id != e.id for e in args.source) \
                        and str(spk.country or "").upper() in {e.id.upper() for e in args.source}:
                    args.source = args.source + [spk]     # the state's refusal in its leader's words
                notes.append("refused-talks")
            if t.type == "REJECT" and _DENY_VERBS.match(text[h.start:h.end]) and (
                    _ACC_AFTER.match(text, h.end) or _ACC_BEFORE.search(text, max(s.start, h.start - 40), h.start)):
                notes.append("denies-accusation")
                if not args.target and args.source and _ACC_BEFORE.search(text, max(s.start, h.start - 40), h.start):
                    # "X mengklaim ..., tuduhan yang dibantah oleh Y": the denied accuser is X
                    src = {e.id for e in args.source}
                    prev = [it for it in idx.between(s.start, h.start) if it.entity.id not in src
                            and it.via != "group" and not _in_quote(text, s.start, it.start)]
                    if prev:
                        args.target = [prev[0].entity]
                        notes.append("object:denied-accuser")
            if args.target and t.type in _HOSTILE:
                last[t.type] = list(args.target)
            args.how = notes
            each = self._distribute(text, cstart, cend, h, args)
            if listed and len(listed) > 1:
                each = [Args([e], list(args.target), list(args.participants), args.how) for e in listed]
            for one in each:
                out.append(Candidate(h, s, si, one, neg, hyp, anaphoric, (cstart, cend), notes))
        _pair_denials(out, text)
        return out + self.talks_ended(doc, idx, s, si) + self.attributed_acts(doc, idx, s, si, out)


def _named_rest(doc: Document, rest: str) -> Entity | None:
    """The organisation or state a name's tail names ("PBB" of "Sidang Umum PBB")."""
    from ...kb import get_kb
    rest = rest.strip()
    entries = get_kb().lookup(rest) if rest else []
    if not entries or entries[0].kind not in ("organization", "country"):
        return None
    k = entries[0]
    return next((e for e in doc.entities if e.id == k.id), None) or \
        Entity(k.id, k.name, k.kind, [], country=k.country, in_kb=True)


def _quote_open(text: str, sent_start: int, pos: int) -> int:
    """Just after the quotation mark that opens the quotation holding pos."""
    seg = text[sent_start:pos]
    i = max(seg.rfind("“"), seg.rfind('"'))
    return sent_start + i + 1 if i >= 0 else sent_start


def _pair_denials(cands: list[Candidate], text: str) -> None:
    """'Iran menolak tuduhan AS': REJECT Iran -> AS and ACCUSE AS -> Iran."""
    for i, rej in enumerate(cands):
        if rej.type != "REJECT" or "denies-accusation" not in rej.notes:
            continue
        acc = next((c for c in cands[i + 1:] if c.type == "ACCUSE" and c.hit.trigger.voice == "nominal"
                    and c.hit.start - rej.hit.end <= 2), None)
        if acc is None:
            continue
        if acc.args.source and not rej.args.target:
            rej.args.target = list(acc.args.source)
        if rej.args.source and not acc.args.target:
            acc.args.target = [e for e in rej.args.source if all(e.id != x.id for x in acc.args.source)]
