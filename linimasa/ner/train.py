"""Train the CRF NER model from the shared corpora (build time only; see scripts/train_ner.py).

Writes, under linimasa/models/: ner-id.crfsuite (the model), ner-id.vocab.txt (how often a
word is capitalised inside a sentence, for the 'capitalised common word' feature) and, via
scripts/train_ner.py, ner-id.scores.json. Gazetteer features come from our own KB only.
"""
from __future__ import annotations

import gzip
import json
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from . import corpus
from .features import FeatureCache
from ..lang import load_yaml
from .gazetteer import build as build_gazetteer
from .tagger import MODEL_PATH, VOCAB_PATH, clusters_path, load_clusters, load_vocab

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


def selected(all_corpora: bool, with_lowercased: bool) -> list[corpus.Corpus]:
    return [c for c in corpus.TRAIN if (all_corpora or c.idner_convention)
            and (with_lowercased or not c.lowercased)]


def load(ner_dir: Path, corpora: list[corpus.Corpus], fold: bool = True,
         weights: dict[str, int] | None = None) -> list[tuple[list[str], list[str]]]:
    """Training sentences; corpora of another country convention are folded to idner's
    (unless fold=False), sentences shared with `dedupe_against` corpora are dropped, and a
    corpus may be repeated (weights: name -> copies)."""
    countries, places, after, coord = _fold_lists() if fold else ((frozenset(),) * 4)
    sents = []
    for c in corpora:
        seen = {" ".join(w) for rel in c.dedupe_against for w, _ in corpus.read_conll(ner_dir / rel)}
        part = []
        for rel in c.paths:
            for words, tags in corpus.read_conll(ner_dir / rel):
                if " ".join(words) in seen:
                    continue
                if fold and not c.idner_convention:
                    tags = corpus.fold_countries(words, tags, countries, places, after, coord)
                part.append((words, tags))
        sents += part * (weights or {}).get(c.name, 1)
    return sents


def _fold_lists() -> tuple[frozenset[str], ...]:
    """(KB country names as token keys, place-before words, place-after words, coordinators)
    for corpus.fold_countries (lang/id/ner_fold.yaml + locative prepositions)."""
    from ..kb import get_kb
    from .features import cue_words
    kb = get_kb()
    countries = frozenset(k for k, ids in kb.aliases.items()
                          if any(kb.entries[i].kind == "country" for i in ids))
    _, _, places = cue_words()
    h = load_yaml("id", "honorifics.yaml")
    rule = load_yaml("id", "ner_fold.yaml")
    before = frozenset(places) | frozenset(h["locative_prepositions"]) | frozenset(rule["place_before"])
    return countries, before, frozenset(rule["place_after"]), frozenset(rule["coordinators"])


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


def train(shared: Path, c1: float = 0.05, c2: float = 0.05, max_iter: int = 150,
          min_freq: int = 1, with_lowercased: bool = False, all_corpora: bool = False,
          model: Path = MODEL_PATH, log=print, fold: bool = True,
          weights: dict[str, int] | None = None, only: list[str] | None = None) -> dict:
    ner_dir = shared / "data" / "ner"
    t0 = time.time()
    corpora = selected(all_corpora, with_lowercased)
    if only:
        corpora = [c for c in corpus.TRAIN if c.name in only]
    sents = load(ner_dir, corpora, fold, weights)
    n_vocab = write_vocab(shared / "data" / "clickid" / "clickid_articles.jsonl.gz")
    log(f"{len(sents)} training sentences, {sum(len(w) for w, _ in sents)} tokens; vocab {n_vocab}")
    clusters = load_clusters(clusters_path(model))
    log(f"word clusters: {len(clusters)} words" if clusters else "word clusters: none")
    feats = FeatureCache(load_vocab(), clusters=clusters)
    gaz = build_gazetteer()
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
                       "with_lowercased_corpora": with_lowercased, "all_corpora": all_corpora,
                       "fold_countries": fold, "weights": weights or {}},
            "training": [c.name for c in corpora],
            "gazetteer": "KB only (lang/id/kb)",
            "word_clusters": len(clusters),
            "model_bytes": model.stat().st_size,
            "token_level_on_gold_tokens": scores}
