"""`linimasa extract --workers`: the contract's JSONL, in input order, however many workers."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from batch_helpers import write_corpus

ROOT = Path(__file__).resolve().parent.parent
STAGES = "clean,metadata,language,segment,time"


def _extract(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "import sys; from linimasa.cli import main; sys.exit(main())",
                           "extract", *map(str, args)], capture_output=True, text=True, cwd=ROOT)


def test_workers_print_the_same_jsonl_in_input_order(tmp_path):
    corpus = write_corpus(tmp_path / "a.jsonl", 150)
    more = write_corpus(tmp_path / "b.jsonl", 20, start=500)
    one = _extract(corpus, more, "--stages", STAGES, "--workers", "1")
    two = _extract(corpus, more, "--stages", STAGES, "--workers", "2")
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    rows = [json.loads(line) for line in two.stdout.splitlines()]
    assert [r["id"] for r in rows] == [f"art-{i:05d}" for i in list(range(150)) + list(range(500, 520))]
    assert {"id", "source", "title", "published", "body", "removed", "times", "entities", "events",
            "quotes"} <= set(rows[0])
    assert rows[0]["times"], "the time stage ran in the workers"


def test_bad_inputs_are_counted_and_the_rest_printed(tmp_path):
    corpus = write_corpus(tmp_path / "a.jsonl", 30)
    with open(corpus, "a", encoding="utf-8") as f:
        f.write("{broken\n")
    proc = _extract(corpus, tmp_path / "missing.jsonl", "--stages", STAGES, "--workers", "2")
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 30
    assert "2 input(s) skipped (2 unreadable input)" in proc.stderr
    assert "line 31" in proc.stderr and "missing.jsonl" in proc.stderr


def test_resume_needs_a_place_for_the_manifest(tmp_path):
    corpus = write_corpus(tmp_path / "a.jsonl", 3)
    proc = _extract(corpus, "--resume", "--stages", STAGES)
    assert proc.returncode == 2 and "--resume needs a manifest path" in proc.stderr
    proc = _extract(corpus, "--resume", tmp_path / "m.sqlite", "--format", "json", "--stages", STAGES)
    assert proc.returncode == 2 and "jsonl" in proc.stderr
