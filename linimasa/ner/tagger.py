"""Run the committed CRF model (models/ner-id.crfsuite) over token lists."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np
import pycrfsuite

from .fastcrf import CrfWeights, viterbi
from .features import FeatureCache, sentence_extras
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


# "1" selects the numpy path (NerTagger(fast=True)) in every process; off by default: its
# Viterbi (three numpy calls per token) is not yet faster than crfsuite on cold caches
FAST_ENV = "LINIMASA_NER_FAST"
# word types whose summed weight vectors are kept (5 x 7 floats each, ~0.3 KB): the frequent
# ones arrive first (Zipf), and the table is emptied when full so memory stays flat
MAX_TYPES = 100_000


class NerTagger:
    """fast=True scores sentences in numpy from the model's weights; fast=False runs
    crfsuite itself, the reference the fast path must agree with (tests/test_ner_fast.py)."""

    def __init__(self, model: Path | None = None, min_weight: float | None = None,
                 fast: bool | None = None):
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
        if fast is None:
            fast = os.environ.get(FAST_ENV, "0") == "1"
        self.fast = fast
        if fast:
            self.weights = CrfWeights.load(model)
            w = self.weights
            self._bos = w.state[w.row(b"bos")]
            self._eos = w.state[w.row(b"eos")]
            self._extra_rows: dict[bytes, int] = {}
            self._reset_types()

    def _reset_types(self) -> None:
        self._type_ids: dict[str, int] = {}
        self._type_vecs = np.zeros((1024, 5, len(self.weights.labels)))

    def _type_id(self, w: str) -> int:
        """Row of a word type's (own, as -2, as -1, as +1, as +2) weight sums."""
        n = self._type_ids.get(w)
        if n is not None:               # a new word seen twice in one sentence
            return n
        n = len(self._type_ids)
        if n == len(self._type_vecs):
            grown = np.zeros((2 * n, *self._type_vecs.shape[1:]))
            grown[:n] = self._type_vecs
            self._type_vecs = grown
        # the five attribute lists summed in one call, each closed by the all-zero row so
        # that none is empty (np.add.reduceat would take an empty group's next row)
        row, zero = self.weights.row, self.weights.zero
        rows, starts = [], []
        for attrs in self.features._make(w):
            starts.append(len(rows))
            rows += [row(a) for a in attrs]
            rows.append(zero)
        self._type_vecs[n] = np.add.reduceat(self.weights.state[rows], starts)
        self._type_ids[w] = n
        return n

    def _scores(self, tokens: list[str], gaz: list[list[str]]) -> np.ndarray:
        """Per-token label scores: the sum of the weights of every attribute crfsuite would
        be given for the token (FeatureCache.encoded), added group by group."""
        if len(self._type_ids) + len(tokens) > MAX_TYPES:
            self._reset_types()
        get = self._type_ids.get
        ids = [get(t) for t in tokens]
        if None in ids:
            ids = [self._type_id(t) if i is None else i for t, i in zip(tokens, ids)]
        E = self._type_vecs[ids]
        S = E[:, 0].copy()
        S[2:] += E[:-2, 1]
        S[0] += self._bos
        S[1:] += E[:-1, 2]
        S[:-1] += E[1:, 3]
        S[-1] += self._eos
        S[:-2] += E[2:, 4]
        extras = sentence_extras(tokens, gaz)
        if extras:
            rows, row = self._extra_rows, self.weights.row
            at = [i for i, _ in extras]
            idx = [rows.get(a) if a in rows else rows.setdefault(a, row(a)) for _, a in extras]
            np.add.at(S, at, self.weights.state[idx])
        return S

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
        gaz = self.gazetteer.features(tokens)
        if self.fast:
            labels = self.weights.labels
            return [labels[y] for y in viterbi(self._scores(tokens, gaz), self.weights.trans)]
        return self._tagger.tag(self.features.encoded(tokens, gaz))

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
