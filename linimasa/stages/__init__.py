"""Stage registry. Stages are imported lazily so that a missing optional model
never breaks `import linimasa`."""
from __future__ import annotations

import importlib

from ..pipeline import Stage

# name -> "module:Class", in the default order.
REGISTRY: dict[str, str] = {
    "clean": "linimasa.stages.clean:CleanStage",
    "metadata": "linimasa.stages.metadata:MetadataStage",
    "language": "linimasa.stages.language:LanguageStage",
    "segment": "linimasa.stages.segment:SegmentStage",
    "time": "linimasa.stages.time:TimeStage",
    "entities": "linimasa.stages.entities:EntitiesStage",
    "quotes": "linimasa.stages.quotes:QuotesStage",
    "events": "linimasa.stages.events:EventsStage",
}

DEFAULT = list(REGISTRY)


def load_stage(name: str) -> Stage:
    try:
        target = REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown stage '{name}'; known stages: {', '.join(REGISTRY)}") from None
    module, cls = target.split(":")
    return getattr(importlib.import_module(module), cls)()
