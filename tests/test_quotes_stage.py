"""Quotes stage on small Indonesian texts: spans, cues, speakers, attribution."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from quotes_helpers import name, run  # noqa: E402


def test_straight_quote_cue_after(pipe):
    doc = run(pipe, '"Kami akan terus memperkuat kerja sama kedua negara," kata Budi Santoso di Jakarta.')
    [q] = doc.quotes
    assert q.text == "Kami akan terus memperkuat kerja sama kedua negara,"
    assert doc.text[q.start:q.end] == q.text
    assert q.cue == "kata" and name(q) == "Budi Santoso"


def test_curly_quote_and_offsets(pipe):
    doc = run(pipe, "“Persahabatan kedua negara tidak memiliki batas,” ujar Rina Wulandari.")
    [q] = doc.quotes
    assert q.text.startswith("Persahabatan kedua negara")
    assert doc.text[q.start - 1] == "“" and doc.text[q.end] == "”"
    assert q.cue == "ujar" and name(q) == "Rina Wulandari"


def test_cue_before_with_say_verb(pipe):
    doc = run(pipe, 'Menteri Rina Wulandari mengatakan, "Pemerintah sudah menyiapkan bantuan untuk semua korban."')
    [q] = doc.quotes
    assert q.cue == "mengatakan" and name(q) == "Rina Wulandari"


def test_menurut_names_the_speaker(pipe):
    doc = run(pipe, 'Menurut Budi Santoso, "ekonomi kawasan akan tumbuh lebih cepat tahun depan."')
    [q] = doc.quotes
    assert q.cue.lower() == "menurut" and name(q) == "Budi Santoso"


def test_speaker_then_verb_after_quote(pipe):
    doc = run(pipe, '"Kedua negara memiliki kesamaan pandangan soal perdagangan" Pakar Agus Salim menambahkan')
    [q] = doc.quotes
    assert q.cue == "menambahkan" and name(q) == "Agus Salim"


def test_pronoun_cues_resolve_to_last_speaker(pipe):
    doc = run(pipe, (
        '"Kami tidak akan mundur dari perundingan ini," kata Budi Santoso.\n\n'
        '"Semua pihak harus menahan diri dan kembali berdialog," katanya.\n\n'
        'Ia menegaskan, "Pemerintah siap menjadi tuan rumah pertemuan berikutnya."'))
    assert [name(q) for q in doc.quotes] == ["Budi Santoso"] * 3
    assert [q.cue for q in doc.quotes] == ["kata", "katanya", "menegaskan"]


def test_dia_after_named_introduction(pipe):
    doc = run(pipe, (
        "Sementara itu, Agus Salim, seorang peneliti di Lembaga Kajian Asia.\n\n"
        'Dia menyatakan bahwa, "Kawasan ini membutuhkan lebih banyak kerja sama ekonomi."'))
    [q] = doc.quotes
    assert name(q) == "Agus Salim" and q.speaker_text == "Dia"


def test_unnamed_group_stays_unknown_and_katanya_follows(pipe):
    doc = run(pipe, (
        'Budi Santoso hadir dalam pertemuan itu.\n\n'
        'Menurut para ahli di Beijing, "kerja sama kawasan telah melewati masa keemasannya."\n\n'
        '"Organisasi ini akan menjadi semakin bersatu setelah pemilu," katanya.'))
    q1, q2 = doc.quotes
    assert q1.speaker is None and q1.speaker_text == "para ahli di Beijing"
    assert q2.speaker is None and q2.cue == "katanya"


def test_dikutip_dari_is_attribution_not_speaker(pipe):
    doc = run(pipe, '"Hubungan kedua negara berada dalam kondisi terbaik," ujar Budi Santoso, '
                    'seperti dikutip dari The Straits Times.')
    [q] = doc.quotes
    assert name(q) == "Budi Santoso" and q.attribution == "The Straits Times"


def test_relayed_statement_speaker_is_the_one_quoted(pipe):
    doc = run(pipe, '"Kekuatan tertentu sedang mencampuri urusan dalam negeri kami," lapor Xinhua. '
                    'agensi mengutip pernyataan Presiden Agus Salim.')
    [q] = doc.quotes
    assert q.cue == "lapor" and name(q) == "Agus Salim" and q.attribution == "Xinhua"


def test_multi_paragraph_quote_with_cue_at_the_end(pipe):
    doc = run(pipe, (
        '"Kami menyambut baik hasil perundingan hari ini.\n\n'
        '"Langkah berikutnya adalah menyusun perjanjian dagang yang adil bagi semua," kata Budi Santoso.'))
    [q] = doc.quotes
    assert q.text.startswith("Kami menyambut baik") and q.text.endswith("adil bagi semua,")
    assert '"' not in q.text and name(q) == "Budi Santoso"
    assert q.line == 3 and doc.line_of(q.end) == 5


def test_scare_quotes_are_ignored(pipe):
    doc = run(pipe, 'Kedua negara menolak "demokrasi" ala Barat dan menyatakan "pandangan negatif" '
                    'mereka tentang "Quad" serta pesan "untuk dunia yang berubah".')
    assert doc.quotes == []


def test_joint_statement_takes_a_named_author(pipe):
    doc = run(pipe, (
        "Pertemuan itu dihadiri Presiden Budi Santoso dan Presiden Agus Salim.\n\n"
        '"Persahabatan kedua negara tidak memiliki batas," bunyi pernyataan dua presiden tersebut.'))
    [q] = doc.quotes
    assert name(q) in ("Budi Santoso", "Agus Salim") and q.cue == "bunyi pernyataan"


def test_removed_boilerplate_is_not_searched(pipe):
    doc = run(pipe, '"Kami akan terus memperkuat kerja sama," kata Budi Santoso.')
    doc.quotes.clear()
    doc.body_map = []   # nothing kept: the stage then falls back to the whole text
    from linimasa.stages.quotes import QuotesStage
    stage = QuotesStage()
    keep = doc.text.index("Judul")
    doc.body_map = [(0, keep, 5)]  # only the title kept
    stage.process(doc)
    assert doc.quotes == []


def test_speakers_link_to_entities_when_the_index_has_them(pipe, monkeypatch):
    """With the entities stage's index, speakers carry entity ids and canonical names."""
    import re

    from linimasa.document import Entity, Mention
    from linimasa.stages import entities as ent_mod

    putin = Entity("person:vladimir-putin", "Vladimir Putin", "person")
    kremlin = Entity("RUS", "Russia", "country")

    def fake_index(doc):
        rows = []
        for rx, ent in ((r"Vladimir Putin|Putin", putin), (r"Kremlin", kremlin)):
            for m in re.finditer(rx, doc.text):
                rows.append((m.start(), m.end(), ent, Mention(m.start(), m.end(), doc.line_of(m.start()), m.group())))
        return sorted(rows, key=lambda r: r[0])

    monkeypatch.setattr(ent_mod, "entity_index", fake_index, raising=False)
    doc = run(pipe, (
        'Presiden Rusia Vladimir Putin bertemu wartawan di Kremlin.\n\n'
        '"Hubungan kedua negara berada dalam kondisi terbaik," ujar Putin.\n\n'
        '"Kami akan terus bekerja sama," imbuhnya.\n\n'
        'Kremlin mengatakan, "Pertemuan berikutnya akan digelar di Moskow tahun depan."'))
    assert [q.speaker for q in doc.quotes] == [
        {"id": "person:vladimir-putin", "name": "Vladimir Putin"},
        {"id": "person:vladimir-putin", "name": "Vladimir Putin"},
        {"id": "RUS", "name": "Russia"}]


