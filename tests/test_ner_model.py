"""The committed NER model: loads, tags plain news sentences, stays small, has its scores file."""
from __future__ import annotations

import json

from linimasa.ner import MODEL_PATH, get_tagger
from linimasa.ner.corpus import map_tag, read_conll, spans
from linimasa.text.glue import repair
from linimasa.text.tokenize import tokenize


def test_model_is_committed_and_small():
    assert MODEL_PATH.exists() and MODEL_PATH.stat().st_size < 10_000_000
    scores = json.loads(MODEL_PATH.with_name("ner-id.scores.json").read_text())
    assert "idner-news-2k-dev" in scores["token_level_on_gold_tokens"]


def test_tags_people_places_organisations():
    # the 2026-11-21 model misses some title-opened names ("Menlu Retno Marsudi bertemu ..."):
    # the entities stage recovers them from the KB and title rules (test_entities_linking)
    words = "Presiden Joko Widodo bertemu Sekjen PBB di New York pada Senin .".split()
    found = {(" ".join(words[s:e]), lab) for s, e, lab in get_tagger().tag(words)}
    assert ("Joko Widodo", "PER") in found
    assert ("New York", "LOC") in found


def test_no_tagging_without_capitalised_tokens():
    assert get_tagger().tag("ia mengatakan hal itu kemarin .".split()) == []


def test_tag_mapping_is_explicit():
    assert map_tag("B-PPL") == "B-PER" and map_tag("I-IND") == "I-ORG" and map_tag("B-PLACE") == "B-LOC"
    assert map_tag("B-GPE") == "B-LOC" and map_tag("B-EVT") == "O" and map_tag("O") == "O"


def test_read_conll_repairs_orphan_inside_tags(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("Di O\nKota B-QUANTITY\nBandung I-PLACE\n\n", encoding="utf-8")
    (words, tags), = read_conll(p)
    assert spans(tags) == {(2, 3, "LOC")}


def test_glued_tokens_split_with_original_offsets():
    text = "kata kepadaJoe Biden kemarin"
    toks = repair(tokenize(text))
    assert [t.text for t in toks][:4] == ["kata", "kepada", "Joe", "Biden"]
    joe = toks[2]
    assert text[joe.start:joe.end] == "Joe"
    assert [t.text for t in repair(tokenize("iPhone baru"))][0] == "iPhone"
