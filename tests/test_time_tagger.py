"""Unit tests for the Indonesian temporal tagger, the resolver API and the estimator."""
from __future__ import annotations

import pytest

from linimasa.document import DateValue, Document, Sentence
from linimasa.stages.time import TimeStage
from linimasa.stages.time.resolve import intersect, parse_date_value, resolve_relative

STAGE = TimeStage()
STAGE.setup()


def tag(text: str, published: str | None = "2021-12-16"):
    doc = Document(id="t", text=text)
    doc.sentences = [Sentence(0, len(text), 1, text)]
    if published:
        doc.published = DateValue(published, (published[:10], published[:10]), False)
    STAGE.process(doc)
    return doc


def values(text, published="2021-12-16"):
    return {t.text: t.value for t in tag(text, published).times}


@pytest.mark.parametrize("text,expect", [
    ("pada Rabu (11/11/20), Presiden", {"Rabu (11/11/20)": "2020-11-11"}),
    ("di Astana, pada Rabu (3/7/2024).", {"Rabu (3/7/2024)": "2024-07-03"}),
    ("pada Kamis, 16 Desember 2021, 15:48 WIB", {"Kamis, 16 Desember 2021": "2021-12-16",
                                                 "15:48 WIB": "2021-12-16T15:48"}),
    ("Olimpiade, Jumat 4 Februari 2022.", {"Jumat 4 Februari 2022": "2022-02-04"}),
    ("tanggal 4 Feb 2022 lalu", {"tanggal 4 Feb 2022": "2022-02-04"}),
    ("hilang kontak pukul 07.55 WIB", {"pukul 07.55 WIB": "2021-12-16T07:55"}),
    ("sejak tahun 2007 dan pada 2024", {"tahun 2007": "2007", "2024": "2024"}),
    ("pada Februari 2022 lalu", {"Februari 2022": "2022-02"}),
    ("Selama tahun 1970-an", {"tahun 1970-an": "197"}),
])
def test_explicit_dates(text, expect):
    assert values(text) == expect


def test_no_year_uses_publication_year_and_year_boundary():
    assert values("kata dia, Senin (1/7).", "2024-07-03") == {"Senin (1/7)": "2024-07-01"}
    assert values("kata dia, Senin (30/12).", "2025-01-02") == {"Senin (30/12)": "2024-12-30"}


def test_invalid_date_and_weekday_conflict():
    assert values("pada Senin (31/2) lalu") == {}
    doc = tag("pada Selasa (3/7/2024)")
    assert doc.times[0].value == "2024-07-03" and "weekday_conflict" in doc.times[0].flags


def test_range_gives_one_date_per_end():
    assert values("pada 3-5 Juli 2019") == {"3": "2019-07-03", "5 Juli 2019": "2019-07-05"}


def test_not_timex():
    assert values("pandemi Covid-19 naik 31 persen, sebanyak 2020 orang") == {}


@pytest.mark.parametrize("text,value", [
    ("kemarin", "2021-12-15"), ("hari ini", "2021-12-16"), ("besok", "2021-12-17"),
    ("lusa", "2021-12-18"), ("semalam", "2021-12-15TNI"), ("pekan lalu", "2021-W49"),
    ("minggu depan", "2021-W51"), ("bulan lalu", "2021-11"), ("tahun lalu", "2020"),
    ("tahun depan", "2022"), ("Selasa lalu", "2021-12-14"), ("dua hari lalu", "2021-12-14"),
    ("3 hari lagi", "2021-12-19"), ("saat ini", "PRESENT_REF"), ("sekarang", "PRESENT_REF"),
    ("Rabu malam", "2021-12-15TNI"), ("bulan Mei tahun ini", "2021-05"), ("awal Juni", "2021-06"),
    ("akhir tahun", "2021"), ("pertengahan 2019", "2019"),
])
def test_deictic(text, value):
    got = tag(f"ia berkata {text} bahwa").times
    assert [t.value for t in got] == [value], got


def test_bare_weekday_past_and_future():
    assert values("kata Putin pada Rabu.") == {"Rabu": "2021-12-15"}
    assert values("pertemuan akan digelar pada Rabu depan") == {"Rabu depan": "2021-12-22"}


def test_month_future_context_is_next_occurrence():
    assert values("Dia berharap bertemu Xi pada bulan Februari") == {"bulan Februari": "2022-02"}


def test_vague_past_has_bounds():
    t = tag("Amerika beberapa minggu lalu mengumumkan", "2020-11-11").times[0]
    assert t.value == "PAST_REF" and t.bounds[0] < "2020-10-15" and t.bounds[1] <= "2020-11-11"