def test_title_listing_several_portfolios_before_the_name(pipe):
    doc = run(pipe, '"Perusahaan itu harus bertanggung jawab," kata Menteri Pertanian, Kelautan '
                    'dan Perikanan Filipina William Dar kepada wartawan di Manila.')
    [q] = doc.quotes
    assert name(q) == "William Dar"


def test_a_portfolio_word_is_never_the_speaker(pipe):
    doc = run(pipe, '"Kami akan menyelidiki laporan itu," kata Menteri Energi, Sains, Teknologi, '
                    'Perubahan Iklim dan Lingkungan Malaysia.')
    [q] = doc.quotes
    assert name(q) not in {"Energi", "Sains", "Teknologi", "Perubahan Iklim"}


def test_definite_ministry_is_the_ministry_named_before(pipe):
    doc = run(pipe, "Kementerian Luar Negeri China membantah tuduhan peretasan itu pada Selasa.\n\n"
                    '"Kami juga korban serangan internet," kata Kementerian itu dalam pernyataannya.')
    [q] = doc.quotes
    assert name(q) == "China"


def test_definite_role_description_is_the_person_quoted_before(pipe):
    doc = run(pipe, '"Kami belum siap berunding," kata Presiden AS Donald Trump kepada wartawan.\n\n'
                    '"Apa pun yang terjadi, hubungan kami baik," tutur presiden ke-45 AS itu.')
    assert [name(q) for q in doc.quotes] == ["Donald Trump", "Donald Trump"]


