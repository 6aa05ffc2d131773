"""Read queries over the store: timeline, events, articles, actors, full-text search.

Every list is paged (limit/offset) and filtered in SQL, so a store of tens of
thousands of articles answers quickly; dense ranges are summarised as buckets.
"""
from __future__ import annotations

import json
import re
from typing import Any

from ..corpus.actors import fold
from ..corpus.plover import quad_of
from ..corpus.timeline import TimelineFilter

HIT_OPEN, HIT_CLOSE = "\u27e6", "\u27e7"     # ⟦ ⟧ mark search hits inside snippets
MAX_LIMIT = 1000
GROUPS = {"year": 4, "month": 7, "day": 10}


def _page(limit: int | None, offset: int | None) -> tuple[int, int]:
    limit = MAX_LIMIT if limit is None else max(1, min(int(limit), MAX_LIMIT))
    return limit, max(0, int(offset or 0))


def _in(name: str, values: list) -> tuple[str, dict[str, Any]]:
    params = {f"{name}{i}": v for i, v in enumerate(values)}
    return "(" + ", ".join(f":{k}" for k in params) + ")", params


def fts_terms(q: str) -> list[str]:
    return re.findall(r"\w+", q, flags=re.UNICODE)


def snippet_segments(snippet: str) -> list[dict[str, Any]]:
    """'a ⟦b⟧ c' -> [{'text': 'a ', 'hit': False}, {'text': 'b', 'hit': True}, ...]."""
    out, pos = [], 0
    for m in re.finditer(f"{HIT_OPEN}(.*?){HIT_CLOSE}", snippet, flags=re.S):
        if m.start() > pos:
            out.append({"text": snippet[pos:m.start()], "hit": False})
        out.append({"text": m.group(1), "hit": True})
        pos = m.end()
    if pos < len(snippet):
        out.append({"text": snippet[pos:], "hit": False})
    return out


