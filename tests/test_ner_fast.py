"""The numpy NER path (NerTagger(fast=True)) gives crfsuite's tags, sentence for sentence."""
from __future__ import annotations

from linimasa.ner import MODEL_PATH, NerTagger
from linimasa.ner.corpus import read_conll
from linimasa.ner.fastcrf import CrfWeights
from tests.conftest import shared_path


def test_weights_are_read_exactly():
    w = CrfWeights.load(MODEL_PATH)
    ref = NerTagger(fast=False)._tagger
    assert w.labels == ref.labels()
    info = ref.info()               # info() rounds weights to 6 decimals
    for (attr, label), weight in list(info.state_features.items())[:2000]:
        assert abs(w.state[w.attrs[attr.encode()], w.labels.index(label)] - weight) < 1e-6


def test_fast_path_tags_like_crfsuite():
    conll = shared_path("data", "ner", "idner-news-2k", "dev.txt")
    sentences = [words for words, _ in read_conll(conll)][:400]
    sentences += [["Presiden", "Joko", "Widodo", "tiba", "di", "Beijing", "."], ["Jakarta"],
                  ["Kota", "Kota", "Kota"], ["ia", "datang", "."]]
    ref, fast = NerTagger(fast=False), NerTagger(fast=True)
    for words in sentences:
        assert fast.tag_bio(words) == ref.tag_bio(words), words
