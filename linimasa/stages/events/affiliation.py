"""The state behind an actor. A minister, spokesperson or ambassador, or a ministry, embassy,
army or police force, acts for a state: the event also lists that state, with the same role,
marked `via: affiliation` so that it stays distinguishable from a state named in the text.
Annotators of international news code "Juru bicara Departemen Luar Negeri AS Morgan Ortagus
mengatakan ..." as an act of the United States; analysts filtering a timeline by a country
expect its officials' acts in it.

The person's state comes from the entities stage (`Entity.country`: the KB's, or the state in
the title the text gives them); a body's from the KB when its name says it is a state body
(lang/id/events/affiliation.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document, Entity, Event, EventActor
from ...kb import kind_of_id
from ...lang import load_yaml
from .arguments import state_entity


@lru_cache(maxsize=1)
def _state_body() -> re.Pattern:
    words = load_yaml("id", "events/affiliation.yaml")["state_bodies"]
    alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.I)


def _office_of(ent: Entity, day: tuple[str | None, str | None]) -> str | None:
    """What a KB person held office for at the article's date: a country, or an international
    organisation ("Antonio Guterres" acts for the United Nations, not for Portugal)."""
    from ... import kb
    entry = kb.get(ent.id) if ent.in_kb else None
    for role in (entry.roles if entry is not None else ()):
        if role.of and role.overlaps(*day):
            body = kb.get(role.of)
            if body is None:
                continue
            return body.id if body.kind == "country" or not body.country else body.country
    return None


def _state_of(ent: Entity, day: tuple[str | None, str | None]) -> str | None:
    if ent.kind == "person":
        office = _office_of(ent, day)
        if office is not None:
            return office if office != ent.id else None
    if not ent.country or ent.country == ent.id:
        return None
    if ent.kind == "person":
        return ent.country
    if ent.kind == "organization":
        rx = _state_body()
        if rx.search(ent.name) or any(rx.search(m.text) for m in ent.mentions + ent.references):
            return ent.country
    return None


def add_state_actors(doc: Document, events: list[Event]) -> None:
    """Append each acting person's or state body's country to the event's actors (in place)."""
    by_id = {e.id: e for e in doc.entities}
    p = doc.published
    day = tuple(p.bounds) if p is not None and p.bounds else (None, None)
    states: dict[str, str | None] = {}          # actor id -> its state, once per document
    added_as: dict[str, tuple[str, str]] = {}   # state id -> (name, kind)
    for ev in events:
        present = {a.id for a in ev.actors}
        added = []
        for a in ev.actors:
            if a.id not in states:
                ent = by_id.get(a.id)
                states[a.id] = _state_of(ent, day) if ent is not None else None
            state = states[a.id]
            if state is None or state in present:
                continue
            if state not in added_as:
                st = state_entity(doc, state)
                added_as[state] = (st.name, st.kind) if st is not None else (state, kind_of_id(state) or "organization")
            name, kind = added_as[state]
            added.append(EventActor(state, name, a.role, kind, via="affiliation"))
            present.add(state)
        ev.actors.extend(added)
