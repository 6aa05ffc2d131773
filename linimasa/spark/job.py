"""The Spark job: the same per-article core as `linimasa extract`, in mapPartitions, to Parquet.

Run it with the CLI (`linimasa spark INPUT... --output DIR`) or submit it to a cluster:

    spark-submit --master yarn $(python -c 'import linimasa.spark.job as j; print(j.__file__)') \\
        's3a://commoncrawl/crawl-data/CC-NEWS/2024/05/*.warc.gz' --output s3a://bucket/linimasa/2024-05

Writes DIR/articles, DIR/events, DIR/quotes and DIR/failures as Parquet (schemas in
linimasa.spark.rows) and, with --timeline, DIR/timeline.json merged across all articles.
pyspark is imported only inside this package (the [spark] extra).
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import time
from typing import Any, Iterable, Iterator, Sequence

from .inputs import expand_inputs, to_document, warc_units
from .rows import TABLES, document_rows, failure_row

LOG_EVERY = 0   # no per-record logging: executors' logs would drown at CC scale


# ---------------------------------------------------------------- executor side

def process_partition(units: Iterable[tuple], stages: Sequence[str] | None = None) -> Iterator[tuple]:
    """Work units -> (table, row) pairs. The pipeline loads once per Python worker
    (get_pipeline caches it; Spark reuses Python workers across tasks by default)."""
    from ..core import get_pipeline
    from ..pipeline import StageError

    pipeline = get_pipeline(stages)
    for unit in units:
        doc = to_document(unit)
        source, n = unit[1], unit[2]
        if isinstance(doc, tuple):
            where, reason, message = doc
            yield "failures", failure_row(source, where, reason, message)
            continue
        try:
            doc = pipeline.run(doc)
            rows = document_rows(doc, n)
        except StageError as exc:
            yield "failures", failure_row(source, f"id {doc.id}", f"stage '{exc.stage}' failure", str(exc))
            continue
        except Exception as exc:  # noqa: BLE001 - one document, never the job
            yield "failures", failure_row(source, f"id {doc.id}", "internal error", f"{type(exc).__name__}: {exc}")
            continue
        for table, table_rows in rows.items():
            for row in table_rows:
                yield table, row


def _norm(uri: str) -> str:
    """Hadoop writes local paths as file:/x, Python as file:///x; compare them alike."""
    return "/" + uri[5:].lstrip("/") if uri.startswith("file:") else uri


def _ddl(columns: list[tuple[str, str]]) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in columns)


# ---------------------------------------------------------------- driver side

def build_units(sc, files: list[tuple[str, str, str]], url_pattern: str | None = None):
    """One RDD of work units over all inputs, each file read the way Spark reads it best.
    `url_pattern` keeps only WARC records whose URL matches (a regex), before any parsing."""
    rdds = []
    for source, uri, kind in files:
        if kind == "jsonl":
            # per file, so line numbers (the ids of records without one) match the local reader
            rdds.append(sc.textFile(uri).zipWithIndex()
                        .filter(lambda li: li[0].strip())
                        .map(lambda li, s=source: ("jsonl", s, li[1] + 1, li[0])))
    binary = [(s, u, k) for s, u, k in files if k != "jsonl"]
    if binary:
        sources = {_norm(u): (s, k) for s, u, k in binary}
        raw = sc.binaryFiles(",".join(u for _, u, _ in binary))

        def units(item, sources=sources):
            source, kind = sources.get(_norm(item[0]), (item[0], "warc"))
            if kind == "warc":
                yield from warc_units(source, item[1], url_pattern)
            elif kind == "text":
                yield ("text", source, 0, item[1])
            else:
                yield ("html", source, 0, ("", item[1]))
        rdds.append(raw.flatMap(units))
    if not rdds:
        raise ValueError("no input files to process")
    return rdds[0] if len(rdds) == 1 else sc.union(rdds)


