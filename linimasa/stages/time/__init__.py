"""The 'time' stage: Indonesian temporal expressions (TIMEX3) with ISO 8601 values.

For each kept sentence (title and body; offsets into the original `doc.text`) it finds
dates, times, durations and sets with one precompiled pattern built from
lang/id/time/*.yaml plus babel's Indonesian month and day names, and resolves relative
expressions against the publication date. When the article states no date, the stage
estimates `doc.published` (estimated=True, with bounds) from the text first
(see estimate.py). Durations anchored to another event ("delapan hari setelah ...")
are emitted with anchor='event' and flags ['after'|'before'|'within']; the events
stage resolves them with `linimasa.stages.time.resolve.resolve_relative`.

Range convention: "3-5 Juli 2019" gives one DATE per day ("3" = 2019-07-03,
"5 Juli 2019" = 2019-07-05), as do "Juni-Juli 2014" and "2013-2014" (TimeML
annotates the end points, not the interval).
"""
from __future__ import annotations

from ...document import Document
from ...pipeline import Stage
from .context import Anchor
from .estimate import estimate
from .lexicon import build
from .tagger import Hit, Tagger

__all__ = ["TimeStage"]


class TimeStage(Stage):
    name = "time"
    requires = frozenset({"sentences", "meta"})
    provides = frozenset({"times"})

    def __init__(self) -> None:
        self.tagger: Tagger | None = None

    def setup(self) -> None:
        if self.tagger is None:
            self.tagger = Tagger(build())

    def scan(self, doc: Document) -> list[Hit]:
        self.setup()
        hits: list[Hit] = []
        for i, s in enumerate(doc.sentences):
            hits.extend(self.tagger.scan(s.text, s.start, i))
        return hits

    def process(self, doc: Document) -> Document:
        hits = self.scan(doc)
        if doc.published.value is None and not doc.published.bounds:
            guess = self._estimate(doc, hits)
            if guess is not None:
                doc.published = guess
        times = self.tagger.normalise(hits, Anchor.of(doc.published))
        # line numbers by counting newlines between consecutive timexes: one pass over the
        # text instead of building a newline index of the whole document
        text, pos, line = doc.text, 0, 1
        for t in sorted(times, key=lambda t: t.start):
            line += text.count("\n", pos, t.start)
            pos = t.start
            t.line = line
            t.text = text[t.start:t.end]
        doc.times = times
        return doc

    def _estimate(self, doc: Document, hits: list[Hit]):
        dateline_days: list[str] = []
        for r in doc.removed:
            if r.kind == "dateline":
                for t in self.tagger.normalise(self.tagger.scan(r.text, r.start), Anchor()):
                    if t.type in ("DATE", "TIME") and t.value and t.value[:4].isdigit() and len(t.value) >= 10:
                        dateline_days.append(t.value[:10])
        absolute = self.tagger.normalise(hits, Anchor())
        # normalise() drops invalid hits; keep hits aligned with their timexes
        aligned = _align(hits, absolute)
        return estimate([t for t, _ in aligned], [h for _, h in aligned], dateline_days)


def _align(hits, times):
    out, j = [], 0
    for t in times:
        while j < len(hits) and (hits[j].start, hits[j].end) != (t.start, t.end):
            j += 1
        if j < len(hits):
            out.append((t, hits[j]))
            j += 1
    return out
