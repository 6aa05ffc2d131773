"""Flat Parquet rows for one processed Document: an article row, event rows, quote rows.

Pure Python (no pyspark) so the local run and the Spark job build rows with
the same code, and tests can compare them record for record. Field names
follow CONTRACT.md; nested contract values are flattened into columns
(`date_value`, `date_start`, `date_end`, `evidence_start`, ...) and the rest
kept as JSON text columns, so nothing of the contract is lost. Event rows
also carry everything the corpus merge needs (linimasa.corpus.merge
MentionRecord fields), so the timeline is built from Parquet alone.
"""
from __future__ import annotations

import json
from typing import Any

from ..document import Document
from ..output import to_contract

SCHEMA_VERSION = 1

# (name, type) with types in a small vocabulary that spark_schema() and tests understand.
ARTICLE_COLUMNS = [
    ("id", "string"), ("source", "string"), ("record", "long"), ("url", "string"),
    ("title", "string"), ("outlet", "string"), ("authors", "array<string>"), ("editors", "array<string>"),
    ("published_value", "string"), ("published_start", "string"), ("published_end", "string"),
    ("published_estimated", "boolean"), ("language", "string"), ("body", "string"),
    ("text_chars", "long"), ("n_times", "long"), ("n_entities", "long"), ("n_events", "long"),
    ("n_quotes", "long"), ("removed_json", "string"), ("times_json", "string"),
    ("entities_json", "string"), ("warnings", "array<string>"),
]
ACTOR = "struct<id:string,name:string,role:string,kind:string,country:string>"
EVENT_COLUMNS = [
    ("key", "string"), ("article_id", "string"), ("source", "string"), ("event_index", "long"),
    ("id", "string"), ("type", "string"), ("mode", "string"),
    ("date_value", "string"), ("date_start", "string"), ("date_end", "string"), ("date_estimated", "boolean"),
    ("actors", f"array<{ACTOR}>"), ("actor_ids", "array<string>"),
    ("location_id", "string"), ("location_name", "string"),
    ("negated", "boolean"), ("hypothetical", "boolean"), ("confidence", "double"), ("context", "string"),
    ("evidence_start", "long"), ("evidence_end", "long"), ("evidence_line", "long"), ("evidence_text", "string"),
    ("spans_json", "string"), ("outlet", "string"), ("published", "string"), ("story", "string"),
]
QUOTE_COLUMNS = [
    ("article_id", "string"), ("source", "string"), ("quote_index", "long"),
    ("speaker_id", "string"), ("speaker_name", "string"), ("cue", "string"), ("text", "string"),
    ("start", "long"), ("end", "long"), ("line", "long"), ("speaker_text", "string"),
    ("attribution", "string"),
]
FAILURE_COLUMNS = [("source", "string"), ("where", "string"), ("reason", "string"), ("message", "string")]

TABLES = {"articles": ARTICLE_COLUMNS, "events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS,
          "failures": FAILURE_COLUMNS}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _bounds(d: dict | None) -> tuple[str | None, str | None]:
    b = (d or {}).get("bounds") or [None, None]
    return b[0], b[1]


def article_row(doc: Document, record: int, c: dict[str, Any]) -> dict[str, Any]:
    pub = c["published"] or {}
    start, end = _bounds(pub)
    return {
        "id": c["id"], "source": c["source"], "record": record, "url": c["url"], "title": c["title"],
        "outlet": c["outlet"], "authors": c["authors"], "editors": c["editors"],
        "published_value": pub.get("value"), "published_start": start, "published_end": end,
        "published_estimated": bool(pub.get("estimated")), "language": c["language"], "body": c["body"],
        "text_chars": len(doc.text), "n_times": len(c["times"]), "n_entities": len(c["entities"]),
        "n_events": len(c["events"]), "n_quotes": len(c["quotes"]),
        "removed_json": _json(c["removed"]), "times_json": _json(c["times"]),
        "entities_json": _json(c["entities"]), "warnings": c.get("warnings", []),
    }


