#!/usr/bin/env python3
"""The whole benchmark suite in one command (never part of the tests).

    python benchmarks/run.py            # 1k, 10k and all 22,136 ClickID articles (~15-20 min on 2 cores)
    python benchmarks/run.py --quick    # 1k articles only (~2 min)
    python benchmarks/run.py --profile  # also the top hotspots of every stage (cProfile)

Measured in one run on the same articles (ClickID 2019, field 'content', whose
paragraphs the scrape joined with '.,'; they are split back into lines):
  1. per stage and end to end: articles/s per core and tokens/s (Pipeline.timings, CPU time)
  2. peers on the same input: a bare read-and-tokenise floor, dateparser.search_dates(languages=['id'])
     for dates, trafilatura for HTML extraction (pages rendered from the same text)
  3. scaling with corpus size (1k, 10k, all; each in a fresh process for an honest peak RSS)
     and with workers (1, 2) through linimasa.batch
  4. the other engineers' benchmarks (bench_time.py, bench_entities.py, bench_store.py) when present
Targets (docs/scaling.md): >= 200 articles/s/core end to end, >= 5x dateparser, peak RSS <= 400 MB.
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT.parent / "shared" / "data" / "clickid" / "clickid_articles.jsonl.gz"
sys.path.insert(0, str(ROOT))

TARGET_RATE, TARGET_RATIO, TARGET_RSS = 200.0, 5.0, 400.0
# other engineers' benchmarks: (arguments for the full run, for --quick)
PEERS = {"bench_time.py": ([], ["300"]), "bench_entities.py": ([], ["--n", "300"]),
         "bench_store.py": (["--limit", "2000"], ["--limit", "300"])}


# ---------------------------------------------------------------- data

def prepare(data: Path, limit: int | None, workdir: Path) -> Path:
    """ClickID as linimasa JSONL: paragraphs back on their own lines, the URL's date as published."""
    out = workdir / f"clickid-{limit or 'all'}.jsonl"
    if out.exists():
        return out
    n = 0
    with gzip.open(data, "rt", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as w:
        for line in f:
            rec = json.loads(line)
            text = (rec.get("content") or "").replace(".,", ".\n").strip()
            if not text:
                continue
            w.write(json.dumps({"id": rec["id"], "title": rec.get("title"), "text": text,
                                "published": rec.get("date_from_url"), "outlet": rec.get("publisher"),
                                "url": rec.get("url")}, ensure_ascii=False) + "\n")
            n += 1
            if limit and n >= limit:
                break
    return out


def load_texts(path: Path, n: int) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line))
            if len(out) >= n:
                break
    return out


def render_page(rec: dict) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in rec["text"].split("\n") if p.strip())
    title = html.escape(rec.get("title") or "")
    return (f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body><header><nav><a href=\"/\">Beranda</a> <a href=\"/news\">Berita</a> "
            f"<a href=\"/sport\">Olahraga</a></nav></header><main><article><h1>{title}</h1>\n{paras}"
            f"</article><aside><h3>Baca juga</h3><ul><li><a href=\"/x\">Berita lain hari ini</a></li></ul>"
            f"</aside></main><footer>Hak cipta dilindungi undang-undang.</footer></body></html>")


# ---------------------------------------------------------------- measurements

def cpu() -> float:
    return time.process_time()


