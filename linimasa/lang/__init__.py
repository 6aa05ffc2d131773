"""Language knowledge lives here as data files (lang/<code>/...), not in code."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent


def path(lang: str, name: str) -> Path:
    return ROOT / lang / name


@lru_cache(maxsize=None)
def load_yaml(lang: str, name: str) -> Any:
    with open(path(lang, name), encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=None)
def load_lines(lang: str, name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a plain word-list file."""
    with open(path(lang, name), encoding="utf-8") as f:
        return tuple(s for s in (line.strip() for line in f) if s and not s.startswith("#"))
