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


def test_riot_control_means_are_used_on_the_crowd_of_the_sentence():
    # the crowd is named only as the subject of the clause after "setelah"; "menembakan" is the common
    # one-k spelling
    evs = events("Kepolisian Hong Kong menembakan meriam air dan gas air mata setelah demonstran melempar bom "
                 "molotov ke gedung parlemen pada Minggu.", published="2019-09-15")
    (e,) = [e for e in evs if e.type == "COERCE"]
    roles = {a.name: a.role for a in e.actors}
    assert roles["Hong Kong police"] == "source" and roles["pengunjuk rasa"] == "target"


def test_stones_thrown_at_the_police_are_an_assault_on_them():
    evs = events("Beberapa demonstran melempar batu bata ke arah polisi di luar pangkalan Tentara Pembebasan Rakyat "
                 "Cina di distrik Admiralty.", published="2019-09-15")
    (e,) = find(evs, "ASSAULT", "pengunjuk rasa", "polisi")
    assert {a.name: a.role for a in e.actors}["polisi"] == "target"


def test_a_named_police_unit_is_no_unnamed_group():
    evs = events("Otoritas penegak hukum Indonesia melalui Kepolisian Daerah (Polda) Jawa Timur mengancam akan "
                 "mengeluarkan red notice Interpol untuk menangkap aktivis Veronica Koman.", published="2019-09-15")
    assert find(evs, "THREATEN", "Indonesia", "Veronica Koman")
    assert "polisi" not in actor_names(evs)


def test_civilians_named_by_their_people():
    evs = events("Serangan udara Rusia menewaskan sedikitnya 12 warga sipil Suriah di Idlib pada Senin.",
                 published="2019-09-15")
    assert find(evs, "ASSAULT", "Russia", "Syrian civilians")


def test_an_opposition_qualified_by_its_country_and_the_country_is_no_actor():
    evs = events("Pihak oposisi Rusia menuding pihak berwenang Moskow mencurangi pemilu.", published="2019-09-15")
    (e,) = find(evs, "ACCUSE", "Russian opposition")
    assert {a.name: a.role for a in e.actors}.get("Russia") != "source"


def test_rights_groups_stand_for_no_one_people():
    evs = events("Kelompok hak asasi manusia menuduh polisi Filipina menutup-nutupi eksekusi.", published="2019-09-15")
    assert find(evs, "ACCUSE", "Human rights groups", "Philippines")


def test_a_group_word_before_a_name_is_that_name_role():
    evs = events("Pemimpin oposisi Venezuela Juan Guaido mengecam Presiden Nicolas Maduro.", published="2019-09-15")
    assert find(evs, "ACCUSE", "Juan Guaido")
    assert not any("opposition" in n or n == "oposisi" for n in actor_names(evs))


def test_a_group_with_a_demonstrative_is_the_named_group_before():
    evs = events("Taliban mengaku telah membunuh seorang tentara AS. Kelompok militan tersebut juga menyerang "
                 "pasukan AS di Kabul.", published="2019-09-15")
    assert not any("militan" in n or "militants" in n for n in actor_names(evs))
