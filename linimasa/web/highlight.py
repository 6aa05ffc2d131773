"""Split article text into segments carrying the annotation classes that cover them.

The template escapes each segment's text (Jinja autoescape), so highlighting
never turns article text into markup: `<script>` in an article stays text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable


@dataclass
class Mark:
    start: int
    end: int
    cls: str                 # CSS class: ent, time, event, quote, cite
    title: str = ""
    ref: str | None = None   # e.g. an event id or entity id, for links and data attributes


@dataclass
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    start: int = 0


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Cut TEXT at every mark boundary; each piece lists the marks covering it (overlaps allowed)."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m.start <= a and b <= m.end]
        seg = Segment(text[a:b], sorted({m.cls for m in covering}),
                      [m.title for m in covering if m.title], [m.ref for m in covering if m.ref], a)
        if out and not seg.classes and not out[-1].classes:
            out[-1].text += seg.text
        else:
            out.append(seg)
    return out


def article_marks(record: dict, layers: Iterable[str] = ("ent", "time", "event", "quote")) -> list[Mark]:
    """Marks for every annotation of a stored Document record."""
    layers = set(layers)
    marks: list[Mark] = []
    if "ent" in layers:
        for e in record.get("entities") or []:
            for m in e.get("mentions") or []:
                marks.append(Mark(m["start"], m["end"], "ent", f"{e['name']} ({e['kind']})", e["id"]))
    if "time" in layers:
        for t in record.get("times") or []:
            marks.append(Mark(t["start"], t["end"], "time", f"{t.get('type')} {t.get('value') or ''}".strip()))
    if "event" in layers:
        for i, ev in enumerate(record.get("events") or []):
            s = ev.get("evidence") or {}
            if "start" in s:
                actors = ", ".join(a["name"] for a in ev.get("actors") or [])
                flag = " (negated)" if ev.get("negated") else " (hypothetical)" if ev.get("hypothetical") else ""
                date = (ev.get("date") or {}).get("value") or "?"
                marks.append(Mark(s["start"], s["end"], "event", f"{ev['type']}{flag} {date}: {actors}", f"ev{i}"))
    if "quote" in layers:
        for q in record.get("quotes") or []:
            who = (q.get("speaker") or {}).get("name") or q.get("speaker_text") or "?"
            marks.append(Mark(q["start"], q["end"], "quote", f"kutipan: {who}"))
    return marks
