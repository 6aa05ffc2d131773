"""Sentence-level extraction: each trigger hit becomes a candidate event with its arguments.

This module runs the per-hit steps in order: it opens a hit (its clause, its objects, whether a
quotation is coded as its speaker's), has the trigger's voice assign the roles (voices.py), fills
the roles left empty (fallbacks.py), lets the context re-read the hit's type and modality
(rereadings.py) and turns what remains into candidates. The positional clause reading the steps
build on is in clause.py; the constructions no lexicon trigger yields, with quoted speech, are
in constructions.py."""
from __future__ import annotations

from ...document import Document, Entity, Sentence
from .arguments import ActorIndex, Args, Item, _in_quote
from .candidate import Candidate
from .clause import ClauseReader
from .constructions import Constructions, _pair_denials, _quote_open
from .cues import Cues, cues
from .fallbacks import RoleFallbacks
from .hit_reading import HOSTILE, HitReading
from .rereadings import Rereadings
from .triggers import Hit, Lexicon
from .voices import VoiceRoles

__all__ = ["Candidate", "Extractor"]

# clause-structure patterns: word lists and pattern text live in lang/id/events/cues.yaml (clause_patterns)
_P = cues().patterns
_VERB_IN_GAP = _P["verb_in_gap"]
_BACKED = _P["backed_description"]
_NO_COMMENT = _P["no_comment"]
_OBJECT_CLOSES = _P["object_closes"]
_DENIED_ACT = _P["denied_act"]


class Extractor(ClauseReader, VoiceRoles, RoleFallbacks, Rereadings, Constructions):
    # trigger forms of the acts this module recognises outside the lexicon
    own_forms = ("perundingan ~ mati", "~ oleh")

    def __init__(self, lexicon: Lexicon, cues: Cues):
        self.lex, self.cues = lexicon, cues

    # ------------------------------------------------------------------ per sentence

    def sentence(self, doc: Document, idx: ActorIndex, s: Sentence, si: int) -> list[Candidate]:
        out = []
        for h in self.lex.find(s.text, s.start):
            r = self._read_hit(doc, idx, s, si, h, out)
            if r is not None:
                out.extend(self._candidates(r))
        _pair_denials(out, doc.text)
        return out + self.talks_ended(doc, idx, s, si) + self.attributed_acts(doc, idx, s, si, out)

    def _read_hit(self, doc: Document, idx: ActorIndex, s: Sentence, si: int, h: Hit,
                  out: list[Candidate]) -> HitReading | None:
        """The hit read as an event, or None when it is none; out holds the sentence's events
        so far."""
        if h.trigger.type not in ("REJECT", "ACCUSE") \
                and _DENIED_ACT.search(doc.text, max(s.start, h.start - 80), h.start):
            # "membantah terlibat dalam serangan itu": the denial is the event, not the attack (but "membantah
            # tuduhan AS": the accusation denied was made)
            return None
        r = self._open(doc, idx, s, si, h)
        if r is None or not self.assign_roles(r):
            return None
        self.fill_from_lists(r)
        if r.quote is not None and not self._quoted(idx, r.text, r.cstart, h, r.t, r.args, r.quote[2],
                                                     r.notes, r.objs):
            return None
        self.fill_missing_roles(r)
        self.settle_roles(r)
        if self.approved_or_alleged_attack(r):
            return None
        self.fill_remaining_roles(r, out)
        if not self.reread(r):
            return None
        if r.args.target and r.t.type in HOSTILE:
            r.last[r.t.type] = list(r.args.target)     # for a later "serangan itu"
        return r

    def _open(self, doc: Document, idx: ActorIndex, s: Sentence, si: int, h: Hit) -> HitReading | None:
        """The hit's clause and objects, or None when the hit is no act: a quotation with no
        actor as its speaker, a refusal to comment, a description."""
        text = doc.text
        quote = None
        if _in_quote(text, s.start, h.start) and not self._quote_on_verb(idx, text, s, h):
            # a quotation is coded as its speaker's words: "kami" is the speaker
            quote = idx.quote_at(h.start) if self.cues.code_quotes else None
            if quote is None:
                return None
        t = h.trigger
        if t.type == "REJECT" and _NO_COMMENT.match(text, h.end):
            return None             # "menolak mengomentari": declining to comment
        if t.type == "SUPPORT" and t.voice == "passive" and _BACKED.search(text, max(s.start, h.start - 25), h.start):
            return None             # "Houthi, yang didukung Iran": a description, not an act
        cstart, cend = self.clause_bounds(text, s, h.start, h.end)
        if quote is not None:
            cstart = max(cstart, _quote_open(text, s.start, h.start))
        objs = self._objects_after(doc, idx, h, cend)
        if t.object_closes and not self._closing_object(text, objs):
            return None             # "mengakui Zakir melanggar ...": admitting what someone did
        return HitReading(doc, idx, s, si, h, t, quote, cstart, cend, objs,
                          notes=[f"{t.type}/{t.voice}/{t.pattern}:{t.form}"])

    @staticmethod
    def _closing_object(text: str, objs: list) -> bool:
        """A state or body right after the verb that ends its clause ("mengakui Taiwan.", "mengakui
        Beijing dan bukan Taipei", "mengakui Yerusalem sebagai ibu kota")."""
        if not objs or objs[0][0] != "":
            return False
        grp = objs[0][1]
        return all(it.entity.kind in ("country", "organization") for it in grp) \
            and _OBJECT_CLOSES.match(text, grp[-1].end) is not None

    def _objects_after(self, doc: Document, idx: ActorIndex, h: Hit, cend: int) -> list:
        """The object groups after the trigger, as (preposition, items)."""
        text, t = doc.text, h.trigger
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
        return objs

    def _candidates(self, r: HitReading) -> list[Candidate]:
        args = r.args
        args.how = r.notes
        each = self._distribute(r.text, r.cstart, r.cend, r.h, args)
        if r.listed and len(r.listed) > 1:
            each = [Args([e], list(args.target), list(args.participants), args.how) for e in r.listed]
        return [Candidate(r.h, r.s, r.si, one, r.neg, r.hyp, r.anaphoric, (r.cstart, r.cend), r.notes)
                for one in each]

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
