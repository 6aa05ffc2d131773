"""The compiled NER path (NerTagger(fast=True)) gives crfsuite's tags, sentence for sentence."""
from __future__ import annotations

import pytest

from linimasa.ner import MODEL_PATH, NerTagger
from linimasa.ner import crfjit
from linimasa.ner.corpus import read_conll
from linimasa.ner.fastcrf import CrfWeights
from linimasa.ner.tagger import FAST_ENV
from tests.conftest import shared_path

needs_numba = pytest.mark.skipif(not crfjit.AVAILABLE, reason="numba is not installed")


def test_weights_are_read_exactly():
    w = CrfWeights.load(MODEL_PATH)
    ref = NerTagger(fast=False)._tagger
    assert w.labels == ref.labels()
    info = ref.info()               # info() rounds weights to 6 decimals
    for (attr, label), weight in list(info.state_features.items())[:2000]:
        assert abs(w.state[w.attrs[attr.encode()], w.labels.index(label)] - weight) < 1e-6


@needs_numba
def test_fast_path_tags_like_crfsuite():
    conll = shared_path("data", "ner", "idner-news-2k", "dev.txt")
    sentences = [words for words, _ in read_conll(conll)][:400]
    sentences += [["Presiden", "Joko", "Widodo", "tiba", "di", "Beijing", "."], ["Jakarta"],
                  ["Kota", "Kota", "Kota"], ["ia", "datang", "."], ["Ia", "datang"],
                  ["“", "Prabowo", "(", "Gerindra", ")", "-", "Jokowi", "”"]]
    ref, fast = NerTagger(fast=False), NerTagger(fast=True)
    for words in sentences:
        assert fast.tag_bio(words) == ref.tag_bio(words), words


@needs_numba
def test_word_type_table_grows_and_resets_without_changing_tags(monkeypatch):
    import linimasa.ner.tagger as tagger_module
    monkeypatch.setattr(tagger_module, "MAX_TYPES", 40)
    ref, fast = NerTagger(fast=False), NerTagger(fast=True)
    fast._type_vecs = fast._type_vecs[:2]           # forces the table to grow
    words = [f"Kata{i}" if i % 3 else f"kata{i}" for i in range(30)]
    for k in range(0, 30, 6):
        sent = ["Menurut"] + words[k:k + 12] + ["di", "Jakarta", "."]
        assert fast.tag_bio(sent) == ref.tag_bio(sent)
    assert len(fast._type_ids) <= 40


def test_default_follows_numba_and_the_environment(monkeypatch):
    monkeypatch.delenv(FAST_ENV, raising=False)
    assert NerTagger().fast is crfjit.AVAILABLE
    monkeypatch.setenv(FAST_ENV, "0")
    assert NerTagger().fast is False


@pytest.mark.parametrize("min_weight", [0.1, 0.05, 0.0])
def test_pruned_attributes_match_crfsuite_info(min_weight):
    from linimasa.ner.tagger import model_attributes
    ref = NerTagger(fast=False)._tagger
    assert CrfWeights.load(MODEL_PATH).strong_attributes(min_weight) == model_attributes(ref, min_weight)


@needs_numba
def test_tagging_a_document_at_once_gives_the_sentence_by_sentence_spans():
    conll = shared_path("data", "ner", "idner-news-2k", "dev.txt")
    sentences = [words for words, _ in read_conll(conll)][:300]
    sentences[5:5] = [[], ["ia", "datang", "."], ["Jakarta"]]
    fast = NerTagger(fast=True)
    expected = [fast.tag(words) for words in sentences]
    assert fast.tag_sentences(sentences) == expected
    assert NerTagger(fast=False).tag_sentences(sentences[:40]) == expected[:40]
    assert fast.tag_sentences([]) == [] and fast.tag_sentences([["ia"]]) == [[]]


@needs_numba
def test_document_extras_match_sentence_extras_token_by_token():
    """The document path's extra attribute rows (ner/extras.py + crfjit.extras) give every
    token the rows sentence_extras lists for it, in the same order (the CRF adds them in it)."""
    from itertools import chain

    import numpy as np

    from linimasa.ner.features import _OPEN, sentence_extras
    conll = shared_path("data", "ner", "idner-news-2k", "dev.txt")
    sentences = [w for w, _ in read_conll(conll)][:300]
    sentences += [["“", "Prabowo", "(", "Gerindra", ")", "-", "Jokowi", "”"], ["Jakarta"],
                  ["Presiden", "Joko", "Widodo", "dan", "Amerika", "Serikat", "Kota", "Kota", "X"]]
    tagger = NerTagger(fast=True)
    row, ex = tagger.weights.row, tagger._doc_extras
    bounds = np.concatenate(([0], np.cumsum([len(s) for s in sentences])))
    words = list(chain.from_iterable(sentences))
    cap = np.array([w[:1].isupper() for w in words])
    opening = np.array([w in _OPEN for w in words])
    joined = list(chain.from_iterable(s + ["\n"] for s in sentences))
    g_at, g_cat, g_row = ex.gazetteer_rows(tagger.gazetteer.matches(joined), bounds)
    assert len(g_at) > 100
    buf_at, buf_row = np.empty(3 * len(words) + len(g_at), dtype=np.int64), np.empty(3 * len(words) + len(g_at), dtype=np.int64)
    gk = 0
    for s, sent in enumerate(sentences):
        lo, hi = int(bounds[s]), int(bounds[s + 1])
        while gk < len(g_at) and g_at[gk] < lo:
            gk += 1
        m, gk = crfjit.extras(lo, hi, cap, opening, ex.run_rows, ex.first_row, g_at, g_cat, g_row, gk,
                              buf_at, buf_row)
        want: dict[int, list[int]] = {}
        for i, attr in sentence_extras(sent, tagger.gazetteer.features(sent)):
            want.setdefault(lo + i, []).append(row(attr))
        got: dict[int, list[int]] = {}
        for k in range(m):
            got.setdefault(int(buf_at[k]), []).append(int(buf_row[k]))
        assert got == want, sent
