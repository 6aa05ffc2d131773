"""Stance events from statements (stages/events/speech.py): quotes and reported clauses that
condemn, demand, deny or warn, with must-not-fire cases (neutral words, questions, own duties)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from events_helpers import events, find  # noqa: E402


def _roles(e) -> dict[str, str]:
    return {a.name: a.role for a in e.actors}


def _stance(evs):
    return [e for e in evs if e.pattern and "stance:" in e.pattern]


def test_reported_condemnation_is_accuse_of_the_named_actor():
    evs = events("Menteri Luar Negeri Rusia Sergei Lavrov mengatakan bahwa latihan militer Jepang "
                 "di dekat perbatasan itu melanggar hukum internasional.")
    (e,) = [e for e in find(evs, "ACCUSE", "Sergei Lavrov", "Japan") if "stance:" in e.pattern]
    assert _roles(e)["Sergei Lavrov"] == "source" and _roles(e)["Japan"] == "target"
    assert not e.negated and not e.hypothetical


def test_quoted_evaluation_of_a_claim_rejects_its_author():
    evs = events('Iran menuduh Inggris menahan kapal tankernya. "Tuduhan Iran itu sama sekali tidak benar," '
                 'kata Menteri Luar Negeri Inggris Dominic Raab, Senin (12/8/2019).')
    rej = [e for e in find(evs, "REJECT", "Dominic Raab", "Iran") if "stance:" in e.pattern]
    assert rej, [(e.type, _roles(e)) for e in evs]
    assert _roles(rej[0])["Iran"] == "target"


def test_addressed_modal_is_a_request_of_that_actor():
    evs = events('Perdana Menteri India Narendra Modi mengatakan Pakistan seharusnya menghentikan dukungan '
                 'bagi kelompok bersenjata di perbatasan.')
    (e,) = [e for e in find(evs, "REQUEST", "Narendra Modi", "Pakistan") if "stance:" in e.pattern]
    assert _roles(e)["Pakistan"] == "target"


def test_warning_of_consequences_is_threaten():
    evs = events('"Jika Amerika Serikat menyerang kami, akan ada perang habis-habisan," kata Presiden Iran '
                 'Hassan Rouhani di Teheran.')
    thr = [e for e in find(evs, "THREATEN", "Hassan Rouhani", "United States") if "stance:" in e.pattern]
    assert thr and not thr[0].negated


def test_one_statement_over_two_sentences_is_one_event():
    evs = events("Menteri Luar Negeri Rusia Sergei Lavrov mengatakan sanksi Amerika Serikat itu ilegal. "
                 "Lavrov juga menyatakan bahwa sanksi Amerika Serikat tersebut tidak manusiawi.")
    acc = find(evs, "ACCUSE", "Sergei Lavrov", "United States")
    assert len(acc) == 1


def test_own_duty_and_neutral_statements_do_not_fire():
    evs = events('Presiden Filipina Rodrigo Duterte mengatakan bahwa Filipina harus memperbaiki jalan di '
                 'Manila. "Kami berharap cuaca cerah besok," kata Duterte.')
    assert not _stance(evs), [(e.type, _roles(e)) for e in _stance(evs)]


def test_a_question_demands_nothing():
    evs = events('"Apakah Jepang seharusnya membayar ganti rugi kepada Korea Selatan?" tanya Menteri '
                 'Luar Negeri Korea Selatan Kang Kyung-wha.')
    assert not [e for e in _stance(evs) if e.type == "REQUEST"]


def test_denied_reporting_is_no_statement():
    evs = events("Menteri Luar Negeri China Wang Yi menolak mengatakan apakah Amerika Serikat melanggar "
                 "kesepakatan dagang.")
    assert not _stance(evs)


def test_victim_of_the_condemned_act_is_not_its_target():
    evs = events("Menteri Luar Negeri Prancis Jean-Yves Le Drian mengatakan serangan Rusia terhadap Ukraina "
                 "adalah pelanggaran serius.")
    acc = [e for e in _stance(evs) if e.type == "ACCUSE"]
    assert acc and all(_roles(e).get("Ukraine") != "target" for e in acc)
    assert any(_roles(e).get("Russia") == "target" for e in acc)
