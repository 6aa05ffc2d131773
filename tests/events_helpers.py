"""Run the default pipeline on a small text for the events tests (entities: the real stage,
or a throwaway KB matcher while the entities stage is still a placeholder)."""
from __future__ import annotations

from functools import lru_cache

from linimasa.document import Document
from linimasa.pipeline import Pipeline
from linimasa.stages import DEFAULT, load_stage

from events_fake_upstream import FakeEntitiesStage, entities_stub_active


@lru_cache(maxsize=1)
def pipeline() -> Pipeline:
    stages = [FakeEntitiesStage() if n == "entities" and entities_stub_active() else load_stage(n)
              for n in DEFAULT]
    return Pipeline(stages).setup()


def events(text: str, published: str = "2021-12-16", affiliation: bool = False) -> list:
    """Events of `text`. The states that events.affiliation adds for acting officials are left
    out unless asked for, so each pattern test sees the actors its own pattern finds."""
    doc = Document(id="t", text="Judul berita\n\n" + text, given={"published": published, "title": "Judul berita"})
    evs = pipeline().run(doc).events
    if not affiliation:
        for e in evs:
            e.actors = [a for a in e.actors if a.via != "affiliation"]
    return evs


def names(ev) -> set[str]:
    return {a.name for a in ev.actors}


def find(evs, type_: str, *actors: str):
    return [e for e in evs if e.type == type_ and set(actors) <= names(e)]
