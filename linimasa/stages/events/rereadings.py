"""What the context makes of a hit once its roles are read: whether it is an event at all (an
attack only approved or alleged, an act only threatened, prevented, asked for or set as a
condition), its modality, and the type it is really told as (an announced sanction is a threat,
'should support' a request, a state's protest an accusation, a refused act a rejection)."""
from __future__ import annotations

from dataclasses import replace

from ...document import Entity, Sentence
from .arguments import ActorIndex, Args, _in_quote, dedupe
from .cues import cues
from .hit_reading import GIVEN, HOSTILE, HitReading
from .modality import modality
from .triggers import Hit

# clause-structure patterns: word lists and pattern text live in lang/id/events/cues.yaml (clause_patterns)
_P = cues().patterns
_DEONTIC = _P["deontic"]
_REPORTING = _P["reporting_verb"]
_WARN_REQUEST = _P["warn_request"]
_ASKED_COMPLEMENT = _P["asked_complement"]
_ANNOUNCED = _P["announced"]
_THREATENED_ACT = _P["threatened_act"]
_ACC_AFTER = _P["acc_after"]
_ACC_BEFORE = _P["acc_before"]
_DENY_VERBS = _P["deny_verbs"]
_REQUESTED = _P["requested"]
_ATTACK_ON = _P["attack_on"]
_ASKED_ACT = _P["asked_act"]
_LIFTS_SANCTIONS = _P["lifts_sanctions"]
_PREVENTED = _P["prevented"]
_REFUSAL = _P["refusal"]
_NEEDS_FUTURE = _P["refusal_needs_future"]
# "bukti Iran mendukung serangan": backing an attack, told as what one is accused of
_ATTACK_NOUN = _P["attack_noun"]

# what a reporter says another side should give, or withdraw ("Amerika harus menarik pasukannya
# dari Jerman"), is the reporter's demand of it
_DEMANDABLE = GIVEN | {"RETREAT"}


