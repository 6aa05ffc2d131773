#!/usr/bin/env python3
"""Benchmark (not a test): the time stage vs dateparser.search_dates(languages=['id'])
on the same 1,000 ClickID articles (field 'content'), timed in one run.

    python benchmarks/bench_time.py [N]
"""
from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

from linimasa.document import DateValue, Document, Sentence
from linimasa.stages.time import TimeStage
from linimasa.text.sentences import split_sentences

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "clickid" / "clickid_articles.jsonl.gz"


def load(n: int) -> list[str]:
    out = []
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("content") or ""
            if text.strip():
                out.append(text)
            if len(out) >= n:
                break
    return out


def prepare(text: str) -> Document:
    doc = Document(id="b", text=text)
    pos = 0
    for para in text.split("\n"):
        for a, b in split_sentences(para):
            doc.sentences.append(Sentence(pos + a, pos + b, 0, para[a:b]))
        pos += len(para) + 1
    doc.published = DateValue("2019-06-01", ("2019-06-01", "2019-06-01"))
    return doc


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    if not DATA.exists():
        sys.exit(f"error: {DATA} not found (the shared data folder beside the project)")
    from dateparser.search import search_dates
    texts = load(n)
    docs = [prepare(t) for t in texts]
    stage = TimeStage()
    stage.setup()
    t0, c0 = time.perf_counter(), time.process_time()
    ours = sum(len(stage.process(d).times) for d in docs)
    t_ours, c_ours = time.perf_counter() - t0, time.process_time() - c0
    search_dates("Senin, 1 Juli 2019", languages=["id"])        # load its language data first
    t0, c0 = time.perf_counter(), time.process_time()
    theirs = sum(len(search_dates(t, languages=["id"]) or []) for t in texts)
    t_dp, c_dp = time.perf_counter() - t0, time.process_time() - c0
    # CPU time as well as wall time: on a shared machine the wall clock mostly measures the load
    print(f"{'tagger':<14}{'articles':>9}{'found':>8}{'seconds':>10}{'articles/s':>12}{'cpu s':>8}{'art/cpu-s':>11}")
    print(f"{'linimasa time':<14}{n:>9}{ours:>8}{t_ours:>10.2f}{n / t_ours:>12.1f}{c_ours:>8.2f}{n / c_ours:>11.1f}")
    print(f"{'dateparser':<14}{n:>9}{theirs:>8}{t_dp:>10.2f}{n / t_dp:>12.1f}{c_dp:>8.2f}{n / c_dp:>11.1f}")
    print(f"speed ratio: {t_dp / t_ours:.1f}x wall, {c_dp / c_ours:.1f}x cpu (target >= 10x)")


if __name__ == "__main__":
    main()
