"""`linimasa spark` (not built yet)."""
from __future__ import annotations

import sys


def add_parser(sub) -> None:
    p = sub.add_parser("spark", help="(not available yet)")
    p.set_defaults(func=run)


def run(args) -> int:
    print("linimasa: 'spark' is not available in this version yet", file=sys.stderr)
    return 2
