"""Stages and the pipeline that chains them.

Each stage declares the capabilities it `requires` and `provides`. A pipeline
checks the order when it is built, so a wrong order fails before the first
document, not half-way through a batch.
"""
from __future__ import annotations

import time
from typing import ClassVar, Iterable

from .document import Document

# What a freshly read document already has: its text and whatever the input stated.
INITIAL = frozenset({"text", "given"})


class PipelineError(ValueError):
    """The stages cannot run in the order given."""


class StageError(RuntimeError):
    """A stage failed on one document; the engine reports it and moves on."""

    def __init__(self, stage: str, doc_id: str, cause: BaseException):
        super().__init__(f"stage '{stage}' failed on document '{doc_id}': "
                         f"{type(cause).__name__}: {cause}")
        self.stage, self.doc_id, self.cause = stage, doc_id, cause


class Stage:
    """Base class: subclasses set `name`, `requires`, `provides` and implement `process`."""

    name: ClassVar[str] = "stage"
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()

    def setup(self) -> None:
        """Load models and data once per process (or per Spark partition)."""

    def process(self, doc: Document) -> Document:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}: {sorted(self.requires)} -> {sorted(self.provides)}>"


class Pipeline:
    def __init__(self, stages: Iterable[Stage], initial: frozenset[str] = INITIAL):
        self.stages = list(stages)
        self.initial = initial
        self._check()
        self._ready = False
        self.timings: dict[str, float] = {s.name: 0.0 for s in self.stages}

    def _check(self) -> None:
        have = set(self.initial)
        seen: set[str] = set()
        for stage in self.stages:
            if stage.name in seen:
                raise PipelineError(f"stage '{stage.name}' appears twice in the pipeline")
            seen.add(stage.name)
            missing = stage.requires - have
            if missing:
                later = [s.name for s in self.stages if s.provides & missing and s is not stage]
                hint = (f"move {', '.join(repr(n) for n in later)} before it" if later
                        else "add a stage that provides it")
                raise PipelineError(
                    f"stage '{stage.name}' requires {sorted(missing)}, which no earlier stage "
                    f"provides; {hint}")
            have |= stage.provides
        self.provides = frozenset(have)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def setup(self) -> "Pipeline":
        if not self._ready:
            for stage in self.stages:
                stage.setup()
            self._ready = True
        return self

    def run(self, doc: Document) -> Document:
        """Run every stage on one document. Knows nothing of the engine calling it."""
        self.setup()
        for stage in self.stages:
            t0 = time.perf_counter()
            try:
                doc = stage.process(doc)
            except Exception as exc:  # noqa: BLE001 - reported per document by the engine
                raise StageError(stage.name, doc.id, exc) from exc
            self.timings[stage.name] += time.perf_counter() - t0
            for cap in stage.provides:
                if cap not in doc.done:
                    doc.done.append(cap)
        return doc

    __call__ = run
