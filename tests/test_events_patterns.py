"""Regression tests for the events stage, one pattern family each, on small sentences."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from events_helpers import events, find, names  # noqa: E402


def test_passive_with_oleh_swaps_roles():
    evs = events("Ukraina diserang oleh Rusia pada Senin, 13 Desember 2021.")
    (e,) = find(evs, "ASSAULT", "Russia", "Ukraine")
    roles = {a.name: a.role for a in e.actors}
    assert roles == {"Russia": "source", "Ukraine": "target"}


def test_nominal_invasion_takes_arguments_from_the_right():
    evs = events("Dunia mengecam keras invasi Rusia ke Ukraina.")
    (e,) = find(evs, "ASSAULT", "Russia", "Ukraine")
    assert {a.name: a.role for a in e.actors}["Ukraine"] == "target"


def test_nominal_meeting_between_leaders_with_place():
    evs = events("Pertemuan antara Presiden Rusia Vladimir Putin dan Presiden China Xi Jinping digelar di Beijing.")
    (e,) = find(evs, "CONSULT", "Vladimir Putin", "Xi Jinping")
    assert e.mode == "in_person" and e.location and e.location["name"] == "Beijing"
    assert "China" not in names(e) and "Russia" not in names(e)    # title countries are roles


def test_coordinated_subject_virtual_and_dated():
    evs = events("Vladimir Putin dan Xi Jinping melakukan pertemuan secara daring pada Rabu, 15 Desember 2021.")
    (e,) = find(evs, "CONSULT", "Vladimir Putin", "Xi Jinping")
    assert e.mode == "virtual" and e.date.value == "2021-12-15"
    assert not e.negated and not e.hypothetical


def test_subordinate_clause_borrows_main_subject():
    evs = events("Presiden Rusia Vladimir Putin memuji hubungan Moskow dengan Beijing saat bertemu dengan "
                 "Presiden China, Xi Jinping, di Astana pada Rabu (3/7/2024).", published="2024-07-04")
    (e,) = find(evs, "CONSULT", "Vladimir Putin", "Xi Jinping")
    assert [a.name for a in e.actors if a.role == "source"] == ["Vladimir Putin"]
    assert e.date.value == "2024-07-03"


def test_negation_close_to_trigger():
    evs = events("Presiden Iran Hassan Rouhani tidak akan bertemu dengan Presiden AS Donald Trump.")
    (e,) = find(evs, "CONSULT", "Hassan Rouhani", "Donald Trump")
    assert e.negated


def test_not_only_is_no_negation():
    evs = events("Tidak hanya itu, Rusia menyerang Ukraina pada Senin.")
    (e,) = find(evs, "ASSAULT", "Russia", "Ukraine")
    assert not e.negated


def test_hypothetical_plan_and_hope():
    evs = events("Xi Jinping berencana mengunjungi Rusia. Putin berharap untuk bertemu dengan Joe Biden.")
    assert all(e.hypothetical for e in find(evs, "CONSULT", "Xi Jinping"))
    assert find(evs, "CONSULT", "Xi Jinping") and find(evs, "CONSULT", "Vladimir Putin", "Joe Biden")
    assert all(e.hypothetical for e in find(evs, "CONSULT", "Vladimir Putin", "Joe Biden"))


def test_relative_anchor_dates_the_other_event_and_copies_mode():
    evs = events("Vladimir Putin dan Xi Jinping melakukan pertemuan secara daring pada Rabu, 15 Desember 2021. "
                 "Percakapan tersebut berlangsung delapan hari setelah Putin berbicara dengan Presiden Amerika "
                 "Serikat Joe Biden dalam format yang sama.")
    (biden,) = find(evs, "CONSULT", "Vladimir Putin", "Joe Biden")
    assert biden.date.value == "2021-12-07" and biden.mode == "virtual"
    (xi,) = find(evs, "CONSULT", "Vladimir Putin", "Xi Jinping")
    assert xi.date.value == "2021-12-15" and len(xi.mentions) == 2


def test_phone_mode():
    evs = events("Joe Biden berbicara melalui telepon dengan Vladimir Putin pada Selasa.")
    (e,) = find(evs, "CONSULT", "Joe Biden", "Vladimir Putin")
    assert e.mode == "phone"


def test_reports_of_one_meeting_merge():
    evs = events("Xi Jinping bertemu Vladimir Putin di Beijing pada Jumat, 4 Februari 2022. "
                 "Pertemuan itu berlangsung tiga jam. Dalam pertemuan tersebut, Xi dan Putin bertukar pandangan.",
                 published="2022-02-05")
    consult = [e for e in evs if e.type == "CONSULT"]
    assert len(consult) == 1
    assert consult[0].date.value == "2022-02-04" and len(consult[0].mentions) == 3


def test_quotes_and_predicates_are_not_events():
    evs = events('"Kami akan menyerang Ukraina," kata Putin. China dipandang sebagai ancaman oleh AS.')
    assert not [e for e in evs if e.type in ("ASSAULT", "THREATEN")]


def test_earlier_meeting_from_second_in_two_months():
    evs = events("Vladimir Putin bertemu dengan Xi Jinping di Astana pada Rabu (3/7/2024). "
                 "Pertemuan itu menjadi yang kedua dalam waktu kurang dari dua bulan.", published="2024-07-04")
    cs = find(evs, "CONSULT", "Vladimir Putin", "Xi Jinping")
    assert len(cs) == 2
    earlier = [e for e in cs if e.date.value != "2024-07-03"][0]
    assert earlier.date.bounds[1] < "2024-07-03" and earlier.date.bounds[0] >= "2024-05-01"


def test_undated_event_inherits_publication_bounds():
    evs = events("Amerika Serikat menjatuhkan sanksi kepada Iran.", published="2019-09-19")
    (e,) = find(evs, "SANCTION", "United States", "Iran")
    assert e.date.bounds[1] == "2019-09-19" and e.date.bounds[0] < "2019-09-19"


def test_victims_of_an_attack_are_its_target():
    evs = events("Taliban mengaku bertanggung jawab atas serangan yang menewaskan seorang tentara AS.")
    assert find(evs, "ASSAULT", "Taliban", "United States")


def test_negated_condition_is_no_event():
    evs = events("Iran tidak akan melakukan pembicaraan dengan AS, jika Washington belum mencabut sanksi terhadap Teheran.")
    assert not [e for e in evs if e.type == "CONCEDE"]
    assert [e for e in evs if e.type == "CONSULT" and e.negated and e.hypothetical]

