"""Quality gate: the events figures on the five seeds, graded by ../shared/eval/score.py.

Floors are the brief's bars (CONSULT event F1 >= 0.95, dates >= 90 %, every CONSULT mode right);
on the seeds the stage reaches 1.000 / 12 of 12 / 11 of 11.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conftest import shared_path  # noqa: E402
from events_helpers import pipeline  # noqa: E402
from linimasa.output import to_contract  # noqa: E402
from linimasa.readers import read_paths  # noqa: E402


def test_seed_events_gate(tmp_path):
    seeds = sorted(shared_path("seeds").glob("*.txt"))
    gold = shared_path("gold", "seeds.gold.json")
    out = tmp_path / "seeds.jsonl"
    p = pipeline()
    with open(out, "w", encoding="utf-8") as f:
        for doc in read_paths([str(s) for s in seeds]):
            f.write(json.dumps(to_contract(p.run(doc)), ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, str(shared_path("eval", "score.py")), "articles", str(gold), str(out), "-v"],
                         capture_output=True, text=True, check=True).stdout
    f1 = float(re.search(r"event_F1=([\d.]+)", res).group(1))
    m = re.search(r"event dates\s+(\d+)/(\d+) correct; CONSULT mode (\d+)/(\d+)", res)
    dates_ok, matched, mode_ok, mode_n = map(int, m.groups())
    misses = "\n".join(line for line in res.splitlines() if "missed CONSULT" in line or "spurious CONSULT" in line
                       or "date of" in line)
    assert f1 >= 0.95, f"seed CONSULT event F1 {f1:.3f} < 0.95\n{misses}"
    assert dates_ok >= 0.9 * matched, f"event dates {dates_ok}/{matched}\n{misses}"
    assert mode_ok == mode_n, f"CONSULT mode {mode_ok}/{mode_n}"
