"""Which temporal expressions of a sentence may date its event: a year naming a thing or a time
inside a relative clause on another noun dates that thing, not the event. Sentences are written
for the tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from events_helpers import events, find  # noqa: E402

LEAD = "Rusia dan Amerika Serikat kembali berselisih. "


def date_of(ev) -> str:
    return ev.date.value if ev.date is not None else ""


def test_a_time_in_a_relative_clause_on_another_noun_dates_that_noun():
    evs = events(LEAD + "Kedua negara telah berulang kali menuduh satu sama lain melanggar perjanjian yang diteken "
                 "pada 1987 silam.", published="2019-09-18")
    (e,) = find(evs, "ACCUSE")
    assert not date_of(e).startswith("1987")


def test_a_year_after_tahun_that_names_a_border_is_no_date():
    evs = events(LEAD + "Indonesia meminta OKI menjaga komitmen terkait solusi dua negara dengan dasar garis batas "
                 "tahun 1967.", published="2019-09-18")
    (e,) = find(evs, "REQUEST", "Indonesia")
    assert not date_of(e).startswith("1967")


def test_a_relative_telling_the_act_happened_still_dates_it():
    evs = events(LEAD + "Israel menyerang Gaza dalam serangan yang terjadi pada Sabtu (14/9).", published="2019-09-18")
    (e,) = find(evs, "ASSAULT", "Israel")
    assert date_of(e) == "2019-09-14"


def test_a_year_after_pada_tahun_still_dates_the_event():
    evs = events(LEAD + "Perjanjian INF ditandatangani oleh Amerika Serikat dan Uni Soviet pada tahun 1987.",
                 published="2019-09-18")
    (e,) = find(evs, "AGREE", "United States")
    assert date_of(e) == "1987"


def test_a_relative_on_the_act_vehicle_still_dates_it():
    evs = events("Pemimpin Korea Utara Kim Jong-un mengundang Presiden Amerika Serikat Donald Trump untuk mengunjungi "
                 "Pyongyang dalam suratnya yang dikirim pada Agustus.", published="2019-09-18")
    dated = [e for e in evs if "Kim Jong Un" in {a.name for a in e.actors}]
    assert dated and all(date_of(e) == "2019-08" for e in dated)


def test_a_reaction_to_what_the_sentence_before_told_takes_its_time():
    evs = events("Ketegangan perbatasan dimulai pada Agustus lalu ketika New Delhi menyatakan Ladakh sebagai wilayah "
                 "administratif yang terpisah. China menyatakan keprihatinan serius atas hal ini dan meminta India "
                 "untuk mengembalikan status Ladakh.", published="2019-09-12")
    (e,) = find(evs, "REQUEST", "China", "India")
    assert date_of(e) == "2019-08"
