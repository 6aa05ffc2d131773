"""Events the trigger lexicon misses, proposed by a model trained on our annotated dev sets.

The lexicon finds an act by its verb; annotators also mark acts told without a listed verb.
A proposer looks at the actor pairs of each sentence and returns extra candidates that flow
through the same dating, modality, location and merge steps as the lexicon's own.
With no trained artefact in place it proposes nothing.
"""
from __future__ import annotations

from ...document import Document
from .candidate import Candidate


class Proposer:
    """Interface the events stage calls once per document."""

    def setup(self) -> None:
        pass

    def propose(self, doc: Document, idx, units: list, cands: list) -> list[Candidate]:
        """New candidates for `doc`; `cands` are the lexicon's (Candidate, Ev|None) pairs."""
        return []