def test_sepekan_terakhir_is_duration_with_bounds():
    t = tag("naik dalam sepekan terakhir").times[0]
    assert (t.type, t.value, t.bounds) == ("DURATION", "P1W", ("2021-12-10", "2021-12-16"))


def test_mods():
    t = tag("pada awal Juni 2019").times[0]
    assert t.mod == "START" and t.bounds == ("2019-06-01", "2019-06-10")


def test_event_anchored_durations():
    t = tag("berlangsung delapan hari setelah Putin berbicara").times[0]
    assert (t.type, t.value, t.anchor, t.flags) == ("DURATION", "P8D", "event", ["after"])
    t = tag("beberapa hari sebelum Moskow menginvasi").times[0]
    assert (t.value, t.flags) == ("PXD", ["before"])
    t = tag("yang kedua dalam waktu kurang dari dua bulan.").times[0]
    assert (t.value, t.mod, t.flags) == ("P2M", "LESS_THAN", ["within"])


def test_anniversaries_from_data():
    assert values("parade untuk merayakan 80 tahun berakhirnya Perang Dunia II.") == {
        "80 tahun berakhirnya Perang Dunia II": "2025"}
    assert values("upacara HUT ke-80 RI di Istana") == {"HUT ke-80 RI": "2025-08-17"}
    assert values("peringatan ulang tahun ke-75 PBB") == {"ulang tahun ke-75 PBB": "2020-10-24"}


@pytest.mark.parametrize("text,type_,value", [
    ("selama enam tahun", "DURATION", "P6Y"), ("dua jam", "DURATION", "PT2H"),
    ("setiap tahun", "SET", "P1Y"), ("tiap pekan", "SET", "P1W"), ("setiap hari", "SET", "P1D"),
    ("bertahun-tahun", "DURATION", "PXY"), ("musim dingin 2014", "DATE", "2014-WI"),
])
def test_durations_and_sets(text, type_, value):
    t = tag(f"mereka {text} bekerja").times
    assert [(x.type, x.value) for x in t] == [(type_, value)]


def test_resolver_api():
    anchor = DateValue("2021-12-15", ("2021-12-15", "2021-12-15"))
    assert resolve_relative(anchor, "P8D", -1).value == "2021-12-07"
    r = resolve_relative(DateValue("2024-07-03"), "LESS_THAN P2M", -1)
    assert r.bounds == ("2024-05-03", "2024-07-02")
    r = resolve_relative(DateValue("2022-02"), "PXD", 1)
    assert r.bounds[0] >= "2022-02-01" and r.value is None or r.value.startswith("2022")
    assert resolve_relative(DateValue(), "P1D", 1) == DateValue()
    assert parse_date_value("2024-07") == ("2024-07-01", "2024-07-31")
    assert parse_date_value("2014-WI") == ("2013-12-01", "2014-02-28")
    assert parse_date_value("PRESENT_REF") is None
    assert intersect(("2020-01-01", "2020-06-30"), ("2020-06-01", "2020-12-31")) == ("2020-06-01", "2020-06-30")
    assert intersect(("2020-01-01", "2020-01-31"), ("2021-01-01", "2021-01-31")) is None


def test_estimate_publication_date_for_undated_articles():
    doc = tag("Menurut media, pada Rabu (11/11/20), Xi dan Putin bertemu. Pemilu AS tahun 2020.", None)
    # a weekday-first date is news of the current week: at most seven days before publication
    assert doc.published.estimated and doc.published.bounds == ("2020-11-11", "2020-11-18")
    doc = tag("parade untuk merayakan 80 tahun berakhirnya Perang Dunia II. "
              "Pada bulan Mei tahun ini, Xi mengunjungi Moskwa.", None)
    assert doc.published.bounds == ("2025-05-01", "2025-12-31")
    assert {t.text: t.value for t in doc.times}["bulan Mei tahun ini"] == "2025-05"
    doc = tag("Tidak ada tanggal di sini.", None)
    assert doc.published.value is None and doc.published.bounds is None


def test_out_of_range_arithmetic_does_not_crash():
    got = values("sejak ribuan tahun yang lalu dan ribuan tahun ke depan")
    assert got == {"ribuan tahun yang lalu": "PAST_REF", "ribuan tahun ke depan": "PXY"}


def test_lowercase_changing_length_still_tags():
    # 'İ'.lower() is two characters: the scanner falls back to case-insensitive patterns
    assert values("İSTANBUL, pada Rabu (3/7/2024) pukul 10.00 WIB") == {
        "Rabu (3/7/2024)": "2024-07-03", "pukul 10.00 WIB": "2024-07-03T10:00"}


