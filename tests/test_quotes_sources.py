"""Quote speaker mechanisms found on the opened fourth blind set: unnamed officials and the state
they speak for, bodies named by their head word, definite descriptions after a continuing cue,
media and crowds as speakers. The sentences are invented in the style of the news."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from quotes_helpers import name, run  # noqa: E402


def test_person_an_official_spoke_about_is_not_the_official(pipe):
    # "pejabat … mengatakan Perdana Menteri X": X is the topic of the official's words
    doc = run(pipe, 'Seorang pejabat senior pemerintah Jepang mengatakan Perdana Menteri Tonga Budi Santoso '
                    'telah meminta pertemuan sejak Mei lalu. Pertemuan itu batal. "Negara-negara kecil sering '
                    'menemukan diri mereka lebih buruk dalam jangka panjang," kata pejabat Jepang kepada wartawan.')
    [q] = doc.quotes
    assert name(q) == "Japan"


def test_holder_named_after_the_place_of_the_post(pipe):
    doc = run(pipe, '"Pasukan kami melancarkan serangan terhadap kelompok bersenjata di perbatasan," kata Juru '
                    'Bicara Pasukan Inggris di Irak, Kolonel Budi Santoso dalam pernyataannya. "Kami menyadari '
                    'dugaan korban sipil dan sedang menyelidikinya."')
    q1, q2 = doc.quotes
    assert name(q1) == "Budi Santoso" and name(q2) == "Budi Santoso"


def test_a_name_then_two_places_is_still_the_name(pipe):
    doc = run(pipe, '"Kami tempatkan petugas di setiap persimpangan jalan," ujar Budi Santoso di Balai Kota '
                    'Bandung, Jalan Wastukencana, Senin.')
    [q] = doc.quotes
    assert name(q) == "Budi Santoso"


def test_force_with_a_definite_marker_is_the_force_named_before(pipe):
    doc = run(pipe, 'Angkatan Udara Belgia merilis foto-foto pesawat tempur saat mengawal pesawat pengebom Rusia. '
                    '"Pesawat kami mencegat dua pengebom di atas Laut Baltik pada Senin pagi," tulis Angkatan '
                    'Udara tersebut di Twitter.')
    [q] = doc.quotes
    assert name(q) == "Belgium"


def test_bare_head_of_a_state_body_is_the_body_named_before(pipe):
    doc = run(pipe, 'Kedutaan Besar Kanada di Taipei mengatakan dalam sebuah pernyataan bahwa kapal itu mengambil '
                    'rute paling praktis. "Pelayaran ini konsisten dengan hukum internasional dan praktik kami '
                    'selama ini," bunyi pernyataan kedutaan.')
    [q] = doc.quotes
    assert name(q) == "Canada"


def test_continuing_cue_with_a_definite_description_keeps_the_speaker(pipe):
    doc = run(pipe, '"Pihak kami tidak membatasi pelayaran normal kapal asing di selat itu," kata juru bicara '
                    'Kementerian Luar Negeri China Hua Chunying. "Kami berharap Kanada menunjukkan rasa hormat '
                    'terhadap kedaulatan kami," imbuh diplomat Beijing tersebut.')
    q1, q2 = doc.quotes
    assert name(q1) == "Hua Chunying" and name(q2) == "Hua Chunying"


def test_unnamed_official_is_the_official_who_spoke_before(pipe):
    doc = run(pipe, 'Seorang pejabat senior pemerintah Jepang mengatakan Perdana Menteri Tonga telah meminta '
                    'pertemuan sejak Juli. Pertemuan itu akan digelar di New York. "Keputusan itu memiliki '
                    'konsekuensi bagi hubungan kedua negara," kata pejabat yang minta identitasnya dirahasiakan. '
                    '"Ini adalah kemunduran bagi kerja sama kawasan," imbuh pejabat itu.')
    q1, q2 = doc.quotes
    assert name(q1) == "Japan" and name(q2) == "Japan"


def test_the_official_is_the_one_quoted_sentences_before(pipe):
    doc = run(pipe, '"Perundingan hanya bisa dilanjutkan jika sanksi terhadap negara kami dicabut," ujar pejabat '
                    'dari Kementerian Luar Negeri Iran kepada wartawan. Teheran sejak lama menuntut pencabutan '
                    'sanksi. Tuntutan itu belum pernah dijadikan syarat resmi. Wakil menteri itu berkata, pertemuan '
                    'teknis bisa digelar bulan depan. Kini, lanjut pejabat itu, keputusan ada di tangan Washington. '
                    'Apakah mereka akan menerimanya masih belum jelas. "Tawaran itu bisa membuka jalan, tapi juga '
                    'bisa memperburuk keadaan," kata pejabat itu.')
    q1, q2 = doc.quotes
    assert name(q1) == "Iran" and name(q2) == "Iran"


@pytest.mark.parametrize("intro", [
    "Dalam sebuah pernyataan, Departemen Keuangan AS mengatakan",
    "Departemen Keuangan AS mengatakan dalam sebuah pernyataan bahwa",
])
def test_a_statement_speaks_for_the_body_that_issued_it(pipe, intro):
    # the minister quoted "dalam pernyataan itu" points back to the statement; he did not issue it
    doc = run(pipe, f'Amerika Serikat mengumumkan sanksi baru terhadap sejumlah kelompok. {intro} sasaran sanksi '
                    'termasuk 15 pemimpin kelompok. "Kami akan terus menargetkan keuangan kelompok-kelompok '
                    'teror," kata Menteri Keuangan AS Budi Santoso dalam pernyataan itu. Sanksi itu berlaku mulai '
                    'hari ini. "Sasaran sanksi juga termasuk anggota kelompok yang berbasis di Brasil," kata '
                    'pernyataan itu.')
    q1, q2 = doc.quotes
    assert name(q1) == "Budi Santoso" and name(q2) == "United States"


def test_medium_reporting_words_in_quote_marks_is_their_speaker(pipe):
    doc = run(pipe, 'Presiden Korea Selatan dan Presiden Amerika Serikat bakal bertemu di sela-sela sidang umum PBB. '
                    '"Pengumuman ini muncul beberapa hari setelah Korea Utara menyatakan bersedia kembali '
                    'berunding," begitu dilansir Reuters pada Jumat.')
    [q] = doc.quotes
    assert name(q) == "Reuters" and q.cue == "begitu dilansir"


def test_a_plain_attribution_does_not_make_the_medium_speak(pipe):
    doc = run(pipe, 'Budi Santoso mengatakan, "Kami akan kembali berunding pekan depan di Jenewa," dilansir Reuters.')
    [q] = doc.quotes
    assert name(q) == "Budi Santoso"


@pytest.mark.parametrize("body", [
    'Ribuan demonstran berkumpul di depan gedung parlemen pada Minggu. "Kebebasan kami tidak untuk dijual '
    'kepada siapa pun," demikian tulisan pada salah satu plakat dalam unjuk rasa itu.',
    'Para demonstran membentangkan spanduk bertuliskan "Rakyat tidak butuh janji, rakyat butuh bukti" di depan '
    'gedung parlemen.',
])
def test_a_placard_speaks_for_the_crowd_carrying_it(pipe, body):
    [q] = run(pipe, body).quotes
    assert name(q) == "demonstran"


def test_a_placard_with_no_crowd_near_has_no_speaker(pipe):
    doc = run(pipe, '"Kami tidak akan mundur sedikit pun," kata Budi Santoso kepada wartawan. Polisi kemudian '
                    'menemukan spanduk bertuliskan "Tanah ini milik kami semua" di dekat gudang itu.')
    q1, q2 = doc.quotes
    assert name(q1) == "Budi Santoso" and q2.speaker is None
