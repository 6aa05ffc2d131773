"""`linimasa timeline` / `ingest` / `search` / `export` as a user runs them."""
from __future__ import annotations

import csv
import json

import pytest
from conftest import run_cli
from synthetic import filled_store

CONTRACT_KEYS = {"id", "type", "mode", "date", "actors", "location", "summary", "mentions"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli") / "cli.db")
    filled_store(path).close()
    return path


def test_json_timeline_from_a_store_has_the_contract_shape(db):
    entries = json.loads(run_cli("timeline", "--db", db, "--format", "json").stdout)
    assert [e["date"]["value"] for e in entries] == [
        "2020-11-11", "2021-12-07", "2021-12-15", "2022-02", "2022-02-04", "2024-07-03", "2025", "2025-05"]
    for e in entries:
        assert CONTRACT_KEYS <= set(e)
        assert set(e["date"]) >= {"value", "bounds"}
        assert all(set(a) == {"id", "name"} for a in e["actors"])
        assert all({"article", "line", "text"} <= set(m) for m in e["mentions"])
        assert e["location"] is None or set(e["location"]) == {"id", "name"}


def test_filters_on_the_command_line(db):
    got = json.loads(run_cli("timeline", "--db", db, "--actor", "Vladimir Putin", "--actor", "biden").stdout)
    assert [e["date"]["value"] for e in got] == ["2021-12-07"]
    got = json.loads(run_cli("timeline", "--db", db, "--since", "2024", "--type", "CONSULT").stdout)
    assert [e["date"]["value"] for e in got] == ["2024-07-03", "2025", "2025-05"]
    got = json.loads(run_cli("timeline", "--db", db, "--include-undated").stdout)
    assert len(got) == 10
    bad = run_cli("timeline", "--db", db, "--since", "kemarin", check=False)
    assert bad.returncode == 2 and "YYYY" in bad.stderr


def test_table_markdown_and_html_formats(db, tmp_path):
    table = run_cli("timeline", "--db", db, "--format", "table").stdout
    assert "2022-02-04" in table and "Beijing" in table
    md = run_cli("timeline", "--db", db, "--format", "markdown").stdout
    assert md.startswith("# Linimasa") and "| 2024-07-03 |" in md
    out = tmp_path / "report.html"
    run_cli("timeline", "--db", db, "--format", "html", "--include-undated", "-o", out)
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html


def test_missing_store_says_how_to_create_it(tmp_path):
    proc = run_cli("timeline", "--db", tmp_path / "none.db", check=False)
    assert proc.returncode == 1 and "linimasa ingest" in proc.stderr


def test_timeline_of_files_prints_a_json_array(tmp_path, seed_files):
    entries = json.loads(run_cli("timeline", *seed_files[:2], "--format", "json").stdout)
    assert isinstance(entries, list)
    assert all(CONTRACT_KEYS <= set(e) for e in entries)


def test_ingest_twice_then_search_and_timeline(tmp_path, seed_files):
    seed_files = [f for f in seed_files if f.name.startswith(("002", "003"))]
    db = str(tmp_path / "seeds.db")
    run_cli("ingest", *seed_files, "--db", db, "--quiet")
    from linimasa.store import Store
    with Store(db) as s:
        first = s.counts()
    second = run_cli("ingest", *seed_files, "--db", db)
    assert f"0 added, 0 updated, {len(seed_files)} unchanged" in second.stderr
    with Store(db) as s:
        assert s.counts() == first and first["articles"] == len(seed_files)
    hits = json.loads(run_cli("search", "Astana", "--db", db, "--format", "json").stdout)
    assert "003_be9bd2fda5eb0877" in [h["id"] for h in hits["items"]]
    assert "003_be9bd2fda5eb0877" in run_cli("search", "Astana", "--db", db).stdout
    json.loads(run_cli("timeline", "--db", db).stdout)


def test_exports(db, tmp_path):
    jl = tmp_path / "events.jsonl"
    run_cli("export", "--format", "jsonl", "--db", db, "-o", jl)
    rows = [json.loads(x) for x in jl.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 10 and all(CONTRACT_KEYS <= set(r) for r in rows)
    cs = tmp_path / "articles.csv"
    run_cli("export", "--format", "csv", "--what", "articles", "--db", db, "-o", cs)
    with open(cs, encoding="utf-8") as f:
        arts = list(csv.DictReader(f))
    assert len(arts) == 7 and {"id", "title", "outlet", "published", "story", "body"} <= set(arts[0])
    pq = tmp_path / "events.parquet"
    run_cli("export", "--format", "parquet", "--db", db, "-o", pq)
    import pyarrow.parquet as parquet
    table = parquet.read_table(pq)
    assert table.num_rows == 10 and "summary" in table.column_names
    tj = tmp_path / "timeline.json"
    run_cli("export", "--format", "timelinejs", "--db", db, "-o", tj)
    data = json.loads(tj.read_text(encoding="utf-8"))
    assert set(data) == {"title", "events"} and len(data["events"]) == 8
    first = data["events"][0]
    assert first["start_date"] == {"year": 2020, "month": 11, "day": 11}
    assert {"headline", "text"} <= set(first["text"]) and first["group"] == "CONSULT"
    assert data["events"][6]["start_date"] == {"year": 2025}
    assert all("<script>" not in e["text"]["text"] for e in data["events"])
    quotes = tmp_path / "quotes.jsonl"
    run_cli("export", "--format", "jsonl", "--what", "quotes", "--db", db, "-o", quotes)
    bad = run_cli("export", "--format", "timelinejs", "--what", "quotes", "--db", db, "-o", tmp_path / "x", check=False)
    assert bad.returncode == 1 and "events only" in bad.stderr
