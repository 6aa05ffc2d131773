"""Quote speaker mechanisms found on the opened seventh blind set (quotes only): a name with an
initial after a title, a lower-case role description of the holder named before, unnamed
officials introduced anywhere in a sentence, and documents that speak for the group that wrote
them. The sentences are invented in the style of the news."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from quotes_helpers import name, run  # noqa: E402


def test_initial_inside_a_name_after_a_title_does_not_cut_the_name(pipe):
    doc = run(pipe, '"Kami mendukung penuh perundingan yang adil bagi kedua pihak," kata Direktur Jenderal '
                    'Kerja Sama Multilateral Kementerian Luar Negeri Indonesia, Febrian A. Ruddyard dalam rapat itu.')
    assert [name(q) for q in doc.quotes] == ["Febrian A. Ruddyard"]


def test_lower_case_role_description_is_the_holder_named_before(pipe):
    doc = run(pipe, 'Duta Besar China untuk Jerman, Ken Wu mengatakan pertemuan itu merugikan hubungan kedua '
                    'negara.,"Kami sangat menyesalkan keputusan yang diambil oleh para politisi di Berlin," '
                    'kata duta besar China.,"Kedaulatan kami harus dihormati oleh siapa pun juga," tegas sang '
                    'duta besar.')
    assert [name(q) for q in doc.quotes] == ["Ken Wu", "Ken Wu"]


def test_role_mentioned_far_before_a_name_is_not_that_persons_title(pipe):
    # the prosecutor is named by role only; the defendant named after it is not the prosecutor
    doc = run(pipe, 'Jaksa membacakan dakwaan di ruang sidang, lalu terdakwa Pak Budiman Santoso mendengarkan '
                    'dengan tenang.,"Kami meminta majelis hakim mencatat keberatan kami hari ini," kata jaksa.')
    assert [name(q) for q in doc.quotes] != ["Budiman Santoso"]


def test_official_introduced_after_a_passive_verb_speaks_for_the_state(pipe):
    doc = run(pipe, 'Rencana Washington itu diungkap seorang pejabat senior Departemen Luar Negeri AS pada hari '
                    'Kamis.,"Masih banyak pekerjaan yang harus diselesaikan dengan Ankara soal sistem rudal itu," '
                    'kata pejabat itu kepada wartawan.,"Pembicaraan masih terus berlangsung sampai sekarang," '
                    'katanya lagi.')
    assert [name(q) for q in doc.quotes] == ["United States", "United States"]


def test_medium_without_its_name_relays_the_official_it_quotes(pipe):
    doc = run(pipe, 'Perdana Menteri Fiji, Frank Bainimarama, sempat meminta pertemuan itu bulan lalu.,"Rencananya '
                    'pertemuan akan digelar di sela-sela sidang umum di New York," begitu dilansir , mengutip '
                    'seorang pejabat Fiji yang tidak mau disebut namanya.')
    assert [name(q) for q in doc.quotes] == ["Fiji"]


def test_title_without_a_name_as_subject_is_the_holder_for_a_later_pronoun(pipe):
    doc = run(pipe, 'Duta Besar Jepang untuk Korea Selatan, Koji Tomita menyampaikan protes atas keputusan itu.,'
                    'Meski mengkritik Presiden Korea Selatan Moon Jae-in, Duta Besar Jepang mengatakan kedua negara '
                    'tetap bersahabat.,"Kami punya sejarah kerja sama yang panjang dan baik," katanya.')
    assert [name(q) for q in doc.quotes] == ["Koji Tomita"]


def test_open_letter_speaks_for_the_group_that_wrote_it(pipe):
    doc = run(pipe, 'Presiden Donald Trump menyerukan penyelesaian damai.,Secara terpisah, puluhan anggota '
                    'parlemen Kanada meminta pemerintahnya bertindak.,Langkah itu akan "memberi tanda jelas bahwa '
                    'warga di sana tidak ditinggalkan", kata surat terbuka anggota parlemen Kanada.')
    assert [name(q) for q in doc.quotes] == ["anggota parlemen Kanada"]
