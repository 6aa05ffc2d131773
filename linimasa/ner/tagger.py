"""Run the committed CRF model (models/ner-id.crfsuite) over token lists."""
from __future__ import annotations

import os
import threading
from functools import lru_cache
from itertools import chain, compress, repeat
from pathlib import Path

import numpy as np
import pycrfsuite

from . import crfjit
from .fastcrf import CrfWeights
from .extras import DocumentExtras
from .features import _OPEN, FeatureCache, sentence_extras
from .gazetteer import build as build_gazetteer

MODELS = Path(__file__).resolve().parent.parent / "models"
MODEL_PATH = MODELS / "ner-id.crfsuite"
# experiments (scripts/train_ner.py --score --model PATH) point this at a candidate model
MODEL_ENV = "LINIMASA_NER_MODEL"
VOCAB_PATH = MODELS / "ner-id.vocab.txt"


def _read_word_table(path: Path) -> dict[str, str]:
    """A 'word<TAB>value' file as a dict; empty when the file is absent."""
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line and not line.startswith("#"):
            w, _, v = line.partition("\t")
            out[w] = v
    return out


@lru_cache(maxsize=4)
def load_vocab(path: Path = VOCAB_PATH) -> dict[str, str]:
    """word -> capitalisation bucket ('0' never capitalised inside a sentence ... '4' always).
    Read once per process (the tagger and the quotes stage both want it; ~1 s each time):
    the dict is shared, so never change it."""
    return _read_word_table(path)


def clusters_path(model: Path) -> Path:
    """Word clusters belong to the model they were trained with: X.crfsuite -> X.clusters.txt."""
    return model.with_name(model.name.replace(".crfsuite", "") + ".clusters.txt")


def load_clusters(path: Path) -> dict[str, str]:
    """word -> cluster id (scripts/build_word_clusters.py); empty when the model has none."""
    return _read_word_table(path)


# attributes whose largest state weight is below this are not emitted (pruned at load time);
# measured on idner-news-2k dev, see ner-id.scores.json decisions.prune
MIN_WEIGHT = 0.1
PRUNE_ENV = "LINIMASA_NER_MIN_WEIGHT"


def pruning_weight(min_weight: float | None = None) -> float:
    return float(os.environ.get(PRUNE_ENV) or MIN_WEIGHT) if min_weight is None else min_weight


def model_attributes(tagger: pycrfsuite.Tagger, min_weight: float | None = None) -> frozenset[str]:
    """Attributes with a state feature of |weight| >= min_weight in the open model."""
    min_weight = pruning_weight(min_weight)
    best: dict[str, float] = {}
    for (attr, _), w in tagger.info().state_features.items():
        if abs(w) > best.get(attr, 0.0):
            best[attr] = abs(w)
    return frozenset(a for a, w in best.items() if w >= min_weight)


