"""Quality gate: standoff TimeML annotations of Kompas dev articles, rebuilt into .tml with
../shared, scored by ../shared/eval/score.py timex.

  dev/timeml        30 articles annotated while the tagger was written
  dev/timeml-blind  20 other articles annotated blind (never seen the tagger's output);
                    see dev/timeml-blind/README.md for the annotator's choices
  dev/timeml-clickid 15 CLICK-ID Kompas articles (2019) annotated blind; a fresh check that is
                    measured, never tuned on (rebuilt by its own make_input.py)
Conventions shared by all three: dev/TIMEX_CONVENTIONS.md.

Floors are what the tagger reaches now: the gate fails if quality drops."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import ROOT, run_cli, shared_path

GATES = {
    # folder: (relaxed_F1 floor, value_F1 floor)
    "timeml": (1.000, 1.000),
    "timeml-blind": (1.000, 0.985),
    "timeml-clickid": (0.958, 0.917),
}


@pytest.mark.parametrize("folder", sorted(GATES))
def test_timex_gate(tmp_path, folder):
    shared = shared_path("data", "kompas-dev").parent.parent
    gold = tmp_path / "gold"
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    maker = ROOT / "dev" / folder / "make_input.py"
    if maker.exists():          # CLICK-ID texts come from the shared jsonl, not kompas-dev
        subprocess.run([sys.executable, str(maker), "--shared", str(shared), "--jsonl", str(inp),
                        "--tml", str(gold)], check=True)
    else:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_timeml_dev.py"), str(gold),
                        "--shared", str(shared), "--standoff", str(ROOT / "dev" / folder)], check=True)
        subprocess.run([sys.executable, str(shared / "eval" / "timex.py"), "prepare", str(gold), str(inp)],
                       check=True)
    res = run_cli("extract", inp, "--format", "jsonl", "--stages", "clean,metadata,language,segment,time")
    out.write_text(res.stdout, encoding="utf-8")
    score = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "timex", str(gold), str(out)],
                           capture_output=True, text=True, check=True).stdout
    m = re.search(r"relaxed_F1=([\d.]+) value_F1=([\d.]+)", score)
    assert m, score
    relaxed, value = GATES[folder]
    assert float(m[1]) >= relaxed, score
    assert float(m[2]) >= value, score
