"""Quote pattern families found on CLICK-ID news: paragraph joins, partial quotations,
state bodies, unnamed spokespeople and groups, definite descriptions, passive cues."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from quotes_helpers import name, run  # noqa: E402


def test_glued_paragraphs_stop_a_post_cue(pipe):
    doc = run(pipe, '"Ada satu tempat di mana kita dapat menerapkan kedaulatan," kata Budi Santoso.,'
                    '"Jika saya menang, saya akan mengumumkan niat saya untuk membentuk pemerintahan.",,'
                    'Palestina mengklaim seluruh Tepi Barat sebagai negara merdeka.')
    q1, q2 = doc.quotes
    assert q2.cue is None and name(q2) == "Budi Santoso"


def test_partial_quotation_in_a_reported_clause(pipe):
    doc = run(pipe, 'Budi Santoso menekankan bahwa negosiasi tetap menjadi "jalan satu-satunya untuk '
                    'perdamaian di kawasan", sepekan setelah pembicaraan itu gagal.')
    [q] = doc.quotes
    assert q.text.startswith("jalan satu-satunya") and name(q) == "Budi Santoso"


def test_partial_quotation_with_a_pronoun_subject(pipe):
    doc = run(pipe, 'Serangan itu membuat Budi Santoso membatalkan pembicaraan. Dia mengatakan kelompok itu '
                    '"mungkin tidak memiliki kekuatan untuk bernegosiasi" jika tidak ada gencatan senjata.')
    [q] = doc.quotes
    assert name(q) == "Budi Santoso"


def test_short_partial_quotation_stays_a_scare_quote(pipe):
    doc = run(pipe, 'Budi Santoso mengatakan pembicaraan itu "sudah mati" sejak pekan lalu.')
    assert doc.quotes == []


def test_ministry_speaks_for_its_state(pipe):
    doc = run(pipe, '"Serangan tersebut membahayakan keamanan dan stabilitas kawasan," kata Kementerian '
                    'Luar Negeri Indonesia dalam sebuah pernyataan.')
    [q] = doc.quotes
    assert name(q) == "Indonesia"


def test_country_in_a_title_yields_to_the_name(pipe):
    doc = run(pipe, '"Saya akan sampaikan itu ke menteri yang terkait masalah ini," kata Menteri Perdagangan '
                    'RI Enggartiasto Lukita usai bertemu.')
    [q] = doc.quotes
    assert name(q) == "Enggartiasto Lukita"


def test_unnamed_spokesperson_speaks_for_the_body(pipe):
    doc = run(pipe, 'Seorang juru bicara AFP mengatakan; "Setiap pertanyaan tentang masalah ini harus '
                    'diarahkan ke pihak berwenang Indonesia."')
    [q] = doc.quotes
    assert q.cue == "mengatakan" and name(q) == "AFP"


def test_role_then_name_is_the_named_person(pipe):
    doc = run(pipe, 'AS dan Arab Saudi "sepakat bahwa rezim Iran harus bertanggung jawab atas perilaku yang '
                    'agresif," kata juru bicara Departemen Luar Negeri AS Morgan Ortagus dalam sebuah pernyataan.')
    [q] = doc.quotes
    assert name(q) == "Morgan Ortagus"


def test_spokesperson_named_earlier_with_the_same_role(pipe):
    doc = run(pipe, 'Namun juru bicara militer Huthi, Brigadir Yahya Saree mengatakan, serangan itu diluncurkan '
                    'dari tiga lokasi di Yaman.,"Jika Anda menginginkan perdamaian dan keamanan maka tinggalkan '
                    'Yaman sendirian," kata juru bicara Huthi.')
    [q] = doc.quotes
    assert name(q) == "Yahya Saree"


def test_named_group_of_experts(pipe):
    doc = run(pipe, '"Kami menyerukan langkah-langkah segera untuk melindungi para aktivis," kata para pakar HAM PBB.')
    [q] = doc.quotes
    assert name(q) == "pakar HAM PBB" and q.speaker["id"] is None


def test_definite_description_of_a_ministry(pipe):
    doc = run(pipe, 'Kementerian Luar Negeri Palestina mendesak Dewan Keamanan PBB menjatuhkan sanksi.,'
                    '"Koalisi sayap kanan sedang berkonspirasi untuk mempercepat pencaplokan Tepi Barat," '
                    'kata kementerian itudalam sebuah pernyataan.')
    [q] = doc.quotes
    assert name(q) == "Palestine"


def test_countries_opening_a_sentence_are_the_antecedent(pipe):
    doc = run(pipe, 'Prancis, Jerman, Italia, dan Spanyol dalam pernyataan bersama menyatakan sangat prihatin.,'
                    '"Ini merupakan pelanggaran serius terhadap hukum internasional," ungkapnya.')
    [q] = doc.quotes
    assert name(q) == "France"


def test_passive_statement_after_the_quotation(pipe):
    doc = run(pipe, '"Kami siap membantu memadamkan kebakaran hutan di mana pun diperlukan." '
                    'Hal itu disampaikan Budi Santoso dalam jumpa pers.')
    [q] = doc.quotes
    assert name(q) == "Budi Santoso"


def test_country_word_opening_a_name_is_the_person(pipe):
    doc = run(pipe, '"Situs-situs ini digunakan untuk operasi yang mengancam jalur pelayaran," kata juru '
                    'bicara koalisi, Kolonel Turki al-Maliki, dalam pernyataannya.')
    [q] = doc.quotes
    assert name(q) == "Turki al-Maliki"


def test_news_agency_quoting_someone_is_not_the_speaker(pipe):
    doc = run(pipe, 'Ketegangan di kawasan itu terus meningkat sejak pekan lalu.,'
                    '"Semua kapal asing di perairan kami akan kami periksa dengan ketat," kata kantor berita '
                    'Mehr mengutip Laksamana Hamid Rostami.')
    [q] = doc.quotes
    assert name(q) == "Hamid Rostami"


def test_continuation_cue_keeps_the_previous_speaker(pipe):
    doc = run(pipe, '"Kedutaan sudah menerima laporan tentang kecelakaan itu pagi ini," kata Duta Besar '
                    'Budi Santoso. Sinta disebut sudah dibawa ke rumah sakit terdekat.,'
                    '"Kami langsung menghubungi keluarga korban di Jakarta untuk memberi kabar," lanjutnya.')
    q1, q2 = doc.quotes
    assert name(q1) == "Budi Santoso" and name(q2) == "Budi Santoso"


def test_lower_case_particle_name_is_the_person_named_before(pipe):
    doc = run(pipe, 'Juru bicara militer Yordania, Kolonel Rami al-Hadidi, berbicara di Amman pada Rabu. '
                    'Dokumen itu dibagikan kepada wartawan.,Berbicara atas nama kementerian, al-Hadidi '
                    'menunjuk Suriah sebagai pihak yang bersalah. "Kami telah melihat bukti yang cukup jelas '
                    'dari lapangan," katanya.,"Kami akan membagikan data itu kepada sekutu kami," imbuh al-Hadidi.')
    q1, q2 = doc.quotes
    assert "al-Hadidi" in (name(q1) or "") and "al-Hadidi" in (name(q2) or "")


def test_person_pronoun_subject_skips_a_country(pipe):
    doc = run(pipe, 'Juru bicara militer Yordania, Kolonel Rami al-Hadidi, berbicara di Amman pada Rabu. '
                    'Ditanya apakah pelakunya adalah Suriah, al-Hadidi tidak menjawab. '
                    'Dia hanya mengatakan; "Saya yang memimpin konferensi pers ini."')
    [q] = doc.quotes
    assert "al-Hadidi" in (name(q) or "")


def test_quotation_opening_with_a_verb_after_its_subject(pipe):
    doc = run(pipe, 'Menteri Perdagangan Malaysia Lim Guan Seng berbicara kepada wartawan pada Kamis. '
                    'Namun, Lim "menjamin bahwa pemerintah siap membantu para petani sawit".')
    [q] = doc.quotes
    assert q.text.startswith("menjamin bahwa") and "Lim" in (name(q) or "")


def test_long_reported_clause_before_a_partial_quotation(pipe):
    doc = run(pipe, 'Menteri Lingkungan Hidup Malaysia Lim Guan Seng mengatakan kepada wartawan pada Kamis, '
                    '19 September bahwa inisiatif lain, seperti penyemaian awan dan undang-undang yang diusulkan '
                    'untuk menghukum perusahaan yang menyebabkan kebakaran di luar negeri, akan gagal tanpa '
                    '"kerja sama internasional untuk mengatasi kabut lintas batas".')
    [q] = doc.quotes
    assert "Lim Guan Seng" in (name(q) or "")


def test_particle_name_after_a_title_inside_a_ministry_tag(pipe):
    doc = run(pipe, 'Dalam keterangannya, Juru bicara Kementerian Pertahanan Kolonel Rami al-Hadidi mengatakan '
                    'bukti itu "tidak diragukan lagi disponsori oleh negara tetangga".,'
                    '"Kami sedang bekerja untuk mengetahui titik peluncurannya," kata Kolonel Hadidi.')
    q1, q2 = doc.quotes
    assert name(q1) == "Rami al-Hadidi" and name(q2) == "Rami al-Hadidi"


def test_office_without_a_name_is_the_holder_named_before(pipe):
    doc = run(pipe, 'Presiden Iran Hassan Rouhani berpidato di New York pada Senin. Menteri Luar Negeri '
                    'Mohammad Javad Zarif ikut mendampinginya dalam kunjungan itu.,'
                    '"Kami tidak menginginkan perang dengan negara mana pun di kawasan," kata Presiden.')
    [q] = doc.quotes
    assert name(q) == "Hassan Rouhani"


def test_bare_home_ministry_title_is_the_home_state(pipe):
    doc = run(pipe, 'Pemerintah menyegel lima lahan perkebunan yang terbakar pekan lalu.,'
                    '"PT Sawit Makmur milik Malaysia di Sanggau, ini yang disegel," ujar Menteri LHK, Jumat (13/9).')
    [q] = doc.quotes
    assert name(q) == "Indonesia"


def test_agent_of_a_passive_say_verb_is_the_next_speaker(pipe):
    doc = run(pipe, '"Kami menginginkan penyelesaian damai atas krisis ini," kata Menteri Luar Negeri Kanada '
                    'Robert Miller.,Pernyataan serupa disuarakan oleh Ahmad Karimi dalam wawancara dengan televisi. '
                    '"Namun kami tidak akan mengendurkan pertahanan negara," ucapnya.')
    q1, q2 = doc.quotes
    assert name(q1) == "Robert Miller" and name(q2) == "Ahmad Karimi"


def test_subject_with_an_appositive_after_the_quotation(pipe):
    doc = run(pipe, '"Polisi menggunakan taktik yang sembrono terhadap para pengunjuk rasa," Nicholas Brandt, '
                    'direktur Asia Timur di sebuah lembaga HAM, mengatakan dalam laporannya.')
    [q] = doc.quotes
    assert name(q) == "Nicholas Brandt"


def test_bare_office_refers_to_the_person_talked_about(pipe):
    doc = run(pipe, 'Perdana Menteri , bersumpah akan memperluas wilayah itu. Pada Selasa, Netanyahu berdiri di '
                    'samping peta besar di Tel Aviv.,"Kami belum pernah memiliki kesempatan seperti ini sejak lama," '
                    'kata Perdana Menteri.')
    [q] = doc.quotes
    assert name(q) == "Benjamin Netanyahu"


def test_security_force_speaks_for_its_place(pipe):
    doc = run(pipe, 'Menanggapi laporan Amnesty, polisi Hong Kong mengatakan mereka menghormati "privasi, '
                    'martabat, dan hak para tahanan" sesuai aturan.,'
                    '"Kekuatan yang digunakan harus kekuatan minimum yang diperlukan," kata polisi dalam pernyataannya.')
    q1, q2 = doc.quotes
    assert name(q1) == "Hong Kong" and name(q2) == "Hong Kong"


def test_a_report_quoted_again_is_its_author(pipe):
    doc = run(pipe, '"Senjata pemusnah massal tetap menjadi alat politik yang kuat di kawasan itu," bunyi laporan '
                    'Badan Intelijen Bavaria yang dirilis pada Rabu.,Harian The Daily Star meninjau dokumen setebal '
                    '300 halaman itu.,"Ada kecurigaan bahwa dinas asing menekan para ilmuwan yang berkunjung," kata laporan itu.')
    q1, q2 = doc.quotes
    assert name(q1) and name(q2) == name(q1)


def test_lower_case_role_description_refers_back(pipe):
    doc = run(pipe, '"Saya tidak akan menyerah kepada putusan pengadilan itu," kata Xanana Gusmao kepada warga.,'
                    '"Saya di sini untuk membatalkan putusan mereka," ujar mantan perdana menteri Timor Lese ini.')
    q1, q2 = doc.quotes
    assert "Xanana" in (name(q2) or "")


def test_office_with_a_description_is_not_the_home_state(pipe):
    doc = run(pipe, 'Mahathir Mohamad menyatakan kekecewaannya. Menurutnya, Indonesia seharusnya menerima bantuan '
                    'Malaysia.,"Kami sudah menawarkan bantuan berkali-kali," kata PM berusia 94 tahun itu.')
    [q] = doc.quotes
    assert name(q) == "Mahathir Mohamad"


def test_cuit_is_a_post_verb(pipe):
    doc = run(pipe, 'Ketegangan kedua negara meningkat pekan ini.,'
                    '"Iran tidak akan pernah memiliki senjata nuklir selama saya menjabat!" cuit Presiden Donald Trump.')
    [q] = doc.quotes
    assert q.cue == "cuit" and name(q) == "Donald Trump"


def test_military_command_speaks_for_its_state(pipe):
    doc = run(pipe, '"Dua pesawat pengebom terdeteksi di dekat wilayah udara kami pada Selasa pagi," kata '
                    'Komando Operasi Gabungan Kanada dalam pernyataannya.')
    [q] = doc.quotes
    assert name(q) == "Canada"


def test_say_verb_with_a_long_adjunct_before_a_colon(pipe):
    doc = run(pipe, 'Kementerian Luar Negeri Jepang menulis dalam laporannya di bulan Mei bahwa: "Kerja sama dengan '
                    'negara tetangga tetap menjadi prioritas utama pemerintah."')
    [q] = doc.quotes
    assert name(q) == "Japan"


def test_report_noun_before_a_say_verb_is_not_a_relay(pipe):
    doc = run(pipe, 'Badan intelijen Jerman menulis dalam laporannya di bulan Mei bahwa: "Proliferasi senjata '
                    'tetap menjadi tanggung jawab kontra intelijen.","Negara-negara ini perlu disebutkan secara '
                    'khusus," laporan intelijen itu melanjutkan.')
    q1, q2 = doc.quotes
    assert name(q1) == "Germany" and name(q2) == "Germany"


def test_crowd_chant_keeps_the_crowd_as_speaker(pipe):
    doc = run(pipe, 'Ribuan orang turun ke jalan di pusat kota pada Minggu.,'
                    '"Satu negara, dua sistem sudah mati," teriak para pengunjuk rasa.')
    [q] = doc.quotes
    assert q.cue == "teriak" and name(q) == "pengunjuk rasa"


def test_threat_verb_after_the_quotation(pipe):
    doc = run(pipe, '"Jika mereka menghentikan pembicaraan, maka kami akan mengambil langkah pertama," ancam '
                    'juru bicara kelompok itu, Zabiullah Karimi.')
    [q] = doc.quotes
    assert q.cue == "ancam" and name(q) == "Zabiullah Karimi"


def test_spokesperson_of_a_person_speaks_for_them(pipe):
    doc = run(pipe, 'Perdana Menteri Pakistan Imran Khan berjanji tidak akan menggunakan senjata nuklir lebih dulu. '
                    'Juru bicaranya kemudian mengatakan bahwa kata-katanya "diambil di luar konteks oleh media".')
    [q] = doc.quotes
    assert name(q) == "Imran Khan"


def test_role_subject_with_sang_is_the_role_holder(pipe):
    doc = run(pipe, 'Presiden Donald Trump menghadapi penyelidikan pemakzulan. Ketua DPR Nancy Pelosi menyamakan '
                    'tindakannya dengan pelanggaran konstitusi. Langkah Pelosi itu mendapat reaksi keras dari Trump. '
                    'Dilansir dari AFP, sang presiden menyebut langkah itu sebagai sampah.,'
                    '"Demokrat sengaja merusak hari yang penting ini dengan sampah," cuitnya di Twitter.')
    [q] = doc.quotes
    assert name(q) == "Donald Trump"


def test_an_unnamed_speaker_next_to_the_verb_is_the_subject_not_the_person_talked_about(pipe):
    doc = run(pipe, 'Di tengah laporan yang menyatakan Benjamin Netanyahu telah membatalkan perjalanannya ke New York, '
                    'seorang pejabat pemerintah Israel mengatakan: "Karena keadaan politik, perdana menteri tidak '
                    'melakukan perjalanan ke Sidang Umum PBB."')
    (q,) = doc.quotes
    assert name(q) == "Israel"
    # a name opening the clause is still its subject, with an unnamed apposition after it
    doc = run(pipe, 'Benjamin Netanyahu, seorang pejabat senior, mengatakan: "Kami tidak akan datang ke New York."')
    assert name(doc.quotes[0]) == "Benjamin Netanyahu"


def test_a_colon_cue_opening_a_glued_paragraph(pipe):
    # ".," joins scraped paragraphs: the preamble "Kalimat terakhir X ...:" opens a paragraph of its
    # own, and its speaker is X, not the one quoted just before
    doc = run(pipe, 'Budi Santoso mendesak Andi Wijaya: "Tulis pesan itu sekarang juga, cepat.",Para pelaku '
                    'kemudian membius Andi Wijaya.,Kalimat terakhir Andi Wijaya sebelum tak sadarkan diri '
                    'terdengar dalam rekaman: "Saya menderita asma. Jangan lakukan itu."')
    q1, q2 = doc.quotes
    assert name(q1) == "Budi Santoso" and q2.cue == ":" and name(q2) == "Andi Wijaya"


def test_a_month_opening_the_clause_is_no_speaker(pipe):
    doc = run(pipe, 'Pada Juli 2019, WHO menyatakan wabah itu sebagai "Keadaan Darurat Kesehatan '
                    'Masyarakat dari Kepedulian Internasional" ketika wabah terus menyebar.')
    [q] = doc.quotes
    assert name(q) == "World Health Organization"


def test_a_clause_joined_by_dan_has_its_own_subject(pipe):
    # the person opening the first clause made another statement; the shout is someone else's
    doc = run(pipe, 'Eid menyatakan bahwa dia diizinkan pergi hanya setelah beberapa jam, di mana '
                    'ponselnya dihancurkan, dan pada satu titik sang putri berteriak: "Bunuh dia, anjing, dia tidak '
                    'pantas hidup."')
    [q] = doc.quotes
    assert q.cue == "berteriak" and name(q) != "Eid"


def test_a_groups_statement_speaks_for_the_group_introduced_before(pipe):
    doc = run(pipe, 'Pada Ahad, sekelompok profesional Malaysia meminta agar Putrajaya menuntut '
                    'pemerintah Indonesia. "Penyebab krisis kabut asap tahunan bersifat multifaktorial," '
                    'kata pernyataan bersama kelompok seperti dilaporkan Malay Mail.')
    [q] = doc.quotes
    assert name(q) == "sekelompok profesional Malaysia" and q.attribution


def test_a_name_and_a_verb_of_describing_after_the_quotation(pipe):
    doc = run(pipe, '"Hanya persiapan yang masuk akal dari pemerintah mana pun," Boris Johnson '
                    'menggambarkan dokumen tersebut.')
    [q] = doc.quotes
    assert name(q) == "Boris Johnson"
