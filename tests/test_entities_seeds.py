"""Seeds: every gold actor alias that occurs in a seed's kept text resolves to its actor, as a
named-entity mention or as a reference (a country used as actor, a metonym, a role phrase)."""
from __future__ import annotations

import json
import re

import pytest

from tests.conftest import extract_jsonl, shared_path


@pytest.fixture(scope="module")
def extracted():
    shared_path("seeds")
    return extract_jsonl(shared_path("seeds"), extra=("--debug", "--quiet"))


def test_gold_aliases_resolve(extracted):
    gold = json.loads(shared_path("gold", "seeds.gold.json").read_text(encoding="utf-8"))
    misses, checked = [], 0
    for d in extracted:
        text = open(d["source"], encoding="utf-8").read().replace("\r\n", "\n")
        sents = [(s["start"], s["end"]) for s in d["sentences"]]
        # a mention carrying a stripped title ("Presiden China" before "Xi Jinping") covers it
        ments = [(m["start"] - (len(m["role"]) + 1 if m.get("role") else 0), m["end"], e["name"])
                 for e in d["entities"] for m in e["mentions"] + e.get("references", [])]
        for actor, a in gold["actors"].items():
            for alias in a["aliases"]:
                occ = [m.start() for m in re.finditer(r"(?<![^\W\d_])" + re.escape(alias) + r"(?![^\W\d_])", text)]
                occ = [o for o in occ if any(s <= o < e for s, e in sents)]
                if not occ:
                    continue
                checked += 1
                if not any(s < o + len(alias) and o < e and n == actor for o in occ for s, e, n in ments):
                    misses.append(f"{d['id']}: {alias!r} -> {actor}")
    assert checked > 50
    assert misses == []


def test_country_as_actor_is_a_reference_not_a_mention(extracted):
    """NER convention: a country is tagged only as a place; as an actor it is a reference."""
    refs = [(e["id"], r["text"]) for d in extracted for e in d["entities"]
            for r in e.get("references", [])]
    assert any(i in ("RUS", "CHN", "USA") for i, _ in refs)
    for d in extracted:
        for e in d["entities"]:
            spans = {(m["start"], m["end"]) for m in e["mentions"]}
            assert not spans & {(r["start"], r["end"]) for r in e.get("references", [])}
