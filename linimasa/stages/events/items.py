"""The records argument finding works with: an actor mention in the text (Item), the roles
read for one trigger (Args), and a state as an entity of the document (state_entity)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...document import Document, Entity


@dataclass(slots=True)
class Item:
    start: int
    end: int
    entity: Entity
    text: str
    via: str = "ner"


@dataclass(slots=True)
class Args:
    source: list[Entity] = field(default_factory=list)
    target: list[Entity] = field(default_factory=list)
    participants: list[Entity] = field(default_factory=list)
    how: list[str] = field(default_factory=list)     # debug notes


def state_entity(doc: Document, country_id: str) -> Entity | None:
    """The document's entity for a state id, else one built from the KB."""
    for e in doc.entities:
        if e.id == country_id:
            return e
    from ...kb import get_kb
    k = get_kb().get(country_id)
    return Entity(k.id, k.name, k.kind, [], country=k.country, in_kb=True) if k is not None else None