def peak_rss_mb(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024.0


def child_run(path: Path, n: int, workers: int) -> dict:
    """In a fresh process: the whole pipeline over the first n articles through linimasa.batch."""
    spec = json.dumps({"path": str(path), "n": n, "workers": workers})
    proc = subprocess.run([sys.executable, __file__, "--child", spec], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _child(spec: dict) -> None:
    from linimasa.batch import Failure, iter_processed
    from linimasa.core import get_pipeline

    path = Path(spec["path"])
    if spec["n"]:
        sub = Path(tempfile.mkdtemp()) / f"first-{spec['n']}.jsonl"
        with open(path, encoding="utf-8") as f, open(sub, "w", encoding="utf-8") as w:
            for i, line in enumerate(f):
                if i >= spec["n"]:
                    break
                w.write(line)
        path = sub
    t_setup = time.perf_counter()
    if spec["workers"] == 1:
        get_pipeline()
    setup = time.perf_counter() - t_setup
    c0, w0 = cpu(), time.perf_counter()
    run = iter_processed([path], workers=spec["workers"], progress=False)
    docs = failed = 0
    for item in run:   # nothing else in the parent loop: its CPU time is the engine's own cost
        if isinstance(item, Failure):
            failed += 1
        else:
            docs += 1
    wall = time.perf_counter() - w0
    print(json.dumps({"n": docs, "failed": failed, "workers": spec["workers"], "wall": wall,
                      "busy": run.busy, "cpu": run.cpu, "parent_cpu": cpu() - c0, "setup": setup,
                      "timings": run.timings, "failures": dict(run.failures),
                      "rss_parent": peak_rss_mb(), "rss_workers": peak_rss_mb(children=True)}))


def count_tokens(path: Path, n: int) -> int:
    from linimasa.text.tokenize import tokenize
    return sum(len(tokenize(r["text"])) for r in load_texts(path, n))


def _failed(r: dict) -> str:
    return ", ".join(f"{n} {why}" for why, n in r["failures"].items()) or "0"


def bench_floor(recs: list[dict]) -> tuple[float, int]:
    from linimasa.readers.jsonl import document_from_record
    from linimasa.text.tokenize import tokenize

    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    t = cpu()
    tokens = 0
    for i, line in enumerate(lines):
        doc = document_from_record(json.loads(line), "bench", str(i))
        tokens += len(tokenize(doc.text))
    return len(recs) / (cpu() - t), tokens


def bench_dateparser(recs: list[dict]) -> float | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    search_dates("Senin, 9 September 2019", languages=["id"])   # load its data before timing
    t = cpu()
    for r in recs:
        search_dates(r["text"], languages=["id"])
    return len(recs) / (cpu() - t)


def bench_html(recs: list[dict]) -> dict[str, float | None]:
    pages = [render_page(r) for r in recs]
    out: dict[str, float | None] = {"trafilatura": None, "linimasa_html": None}
    try:
        import trafilatura
    except ImportError:
        return out
    t = cpu()
    for p in pages:
        trafilatura.extract(p)
    out["trafilatura"] = len(pages) / (cpu() - t)
    try:
        from linimasa.core import get_pipeline
        from linimasa.readers.html import document_from_html
    except ImportError:
        return out
    clean = get_pipeline(["clean", "metadata"])
    t = cpu()
    for i, p in enumerate(pages):
        clean.run(document_from_html(p.encode("utf-8"), "bench.html", str(i)))
    out["linimasa_html"] = len(pages) / (cpu() - t)
    return out


def bench_stages(recs: list[dict]) -> tuple[dict[str, float], dict[str, float], float, int]:
    """In this process: per-stage CPU seconds, the same stage by stage over all documents (CPU
    time, so other load on the machine does not count), Pipeline.timings (wall) of an end-to-end
    pass, and that pass's CPU time."""
    from linimasa.core import get_pipeline
    from linimasa.readers.jsonl import document_from_record

    pipe = get_pipeline()
    docs = [document_from_record(r, "bench", str(i)) for i, r in enumerate(recs)]
    stage_cpu = {}
    for stage in pipe.stages:
        t = cpu()
        for d in docs:
            stage.process(d)
        stage_cpu[stage.name] = cpu() - t
    for k in pipe.timings:
        pipe.timings[k] = 0.0
    t = cpu()
    for i, r in enumerate(recs):
        pipe.run(document_from_record(r, "bench", str(i)))
    return stage_cpu, dict(pipe.timings), cpu() - t, len(recs)


def profile_stages(recs: list[dict], top: int = 6) -> None:
    """Top functions by own time inside each stage, stage by stage on the same documents."""
    import cProfile
    import pstats

    from linimasa.core import get_pipeline
    from linimasa.readers.jsonl import document_from_record

    pipe = get_pipeline()
    docs = [document_from_record(r, "bench", str(i)) for i, r in enumerate(recs)]
    print(f"\n## Hotspots per stage (cProfile, {len(docs)} articles, own time)")
    for stage in pipe.stages:
        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            try:
                stage.process(d)
            except Exception:  # noqa: BLE001 - profiling, not judging
                pass
        prof.disable()
        stats = pstats.Stats(prof)
        total = sum(v[2] for v in stats.stats.values())
        rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
        print(f"\n{stage.name}: {total:.2f} s own time in total")
        for (file, line, fn), (cc, nc, tt, ct, _) in rows:
            where = file.replace(str(ROOT) + "/", "").replace(sys.prefix, "<py>")
            print(f"  {tt:7.3f} s {100 * tt / max(total, 1e-9):5.1f}%  {nc:>8} calls  {fn}  {where}:{line}")


# ---------------------------------------------------------------- tables

def table(title: str, header: list[str], rows: list[list]) -> None:
    cells = [[str(c) for c in header]] + [[_fmt(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    print(f"\n## {title}")
    for j, r in enumerate(cells):
        print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if j == 0:
            print("  ".join("-" * w for w in widths))


def _fmt(c) -> str:
    if isinstance(c, float):
        return f"{c:,.1f}" if c < 100 else f"{c:,.0f}"
    return "—" if c is None else str(c)


def verdict(ok: bool) -> str:
    return "ok" if ok else "BELOW TARGET"


def run_peers(quick: bool) -> None:
    for name, (full, small) in PEERS.items():
        path = HERE / name
        if not path.exists():
            continue
        print(f"\n## {name}")
        sys.stdout.flush()
        proc = subprocess.run([sys.executable, str(path), *(small if quick else full)],
                              capture_output=True, text=True, cwd=ROOT)
        print(proc.stdout.rstrip() or "(no output)")
        if proc.returncode:
            print(f"({name} exited {proc.returncode}: {proc.stderr.strip().splitlines()[-1:] or ''})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1k articles only")
    ap.add_argument("--data", type=Path, default=DATA, help="ClickID articles (jsonl.gz)")
    ap.add_argument("--profile", action="store_true", help="print the top hotspots of every stage")
    ap.add_argument("--no-peers", action="store_true", help="skip bench_time/bench_entities/bench_store")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(json.loads(args.child))
        return 0
    if not args.data.exists():
        print(f"benchmark data not found: {args.data} (the shared folder beside the project)", file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="linimasa-bench-"))
    full = prepare(args.data, 1000 if args.quick else None, work)
    sample = load_texts(full, 1000)
    print(f"# linimasa benchmarks — {os.cpu_count()} core(s), Python {sys.version.split()[0]}, "
          f"ClickID {'first 1,000' if args.quick else 'all'} articles")

    # 1. stages and end to end, CPU time in one process
    timings, wall_timings, e2e_cpu, n = bench_stages(sample)
    floor_rate, tokens = bench_floor(sample)
    total = sum(timings.values())
    rows = [[name, secs, 100 * secs / total, n / secs if secs else None, tokens / secs if secs else None,
             wall_timings.get(name)] for name, secs in timings.items()]
    rows.append(["end to end", e2e_cpu, None, n / e2e_cpu, tokens / e2e_cpu, sum(wall_timings.values())])
    rows.append(["read + tokenise floor", n / floor_rate, None, floor_rate, tokens * floor_rate / n, None])
    table(f"Per stage, {n} articles, {tokens:,} tokens (CPU seconds, so per core)",
          ["stage", "CPU s", "% of all", "articles/s", "tokens/s", "wall s (Pipeline.timings)"], rows)
    e2e_rate = n / e2e_cpu

    # 2. peers on the same articles
    m = 100 if args.quick else 300
    dp = bench_dateparser(sample[:m])
    hx = bench_html(sample[:m])
    time_rate = n / timings["time"] if timings.get("time") else None
    peer_rows = [
        ["dateparser.search_dates(languages=['id'])", dp, None, None],
        ["linimasa 'time' stage alone", time_rate, None, (time_rate / dp) if dp and time_rate else None],
        ["linimasa end to end (all stages)", e2e_rate, None, (e2e_rate / dp) if dp else None],
        ["trafilatura.extract (rendered HTML)", hx["trafilatura"], None, None],
        ["linimasa HTML reader + clean + metadata", hx["linimasa_html"], None,
         (hx["linimasa_html"] / hx["trafilatura"]) if hx["linimasa_html"] and hx["trafilatura"] else None],
    ]
    for r in peer_rows:
        r[2] = m if "linimasa end" not in r[0] and "'time'" not in r[0] else n
    table("Against peers (articles/s per core; ratio = linimasa / peer)",
          ["tool", "articles/s", "articles", "ratio"], peer_rows)

    # 3. scaling: corpus size (fresh process each, 1 worker) and workers
    sizes = [1000] if args.quick else [1000, 10000, 0]
    size_rows = []
    for size in sizes:
        r = child_run(full, size, 1)
        toks = count_tokens(full, r["n"] + r["failed"])
        size_rows.append([r["n"], toks / max(r["n"], 1), r["cpu"], r["n"] / r["cpu"], toks / r["cpu"], r["wall"],
                          r["setup"], r["rss_parent"], _failed(r)])
    table("Scaling with corpus size (1 worker, in-process; fresh process per size)",
          ["articles", "tokens/article", "CPU s", "articles/s/core", "tokens/s/core", "wall s", "setup s",
           "peak RSS MB", "failed"], size_rows)
    size_rss = [r[7] for r in size_rows]

    n_w = 1000 if args.quick else 4000
    w_rows = []
    base = None
    for workers in (1, 2):
        r = child_run(full, n_w, workers)
        rate = r["n"] / r["wall"]
        base = base or rate
        w_rows.append([workers, r["n"], r["wall"], rate, rate / base, ((r["cpu"] + r["parent_cpu"]) if workers > 1 else r["parent_cpu"]) / r["wall"],
                       r["n"] / r["cpu"],
                       r["parent_cpu"], r["rss_parent"], r["rss_workers"] if workers > 1 else None, _failed(r)])
    load = os.getloadavg()[0]
    table(f"Scaling with workers (linimasa.batch, {n_w} articles; load average {load:.1f} on "
          f"{os.cpu_count()} cores)",
          ["workers", "articles", "wall s", "articles/s", "speed-up", "cores got", "articles/s/core (CPU)",
           "parent CPU s", "parent RSS MB", "worker RSS MB", "failed"], w_rows)

    rss = size_rss
    table("Targets", ["target", "measured", "verdict"], [
        [f">= {TARGET_RATE:.0f} articles/s/core end to end", e2e_rate, verdict(e2e_rate >= TARGET_RATE)],
        [f">= {TARGET_RATIO:.0f}x dateparser (end to end)", (e2e_rate / dp) if dp else None,
         verdict(bool(dp) and e2e_rate / dp >= TARGET_RATIO)],
        [f"peak RSS <= {TARGET_RSS:.0f} MB at every size", max(rss), verdict(max(rss) <= TARGET_RSS)],
        ["RSS flat with size (largest / smallest)", max(rss) / min(rss), verdict(max(rss) / min(rss) < 1.25)],
    ])

    if args.profile:
        profile_stages(sample[:300 if args.quick else 1000])
    if not args.no_peers:
        run_peers(args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