def test_person_glued_to_a_body_acronym_is_the_speaker(pipe):
    # the tagger reads "PBB Samuela Tafia" as one organisation; the name after the known body
    # is the envoy who spoke
    doc = run(pipe, '"Kami prihatin atas lambatnya bantuan kemanusiaan," sebut Wakil Tetap Tuvalu untuk '
                    'PBB Samuela Tafia seperti dikutip dari Radio New Zealand pada Kamis (19/9).')
    [q] = doc.quotes
    assert name(q) == "Samuela Tafia"


def test_body_acronym_with_a_unit_name_stays_the_body(pipe):
    doc = run(pipe, '"Kami prihatin atas lambatnya bantuan kemanusiaan," kata PBB Urusan Pengungsi '
                    'dalam pernyataannya.')
    [q] = doc.quotes
    assert name(q) == "PBB Urusan Pengungsi"
    doc = run(pipe, '"Kami prihatin atas lambatnya bantuan kemanusiaan," kata WHO Asia Tenggara '
                    'dalam pernyataannya.')
    [q] = doc.quotes
    assert name(q) == "WHO Asia Tenggara"


def test_statement_refers_to_the_body_after_a_connective(pipe):
    # "Sementara itu, IOI Group ... mengeluarkan pernyataan": the body opens its sentence
    # after the connective, so "pernyataan itu" is its statement, not the earlier person's
    doc = run(pipe, "Direktur Greenpeace Asia Tenggara Kiki Taufik mengatakan empat perusahaan sawit ikut "
                    "terlibat. Sementara itu, IOI Group pada Sabtu pagi mengeluarkan pernyataan yang "
                    "membenarkan kebakaran di lahannya. \"Api sudah dipadamkan pada hari yang sama,\" "
                    "kata pernyataan itu.")
    [q] = doc.quotes
    assert name(q) == "IOI Group"


def test_definite_unnamed_official_refers_back_to_the_state(pipe):
    doc = run(pipe, "Korea Utara kembali menembakkan dua rudal pada Selasa. Sementara Jepang melalui pejabat "
                    "seniornya menuturkan mereka sudah menerima laporan itu. \"Kami terus memantau situasi "
                    "bersama sekutu kami,\" kata pejabat senior yang tak disebut namanya itu.")
    [q] = doc.quotes
    assert name(q) == "Japan"


def test_indefinite_unnamed_official_stays_unknown(pipe):
    doc = run(pipe, "Sementara Jepang mengecam peluncuran itu. \"Kami terus memantau situasi,\" kata seorang "
                    "pejabat senior yang tak disebut namanya.")
    [q] = doc.quotes
    assert q.speaker is None


