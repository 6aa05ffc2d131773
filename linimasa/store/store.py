"""The store: articles (whole Document records), event mentions, merged events, actors.

Writes are incremental and idempotent: an article is keyed by its id and a
hash of its text, so ingesting the same input twice stores nothing twice; a
changed article replaces its old mentions. After new mentions arrive, only the
events that share an actor (or an actor's country) with them are re-merged.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any, Iterable

from ..corpus import dates
from ..corpus.actors import fold, kb_aliases
from ..corpus.dedup import DedupIndex, dedup_text, from_bytes, signature, to_bytes
from ..corpus.merge import MentionRecord, merge_mentions, mentions_from_document
from ..corpus.timeline import timeline_entry
from ..document import Document
from .backend import Database, connect, normalise_url
from .migrations import migrate
from .read import ReadQueries

CHUNK = 500


def content_hash(doc: Document) -> str:
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def _chunks(items: list, n: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _in(name: str, values: list) -> tuple[str, dict[str, Any]]:
    """An `IN (:name0, :name1, …)` clause with its parameters (portable across backends)."""
    params = {f"{name}{i}": v for i, v in enumerate(values)}
    return "(" + ", ".join(f":{k}" for k in params) + ")", params


def mention_keys(m: MentionRecord) -> set[str]:
    """What links a mention to others that could merge with it: actor ids and their countries."""
    keys = set()
    for a in m.actors:
        keys.add(a["id"])
        if a.get("country"):
            keys.add(a["country"])
    return keys


class Store(ReadQueries):
    def __init__(self, url: str | None = None, db: Database | None = None):
        self.url = normalise_url(url)
        self.db = db or connect(self.url)
        migrate(self.db)
        self._dedup: DedupIndex | None = None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ dedup

    def dedup_index(self) -> DedupIndex:
        if self._dedup is None:
            index = DedupIndex()
            for row in self.db.query("SELECT id, story, minhash FROM articles WHERE minhash IS NOT NULL "
                                     "ORDER BY ingested_at, id"):
                index.add_known(row["id"], from_bytes(bytes(row["minhash"])), row["story"])
            self._dedup = index
        return self._dedup

    # ------------------------------------------------------------ writes

    def article_hash(self, article_id: str) -> str | None:
        return self.db.scalar("SELECT content_hash FROM articles WHERE id = :id", {"id": article_id})

    def add_document(self, doc: Document) -> tuple[str, set[str], set[str]]:
        """Store one processed document in its own transaction.

        Returns (status, affected actor keys, stale event ids); status is
        'added', 'updated' or 'unchanged'.
        """
        digest = content_hash(doc)
        old = self.article_hash(doc.id)
        if old == digest:
            return "unchanged", set(), set()
        mh = signature(dedup_text(doc))
        index = self.dedup_index()
        if old is not None:
            index.story.pop(doc.id, None)   # a changed text may belong to another story now
            index.sigs.pop(doc.id, None)
            try:
                index.lsh.remove(doc.id)
            except (KeyError, ValueError):
                pass
        story = index.assign(doc.id, mh)
        mentions = mentions_from_document(doc, story if story != doc.id else None)
        affected: set[str] = set()
        stale: set[str] = set()
        with self.db.transaction():
            if old is not None:
                stale, affected = self._forget_article(doc.id)
            self._write_article(doc, digest, story, mh)
            self._write_mentions(mentions)
            self._write_actors(doc)
        for m in mentions:
            affected |= mention_keys(m)
        return ("updated" if old is not None else "added"), affected, stale

    def _forget_article(self, article_id: str) -> tuple[set[str], set[str]]:
        rows = self.db.query("SELECT m.event_id, k.actor_key FROM mentions m LEFT JOIN mention_keys k "
                             "ON k.mention_key = m.key WHERE m.article_id = :a", {"a": article_id})
        stale = {r["event_id"] for r in rows if r["event_id"]}
        keys = {r["actor_key"] for r in rows if r["actor_key"]}
        if self.db.dialect == "sqlite":
            self.db.execute("DELETE FROM articles_fts WHERE rowid = (SELECT rowid FROM articles WHERE id = :a)",
                            {"a": article_id})
        self.db.execute("DELETE FROM mention_keys WHERE mention_key IN (SELECT key FROM mentions WHERE article_id = :a)",
                        {"a": article_id})
        self.db.execute("DELETE FROM mentions WHERE article_id = :a", {"a": article_id})
        self.db.execute("DELETE FROM articles WHERE id = :a", {"a": article_id})
        return stale, keys

    def _write_article(self, doc: Document, digest: str, story: str, mh) -> None:
        pub = doc.published
        iv = dates.interval(pub) if pub else None
        row = {"id": doc.id, "h": digest, "source": doc.source, "url": doc.url, "title": doc.title,
               "outlet": doc.outlet, "pub": pub.value if pub else None,
               "ps": iv[0] if iv else None, "pe": iv[1] if iv else None, "lang": doc.language,
               "story": story, "mh": to_bytes(mh) if mh is not None else None, "n": len(doc.events),
               "body": doc.body or doc.text,
               "rec": json.dumps(doc.to_record(), ensure_ascii=False),
               "t": datetime.now(timezone.utc).isoformat()}
        self.db.execute(
            "INSERT INTO articles (id, content_hash, source, url, title, outlet, published, published_start, "
            "published_end, language, story, minhash, n_events, body, record, ingested_at) VALUES "
            "(:id, :h, :source, :url, :title, :outlet, :pub, :ps, :pe, :lang, :story, :mh, :n, :body, :rec, :t)",
            row)
        if self.db.dialect == "sqlite":
            self.db.execute("INSERT INTO articles_fts (rowid, title, body, article_id) VALUES "
                            "((SELECT rowid FROM articles WHERE id = :id), :title, :body, :id)",
                            {"id": doc.id, "title": doc.title or "", "body": row["body"]})

    def _write_mentions(self, mentions: list[MentionRecord]) -> None:
        rows, keys = [], []
        for i, m in enumerate(mentions):
            iv = m.interval()
            rows.append({"key": m.key, "a": m.article, "idx": i, "type": m.type, "f": int(m.factual),
                         "dv": (m.date or {}).get("value"), "ds": iv[0] if iv else None,
                         "de": iv[1] if iv else None, "line": m.evidence.get("line"),
                         "rec": json.dumps(m.to_dict(), ensure_ascii=False)})
            keys.extend({"m": m.key, "k": k} for k in sorted(mention_keys(m)))
        self.db.executemany(
            "INSERT INTO mentions (key, article_id, idx, event_id, type, factual, date_value, date_start, "
            "date_end, line, record) VALUES (:key, :a, :idx, NULL, :type, :f, :dv, :ds, :de, :line, :rec)", rows)
        self.db.executemany("INSERT INTO mention_keys (mention_key, actor_key) VALUES (:m, :k)", keys)

    def _write_actors(self, doc: Document) -> None:
        actors, aliases = {}, {}
        for e in doc.entities:
            actors[e.id] = {"id": e.id, "name": e.name, "kind": e.kind, "country": e.country}
            for form in {e.name, e.id, *(m.text for m in e.mentions), *kb_aliases(e.id)}:
                if form and fold(form):
                    aliases[(e.id, fold(form))] = {"a": e.id, "alias": form, "f": fold(form)}
        for ev in doc.events:
            for a in ev.actors:
                actors.setdefault(a.id, {"id": a.id, "name": a.name, "kind": a.kind, "country": None})
                for form in {a.name, a.id, *kb_aliases(a.id)}:
                    if fold(form):
                        aliases.setdefault((a.id, fold(form)), {"a": a.id, "alias": form, "f": fold(form)})
        self.db.executemany("INSERT INTO actors (id, name, kind, country) VALUES (:id, :name, :kind, :country) "
                            "ON CONFLICT (id) DO NOTHING", list(actors.values()))
        self.db.executemany("INSERT INTO actor_aliases (actor_id, alias, folded) VALUES (:a, :alias, :f) "
                            "ON CONFLICT (actor_id, folded) DO NOTHING", list(aliases.values()))

    # ------------------------------------------------------------ merging

    def remerge(self, affected: set[str] | None = None, stale: set[str] | None = None) -> int:
        """Re-merge the events touched by new mentions; `affected=None` re-merges everything.

        Mentions still waiting for an event (e.g. after an interrupted run) are always included.
        """
        db = self.db
        if affected is None:
            keys = {r["key"] for r in db.query("SELECT key FROM mentions WHERE factual = 1")}
        else:
            keys = {r["key"] for r in db.query(
                "SELECT key FROM mentions WHERE factual = 1 AND event_id IS NULL")}
            for chunk in _chunks(sorted(affected)):
                clause, params = _in("k", chunk)
                keys |= {r["mention_key"] for r in db.query(
                    f"SELECT DISTINCT k.mention_key FROM mention_keys k JOIN mentions m ON m.key = k.mention_key "
                    f"WHERE m.factual = 1 AND k.actor_key IN {clause}", params)}
        events = set(stale or ())
        for chunk in _chunks(sorted(keys)):
            clause, params = _in("k", chunk)
            events |= {r["event_id"] for r in db.query(
                f"SELECT DISTINCT event_id FROM mentions WHERE event_id IS NOT NULL AND key IN {clause}", params)}
        for chunk in _chunks(sorted(events)):
            clause, params = _in("e", chunk)
            keys |= {r["key"] for r in db.query(
                f"SELECT key FROM mentions WHERE factual = 1 AND event_id IN {clause}", params)}
        records = []
        for chunk in _chunks(sorted(keys)):
            clause, params = _in("k", chunk)
            records += [MentionRecord.from_dict(json.loads(r["record"])) for r in db.query(
                f"SELECT record FROM mentions WHERE key IN {clause}", params)]
        merged = merge_mentions(records)
        with db.transaction():
            for chunk in _chunks(sorted(events)):
                clause, params = _in("e", chunk)
                if db.dialect == "sqlite":
                    db.execute(f"DELETE FROM events_fts WHERE rowid IN (SELECT rowid FROM events WHERE id IN {clause})",
                               params)
                db.execute(f"DELETE FROM event_actors WHERE event_id IN {clause}", params)
                db.execute(f"DELETE FROM events WHERE id IN {clause}", params)
                db.execute(f"UPDATE mentions SET event_id = NULL WHERE event_id IN {clause}", params)
            self._write_events(merged)
        return len(merged)

    def _write_events(self, merged) -> None:
        db = self.db
        ev_rows, actor_rows, links = [], [], []
        for ev in merged:
            entry = timeline_entry(ev)
            iv = ev.interval()
            best = ev.best_mention()
            ev_rows.append({"id": ev.id, "type": ev.type, "mode": ev.mode,
                            "dv": (ev.date or {}).get("value"), "ds": iv[0] if iv else None,
                            "de": iv[1] if iv else None, "dated": int(bool((ev.date or {}).get("value"))
                                                      and not (ev.date or {}).get("estimated")),
                            "lid": (ev.location or {}).get("id"), "ln": (ev.location or {}).get("name"),
                            "s": ev.summary, "evid": best.evidence.get("text"), "nm": len(ev.mentions),
                            "ns": len(ev.stories), "c": ev.confidence,
                            "rec": json.dumps(entry, ensure_ascii=False)})
            actor_rows += [{"e": ev.id, "a": a} for a in sorted({a["id"] for a in ev.actors})]
            links += [{"e": ev.id, "k": m.key} for m in ev.mentions]
        for chunk in _chunks(ev_rows):
            db.executemany(
                "INSERT INTO events (id, type, mode, date_value, date_start, date_end, dated, location_id, "
                "location_name, summary, evidence, n_mentions, n_sources, confidence, record) VALUES "
                "(:id, :type, :mode, :dv, :ds, :de, :dated, :lid, :ln, :s, :evid, :nm, :ns, :c, :rec)", chunk)
            if db.dialect == "sqlite":
                db.executemany("INSERT INTO events_fts (rowid, summary, evidence, event_id) VALUES "
                               "((SELECT rowid FROM events WHERE id = :id), :s, :evid, :id)", chunk)
        db.executemany("INSERT INTO event_actors (event_id, actor_id) VALUES (:e, :a)", actor_rows)
        db.executemany("UPDATE mentions SET event_id = :e WHERE key = :k", links)

    # ------------------------------------------------------------ bulk

    def ingest(self, docs: Iterable[Document], on_status=None) -> dict[str, int]:
        """Store documents one transaction each, then re-merge the affected events once."""
        counts = {"added": 0, "updated": 0, "unchanged": 0}
        affected: set[str] = set()
        stale: set[str] = set()
        for doc in docs:
            status, keys, old = self.add_document(doc)
            counts[status] += 1
            affected |= keys
            stale |= old
            if on_status:
                on_status(doc, status)
        counts["events"] = self.remerge(affected, stale) if (affected or stale or self.pending()) else 0
        return counts

    def pending(self) -> int:
        return int(self.db.scalar("SELECT COUNT(*) AS n FROM mentions WHERE factual = 1 AND event_id IS NULL") or 0)


def open_store(url: str | None = None) -> Store:
    return Store(url)
