"""The Spark job (local[2]) writes the same articles, events and quotes as the local run.

Skips when java or pyspark is missing (CI installs default-jre-headless and the [spark] extra).
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from conftest import shared_path
from linimasa.batch import Failure, iter_processed
from linimasa.spark.merge import timeline_from_event_rows
from linimasa.spark.rows import TABLES, document_rows

pytestmark = [pytest.mark.spark, pytest.mark.slow]

N_CLICKID = 30


def _need_spark():
    if shutil.which("java") is None:
        pytest.skip("needs a Java runtime for Spark (apt-get install default-jre-headless)")
    pytest.importorskip("pyspark", reason="needs pyspark (pip install 'linimasa[spark]')")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("spark_in")
    for seed in sorted(shared_path("seeds").glob("*.txt")):
        shutil.copy(seed, root / seed.name)
    lines = []
    with gzip.open(shared_path("data", "clickid", "clickid_articles.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            lines.append(line.rstrip("\n"))
            if len(lines) == N_CLICKID:
                break
    lines.insert(7, "{not json")                                                # a bad record
    lines.insert(12, json.dumps({"text": "Jakarta - Tanpa id. Presiden bertemu menteri."}))  # id from line number
    with gzip.open(root / "clickid.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return root


@pytest.fixture(scope="module")
def spark_run(corpus, tmp_path_factory, local_rows):
    _need_spark()
    from linimasa.spark.job import get_session, run_job

    from pyspark.sql import SparkSession
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)   # executors run this interpreter
    out = tmp_path_factory.mktemp("spark_out") / "run"
    spark = (SparkSession.builder.master("local[2]").appName("linimasa-test")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", "4").getOrCreate())
    assert get_session() is spark
    spark.sparkContext.setLogLevel("ERROR")
    try:
        counts = run_job(spark, [str(corpus)], str(out), partitions=4, timeline=True)
    finally:
        spark.stop()
    return out, counts


def _table(out: Path, name: str) -> list[dict]:
    import pyarrow.dataset as ds
    return ds.dataset(str(out / name), format="parquet").to_table().to_pylist()


def _canon(rows: list[dict], drop: tuple[str, ...] = ()) -> list[str]:
    return sorted(json.dumps({k: v for k, v in r.items() if k not in drop}, ensure_ascii=False, sort_keys=True)
                  for r in rows)


@pytest.fixture(scope="module")
def local_rows(corpus):
    tables: dict[str, list] = {"articles": [], "events": [], "quotes": [], "failures": []}
    for item in iter_processed([corpus], workers=1, progress=False):
        if isinstance(item, Failure):
            tables["failures"].append(item)
            continue
        for name, rows in document_rows(item, 0).items():
            tables[name].extend(rows)
    return tables


def test_spark_tables_equal_the_local_run_record_for_record(spark_run, local_rows):
    out, counts = spark_run
    assert counts["articles"] == len(local_rows["articles"]) == 5 + N_CLICKID + 1
    for name in ("articles", "events", "quotes"):
        spark_rows = _table(out, name)
        assert [c for c, _ in TABLES[name]] == list(spark_rows[0]) if spark_rows else True
        assert _canon(spark_rows, drop=("record",)) == _canon(local_rows[name], drop=("record",)), name
    assert counts["events"] > 0 and counts["quotes"] > 0, "the corpus should yield events and quotes"


def test_spark_records_provenance_and_failures(spark_run, corpus):
    out, _ = spark_run
    articles = {a["id"]: a for a in _table(out, "articles")}
    assert articles["clickid.jsonl-13"]["record"] == 13         # no id: named after its line, like locally
    assert articles["000_c1fbd2aa27e701fb"]["source"] == str(corpus / "000_c1fbd2aa27e701fb.txt")
    failures = _table(out, "failures")
    assert [(f["where"], f["reason"]) for f in failures] == [("line 8", "unreadable input")]


def test_spark_timeline_equals_the_local_merge(spark_run, local_rows):
    out, counts = spark_run
    timeline = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    factual = [r for r in local_rows["events"] if not r["negated"] and not r["hypothetical"]]
    assert timeline == timeline_from_event_rows(factual)
    assert counts["timeline"] == len(timeline) > 0
