"""Shared fixtures. Tests that need ../shared skip with a clear reason when it is absent."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LINIMASA_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test saying what is missing."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"needs {p} (the shared data folder beside the project; CI always has it)")
    return p


@pytest.fixture
def shared():
    return shared_path()


@pytest.fixture(scope="session")
def pipe():
    """The pipeline up to the quotes stage, built once for all the quotes tests."""
    from quotes_helpers import quotes_pipeline
    return quotes_pipeline()


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return sorted(shared_path("seeds").glob("*.txt"))


def run_cli(*args: str, input: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run `linimasa ARGS` in a subprocess, as a user would."""
    proc = subprocess.run([sys.executable, "-m", "linimasa.cli", *map(str, args)],
                          capture_output=True, text=True, input=input, cwd=ROOT)
    if check and proc.returncode != 0:
        raise AssertionError(f"linimasa {' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stderr}")
    return proc


def extract_jsonl(*paths, extra: tuple[str, ...] = ()) -> list[dict]:
    out = run_cli("extract", *paths, "--format", "jsonl", *extra).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]
