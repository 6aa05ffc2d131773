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


# ---------------------------------------------------------------------- the cue automaton

_TRICKY = [
    # case, newlines, space runs, non-breaking and thin spaces, words inside words, hyphens, windows
    # that cut a phrase, reporting verbs with their suffixes
    'Menlu itu MENGATAKAN,  bahwa serangan itu Tidak\n  Sah dan melanggar\xa0hukum   internasional. '
    '"Tuduhan itu tidak\u2009benar," kata jubir; Menurut dia, langkah domestik itu pelanggaran beratnya '
    'dan non-ilegal, x_ilegal, -ilegal, perang habis-habisan, jangan! Ia menyebutkannya ilegal.',
    'Pelanggaran  berat,\tkata Menlu: "Kami mendesak\r\nmereka" - konsekuensi serius; berharap\n\nAS berhenti.',
    'Ia mengatakan  bahwa itu tidak\n sah,\xa0sebuah pelanggaran\xa0 berat; menurut\nmereka konsekuensi  serius.',
    'Ia menegaskan pihak itu tidak bertanggung jawab atas (ilegal) “ilegal” \'ilegal\' .ilegal:konsekuensi',
    'Duta besar itu menyatakan sanksi itu ılegal, tidak ſah, ilegal.',      # letters re.I folds, lower() not
    'Duta besar itu menyatakan sanksi itu İlegal, ilegal.',
    'Ia menuturkan bahwa blokade itu ilegal.\u2028Menurut  Rusia,\u00a0itu agresi.',  # other whitespace
]


def _windows(n: int, k: int, seed: int):
    import random
    rnd = random.Random(seed)
    out = [(0, n), (0, 0), (n, n), (5, 3)]
    for _ in range(k):
        a = rnd.randrange(0, n + 1)
        out.append((a, rnd.randrange(a, n + 1)))
    return out


def test_automaton_finds_what_the_patterns_find():
    from linimasa.stages.events.speech import speech_extractor
    sx = speech_extractor()
    for ti, text in enumerate(_TRICKY):
        places = sx.places(text)
        if ti < 4:
            assert all(p.at is not None for p in places)    # the fast path is taken on ordinary text
        for p in places:
            for a, b in _windows(len(text), 400, ti):
                got, want = p.search(a, b), p.rx.search(text, a, b)
                assert (got and got.span()) == (want and want.span()), (ti, a, b, p.rx.pattern[:40])
                assert [m.span() for m in p.finditer(a, b)] == [m.span() for m in p.rx.finditer(text, a, b)]
    # the automaton does see the phrases across a newline, a space run and a non-breaking space
    cue = sx.places(_TRICKY[0])[0]
    assert {_TRICKY[0][m.start():m.end()] for m in cue.finditer(0, len(_TRICKY[0]))} >= \
        {"Tidak\n  Sah", "melanggar\xa0hukum   internasional", "tidak\u2009benar"}


def test_a_reported_hostile_act_accuses_its_doer_but_not_in_quotes():
    evs = events("Juru bicara Kementerian Luar Negeri Pakistan Mohammad Faisal menganggap India menargetkan "
                 "warga sipil di Kashmir.", published="2019-09-16")
    (e,) = [e for e in find(evs, "ACCUSE", "Mohammad Faisal", "India") if "stance:" in e.pattern]
    assert _roles(e)["India"] == "target"
    # the speaker's own side is never accused, and a quotation's "mereka membunuh" names no doer
    evs = events('Menteri Pertahanan India mengatakan pasukan India menargetkan kamp militan. '
                 '"Mereka membunuh ribuan orang," kata Presiden Afghanistan Ashraf Ghani.', published="2019-09-16")
    assert not [e for e in evs if e.type == "ACCUSE" and "stance:" in (e.pattern or "")]
