"""Cleaning on the styles of many outlets: what must stay in the body, what must go."""
from __future__ import annotations

import pytest

from linimasa import Document
from linimasa.core import build_pipeline

PIPE = build_pipeline(["clean", "metadata", "language"])


def clean(text: str, **given) -> Document:
    return PIPE.run(Document(id="t", text=text, given=given))


def squash(s: str) -> str:
    return " ".join(s.split())


CASES = [
    pytest.param(
        "Jokowi Bertemu Xi Jinping di Beijing\n\nSelasa, 26 Jul 2022 21:48 WIB\n\n"
        "Jakarta - Presiden Joko Widodo bertemu Presiden China Xi Jinping di Beijing, Selasa (26/7/2022).\n\n"
        "Baca juga: Jokowi Tiba di Beijing\n\n"
        "Keduanya membahas kerja sama ekonomi, kata Menteri Luar Negeri Retno Marsudi.\n\n"
        "(ant/xyz)\n\nADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT\n",
        ["Presiden Joko Widodo bertemu Presiden China Xi Jinping di Beijing, Selasa (26/7/2022).",
         "Keduanya membahas kerja sama ekonomi, kata Menteri Luar Negeri Retno Marsudi."],
        ["Jakarta -", "Baca juga", "ADVERTISEMENT", "SCROLL TO CONTINUE", "21:48 WIB", "(ant/xyz)"],
        {"title": "Jokowi Bertemu Xi Jinping di Beijing", "published": "2022-07-26T21:48:00+07:00"},
        id="detik"),
    pytest.param(
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo bertemu Xi Jinping di Beijing. "
        "(Baca juga: Jokowi dan Xi Sepakat Tingkatkan Perdagangan) Pertemuan berlangsung hangat.\n\n"
        "Keduanya juga menyaksikan penandatanganan sejumlah nota kesepahaman. (EVY)\n",
        ["Presiden Joko Widodo bertemu Xi Jinping di Beijing.", "Pertemuan berlangsung hangat.",
         "Keduanya juga menyaksikan penandatanganan sejumlah nota kesepahaman."],
        ["KOMPAS.com", "Baca juga", "(EVY)"],
        {"outlet": "Kompas"}, id="kompas-inline-read-also"),
    pytest.param(
        "Prabowo Kunjungi Beijing\n\nTRIBUNNEWS.COM, JAKARTA - Presiden Prabowo Subianto bertemu Xi Jinping "
        "di Beijing pada Sabtu (9/11/2024).\n\nPrabowo mengatakan Indonesia ingin memperluas kerja sama.\n\n"
        "Penulis: Budi Santoso\nEditor: Sri Wahyuni\n\nArtikel Terkait\n\nTerpopuler\n",
        ["Presiden Prabowo Subianto bertemu Xi Jinping di Beijing pada Sabtu (9/11/2024).",
         "Prabowo mengatakan Indonesia ingin memperluas kerja sama."],
        ["TRIBUNNEWS.COM", "Budi Santoso", "Sri Wahyuni", "Artikel Terkait", "Terpopuler"],
        {"outlet": "Tribunnews", "authors": ["Budi Santoso"], "editors": ["Sri Wahyuni"]}, id="tribun"),
    pytest.param(
        "Biden dan Xi Bertemu di Woodside\n\nJakarta, CNN Indonesia -- Presiden Amerika Serikat Joe Biden "
        "bertemu Presiden China Xi Jinping di Woodside, California, Rabu (15/11/2023).\n\n"
        "Biden dan Xi Bertemu di WoodsideJoe Biden menyambut Xi Jinping. (REUTERS/Kevin Lamarque)\n\n"
        "\"Kita harus memastikan persaingan tidak berubah menjadi konflik,\" ujar Biden.\n",
        ["Presiden Amerika Serikat Joe Biden bertemu Presiden China Xi Jinping di Woodside",
         "\"Kita harus memastikan persaingan tidak berubah menjadi konflik,\" ujar Biden."],
        ["CNN Indonesia --", "menyambut Xi Jinping", "REUTERS/Kevin"],
        {"outlet": "CNN Indonesia", "title": "Biden dan Xi Bertemu di Woodside"}, id="cnn-caption"),
    pytest.param(
        "Putin dan Xi Bertemu di Moskow\n\nLiputan6.com, Jakarta - Presiden Rusia Vladimir Putin menerima "
        "Presiden China Xi Jinping di Kremlin pada Senin, 20 Maret 2023.\n\nOleh: Rizki Ramadhan\n\n"
        "Kedua pemimpin berbicara selama empat setengah jam.\n\nTopik: Rusia, China\n",
        ["Presiden Rusia Vladimir Putin menerima Presiden China Xi Jinping di Kremlin pada Senin, 20 Maret 2023.",
         "Kedua pemimpin berbicara selama empat setengah jam."],
        ["Liputan6.com", "Oleh:", "Topik:"],
        {"outlet": "Liputan6", "authors": ["Rizki Ramadhan"]}, id="liputan6"),
    pytest.param(
        "KTT ASEAN Dibuka di Jakarta\n\nJakarta, IDN Times - KTT ASEAN ke-43 dibuka di Jakarta pada "
        "Selasa (5/9/2023).\n\n1. Myanmar jadi sorotan\n\nPara pemimpin membahas krisis Myanmar.\n\n"
        "Dewi Lestari Photo Verified Writer Dewi Lestari\n\nPencinta isu Asia Tenggara\n\n"
        "IDN Times Community adalah media yang menyediakan platform untuk menulis. Semua karya tulis "
        "yang dibuat adalah sepenuhnya tanggung jawab dari penulis.\n\nTopik:\n\n  • Rina Wulandari\n\n"
        "Berita Terkini Lainnya\n",
        ["KTT ASEAN ke-43 dibuka di Jakarta pada Selasa (5/9/2023).", "1. Myanmar jadi sorotan",
         "Para pemimpin membahas krisis Myanmar."],
        ["IDN Times -", "Verified Writer", "Pencinta isu", "Community adalah", "Rina Wulandari", "Terkini"],
        {"outlet": "IDN Times", "authors": ["Dewi Lestari"], "editors": ["Rina Wulandari"]}, id="idntimes"),
    pytest.param(
        "Indonesia Resmi Anggota BRICS\n\n7 Januari 2025, 10:15 WIB\n\nPORTALJABAR - Indonesia resmi "
        "menjadi anggota penuh BRICS pada Senin, 6 Januari 2025, menurut Brasil.\n\n"
        "Kabar itu diumumkan pemerintah Brasil. Dilansir PortalJabar.com dari Pikiran-Rakyat.com pada "
        "Selasa, 7 Januari 2025 dengan judul artikel Indonesia Resmi Gabung BRICS\n\n"
        "Menurut Reuters, keputusan itu disambut baik oleh Jakarta. Hal itu dilansir dari Reuters.***(Andi Pratama/Pikiran-Rakyat.com)\n\n"
        "Editor: Siti Aminah\n\nSumber: Pikiran Rakyat\n\nTags\n",
        ["Indonesia resmi menjadi anggota penuh BRICS pada Senin, 6 Januari 2025, menurut Brasil.",
         "Kabar itu diumumkan pemerintah Brasil.",
         "Menurut Reuters, keputusan itu disambut baik oleh Jakarta. Hal itu dilansir dari Reuters."],
        ["PORTALJABAR", "Dilansir PortalJabar", "judul artikel", "***(", "Siti Aminah", "Sumber:", "10:15 WIB"],
        {"authors": ["Andi Pratama"], "editors": ["Siti Aminah"], "published": "2025-01-07T10:15:00+07:00"},
        id="pikiran-rakyat-network"),
    pytest.param(
        "Xi dan Biden Bicara Lewat Telepon\n\nIntisari-online.com - Presiden China Xi Jinping dan Presiden "
        "AS Joe Biden berbicara melalui telepon pada Kamis (28/7/2022).\n\nFoto: Xi Jinping dalam sebuah acara\n\n"
        "Pembicaraan berlangsung lebih dari dua jam.\n\nBy Jurnalis Berita\n\nTinggalkan Balasan\n",
        ["Presiden China Xi Jinping dan Presiden AS Joe Biden berbicara melalui telepon pada Kamis (28/7/2022).",
         "Pembicaraan berlangsung lebih dari dua jam."],
        ["Intisari-online.com", "Foto:", "Jurnalis Berita", "Tinggalkan"],
        {"outlet": "Intisari Online", "authors": []}, id="intisari-generic-byline"),
]


