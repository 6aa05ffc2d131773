#!/usr/bin/env python3
"""Train the NER model: `python scripts/train_ner.py` (reads ../shared/data at build time).

Writes linimasa/models/ner-id.{crfsuite,vocab.txt,scores.json}. With --score it
also measures F1 with the official scorer (../shared/eval/ner.py) through `linimasa extract`.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linimasa.ner import corpus  # noqa: E402
from linimasa.ner.tagger import MODEL_ENV, MODEL_PATH, MODELS  # noqa: E402
from linimasa.ner.train import train  # noqa: E402

SCORES = MODELS / "ner-id.scores.json"
# sections of the scores file written by people, not by training: kept when it is rewritten
KEPT_SECTIONS = ("history", "before", "decisions", "notes")


def official(shared: Path, model: Path | None = None) -> dict:
    """F1 per dev set, as ../shared/eval/ner.py computes it on `linimasa extract` output."""
    out = {}
    env = dict(os.environ, **({MODEL_ENV: str(model)} if model else {}))
    scorer = shared / "eval" / "ner.py"
    for name, rel in corpus.DEV.items():
        conll = shared / "data" / "ner" / rel
        with tempfile.TemporaryDirectory() as tmp:
            inp, res = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
            subprocess.run([sys.executable, str(scorer), "prepare", str(conll), str(inp)], check=True)
            with open(res, "w") as f:
                subprocess.run([sys.executable, "-m", "linimasa.cli", "extract", str(inp), "--format",
                                "jsonl", "--quiet"], stdout=f, check=True, cwd=ROOT, env=env)
            text = subprocess.run([sys.executable, str(scorer), "score", str(conll), str(res)],
                                  check=True, capture_output=True, text=True).stdout
        m = re.search(r"P=([\d.]+) R=([\d.]+) F1=([\d.]+)", text)
        out[name] = {"P": float(m.group(1)), "R": float(m.group(2)), "F1": float(m.group(3))}
        print(f"official {name}: {out[name]}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("LINIMASA_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--c1", type=float, default=0.02)
    ap.add_argument("--c2", type=float, default=0.2)
    ap.add_argument("--max-iter", type=int, default=150)
    ap.add_argument("--min-freq", type=int, default=1)
    ap.add_argument("--with-lowercased", action="store_true", help="also train on NERP (all lower case)")
    ap.add_argument("--all-corpora", action="store_true",
                    help="also train on NERGrit and NER-UGM, folded to idner's country convention")
    ap.add_argument("--weight", action="append", default=[], metavar="CORPUS=N",
                    help="repeat a training corpus N times (e.g. idner-news-2k=2)")
    ap.add_argument("--only", default="", help="comma-separated corpus names to train on (experiments)")
    ap.add_argument("--no-fold", action="store_true",
                    help="train on other-convention corpora as published (no country fold)")
    ap.add_argument("--model", type=Path, default=MODEL_PATH,
                    help="where to write the model (an experiment: not the committed one)")
    ap.add_argument("--score", action="store_true", help="add official-scorer F1 (runs linimasa extract)")
    ap.add_argument("--score-only", action="store_true", help="re-score the committed model, no training")
    args = ap.parse_args(argv)
    if not (args.shared / "data" / "ner").exists():
        print(f"train_ner: {args.shared / 'data' / 'ner'} not found; pass --shared PATH", file=sys.stderr)
        return 2
    if args.score_only:
        result = json.loads(SCORES.read_text()) if SCORES.exists() else {}
    else:
        weights = {k: int(v) for k, _, v in (w.partition("=") for w in args.weight)}
        only = [x for x in args.only.split(",") if x]
        result = train(args.shared, args.c1, args.c2, args.max_iter, args.min_freq,
                       args.with_lowercased, args.all_corpora, args.model,
                       fold=not args.no_fold, weights=weights, only=only)
    if args.score or args.score_only:
        result["official_scorer"] = official(args.shared, args.model)
    if args.model != MODEL_PATH:
        print(json.dumps(result, indent=1))
        return 0
    old = json.loads(SCORES.read_text()) if SCORES.exists() else {}
    # hand-written sections (why the model is what it is) survive a retrain
    for key in KEPT_SECTIONS:
        if key in old and key not in result:
            result[key] = old[key]
    SCORES.write_text(json.dumps(result, indent=1) + "\n")
    print(f"wrote {SCORES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
