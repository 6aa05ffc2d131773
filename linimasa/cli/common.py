"""Helpers shared by sub-commands: error reporting and stage selection."""
from __future__ import annotations

import sys
from collections import Counter


class ErrorReport:
    """Prints each per-input problem to stderr once and counts them by reason."""

    def __init__(self, quiet: bool = False):
        self.quiet = quiet
        self.counts: Counter[str] = Counter()

    def add(self, message: str, reason: str = "error") -> None:
        self.counts[reason] += 1
        print(f"linimasa: skipped {message}", file=sys.stderr)

    def summary(self) -> None:
        if self.counts and not self.quiet:
            parts = ", ".join(f"{n} {r}" for r, n in self.counts.most_common())
            print(f"linimasa: {sum(self.counts.values())} input(s) skipped ({parts})", file=sys.stderr)


def add_stage_option(p) -> None:
    p.add_argument("--stages", metavar="LIST",
                   help="comma-separated stages to run (default: all). "
                        "Known: clean, metadata, language, segment, time, entities, events, quotes")


def stage_list(args) -> list[str] | None:
    return [s.strip() for s in args.stages.split(",") if s.strip()] if getattr(args, "stages", None) else None
