"""Unnamed groups as actors: protesters or police whose people the text names right after them
are named as annotators name them ("demonstran Irak" -> "Iraqi protesters", "polisi Hong Kong"
-> "Hong Kong police"); without such a qualifier a group keeps its own head word. Sentences
are written for the tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from events_helpers import events, find  # noqa: E402


def actor_names(evs) -> set[str]:
    return {a.name for e in evs for a in e.actors}


def test_protesters_named_by_their_people():
    evs = events("Demonstran Irak mendesak Amerika Serikat untuk menghentikan campur tangan di Baghdad.")
    assert find(evs, "REQUEST", "Iraqi protesters", "United States")


def test_protesters_named_by_the_place_after_di():
    evs = events("Para pengunjuk rasa di Hong Kong mendesak Inggris untuk menekan China pada Minggu.")
    assert find(evs, "REQUEST", "Hong Kong protesters", "United Kingdom")


def test_a_group_without_a_qualifier_keeps_its_head_word():
    evs = events("Ribuan pengunjuk rasa mendesak Inggris untuk menekan China pada Minggu.")
    names = actor_names(evs)
    assert "pengunjuk rasa" in names and not any(n.endswith("protesters") for n in names)