class Rereadings:
    """Mixin of Extractor: needs self.cues and self.subject."""

    def approved_or_alleged_attack(self, r: HitReading) -> bool:
        """True when the hit is an attack approved or alleged, not an event of its own."""
        text, s, h, t = r.text, r.s, r.h, r.t
        on_attack = _ATTACK_NOUN.match(text, h.end) is not None
        if t.type == "AGREE" and on_attack:
            return True         # "Khamenei menyetujui serangan itu": approving an attack is no deal
        backs_attack = t.type == "SUPPORT" and _ATTACK_ON.match(text, h.end) is None and on_attack
        if (t.type in HOSTILE or backs_attack) \
                and self.cues.accusation_before.search(text, max(s.start, h.start - 150), h.start):
            if t.type in HOSTILE and r.args.target:
                r.last[t.type] = list(r.args.target)    # the attack on X happened; only its doer is alleged
            return True         # "Maduro menuduh Bolton ... membunuhnya": the ACCUSE is the event told
        return False

    def reread(self, r: HitReading) -> bool:
        """Set r.neg and r.hyp and re-type r.h as the context tells it; False when the hit is
        no event after all."""
        t, text, cstart, h = r.t, r.text, r.cstart, r.h
        if t.require == "target" and not r.args.target:
            return False
        if t.needs_complement and not _ASKED_COMPLEMENT.match(text, h.end, r.s.end):
            return False        # "mengatakan kepada wartawan bahwa ...": telling, not asking
        r.neg, r.hyp = modality(self.cues, text, cstart, h.start, h.end, t.voice == "nominal", r.cend)
        if t.type in HOSTILE and _ANNOUNCED.search(text, max(cstart, h.start - 60), h.start):
            r.h = Hit(replace(t, type="THREATEN"), h.start, h.end)
            r.hyp = False
            r.notes.append("announced-as-threat")
        elif t.type in HOSTILE and "anaphor:self-reference" in r.notes:
            if r.neg:
                return False    # "membantah bahwa pihaknya bertanggung jawab atas serangan": the denial is the event
            if r.hyp:
                # "mengatakan bahwa pihaknya siap menyerang": a side's own attack foretold is its threat
                r.h = Hit(replace(t, type="THREATEN"), h.start, h.end)
                r.hyp = False
                r.notes.append("own-attack-as-threat")
        if t.type == "ASSAULT" and t.voice == "active" and r.args.source and r.args.target and not r.neg \
                and _ASKED_ACT.search(text, max(r.s.start, h.start - 120), h.start):
            # "menyerukan kepada umat Muslim untuk menyerang target-target milik AS": calling on others
            # to attack X threatens X; the attack itself has not happened
            r.h = Hit(replace(t, type="THREATEN"), h.start, h.end)
            r.hyp = False
            r.notes.append("called-attack-as-threat")
            return True
        if self._content_of_another_act(r):
            return False
        if "target:invited" in r.notes:
            r.hyp = True
        if t.decided and r.hyp:
            r.hyp = bool(self.cues.conditional.search(text, cstart, h.start))
        if t.hypothetical:
            r.hyp = True
        self._should_as_request(r)
        if t.warn_request and _WARN_REQUEST.match(text, h.end, r.cend):
            r.h = Hit(replace(t, type="REQUEST"), h.start, h.end)
            r.notes.append("warning-as-request")
        elif t.type == "PROTEST" and r.args.source and all(e.kind == "country" for e in r.args.source):
            # a state "protests": an official complaint (PLOVER ACCUSE), not a demonstration
            r.h = Hit(replace(t, type="ACCUSE"), h.start, h.end)
            r.notes.append("state-protest-as-accuse")
        if not self._beyond_condition(r):
            return False
        self._refused_act(r)
        self._denies_accusation(r)
        return True

    @staticmethod
    def _content_of_another_act(r: HitReading) -> bool:
        """True when the act is only what is threatened, prevented or asked for."""
        text, s, h, t, cstart = r.text, r.s, r.h, r.t, r.cstart
        if t.type not in HOSTILE and t.type != "THREATEN" and t.pattern == "directed" \
                and _THREATENED_ACT.search(text, max(s.start, h.start - 40), h.start):
            return True         # "mengancam menghentikan pembicaraan dengan Trump": the threat's content
        if t.type in HOSTILE and _PREVENTED.search(text, max(s.start, h.start - 40), h.start):
            return True         # "untuk mencegahnya melakukan aneksasi": prevented, not done
        if t.type in HOSTILE and t.voice == "active" and _ASKED_ACT.search(text, max(s.start, h.start - 120), h.start):
            return True         # "mendesak DK PBB untuk menjatuhkan sanksi terhadap Israel": asked for, not done
        if t.type not in HOSTILE and _REQUESTED.search(text, max(cstart, h.start - 120), h.start):
            return True         # "mendesak PBB untuk membantu": the asked-for act is the REQUEST's content
        return False

    def _should_as_request(self, r: HitReading) -> None:
        text, s, h, t, args = r.text, r.s, r.h, r.t, r.args
        if t.type in _DEMANDABLE and args.source and r.quote is None \
                and _DEONTIC.search(text, max(s.start, h.start - 40), h.start):
            speaker = self._reporter(r.idx, text, s, h.start, args)
            if speaker:
                r.h = Hit(replace(t, type="REQUEST"), h.start, h.end)
                r.args = Args(speaker, dedupe(args.source + args.target), [], args.how)
                r.hyp = False
                r.notes.append("should-as-request")

    def _beyond_condition(self, r: HitReading) -> bool:
        """False when a negated act is only a condition; sanctions not yet lifted stay in force."""
        args, t, h = r.args, r.t, r.h
        if r.neg and self.cues.conditional.search(r.text, r.cstart, h.start):
            if not (t.type == "CONCEDE" and _LIFTS_SANCTIONS.match(r.text, h.start, h.end) and args.source and args.target):
                return False        # "jika Washington belum mencabut sanksi": a condition, not an event
            # ... but the sanctions not yet lifted are in force: a (background) SANCTION
            r.h = Hit(replace(t, type="SANCTION"), h.start, h.end)
            r.neg = r.hyp = False
            r.notes.append("sanctions-not-lifted")
        return True

    def _refused_act(self, r: HitReading) -> None:
        text, h, t, args = r.text, r.h, r.t, r.args
        if t.type not in self.cues.refusable_types or not r.neg or not args.source \
                or not (args.target or args.participants):
            return
        m = _REFUSAL.search(text, max(r.cstart, h.start - 40), h.start)
        if m is not None and (r.hyp or not _NEEDS_FUTURE.search(m.group())):
            # "tidak akan pernah berbicara dengan para pejabat AS", "tidak mau membantu AS":
            # refusing talks, help or cooperation (PLOVER REJECT)
            r.h = Hit(replace(t, type="REJECT", pattern="directed"), h.start, h.end)
            r.neg = r.hyp = False
            if not args.target:
                args.target, args.participants = args.participants, []
            spk = r.quote[2] if r.quote is not None else None
            if spk is not None and spk.kind == "person" and all(spk.id != e.id for e in args.source) \
                    and str(spk.country or "").upper() in {e.id.upper() for e in args.source}:
                args.source = args.source + [spk]     # the state's refusal in its leader's words
            r.notes.append("refused-act")

    @staticmethod
    def _denies_accusation(r: HitReading) -> None:
        idx, text, s, h, t, args = r.idx, r.text, r.s, r.h, r.t, r.args
        if t.type == "REJECT" and _DENY_VERBS.match(text[h.start:h.end]) and (
                _ACC_AFTER.match(text, h.end) or _ACC_BEFORE.search(text, max(s.start, h.start - 40), h.start)):
            r.notes.append("denies-accusation")
            if not args.target and args.source and _ACC_BEFORE.search(text, max(s.start, h.start - 40), h.start):
                # "X mengklaim ..., tuduhan yang dibantah oleh Y": the denied accuser is X
                src = {e.id for e in args.source}
                prev = [it for it in idx.between(s.start, h.start) if it.entity.id not in src
                        and it.via != "group" and not _in_quote(text, s.start, it.start)]
                if prev:
                    args.target = [prev[0].entity]
                    r.notes.append("object:denied-accuser")

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
