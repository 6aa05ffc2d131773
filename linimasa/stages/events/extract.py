"""Sentence-level extraction: each trigger hit becomes a candidate event with its arguments.

This module holds the per-hit decisions (which roles a hit's actors play, whether it is an
event at all, its modality); the positional clause reading it builds on is in clause.py and the
constructions no lexicon trigger yields, with quoted speech, are in constructions.py."""
from __future__ import annotations

import re
from dataclasses import replace

from ...document import Document, Entity, Sentence
from .arguments import ActorIndex, Args, Item, _in_quote, dedupe, state_entity
from .candidate import Candidate
from .clause import ClauseReader
from .constructions import Constructions, _pair_denials, _quote_open
from .cues import Cues, cues
from .modality import modality
from .triggers import Hit, Lexicon

# clause-structure patterns: word lists and pattern text live in lang/id/events/cues.yaml (clause_patterns)
_P = cues().patterns
_ADVERBIAL = _P["adverbial"]
_VERB_IN_GAP = _P["verb_in_gap"]
_RELATIVE = _P["relative"]
_VICTIM = _P["victim"]
_PLACE_OF_ACT = _P["place_of_act"]
_DEONTIC = _P["deontic"]
_BACKED = _P["backed_description"]
_REPORTING = _P["reporting_verb"]
_WITH_PRONOUN = _P["with_pronoun"]
_WARN_REQUEST = _P["warn_request"]
_FAR_OBJECT = _P["far_object"]
_ANNOUNCED = _P["announced"]
_THREATENED_ACT = _P["threatened_act"]
_CLAUSE_BREAK = _P["clause_break"]
_ACC_AFTER = _P["acc_after"]
_ACC_BEFORE = _P["acc_before"]
_DENY_VERBS = _P["deny_verbs"]
_DEM_AFTER = _P["dem_after"]
_REQUESTED = _P["requested"]
_BARE_OPENING = _P["bare_opening"]
_THAT = _P["that"]
_SPEECH_ACT_DEM = _P["speech_act_dem"]
_NO_COMMENT = _P["no_comment"]
_CLAUSE_END = re.compile(r"[.;:]")
_ATTACK_ON = _P["attack_on"]
_ASKED_ACT = _P["asked_act"]
_COPULA_LIST = _P["copula_list"]
_LISTED_OBJECT = _P["listed_object"]
_RETREAT_FROM = _P["retreat_from"]
_INVITED = _P["invited"]
_LIFTS_SANCTIONS = _P["lifts_sanctions"]
_PREVENTED = _P["prevented"]
_QUESTIONED = _P["questioned"]
_REFUSAL = _P["refusal"]
_GIVEN = {"SUPPORT", "AID", "COOPERATE", "AGREE", "CONCEDE"}
# "bukti Iran mendukung serangan": backing an attack, told as what one is accused of
_ATTACK_NOUN = _P["attack_noun"]
_HOSTILE = {"SANCTION", "ASSAULT", "COERCE"}
_THAT_CLAUSE_TYPES = {"ACCUSE", "THREATEN", "REQUEST"}
_SPEECH_TYPES = {"ACCUSE", "REJECT", "REQUEST", "THREATEN"}