def _mentions(doc: Document) -> list[dict[str, Any]]:
    try:
        from ..corpus.merge import mentions_from_document
    except ImportError:      # the corpus merge is optional; rows then carry the contract fields only
        return [{} for _ in doc.events]
    return [m.to_dict() for m in mentions_from_document(doc)]


def event_rows(doc: Document, c: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for i, (ev, m) in enumerate(zip(c["events"], _mentions(doc))):
        start, end = _bounds(ev["date"])
        actors = m.get("actors") or [dict(a, kind=None, country=None) for a in ev["actors"]]
        actors = [{k: a.get(k) for k in ("id", "name", "role", "kind", "country")} for a in actors]
        loc = ev["location"] or {}
        evid = ev["evidence"]
        out.append({
            "key": m.get("key", f"{doc.id}#{i}"), "article_id": doc.id, "source": doc.source,
            "event_index": i, "id": ev["id"], "type": ev["type"], "mode": ev["mode"],
            "date_value": (ev["date"] or {}).get("value"), "date_start": start, "date_end": end,
            "date_estimated": bool((ev["date"] or {}).get("estimated")),
            "actors": actors, "actor_ids": [a["id"] for a in actors],
            "location_id": loc.get("id"), "location_name": loc.get("name"),
            "negated": bool(ev["negated"]), "hypothetical": bool(ev["hypothetical"]),
            "confidence": float(ev["confidence"]), "context": ev.get("context"),
            "evidence_start": evid["start"], "evidence_end": evid["end"], "evidence_line": evid["line"],
            "evidence_text": evid["text"], "spans_json": _json(m.get("spans", [])),
            "outlet": doc.outlet, "published": m.get("published", (c["published"] or {}).get("value")),
            "story": m.get("story"),
        })
    return out


def quote_rows(doc: Document, c: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for i, q in enumerate(c["quotes"]):
        sp = q["speaker"] or {}
        out.append({"article_id": doc.id, "source": doc.source, "quote_index": i,
                    "speaker_id": sp.get("id"), "speaker_name": sp.get("name"), "cue": q["cue"],
                    "text": q["text"], "start": q["start"], "end": q["end"], "line": q["line"],
                    "speaker_text": q.get("speaker_text"), "attribution": q.get("attribution")})
    return out


def document_rows(doc: Document, record: int) -> dict[str, list[dict[str, Any]]]:
    """All rows for one processed document, by table name."""
    c = to_contract(doc)
    return {"articles": [article_row(doc, record, c)], "events": event_rows(doc, c),
            "quotes": quote_rows(doc, c)}


def failure_row(source: str, where: str | None, reason: str, message: str) -> dict[str, Any]:
    return {"source": source, "where": where, "reason": reason, "message": message}


def mention_dict(row: dict[str, Any]) -> dict[str, Any]:
    """An event row back to a linimasa.corpus.merge.MentionRecord dict (for the corpus merge)."""
    date = None
    if row.get("date_value") is not None or row.get("date_start") is not None:
        bounds = [row["date_start"], row["date_end"]] if row.get("date_start") else None
        date = {"value": row.get("date_value"), "bounds": bounds, "estimated": bool(row.get("date_estimated"))}
    loc = ({"id": row["location_id"], "name": row["location_name"]}
           if row.get("location_id") or row.get("location_name") else None)
    return {
        "key": row["key"], "article": row["article_id"], "type": row["type"],
        "actors": [dict(a) for a in row.get("actors") or []],
        "evidence": {"start": row["evidence_start"], "end": row["evidence_end"],
                     "line": row["evidence_line"], "text": row["evidence_text"]},
        "date": date, "mode": row.get("mode"), "location": loc, "negated": bool(row.get("negated")),
        "hypothetical": bool(row.get("hypothetical")), "confidence": float(row.get("confidence") or 0.5),
        "context": row.get("context"), "spans": json.loads(row.get("spans_json") or "[]"),
        "outlet": row.get("outlet"), "published": row.get("published"), "story": row.get("story"),
    }
