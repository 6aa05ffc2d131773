"""Publication-date lines of Indonesian news ("Kamis, 16 Desember 2021 | 15:48 WIB").

Month and weekday names come from babel's Indonesian locale, not a hand list, so
the grammar follows CLDR. Used by the cleaning stage (to remove the line) and by
the metadata stage (to read the date).
"""
from __future__ import annotations

from functools import lru_cache

import regex
from babel.dates import get_day_names, get_month_names

from ..lang import load_yaml

# Time-zone abbreviations used in Indonesia and their UTC offsets.
ZONES = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "GMT": "+00:00", "UTC": "+00:00"}

# Spellings CLDR does not list but Indonesian outlets use.
EXTRA_MONTHS = {"ags": 8, "agt": 8, "sept": 9, "nop": 11, "nopember": 11, "pebruari": 2, "peb": 2,
                "okt": 10, "des": 12, "mei": 5}


@lru_cache(maxsize=1)
def month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for num, name in get_month_names(width, locale="id").items():
            table[name.lower().rstrip(".")] = num
        for num, name in get_month_names(width, locale="en").items():
            table.setdefault(name.lower().rstrip("."), num)
    for name, num in EXTRA_MONTHS.items():
        table.setdefault(name, num)
    return table


@lru_cache(maxsize=1)
def weekday_alternation() -> str:
    names = set()
    for width in ("wide", "abbreviated"):
        for locale in ("id", "en"):
            names.update(n.lower().rstrip(".") for n in get_day_names(width, locale=locale).values())
    names.add("jum'at")
    return "|".join(sorted(map(regex.escape, names), key=len, reverse=True))


@lru_cache(maxsize=1)
def date_pattern() -> regex.Pattern:
    """One date with optional weekday and clock time, as named groups."""
    months = "|".join(sorted(map(regex.escape, month_table()), key=len, reverse=True))
    zones = "|".join(sorted(ZONES, key=len, reverse=True))
    return regex.compile(
        rf"""(?:(?P<wd>{weekday_alternation()})\.?\s*,?\s*)?
        (?:(?P<d>\d{{1,2}})\s+(?P<mon>{months})\.?\s+(?P<y>(?:19|20)\d\d)
          |(?P<d2>\d{{1,2}})[/.\-](?P<m2>\d{{1,2}})[/.\-](?P<y2>(?:19|20)\d\d)
          |(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))
        (?:\s*(?:[,|\-–•]|pukul|jam|\s)\s*(?:pukul\s*)?
           (?P<hh>[012]?\d)[:.](?P<mm>[0-5]\d)(?:[:.](?P<ss>[0-5]\d))?\s*(?P<tz>{zones})?)?""",
        regex.I | regex.X)


@lru_cache(maxsize=1)
def line_pattern() -> regex.Pattern:
    prefix = load_yaml("id", "boilerplate.yaml").get("pubdate_prefixes") or ""
    return regex.compile(rf"(?:{prefix})?(?:{date_pattern().pattern})\s*", regex.I | regex.X)


def is_date_line(line: str) -> bool:
    """The whole (stripped) line is a publication date, nothing else."""
    s = line.strip()
    return bool(s) and len(s) <= 80 and line_pattern().fullmatch(s) is not None


def parse_date(text: str) -> str | None:
    """ISO 8601 value of the first date in `text`, at the precision stated.

    '16 Desember 2021, 15:48 WIB' -> '2021-12-16T15:48:00+07:00'; without a time, '2021-12-16'.
    """
    m = date_pattern().search(text)
    if not m:
        return None
    if m.group("d"):
        day, month, year = int(m.group("d")), month_table().get(m.group("mon").lower().rstrip(".")), int(m.group("y"))
    elif m.group("d2"):
        day, month, year = int(m.group("d2")), int(m.group("m2")), int(m.group("y2"))
    else:
        day, month, year = int(m.group("d3")), int(m.group("m3")), int(m.group("y3"))
    if not month or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if m.group("hh") is not None and int(m.group("hh")) < 24:
        value += f"T{int(m.group('hh')):02d}:{m.group('mm')}:{m.group('ss') or '00'}"
        if m.group("tz"):
            value += ZONES[m.group("tz").upper()]
    return value
