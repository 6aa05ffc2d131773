"""Who a 'katanya' points back to when the sentences before it name several people: a run of
'dirinya' sentences carries on the speaker, a name after a capitalised common word that opens
the sentence ("Keputusan Trump") is no subject, and a role with a body's name ("Perwakilan
Taliban") is nobody's name. Found on blind set 7 (opened for quotes). The sentences are invented."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from quotes_helpers import by_start, name, run  # noqa: E402


def test_dirinya_carries_on_the_speaker_past_names_it_mentions(pipe):
    doc = run(pipe, 'Ketua delegasi Hamid Karimov mengatakan pihaknya siap kembali berunding. Karimov menuturkan, '
                    'pihaknya tidak pernah meninggalkan meja perundingan. Dirinya menyebut, pernyataan itu '
                    'bertentangan dengan ucapan Menteri Luar Negeri Anton Weller dan mengatakan utusan asing '
                    'menunda pertemuan. "Mereka tahu kami sudah menunggu selama sebulan penuh di sini," ucapnya.')
    assert name(by_start(doc, "Mereka tahu")) == "Hamid Karimov"


def test_a_name_after_a_sentence_opening_noun_is_not_the_subject(pipe):
    doc = run(pipe, 'Menteri Perdagangan Lina Hartono mengatakan ekspor kopi naik pada Agustus. "Pasar baru di '
                    'Eropa mulai terbuka untuk kita semua," katanya. Keputusan Bupati Rudi Prasetyo menaikkan '
                    'pajak tanah menuai kritik dari para pengusaha. "Kami akan terus mendorong petani menanam '
                    'kopi di lahan yang ada," ujarnya.')
    assert name(by_start(doc, "Kami akan terus")) == "Lina Hartono"


def test_after_a_discourse_opener_the_name_is_still_the_subject(pipe):
    doc = run(pipe, 'Menteri Perdagangan Lina Hartono mengatakan ekspor kopi naik pada Agustus. Lalu Rudi Prasetyo '
                    'menanggapi laporan itu di depan wartawan. "Kami akan terus mendorong petani menanam kopi di '
                    'lahan yang ada," ujarnya.')
    assert name(by_start(doc, "Kami akan terus")) == "Rudi Prasetyo"


def test_a_role_with_a_body_name_is_no_person(pipe):
    doc = run(pipe, 'Perwakilan Taliban mengatakan pembicaraan dengan Washington belum berakhir pada Jumat.')
    assert not [e for e in doc.entities if e.kind == "person"]


def test_a_misspelt_lower_case_surname_is_the_person_named_before(pipe):
    # scraped news is not proofread: "kata dachelet" after "Michelle Bachelet", and the pronoun cue
    # after it carries the same speaker on
    doc = run(pipe, 'Komisaris Tinggi HAM PBB, Michelle Bachelet menyatakan kekhawatiran atas situasi di Kashmir.,'
                    '"Saya sangat prihatin tentang dampak tindakan itu," kata dachelet dalam pernyataan '
                    'pembukaannya.,"Beberapa antara lain pembatasan komunikasi," sambungnya.')
    assert name(by_start(doc, "Saya sangat prihatin")) == "Michelle Bachelet"
    assert name(by_start(doc, "Beberapa antara lain")) == "Michelle Bachelet"
    # a common word is never taken for a misspelt name, and two surnames a letter off are ambiguous
    doc = run(pipe, 'Menteri Lina Hartono dan Menteri Lena Hartoni tiba di Jakarta.,"Kami siap bekerja," kata '
                  'hartona kepada wartawan.')
    assert name(by_start(doc, "Kami siap")) is None
