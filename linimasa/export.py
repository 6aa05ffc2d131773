"""Exports of a store: events, articles or quotes as JSONL, CSV or Parquet; events as TimelineJS JSON.

TimelineJS (Knight Lab) renders `text` fields as HTML, so every value put
there is HTML-escaped here.
"""
from __future__ import annotations

import csv
import html
import json
from typing import Any, Iterator

from .corpus.timeline import TimelineFilter
from .document import Document
from .output import to_contract

FORMATS = ("jsonl", "csv", "parquet", "timelinejs")
WHATS = ("events", "articles", "quotes")
PAGE = 500


class ExportError(ValueError):
    """The export cannot be made as asked."""


def iter_events(store, flt: TimelineFilter | None = None) -> Iterator[dict[str, Any]]:
    flt = flt or TimelineFilter(include_undated=True)
    offset = 0
    while True:
        page = store.events(flt, PAGE, offset)
        yield from page["items"]
        offset += PAGE
        if offset >= page["total"]:
            return


def _iter_article_records(store) -> Iterator[dict[str, Any]]:
    last = ""
    while True:
        rows = store.db.query("SELECT id, story, record FROM articles WHERE id > :last ORDER BY id LIMIT :n",
                              {"last": last, "n": PAGE})
        if not rows:
            return
        for r in rows:
            rec = json.loads(r["record"])
            rec["_story"] = r["story"]
            yield rec
        last = rows[-1]["id"]


def iter_articles(store) -> Iterator[dict[str, Any]]:
    for rec in _iter_article_records(store):
        story = rec.pop("_story")
        row = to_contract(Document.from_record(rec))
        row["story"] = story
        yield row


def iter_quotes(store) -> Iterator[dict[str, Any]]:
    for rec in _iter_article_records(store):
        for q in rec.get("quotes") or []:
            speaker = q.get("speaker") or {}
            yield {"article": rec["id"], "outlet": rec.get("outlet"), "speaker_id": speaker.get("id"),
                   "speaker_name": speaker.get("name"), "speaker_text": q.get("speaker_text"),
                   "cue": q.get("cue"), "text": q.get("text"), "line": q.get("line"),
                   "start": q.get("start"), "end": q.get("end")}


def flat_event(e: dict[str, Any]) -> dict[str, Any]:
    d = e.get("date") or {}
    b = d.get("bounds") or [None, None]
    return {"id": e["id"], "type": e["type"], "mode": e.get("mode"), "date": d.get("value"),
            "date_start": b[0], "date_end": b[1],
            "actors": "; ".join(a["name"] for a in e["actors"]),
            "actor_ids": "; ".join(a["id"] for a in e["actors"]),
            "location": (e.get("location") or {}).get("name"), "summary": e.get("summary"),
            "sources": e.get("sources"), "confidence": e.get("confidence"),
            "mentions": json.dumps(e.get("mentions") or [], ensure_ascii=False),
            "conflicts": json.dumps(e.get("conflicts") or [], ensure_ascii=False)}


def flat_article(a: dict[str, Any]) -> dict[str, Any]:
    pub = a.get("published") or {}
    return {"id": a["id"], "title": a.get("title"), "outlet": a.get("outlet"), "published": pub.get("value"),
            "url": a.get("url"), "story": a.get("story"), "language": a.get("language"),
            "n_events": len(a.get("events") or []), "body": a.get("body")}


def rows_for(store, what: str, flat: bool) -> Iterator[dict[str, Any]]:
    if what == "events":
        return (flat_event(e) if flat else e for e in iter_events(store))
    if what == "articles":
        return (flat_article(a) if flat else a for a in iter_articles(store))
    if what == "quotes":
        return iter_quotes(store)
    raise ExportError(f"unknown --what '{what}'; choose one of {', '.join(WHATS)}")


def timelinejs(store, title: str = "Linimasa") -> dict[str, Any]:
    """Knight Lab TimelineJS JSON: {title, events[{start_date{year,month,day}, text{headline,text}, group}]}."""
    events = []
    for e in iter_events(store, TimelineFilter()):
        value = (e.get("date") or {}).get("value") or ""
        parts = value[:10].split("-")
        if not parts or not parts[0].isdigit():
            continue
        start = {"year": int(parts[0])}
        if len(parts) > 1 and parts[1].isdigit():
            start["month"] = int(parts[1])
        if len(parts) > 2 and parts[2].isdigit():
            start["day"] = int(parts[2])
        cites = "".join(f"<li>{html.escape(m.get('text') or '')} <em>({html.escape(str(m['article']))}, "
                        f"baris {m.get('line')})</em></li>" for m in e["mentions"])
        events.append({"unique_id": e["id"], "start_date": start, "group": e["type"],
                       "text": {"headline": html.escape(e.get("summary") or e["type"]),
                                "text": f"<ul>{cites}</ul>"}})
    return {"title": {"text": {"headline": html.escape(title),
                               "text": html.escape(f"{len(events)} peristiwa dari linimasa")}},
            "events": events}


def export(store, fmt: str, what: str, path: str) -> int:
    """Write the export to PATH; returns the number of records written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format '{fmt}'; choose one of {', '.join(FORMATS)}")
    if fmt == "timelinejs":
        if what != "events":
            raise ExportError("TimelineJS exports events only; drop --what or use --what events")
        data = timelinejs(store)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
        return len(data["events"])
    rows = rows_for(store, what, flat=fmt != "jsonl")
    n = 0
    if fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
        return n
    if fmt == "csv":
        with open(path, "w", encoding="utf-8", newline="") as f:
            writer = None
            for r in rows:
                if writer is None:
                    writer = csv.DictWriter(f, fieldnames=list(r))
                    writer.writeheader()
                writer.writerow(r)
                n += 1
        return n
    import pyarrow as pa
    import pyarrow.parquet as pq
    data = list(rows)
    pq.write_table(pa.Table.from_pylist(data), path)
    return len(data)
