#!/usr/bin/env python3
"""Print every quality figure the project tracks, measured now with ../shared/eval.

  .venv/bin/python scripts/figures.py [--shared ../shared] [--only seeds,timex,ner,events]

Runs `linimasa extract` / `linimasa timeline` exactly as the held-out evaluations do and
pipes the output through the shared scorers; the last line of each scorer is shown.
The quality gates (tests/test_gate_*.py) assert floors on the same figures.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "linimasa.cli"]


def sh(cmd: list, out: Path | None = None) -> str:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}\n{proc.stderr[-2000:]}")
    if out is not None:
        out.write_text(proc.stdout, encoding="utf-8")
    return proc.stdout


def last(text: str, n: int = 1) -> str:
    return "\n".join("    " + line for line in text.strip().splitlines()[-n:])


def seeds(shared: Path, tmp: Path) -> None:
    score = shared / "eval" / "score.py"
    gold = shared / "gold" / "seeds.gold.json"
    files = sorted((shared / "seeds").glob("*.txt"))
    sh(CLI + ["extract", *files, "--format", "jsonl"], tmp / "a.jsonl")
    print("seeds, articles:\n" + last(sh([sys.executable, score, "articles", gold, tmp / "a.jsonl"]), 6))
    sh(CLI + ["timeline", *files, "--format", "json"], tmp / "t.json")
    print("seeds, timeline:\n" + last(sh([sys.executable, score, "timeline", gold, tmp / "t.json"]), 3))


def timex(shared: Path, tmp: Path) -> None:
    score = shared / "eval" / "score.py"
    for folder in ("timeml", "timeml-blind", "timeml-clickid"):
        gold, inp, out = tmp / f"gold-{folder}", tmp / f"in-{folder}.jsonl", tmp / f"out-{folder}.jsonl"
        maker = ROOT / "dev" / folder / "make_input.py"
        if maker.exists():
            sh([sys.executable, maker, "--shared", shared, "--jsonl", inp, "--tml", gold])
        else:
            sh([sys.executable, ROOT / "scripts" / "build_timeml_dev.py", gold, "--shared", shared,
                "--standoff", ROOT / "dev" / folder])
            sh([sys.executable, shared / "eval" / "timex.py", "prepare", gold, inp])
        sh(CLI + ["extract", inp, "--format", "jsonl"], out)
        print(f"timex, dev/{folder}:\n" + last(sh([sys.executable, score, "timex", gold, out]), 1))


def ner(shared: Path, tmp: Path) -> None:
    scorer = shared / "eval" / "ner.py"
    for name, conll in (("idner-news-2k dev", "idner-news-2k/dev.txt"),
                        ("NERGrit valid", "nergrit/valid_preprocess.txt")):
        path = shared / "data" / "ner" / conll
        inp, out = tmp / "ner-in.jsonl", tmp / "ner-out.jsonl"
        sh([sys.executable, scorer, "prepare", path, inp])
        sh(CLI + ["extract", inp, "--format", "jsonl"], out)
        print(f"NER, {name}:\n" + last(sh([sys.executable, scorer, "score", path, out]), 1))


def events(shared: Path, tmp: Path) -> None:
    score = shared / "eval" / "score.py"
    # every annotated set, a new one included as soon as its gold file lands; dev first, then by number
    names = [p.name[:-len(".gold.json")] for p in (ROOT / "dev" / "events").glob("clickid-*.gold.json")]
    order = lambda n: (n != "clickid-dev", int(re.sub(r"\D", "", n) or 1), n)  # noqa: E731
    for gold in sorted(names, key=order):
        inp, out = tmp / f"{gold}.jsonl", tmp / f"{gold}.out.jsonl"
        sh([sys.executable, ROOT / "dev" / "events" / "make_input.py", f"{gold}.gold.json"], inp)
        sh(CLI + ["extract", inp, "--format", "jsonl"], out)
        res = sh([sys.executable, score, "articles", ROOT / "dev" / "events" / f"{gold}.gold.json", out])
        print(f"events+quotes, dev/events/{gold}:\n" + last(res, 4))


SECTIONS = {"seeds": seeds, "timex": timex, "ner": ner, "events": events}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--only", default=",".join(SECTIONS), help="comma-separated: " + ", ".join(SECTIONS))
    args = ap.parse_args()
    if not (args.shared / "eval" / "score.py").exists():
        print(f"needs the shared evaluation folder at {args.shared} (use --shared)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as d:
        for name in args.only.split(","):
            SECTIONS[name.strip()](args.shared.resolve(), Path(d))
    return 0


if __name__ == "__main__":
    sys.exit(main())
