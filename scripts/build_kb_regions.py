#!/usr/bin/env python3
"""Generate linimasa/lang/id/kb/regions.tsv: the states and provinces of every country (ISO
3166-2 first-level subdivisions of those kinds, from pycountry), each a place in its country.

An act told as happening in a region is placed in its state: "ditangkap di Texas" is an
arrest by the United States, "serangan di Helmand" an attack in Afghanistan. Indonesia's own
provinces are left out: the news names them inside its bodies' names ("Kejaksaan Tinggi
Sulawesi Selatan", one organisation), and on idner dev they split such names (-0.2 F1).

The same guards as the cities file (scripts/build_kb_places.py) keep the names clean:
- a name the curated files or cities.tsv already hold is left out;
- so is a name that CLICK-ID news mostly writes in lower case ("Perak" is silver, "Mie" a
  noodle, "Para" the plural marker);
- so is a name of two countries' regions ("Punjab"), or one of fewer than four letters;
- cities_exclude.txt names the rest that are usually people ("Victoria").
Chinese provinces lose their level word ("Guangdong Sheng" -> Guangdong).

    python scripts/build_kb_regions.py          # rewrite the file
    python scripts/build_kb_regions.py --check  # exit 1 if the file is stale
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_kb_places import ascii_fold, common_word, excluded_names, kb_names  # noqa: E402
from linimasa.kb.generated import entity_table, generator_main  # noqa: E402
from linimasa.kb.model import slugify  # noqa: E402
from linimasa.ner.tagger import load_vocab  # noqa: E402

OUT = ROOT / "linimasa" / "lang" / "id" / "kb" / "regions.tsv"
MIN_LETTERS = 4
# the level words ISO 3166-2 writes after Chinese names, and bracketed region numbers
_LEVEL = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Uygur Zizhiqu|SAR)$|\s*\(.*?\)|\s*\[.*?\]")
HOME = "ID"
# states and provinces only: the municipalities, districts, parishes and communes some
# countries list at the first level are too small for international news, and their names
# too often a person's or a word's
KINDS = {"state", "province", "region", "governorate", "prefecture", "autonomous region",
         "autonomous province", "special region", "federal district", "federal territory",
         "federal territories", "territory", "union territory", "emirate", "capital district",
         "special administrative region", "autonomous republic", "republic", "oblast",
         "autonomous community", "land", "voivodship", "regional state", "capital territory"}


def regions() -> list[tuple[str, str]]:
    """(country alpha-2, region name) of every region considered."""
    out = []
    for s in pycountry.subdivisions:
        if s.parent_code is None and s.type.lower() in KINDS and s.country_code != HOME:
            out.append((s.country_code, _LEVEL.sub("", s.name).strip()))
    return out


def rows() -> list[list[str]]:
    buckets = load_vocab()
    excluded = excluded_names()
    known, taken_ids = kb_names((OUT.name,))
    found = regions()
    countries_of = Counter(ascii_fold(name).lower() for _, name in set(found))
    out: dict[str, list[str]] = {}
    for cc, name in sorted(set(found)):
        country = pycountry.countries.get(alpha_2=cc)
        if country is None or country.alpha_3 not in taken_ids:
            continue
        folded = ascii_fold(name)
        aliases = list(dict.fromkeys([name, folded]))
        if len(folded) < MIN_LETTERS or "," in name or countries_of[folded.lower()] > 1 or name in excluded \
                or folded in excluded or any(a.lower() in known for a in aliases) \
                or any(common_word(a, buckets) for a in aliases):
            continue
        pid = f"place:{slugify(folded)}"
        if pid in taken_ids or pid in out:
            continue
        out[pid] = [pid, folded, "location", "|".join(aliases), country.alpha_3, ""]
    return sorted(out.values())


def render() -> str:
    return entity_table("build_kb_regions.py", f"pycountry {pycountry.__version__} (ISO 3166-2)", rows())


def main() -> int:
    return generator_main(OUT, render, "build_kb_regions.py", "regions", __doc__)


if __name__ == "__main__":
    sys.exit(main())
