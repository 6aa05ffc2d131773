"""The seeds' gold quotes, graded by the shared scorer: all found, speakers right."""
from __future__ import annotations

import re
import subprocess
import sys

from conftest import run_cli, shared_path


def test_seed_quotes_found_with_their_speakers(tmp_path):
    seeds = sorted(shared_path("seeds").glob("*.txt"))
    gold = shared_path("gold", "seeds.gold.json")
    scorer = shared_path("eval", "score.py")
    out = tmp_path / "seeds.jsonl"
    out.write_text(run_cli("extract", *seeds, "--format", "jsonl").stdout, encoding="utf-8")
    graded = subprocess.run([sys.executable, str(scorer), "articles", str(gold), str(out), "-v"],
                            capture_output=True, text=True, check=True).stdout
    m = re.search(r"quotes\s+found (\d+)/(\d+), speaker right (\d+)/(\d+)", graded)
    assert m, graded
    found, total, right = int(m[1]), int(m[2]), int(m[3])
    misses = "\n".join(line for line in graded.splitlines() if "quote" in line)
    assert total == 14
    assert found == 14, misses
    assert right == 14, misses