@pytest.mark.parametrize("text,keep,drop,meta", CASES)
def test_outlet_styles(text, keep, drop, meta):
    doc = clean(text)
    body = squash(doc.body)
    for s in keep:
        assert squash(s) in body, f"lost content {s!r}; body={doc.body!r}"
    for s in drop:
        assert s not in doc.body, f"kept boilerplate {s!r}; body={doc.body!r}"
    for key, want in meta.items():
        got = doc.published.value if key == "published" else getattr(doc, key)
        assert got == want, f"{key}: {got!r} != {want!r}"


def test_removed_spans_point_into_the_text():
    doc = clean(CASES[5].values[0])
    for r in doc.removed:
        assert doc.text[r.start:r.end] == r.text
        assert doc.line_of(r.start) == r.line
    kinds = {r.kind for r in doc.removed}
    assert {"title", "dateline", "byline", "disclaimer", "tags"} <= kinds


def test_body_map_pieces_match_source():
    doc = clean(CASES[1].values[0])
    for b, s, n in doc.body_map:
        assert doc.body[b:b + n] == doc.text[s:s + n]
    assert doc.source_offset(0) == doc.text.index("Presiden Joko")


def test_ordinary_dilansir_mention_is_kept():
    text = ("Judul\n\nJAKARTA - Putin bertemu Xi di Beijing, dilansir dari Reuters, pada Jumat. "
            "Keduanya sepakat, seperti dikutip dari Xinhua.\n")
    assert "dilansir dari Reuters" in clean(text).body


def test_unsure_lines_stay():
    text = ("Judul Berita Hari Ini\n\nOleh karena itu, pemerintah menunda rencana tersebut.\n\n"
            "Terbaru, Menteri Luar Negeri akan berangkat ke Beijing pekan depan.\n\n"
            "Sumber masalahnya adalah harga minyak dunia yang turun.\n")
    doc = clean(text)
    assert not [r for r in doc.removed if r.kind != "title"], doc.removed


def test_given_title_does_not_eat_first_line():
    doc = clean("JAKARTA, KOMPAS.com - Harga minyak dunia turun pada Rabu.\n", title="Harga Minyak Turun")
    assert doc.title == "Harga Minyak Turun" and "Harga minyak dunia turun" in doc.body
