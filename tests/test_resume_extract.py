"""`linimasa extract --resume`: a run killed with SIGKILL and restarted prints every article once."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from batch_helpers import write_corpus

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STAGES = "clean,metadata,language,segment,slow"

# Runs the real CLI with the test-only 'slow' stage registered, so it can be stopped mid-way.
LAUNCH = ("import sys; from linimasa.stages import REGISTRY; REGISTRY['slow'] = 'batch_helpers:Slow'; "
          "from linimasa.cli import main; sys.exit(main(sys.argv[1:]))")


def _extract(*args: str, **kw) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(HERE), str(ROOT)]), LINIMASA_TEST_SLOW="0.01")
    return subprocess.Popen([sys.executable, "-c", LAUNCH, "extract", *map(str, args)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _committed(manifest: Path) -> int:
    if not manifest.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{manifest}?mode=ro", uri=True) as db:
            return db.execute("SELECT count(*) FROM done").fetchone()[0]
    except sqlite3.Error:
        return 0


def _kill_when(proc: subprocess.Popen, out: Path, lines: int, manifest: Path | None = None) -> None:
    deadline = time.monotonic() + 60
    while _lines(out) < lines or (manifest is not None and not _committed(manifest)):
        assert proc.poll() is None, f"extract ended before it could be interrupted: {proc.stderr.read()}"
        assert time.monotonic() < deadline, "extract made no progress"
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)   # the parent; its orphaned workers notice and exit
    proc.wait()


def test_killed_extract_resumes_without_duplicates_or_gaps(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 600)
    expected = tmp_path / "expected.jsonl"
    proc = _extract(corpus, "--stages", STAGES, "--workers", "2", "-o", expected, "--quiet")
    assert proc.wait() == 0, proc.stderr.read()

    out = tmp_path / "out.jsonl"
    proc = _extract(corpus, "--stages", STAGES, "--workers", "2", "-o", out, "--resume", "--quiet")
    manifest = Path(f"{out}.manifest.sqlite")
    _kill_when(proc, out, 250, manifest)   # after a checkpoint, with more written since

    proc = _extract(corpus, "--stages", STAGES, "--workers", "2", "-o", out, "--resume")
    _, err = proc.communicate()
    assert proc.returncode == 0, err
    assert b"already done (resumed)" in err

    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == 600
    assert out.read_bytes() == expected.read_bytes()


def test_resume_to_stdout_appends_with_checkpoint(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 300)
    out = tmp_path / "out.jsonl"
    manifest = tmp_path / "run.manifest"
    with open(out, "ab") as f:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(HERE), str(ROOT)]))
        proc = subprocess.Popen([sys.executable, "-c", LAUNCH, "extract", str(corpus), "--stages", STAGES,
                                 "--workers", "2", "--resume", str(manifest), "--quiet"],
                                cwd=ROOT, env=env, stdout=f, stderr=subprocess.PIPE)
        _kill_when(proc, out, 100)
    with open(out, "ab") as f:   # as `>> out.jsonl` would
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(HERE), str(ROOT)]))
        done = subprocess.run([sys.executable, "-c", LAUNCH, "extract", str(corpus), "--stages", STAGES,
                               "--workers", "2", "--resume", str(manifest), "--quiet"],
                              cwd=ROOT, env=env, stdout=f, stderr=subprocess.PIPE)
    assert done.returncode == 0, done.stderr
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"art-{i:05d}" for i in range(300)]


def test_resume_refuses_an_overwritten_output(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 20)
    out = tmp_path / "out.jsonl"
    proc = _extract(corpus, "--stages", STAGES, "-o", out, "--resume")
    assert proc.wait() == 0
    out.write_bytes(b"")
    proc = _extract(corpus, "--stages", STAGES, "-o", out, "--resume")
    _, err = proc.communicate()
    assert proc.returncode == 2 and b"overwritten" in err
