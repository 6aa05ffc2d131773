"""Word-table features: the PPMI cluster id and the named fields the build scripts add
(embedding clusters eK=, DBpedia name-list marks nl=) become attributes of the word and of
its neighbours; a plain or 'coarse:fine' id keeps its old attributes."""
from __future__ import annotations

from linimasa.ner.features import FeatureCache


def _cache(table):
    return FeatureCache({}, clusters=table)


def test_plain_cluster_id_keeps_the_old_attributes():
    own, m2, m1, p1, p2 = _cache({"jakarta": "708"}).attributes("Jakarta")
    assert "cl=708" in own and "-1cl=708" in m1 and "+1cl=708" in p1
    assert not any("=" in a and a.startswith(("e", "nl")) for a in own)


def test_coarse_fine_id():
    own, _, m1, _, _ = _cache({"jakarta": "70:708"}).attributes("Jakarta")
    assert "cl=70" in own and "cf=708" in own and "-1cl=70" in m1 and "-1cf=708" not in m1


def test_named_fields_are_word_and_neighbour_attributes():
    own, m2, m1, p1, p2 = _cache({"widodo": "916 e64=3 e1024=900 nl=PER"}).attributes("Widodo")
    assert {"cl=916", "e64=3", "e1024=900", "nl=PER"} <= set(own)
    assert {"-1e64=3", "-1nl=PER"} <= set(m1) and {"+1e1024=900", "+1nl=PER"} <= set(p1)
    assert not any(a.startswith("-2") and "e64" in a for a in m2)


def test_word_with_named_fields_only():
    own, _, m1, _, _ = _cache({"susilo": "nl=PER e64=5"}).attributes("Susilo")
    assert {"nl=PER", "e64=5", "-1nl=PER"} <= set(own) | set(m1)
    assert not any(a.startswith("cl=") for a in own)


def test_unknown_word_has_no_table_attributes():
    own, *_ = _cache({"susilo": "nl=PER"}).attributes("Bambang")
    assert not any(a.startswith(("cl=", "nl=", "e64=")) for a in own)
