"""PLOVER quad categories (cooperative vs conflictual), read from plover_quads.yaml."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

_FILE = Path(__file__).resolve().parent / "plover_quads.yaml"


@lru_cache(maxsize=1)
def _data() -> dict:
    with open(_FILE, encoding="utf-8") as f:
        return yaml.safe_load(f)


def quad_of(event_type: str) -> str | None:
    for quad, types in _data()["quads"].items():
        if event_type in types:
            return quad
    return None


def is_cooperative(event_type: str) -> bool | None:
    quad = quad_of(event_type)
    return None if quad is None else quad.endswith("cooperation")


def quad_label(quad: str) -> str:
    return _data()["labels"].get(quad, quad)


def event_types() -> list[str]:
    return [t for types in _data()["quads"].values() for t in types]
