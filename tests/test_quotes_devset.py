"""Floor on the quote dev set (dev/quotes/clickid-quotes.gold.json: 68 CLICK-ID articles, 245 quotes),
graded by the shared scorer. Its misses were studied, so the figure is optimistic; it guards the
mechanisms built on it from silently breaking."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import run_cli, shared_path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "dev" / "quotes" / "clickid-quotes.gold.json"
FLOOR = (242, 241)   # (found, speaker right) of 245


def test_quote_dev_set_speakers(tmp_path):
    scorer = shared_path("eval", "score.py")
    shared_path("data", "clickid", "clickid_articles.jsonl.gz")
    made = subprocess.run([sys.executable, str(ROOT / "dev" / "events" / "make_input.py"), str(GOLD)],
                          capture_output=True, text=True, check=True)
    articles = tmp_path / "in.jsonl"
    articles.write_text(made.stdout, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text(run_cli("extract", articles, "--format", "jsonl").stdout, encoding="utf-8")
    graded = subprocess.run([sys.executable, str(scorer), "articles", str(GOLD), str(out), "-v"],
                            capture_output=True, text=True, check=True).stdout
    m = re.search(r"quotes\s+found (\d+)/(\d+), speaker right (\d+)/(\d+)", graded)
    assert m, graded
    misses = "\n".join(line for line in graded.splitlines() if "quote" in line)
    assert int(m[1]) >= FLOOR[0], misses
    assert int(m[3]) >= FLOOR[1], misses
