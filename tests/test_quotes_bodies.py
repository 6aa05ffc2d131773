"""Quote speaker mechanisms found on the opened sixth blind set: diplomatic missions speak for
their state, bracketed abbreviations inside a speaker phrase, person names that open with
their body, and documents that speak for whoever tabled them. The sentences are invented in
the style of the news."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from quotes_helpers import name, quotes_pipeline, run  # noqa: E402


@pytest.fixture(scope="module")
def pipe():
    return quotes_pipeline()


def test_a_permanent_mission_speaks_for_its_state(pipe):
    doc = run(pipe, 'Perutusan RI di New York (PTRI) menilai laporan itu "tidak adil dan hanya melihat satu sisi '
                    'masalah." "Pemerintah terus bekerja melindungi semua warga tanpa kecuali," lanjut pernyataan '
                    'PTRI.')
    assert [name(q) for q in doc.quotes] == ["Indonesia", "Indonesia"]
