"""`linimasa ingest`: a run killed with SIGKILL and restarted stores every article exactly once."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_helpers import write_corpus

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STAGES = "clean,metadata,language,segment,slow"
LAUNCH = ("import sys; from linimasa.stages import REGISTRY; REGISTRY['slow'] = 'batch_helpers:Slow'; "
          "from linimasa.cli import main; sys.exit(main(sys.argv[1:]))")
N = 300


def _ingest(corpus: Path, db: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(HERE), str(ROOT)]), LINIMASA_TEST_SLOW="0.03")
    return subprocess.Popen([sys.executable, "-c", LAUNCH, "ingest", str(corpus), "--db", str(db),
                             "--stages", STAGES, "--workers", "2"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _stored(db: Path) -> list[str]:
    if not db.exists():
        return []
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return [r[0] for r in con.execute("SELECT id FROM articles")]
    except sqlite3.Error:
        return []


def _manifest_done(db: Path) -> int:
    path = db.parent / (db.name + ".ingest-manifest.sqlite")
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as con:
            return con.execute("SELECT count(*) FROM done").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_killed_ingest_resumes_with_every_article_once(tmp_path):
    from linimasa.cli import build_parser
    try:
        build_parser().parse_args(["ingest", "x", "--db", "y", "--workers", "2"])
    except SystemExit:
        pytest.skip("`linimasa ingest --db --workers` is not available in this version")
    corpus = write_corpus(tmp_path / "corpus.jsonl", N)
    db = tmp_path / "store.db"

    proc = _ingest(corpus, db)
    deadline = time.monotonic() + 90
    # Kill once a third is stored and the manifest has checkpointed some of it (every 2 s).
    while len(_stored(db)) < N // 3 or _manifest_done(db) == 0:
        if proc.poll() is not None:
            pytest.fail(f"ingest ended before it could be interrupted ({proc.returncode}): "
                        f"{proc.stderr.read().decode()[-2000:]}")
        assert time.monotonic() < deadline, "ingest stored nothing within 90 s"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    before = _stored(db)
    checkpointed = _manifest_done(db)
    assert N // 3 <= len(before) < N

    proc = _ingest(corpus, db)
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err.decode()[-2000:]
    ids = _stored(db)
    assert len(ids) == len(set(ids)) == N
    assert sorted(ids) == [f"art-{i:05d}" for i in range(N)]
    # The restart skips what the manifest shows as finished instead of annotating it again:
    # only articles stored after the manifest's last checkpoint come back as 'unchanged'.
    import re
    m = re.search(r"(\d+) added, (\d+) updated, (\d+) unchanged", err.decode())
    assert m, err.decode()[-2000:]
    added, updated, unchanged = map(int, m.groups())
    assert added == N - len(before) and updated == 0
    assert unchanged <= len(before) - checkpointed
    assert not list(tmp_path.glob("store.db.ingest-manifest*")), "a finished run leaves no manifest"
