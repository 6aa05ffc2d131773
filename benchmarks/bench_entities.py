#!/usr/bin/env python3
"""Entities-stage throughput on clickid news: tokens/s for NER alone and for the whole stage.

    python benchmarks/bench_entities.py [--n 1000] [--path ../shared/data/clickid/clickid_articles.jsonl.gz]

Documents are segmented first (not timed); then the NER tagger over every document (all its
sentences in one call, as the stage tags them; tokens are the tagger's corpus-style tokens), and
the full entities stage (tokens + NER + KB matching + linking + coreference), are timed in CPU
seconds of this process (the machine may be shared). The NER pass runs first, so the stage finds
the tagger's word-type table warm.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linimasa.core import get_pipeline  # noqa: E402
from linimasa.document import Document  # noqa: E402
from linimasa.ner import get_tagger  # noqa: E402
from linimasa.stages.entities import EntitiesStage, sentence_columns  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--path", type=Path, default=ROOT.parent / "shared/data/clickid/clickid_articles.jsonl.gz")
    args = ap.parse_args()
    if not args.path.exists():
        print(f"bench_entities: {args.path} not found; pass --path", file=sys.stderr)
        return 2
    docs = []
    with gzip.open(args.path, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("content"):
                docs.append(Document(id=row["id"], text=row["content"]))
            if len(docs) >= args.n:
                break
    pre = get_pipeline(["clean", "metadata", "language", "segment"])
    docs = [pre.run(d) for d in docs]
    doc_words = [[words for words, _, _ in sentence_columns(d)[0]] for d in docs]
    n_sents = sum(len(ws) for ws in doc_words)
    n_tokens = sum(len(w) for ws in doc_words for w in ws)
    tagger = get_tagger()
    stage = EntitiesStage()
    stage.setup()
    tagger.tag(["Warm", "up"])

    t0 = time.process_time()
    for ws in doc_words:
        tagger.tag_sentences(ws)
    t_ner = time.process_time() - t0

    t0 = time.process_time()
    n_ent = 0
    for d in docs:
        stage.process(d)
        n_ent += len(d.entities)
    t_stage = time.process_time() - t0
    print(f"{len(docs)} articles, {n_sents} sentences, {n_tokens} tokens, {n_ent} entities")
    print(f"NER only:        {n_tokens / t_ner:,.0f} tokens/s ({t_ner:.1f}s)")
    print(f"entities stage:  {n_tokens / t_stage:,.0f} tokens/s ({t_stage:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
