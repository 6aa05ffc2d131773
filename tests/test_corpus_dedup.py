"""Near-duplicate articles via MinHash + LSH."""
from __future__ import annotations

from linimasa.corpus.dedup import DedupIndex, assign_stories, from_bytes, signature, to_bytes
from linimasa.document import Document

BASE = ("Presiden Rusia Vladimir Putin dan Presiden China Xi Jinping melakukan pertemuan secara daring "
        "pada Rabu 15 Desember 2021. Dalam pertemuan itu kedua pemimpin membahas hubungan bilateral, "
        "keamanan kawasan, kerja sama energi dan rencana kunjungan ke Beijing pada bulan Februari tahun "
        "depan untuk menghadiri pembukaan Olimpiade Musim Dingin. Putin menyebut hubungan kedua negara "
        "sebagai contoh kerja sama abad ke-21 yang sejati.")


def doc(i, text):
    return Document(id=i, text=text)


def test_reprint_with_small_edits_joins_the_first_article_story():
    reprint = "PortalKalteng - " + BASE.replace("Rabu", "hari Rabu") + " Baca juga: berita lain."
    other = ("Gempa bumi berkekuatan 5,6 magnitudo mengguncang Cianjur, Jawa Barat, pada Senin siang. "
             "Ratusan rumah rusak dan warga mengungsi ke tenda darurat yang didirikan oleh pemerintah daerah "
             "bersama relawan dari berbagai organisasi kemanusiaan di seluruh Indonesia hari ini.")
    stories = assign_stories([doc("pr", BASE), doc("pk", reprint), doc("x", other)])
    assert stories == {"pr": "pr", "pk": "pr", "x": "x"}


def test_short_texts_are_never_judged_duplicates():
    stories = assign_stories([doc("a", "Putin bertemu Xi."), doc("b", "Putin bertemu Xi.")])
    assert stories == {"a": "a", "b": "b"}


def test_signatures_round_trip_through_bytes_and_index_is_incremental():
    mh = signature(BASE)
    back = from_bytes(to_bytes(mh))
    assert back.jaccard(mh) == 1.0
    index = DedupIndex()
    index.add_known("old", back, "old-story")
    assert index.assign("new", signature(BASE + " Tambahan.")) == "old-story"
    assert index.assign("new", None) == "old-story"     # already decided: stable
