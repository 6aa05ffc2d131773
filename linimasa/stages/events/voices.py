"""Who does and who undergoes a trigger's act, read by the trigger's voice: an agentive noun, a
nominalisation, a passive or an active verb each place the doer and the undergoer differently
around the trigger. The later fallbacks (fallbacks.py) only fill what this leaves empty."""
from __future__ import annotations

from .arguments import _in_quote
from .cues import cues
from .hit_reading import GIVEN, HitReading

# clause-structure patterns: word lists and pattern text live in lang/id/events/cues.yaml (clause_patterns)
_P = cues().patterns
_ADVERBIAL = _P["adverbial"]
_WITH_PRONOUN = _P["with_pronoun"]
_ATTACK_ON = _P["attack_on"]
_QUESTIONED = _P["questioned"]


class VoiceRoles:
    """Mixin of Extractor: needs self.cues, self.subject, self.first_group, self.objects and
    self.clause_bounds."""

    def assign_roles(self, r: HitReading) -> bool:
        """Fill r.args from the trigger's voice; False when the trigger is no event at all."""
        t, text, s, h = r.t, r.text, r.s, r.h
        if t.agentive:           # "Iran menjadi pendukung setia Assad"
            self._agentive(r)
        elif t.voice == "nominal" and self.cues.predicative.search(text, max(s.start, h.start - 30), h.start):
            return False         # "dipandang sebagai ancaman": a description, not an event
        elif t.voice == "nominal" and t.type in GIVEN and _QUESTIONED.search(text, max(s.start, h.start - 30), h.start):
            return False         # "mempertanyakan dukungan dari RI": support asked about is none given
        elif t.voice == "nominal":
            self._nominal(r)
        elif t.voice == "passive":
            self._passive(r)
        else:
            self._active(r)
        return True

    def _agentive(self, r: HitReading) -> None:
        args, objs = r.args, r.objs
        args.source, how = self.subject(r.idx, r.s, r.cstart, r.h.start)
        r.notes.append(how)
        if objs and objs[0][0] in ("", "bagi", "untuk", "dari"):
            args.target = [it.entity for it in objs[0][1]]

    def _passive(self, r: HitReading) -> None:
        args, objs = r.args, r.objs
        args.target, how = self.subject(r.idx, r.s, r.cstart, r.h.start)
        r.notes.append(how.replace("subject", "patient"))
        if objs and objs[0][0] in ("", "oleh"):
            args.source = [it.entity for it in objs[0][1]]

    def _active(self, r: HitReading) -> None:
        idx, text, s, h, t, args, objs, notes = r.idx, r.text, r.s, r.h, r.t, r.args, r.objs, r.notes
        args.source, how = self.subject(idx, s, r.cstart, h.start)
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
            src = {e.id for e in args.source}
            if len(objs) > 1 and objs[0][0] == "" and src and all(it.entity.id in src for it in objs[0][1]) \
                    and objs[1][0] in self.cues.directed_preps:
                # "menjatuhkan embargo minyak dan sistem perbankan AS terhadap Iran": the source's own
                # name inside the object noun phrase owns it; the act is aimed at what follows
                args.target = [it.entity for it in objs[1][1]]
                notes.append("target:past-own-name")
            if len(objs) > 1 and t.pattern == "symmetric":
                args.participants = [it.entity for it in objs[1][1]]
        elif _WITH_PRONOUN.match(text, h.end):
            p = idx.last_subject_person(h.start)     # "bertemu dengannya"
            if p is not None:
                args.target = [p]
                notes.append("object:pronoun")

    # ------------------------------------------------------------------ nominalisations

    def _nominal(self, r: HitReading) -> None:
        self._nominal_possessor(r)
        self._light_verb_subject(r)
        args = r.args
        for prep, grp in r.objs:
            ents = [it.entity for it in grp]
            if prep in ("ke", "terhadap", "atas", "kepada", "melawan") or (args.source and prep in ("dengan", "dan")):
                args.target += ents
            elif not args.source:
                args.source += ents
            else:
                args.target += ents
        if not args.source and not args.target:
            self._nominal_unfilled(r)
        elif not args.source and self.cues.verb_before.search(r.text, r.cstart, r.h.start):
            args.source, how = self.subject(r.idx, r.s, r.cstart, r.h.start)
            r.notes.append(how)

    def _nominal_possessor(self, r: HitReading) -> None:
        """The noun's own doer: the '-nya' possessor or the agent of a relative clause; a
        demonstrative makes the noun an anaphor of an event already told."""
        idx, text, h, t, cstart, cend, args = r.idx, r.text, r.h, r.t, r.cstart, r.cend, r.args
        after = text[h.end:min(cend, h.end + 60)]
        dem = self.cues.demonstrative.match(after)
        if dem and not idx.between(h.end, h.end + dem.end()):
            r.anaphoric = True
            r.objs = []        # what follows "pertemuan itu" belongs to the main clause
        if h.end - h.start > len(t.form) and text[h.start:h.end].lower().endswith("nya"):
            args.source = self.first_group(idx, cstart, h.start)
            r.notes.append("possessor:-nya")
        rel = None if r.anaphoric or t.type not in self.cues.relative_agent_types \
            else self.cues.relative_agent.match(text, h.end, cend)
        if rel is not None:
            # "sanksi yang dijatuhkan AS terhadap Iran": a background act told in a relative clause
            agent = idx.between(rel.end(), cend)
            if agent and self.cues.object_gap_tight.match(idx.gap(rel.end(), agent[0].start) + " "):
                grp = idx.group_forward(agent, 0)
                args.source = [it.entity for it in grp]
                r.objs = [o for o in self.objects(idx, grp[-1].end, cend, tight=True)
                          if o[0] in ("terhadap", "kepada", "atas", "ke", "melawan", "pada")][:1]
                r.notes.append("agent:relative")

    def _light_verb_subject(self, r: HitReading) -> None:
        t, h, text, cstart, args, objs = r.t, r.h, r.text, r.cstart, r.args, r.objs
        light = self.cues.verb_before.search(text, cstart, h.start)
        if not args.source and objs and t.pattern == "directed" and t.type != "CONSULT" and light \
                and objs[0][0] in ("", "ke", "terhadap", "kepada", "atas", "melawan") \
                and len(text[light.start():h.start].split()) <= 2:
            # "Trump memerintahkan pengusiran dua anggota delegasi Kuba": the light verb's
            # subject does the act, the noun's object undergoes it
            subj, how = self.subject(r.idx, r.s, cstart, h.start)
            if subj and not {e.id for e in subj} & {it.entity.id for _, g in objs for it in g}:
                args.source = subj
                r.notes.append(how + "+light-verb")

    def _nominal_unfilled(self, r: HitReading) -> None:
        """A noun with no argument of its own: the actors of the clause it stands in."""
        idx, text, s, h, cstart, args, notes = r.idx, r.text, r.s, r.h, r.cstart, r.args, r.notes
        opening = text[cstart:h.start] if _ADVERBIAL.match(text[cstart:h.start]) else \
            text[s.start:h.start] if _ADVERBIAL.match(text[s.start:h.start]) else None
        # "Dalam pertemuan itu, X ...": the noun is in the opening phrase; in "Saat ini, X dan
        # Y terlibat dalam perang dagang" the opening closed before it
        if opening is not None and "," not in opening:
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