def test_dia_skips_a_body_that_opens_the_sentence(pipe):
    doc = run(pipe, "Menteri Luar Negeri Retno Marsudi menyatakan Indonesia menolak tuduhan tersebut. Bahkan, "
                    "Kementerian Luar Negeri sudah memanggil duta besar negara itu. \"Kami tidak akan tinggal "
                    "diam,\" kata dia.")
    [q] = doc.quotes
    assert name(q) == "Retno Marsudi"


SPOKESPERSON = ("Menlu AS Mike Pompeo menyebut serangan itu aksi perang. Sementara itu, juru bicara Kementerian "
                "Pertahanan Arab Saudi mengatakan ada puing dari 25 drone di lokasi. \"Serangan itu datang dari "
                "utara,\" katanya.")


def test_katanya_after_an_unnamed_spokesperson_is_their_body_not_the_earlier_person(pipe):
    doc = run(pipe, SPOKESPERSON)
    [q] = doc.quotes
    assert name(q) == "Saudi Arabia"


def test_unnamed_spokesperson_is_the_holder_first_named_bare_right_after(pipe):
    doc = run(pipe, SPOKESPERSON + " Pemberontak Houthi mengaku bertanggung jawab. \"Kami masih menyelidiki "
                                   "titik peluncurannya,\" kata Maliki.")
    assert [name(q) for q in doc.quotes] == ["Maliki", "Maliki"]


def test_a_person_named_before_is_not_the_unnamed_spokesperson(pipe):
    doc = run(pipe, SPOKESPERSON + " \"Kami akan membalas,\" kata Pompeo.")
    assert [name(q) for q in doc.quotes] == ["Saudi Arabia", "Mike Pompeo"]


def test_demikian_laporan_names_the_author_not_the_sentence_subject_before(pipe):
    doc = run(pipe, "Namun, Indonesia juga menunjukkan pertumbuhan yang kuat. \"Pertumbuhan ekonomi kawasan akan "
                    "melambat tahun depan,\" demikian laporan Bank Dunia.")
    [q] = doc.quotes
    assert name(q) == "World Bank"


def test_person_talked_about_after_menurutnya_is_not_the_next_speaker(pipe):
    doc = run(pipe, "\"Tidak benar ia ikut dalam rapat itu,\" ujar diplomat senior Papua Nugini Nick Messet. Lebih "
                    "lanjut, Messet juga menegaskan tak ada agenda soal Papua dalam sidang umum. Menurutnya Benny "
                    "Wenda dan rekan-rekannya hanya mencari perhatian media. \"Tidak ada agenda yang membahas "
                    "Papua,\" tuturnya.")
    assert [name(q) for q in doc.quotes] == ["Nick Messet", "Nick Messet"]


@pytest.mark.parametrize("middle", ["Menurut dia, Benny Wenda", "Ia menilai Benny Wenda"])
def test_reported_speech_sentence_keeps_its_speaker(pipe, middle):
    doc = run(pipe, f"Retno Marsudi menegaskan Indonesia tidak akan mundur. {middle} dan pendukungnya hanya mencari "
                    "perhatian media internasional. \"Kami tetap pada pendirian kami,\" katanya.")
    [q] = doc.quotes
    assert name(q) == "Retno Marsudi"


def test_a_new_subject_who_responds_is_the_next_speaker(pipe):
    doc = run(pipe, "Retno Marsudi menegaskan Indonesia tidak akan mundur. Benny Wenda kemudian menanggapi "
                    "pernyataan itu di London. \"Kami tidak akan berhenti,\" katanya.")
    [q] = doc.quotes
    assert name(q) == "Benny Wenda"


def test_subject_after_an_introductory_phrase_is_the_next_speaker(pipe):
    doc = run(pipe, "\"Program ini sangat membantu sekolah kami,\" kata Mendikbud. Pada kesempatan yang sama, Bupati "
                    "Natuna, Hamid Rizal, mengapresiasi peluncuran program tersebut. \"Kami berterima kasih atas "
                    "perhatian pemerintah pusat,\" ungkapnya.")
    assert [name(q) for q in doc.quotes] == ["Mendikbud", "Hamid Rizal"]


