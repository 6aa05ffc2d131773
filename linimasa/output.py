"""The output shapes of ../shared/CONTRACT.md. Fields may be added, never renamed or dropped."""
from __future__ import annotations

from typing import Any

from .document import DateValue, Document, Event, Span


def span_dict(s: Span) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "line": s.line, "text": s.text}


def date_dict(d: DateValue | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"value": d.value, "bounds": list(d.bounds) if d.bounds else None, "estimated": d.estimated}


def _actor_dict(a) -> dict[str, Any]:
    out = {"id": a.id, "name": a.name, "role": a.role}
    if a.via:
        out["via"] = a.via
    return out


def event_dict(e: Event, debug: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "date": date_dict(e.date),
        "actors": [_actor_dict(a) for a in e.actors],
        "location": e.location,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "evidence": span_dict(e.evidence),
        "confidence": round(e.confidence, 3),
        "context": e.context,
        "mentions": [span_dict(m) for m in e.mentions],
    }
    if debug:
        out["explain"] = {"trigger": span_dict(e.trigger) if e.trigger else None, "pattern": e.pattern}
    return out


def to_contract(doc: Document, debug: bool = False) -> dict[str, Any]:
    """One `linimasa extract --format jsonl` object."""
    out: dict[str, Any] = {
        "id": doc.id,
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "outlet": doc.outlet,
        "authors": list(doc.authors),
        "editors": list(doc.editors),
        "published": date_dict(doc.published),
        "language": doc.language,
        "body": doc.body,
        "removed": [dict(span_dict(r), kind=r.kind) for r in doc.removed],
        "times": [
            {**span_dict(t), "type": t.type, "value": t.value,
             "bounds": list(t.bounds) if t.bounds else None,
             **({"mod": t.mod} if t.mod else {}), **({"flags": t.flags} if t.flags else {})}
            for t in doc.times
        ],
        "entities": [
            {"id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "roles": e.roles,
             "mentions": [dict(span_dict(m), **({"role": m.role} if m.role else {})) for m in e.mentions],
             "references": [dict(span_dict(m), via=m.via, **({"role": m.role} if m.role else {}))
                            for m in e.references]}
            for e in doc.entities
        ],
        "events": [event_dict(e, debug) for e in doc.events],
        "quotes": [
            {"speaker": q.speaker, "cue": q.cue, "text": q.text, "start": q.start, "end": q.end,
             "line": q.line, "speaker_text": q.speaker_text, "attribution": q.attribution}
            for q in doc.quotes
        ],
    }
    if doc.warnings:
        out["warnings"] = list(doc.warnings)
    if debug:
        out["sentences"] = [dict(span_dict(s), section=s.section) for s in doc.sentences]
    return out