def run_job(spark, paths: Sequence[str], output: str, stages: Sequence[str] | None = None,
            partitions: int | None = None, timeline: bool = False, mode: str = "errorifexists",
            url_pattern: str | None = None) -> dict[str, Any]:
    """Process `paths` and write Parquet tables under `output`; returns row counts per table."""
    from pyspark import StorageLevel

    from ..core import build_pipeline

    build_pipeline(stages)   # unknown stage names or a wrong order fail here, not on executors
    sc = spark.sparkContext
    t0 = time.perf_counter()
    files = expand_inputs(list(paths), sc)
    units = build_units(sc, files, url_pattern)
    want = partitions or sc.defaultParallelism * 2
    if units.getNumPartitions() < want:
        units = units.repartition(want)   # spread few big files (gz, WARC) over every core

    stage_list = list(stages) if stages else None
    results = units.mapPartitions(lambda it: process_partition(it, stage_list))
    results.persist(StorageLevel.MEMORY_AND_DISK)
    counts: dict[str, Any] = {}
    out = output.rstrip("/")
    for table, columns in TABLES.items():
        names = [c for c, _ in columns]
        rows = results.filter(lambda r, t=table: r[0] == t).map(lambda r, n=names: tuple(r[1].get(c) for c in n))
        df = spark.createDataFrame(rows, schema=_ddl(columns))
        df.write.mode(mode).parquet(f"{out}/{table}")
        counts[table] = spark.read.parquet(f"{out}/{table}").count()
    results.unpersist()
    if timeline:
        counts["timeline"] = len(_write_timeline(spark, out))
    counts["seconds"] = round(time.perf_counter() - t0, 1)
    return counts


def _write_timeline(spark, out: str) -> list[dict]:
    """Merge factual events on the driver, streaming rows out of Parquet."""
    from .merge import timeline_from_event_rows, write_timeline

    events = spark.read.parquet(f"{out}/events").where("NOT negated AND NOT hypothetical")
    entries = timeline_from_event_rows(r.asDict(recursive=True) for r in events.toLocalIterator())
    if "://" in out and not out.startswith("file:"):
        import json
        spark.sparkContext.parallelize([json.dumps(entries, ensure_ascii=False)], 1) \
            .saveAsTextFile(f"{out}/timeline.json")
    else:
        write_timeline(entries, f"{out.removeprefix('file://')}/timeline.json")
    return entries


def get_session(master: str | None = None, app: str = "linimasa"):
    from pyspark.sql import SparkSession

    # Executors in local mode must run this interpreter, with linimasa importable.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()


# ---------------------------------------------------------------- command line

def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="INPUT",
                   help="files, directories or globs: .jsonl[.gz], .warc[.gz], .txt, .html; local paths "
                        "or hdfs://, s3a:// URIs")
    p.add_argument("--output", "-o", required=True, metavar="DIR",
                   help="where to write Parquet tables articles/, events/, quotes/, failures/")
    p.add_argument("--master", metavar="URL",
                   help="Spark master (default: from spark-submit, else local[*])")
    p.add_argument("--partitions", type=int, metavar="N",
                   help="spread the work over at least N partitions (default: 2 x cores)")
    p.add_argument("--timeline", action="store_true",
                   help="also merge events across articles into DIR/timeline.json")
    p.add_argument("--overwrite", action="store_true", help="replace tables already in DIR")
    p.add_argument("--url-pattern", metavar="REGEX",
                   help="WARC input: keep only records whose URL matches, e.g. '\\.id/|kompas|detik' "
                        "(CC-NEWS is multilingual; filtering first saves most of the work)")
    p.add_argument("--stages", metavar="LIST", help="comma-separated stages to run (default: all)")


def run_from_args(args) -> int:
    if importlib.util.find_spec("pyspark") is None:
        print("linimasa: the Spark job needs pyspark and Java 17+: pip install 'linimasa[spark]'",
              file=sys.stderr)
        return 2
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        print("linimasa: Spark needs a Java 17+ runtime and none was found; install one "
              "(e.g. apt-get install default-jre-headless) or set JAVA_HOME", file=sys.stderr)
        return 2
    stages = [s.strip() for s in args.stages.split(",") if s.strip()] if args.stages else None
    master = args.master or (None if os.environ.get("SPARK_ENV_LOADED") else "local[*]")
    spark = get_session(master)
    spark.sparkContext.setLogLevel("ERROR")
    try:
        counts = run_job(spark, args.paths, args.output, stages, args.partitions, args.timeline,
                         "overwrite" if args.overwrite else "errorifexists", args.url_pattern)
    except ValueError as exc:
        print(f"linimasa: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - Spark raises Java exceptions with long traces
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if "already exists" in msg:
            msg += " (add --overwrite to replace it)"
        print(f"linimasa: the Spark job failed: {msg}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    print("linimasa: " + ", ".join(f"{k}={v}" for k, v in counts.items()), file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="linimasa.spark.job",
                                description="Annotate news articles with Spark and write Parquet tables.")
    add_arguments(p)
    return run_from_args(p.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
