#!/usr/bin/env python3
"""Two versions of linimasa in the same conditions: per-stage CPU of warm end-to-end passes.

    python benchmarks/ab.py 7aaa66d                   # that commit against the working tree
    python benchmarks/ab.py 7aaa66d --paths linimasa/ner linimasa/stages/entities --rounds 10

On a shared machine the CPU time of the same code moves by +-30 % within minutes, so figures
measured one after the other cannot show a 5 % change. Here each version runs in its own
process (numba caches, module state and memory layout as in a real run) and the two, plus
dateparser on 100 articles, take turns over the same 1,000 ClickID articles; the minimum over
the rounds is printed. --paths resets only those paths to the old commit and keeps the rest of
the working tree on both sides, so other people's uncommitted changes count on both sides.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


def _worker(mode: str, data: str, n: int) -> None:
    import run as bench         # run.py's loaders and peer timing; it imports no linimasa at load
    recs = bench.load_texts(Path(data), n)
    pt = time.process_time
    if mode == "dateparser":
        def run() -> dict:      # on 100 articles, scaled to the pass
            return {"dateparser": len(recs) / bench.bench_dateparser(recs[:100])}
    else:
        sys.path.insert(0, mode)
        from linimasa.core import get_pipeline
        from linimasa.readers.jsonl import document_from_record
        pipe = get_pipeline()

        def run() -> dict:
            acc = {s.name: 0.0 for s in pipe.stages}
            t0 = pt()
            for i, r in enumerate(recs):
                doc = document_from_record(r, "bench", str(i))
                for s in pipe.stages:
                    t = pt()
                    doc = s.process(doc)
                    acc[s.name] += pt() - t
            acc["end to end"] = pt() - t0
            return acc
        run()                           # caches filled, as in run.py's end-to-end pass
    print("ready", flush=True)
    for _ in sys.stdin:
        print(json.dumps(run()), flush=True)


def _tree(rev: str, paths: list[str], into: Path) -> Path:
    """The working tree's package with `paths` (default: all of it) as they were at `rev`."""
    pkg = into / "linimasa"
    shutil.copytree(ROOT / "linimasa", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    targets = paths or ["linimasa"]
    for p in targets:
        dest = into / p
        if dest.is_dir():
            for f in dest.rglob("*.py"):
                f.unlink()
    archive = subprocess.run(["git", "archive", rev, *targets], cwd=ROOT, capture_output=True, check=True)
    with tempfile.TemporaryFile() as f:
        f.write(archive.stdout)
        f.seek(0)
        with tarfile.open(fileobj=f) as tar:
            tar.extractall(into)
    return into


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rev", nargs="?", help="the old version: a git revision")
    ap.add_argument("--paths", nargs="*", default=[], help="reset only these paths to REV")
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--n", type=int, default=1000, help="articles per pass")
    ap.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(args.worker[0], args.worker[1], int(args.worker[2]))
        return 0
    if not args.rev:
        ap.error("give the old version's git revision")
    import run
    work = Path(tempfile.mkdtemp(prefix="linimasa-ab-"))
    data = run.prepare(run.DATA, args.n, work)
    old = _tree(args.rev, args.paths, work / "old")
    new = work / "new"
    new.mkdir()
    shutil.copytree(ROOT / "linimasa", new / "linimasa", ignore=shutil.ignore_patterns("__pycache__"))
    modes = {"old": str(old), "new": str(new), "dateparser": "dateparser"}
    procs = {k: subprocess.Popen([sys.executable, __file__, "--worker", m, str(data), str(args.n)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=work)
             for k, m in modes.items()}
    for k, p in procs.items():
        if p.stdout.readline().strip() != "ready":
            raise SystemExit(f"the {k} worker failed to start")
    best: dict[str, dict[str, float]] = {k: {} for k in procs}
    for i in range(args.rounds):
        for k in (list(procs) if i % 2 == 0 else list(reversed(list(procs)))):
            procs[k].stdin.write("go\n")
            procs[k].stdin.flush()
            for stage, secs in json.loads(procs[k].stdout.readline()).items():
                best[k][stage] = min(best[k].get(stage, secs), secs)
    for p in procs.values():
        p.stdin.close()
        p.wait()
    shutil.rmtree(work, ignore_errors=True)
    dp = best["dateparser"]["dateparser"]
    stages = list(best["old"])
    print(f"# CPU s per {args.n} articles, min of {args.rounds} alternating rounds "
          f"(old = {args.rev}{' for ' + ' '.join(args.paths) if args.paths else ''})")
    print(f"{'stage':<12} {'old':>7} {'new':>7}")
    for s in stages:
        print(f"{s:<12} {best['old'][s]:7.3f} {best['new'][s]:7.3f}")
    print(f"{'dateparser':<12} {dp:7.3f}")
    print(f"{'ratio':<12} {dp / best['old']['end to end']:7.2f} {dp / best['new']['end to end']:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
