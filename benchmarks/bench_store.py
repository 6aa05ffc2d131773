#!/usr/bin/env python3
"""Benchmark the store: build it from the CLICK-ID corpus, then time timeline and search queries.

    .venv/bin/python benchmarks/bench_store.py                      # all 22,136 articles, full pipeline
    .venv/bin/python benchmarks/bench_store.py --limit 2000         # a quicker look
    .venv/bin/python benchmarks/bench_store.py --reuse --db X.db    # only the queries, on a built store
    .venv/bin/python benchmarks/bench_store.py --stages clean,metadata,language,segment,time,entities,events

Building runs the annotation pipeline (the batch engine, all cores) and
dominates the build time; `--stages` can drop stages (e.g. quotes) to build
faster — the events stage and its prerequisites are needed for timelines.
Targets: timeline query < 200 ms, full-text search < 100 ms (median).
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linimasa.corpus.source import iter_documents  # noqa: E402
from linimasa.corpus.timeline import TimelineFilter  # noqa: E402
from linimasa.store import Store  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "clickid" / "clickid_articles.jsonl.gz"


def limited_copy(src: Path, n: int, folder: Path) -> Path:
    out = folder / f"clickid_{n}.jsonl"
    with gzip.open(src, "rt", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as g:
        for line in itertools.islice(f, n):
            g.write(line)
    return out


def timed(fn, repeat: int) -> tuple[float, float, object]:
    samples, result = [], None
    fn()                                      # warm caches once, as a running server would be
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)], result


def build(db: str, corpus: Path, stages, workers) -> None:
    errors = []
    t0 = time.perf_counter()
    with Store(db) as store:
        n = [0]

        def tick(doc, status):
            n[0] += 1
            if n[0] % 1000 == 0:
                rate = n[0] / (time.perf_counter() - t0)
                print(f"  {n[0]} articles stored ({rate:.0f}/s)", file=sys.stderr, flush=True)

        counts = store.ingest(iter_documents([str(corpus)], stages, lambda m, r: errors.append(r),
                                             workers=workers), on_status=tick)
        total = store.counts()
    dt = time.perf_counter() - t0
    print(f"build: {counts} in {dt:.0f} s ({(counts['added'] + counts['updated']) / dt:.1f} articles/s); "
          f"{len(errors)} failure(s)")
    print("store:", json.dumps(total))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="store path or URL (default: a temporary SQLite file)")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--stages", help="comma-separated pipeline stages (default: all)")
    ap.add_argument("--workers", type=int, help="pipeline worker processes (default: all cores)")
    ap.add_argument("--reuse", action="store_true", help="do not build; query an existing store")
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="linimasa-bench-"))
    db = args.db or str(tmp / "bench.db")
    if not args.reuse:
        corpus = Path(args.corpus)
        if not corpus.exists():
            print(f"no corpus at {corpus}", file=sys.stderr)
            return 1
        if args.limit:
            corpus = limited_copy(corpus, args.limit, tmp)
        build(db, corpus, args.stages.split(",") if args.stages else None, args.workers)

    with Store(db) as store:
        top = store.actors(limit=1)["items"]
        actor = top[0]["id"] if top else "nobody"
        busiest = store.buckets(TimelineFilter(), "year")
        year = max(busiest, key=lambda b: b["count"])["key"] if busiest else "2020"
        queries = [
            ("timeline page (100) + month buckets", "< 200",
             lambda: (store.events(TimelineFilter(), 100, 0), store.buckets(TimelineFilter(), "month"))),
            (f"timeline --actor {actor}", "< 200", lambda: store.events(TimelineFilter(actors=[actor]), 100, 0)),
            (f"timeline --since {year} --until {year} --type CONSULT", "< 200",
             lambda: store.events(TimelineFilter(since=year, until=year, types=["CONSULT"]), 100, 0)),
            ("whole timeline (every dated event)", "-", lambda: store.timeline(TimelineFilter())),
            ("search articles 'presiden jokowi'", "< 100", lambda: store.search("presiden jokowi", "articles", 20)),
            ("search articles 'gempa'", "< 100", lambda: store.search("gempa", "articles", 20)),
            ("search events 'bertemu'", "< 100", lambda: store.search("bertemu", "events", 20)),
            ("actor page (relationships)", "-", lambda: store.actor(actor)),
        ]
        print(f"\nstore {db}: {store.counts()['articles']} articles, {store.counts()['events']} events")
        print(f"{'query':<52} {'median ms':>10} {'p95 ms':>9} {'target':>8} {'rows':>6}")
        for name, target, fn in queries:
            med, p95, res = timed(fn, args.repeat)
            rows = (res[0]["total"] if isinstance(res, tuple) else res.get("total", "") if isinstance(res, dict)
                    else len(res) if isinstance(res, list) else "")
            print(f"{name:<52} {med:>10.1f} {p95:>9.1f} {target:>8} {rows!s:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
