"""JSON endpoints. Every list takes filters plus limit/offset and returns {total, limit, offset, items}."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Request

from ..corpus.timeline import TimelineFilter
from .app import not_found

router = APIRouter(tags=["api"])


def store_of(request: Request):
    return request.app.state.stores.get()


def make_filter(actor: list[str] | None, type: list[str] | None, since: str | None, until: str | None,
                include_undated: bool) -> TimelineFilter:
    return TimelineFilter(actors=actor or [], types=type or [], since=since, until=until,
                          include_undated=include_undated)


Limit = Query(50, ge=1, le=1000, description="page size")
Offset = Query(0, ge=0, description="items to skip")
ActorQ = Query(None, description="actor id, name or alias; repeat: events involving all of them")
TypeQ = Query(None, description="PLOVER event type(s), repeatable or comma-separated")


@router.get("/stats", summary="Row counts of the store")
def stats(request: Request) -> dict[str, Any]:
    return store_of(request).counts()


@router.get("/articles", summary="Articles, newest first")
def articles(request: Request, outlet: str | None = None, since: str | None = None, until: str | None = None,
             story: str | None = Query(None, description="near-duplicate cluster id"),
             limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    return store_of(request).articles(outlet=outlet, since=since, until=until, story=story,
                                      limit=limit, offset=offset)


@router.get("/articles/{article_id:path}", summary="One article with every annotation (offsets into its text)")
def article(request: Request, article_id: str) -> dict[str, Any]:
    row = store_of(request).article(article_id)
    if row is None:
        raise not_found("article", article_id)
    return row


@router.get("/events", summary="Merged events (timeline entries), oldest first")
def events(request: Request, actor: list[str] | None = ActorQ, type: list[str] | None = TypeQ,
           since: str | None = None, until: str | None = None, include_undated: bool = False,
           limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    return store_of(request).events(make_filter(actor, type, since, until, include_undated), limit, offset)


@router.get("/events/{event_id}", summary="One merged event with all its mentions and conflicts")
def event(request: Request, event_id: str) -> dict[str, Any]:
    ev = store_of(request).event(event_id)
    if ev is None:
        raise not_found("event", event_id)
    return ev


@router.get("/timeline", summary="Timeline: counts per year/month/day plus one page of entries")
def timeline(request: Request, actor: list[str] | None = ActorQ, type: list[str] | None = TypeQ,
             since: str | None = None, until: str | None = None, include_undated: bool = False,
             group: Literal["year", "month", "day"] = "month", limit: int = Limit,
             offset: int = Offset) -> dict[str, Any]:
    store = store_of(request)
    flt = make_filter(actor, type, since, until, include_undated)
    page = store.events(flt, limit, offset)
    page["group"] = group
    page["buckets"] = store.buckets(flt, group)
    return page


@router.get("/actors", summary="Actors with event counts")
def actors(request: Request, q: str | None = Query(None, description="part of a name or alias"),
           limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    return store_of(request).actors(q, limit, offset)


@router.get("/actors/{actor_id}", summary="One actor: aliases, events per year, relationships")
def actor(request: Request, actor_id: str, limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    store = store_of(request)
    info = store.actor(actor_id)
    if info is None:
        raise not_found("actor", actor_id)
    info["events"] = store.events(TimelineFilter(actors=[actor_id], include_undated=True), limit, offset)
    return info


@router.get("/search", summary="Full-text search over article text or event summaries")
def search(request: Request, q: str = Query(..., min_length=1), what: Literal["articles", "events"] = "articles",
           limit: int = Query(20, ge=1, le=1000), offset: int = Offset) -> dict[str, Any]:
    return store_of(request).search(q, what, limit, offset)
