"""Train the CRF NER model from the shared corpora (build time only; see scripts/train_ner.py).

Writes, under linimasa/models/: ner-id.crfsuite (the model), ner-id.gazetteer.tsv (DBpedia
names used as gazetteer features, CC BY-SA 3.0, derived by this script), ner-id.vocab.txt
(words seen in lower case, for the 'capitalised common word' feature) and ner-id.scores.json.
"""
from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from ..kb import token_key
from . import corpus
from .features import FeatureCache
from .gazetteer import build as build_gazetteer
from .tagger import GAZETTEER_PATH, MODEL_PATH, VOCAB_PATH, load_vocab

DB_FILES = {"PER": "person.txt", "LOC": "place.txt", "ORG": "organization.txt"}


def write_gazetteer(gaz_dir: Path, out: Path = GAZETTEER_PATH) -> int:
    """Indonesian DBpedia names, cleaned: no '(disambiguation)' part, capitalised, 1-5 tokens."""
    rows = set()
    for label, fname in DB_FILES.items():
        p = gaz_dir / "original-dbpedia" / fname
        for line in open(p, encoding="utf-8", errors="replace"):
            name = re.sub(r"\s*\(.*?\)\s*", " ", line.replace("_", " ")).strip()
            if len(name) < 3 or not name[:1].isupper() or "\ufffd" in name:
                continue
            key = token_key(name)
            if 1 <= key.count(" ") + 1 <= 5:
                rows.add((label, key))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Derived from Indonesian DBpedia entity names (CC BY-SA 3.0) via "
                "ialfina/ner-dataset-modified-dee original-dbpedia/*.txt; written by scripts/train_ner.py\n")
        for label, key in sorted(rows):
            f.write(f"{label}\t{key}\n")
    return len(rows)


def write_vocab(news: Path, out: Path = VOCAB_PATH, n_articles: int = 12000, min_count: int = 4) -> int:
    """How often each word is capitalised *inside* a sentence of unannotated news (clickid):
    names are nearly always capitalised, common words nearly never. Stored as a coarse bucket."""
    from ..text.tokenize import tokenize
    low, cap = Counter(), Counter()
    with gzip.open(news, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= n_articles:
                break
            prev = "."
            for tok in tokenize(json.loads(line).get("content") or ""):
                w = tok.text
                if w.isalpha() and prev not in _SENT_END:
                    if w.islower():
                        low[w] += 1
                    elif w[0].isupper() and not w.isupper():
                        cap[w.lower()] += 1
                prev = w
    rows = []
    for w in set(low) | set(cap):
        total = low[w] + cap[w]
        if total >= min_count:
            rows.append(f"{w}\t{bucket(cap[w] / total)}")
    out.write_text("# word, capitalised-inside-a-sentence ratio bucket, from clickid news "
                   "(derived counts; scripts/train_ner.py)\n" + "\n".join(sorted(rows)) + "\n",
                   encoding="utf-8")
    return len(rows)


_SENT_END = frozenset({".", "!", "?", '"', "“", "”", ":", "-", "("})


def bucket(ratio: float) -> str:
    return "0" if ratio < 0.02 else "1" if ratio < 0.2 else "2" if ratio < 0.6 else "3" if ratio < 0.95 else "4"


def load(ner_dir: Path, with_lowercased: bool) -> list[tuple[list[str], list[str]]]:
    sents = []
    for c in corpus.TRAIN:
        if c.lowercased and not with_lowercased:
            continue
        for rel in c.paths:
            sents += corpus.read_conll(ner_dir / rel)
    return sents


def evaluate(tagger_fn, sents) -> dict[str, float]:
    tp = ns = ng = 0
    for words, tags in sents:
        gold = corpus.spans(tags)
        sys = corpus.spans(tagger_fn(words))
        tp += len(gold & sys)
        ns += len(sys)
        ng += len(gold)
    p = tp / ns if ns else 0.0
    r = tp / ng if ng else 0.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def train(shared: Path, c1: float = 0.1, c2: float = 0.01, max_iter: int = 150,
          min_freq: int = 1, with_lowercased: bool = False, model: Path = MODEL_PATH,
          log=print) -> dict:
    ner_dir = shared / "data" / "ner"
    t0 = time.time()
    n_gaz = write_gazetteer(shared / "data" / "gazetteer")
    sents = load(ner_dir, with_lowercased)
    n_vocab = write_vocab(shared / "data" / "clickid" / "clickid_articles.jsonl.gz")
    log(f"{len(sents)} training sentences, {sum(len(w) for w, _ in sents)} tokens; "
        f"gazetteer {n_gaz} names; vocab {n_vocab}")
    feats = FeatureCache(load_vocab())
    gaz = build_gazetteer(GAZETTEER_PATH)
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sents:
        trainer.append(feats.sentence(words, gaz.features(words)), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter,
                        "feature.minfreq": min_freq, "feature.possible_transitions": True})
    trainer.train(str(model))
    log(f"trained in {time.time() - t0:.0f}s -> {model} ({model.stat().st_size / 1e6:.1f} MB)")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    scores = {}
    for name, rel in corpus.DEV.items():
        dev = corpus.read_conll(ner_dir / rel)
        scores[name] = evaluate(lambda w: tagger.tag(feats.sentence(w, gaz.features(w))), dev)
        log(f"{name}: {scores[name]}")
    return {"params": {"c1": c1, "c2": c2, "max_iterations": max_iter, "feature.minfreq": min_freq,
                       "with_lowercased_corpora": with_lowercased},
            "training": [c.name for c in corpus.TRAIN if with_lowercased or not c.lowercased],
            "model_bytes": model.stat().st_size,
            "token_level_on_gold_tokens": scores}
