"""What a batch yields instead of a document when one input fails, and the tally of them.

A failure is data, not an exception: one bad record must never end a job of
millions, so the runner turns every per-document problem into a `Failure`,
counts it by reason and keeps going.
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from typing import TextIO

# Reasons are short categories so that a summary of a million-document run stays readable.
UNREADABLE = "unreadable input"
WORKER_CRASHED = "worker crashed"


def stage_reason(stage: str) -> str:
    return f"stage '{stage}' failure"


@dataclass(slots=True)
class Failure:
    """One input that produced no document; `reason` is a category, `message` the detail."""

    source: str
    reason: str
    message: str
    where: str | None = None      # e.g. 'line 12' of a JSONL file, a document id
    doc_id: str | None = None

    def __str__(self) -> str:
        loc = f" ({self.where})" if self.where else ""
        return f"{self.source}{loc}: {self.message}"


class FailureReport:
    """Counts failures per reason; prints each one (unless quiet) and a summary at the end."""

    def __init__(self, quiet: bool = False, stream: TextIO | None = None, max_listed: int = 20):
        self.quiet = quiet
        self.stream = stream
        self.counts: Counter[str] = Counter()
        self.max_listed = max_listed

    def add(self, failure: Failure) -> None:
        self.counts[failure.reason] += 1
        # Past a few dozen, the per-item lines drown the useful ones; the summary still counts all.
        if not self.quiet and self.counts.total() <= self.max_listed:
            print(f"linimasa: skipped {failure}", file=self.stream or sys.stderr)
            if self.counts.total() == self.max_listed:
                print("linimasa: (further skipped inputs are only counted)", file=self.stream or sys.stderr)

    @property
    def total(self) -> int:
        return self.counts.total()

    def summary_line(self) -> str | None:
        if not self.counts:
            return None
        parts = ", ".join(f"{n} {r}" for r, n in self.counts.most_common())
        return f"linimasa: {self.total} input(s) skipped ({parts})"

    def summary(self) -> None:
        line = self.summary_line()
        if line:
            print(line, file=self.stream or sys.stderr)
