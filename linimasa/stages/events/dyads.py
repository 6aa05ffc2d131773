"""One told act as several PLOVER events: reciprocal acts as two dyads, a called-off meeting
as its rejection and the meeting that did not take place.

"Beijing dan Washington saling mengecam", "AS dan China terlibat perang dagang": each side acts
on the other, so the one event with two doers becomes two directed events. A person and their
own state are one side.

An act on a list of targets named after it in its own sentence is one event per target: splitting
every list was measured first and lost more in precision than it gained, because targets named
before the trigger or carried over from other sentences are mostly misreadings.
"""
from __future__ import annotations

import copy

from .coref import Ev
from .cues import cues as load_cues

_P = load_cues().patterns
_RECIPROCAL = _P["reciprocal"]
_LIST_THEN_VERB = _P["list_then_verb"]
_LIST_GAP = _P["list_gap"]
_SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
_STATE_KINDS = {"country", "organization", "person"}
_MAX_LISTED = 6


def side(e) -> str:
    return str(e.country).upper() if e.kind == "person" and e.country else e.id.upper()


def _parties(ev: Ev) -> list[list]:
    """The event's entities grouped by side, in the order first named."""
    out: dict[str, list] = {}
    for e, _ in ev.roles:
        out.setdefault(side(e), []).append(e)
    return list(out.values())


def reciprocal(text: str, ev: Ev, mutual_forms: frozenset[str]) -> bool:
    """'saling' before the trigger, or a trigger that names a two-sided act ('perang dagang')."""
    if ev.family and ev.family in mutual_forms:
        return True
    t = ev.trigger
    return _RECIPROCAL.search(text, max(ev.evidence.start, t.start - 25), t.start) is not None


def split(text: str, events: list[Ev], mutual_forms: frozenset[str]) -> list[Ev]:
    out: list[Ev] = []
    for ev in events:
        if ev.type in _SYMMETRIC:
            out.append(ev)
            continue
        parties = _parties(ev) if reciprocal(text, ev, mutual_forms) else []
        if len(parties) == 2:
            a, b = parties
            for doers, undergoers in ((a, b), (b, a)):
                out.append(_with_roles(ev, [(e, "source") for e in doers] + [(e, "target") for e in undergoers],
                                       "reciprocal"))
            continue
        targets = _listed_targets(text, ev)
        if targets:
            src = [(e, r) for e, r in ev.roles if r == "source"]
            for grp in targets:
                out.append(_with_roles(ev, src + [(e, "target") for e in grp], "per-target"))
            continue
        out.append(ev)
    return out


def _listed_targets(text: str, ev: Ev) -> list[list]:
    """'menyerang target-target milik AS, Israel dan Rusia': an act on several sides named after
    its trigger in its own sentence, one list joined by commas and "dan", is one event per side,
    as PLOVER codes dyads. Targets carried over from another sentence ("menolak tuduhan ...
    serangan tersebut"), targets named before the trigger (mostly doers misread: "Prancis,
    Jerman, Italia dan Inggris akan terus menyerukan") and groups stay one event."""
    if not any(r == "source" for _, r in ev.roles):
        return []
    lo, hi = ev.trigger.end, ev.evidence.end
    sides: dict[str, list] = {}
    spans = []
    for e, r in ev.roles:
        if r != "target":
            continue
        found = [(m.start, m.end) for m in (*e.mentions, *e.references) if lo <= m.start < hi]
        if e.kind not in _STATE_KINDS or not found:
            return []
        spans.append(min(found))
        sides.setdefault(side(e), []).append(e)
    if not 2 <= len(sides) <= _MAX_LISTED:
        return []
    spans.sort()
    if any(_LIST_GAP.fullmatch(text, a[1], b[0]) is None for a, b in zip(spans, spans[1:]) if b[0] > a[1]) \
            or _LIST_THEN_VERB.match(text, spans[-1][1]):
        return []       # not one list ("delegasi Kuba untuk PBB"), or the subject of its own verb
    return list(sides.values())


def _with_roles(ev: Ev, roles: list, note: str) -> Ev:
    new = copy.copy(ev)
    new.roles = roles
    new.mentions = list(ev.mentions)
    new.sents = set(ev.sents)
    new.pattern = f"{ev.pattern}; dyad:{note}" if ev.pattern else f"dyad:{note}"
    return new


def called_off(events: list[Ev]) -> list[Ev]:
    """'Wang Yi membatalkan kunjungannya ke India': the cancelling is a REJECT, and the visit it
    calls off is a meeting that was planned and did not happen (CONSULT, negated and hypothetical).
    Another report of that plan ('akan menjamu Taliban') merges with it."""
    out = list(events)
    for ev in events:
        if ev.type != "REJECT" or not ev.calls_off or ev.negated or ev.hypothetical or len(_parties(ev)) < 2:
            continue
        meeting = _with_roles(ev, list(ev.roles), "called-off")
        meeting.type, meeting.negated, meeting.hypothetical = "CONSULT", True, True
        meeting.family, meeting.calls_off, meeting.mode = "", False, None
        out.append(meeting)
    return out
