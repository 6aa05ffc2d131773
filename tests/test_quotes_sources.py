"""Quote speaker mechanisms found on the opened fourth blind set: unnamed officials and the state
they speak for, bodies named by their head word, definite descriptions after a continuing cue,
media and crowds as speakers. The sentences are invented in the style of the news."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from quotes_helpers import name, quotes_pipeline, run  # noqa: E402


@pytest.fixture(scope="module")
def pipe():
    return quotes_pipeline()


def test_person_an_official_spoke_about_is_not_the_official(pipe):
    # "pejabat … mengatakan Perdana Menteri X": X is the topic of the official's words
    doc = run(pipe, 'Seorang pejabat senior pemerintah Jepang mengatakan Perdana Menteri Tonga Budi Santoso '
                    'telah meminta pertemuan sejak Mei lalu. Pertemuan itu batal. "Negara-negara kecil sering '
                    'menemukan diri mereka lebih buruk dalam jangka panjang," kata pejabat Jepang kepada wartawan.')
    [q] = doc.quotes
    assert name(q) == "Japan"
