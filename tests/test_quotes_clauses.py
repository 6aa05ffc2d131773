"""Quote speaker mechanisms found on the opened fifth blind set: quotations inside a reported clause
(a lower-case group as subject, a second quotation of the same clause, an opinion verb), a say verb
closed by a mistyped full stop, recordings that speak for whoever released them, and a bare
'militer' that speaks for the state of the sentences before. The sentences are invented."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from quotes_helpers import by_start, name, run  # noqa: E402


# ------------------------------------------------------------ a group described in lower case

def test_group_named_by_its_head_word_is_the_group_described_before(pipe):
    doc = run(pipe, 'Tiga pakar iklim PBB mengkritik rencana pembangunan bendungan di hulu sungai itu. Dalam '
                    'laporan yang terbit di New York, para pakar itu "mendesak pemerintah menunda proyek sampai '
                    'kajian lingkungan selesai" sebelum musim hujan tiba.')
    q = by_start(doc, "mendesak pemerintah")
    assert name(q) == "pakar iklim PBB"


def test_group_with_a_person_in_its_description_is_that_person(pipe):
    doc = run(pipe, 'Peneliti Jepang Kenji Watanabe tiba di Manila pada Senin. Pada pertemuan itu, sang peneliti '
                    'tersebut "menawarkan bantuan teknis untuk pelabuhan yang rusak" kepada pemerintah kota.')
    q = by_start(doc, "menawarkan bantuan")
    assert name(q) == "Kenji Watanabe"


def test_a_thing_before_a_verb_quotation_is_no_speaker(pipe):
    # must not fire: "hal itu" has no group marker, so it is not the subject who speaks
    doc = run(pipe, 'Harga beras naik dua kali dalam sebulan. Namun, hal itu "membuat pedagang kecil di pasar '
                    'tradisional semakin sulit bertahan".')
    assert not any(name(q) for q in doc.quotes)


def test_officials_of_a_group_keep_their_own_rule(pipe):
    # must not fire: "para pejabat itu" is resolved by the unnamed-official rule, not as a description
    doc = run(pipe, 'Para pejabat Kementerian Luar Negeri Malaysia bertemu wartawan di Kuala Lumpur. Kemudian, para '
                    'pejabat itu "menolak tuduhan bahwa kapal nelayan mereka masuk tanpa izin," kata kantor berita.')
    q = by_start(doc, "menolak tuduhan")
    assert name(q) != "pejabat Kementerian Luar Negeri Malaysia"


# ------------------------------------------------------------ two quotations of one clause

def test_second_quotation_of_the_same_clause_has_the_same_speaker(pipe):
    doc = run(pipe, 'Empat pakar pangan FAO menerbitkan catatan pada Selasa. Di Roma, para pakar itu "meminta '
                    'negara-negara membuka kembali jalur ekspor gandum," dan memperingatkan soal "kelaparan, '
                    'pengungsian, kerusuhan dan harga yang melonjak" di kawasan itu.')
    first = by_start(doc, "meminta negara")
    second = by_start(doc, "kelaparan, pengungsian")
    assert name(first) == name(second) == "pakar pangan FAO"


def test_unnamed_subject_passes_on_to_the_second_quotation(pipe):
    doc = run(pipe, 'Kamis lalu, seorang direktur mendesak Budi Santoso untuk "segera meninggalkan jabatannya '
                    'pekan depan" dan "meminta maaf kepada seluruh karyawan perusahaan" atas kerugian itu.')
    second = by_start(doc, "meminta maaf")
    assert second.speaker is None


def test_a_finished_sentence_does_not_pass_its_speaker_on(pipe):
    # must not fire: the first quotation closes its sentence; a quotation after it is not the
    # same clause (even with only an unmarked verb between)
    doc = run(pipe, 'Budi Santoso menegaskan, "Kami tidak akan mundur dari perundingan ini." Lalu Agus '
                    'Salim membalasnya, "Kalau begitu kita tunggu saja keputusan dari pusat besok pagi."')
    second = by_start(doc, "Kalau begitu")
    assert name(second) != "Budi Santoso"


# ------------------------------------------------------------ an opinion verb

def test_opinion_verb_before_a_partial_quotation(pipe):
    doc = run(pipe, 'Kedutaan Besar Jepang di Jakarta memandang laporan lembaga itu "tidak adil, tidak lengkap '
                    'dan hanya melihat satu sisi".')
    [q] = doc.quotes
    assert name(q) == "Japan" and q.cue == "memandang"


def test_opinion_verb_with_a_two_word_term_is_no_quotation(pipe):
    # must not fire: fewer than four words in quote marks stay a term
    doc = run(pipe, 'Kedutaan Besar Jepang di Jakarta memandang laporan itu sebagai "langkah mundur" bagi kedua negara.')
    assert doc.quotes == []


# ------------------------------------------------------------ "mengatakan." before a quotation

def test_say_verb_closed_by_a_full_stop_still_introduces_the_quotation(pipe):
    doc = run(pipe, 'Menteri Luar Negeri Chile Andres Molina mengatakan. "Kami akan mengirim tim bantuan ke '
                    'wilayah yang terdampak gempa secepatnya."')
    [q] = doc.quotes
    assert name(q) == "Andres Molina" and q.cue == "mengatakan"


def test_intransitive_verb_closing_a_sentence_is_no_cue(pipe):
    # must not fire: "berkomentar." ends a full sentence; the quotation after it is someone's else
    doc = run(pipe, 'Andres Molina tidak berkomentar. "Kami akan mengirim tim bantuan ke wilayah yang terdampak '
                    'gempa secepatnya," kata Budi Santoso.')
    [q] = doc.quotes
    assert name(q) == "Budi Santoso" and q.cue != "berkomentar"


# ------------------------------------------------------------ recordings and their authors

def test_recording_speaks_for_the_body_that_released_it(pipe):
    # the video shows an attack on a commander's base; the ministry that released it speaks
    doc = run(pipe, 'Menurut Reuters, video serangan ke markas Komandan Andriy Kovalenko yang diunggah oleh '
                    'Kementerian Pertahanan Rusia menyatakan: "Pasukan kami menghancurkan gudang amunisi musuh '
                    'di dekat kota itu."')
    [q] = doc.quotes
    assert name(q) == "Russia"


def test_recording_released_by_a_bare_noun_is_its_fuller_description(pipe):
    doc = run(pipe, 'Pesawat pasukan koalisi pimpinan Prancis menyerang gudang senjata di Mali. Rekaman yang '
                    'dirilis oleh koalisi di Twitter mengatakan, "Inilah saat bom kami menghantam gudang di tepi '
                    'sungai itu."')
    [q] = doc.quotes
    assert name(q) == "koalisi pimpinan Prancis"


def test_recording_without_its_releaser_is_not_resolved_by_this_rule(pipe):
    # must not fire: no release verb names an author, so no description stands in for one
    doc = run(pipe, 'Pesawat pasukan koalisi pimpinan Prancis menyerang gudang senjata di Mali. Rekaman serangan '
                    'itu mengatakan, "Inilah saat bom kami menghantam gudang di tepi sungai itu."')
    [q] = doc.quotes
    assert name(q) != "koalisi pimpinan Prancis"


# ------------------------------------------------------------ a bare force and the state before

def test_bare_military_speaks_for_the_state_that_opened_the_sentences_before(pipe):
    doc = run(pipe, 'Kuwait menyatakan mereka menyelidiki pesawat nirawak yang melintas di utara. "Dengan '
                    'meningkatnya ketegangan di kawasan, kami menyiagakan sejumlah unit tempur," tulis militer '
                    'di Twitter.')
    [q] = doc.quotes
    assert name(q) == "Kuwait"


def test_bare_police_with_no_state_subject_stays_unknown(pipe):
    # must not fire: no state opened a sentence nearby
    doc = run(pipe, 'Sebuah truk terguling di jalan tol pada Senin pagi. "Sopir truk itu mengantuk dan kehilangan '
                    'kendali atas kendaraannya," kata polisi.')
    [q] = doc.quotes
    assert q.speaker is None


def test_force_named_with_its_place_still_wins(pipe):
    doc = run(pipe, 'Jepang memprotes penangkapan itu. Polisi Hong Kong menahan dua warga Jepang pada Sabtu. '
                    '"Keduanya ditahan karena membawa senjata tajam di stasiun kereta," kata polisi.')
    [q] = doc.quotes
    assert name(q) == "Hong Kong"