def test_person_mentioned_after_lower_case_words_is_no_subject(pipe):
    doc = run(pipe, "\"Trotoar di kawasan ini harus ramah pejalan kaki,\" kata Gubernur Anies Baswedan. Contohnya "
                    "seperti Ridwan Kamil di Bandung yang menata trotoar kota. \"Kalau ada tempat duduk, pejalan "
                    "kaki jadi nyaman,\" tuturnya.")
    assert [name(q) for q in doc.quotes] == ["Anies Baswedan", "Anies Baswedan"]


def test_menurut_source_outweighs_an_earlier_subject(pipe):
    doc = run(pipe, "\"Saya prihatin dengan perpecahan ini,\" kata Agung Laksono. Dalam musyawarah di Hotel Sultan "
                    "itu, Fahd El Fouz terpilih sebagai ketua umum. Namun menurut Agung, pemilihan itu tidak sah. "
                    "\"Kami tetap berpedoman pada aturan yang ada,\" tegasnya.")
    assert [name(q) for q in doc.quotes] == ["Agung Laksono", "Agung Laksono"]


CHAIN = ("\"Investasi asing harus disiapkan dengan aturan yang jelas,\" ujar ekonom Wahyu Setyobudi. {lead} "
         "masuknya swasta harus diikuti jaminan peningkatan manajerial. Swasta diharapkan bersaing dengan BUMN. "
         "Masyarakat bisa melihat siapa yang efisien. BUMN juga diharapkan menjadi lebih baik. {middle} "
         "\"Pemerintah tetap harus memberikan banyak intervensi,\" tambahnya.")


def test_reported_speech_sentence_carries_the_speaker_past_a_body_subject(pipe):
    doc = run(pipe, CHAIN.format(lead="Dia mengatakan,", middle="Ia menambahkan, pengawasan tetap diperlukan."))
    assert [name(q) for q in doc.quotes] == ["Wahyu Setyobudi", "Wahyu Setyobudi"]


def test_without_a_reported_speech_link_the_nearer_subject_stays(pipe):
    # must-not: with no pronoun sentence in between, the body that opens the last sentence is
    # the nearer candidate (the chain rule must not reach back on its own)
    doc = run(pipe, CHAIN.format(lead="Dia mengatakan,", middle="Pengawasan tetap diperlukan."))
    assert [name(q) for q in doc.quotes] == ["Wahyu Setyobudi", "BUMN"]


def test_dan_inside_a_capitalised_title_does_not_end_the_speaker_phrase(pipe):
    doc = run(pipe, "\"Kenaikan iuran ini untuk menjaga keberlanjutan program,\" terang Kepala Biro Komunikasi dan "
                    "Layanan Informasi Kementerian Keuangan, Rina Lestari di Jakarta, Selasa (10/9/2019).")
    [q] = doc.quotes
    assert name(q) == "Rina Lestari"


@pytest.mark.parametrize("tail", ["dan Rina Wulandari", "dan rekan-rekannya"])
def test_two_speakers_joined_by_dan_keep_the_first(pipe, tail):
    doc = run(pipe, f"\"Kami siap bekerja sama dengan semua pihak,\" kata Budi Santoso {tail} di Jakarta.")
    [q] = doc.quotes
    assert name(q) == "Budi Santoso"


def test_bracketed_rank_does_not_end_the_speaker_phrase(pipe):
    doc = run(pipe, "\"Kami akan menindak tegas setiap pelanggaran,\" tutur Kepala Biro Penerangan Masyarakat Humas "
                    "Brigjen (Pol) Dedi Prasetyo di Jakarta.")
    [q] = doc.quotes
    assert name(q) == "Dedi Prasetyo"


def test_age_in_brackets_still_ends_the_speaker_phrase(pipe):
    doc = run(pipe, "\"Kami akan menindak tegas setiap pelanggaran,\" tutur Budi Santoso (45) di Jakarta.")
    [q] = doc.quotes
    assert name(q) == "Budi Santoso" and q.speaker_text == "Budi Santoso"
