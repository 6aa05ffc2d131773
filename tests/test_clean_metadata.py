"""Metadata (dates, outlets, people) and language identification."""
from __future__ import annotations

import pytest

from linimasa import Document
from linimasa.core import build_pipeline
from linimasa.stages.clean_dates import is_date_line, parse_date
from linimasa.stages.clean_rules import parse_dateline

PIPE = build_pipeline(["clean", "metadata", "language"])


@pytest.mark.parametrize("text,value", [
    ("16 Desember 2021, 15:48 WIB", "2021-12-16T15:48:00+07:00"),
    ("Kamis, 16 Desember 2021 | 15:48 WIB", "2021-12-16T15:48:00+07:00"),
    ("16/12/2021, 15:48 WIB", "2021-12-16T15:48:00+07:00"),
    ("Selasa, 10 Sep 2019 21:48 WIB", "2019-09-10T21:48:00+07:00"),
    ("Rabu, 3 Juli 2024 10:30 WITA", "2024-07-03T10:30:00+08:00"),
    ("Jumat, 9 Agustus 2024 08.05 WIT", "2024-08-09T08:05:00+09:00"),
    ("Diperbarui: 5 Nopember 2020", "2020-11-05"),
])
def test_publication_dates(text, value):
    assert is_date_line(text)
    assert parse_date(text) == value


def test_a_sentence_with_a_date_is_not_a_date_line():
    assert not is_date_line("Presiden bertemu Xi pada 16 Desember 2021, 15:48 WIB.")


@pytest.mark.parametrize("text,outlet", [
    ("JAKARTA, KOMPAS.com - X", "Kompas"), ("KOMPAS. com - X", "Kompas"),
    ("PORTALKALTENG -X", "PortalKalteng"), ("Intisari-online.com - X", "Intisari Online"),
    ("Jakarta, IDN Times - X", "IDN Times"), ("Liputan6.com, Jakarta - X", "Liputan6"),
    ("TRIBUNNEWS.COM, JAKARTA - X", "Tribunnews"), ("Jakarta, CNN Indonesia -- X", "CNN Indonesia"),
    ("Jakarta (ANTARA) - X", "ANTARA"), ("JAKARTA - X", None), ("Suara.com - X", "Suara"),
])
def test_dateline_outlets(text, outlet):
    assert parse_dateline(text)[1] == outlet


def test_undated_article_leaves_published_empty():
    doc = PIPE.run(Document(id="x", text="Judul\n\nJakarta - Presiden bertemu menteri kemarin."))
    assert doc.published.value is None and doc.published.bounds is None and not doc.published.estimated


def test_given_metadata_wins():
    doc = PIPE.run(Document(id="x", text="Judul Lain\n\nKOMPAS.com - Isi berita tentang pertemuan itu.",
                            given={"title": "Judul Resmi", "outlet": "okezone.com", "published": "2013-12-4"}))
    assert doc.title == "Judul Resmi" and doc.outlet == "Okezone"
    assert doc.published.value == "2013-12-04" and doc.published.bounds == ("2013-12-04", "2013-12-04")


def test_url_names_the_outlet():
    doc = PIPE.run(Document(id="x", text="Judul\n\nPresiden bertemu menteri di Istana pada Senin pagi.",
                            url="https://news.detik.com/berita/d-1/x"))
    assert doc.outlet == "Detik"


@pytest.mark.parametrize("byline,authors", [
    ("Redaksi\n\nPenulis", []), ("By Admin", []), ("Reporter: Ahmad Fauzi, Siti Rahma", ["Ahmad Fauzi", "Siti Rahma"]),
    ("Penulis\n\nDewi Anggraini", ["Dewi Anggraini"]),
])
def test_bylines(byline, authors):
    doc = PIPE.run(Document(id="x", text=f"Judul\n\n{byline}\n\nJakarta - Presiden bertemu menteri pada Senin."))
    assert doc.authors == authors
    assert "Presiden bertemu menteri" in doc.body


def test_language_flags_english():
    doc = PIPE.run(Document(id="x", text="Leaders Meet\n\nThe president met his Chinese counterpart in "
                                         "Beijing on Tuesday to discuss trade and regional security."))
    assert doc.language == "en"
    assert any("not Indonesian (detected: en)" in w for w in doc.warnings)


def test_language_indonesian_not_malay():
    doc = PIPE.run(Document(id="x", text="Judul\n\nPresiden Joko Widodo bertemu Presiden Xi Jinping di "
                                         "Beijing pada Selasa. Keduanya membahas kerja sama ekonomi dan "
                                         "perdagangan, kata Menteri Luar Negeri Retno Marsudi kepada wartawan."))
    assert doc.language == "id" and not doc.warnings
