"""Sentence splitting (linimasa/text/sentences.py): abbreviations, initials and quotations
never end a sentence; a full stop before a capital does."""
from __future__ import annotations

from linimasa.text.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_dotted_initials_and_titles_stay_inside_the_sentence():
    text = ("Menlu Retno L.P. Marsudi bertemu Dr. Sutopo di Sofia. Pertemuan itu singkat. "
            "Presiden J.F. Kennedy disebut dalam pidato H. Agus.")
    assert _split(text) == ["Menlu Retno L.P. Marsudi bertemu Dr. Sutopo di Sofia.", "Pertemuan itu singkat.",
                            "Presiden J.F. Kennedy disebut dalam pidato H. Agus."]


def test_a_quotation_is_not_cut_and_a_plain_stop_splits():
    text = '"Kami siap. Kami menunggu," kata Wang. Lalu ia pergi.'
    assert _split(text) == ['"Kami siap. Kami menunggu," kata Wang.', "Lalu ia pergi."]
