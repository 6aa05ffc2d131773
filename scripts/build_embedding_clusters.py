#!/usr/bin/env python3
"""Word-embedding clusters for the NER model: `python scripts/build_embedding_clusters.py`.

Trains word2vec (gensim, skip-gram, fixed seed, one worker so the run is repeatable) on
lower-cased clickid news plus the *training* splits of the NER corpora (never dev/valid/test;
NER-UGM minus its sentences shared with idner-news-2k), clusters the unit-length vectors with
spherical k-means at several granularities, and adds them to the model's word table
(linimasa/models/ner-id.clusters.txt) as named fields: `word<TAB>612 e64=3 e256=100 e1024=900`.
The first field (no '=') is the PPMI cluster of scripts/build_word_clusters.py; words it does
not cover carry only the named fields. Build time only; the table holds derived ids, no text.
Needs gensim (build time only: `pip install gensim`).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linimasa.ner import corpus  # noqa: E402
from linimasa.ner.tagger import MODELS, _read_word_table  # noqa: E402
from linimasa.ner.train import load  # noqa: E402
from linimasa.text.tokenize import token_texts  # noqa: E402

TABLE = MODELS / "ner-id.clusters.txt"


def news_sentences(path: Path) -> list[list[str]]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            for para in (json.loads(line).get("content") or "").split("\n"):
                toks = [t.lower() for t in token_texts(para)]
                if toks:
                    out.append(toks)
    return out


def ner_train_sentences(shared: Path) -> list[list[str]]:
    """Tokens of the NER training splits only (corpus.TRAIN: no dev/valid/test of idner or
    NERGrit; NER-UGM deduplicated against idner train and dev by train.load)."""
    sents = load(shared / "data" / "ner", list(corpus.TRAIN), fold=False)
    return [[w.lower() for w in words] for words, _ in sents]


def kmeans(vec: np.ndarray, k: int, seed: int, iters: int = 30) -> np.ndarray:
    """Spherical k-means (cosine) with a fixed seed; returns each row's cluster."""
    rng = np.random.default_rng(seed)
    centres = vec[rng.choice(len(vec), k, replace=False)].copy()
    for _ in range(iters):
        assign = np.argmax(vec @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, vec)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        filled = norms[:, 0] > 0
        centres[filled] = sums[filled] / norms[filled]
    return np.argmax(vec @ centres.T, axis=1)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--table", type=Path, default=TABLE, help="word table to extend (read)")
    ap.add_argument("--out", type=Path, default=None, help="where to write (default: --table)")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--words", type=int, default=80000, help="most frequent words kept")
    ap.add_argument("--k", default="64,256,1024", help="cluster counts, comma-separated")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    news = args.shared / "data" / "clickid" / "clickid_articles.jsonl.gz"
    if not news.exists():
        print(f"build_embedding_clusters: {news} not found; pass --shared PATH", file=sys.stderr)
        return 2
    try:
        from gensim.models import Word2Vec
    except ImportError:
        print("build_embedding_clusters: needs gensim at build time: pip install gensim",
              file=sys.stderr)
        return 2
    sents = news_sentences(news) + ner_train_sentences(args.shared)
    print(f"{len(sents)} sentences, {sum(map(len, sents))} tokens")
    model = Word2Vec(sents, vector_size=args.dim, window=args.window, min_count=args.min_count,
                     sg=1, negative=10, epochs=args.epochs, workers=1, seed=args.seed)
    freq = Counter(w for s in sents for w in s)
    words = [w for w, n in freq.most_common(args.words) if w in model.wv.key_to_index]
    vec = np.stack([model.wv[w] for w in words]).astype(np.float64)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    fields = {w: [] for w in words}
    for k in (int(x) for x in args.k.split(",")):
        for w, c in zip(words, kmeans(vec, k, args.seed)):
            fields[w].append(f"e{k}={c}")
        print(f"k-means {k} done")
    # fields of earlier runs of this script are replaced; other builders' fields are kept
    base = {w: " ".join(x for x in v.split(" ") if not re.match(r"e\d+=", x))
            for w, v in _read_word_table(args.table).items()}
    rows = []
    for w in sorted(set(base) | set(fields), key=lambda w: (w not in base, w)):
        value = " ".join(x for x in [base.get(w, "")] + fields.get(w, []) if x)
        if value and "\t" not in w and "\n" not in w:
            rows.append(f"{w}\t{value}\n")
    out = args.out or args.table
    out.write_text("# word, PPMI cluster id (scripts/build_word_clusters.py), then word2vec "
                   "k-means clusters eK=id (scripts/build_embedding_clusters.py); derived ids\n"
                   + "".join(rows), encoding="utf-8")
    print(f"wrote {out}: {len(rows)} words, {len(words)} with embedding clusters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