class Extractor(ClauseReader, Constructions):
    # trigger forms of the acts this module recognises outside the lexicon
    own_forms = ("perundingan ~ mati", "~ oleh")

    def __init__(self, lexicon: Lexicon, cues: Cues):
        self.lex, self.cues = lexicon, cues

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

    def _state_agent_near(self, idx: ActorIndex, pos: int) -> Entity | None:
        w = self.cues.victim_agent_window
        near = [it for it in idx.between(max(0, pos - w), pos + w)
                if it.via == "group" and it.entity.country]
        return min(near, key=lambda it: abs(it.start - pos)).entity if near else None


    def _reporter(self, idx: ActorIndex, text: str, s: Sentence, pos: int, args: Args) -> list[Entity]:
        """Who says, earlier in the sentence, what the act's doer should do ("Mattis mengatakan ...")."""
        verb = None
        for verb in _REPORTING.finditer(text, s.start, pos):
            pass
        if verb is None:
            return []
        doers = {e.id for e in args.source}
        who, _ = self.subject(idx, s, s.start, verb.start())
        return [e for e in who if e.id not in doers]

    def _state_where(self, idx: ActorIndex, text: str, a: int, b: int, parties: list) -> Entity | None:
        """The state of the place named in [a, b) as where an act happened ("ditahan di bandara Hong
        Kong", "demonstran di Hong Kong"), other than the act's own parties."""
        own = {e.id for e in parties}
        for it in idx.between(a, b):
            e = it.entity
            if e.id in own or not _PLACE_OF_ACT.search(text, max(a, it.start - 40), it.start):
                continue
            if e.kind == "country":
                return e
            if e.kind == "location" and e.country:
                return state_entity(idx.doc, str(e.country).upper())
        return None

    def _threatened(self, idx: ActorIndex, text: str, s: Sentence, h: Hit, args: Args) -> Entity | None:
        """The first actor after a hostile act named later in a threat's sentence."""
        own = {e.id for e in args.source} | {str(e.country).upper() for e in args.source if e.country}
        for h2 in self.lex.find(text[h.end:min(s.end, h.end + 160)], h.end):
            if (h2.trigger.type not in _HOSTILE and h2.trigger.pattern != "directed") or h2.trigger.voice != "active":
                continue
            for it in idx.between(h2.end, min(s.end, h2.end + 100)):
                if _CLAUSE_END.search(text, h2.end, it.start):
                    break
                if it.entity.id not in own and it.entity.id.upper() not in own and it.via != "group":
                    return it.entity
            break
        return None

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
            if t.type == "SUPPORT" and t.voice == "passive" and _BACKED.search(text, max(s.start, h.start - 25), h.start):
                continue            # "Houthi, yang didukung Iran": a description, not an act
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
            if not args.target and args.source and t.pattern == "directed" and not t.agentive:
                members = self._listed_object(idx, text, h.end, cend, args.source)
                if members:
                    args.target = members
                    notes.append("object:listed-members")
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
                elif t.type == "COERCE" and t.voice == "passive":
                    # "X ditahan di bandara Hong Kong": detained by the state it happened in
                    state = self._state_where(idx, text, h.end, min(cend, h.end + 80), args.target)
                    if state is not None:
                        args.source = [state]
                        notes.append("source:state-where")
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
            if t.type not in _HOSTILE and t.type != "THREATEN" and t.pattern == "directed" \
                    and _THREATENED_ACT.search(text, max(s.start, h.start - 40), h.start):
                continue            # "mengancam menghentikan pembicaraan dengan Trump": the threat's content
            if t.type in _HOSTILE and _PREVENTED.search(text, max(s.start, h.start - 40), h.start):
                continue            # "untuk mencegahnya melakukan aneksasi": prevented, not done
            if t.type in _HOSTILE and t.voice == "active" and _ASKED_ACT.search(text, max(s.start, h.start - 120), h.start):
                continue            # "mendesak DK PBB untuk menjatuhkan sanksi terhadap Israel": asked for, not done
            if t.type not in _HOSTILE and _REQUESTED.search(text, max(cstart, h.start - 120), h.start):
                continue            # "mendesak PBB untuk membantu": the asked-for act is the REQUEST's content
            if "target:invited" in notes:
                hyp = True
            if t.decided and hyp:
                hyp = bool(self.cues.conditional.search(text, cstart, h.start))
            if t.hypothetical:
                hyp = True
            if t.type in _GIVEN and args.source and quote is None \
                    and _DEONTIC.search(text, max(s.start, h.start - 40), h.start):
                speaker = self._reporter(idx, text, s, h.start, args)
                if speaker:
                    h = Hit(replace(t, type="REQUEST"), h.start, h.end)
                    args = Args(speaker, dedupe(args.source + args.target), [], args.how)
                    hyp = False
                    notes.append("should-as-request")
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

