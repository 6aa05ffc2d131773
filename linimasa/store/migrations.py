"""Schema migrations: ordered steps, each applied once and recorded in `schema_migrations`.

Add a step by appending to STEPS (never edit an applied one). A step is a
list of SQL statements per dialect, or a callable taking the Database.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Callable, Union

from .backend import Database

Step = Union[dict[str, list[str]], Callable[[Database], None]]

_COMMON_TABLES = [
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, source TEXT, url TEXT, title TEXT,
        outlet TEXT, published TEXT, published_start TEXT, published_end TEXT, language TEXT,
        story TEXT NOT NULL, minhash {blob}, n_events INTEGER NOT NULL DEFAULT 0,
        body TEXT, record TEXT NOT NULL, ingested_at TEXT NOT NULL)""",
    "CREATE INDEX articles_story ON articles(story)",
    "CREATE INDEX articles_published ON articles(published_start)",
    """CREATE TABLE mentions (
        key TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, event_id TEXT, type TEXT NOT NULL, factual INTEGER NOT NULL,
        date_value TEXT, date_start TEXT, date_end TEXT, line INTEGER, record TEXT NOT NULL)""",
    "CREATE INDEX mentions_article ON mentions(article_id)",
    "CREATE INDEX mentions_event ON mentions(event_id)",
    """CREATE TABLE mention_keys (
        mention_key TEXT NOT NULL REFERENCES mentions(key) ON DELETE CASCADE, actor_key TEXT NOT NULL,
        PRIMARY KEY (mention_key, actor_key))""",
    "CREATE INDEX mention_keys_actor ON mention_keys(actor_key)",
    """CREATE TABLE events (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, mode TEXT, date_value TEXT, date_start TEXT,
        date_end TEXT, dated INTEGER NOT NULL, location_id TEXT, location_name TEXT, summary TEXT,
        evidence TEXT, n_mentions INTEGER NOT NULL, n_sources INTEGER NOT NULL, confidence REAL,
        record TEXT NOT NULL)""",
    "CREATE INDEX events_date ON events(dated, date_start, date_end)",
    "CREATE INDEX events_type ON events(type, date_start)",
    """CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, actor_id TEXT NOT NULL,
        PRIMARY KEY (event_id, actor_id))""",
    "CREATE INDEX event_actors_actor ON event_actors(actor_id)",
    """CREATE TABLE actors (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT, country TEXT)""",
    """CREATE TABLE actor_aliases (
        actor_id TEXT NOT NULL, alias TEXT NOT NULL, folded TEXT NOT NULL,
        PRIMARY KEY (actor_id, folded))""",
    "CREATE INDEX actor_aliases_folded ON actor_aliases(folded)",
]

STEPS: list[tuple[int, str, Step]] = [
    (1, "articles, mentions, merged events, actors", {
        "sqlite": [s.format(blob="BLOB") for s in _COMMON_TABLES],
        "postgresql": [s.format(blob="BYTEA") for s in _COMMON_TABLES],
    }),
    (2, "full-text search over article text and event summaries", {
        "sqlite": [
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, article_id UNINDEXED, "
            "tokenize='unicode61 remove_diacritics 2')",
            "CREATE VIRTUAL TABLE events_fts USING fts5(summary, evidence, event_id UNINDEXED, "
            "tokenize='unicode61 remove_diacritics 2')",
        ],
        "postgresql": [
            "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED",
            "CREATE INDEX articles_tsv ON articles USING GIN (tsv)",
            "ALTER TABLE events ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', coalesce(summary, '') || ' ' || coalesce(evidence, ''))) STORED",
            "CREATE INDEX events_tsv ON events USING GIN (tsv)",
        ],
    }),
]


def _undate_inferred(db: Database) -> None:
    """Events whose only date is inferred (from the publication date, or bounded by
    'less than two months before') are not points on a chronology: not 'dated'."""
    for row in db.query("SELECT id, record FROM events WHERE dated = 1"):
        date = (json.loads(row["record"] or "{}").get("date") or {})
        if date.get("estimated"):
            db.execute("UPDATE events SET dated = 0 WHERE id = :id", {"id": row["id"]})


STEPS.append((3, "events with an inferred date are not dated", _undate_inferred))

LATEST = STEPS[-1][0]


def current_version(db: Database) -> int:
    db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
               "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    return int(db.scalar("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations") or 0)


def migrate(db: Database) -> list[int]:
    """Apply every step newer than the store's version; returns the versions applied."""
    have = current_version(db)
    if have > LATEST:
        from .backend import StoreError
        raise StoreError(f"the store has schema version {have}, newer than this linimasa knows "
                         f"({LATEST}); upgrade linimasa")
    applied = []
    for version, name, step in STEPS:
        if version <= have:
            continue
        with db.transaction():
            if callable(step):
                step(db)
            else:
                for stmt in step[db.dialect]:
                    db.execute(stmt)
            db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)",
                       {"v": version, "n": name, "t": datetime.now(timezone.utc).isoformat()})
        applied.append(version)
    return applied
