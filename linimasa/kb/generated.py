"""Writing or checking a KB file that a committed script generates (countries.tsv from CLDR
and pycountry, cities.tsv from GeoNames): `--check` fails when the committed file is stale."""
from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(out: Path, text: str, script: str, what: str, check: bool) -> int:
    """Exit status: 1 when checking and `out` differs from `text`; else writes it (0)."""
    if check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{out} is stale: run python scripts/{script}", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({text.count(chr(10)) - 2} {what})")
    return 0
