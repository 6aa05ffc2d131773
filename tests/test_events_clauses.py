"""Clause structure around a trigger: which names are its subject when relative clauses stand
between them. Sentences are written for the tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from events_helpers import events, find, names  # noqa: E402


def test_a_relative_clause_with_its_own_verb_hides_its_names_from_the_main_verb():
    evs = events("Serangan pesawat nirawak Amerika Serikat yang ditargetkan ke persembunyian kelompok Negara Islam "
                 "di Afghanistan menewaskan sedikitnya 30 warga sipil Afganistan pada Kamis.", published="2019-09-20")
    (e,) = find(evs, "ASSAULT", "Afghan civilians")
    assert "United States" in names(e) and "Islamic State" not in names(e)


def test_a_relative_clause_closed_by_a_comma_is_no_subject_of_what_follows():
    evs = events("Menurut lembaga kajian Council on Foreign Relations yang berbasis di New York, langkah China itu "
                 "sebagai unjuk kekuatan.", published="2019-09-20")
    assert not find(evs, "MOBILIZE", "Council on Foreign Relations")


def test_a_relative_reporting_verb_leaves_the_reported_subject_alone():
    evs = events("Menteri yang mengatakan Iran menyerang kapal tanker Inggris itu tidak memberikan bukti.",
                 published="2019-09-20")
    assert not [e for e in evs if e.type == "ASSAULT" and "Iran" not in names(e)]