class ReadQueries:
    db: Any

    # ------------------------------------------------------------ overview

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "mentions", "mention_keys", "events", "event_actors", "actors", "actor_aliases"):
            out[table] = int(self.db.scalar(f"SELECT COUNT(*) AS n FROM {table}") or 0)
        out["stories"] = int(self.db.scalar("SELECT COUNT(DISTINCT story) AS n FROM articles") or 0)
        return out

    # ------------------------------------------------------------ actors

    def resolve_actor(self, query: str) -> list[str]:
        """Actor ids named by QUERY: its id, canonical name or any alias, case-insensitively."""
        f = fold(query)
        rows = self.db.query("SELECT DISTINCT actor_id FROM actor_aliases WHERE folded = :f "
                             "UNION SELECT id AS actor_id FROM actors WHERE id = :q",
                             {"f": f, "q": query.strip()})
        return sorted(r["actor_id"] for r in rows)

    def actors(self, q: str | None = None, limit: int | None = 50, offset: int | None = 0,
               with_events: bool = True) -> dict[str, Any]:
        limit, offset = _page(limit, offset)
        where, params = [], {"limit": limit, "offset": offset}
        if q:
            where.append("a.id IN (SELECT actor_id FROM actor_aliases WHERE folded LIKE :f)")
            params["f"] = f"%{fold(q)}%"
        join = "JOIN" if with_events else "LEFT JOIN"
        sql_where = ("WHERE " + " AND ".join(where)) if where else ""
        base = (f"FROM actors a {join} (SELECT actor_id, COUNT(*) AS n FROM event_actors GROUP BY actor_id) c "
                f"ON c.actor_id = a.id {sql_where}")
        total = int(self.db.scalar(f"SELECT COUNT(*) AS n {base}", params) or 0)
        items = self.db.query(f"SELECT a.id, a.name, a.kind, a.country, COALESCE(c.n, 0) AS n_events {base} "
                              "ORDER BY n_events DESC, a.name LIMIT :limit OFFSET :offset", params)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    def actor(self, actor_id: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT id, name, kind, country FROM actors WHERE id = :id", {"id": actor_id})
        if not rows:
            return None
        out = rows[0]
        out["aliases"] = sorted({r["alias"] for r in self.db.query(
            "SELECT alias FROM actor_aliases WHERE actor_id = :id", {"id": actor_id})})
        out["relationships"] = self.relationships(actor_id)
        out["by_year"] = [{"key": r["k"], "count": int(r["n"])} for r in self.db.query(
            "SELECT SUBSTR(e.date_start, 1, 4) AS k, COUNT(*) AS n FROM events e JOIN event_actors ea "
            "ON ea.event_id = e.id WHERE ea.actor_id = :id AND e.dated = 1 GROUP BY SUBSTR(e.date_start, 1, 4) "
            "ORDER BY k", {"id": actor_id})]
        return out

    def relationships(self, actor_id: str) -> list[dict[str, Any]]:
        """Counterpart actors with event counts per type and PLOVER quad category."""
        rows = self.db.query(
            "SELECT b.actor_id AS other, a2.name AS name, e.type AS type, COUNT(*) AS n "
            "FROM event_actors a JOIN event_actors b ON b.event_id = a.event_id AND b.actor_id <> a.actor_id "
            "JOIN events e ON e.id = a.event_id LEFT JOIN actors a2 ON a2.id = b.actor_id "
            "WHERE a.actor_id = :id GROUP BY b.actor_id, a2.name, e.type", {"id": actor_id})
        rel: dict[str, dict[str, Any]] = {}
        for r in rows:
            item = rel.setdefault(r["other"], {"id": r["other"], "name": r["name"] or r["other"], "total": 0,
                                              "types": {}, "quads": {}, "cooperative": 0, "conflictual": 0})
            n = int(r["n"])
            item["total"] += n
            item["types"][r["type"]] = n
            quad = quad_of(r["type"]) or "other"
            item["quads"][quad] = item["quads"].get(quad, 0) + n
            if quad.endswith("cooperation"):
                item["cooperative"] += n
            elif quad.endswith("conflict"):
                item["conflictual"] += n
        return sorted(rel.values(), key=lambda x: (-x["total"], x["name"]))

    # ------------------------------------------------------------ events / timeline

    def _event_where(self, flt: TimelineFilter) -> tuple[str, dict[str, Any]] | None:
        where, params = ["1 = 1"], {}
        if not flt.include_undated:
            where.append("e.dated = 1")
        if flt.types:
            clause, p = _in("t", flt.types)
            where.append(f"e.type IN {clause}")
            params |= p
        if flt.since_day:
            where.append("e.date_end >= :since")
            params["since"] = flt.since_day
        if flt.until_day:
            where.append("e.date_start <= :until")
            params["until"] = flt.until_day
        for i, query in enumerate(flt.actors):
            ids = self.resolve_actor(query)
            if not ids:
                return None
            clause, p = _in(f"a{i}_", ids)
            where.append(f"EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND ea.actor_id IN {clause})")
            params |= p
        return " AND ".join(where), params

    def events(self, flt: TimelineFilter | None = None, limit: int | None = 100,
               offset: int | None = 0) -> dict[str, Any]:
        """Timeline entries (oldest first) matching the filter, one page at a time."""
        flt = flt or TimelineFilter()
        limit, offset = _page(limit, offset)
        built = self._event_where(flt)
        if built is None:
            return {"total": 0, "limit": limit, "offset": offset, "items": []}
        where, params = built
        total = int(self.db.scalar(f"SELECT COUNT(*) AS n FROM events e WHERE {where}", params) or 0)
        rows = self.db.query(
            f"SELECT e.record FROM events e WHERE {where} ORDER BY CASE WHEN e.date_start IS NULL THEN 1 ELSE 0 END, "
            "e.date_start, e.date_end, e.type, e.id LIMIT :limit OFFSET :offset",
            params | {"limit": limit, "offset": offset})
        return {"total": total, "limit": limit, "offset": offset, "items": [json.loads(r["record"]) for r in rows]}

    def timeline(self, flt: TimelineFilter | None = None) -> list[dict[str, Any]]:
        """Every matching entry (paged internally)."""
        out, offset = [], 0
        while True:
            page = self.events(flt, MAX_LIMIT, offset)
            out += page["items"]
            offset += MAX_LIMIT
            if offset >= page["total"]:
                return out

    def buckets(self, flt: TimelineFilter | None = None, group: str = "month") -> list[dict[str, Any]]:
        """Event counts per year / month / day, so dense ranges can be drawn without loading them."""
        n = GROUPS.get(group)
        if n is None:
            raise ValueError(f"group must be one of {', '.join(GROUPS)}")
        built = self._event_where(flt or TimelineFilter())
        if built is None:
            return []
        where, params = built
        rows = self.db.query(
            f"SELECT SUBSTR(e.date_start, 1, {n}) AS k, COUNT(*) AS n FROM events e WHERE {where} "
            f"AND e.date_start IS NOT NULL GROUP BY SUBSTR(e.date_start, 1, {n}) ORDER BY k", params)
        return [{"key": r["k"], "count": int(r["n"])} for r in rows]

    def event(self, event_id: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT record FROM events WHERE id = :id", {"id": event_id})
        if not rows:
            return None
        entry = json.loads(rows[0]["record"])
        ids = sorted({m["article"] for m in entry["mentions"]})
        if ids:
            clause, params = _in("a", ids)
            titles = {r["id"]: r for r in self.db.query(
                f"SELECT id, title, outlet, published, url FROM articles WHERE id IN {clause}", params)}
            for m in entry["mentions"]:
                info = titles.get(m["article"]) or {}
                m["title"], m["url"] = info.get("title"), info.get("url")
                m["outlet"] = m.get("outlet") or info.get("outlet")
                m["published"] = info.get("published")
        return entry

    def mentions_of_article(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.db.query("SELECT key, event_id, record FROM mentions WHERE article_id = :a ORDER BY idx",
                             {"a": article_id})
        return [dict(json.loads(r["record"]), event_id=r["event_id"]) for r in rows]

    # ------------------------------------------------------------ articles

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT id, content_hash, source, url, title, outlet, published, language, story, "
                             "n_events, record, ingested_at FROM articles WHERE id = :id", {"id": article_id})
        if not rows:
            return None
        row = rows[0]
        row["record"] = json.loads(row["record"])
        row["duplicates"] = [r["id"] for r in self.db.query(
            "SELECT id FROM articles WHERE story = :s AND id <> :id ORDER BY id", {"s": row["story"], "id": article_id})]
        row["mentions"] = self.mentions_of_article(article_id)
        return row

    def articles(self, outlet: str | None = None, since: str | None = None, until: str | None = None,
                 story: str | None = None, limit: int | None = 50, offset: int | None = 0) -> dict[str, Any]:
        limit, offset = _page(limit, offset)
        where, params = ["1 = 1"], {"limit": limit, "offset": offset}
        if outlet:
            where.append("LOWER(outlet) = LOWER(:outlet)")
            params["outlet"] = outlet
        if since:
            where.append("published_end >= :since")
            params["since"] = since
        if until:
            where.append("published_start <= :until")
            params["until"] = until
        if story:
            where.append("story = :story")
            params["story"] = story
        w = " AND ".join(where)
        total = int(self.db.scalar(f"SELECT COUNT(*) AS n FROM articles WHERE {w}", params) or 0)
        items = self.db.query(f"SELECT id, title, outlet, published, url, story, n_events FROM articles WHERE {w} "
                              "ORDER BY published_start DESC, id LIMIT :limit OFFSET :offset", params)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    # ------------------------------------------------------------ search

    def search(self, q: str, what: str = "articles", limit: int | None = 20,
               offset: int | None = 0) -> dict[str, Any]:
        limit, offset = _page(limit, offset)
        terms = fts_terms(q)
        empty = {"query": q, "what": what, "total": 0, "limit": limit, "offset": offset, "items": []}
        if not terms:
            return empty
        if what not in ("articles", "events"):
            raise ValueError("what must be 'articles' or 'events'")
        if self.db.dialect == "sqlite":
            rows, total = self._search_sqlite(terms, what, limit, offset)
        else:
            rows, total = self._search_postgres(" ".join(terms), what, limit, offset)
        for r in rows:
            r["snippet_segments"] = snippet_segments(r.get("snippet") or "")
            r["snippet"] = (r.get("snippet") or "").replace(HIT_OPEN, "").replace(HIT_CLOSE, "")
        return dict(empty, total=total, items=rows)

    def _search_sqlite(self, terms, what, limit, offset):
        match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
        p = {"q": match, "limit": limit, "offset": offset}
        if what == "articles":
            total = self.db.scalar("SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH :q", p)
            rows = self.db.query(
                f"SELECT a.id, a.title, a.outlet, a.published, snippet(articles_fts, 1, '{HIT_OPEN}', '{HIT_CLOSE}', "
                "'…', 16) AS snippet, bm25(articles_fts) AS score FROM articles_fts JOIN articles a "
                "ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH :q ORDER BY score LIMIT :limit OFFSET :offset", p)
        else:
            total = self.db.scalar("SELECT COUNT(*) AS n FROM events_fts WHERE events_fts MATCH :q", p)
            rows = self.db.query(
                f"SELECT e.id, e.type, e.date_value, e.summary, snippet(events_fts, 1, '{HIT_OPEN}', '{HIT_CLOSE}', "
                "'…', 16) AS snippet, bm25(events_fts) AS score FROM events_fts JOIN events e "
                "ON e.rowid = events_fts.rowid WHERE events_fts MATCH :q ORDER BY score LIMIT :limit OFFSET :offset", p)
        return rows, int(total or 0)

    def _search_postgres(self, q, what, limit, offset):
        p = {"q": q, "limit": limit, "offset": offset}
        opts = f"StartSel={HIT_OPEN}, StopSel={HIT_CLOSE}, MaxWords=30, MinWords=12"
        table = "articles" if what == "articles" else "events"
        total = self.db.scalar(f"SELECT COUNT(*) AS n FROM {table} WHERE tsv @@ plainto_tsquery('simple', :q)", p)
        if what == "articles":
            rows = self.db.query(
                "SELECT a.id, a.title, a.outlet, a.published, ts_headline('simple', a.body, query, :opts) AS snippet, "
                "ts_rank(a.tsv, query) AS score FROM (SELECT * FROM articles, plainto_tsquery('simple', :q) query "
                "WHERE tsv @@ query ORDER BY ts_rank(tsv, query) DESC, id LIMIT :limit OFFSET :offset) a",
                p | {"opts": opts})
        else:
            rows = self.db.query(
                "SELECT e.id, e.type, e.date_value, e.summary, ts_headline('simple', coalesce(e.evidence, ''), query, "
                ":opts) AS snippet, ts_rank(e.tsv, query) AS score FROM (SELECT * FROM events, "
                "plainto_tsquery('simple', :q) query WHERE tsv @@ query ORDER BY ts_rank(tsv, query) DESC, id "
                "LIMIT :limit OFFSET :offset) e", p | {"opts": opts})
        return rows, int(total or 0)
