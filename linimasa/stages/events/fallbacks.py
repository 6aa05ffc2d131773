"""Filling a source or target the trigger's voice left empty, from the rest of the sentence and
the text before it: a copular list of doers, listed members, the previous speaker, an object
told further on or in a reported clause, the act a demonstrative points back to, the victims,
the state's agents or the place, whom a threat or an invitation names, a coordinated act. Each
fallback only fills an empty role, so the voice's own reading (voices.py) always wins."""
from __future__ import annotations

import re

from ...document import Entity, Sentence
from .arguments import ActorIndex, Args, _in_quote, dedupe, state_entity
from .candidate import Candidate
from .cues import cues
from .hit_reading import HOSTILE, HitReading
from .triggers import Hit

# clause-structure patterns: word lists and pattern text live in lang/id/events/cues.yaml (clause_patterns)
_P = cues().patterns
_RELATIVE = _P["relative"]
_VICTIM = _P["victim"]
_PLACE_OF_ACT = _P["place_of_act"]
_FAR_OBJECT = _P["far_object"]
_CLAUSE_BREAK = _P["clause_break"]
_REFUSED_PARTNER = _P["refused_partner"]
_REFUSAL_VERBS = _P["refusal_verbs"]
_DEM_AFTER = _P["dem_after"]
_BARE_OPENING = _P["bare_opening"]
_THAT = _P["that"]
_SPEECH_ACT_DEM = _P["speech_act_dem"]
_CLAUSE_END = re.compile(r"[.;:]")
_COPULA_LIST = _P["copula_list"]
_LISTED_OBJECT = _P["listed_object"]
_RETREAT_FROM = _P["retreat_from"]
_INVITED = _P["invited"]
_PLACE_STRUCK_GAP = _P["place_struck_gap"]
_COUNTRY_AS_DESCRIPTOR = _P["country_as_descriptor"]
_VERB_IN_GAP = _P["verb_in_gap"]
_CROWD_CONTROL = _P["crowd_control"]
_CROWD_HEAD = _P["crowd_head"]
_THAT_CLAUSE_TYPES = {"ACCUSE", "THREATEN", "REQUEST"}
_SPEECH_TYPES = {"ACCUSE", "REJECT", "REQUEST", "THREATEN"}


def _state_of_place(idx: ActorIndex, e: Entity) -> Entity | None:
    """The state a named place stands in: a country is its own, a located place its country's."""
    if e.kind == "country":
        return e
    if e.kind == "location" and e.country:
        return state_entity(idx.doc, str(e.country).upper())
    return None


