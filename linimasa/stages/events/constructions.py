"""Events that no single lexicon trigger yields, and the reading of triggers inside direct
quotations: talks declared dead, an attack attributed to a doer, whose act a quoted trigger is,
who spoke just before, and the pairing of a denial with the accusation it denies. They follow
their own shapes and tuning, so they live apart from the per-trigger extraction loop."""
from __future__ import annotations

import re

from ...document import Document, Entity, Sentence
from .arguments import ActorIndex, Args, _in_quote, dedupe
from .candidate import Candidate
from .cues import cues
from .modality import modality
from .triggers import Hit, Trigger

_P = cues().patterns
_DENIED_DOER = _P["denied_doer"]
_ACCORDING = _P["according"]
_QUOTE_ON_VERB = _P["quote_on_verb"]
_MISSION = _P["mission_of"]


class Constructions:
    """Mixin of Extractor: needs self.cues, self.subject, self.clause_bounds and self._state_where."""

    def _protested(self, idx: ActorIndex, text: str, s: Sentence, sources: list[Entity]) -> Entity | None:
        """Whom a protest told without a target addresses: the state of the diplomatic mission it
        gathered at ("di depan gedung Konsulat Inggris"), else the state of the place it happened
        in ("demonstran di Hong Kong"): a street protest is aimed at the authorities there."""
        own = {e.id for e in sources}
        for m in _MISSION.finditer(text, s.start, s.end):
            after = idx.between(m.end(), min(s.end, m.end() + 40))
            if after and after[0].start == m.end() and after[0].entity.kind == "country" \
                    and after[0].entity.id not in own:
                return after[0].entity
        return self._state_where(idx, text, s.start, s.end, sources)

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
