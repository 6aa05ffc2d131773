"""Regression tests for event families added after the sixth blind set was opened: wars told of
both sides, repelling, suspension from a programme, reduced presence, summoned embassy staff,
approvals, called-off acts, relative clauses with their own tense, reduced clauses after a
subordinator, foreign institutions, weapon designations, conditional warnings, denials, a
speaker's own side ("pihaknya"), demands that another side withdraw, recognition, and the dates
of refusals and of bodies' statements. Sentences are written for the tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from events_helpers import events, find, names  # noqa: E402


def roles(ev) -> dict[str, str]:
    return {a.name: a.role for a in ev.actors}


def test_a_war_told_of_both_sides_is_each_ones_attack():
    evs = events("India dan Pakistan telah berperang dua kali sejak merdeka.")
    attacks = find(evs, "ASSAULT", "India", "Pakistan")
    assert len(attacks) == 2
    assert {tuple(sorted(roles(e).items())) for e in attacks} == {
        (("India", "source"), ("Pakistan", "target")), (("India", "target"), ("Pakistan", "source"))}


def test_a_clash_in_sport_is_no_attack():
    evs = events("Persib akan bentrok dengan Persija di Stadion Gelora Bung Karno pada Sabtu.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_repelling_an_armed_side_is_fighting_it():
    evs = events("Tentara Afghanistan berhasil memukul mundur Taliban dari distrik itu pada Selasa.")
    (e,) = find(evs, "ASSAULT", "Afghanistan", "Taliban")
    assert roles(e)["Taliban"] == "target"
    assert not find(evs, "RETREAT", "Afghanistan")


def test_suspension_from_a_joint_programme_is_a_sanction():
    evs = events("Amerika Serikat menangguhkan Turki dari program jet tempur F-35 pada Juli.")
    (e,) = find(evs, "SANCTION", "United States", "Turkey")
    assert roles(e) == {"United States": "source", "Turkey": "target"}


def test_a_reduced_military_presence_is_a_withdrawal_from_where_it_was():
    evs = events("Uni Emirat Arab mengurangi kehadiran militernya di Yaman pada bulan Juni.")
    (e,) = find(evs, "RETREAT", "United Arab Emirates", "Yemen")
    assert roles(e)["Yemen"] == "target"


def test_summoning_an_embassy_official_is_a_protest_of_the_embassys_state():
    evs = events("Korea Selatan memanggil seorang pejabat senior kedutaan Jepang di Seoul pada Senin.")
    assert find(evs, "ACCUSE", "South Korea", "Japan")


def test_granting_approval_to_buy_is_agreeing():
    evs = events("Amerika Serikat memberikan persetujuan kepada Polandia untuk membeli 32 jet tempur.")
    assert find(evs, "AGREE", "United States", "Poland")
    assert not find(evs, "CONCEDE", "United States", "Poland")


def test_a_called_off_attack_is_negated_and_hypothetical():
    evs = events("Jet tempur Israel batal menggempur Suriah pada Agustus.")
    (e,) = find(evs, "ASSAULT", "Israel", "Syria")
    assert e.negated and e.hypothetical


def test_a_relative_clause_after_a_comma_keeps_its_own_tense():
    evs = events("Rencana itu akan membuat marah negara tetangga seperti Korea Selatan, yang memanggil "
                 "seorang pejabat kedutaan Jepang pada Senin.")
    (e,) = find(evs, "ACCUSE", "South Korea", "Japan")
    assert not e.hypothetical


def test_a_passive_right_after_lantaran_takes_the_main_subject():
    evs = events("Pesawat tempur Israel batal menyerang Suriah lantaran diancam Rusia.")
    (e,) = find(evs, "THREATEN", "Russia", "Israel")
    assert roles(e) == {"Russia": "source", "Israel": "target"}


def test_a_national_body_followed_by_another_state_is_that_states_body():
    evs = events("Ketua Dewan Perwakilan Rakyat (DPR) AS Nancy Pelosi bertemu dengan aktivis Joshua Wong di Washington.")
    (e,) = find(evs, "CONSULT", "Nancy Pelosi", "Joshua Wong")
    assert "House of Representatives of Indonesia" not in names(e)


def test_a_weapon_designation_is_no_actor():
    evs = events("Turki menegaskan bahwa S-400 tidak akan diintegrasikan dan menolak untuk mundur dari kesepakatan dengan Rusia.")
    assert all("S-400" not in names(e) for e in evs)


def test_calling_a_plan_a_serious_escalation_accuses_its_author():
    evs = events("Menteri Luar Negeri Yordania Ayman Safadi menganggap rencana Benjamin Netanyahu itu eskalasi serius.")
    (e,) = find(evs, "ACCUSE", "Ayman Safadi", "Benjamin Netanyahu")
    assert roles(e)["Benjamin Netanyahu"] == "target"


def test_a_harm_conditioned_on_an_actor_warns_that_actor():
    evs = events("Presiden Palestina Mahmoud Abbas mengatakan semua perjanjian dengan Israel akan berakhir "
                 "jika Netanyahu melanjutkan rencana itu.")
    assert find(evs, "THREATEN", "Mahmoud Abbas", "Benjamin Netanyahu")


def test_a_conditional_offer_is_no_warning():
    evs = events("Menteri Luar Negeri Retno Marsudi mengatakan Indonesia akan membantu jika Myanmar meminta.")
    assert not [e for e in evs if e.type == "THREATEN"]


def test_a_speakers_own_side_is_pihaknya():
    evs = events("Kementerian Luar Negeri Korea Selatan mengatakan bahwa pihaknya telah meminta Jepang "
                 "untuk mengambil keputusan yang bijak.")
    (e,) = find(evs, "REQUEST", "South Korea", "Japan")
    assert roles(e) == {"South Korea": "source", "Japan": "target"}


def test_an_attack_a_side_denies_for_itself_is_no_event():
    evs = events("Iran telah berulang kali membantah bahwa pihaknya bertanggung jawab atas serangan terhadap Arab Saudi.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_sides_own_attack_foretold_is_its_threat():
    evs = events("Juru bicara Houthi Yahya Saree mengatakan bahwa pihaknya siap menyerang Uni Emirat Arab.")
    (e,) = find(evs, "THREATEN", "United Arab Emirates")
    assert roles(e)["United Arab Emirates"] == "target"
    assert not [x for x in evs if x.type == "ASSAULT"]


def test_saying_another_side_should_withdraw_is_a_demand_of_it():
    evs = events("Pernyataan itu memicu reaksi di Jerman, dengan Dietmar Bartsch, seorang anggota parlemen "
                 "dari Partai Kiri, mengatakan bahwa Amerika seharusnya menarik diri.")
    (e,) = find(evs, "REQUEST", "Dietmar Bartsch", "United States")
    assert roles(e) == {"Dietmar Bartsch": "source", "United States": "target"}
    assert not [x for x in evs if x.type == "RETREAT"]


def test_recognising_a_state_is_support_but_admitting_a_fact_is_not():
    evs = events("Kepulauan Solomon resmi mengakui China pada September.")
    assert find(evs, "SUPPORT", "Solomon Islands", "China")
    evs = events("Presiden Trump mengakui China sulit dikalahkan dalam perang dagang.")
    assert not [e for e in evs if e.type == "SUPPORT"]


def test_a_refusal_is_dated_by_the_saying_not_the_weeks_after():
    evs = events("Trump pada Senin, 16 September 2019 mengatakan Iran sepertinya dalang serangan. "
                 "Namun saat yang sama, Trump menekankan dia tidak ingin berperang dengan Iran.",
                 published="2019-09-18")
    (e,) = find(evs, "ASSAULT", "Donald Trump", "Iran")
    assert e.negated and e.hypothetical
    assert e.date.value == "2019-09-16"


def test_a_bodys_statement_takes_the_day_its_speaking_is_told():
    evs = events("Liga Arab mengecam rencana Israel mencaplok Lembah Yordan.\n\n"
                 "\"Rencana itu agresi baru,\" ungkap pernyataan para menteri luar negeri Liga Arab saat "
                 "pertemuan di Kairo pada Rabu (11/9/2019).", published="2019-09-12")
    (e,) = find(evs, "ACCUSE", "Arab League", "Israel")
    assert e.date.value == "2019-09-11"


def test_a_treaty_between_parties_is_their_agreement_and_a_crackdown_a_coercion():
    # "Perjanjian antara X dan Y": a treaty told with its parties; with none ("melanggar perjanjian")
    # it is no agreement of the one who breaks it
    evs = events("Perjanjian antara Italia dan Inggris mencakup program-program yang sudah ada.")
    find(evs, "AGREE", "Italy", "United Kingdom")
    assert not [e for e in events("Iran dituduh melanggar perjanjian nuklir.") if e.type == "AGREE"]
    evs = events("Polisi China melakukan tindakan keras terhadap pengunjuk rasa Hong Kong.")
    assert [e for e in evs if e.type == "COERCE"]


def test_a_call_to_attack_threatens_each_side_named_and_a_subject_list_is_not_split():
    # calling on others to attack X threatens X; an act on several sides named after its trigger is
    # one event per side
    evs = events("Pemimpin al-Qaeda Ayman al-Zawahiri menyerukan kepada umat Muslim untuk menyerang "
                 "target-target milik Amerika Serikat, Israel dan Rusia.")
    assert not [e for e in evs if e.type == "ASSAULT"]
    for state in ("United States", "Israel", "Russia"):
        (e,) = find(evs, "THREATEN", "Ayman al-Zawahiri", state)
        assert not e.hypothetical and len([a for a in e.actors if a.role == "target"]) == 1
    evs = events("Amerika Serikat menjatuhkan sanksi terhadap Iran dan Venezuela.")
    assert len(find(evs, "SANCTION", "United States", "Iran")) == 1
    assert len(find(evs, "SANCTION", "United States", "Venezuela")) == 1
    # an asked-for act that is no attack stays the request's content
    evs = events("Trump meminta Israel untuk tidak menyerang Iran.")
    assert not [e for e in evs if e.type == "THREATEN"]
