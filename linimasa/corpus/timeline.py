"""Timelines: merged events in date order, filtered, in the CONTRACT.md entry shape."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from ..document import Document
from . import dates
from .actors import actor_matches, kb_aliases
from .dedup import DedupIndex, dedup_text, signature
from .merge import MergedEvent, MentionRecord, merge_mentions, mentions_from_document


class FilterError(ValueError):
    """A filter value the user gave cannot be understood."""


def parse_day(value: str | None, end: bool = False) -> str | None:
    """'2022', '2022-02' or '2022-02-04' -> the first (or last) day it covers."""
    if not value:
        return None
    iv = dates.value_interval(value.strip())
    if iv is None:
        raise FilterError(f"cannot read the date '{value}'; write it as YYYY, YYYY-MM or YYYY-MM-DD")
    return iv[1] if end else iv[0]


@dataclass
class TimelineFilter:
    actors: list[str] = field(default_factory=list)     # every named actor must take part
    since: str | None = None
    until: str | None = None
    types: list[str] = field(default_factory=list)
    include_undated: bool = False

    def __post_init__(self) -> None:
        self.since_day = parse_day(self.since)
        self.until_day = parse_day(self.until, end=True)
        self.types = [t.strip().upper() for x in self.types for t in str(x).split(",") if t.strip()]

    def accepts(self, entry: dict[str, Any], aliases: Callable[[str], Iterable[str]] = kb_aliases) -> bool:
        if self.types and entry["type"] not in self.types:
            return False
        date = entry.get("date") or {}
        # A date only inferred (inherited from publication, or bounded by "less than two
        # months before") is not a point on a chronology; show it only on request.
        if (not date.get("value") or date.get("estimated")) and not self.include_undated:
            return False
        iv = dates.interval(date)
        if self.since_day and (iv is None or iv[1] < self.since_day):
            return False
        if self.until_day and (iv is None or iv[0] > self.until_day):
            return False
        for query in self.actors:
            if not any(actor_matches(query, a["id"], a.get("name") or "", aliases(a["id"]))
                       for a in entry["actors"]):
                return False
        return True


def mention_entry(m: MentionRecord, parent_type: str) -> dict[str, Any]:
    out = {"article": m.article, "line": m.evidence.get("line"), "text": m.evidence.get("text"),
           "start": m.evidence.get("start"), "end": m.evidence.get("end"), "outlet": m.outlet,
           "date": (m.date or {}).get("value")}
    if m.type != parent_type:
        out["type"] = m.type            # e.g. the joint statement reported as part of a meeting
    if m.story and m.story != m.article:
        out["duplicate_of"] = m.story
    return out


def timeline_entry(ev: MergedEvent) -> dict[str, Any]:
    """One CONTRACT.md timeline entry (plus conflicts, sources and confidence)."""
    iv = ev.interval()
    date = None
    if ev.date is not None or iv:
        date = {"value": (ev.date or {}).get("value"), "bounds": list(iv) if iv else None,
                "estimated": bool((ev.date or {}).get("estimated"))}
    loc = ev.location
    return {
        "id": ev.id, "type": ev.type, "mode": ev.mode, "date": date,
        "actors": [{"id": a["id"], "name": a["name"], **({"via": a["via"]} if a.get("via") else {})}
                   for a in ev.actors],
        "location": {"id": loc.get("id"), "name": loc.get("name")} if loc else None,
        "summary": ev.summary,
        "mentions": [mention_entry(m, ev.type) for m in ev.mentions],
        "context": ev.context,
        "conflicts": ev.conflicts,
        "sources": len(ev.stories),
        "confidence": ev.confidence,
    }


def sort_entries(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def key(e):
        iv = dates.interval(e.get("date"))
        return (iv[0] if iv else "9999", iv[1] if iv else "9999", e["type"], e["id"])
    return sorted(entries, key=key)


def filter_entries(entries: Iterable[dict[str, Any]], flt: TimelineFilter,
                   aliases: Callable[[str], Iterable[str]] = kb_aliases) -> list[dict[str, Any]]:
    return sort_entries([e for e in entries if flt.accepts(e, aliases)])


def add_aliases(known: dict[str, set[str]], doc: Document) -> None:
    """Surface forms each entity was written as, so --actor 'Putin' finds person:vladimir-putin."""
    for ent in doc.entities:
        names = known.setdefault(ent.id, set())
        names.add(ent.name)
        names.update(m.text for m in ent.mentions)
        names.update(m.role for m in ent.mentions if m.role)


def build_timeline(docs: Iterable[Document], flt: TimelineFilter | None = None) -> list[dict[str, Any]]:
    """Merge the documents' events across articles and return filtered timeline entries.

    Documents are consumed one by one and only their event mentions are kept,
    so a large input does not have to fit in memory as whole Documents.
    """
    flt = flt or TimelineFilter()
    index = DedupIndex()
    mentions: list[MentionRecord] = []
    known: dict[str, set[str]] = {}
    for d in docs:
        story = index.assign(d.id, signature(dedup_text(d)))
        mentions += mentions_from_document(d, story if story != d.id else None)
        add_aliases(known, d)
    events = merge_mentions(mentions)

    def aliases(actor_id: str) -> list[str]:
        return sorted(known.get(actor_id, ())) + kb_aliases(actor_id)

    return filter_entries((timeline_entry(e) for e in events), flt, aliases)
