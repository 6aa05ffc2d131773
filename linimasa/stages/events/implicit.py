"""Implicit arguments: a directed act told without its target takes it from the discourse.

Indonesian news often leaves the other party of a stance unsaid because the sentence before
named it: "PBB menyebut ... pembersihan etnis. Myanmar telah membantah ..." (a denial answers
the accuser), "Iran telah berulang kali membantah bahwa pihaknya bertanggung jawab" (the
accusers just told), "Pompeo ... mendesak kelompok itu" (the party the speaker is dealing with).
The annotators code such acts with source AND target, so an act with its doer only is filled
here, in this order, and only when exactly one candidate side is left:

1. a denial answers whoever last accused or acted against the denier (an earlier event whose
   target is the denier's side: its source);
2. any directed act: the other party of the last earlier event the doer's side took part in,
   a few units back;
3. the actors of the unit(s) right before, other than the doer's side.

The filled actor keeps the role "target"; the event's pattern notes "implicit-target" and its
score drops, so downstream users can tell it from a stated argument.
"""
from __future__ import annotations

from .arguments import state_entity
from .coref import Ev
from .cues import cues as _shared_cues

_P = _shared_cues().patterns
_DENIAL = _P["denial_trigger"]
_PLACE = _P["place_context"]
SAME_UNIT = True

# acts that have a target in PLOVER (meetings, deals and cooperation are symmetric; protests
# and mobilisations usually have none)
DIRECTED = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "SUPPORT",
            "AID", "CONCEDE", "RETREAT"}
HOSTILE = {"ASSAULT", "COERCE", "SANCTION"}
# joint acts (cooperation, deals): completed only from the same act told before
SHARED = {"COOPERATE", "AGREE"}
_DEMONSTRATIVE = _P["dem_within"]
# "Tapi tak menyalahkan ...": a sentence opening on a contrast, then only a negator before the verb
_CONTRAST = _P["contrast_negation"]
_CALLED_OFF = _P["called_off"]
LOOKBACK = 3            # units searched before the act (events and plain mentions)
PENALTY = 0.1


def _side(e) -> str:
    return str(e.country).upper() if e.kind == "person" and e.country else e.id.upper()


def _political(e) -> bool:
    """A state, an organisation, or a person the KB knows or whose state is known."""
    return e.kind in ("country", "organization") or bool(getattr(e, "in_kb", False) or e.country)


