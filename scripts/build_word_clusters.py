#!/usr/bin/env python3
"""Word clusters for the NER model from unlabeled news: `python scripts/build_word_clusters.py`.

Reads ../shared/data/clickid (build time only) and writes linimasa/models/ner-id.clusters.txt:
`word<TAB>cluster id` for the most frequent lower-cased words (derived; no article text).
Method (deterministic): left/right neighbour counts against the most frequent context words,
positive PMI, truncated SVD, then k-means (fixed seed) on the unit-length word vectors.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linimasa.ner.tagger import MODELS  # noqa: E402
from linimasa.text.tokenize import tokenize  # noqa: E402

OUT = MODELS / "ner-id.clusters.txt"


def sentences(path: Path, limit: int):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= limit:
                break
            yield [t.text.lower() for t in tokenize(json.loads(line).get("content") or "")]


def build(path: Path, n_words: int, n_ctx: int, dim: int, k: int, limit: int, seed: int = 13):
    docs = list(sentences(path, limit))
    freq = Counter(w for d in docs for w in d)
    words = [w for w, _ in freq.most_common(n_words)]
    ctx = [w for w, _ in freq.most_common(n_ctx)]
    wi = {w: i for i, w in enumerate(words)}
    ci = {w: i for i, w in enumerate(ctx)}
    rows, cols = [], []
    for d in docs:
        for a, b in zip(d, d[1:]):
            if a in wi and b in ci:
                rows.append(wi[a]); cols.append(n_ctx + ci[b])      # right neighbour
            if b in wi and a in ci:
                rows.append(wi[b]); cols.append(ci[a])              # left neighbour
    m = sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                          shape=(len(words), 2 * n_ctx)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel() + 1e-9
    cs = np.asarray(m.sum(axis=0)).ravel() + 1e-9
    m = m.tocoo()
    pmi = np.log(m.data * total / (rs[m.row] * cs[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    u, s, _ = svds(ppmi, k=dim, random_state=seed)
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(seed)
    centres = vec[rng.choice(len(vec), k, replace=False)]
    for _ in range(25):
        assign = np.argmax(vec @ centres.T, axis=1)
        for j in range(k):
            members = vec[assign == j]
            if len(members):
                c = members.mean(axis=0)
                centres[j] = c / (np.linalg.norm(c) + 1e-9)
    assign = np.argmax(vec @ centres.T, axis=1)
    return words, assign


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", type=Path, default=ROOT.parent / "shared/data/clickid/clickid_articles.jsonl.gz")
    ap.add_argument("--words", type=int, default=50000)
    ap.add_argument("--contexts", type=int, default=2000)
    ap.add_argument("--dim", type=int, default=60)
    ap.add_argument("--clusters", type=int, default=300)
    ap.add_argument("--articles", type=int, default=25000)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not args.news.exists():
        print(f"build_word_clusters: {args.news} not found; pass --news PATH", file=sys.stderr)
        return 2
    words, assign = build(args.news, args.words, args.contexts, args.dim, args.clusters, args.articles)
    args.out.write_text("# word, cluster id: PPMI+SVD+k-means over clickid news neighbours "
                        "(derived; scripts/build_word_clusters.py)\n"
                        + "".join(f"{w}\t{c}\n" for w, c in zip(words, assign)), encoding="utf-8")
    print(f"wrote {args.out}: {len(words)} words, {args.clusters} clusters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