# "0" runs crfsuite itself, "1" insists on the compiled path (NerTagger(fast=...)); unset, the
# compiled path is used whenever numba is importable: same tags, measured faster end to end
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
        if fast is None:
            fast = os.environ.get(FAST_ENV, "1" if crfjit.AVAILABLE else "0") == "1"
        if fast and not crfjit.AVAILABLE:
            raise ImportError(f"the fast NER path needs numba: `pip install numba`, or set "
                              f"{FAST_ENV}=0 to tag with crfsuite")
        self.fast = fast
        if fast:
            self.weights = CrfWeights.load(model)
            keep = self.weights.strong_attributes(pruning_weight(min_weight))
        else:
            keep = model_attributes(self._tagger, min_weight)
        self.features = FeatureCache(load_vocab(), clusters=load_clusters(clusters_path(model)),
                                     keep=keep)
        self.gazetteer = build_gazetteer()
        if fast:
            self._setup_fast()

    def _setup_fast(self) -> None:
        w = self.weights
        # only the attributes crfsuite is handed (FeatureCache.keep) count
        keep = self.features.keep
        names = keep if keep is not None else (a.decode() for a in w.attrs)
        self._attr_rows = {a: w.attrs[a.encode()] for a in names if a.encode() in w.attrs}
        self._bos = w.state[w.row(b"bos")]
        self._eos = w.state[w.row(b"eos")]
        self._extra_rows: dict[bytes, int] = {}
        # per label index: 1 for B-X, 2 for I-X, 0 otherwise (O), and X
        self._label_kind = [1 if y.startswith("B-") else 2 if y.startswith("I-") else 0
                            for y in w.labels]
        self._label_type = [y[2:] for y in w.labels]
        self._type_names = sorted(set(self._label_type))
        self._kind_of = np.array(self._label_kind, dtype=np.int8)
        self._type_of = np.array([self._type_names.index(t) for t in self._label_type], dtype=np.int64)
        self._doc_extras = DocumentExtras(w.row)
        self._reset_types()
        self.compile_seconds = crfjit.warm_up()

    def _reset_types(self) -> None:
        self._type_ids: dict[str, int] = {}
        self._type_vecs = np.zeros((4096, 5, len(self.weights.labels)))
        # per word type: capitalised (starts a name, joins a capital run), an opening mark
        self._type_cap = np.zeros(4096, dtype=bool)
        self._type_open = np.zeros(4096, dtype=bool)

    def _add_types(self, words: list[str]) -> None:
        """Rows of new word types' (own, as -2, as -1, as +1, as +2) weight sums."""
        # five attribute lists per word, flattened and mapped to weight rows in C; attributes
        # the model does not keep (-1) are dropped and each list's bounds counted again
        groups = list(chain.from_iterable(map(self.features.attributes, words)))
        found = np.array(list(map(self._attr_rows.get, chain.from_iterable(groups), repeat(-1))),
                         dtype=np.int64)
        kept = found >= 0
        rows = found[kept]
        upto = np.concatenate(([0], np.cumsum(kept)))
        bounds = upto[np.concatenate(([0], np.cumsum(list(map(len, groups)))))]
        n0 = len(self._type_ids)
        n1 = n0 + len(words)
        if n1 > len(self._type_vecs):
            grown = np.zeros((max(2 * len(self._type_vecs), n1), *self._type_vecs.shape[1:]))
            grown[:n0] = self._type_vecs[:n0]
            self._type_vecs = grown
            for name in ("_type_cap", "_type_open"):
                flags = np.zeros(len(grown), dtype=bool)
                flags[:n0] = getattr(self, name)[:n0]
                setattr(self, name, flags)
        self._type_cap[n0:n1] = [w[:1].isupper() for w in words]
        self._type_open[n0:n1] = [w in _OPEN for w in words]
        crfjit.sum_groups(self.weights.state, rows, bounds.astype(np.int64),
                          self._type_vecs[n0:n1].reshape(-1, self._type_vecs.shape[2]))
        self._type_ids.update(zip(words, range(n0, n1)))

    def _fast_tags(self, tokens: list[str], gaz: list[list[str]]) -> list[str]:
        """Tags from the summed weights of every attribute crfsuite would be given for each
        token (FeatureCache.encoded), word types' sums cached, and crfsuite's Viterbi."""
        if len(self._type_ids) + len(tokens) > MAX_TYPES:
            self._reset_types()
        get = self._type_ids.get
        ids = [get(t) for t in tokens]
        if None in ids:
            self._add_types(list(dict.fromkeys(t for t, i in zip(tokens, ids) if i is None)))
            ids = [get(t) for t in tokens]
        extras = sentence_extras(tokens, gaz)
        rows, row = self._extra_rows, self.weights.row
        at = np.array([i for i, _ in extras], dtype=np.int64)
        idx = np.array([rows.get(a) if a in rows else rows.setdefault(a, row(a))
                        for _, a in extras], dtype=np.int64)
        w = self.weights
        path = crfjit.tag(self._type_vecs, np.array(ids, dtype=np.int64), self._bos, self._eos,
                          w.state, at, idx, w.trans)
        labels = w.labels
        return [labels[y] for y in path.tolist()]

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[tuple[int, int, str]]]:
        """tag() of every sentence of a document; on the fast path one compiled call for all
        of them (a call per sentence cost more in argument checks than the Viterbi itself)."""
        if not self.fast:
            return [self.tag(words) for words in sentences]
        # word types of every token (new ones added first), then the sentences to tag: those
        # with a capitalised token (has_candidate), read from the types' flags
        lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        words_all = list(chain.from_iterable(sentences))
        if not words_all:
            return [[] for _ in sentences]
        if len(self._type_ids) + len(words_all) > MAX_TYPES:
            self._reset_types()
        get = self._type_ids.get
        ids = np.fromiter(map(get, words_all, repeat(-1)), dtype=np.int64, count=len(words_all))
        if (ids < 0).any():
            self._add_types(list(dict.fromkeys(compress(words_all, (ids < 0).tolist()))))
            ids = np.fromiter(map(get, words_all), dtype=np.int64, count=len(words_all))
        bounds = np.zeros(len(sentences) + 1, dtype=np.int64)
        np.cumsum(lengths, out=bounds[1:])
        cap = self._type_cap[ids]
        if not cap.any():
            return [[] for _ in sentences]
        # the gazetteer over the sentences joined by a separator token after each (no name
        # holds it, so no match crosses sentences); sentences without a capital are not tagged
        joined: list[str] = []
        for words in sentences:
            joined += words
            joined.append("\n")
        g_at, g_cat, g_row = self._doc_extras.gazetteer_rows(self.gazetteer.matches(joined), bounds)
        w = self.weights
        spans = np.empty((len(ids), 4), dtype=np.int64)
        n = crfjit.tag_document(self._type_vecs, ids, bounds, cap, self._type_open[ids],
                                self._doc_extras.run_rows, self._doc_extras.first_row, g_at, g_cat, g_row,
                                self._bos, self._eos, w.state, w.trans, self._kind_of, self._type_of, spans)
        found: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
        names = self._type_names
        for s, a, e, t in spans[:n].tolist():
            found[s].append((a, e, names[t]))
        return found

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
            return self._fast_tags(tokens, gaz)
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
