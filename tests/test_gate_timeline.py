"""Quality gate: the seed timeline scored by ../shared/eval/score.py (7 CONSULT entries, all merged)."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import run_cli, shared_path

pytestmark = pytest.mark.shared


def test_seed_timeline_scores_f1_1_and_merges_all(tmp_path):
    scorer = shared_path("eval", "score.py")
    gold = shared_path("gold", "seeds.gold.json")
    seeds = sorted(shared_path("seeds").glob("*.txt"))
    out = tmp_path / "timeline.json"
    out.write_text(run_cli("timeline", *seeds, "--format", "json").stdout, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(scorer), "timeline", str(gold), str(out)],
                          capture_output=True, text=True, check=True)
    m = re.search(r"timeline F1=([\d.]+) merged=(\d+)/(\d+)", proc.stdout)
    assert m, proc.stdout
    f1, merged, total = float(m.group(1)), int(m.group(2)), int(m.group(3))
    assert (f1, merged, total) == (1.0, 7, 7), proc.stdout
