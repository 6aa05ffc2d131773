"""The record that carries one trigger hit from extraction to the event stage: its own module so
that the extractor and the special-construction finders can both build it without importing
each other."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...document import Entity, Sentence
from .arguments import Args, dedupe
from .triggers import Hit


@dataclass(slots=True)
class Candidate:
    hit: Hit
    sentence: Sentence
    sent_index: int
    args: Args
    negated: bool = False
    hypothetical: bool = False
    anaphoric: bool = False           # "pertemuan itu": refers to an event already told
    clause: tuple[int, int] = (0, 0)
    notes: list[str] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.hit.trigger.type

    def actors(self) -> list[Entity]:
        return dedupe(self.args.source + self.args.target + self.args.participants)

