"""Quality gate: our standoff TimeML annotations of Kompas dev articles (dev/timeml/),
rebuilt into .tml with ../shared, scored by ../shared/eval/score.py timex.
Floors are what the tagger reaches now: the gate fails if quality drops."""
from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT, run_cli, shared_path

RELAXED_F1_FLOOR = 1.000
VALUE_F1_FLOOR = 0.995


def test_timex_gate(tmp_path):
    shared = shared_path("data", "kompas-dev").parent.parent
    gold = tmp_path / "gold"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_timeml_dev.py"), str(gold),
                    "--shared", str(shared)], check=True)
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    subprocess.run([sys.executable, str(shared / "eval" / "timex.py"), "prepare", str(gold), str(inp)], check=True)
    res = run_cli("extract", inp, "--format", "jsonl", "--stages", "clean,metadata,language,segment,time")
    out.write_text(res.stdout, encoding="utf-8")
    score = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "timex", str(gold), str(out)],
                           capture_output=True, text=True, check=True).stdout
    m = re.search(r"relaxed_F1=([\d.]+) value_F1=([\d.]+)", score)
    assert m, score
    assert float(m[1]) >= RELAXED_F1_FLOOR, score
    assert float(m[2]) >= VALUE_F1_FLOOR, score