def _unit_of(units, pos: int) -> int:
    lo, hi = 0, len(units) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if units[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _state(e) -> str:
    return (e.id if e.kind == "country" else str(e.country or "")).upper()


def _other_side(idx, text: str, u, mine: set) -> list:
    """Parties named in unit u that are not on the doer's side; places ("di X") left out."""
    return [it.entity for it in idx.between(u.start, u.end)
            if it.via != "group" and _side(it.entity) not in mine
            and not _PLACE.search(text, max(u.start, it.start - 30), it.start)]


def _one_side(ents, home: set | None = None) -> list:
    """The entities when they are one side (one state with its officials, or one actor). A guess
    never crosses into the doer's own state ('KONI' and 'KPK'): implicit partners are foreign."""
    ents = [e for e in ents if (e.kind == "country" or getattr(e, "in_kb", False) or (e.kind == "person" and e.country))
            and not (home and _state(e) in home)]
    sides = {_side(e) for e in ents}
    if len(sides) != 1:
        return []
    # the state itself before its people when both are there
    return sorted(ents, key=lambda e: e.kind != "country")[:1]


def complete_targets(doc, idx, units, events: list[Ev]) -> None:
    """Fill the target of directed acts told with their doer only (see the module doc)."""
    if not events or not units:
        return
    text = doc.text
    order = sorted(events, key=lambda e: e.trigger.start)
    for k, ev in enumerate(order):
        if ev.type not in DIRECTED | SHARED or not ev.sents or any(r in ("target", "participant") for _, r in ev.roles):
            continue
        src = [e for e, r in ev.roles if r == "source"]
        if not src or not any(_political(e) for e in src):
            continue            # sports, crime and celebrity news: no discourse partner is guessed
        mine = {_side(e) for e in src}
        home = {_state(e) for e in src} - {""}
        if not home:
            continue            # a doer of no known state (a club, a crowd, a local body): no partner is guessed
        if len(mine) > 1 and ev.type in SHARED:
            continue                # "Rusia dan China bekerja sama": both sides are there
        if ev.family:
            # "bergabung dengan misi maritim pimpinan AS ... negara-negara yang telah bergabung dengan
            # misi maritim tersebut": the same act told again, toward the same party
            same = next((p for p in reversed(order[:k]) if p.family == ev.family and p.type == ev.type
                         and any(r != "source" and _side(e) not in mine for e, r in p.roles)), None)
            if same is not None and _DEMONSTRATIVE.match(text, ev.trigger.end, min(len(text), ev.trigger.end + 60)):
                other = [e for e, r in same.roles if r != "source" and _side(e) not in mine]
                ev.roles.append((other[0], "target"))
                ev.pattern = (ev.pattern + "; " if ev.pattern else "") + "implicit-target:same-act"
                ev.score -= PENALTY
                continue
        if ev.type in SHARED:
            continue
        si = _unit_of(units, ev.trigger.start)
        earlier = [p for p in order[:k] if p.sents and si - LOOKBACK <= _unit_of(units, p.trigger.start) <= si
                   and p is not ev]
        found: list = []
        how = ""
        if _DENIAL.match(text, ev.trigger.start, ev.trigger.end):
            for p in reversed(earlier):
                if any(r == "target" and _side(e) in mine for e, r in p.roles) and not p.negated:
                    found = _one_side([e for e, r in p.roles if r == "source" and _side(e) not in mine], home)
                    if found:
                        how = "implicit-target:accuser"
                        break
        if not found:
            for p in reversed(earlier):
                ents = p.entities()
                if ev.type in HOSTILE and (p.type not in HOSTILE
                                           or not any(r == "source" and _side(e) in mine for e, r in p.roles)):
                    continue        # an attack's target is whom the doer attacked before, not whoever spoke of it
                if any(_side(e) in mine for e in ents):
                    others = [e for e in ents if _side(e) not in mine]
                    if others:
                        found = _one_side(others, home)
                        how = "implicit-target:counterpart"
                        break
        if not found and SAME_UNIT:
            ents = _other_side(idx, text, units[si], mine)
            if ents:
                found = _one_side(ents, home)
                how = "implicit-target:same-unit"
        if not found:
            for sj in range(si - 1, max(-1, si - 3), -1):
                ents = _other_side(idx, text, units[sj], mine)
                if ents:
                    found = _one_side(ents, home)
                    how = "implicit-target:previous-unit"
                    break
        if found and ev.type in HOSTILE and found[0].kind == "person" and found[0].country:
            # a state sanctions or attacks a state: the person's state is the target
            found = [state_entity(doc, str(found[0].country)) or found[0]]
        if found:
            ev.roles.append((found[0], "target"))
            ev.pattern = (ev.pattern + "; " if ev.pattern else "") + how
            ev.score -= PENALTY


def negate_by_contrast(doc, units, events: list[Ev], retracted) -> None:
    """'Saudi membeberkan bukti Iran mendukung serangan. Tapi tak menyalahkan langsung rival
    kawasannya itu.': a negated act with no actors of its own, opening on a contrast, takes back
    the act of the same type told in the unit before (the annotators code it as negated)."""
    text = doc.text
    for c in retracted:
        si = c.sent_index
        if si == 0 or si >= len(units) or not _CONTRAST.match(text, units[si].start, c.hit.start):
            continue
        prev = units[si - 1]
        if prev.paragraph != units[si].paragraph:
            continue
        told = [e for e in events if e.type == c.type and not e.negated and e.trigger.start >= prev.start
                and e.trigger.end <= prev.end]
        if len(told) == 1:
            told[0].negated = True
            told[0].pattern = (told[0].pattern + "; " if told[0].pattern else "") + "negated-by-contrast"


def cancelled_plans(units, events: list[Ev]) -> None:
    """'Trump telah mengundang para pemimpin Taliban ... untuk bertemu di Camp David. Namun, ...
    membuat Trump membatalkan pembicaraan.': a planned meeting its host calls off in the next units
    is negated (the annotators: planned and cancelled = negated and hypothetical)."""
    for ev in events:
        if ev.type != "CONSULT" or not ev.hypothetical or ev.negated or not ev.sents:
            continue
        si = _unit_of(units, ev.trigger.start)
        hosts = {_side(e) for e, r in ev.roles if r == "source"}
        for p in events:
            if p.type == "REJECT" and _CALLED_OFF.match(p.family or "") and p.sents \
                    and si <= _unit_of(units, p.trigger.start) <= si + 2 \
                    and hosts & {_side(e) for e, r in p.roles if r == "source"}:
                ev.negated = True
                ev.pattern = (ev.pattern + "; " if ev.pattern else "") + "called-off"
                break
