"""Run the committed CRF model (models/ner-id.crfsuite) over token lists."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pycrfsuite

from .features import FeatureCache
from .gazetteer import build as build_gazetteer

MODELS = Path(__file__).resolve().parent.parent / "models"
MODEL_PATH = MODELS / "ner-id.crfsuite"
# experiments (scripts/train_ner.py --score --model PATH) point this at a candidate model
MODEL_ENV = "LINIMASA_NER_MODEL"
VOCAB_PATH = MODELS / "ner-id.vocab.txt"


def load_vocab(path: Path = VOCAB_PATH) -> dict[str, str]:
    """word -> capitalisation bucket ('0' never capitalised inside a sentence ... '4' always)."""
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line and not line.startswith("#"):
            w, _, b = line.partition("\t")
            out[w] = b
    return out


def clusters_path(model: Path) -> Path:
    """Word clusters belong to the model they were trained with: X.crfsuite -> X.clusters.txt."""
    return model.with_name(model.name.replace(".crfsuite", "") + ".clusters.txt")


def load_clusters(path: Path) -> dict[str, str]:
    """word -> cluster id (scripts/build_word_clusters.py); empty when the model has none."""
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line and not line.startswith("#"):
            w, _, c = line.partition("\t")
            out[w] = c
    return out


# attributes whose largest state weight is below this are not emitted (pruned at load time);
# measured on idner-news-2k dev, see ner-id.scores.json decisions.prune
MIN_WEIGHT = 0.1
PRUNE_ENV = "LINIMASA_NER_MIN_WEIGHT"


def model_attributes(tagger: pycrfsuite.Tagger, min_weight: float | None = None) -> frozenset[str]:
    """Attributes with a state feature of |weight| >= min_weight in the open model."""
    if min_weight is None:
        min_weight = float(os.environ.get(PRUNE_ENV) or MIN_WEIGHT)
    best: dict[str, float] = {}
    for (attr, _), w in tagger.info().state_features.items():
        if abs(w) > best.get(attr, 0.0):
            best[attr] = abs(w)
    return frozenset(a for a, w in best.items() if w >= min_weight)


class NerTagger:
    def __init__(self, model: Path | None = None, min_weight: float | None = None):
        model = Path(model or os.environ.get(MODEL_ENV) or MODEL_PATH)
        if not model.exists():
            raise FileNotFoundError(
                f"NER model {model} is missing; rebuild it with `python scripts/train_ner.py` "
                "(needs ../shared/data/ner) or reinstall linimasa")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model))
        self.features = FeatureCache(load_vocab(), clusters=load_clusters(clusters_path(model)),
                                     keep=model_attributes(self._tagger, min_weight))
        self.gazetteer = build_gazetteer()

    @staticmethod
    def has_candidate(tokens: list[str]) -> bool:
        """Only capitalised tokens start names; a sentence without one needs no tagging.
        Also skipping sentences whose only capital is the first word doubled the speed but
        cost 0.9 F1 on idner-news-2k dev (sentence-initial names), so it is not done."""
        return any(t[:1].isupper() for t in tokens)

    def tag_bio(self, tokens: list[str]) -> list[str]:
        """BIO tags; sentences without a capitalised token skip the CRF (names start with a
        capital). Tagging only windows around capitals was tried and cost 10 F1 points."""
        if not tokens or not self.has_candidate(tokens):
            return ["O"] * len(tokens)
        return self._tagger.tag(self.features.encoded(tokens, self.gazetteer.features(tokens)))

    def tag(self, tokens: list[str]) -> list[tuple[int, int, str]]:
        """Entity spans as (first token, after last token, label)."""
        tags = self.tag_bio(tokens)
        out, start, typ = [], None, None
        for i, t in enumerate(tags + ["O"]):
            if start is not None and not (t.startswith("I-") and t[2:] == typ):
                out.append((start, i, typ))
                start = None
            if t.startswith("B-") or (t.startswith("I-") and start is None):
                start, typ = i, t[2:]
        return out


_local = threading.local()


def get_tagger() -> NerTagger:
    """One tagger per thread (pycrfsuite taggers are not thread-safe)."""
    t = getattr(_local, "tagger", None)
    if t is None:
        t = _local.tagger = NerTagger()
    return t
