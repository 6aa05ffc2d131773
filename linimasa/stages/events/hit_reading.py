"""The state of one trigger hit while the extractor reads it: where it stands, the roles found so
far and what its context says about it. The per-hit steps (voices.py, fallbacks.py,
rereadings.py) each read and refine it, so it lives apart from all of them."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...document import Document, Entity, Sentence
from .arguments import ActorIndex, Args
from .triggers import Hit, Trigger

# acts done to someone against their will
HOSTILE = {"SANCTION", "ASSAULT", "COERCE"}
# acts that give something to the other side
GIVEN = {"SUPPORT", "AID", "COOPERATE", "AGREE", "CONCEDE"}


@dataclass(slots=True)
class HitReading:
    doc: Document
    idx: ActorIndex
    s: Sentence
    si: int
    h: Hit                  # re-typed by the rereadings ("announced-as-threat", ...)
    t: Trigger              # the trigger as found: the rereadings test and re-type this one
    quote: tuple[int, int, Entity] | None    # the quotation the hit stands in, coded as its speaker's
    cstart: int
    cend: int
    objs: list              # the object groups after the trigger, as (preposition, items)
    args: Args = field(default_factory=Args)
    notes: list[str] = field(default_factory=list)
    anaphoric: bool = False          # "pertemuan itu": refers to an event already told
    listed: list[Entity] | None = None    # doers listed after a copula, each of whom acted
    neg: bool = False
    hyp: bool = False

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def last(self) -> dict[str, list[Entity]]:
        """The target of the last hostile act of each type in the document, for a later
        'serangan itu'."""
        return self.idx.doc.scratch.setdefault("events_last_target", {})
