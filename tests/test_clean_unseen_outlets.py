"""Datelines and outlet names of outlets that are in no data file (generality check)."""
import pytest

from linimasa import Document, build_pipeline

PIPE = build_pipeline(["clean", "metadata"])


@pytest.mark.parametrize("first_line, outlet", [
    ("Jakarta, Kabar Dunia -- Presiden bertemu menteri luar negeri di Istana.", "Kabar Dunia"),
    ("Nusa Dua, Nusa Kini - Para pemimpin menyepakati deklarasi bersama.", "Nusa Kini"),
    ("KABARKOTA.COM, JAKARTA - Pemerintah mengumumkan paket kebijakan baru.", "Kabarkota"),
    ("Jendela-online.com - Sejumlah negara mengecam serangan itu.", "Jendela Online"),
    ("JAKARTA, WARTANUSA.com - Menteri menandatangani nota kesepahaman.", "Wartanusa"),
])
def test_unknown_outlet_dateline_is_removed_and_named(first_line, outlet):
    text = f"Judul Berita Hari Ini\n\n{first_line}\n\nParagraf kedua berisi isi berita."
    doc = PIPE.run(Document(id="x", text=text))
    assert doc.outlet == outlet
    assert any(r.kind == "dateline" for r in doc.removed)
    dateline = next(r for r in doc.removed if r.kind == "dateline")
    assert dateline.text not in doc.body
    assert "Paragraf kedua berisi isi berita." in doc.body


def test_a_comma_phrase_inside_content_is_not_a_dateline():
    text = ("Judul\n\nPresiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Canberra.\n\n"
            "Menurut Menteri Retno, Kerja Sama - yang disepakati kemarin - berjalan baik.")
    doc = PIPE.run(Document(id="x", text=text))
    assert not any(r.kind == "dateline" for r in doc.removed)
    assert "Kerja Sama - yang disepakati kemarin" in doc.body
