"""HTML pages: timeline, event, actor, article and search views (server-rendered, escaped)."""
from __future__ import annotations

from collections import OrderedDict
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..corpus import dates
from ..corpus.plover import event_types, quad_label, quad_of
from ..corpus.render import date_label
from ..corpus.timeline import FilterError, TimelineFilter
from .app import not_found
from .highlight import Mark, article_marks, segments
from .templating import environment

router = APIRouter(include_in_schema=False)
PAGE = 100
GROUP_CHARS = {"year": 4, "month": 7, "day": 10}
ZOOM_IN = {"year": "month", "month": "day", "day": "day"}


def _render(name: str, **ctx: Any) -> HTMLResponse:
    env = environment()
    ctx.setdefault("date_label", date_label)
    ctx.setdefault("quad_of", quad_of)
    ctx.setdefault("quad_label", quad_label)
    return HTMLResponse(env.get_template(name).render(**ctx))


def _store(request: Request):
    return request.app.state.stores.get()


def _auto_group(buckets_by_year: list[dict[str, Any]]) -> str:
    years = len(buckets_by_year)
    return "year" if years > 4 else "month" if years > 1 else "day"


def _bucket_range(key: str) -> tuple[str, str]:
    iv = dates.value_interval(key)
    return iv if iv else (key, key)


@router.get("/", response_class=HTMLResponse)
def timeline_page(request: Request, actor: list[str] = Query([]), type: list[str] = Query([]),
                  since: str | None = None, until: str | None = None, group: str | None = None,
                  undated: bool = False, page: int = Query(1, ge=1)):
    store = _store(request)
    actor = [a for a in actor if a.strip()]
    type = [t for t in type if t.strip()]
    error = None
    try:
        flt = TimelineFilter(actors=actor, types=type, since=since or None, until=until or None,
                             include_undated=undated)
    except FilterError as exc:
        error, flt = str(exc), TimelineFilter(actors=actor, types=type, include_undated=undated)
    if group not in GROUP_CHARS:
        group = _auto_group(store.buckets(flt, "year"))
    buckets = store.buckets(flt, group)
    result = store.events(flt, PAGE, (page - 1) * PAGE)
    groups: "OrderedDict[str, list]" = OrderedDict()
    n = GROUP_CHARS[group]
    for e in result["items"]:
        iv = dates.interval(e.get("date"))
        groups.setdefault(iv[0][:n] if iv and (e.get("date") or {}).get("value") else "tanpa tanggal", []).append(e)
    base = {"actor": actor, "type": type, "since": since or "", "until": until or "", "undated": int(undated)}

    def link(**changes: Any) -> str:
        q = {**base, "group": group, **changes}
        q = {k: v for k, v in q.items() if v not in ("", None, [], 0)}
        return "/?" + urlencode(q, doseq=True)

    zoom = []
    for b in buckets:
        lo, hi = _bucket_range(b["key"])
        zoom.append({**b, "href": link(since=lo, until=hi, group=ZOOM_IN[group], page=None)})
    peak = max((b["count"] for b in buckets), default=1)
    pages = max(1, -(-result["total"] // PAGE))
    return _render("timeline.html", groups=groups, result=result, buckets=zoom, peak=peak, group=group,
                   actor=actor, types=type, since=since or "", until=until or "", undated=undated,
                   all_types=event_types(), page=page, pages=pages, link=link, error=error,
                   top_actors=store.actors(limit=200)["items"], title="Linimasa")


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str):
    store = _store(request)
    ev = store.event(event_id)
    if ev is None:
        raise not_found("event", event_id)
    by_article: "OrderedDict[str, list]" = OrderedDict()
    for m in ev["mentions"]:
        by_article.setdefault(m["article"], []).append(m)
    sources = []
    for art_id, mentions in by_article.items():
        row = store.article(art_id)
        if row is None:
            continue
        text = row["record"]["text"]
        marks = [Mark(m["start"], m["end"], "cite", f"baris {m['line']}") for m in mentions
                 if m.get("start") is not None]
        sources.append({"article": row, "mentions": mentions, "segments": segments(text, marks)})
    return _render("event.html", ev=ev, sources=sources, title=ev.get("summary") or ev["type"])


@router.get("/actor/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: str, page: int = Query(1, ge=1)):
    store = _store(request)
    info = store.actor(actor_id)
    if info is None:
        raise not_found("actor", actor_id)
    result = store.events(TimelineFilter(actors=[actor_id], include_undated=True), PAGE, (page - 1) * PAGE)
    peak = max((b["count"] for b in info["by_year"]), default=1)
    return _render("actor.html", actor=info, result=result, peak=peak, page=page,
                   pages=max(1, -(-result["total"] // PAGE)), title=info["name"])


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, hl: list[str] = Query([])):
    store = _store(request)
    row = store.article(article_id)
    if row is None:
        raise not_found("article", article_id)
    rec = row["record"]
    marks = article_marks(rec)
    for h in hl:       # ?hl=START-END marks a cited sentence
        try:
            a, b = (int(x) for x in h.split("-", 1))
            marks.append(Mark(a, b, "cite", "dikutip"))
        except ValueError:
            continue
    return _render("article.html", row=row, rec=rec, segments=segments(rec["text"], marks),
                   title=rec.get("title") or row["id"])


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", what: str = "articles", page: int = Query(1, ge=1)):
    what = what if what in ("articles", "events") else "articles"
    res = _store(request).search(q, what, 20, (page - 1) * 20) if q.strip() else None
    pages = max(1, -(-res["total"] // 20)) if res else 1
    return _render("search.html", q=q, what=what, res=res, page=page, pages=pages, title=f"Cari: {q}")