@pytest.mark.parametrize("text,expect", [
    ("pada Rabu (3/12/2014) malam, membahas", {"Rabu (3/12/2014) malam": "2014-12-03TNI"}),
    ("naik hingga tengah hari, setelah", {"tengah hari": "2014-12-17TMI"}),
    ("pukul 1 siang", {"pukul 1 siang": "2014-12-17T13:00"}),
    ("pukul 11 siang", {"pukul 11 siang": "2014-12-17T11:00"}),
    ("sore hari ini", {"sore hari ini": "2014-12-17TAF"}),
    ("tumbuh pada triwulan I-2015", {"triwulan I-2015": "2015-Q1"}),
    ("pada paruh pertama tahun depan", {"paruh pertama tahun depan": "2015-H1"}),
    ("Untuk 2015, pertumbuhan", {"2015": "2015"}),
    ("Minggu lalu, harga turun", {"Minggu lalu": "2014-W50"}),
    ("pada Minggu lalu, harga turun", {"Minggu lalu": "2014-12-14"}),
])
def test_parts_of_day_quarters_weeks(text, expect):
    assert values(text, "2014-12-17") == expect


def test_bare_weekday_names_an_explicit_date_and_plans_look_ahead():
    got = values("OPEC akan bertemu pada Kamis (27/11/2014). Mereka mendesak pada pertemuan Kamis.",
                 "2014-11-26")
    assert got == {"Kamis (27/11/2014)": "2014-11-27", "Kamis": "2014-11-27"}
    assert values("Rapat itu dijadwalkan digelar di Istana bersama para menteri pada Jumat",
                  "2014-11-26") == {"Jumat": "2014-11-28"}
    assert values("Kami akan terus berjuang, kata dia pada Jumat", "2014-11-26") == {"Jumat": "2014-11-21"}


def test_estimate_upper_bound_from_plans():
    doc = tag("Pada 3 Maret 2023 ia terpilih. Pelantikan akan digelar pada 20 Oktober 2023.", None)
    assert doc.published.bounds == ("2023-03-03", "2023-10-20")
    doc = tag("Pada 3 Maret 2023 ia terpilih. Pemilu berikutnya akan digelar pada 2029.", None)
    assert doc.published.bounds == ("2023-03-03", "2023-12-31")


def test_rates_and_sequencing_adverbs_are_not_timexes():
    # dev/TIMEX_CONVENTIONS.md: "per hari" of a rate and "nanti" (then/later) are not TIMEX3
    assert values("produksi 30 juta barel per hari, nanti harga naik") == {}
    assert values("obat diminum dua kali per hari") == {"per hari": "P1D"}
    assert values("kita bertemu nanti malam") == {"nanti malam": "2021-12-16TNI"}


@pytest.mark.parametrize("text,type_,value", [
    ("pekan yang berakhir 5 Desember", "DATE", "2021-W48"),
    ("perayaan Natal", "DATE", "XXXX-12-25"), ("Tahun Baru 2015", "DATE", "2015-01-01"),
    ("Natal tahun lalu", "DATE", "2020-12-25"), ("musim dingin", "DATE", "XXXX-WI"),
    ("laporan bulanan", "SET", "P1M"), ("tingkat tahunan", "SET", "P1Y"),
    ("kuartal pertama dan kedua tahun depan", "DATE", "2022-H1"),
    ("kuartal tiga pertama tahun ini", "DURATION", "P3Q"),
    ("satu hingga dua tahun ke depan", "DURATION", "PXY"),
])
def test_weeks_holidays_sets_ranges(text, type_, value):
    got = [(t.type, t.value) for t in tag(f"mereka menyebut {text} itu").times]
    assert got == [(type_, value)]


def test_new_year_of_other_calendars_and_newspapers_are_not_tagged():
    assert values("Tahun Baru Imlek dirayakan") == {}
    assert values("dikutip harian Kompas") == {}


def test_clock_time_ignores_kemarin_of_another_sentence():
    doc = tag("Harga turun pada Selasa (16/12/2021) setelah kemarin anjlok. "
              "Harga berada pada 55 dollar pukul 10:14 WIB. Sementara kemarin ditutup.")
    got = {t.text: t.value for t in doc.times}
    assert got["pukul 10:14 WIB"] == "2021-12-16T10:14"
    doc = tag("Kemarin pesawat itu lepas landas pukul 05.35 WIB.")
    assert {t.text: t.value for t in doc.times}["pukul 05.35 WIB"] == "2021-12-15T05:35"


def test_estimate_next_year_caps_the_publication_year():
    doc = tag("Produksi naik sejak Juli 2013. Anggaran akan dipatok pada 2015, "
              "dan kuartal pertama tahun depan harga diperkirakan naik.", None)
    assert doc.published.estimated and doc.published.bounds == ("2014-01-01", "2014-12-31")
