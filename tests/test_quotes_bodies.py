"""Quote speaker mechanisms found on the opened sixth blind set: diplomatic missions speak for
their state, bracketed abbreviations inside a speaker phrase, person names that open with
their body, and documents that speak for whoever tabled them. The sentences are invented in
the style of the news."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from quotes_helpers import name, run  # noqa: E402


def test_a_permanent_mission_speaks_for_its_state(pipe):
    doc = run(pipe, 'Perutusan RI di New York (PTRI) menilai laporan itu "tidak adil dan hanya melihat satu sisi '
                    'masalah." "Pemerintah terus bekerja melindungi semua warga tanpa kecuali," lanjut pernyataan '
                    'PTRI.')
    assert [name(q) for q in doc.quotes] == ["Indonesia", "Indonesia"]


def test_abbreviation_in_brackets_does_not_end_the_speaker_phrase(pipe):
    doc = run(pipe, '"Kerja sama ini menunjukkan kepedulian kita pada pendidikan di Afrika," kata Badan Kerja Sama '
                    'Antar Parlemen (BKSAP) DPR RI, Budi Santoso. "Semua pihak harus terus mempererat hubungan '
                    'kedua negara," ungkap pernyataan para menteri luar negeri (menlu) Liga Arab saat pertemuan '
                    'di Kairo kemarin.')
    assert [name(q) for q in doc.quotes] == ["Budi Santoso", "Arab League"]


def test_age_or_remark_in_brackets_still_ends_the_name(pipe):
    doc = run(pipe, '"Air sungai naik sangat cepat tadi malam," kata Siti Aminah (45) Warga Desa Sukamaju. "Kami '
                    'tidak sempat menyelamatkan barang apa pun," ujar Dewi Lestari (bukan nama sebenarnya) kepada '
                    'wartawan.')
    assert [name(q) for q in doc.quotes] == ["Siti Aminah", "Dewi Lestari"]


def _cleaned(name, kind="person"):
    from types import SimpleNamespace

    from linimasa.stages.quotes.speakers import Speakers
    fake = SimpleNamespace(doc=SimpleNamespace(entities=[SimpleNamespace(id="e1", kind=kind)]), not_names=frozenset())
    return Speakers.person_name(fake, {"id": "e1", "name": name})["name"]


def test_a_person_name_run_over_a_bracketed_abbreviation_is_cut_after_it():
    assert _cleaned("(PLO) Rania Haddad") == "Rania Haddad"
    assert _cleaned("Tilaar Group) Dewi Lestari") == "Dewi Lestari"
    assert _cleaned("Sultan Mahmud Badaruddin (SMB) II Budi Santoso") == "Budi Santoso"


def test_a_bracket_that_is_part_of_the_name_or_of_a_body_stays():
    assert _cleaned("Bacharuddin Jusuf Habibie (BJ Habibie)") == "Bacharuddin Jusuf Habibie (BJ Habibie)"
    assert _cleaned("Korps Garda Revolusi (IRGC) Iran Utara", kind="organization") == \
        "Korps Garda Revolusi (IRGC) Iran Utara"


def test_speaker_after_a_body_abbreviation_is_the_person(pipe):
    doc = run(pipe, 'Pejabat senior Organisasi Pembebasan Palestina (PLO) Rania Haddad menulis di Twitter, "Rencana '
                    'itu hanya akan memperpanjang konflik di kawasan." "Semua pintu perundingan kini tertutup," kata '
                    'Haddad.')
    assert [name(q) for q in doc.quotes] == ["Rania Haddad", "Rania Haddad"]


def test_a_document_speaks_for_whoever_tabled_it(pipe):
    doc = run(pipe, 'Anggota parlemen dari kelompok oposisi Partai Hijau telah mengajukan mosi menyerukan pemerintah '
                    'Kanselir Budi Santoso menghentikan pembiayaan pangkalan asing. "Lebih dari 10.000 tentara asing '
                    'ditempatkan di negeri ini," bunyi dokumen yang diterbitkan situs web parlemen. "Kehadiran '
                    'mereka tidak sesuai dengan konstitusi," kata dokumen itu.')
    assert [name(q) for q in doc.quotes] == ["Partai Hijau", "Partai Hijau"]


def test_a_report_speaks_for_the_investigators_who_wrote_it(pipe):
    doc = run(pipe, 'Dalam laporannya, penyelidik PBB menyebut serangan itu menewaskan banyak warga sipil. '
                    '"Komisi menemukan alasan kuat untuk percaya bahwa serangan itu melanggar hukum," bunyi laporan '
                    'itu. "Serangan semacam itu mungkin sama dengan kejahatan perang," sambungnya.')
    assert [name(q) for q in doc.quotes] == ["penyelidik PBB", "penyelidik PBB"]


def test_a_joint_statement_is_the_list_that_made_it(pipe):
    doc = run(pipe, 'Prancis, Jerman, dan Inggris dalam pernyataan bersama menyatakan sangat prihatin. "Ini akan '
                    'merupakan pelanggaran serius terhadap hukum internasional," bunyi pernyataan bersama tersebut.')
    [q] = doc.quotes
    assert name(q) == "France"


def test_a_document_nobody_introduced_keeps_the_earlier_speaker(pipe):
    doc = run(pipe, 'Menteri Luar Negeri Budi Santoso mengatakan perundingan akan dilanjutkan pekan depan. "Kedua '
                    'pihak sepakat menahan diri selama perundingan berlangsung," bunyi laporan itu.')
    [q] = doc.quotes
    assert name(q) == "Budi Santoso"


def test_a_body_that_only_acts_is_not_the_source_of_katanya(pipe):
    doc = run(pipe, 'Perdana Menteri Israel Budi Santoso, pada Jumat, mengatakan perang dapat pecah kapan saja. '
                    'Pernyataan itu muncul di tengah eskalasi di perbatasan. Pasukan Pertahanan Israel (IDF) telah '
                    'membalas dengan serangan udara terhadap kelompok militan. "Sebuah operasi dapat terjadi kapan '
                    'saja, termasuk sebelum pemilu," katanya.')
    [q] = doc.quotes
    assert name(q) == "Budi Santoso"


def test_a_body_that_issued_a_statement_is_the_source_of_katanya(pipe):
    doc = run(pipe, 'Menteri Perdagangan Budi Santoso mengatakan empat perusahaan akan diperiksa. Sementara itu, '
                    'Kementerian Luar Negeri Malaysia pada Sabtu pagi mengeluarkan pernyataan yang mengonfirmasi '
                    'kebakaran itu. "Api sudah berhasil dipadamkan pada hari yang sama," katanya.')
    [q] = doc.quotes
    assert name(q) == "Malaysia"


def test_an_official_of_a_leaders_government_speaks_for_the_state(pipe):
    doc = run(pipe, 'Menanggapi rencana itu, pejabat pemerintahan Trump mengatakan bahwa tidak ada perubahan kebijakan '
                    'saat ini. "Kami akan merilis rencana perdamaian kami setelah pemilu dan bekerja untuk stabilitas '
                    'kawasan." Seorang pejabat senior administrasi Trump yang berbicara kepada ABC News dalam kondisi '
                    'anonim mengatakan rudal itu diluncurkan dari utara. "Itu bukan serangan kelompok pemberontak '
                    'seperti yang mereka klaim," katanya.')
    assert [name(q) for q in doc.quotes] == ["United States", "United States"]


def test_the_leader_himself_still_speaks_for_himself(pipe):
    doc = run(pipe, 'Presiden Donald Trump mengatakan pemerintahannya tidak akan mengubah kebijakan. "Kami akan '
                    'merilis rencana perdamaian kami setelah pemilu," katanya.')
    [q] = doc.quotes
    assert name(q) == "Donald Trump"
