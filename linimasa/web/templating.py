"""The Jinja2 environment shared by the web app and the standalone HTML report.

Autoescape is always on: article text is untrusted and must render as text.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(enabled_extensions=("html",), default=True),
                      trim_blocks=True, lstrip_blocks=True)
    return env