class RoleFallbacks:
    """Mixin of Extractor: needs self.cues, self.lex, self.subject, self._previous_speaker and
    self._protested."""

    def fill_from_lists(self, r: HitReading) -> None:
        """Doers listed after a copula and members listed after 'termasuk'."""
        idx, text, s, h, t, args, notes = r.idx, r.text, r.s, r.h, r.t, r.args, r.notes
        if not args.source and t.voice == "active" and r.quote is None:
            # "negara-negara yang telah bergabung dengan misi itu adalah Korea Selatan, Australia
            # dan Inggris": the doers are listed after the copula, each one acted
            cop = _COPULA_LIST.search(text, h.end, s.end)
            if cop is not None and _RELATIVE.search(text, max(s.start, h.start - 40), h.start):
                after = idx.between(cop.end(), s.end)
                if after and self.cues.object_gap_tight.match(idx.gap(cop.end(), after[0].start) + " "):
                    r.listed = [it.entity for it in idx.group_forward(after, 0)]
                    args.source = r.listed[:1]
                    args.target = [e for e in args.target if e.id not in {x.id for x in r.listed}]
                    notes.append("subject:copular-list")
        if not args.target and args.source and t.pattern == "directed" and not t.agentive:
            members = self._listed_object(idx, text, h.end, r.cend, args.source)
            if members:
                args.target = members
                notes.append("object:listed-members")

    def fill_missing_roles(self, r: HitReading) -> None:
        """The fallbacks read before the roles are settled: the dedupe and the symmetric split
        that follow see what they add."""
        self._previous_speaker_as_source(r)
        args = r.args
        if args.source and args.target and r.t.pattern == "directed":
            # "Putin menawarkan sistem pertahanan Rusia": one's own country is no target
            own = {str(e.country).upper() for e in args.source if e.kind == "person" and e.country}
            own |= {e.id.upper() for e in args.source if e.kind == "country"}
            args.target = [e for e in args.target if e.id.upper() not in own or e.kind != "country"]
        self._object_further_on(r)
        self._refused_partner(r)
        self._that_clause_object(r)
        self._speech_act_anaphor(r)
        self._deal_party(r)
        self._anaphoric_act(r)
        self._victims(r)

    def settle_roles(self, r: HitReading) -> None:
        """A symmetric act's first actor is its source; an intransitive one has only a source;
        one entity never plays both roles."""
        args, t = r.args, r.t
        if t.pattern == "symmetric" and not args.source and len(args.target) > 1:
            args.source, args.target = args.target[:1], args.target[1:]
        if t.pattern == "symmetric" and not args.target and len(args.source) > 1:
            args.source, args.target = args.source[:1], args.source[1:]
        if t.pattern == "intransitive":
            args.source = args.source or args.target
        src_ids = {e.id for e in args.source}
        args.target = [e for e in dedupe(args.target) if e.id not in src_ids]
        args.source = dedupe(args.source)

    def fill_remaining_roles(self, r: HitReading, out: list[Candidate]) -> None:
        """The fallbacks read once the roles are settled and the hit is kept; out holds the
        sentence's events so far."""
        self._state_agent(r)
        idx, text, s, h, t, args, notes = r.idx, r.text, r.s, r.h, r.t, r.args, r.notes
        if t.type == "PROTEST" and args.source and not args.target:
            aimed = self._protested(idx, text, s, args.source)
            if aimed is not None:
                args.target = [aimed]
                notes.append("target:protested-state")
        if t.type == "THREATEN" and t.voice == "active" and args.source:
            # "mengancam akan mengeluarkan red notice Interpol untuk menangkap X": who is
            # threatened is whom the threatened act would hit
            victim = self._threatened(idx, text, s, h, args)
            if victim is not None:
                args.target = [victim]
                notes.append("target:threatened-act")
        self._invited(r)
        if not args.target and args.source and t.pattern == "directed" and out \
                and any(n.endswith("+coordinated-vp") for n in notes) and out[-1].args.target \
                and {e.id for e in out[-1].args.source} == {e.id for e in args.source}:
            # "memerintahkan pengusiran dua anggota delegasi Kuba ... dan membatasi perjalanan
            # anggota misi lainnya": the second act of a coordinated pair hits the same side
            args.target = list(out[-1].args.target)
            notes.append("target:coordinated-act")
        self._withdrawn_from(r)
        self._place_struck(r)
        self._crowd_controlled(r)

    def _crowd_controlled(self, r: HitReading) -> None:
        """Tear gas, rubber bullets and water cannon are used on a crowd: with no target named,
        the crowd the sentence names is it."""
        args = r.args
        if r.t.type != "COERCE" or args.target or not args.source or not _CROWD_CONTROL.search(r.t.form):
            return
        own = {e.id for e in args.source}
        crowd = next((it.entity for it in r.idx.between(r.s.start, r.s.end) if it.via == "group"
                      and it.entity.id not in own and _CROWD_HEAD.match(self.cues.group_head(it.text))), None)
        if crowd is not None:
            args.target = [crowd]
            r.notes.append("target:crowd")

    # ------------------------------------------------------------------ before settling

    def _previous_speaker_as_source(self, r: HitReading) -> None:
        text, s, h, t, args = r.text, r.s, r.h, r.t, r.args
        if not args.source and r.quote is None and t.voice == "active" and t.type in _SPEECH_TYPES \
                and _BARE_OPENING.match(text, s.start, h.start) is not None \
                and _BARE_OPENING.match(text, s.start, h.start).end() == h.start:
            spk = self._previous_speaker(r.idx, r.doc, r.si)
            if spk is not None and all(spk.id != e.id for e in args.target):
                args.source = [spk]        # a run of statements by one speaker
                r.notes.append("subject:previous-speaker")

    def _object_further_on(self, r: HitReading) -> None:
        """A directed act with no object: the '-nya' on the verb, else a name after a preposition
        further on."""
        idx, text, h, t, cend, args, notes = r.idx, r.text, r.h, r.t, r.cend, r.args, r.notes
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

    @staticmethod
    def _refused_partner(r: HitReading) -> None:
        idx, text, h, t, args = r.idx, r.text, r.h, r.t, r.args
        if args.target or not args.source or t.type != "REJECT" or t.voice != "active" \
                or not _REFUSAL_VERBS.match(text[h.start:h.end]):
            return
        src = {e.id for e in args.source}
        for it in idx.between(h.end, min(r.cend, h.end + 120)):
            if it.entity.id in src or it.via == "group":
                continue
            if _REFUSED_PARTNER.match(text[h.end:it.start]):
                args.target = [g.entity for g in idx.group_forward(idx.between(it.start, r.cend), 0)
                               if g.entity.id not in src]
                r.notes.append("object:refused-partner")
            return

    @staticmethod
    def _that_clause_object(r: HitReading) -> None:
        idx, text, s, h, t, args = r.idx, r.text, r.s, r.h, r.t, r.args
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
                        r.notes.append("object:that-clause")
                    break

    @staticmethod
    def _speech_act_anaphor(r: HitReading) -> None:
        idx, text, s, h, t, cstart, args = r.idx, r.text, r.s, r.h, r.t, r.cstart, r.args
        if not args.target and t.type in ("REJECT", "ACCUSE") and args.source:
            # "Ankara menolak peringatan tersebut": the one who made the warning, named earlier
            m = _SPEECH_ACT_DEM.match(text, h.end)
            if m:
                src = {e.id for e in args.source}
                prev = [it for it in idx.between(s.start, cstart if cstart > s.start else h.start)
                        if it.entity.id not in src and it.via != "group"]
                if prev:
                    args.target = [prev[0].entity]
                    r.notes.append("object:speech-act-anaphor")

    @staticmethod
    def _deal_party(r: HitReading) -> None:
        idx, text, s, h, t, args = r.idx, r.text, r.s, r.h, r.t, r.args
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
                r.notes.append("object:deal-party")

    @staticmethod
    def _anaphoric_act(r: HitReading) -> None:
        last = r.last
        t, args = r.t, r.args
        if t.type in HOSTILE and not args.target and args.source and _DEM_AFTER.match(r.text, r.h.end):
            # "Houthi mengaku bertanggung jawab atas serangan itu": the attack told before
            src = {e.id for e in args.source}
            args.target = [e for e in last.get(t.type, []) if e.id not in src]
            if args.target:
                r.notes.append("object:anaphoric-act")

    @staticmethod
    def _victims(r: HitReading) -> None:
        idx, h, cend, args = r.idx, r.h, r.cend, r.args
        if r.t.type == "ASSAULT" and not args.target:
            # "serangan yang menewaskan seorang tentara AS": the victims' side is the target
            m = _VICTIM.match(r.text, h.end, cend)
            if m:
                vic = [it for it in idx.between(m.end(), min(cend, m.end() + 60))]
                if vic:
                    args.target = [it.entity for it in idx.group_forward(vic, 0)]
                    r.notes.append("target:victims")

    def _listed_object(self, idx: ActorIndex, text: str, start: int, end: int, source) -> list[Entity]:
        """'... terhadap sejumlah kelompok teroris, termasuk kelompok pembebasan Palestina Hamas dan
        Korps Garda Revolusi Iran': the named members after 'termasuk' are the targets. Of two names
        side by side the last is the head ('Palestina Hamas' is Hamas)."""
        items = idx.between(start, end)
        src = {e.id for e in source}
        for k, it in enumerate(items):
            if not _LISTED_OBJECT.search(text, max(start, it.start - 60), it.start):
                continue
            out = []
            for g in idx.group_forward(items, k):
                if out and not text[out[-1].end:g.start].strip():
                    out[-1] = g             # an appositive name: the later one is the head
                else:
                    out.append(g)
            return [g.entity for g in out if g.entity.id not in src]
        return []

    # ------------------------------------------------------------------ after settling

    def _state_agent(self, r: HitReading) -> None:
        idx, h, t, args, notes = r.idx, r.h, r.t, r.args, r.notes
        if t.type in HOSTILE and args.target and not args.source and self.cues.victim_agent_window \
                and (t.voice == "passive" or any(n.startswith("patient:") for n in notes)):
            # "X ditangkap", "X terkena tembakan peluru karet": the state's agents told nearby did it
            agent = self._state_agent_near(idx, h.start)
            if agent is not None and all(agent.id != e.id for e in args.target):
                args.source = [agent]
                notes.append("source:state-agent-near")
            elif t.type == "COERCE" and t.voice == "passive":
                # "X ditahan di bandara Hong Kong": detained by the state it happened in
                state = self._state_where(idx, r.text, h.end, min(r.cend, h.end + 80), args.target)
                if state is not None:
                    args.source = [state]
                    notes.append("source:state-where")

    @staticmethod
    def _invited(r: HitReading) -> None:
        idx, s, h, t, args = r.idx, r.s, r.h, r.t, r.args
        invited = _INVITED.search(r.text, max(s.start, h.start - 160), h.start) if t.type == "CONSULT" else None
        if invited is not None and args.source and not args.target and not args.participants:
            # "mengundang para pemimpin Taliban dan Presiden Ghani untuk bertemu": the invitees meet
            # the host, and an invitation is a plan
            src = {e.id for e in args.source}
            guests = [it.entity for it in idx.between(invited.start("guests"), invited.end("guests"))
                      if it.entity.id not in src]
            if guests:
                args.target = dedupe(guests)
                r.notes.append("target:invited")

    @staticmethod
    def _withdrawn_from(r: HitReading) -> None:
        idx, h, cend, args = r.idx, r.h, r.cend, r.args
        if r.t.type == "RETREAT" and not args.target and args.source:
            # "penarikan pasukan AS dari Afghanistan": withdrawn from whom
            frm = _RETREAT_FROM.match(r.text, h.end, cend)
            if frm is not None:
                src = {e.id for e in args.source}
                nxt = [it for it in idx.between(frm.end(), min(cend, frm.end() + 40)) if it.entity.id not in src]
                if nxt and nxt[0].start - frm.end() <= 2:
                    args.target = [nxt[0].entity]
                    r.notes.append("target:withdrawn-from")

    def _place_struck(self, r: HitReading) -> None:
        """'Israel memblokade Gaza', 'Taliban meningkatkan serangan di Afghanistan': an attack or a
        blockade aimed at a place, with no actor named as its target, hits the state the place
        belongs to, unless that is the doer's own state (a state acting on its own soil)."""
        idx, h, args = r.idx, r.h, r.args
        if r.t.type not in self.cues.place_target_types or args.target or args.participants or not args.source:
            return
        own = {e.id.upper() for e in args.source}
        own |= {str(e.country).upper() for e in args.source
                if e.country and (e.kind == "person" or e.id.startswith("group:"))}
        end = min(r.cend, h.end + 60)
        place = next(iter(idx.places_between(h.end, end)), None)
        if place is None or _VERB_IN_GAP.search(r.text, h.end, place.start) \
                or not _PLACE_STRUCK_GAP.fullmatch(r.text, h.end, place.start):
            return
        e = place.entity
        if e.kind == "country" and _COUNTRY_AS_DESCRIPTOR.search(r.text, max(0, place.start - 20), place.start):
            return      # "lembah Yordania": a place named after a country, not in it
        state = _state_of_place(idx, e)
        if state is not None and state.id.upper() not in own:
            args.target = [state]
            r.notes.append("target:place-struck")

    def _state_agent_near(self, idx: ActorIndex, pos: int) -> Entity | None:
        w = self.cues.victim_agent_window
        near = [it for it in idx.between(max(0, pos - w), pos + w)
                if it.via == "group" and it.entity.country]
        return min(near, key=lambda it: abs(it.start - pos)).entity if near else None

    def _state_where(self, idx: ActorIndex, text: str, a: int, b: int, parties: list) -> Entity | None:
        """The state of the place named in [a, b) as where an act happened ("ditahan di bandara Hong
        Kong", "demonstran di Hong Kong"), other than the act's own parties."""
        own = {e.id for e in parties}
        # places, not actors: "ditangkap di Texas" names a state's region, no actor
        for it in idx.places_between(a, b):
            e = it.entity
            if e.id in own or not _PLACE_OF_ACT.search(text, max(a, it.start - 40), it.start):
                continue
            state = _state_of_place(idx, e)
            if state is not None:
                return state
        return None

    def _threatened(self, idx: ActorIndex, text: str, s: Sentence, h: Hit, args: Args) -> Entity | None:
        """The first actor after a hostile act named later in a threat's sentence."""
        own = {e.id for e in args.source} | {str(e.country).upper() for e in args.source if e.country}
        for h2 in self.lex.find(text[h.end:min(s.end, h.end + 160)], h.end):
            if (h2.trigger.type not in HOSTILE and h2.trigger.pattern != "directed") or h2.trigger.voice != "active":
                continue
            for it in idx.between(h2.end, min(s.end, h2.end + 100)):
                if _CLAUSE_END.search(text, h2.end, it.start):
                    break
                if it.entity.id not in own and it.entity.id.upper() not in own and it.via != "group":
                    return it.entity
            break
        return None
