"""The per-article core: `process(doc) -> Document`.

It knows nothing of the engine that calls it; the CLI, the local worker pool
and Spark's mapPartitions all call the same function.
"""
from __future__ import annotations

import gc
from typing import Sequence

from .document import Document
from .pipeline import Pipeline
from .stages import DEFAULT, load_stage

_cached: dict[tuple[str, ...], Pipeline] = {}


def build_pipeline(stages: Sequence[str] | None = None) -> Pipeline:
    """A checked pipeline of the named stages (default: all, in order)."""
    return Pipeline(load_stage(n) for n in (stages or DEFAULT))


def get_pipeline(stages: Sequence[str] | None = None) -> Pipeline:
    """One set-up pipeline per process and stage list, so models load once."""
    key = tuple(stages or DEFAULT)
    if key not in _cached:
        _cached[key] = build_pipeline(key).setup()
        # Models, lexicons and automata live as long as the process: move them out of the
        # collector's generations so each article's garbage collection skips them.
        gc.collect()
        gc.freeze()
    return _cached[key]


def process(doc: Document, stages: Sequence[str] | None = None) -> Document:
    return get_pipeline(stages).run(doc)
