"""The store on SQLite and PostgreSQL: migrations, idempotent ingest, incremental re-merge, search."""
from __future__ import annotations

import copy

import pytest
from synthetic import BEIJING, PUTIN, XI, DocBuilder, filled_store, seed_like_documents, store_url  # noqa: F401

from linimasa.corpus import TimelineFilter, build_timeline
from linimasa.document import Document
from linimasa.store import Store, StoreError, normalise_url
from linimasa.store.migrations import LATEST


def comparable(entries):
    return [(e["date"], e["type"], [a["id"] for a in e["actors"]],
             sorted((m["article"], m["line"]) for m in e["mentions"])) for e in entries]


def test_migrations_are_recorded_and_reopening_applies_nothing(store_url):
    with Store(store_url) as s:
        rows = s.db.query("SELECT version, name FROM schema_migrations ORDER BY version")
        assert [r["version"] for r in rows] == list(range(1, LATEST + 1))
    with Store(store_url) as s:
        assert s.db.scalar("SELECT COUNT(*) AS n FROM schema_migrations") == LATEST


def test_ingesting_the_same_documents_twice_stores_nothing_twice(store_url):
    with filled_store(store_url) as s:
        first = s.counts()
        again = s.ingest(seed_like_documents())
        assert again == {"added": 0, "updated": 0, "unchanged": len(seed_like_documents()), "events": 0}
        assert s.counts() == first
        assert first["articles"] == 7 and first["stories"] == 6


def test_store_timeline_equals_the_in_memory_timeline(store_url):
    docs = seed_like_documents()
    with filled_store(store_url, docs) as s:
        for flt in (TimelineFilter(), TimelineFilter(include_undated=True),
                    TimelineFilter(actors=["putin", "Joe Biden"]), TimelineFilter(since="2022", types=["CONSULT"])):
            assert comparable(s.timeline(flt)) == comparable(build_timeline(docs, flt))


def test_later_articles_update_merged_events(store_url):
    docs = seed_like_documents()
    with filled_store(store_url, docs[:3]) as s:        # s000, s001, s002
        meeting = [e for e in s.timeline() if e["date"]["value"] == "2022-02-04"]
        assert {m["article"] for m in meeting[0]["mentions"]} == {"s002"}
        s.ingest(docs[3:])                               # s003 brings the "Februari 2022" declaration
        meeting = [e for e in s.timeline() if e["date"]["value"] == "2022-02-04"]
        assert len(meeting) == 1
        assert {m["article"] for m in meeting[0]["mentions"]} == {"s002", "s003", "s-hostile"}
        assert comparable(s.timeline()) == comparable(build_timeline(docs))
        assert s.pending() == 0


def test_order_of_ingestion_does_not_change_the_timeline(store_url):
    docs = seed_like_documents()
    with filled_store(store_url, list(reversed(docs))) as s:
        assert comparable(s.timeline()) == comparable(build_timeline(docs))


def test_a_changed_article_replaces_its_old_mentions(store_url):
    docs = seed_like_documents()
    with filled_store(store_url, docs) as s:
        before = s.counts()
        d = DocBuilder("s002", "Xi Jinping dan Putin Kompak (diperbarui)")
        n = d.line("Xi Jinping dan Vladimir Putin bertemu di Beijing pada 5 Februari 2022.")
        d.event(n, "CONSULT", [XI, PUTIN], "2022-02-05", mode="in_person", location=BEIJING)
        counts = s.ingest([d.build()])
        assert counts["updated"] == 1
        after = s.counts()
        assert after["articles"] == before["articles"]
        assert after["mentions"] == before["mentions"] - 1     # two mentions replaced by one
        record = s.article("s002")["record"]
        assert "diperbarui" in record["title"]
        new = docs[:2] + [d.build()] + docs[3:]
        assert comparable(s.timeline()) == comparable(build_timeline(new))


def test_whole_document_record_round_trips(store_url):
    docs = seed_like_documents()
    with filled_store(store_url, docs) as s:
        row = s.article("s003")
        restored = Document.from_record(row["record"])
        assert restored.to_record() == docs[3].to_record()
        assert [m["type"] for m in row["mentions"]] == ["CONSULT", "AGREE", "ASSAULT", "CONSULT"]
        assert s.article("s001-reprint")["story"] == "s001"
        assert s.article("s001")["duplicates"] == ["s001-reprint"]
        assert s.article("nope") is None


def test_full_text_search_over_articles_and_events(store_url):
    with filled_store(store_url) as s:
        hits = s.search("Astana")
        assert [h["id"] for h in hits["items"]] == ["s003"]
        assert any(seg["hit"] and seg["text"].lower() == "astana" for seg in hits["items"][0]["snippet_segments"])
        assert s.search("Olimpiade kuda")["total"] == 0
        ev = s.search("Astana", what="events")
        assert ev["total"] == 1 and ev["items"][0]["type"] == "CONSULT"
        assert s.search("   ")["total"] == 0
        assert s.search('"; DROP TABLE articles; --')["total"] == 0
        assert s.counts()["articles"] == 7


def test_paging_actors_and_relationships(store_url):
    with filled_store(store_url) as s:
        page1 = s.events(TimelineFilter(), limit=3, offset=0)
        page2 = s.events(TimelineFilter(), limit=3, offset=3)
        assert page1["total"] == 8 and len(page1["items"]) == 3
        assert not {e["id"] for e in page1["items"]} & {e["id"] for e in page2["items"]}
        assert s.resolve_actor("PUTIN") == ["person:vladimir-putin"]
        putin = s.actor("person:vladimir-putin")
        rel = {r["id"]: r for r in putin["relationships"]}
        assert rel["person:xi-jinping"]["cooperative"] == 7  # 6 dated + 1 undated meeting and rel["person:joe-biden"]["total"] == 1
        assert s.buckets(group="year")[0] == {"key": "2020", "count": 1}
        actors = s.actors(limit=2)
        assert actors["total"] >= 4 and len(actors["items"]) == 2


def test_store_urls_and_errors(tmp_path, monkeypatch):
    assert normalise_url(str(tmp_path / "x.db")).startswith("sqlite:///")
    assert normalise_url("postgresql://u:p@h/db") == "postgresql://u:p@h/db"
    monkeypatch.setenv("LINIMASA_DB", str(tmp_path / "env.db"))
    assert normalise_url(None) == "sqlite:///" + str(tmp_path / "env.db")
    with pytest.raises(StoreError, match="unsupported database URL"):
        normalise_url("mysql://x")
    with pytest.raises(StoreError, match="does not exist"):
        Store(str(tmp_path / "missing" / "x.db"))


def test_interrupted_merge_is_finished_by_the_next_run(store_url):
    docs = seed_like_documents()
    with Store(store_url) as s:
        for d in docs:
            s.add_document(d)           # stored, but the run "died" before merging
        assert s.pending() > 0 and s.counts()["events"] == 0
        counts = s.ingest(copy.deepcopy(docs))
        assert counts["unchanged"] == len(docs) and s.pending() == 0
        assert comparable(s.timeline()) == comparable(build_timeline(docs))
