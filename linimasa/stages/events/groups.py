"""Unnamed collective actors ("pengunjuk rasa", "polisi", "warga sipil Suriah"): where the text
names a group instead of a person, state or organisation, and what the group is called. Groups
join the named actors in ActorIndex, so every construction reads them the same way."""
from __future__ import annotations

import bisect
import re

from ...document import Document, Entity
from .cues import Cues
from .cues import cues as _shared_cues
from .items import Item, state_entity

_P = _shared_cues().patterns
_PLACE_LEAD = _P["place_lead"]


def _demonym(place: Entity) -> str:
    """'Iraqi' for Iraq (kb/demonyms.tsv), else the place's own name ('Hong Kong')."""
    global _DEMONYMS
    if _DEMONYMS is None:
        from ...lang import load_lines
        _DEMONYMS = dict(line.split("\t", 1) for line in load_lines("id", "kb/demonyms.tsv") if "\t" in line)
    return _DEMONYMS.get(place.id, place.name)


_DEMONYMS: dict[str, str] | None = None


def _state_before(doc: Document, cues: Cues, pos: int, memo: dict | None = None) -> Entity | None:
    """The state of the place told nearest before pos as a place ("di Hong Kong", "di kawasan
    Wanchai, Hong Kong"; a nationality such as "wartawan Indonesia" is no place), else of the
    article's first place (its dateline): a country as itself, a place as the state the KB names
    by the place's own name, else the state it lies in."""
    text = doc.text

    def is_place(start: int) -> bool:
        lead = _PLACE_LEAD.search(text, max(0, start - 40), start)
        head = text[max(0, start - 60):lead.start()] if lead else ""
        return bool(cues.before_place.search(head + " "))

    places = memo.get("places") if memo is not None else None
    if places is None:          # the same for every position of one document
        rows = sorted(((m.start, e) for e in doc.entities if e.kind in ("country", "location")
                       for m in (*e.mentions, *e.references)), key=lambda r: r[0])
        places = [(st, e) for st, e in rows if is_place(st)] or rows[:1]
        if memo is not None:
            memo["places"] = places
    before = [e for st, e in places if st < pos]
    ent = before[-1] if before else (places[0][1] if places else None)
    return _place_state(doc, ent) if ent is not None else None


def _place_state(doc: Document, ent: Entity) -> Entity | None:
    """A country as itself; a place as the state the KB names by the place's own name (Hong
    Kong), else the state it lies in (Baghdad -> Iraq)."""
    if ent.kind == "country":
        return ent
    from ...kb import get_kb
    same = [k for k in get_kb().lookup(ent.name) if k.kind == "country"]
    cid = same[0].id if same else ent.country
    return state_entity(doc, str(cid)) if cid else None


def group_items(doc: Document, cues: Cues, kept: list[Item], places: dict[int, Item]) -> list[Item]:
    """`kept` with the unnamed collective actors the annotators code ("pengunjuk rasa",
    "polisi") added; `places` holds every country and place mention by its start. A group is
    named by its people when a label is known, else by its surface head. The place that
    qualifies a group ("demonstran Irak") is no actor of its own; a group word that is a
    person's role ("pemimpin oposisi Venezuela Juan Guaido") is no group."""
    if cues.group_actors is None:
        return kept
    taken = sorted((it.start, it.end) for it in kept)
    starts = [a for a, _ in taken]
    reach, far = [], -1             # reach[i]: the furthest end among taken[:i + 1]
    for _, b in taken:
        far = max(far, b)
        reach.append(far)
    extra, qualifiers = [], set()
    memo: dict = {}
    named = {it.start for it in kept if it.entity.kind in ("person", "organization")}
    for m in cues.places(doc, "group").finditer(0, len(doc.text)):
        i = bisect.bisect_left(starts, m.end())     # taken[:i] start before the match ends
        if i and reach[i - 1] > m.start():
            continue
        head = cues.group_head(m.group())
        link = cues.group_place_link.match(doc.text, m.end())
        if m.group().lower() in cues.group_named_unit and link and link.end() not in places \
                and doc.text[link.end():link.end() + 1].isupper():
            continue
        at = places.get(link.end()) if link else None
        place = at.entity if at is not None else None
        after = at.end if at is not None else m.end()
        if any(p in named for p in range(after, after + 4)):
            continue        # a role or a description of the name after it
        if cues.group_anaphor.match(m.group()) and cues.demonstrative_after.match(doc.text, after):
            continue        # "kelompok militan tersebut": the named group told before
        if place is not None:
            qualifiers.add(link.end())
        home = _place_state(doc, place) if place is not None and head in cues.group_labels else None
        if home is not None or head in cues.group_stateless:
            # "demonstran Irak", "pengunjuk rasa di Baghdad": whose protesters the text says,
            # named with their people ("Iraqi protesters"). A bare "pengunjuk rasa" keeps its
            # own words: guessing its people from the story's places went wrong as often as right.
            label = cues.group_labels[head]
            name = label if head in cues.group_stateless else f"{_demonym(home)} {label}"
            state = state_entity(doc, str(place.country)) \
                if head in cues.state_agents and place is not None and place.country else None
        else:
            name = head
            state = _state_before(doc, cues, m.start(), memo) if head in cues.state_agents else None
        ent = Entity("group:" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"), name, "organization",
                     country=state.id if state is not None else None)
        extra.append(Item(m.start(), m.end(), ent, m.group(), "group"))
    if not extra:
        return kept
    kept = [it for it in kept if it.start not in qualifiers]
    return sorted(kept + extra, key=lambda it: it.start)
