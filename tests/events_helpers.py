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


def events(text: str, published: str = "2021-12-16") -> list:
    doc = Document(id="t", text="Judul berita\n\n" + text, given={"published": published, "title": "Judul berita"})
    return pipeline().run(doc).events


def names(ev) -> set[str]:
    return {a.name for a in ev.actors}


def find(evs, type_: str, *actors: str):
    return [e for e in evs if e.type == type_ and set(actors) <= names(e)]
