"""Date arithmetic on TIMEX3 values and day intervals, shared by the time and events stages.

Public API (import exactly these names; they are stable):

    parse_date_value(value: str | None) -> tuple[str, str] | None
        The (first_day, last_day) ISO dates a TIMEX3 DATE/TIME value covers:
        "2021-12-15" -> ("2021-12-15", "2021-12-15"); "2024-07" -> ("2024-07-01", "2024-07-31");
        "2025" -> whole year; "2014-W51" -> that ISO week (Mon..Sun); "2014-WI" -> the season
        (winter = Dec of the previous year .. Feb); "2014-Q2", "2014-H1"; "197" (decade 1970s);
        "19" (century); "2014-12-28T07:55" / "2014-12-28TNI" -> that day.
        None for values that are not dates (PRESENT_REF, P3D, XXXX-12, None).

    intersect(a, b) -> tuple[str, str] | None
        The overlap of two (first_day, last_day) intervals, None if disjoint. A None
        interval means "unknown" and yields the other one.

    resolve_relative(anchor: DateValue, duration: str, direction: int) -> DateValue
        The date of something that happens `duration` after (direction=+1) or before
        (direction=-1) the anchor date. `duration` is a TIMEX3 duration, optionally with a
        TIMEX3 mod word in front: "P8D", "P2M", "PT3H", "PXD" (a few days: vague),
        "LESS_THAN P2M" (also "less than P2M", "<P2M"), "MORE_THAN P1Y", "APPROX P2W".
        Exact durations on an exact anchor give an exact `value` at the anchor's precision
        ("2021-12-15" - "P8D" = "2021-12-07"); vague ones give `bounds` and a `value` at
        the finest calendar unit that contains them (or None). The anchor may itself be
        vague (value None, bounds set): the bounds are shifted. Returns DateValue() when
        the anchor has no usable date.

    Helpers also used by the tagger: shift_days, shift_months, value_of_interval, bounds_of.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ...document import DateValue

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_DUR = re.compile(r"^P(?:(?P<n>\d+(?:\.\d+)?|X)(?P<u>DE|CE|Y|M|W|D|Q))?"
                  r"(?:T(?P<tn>\d+(?:\.\d+)?|X)(?P<tu>H|M|S))?$")
_MOD_WORDS = {"less than": "LESS_THAN", "<": "LESS_THAN", "less_than": "LESS_THAN",
              "more than": "MORE_THAN", ">": "MORE_THAN", "more_than": "MORE_THAN",
              "approx": "APPROX", "about": "APPROX", "~": "APPROX",
              "equal_or_less": "EQUAL_OR_LESS", "equal_or_more": "EQUAL_OR_MORE"}
# A vague 'X' count ("beberapa hari") is read as this many units.
VAGUE_RANGE = (2, 9)


def _d(s: str) -> date:
    return date.fromisoformat(s)


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def parse_date_value(value: str | None) -> tuple[str, str] | None:
    """(first_day, last_day) of a TIMEX3 date value; None if it is not a calendar date."""
    if not value:
        return None
    v = str(value)
    try:
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", v)
        if m:
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d.isoformat(), d.isoformat()
        m = re.match(r"^(\d{4})-(\d{2})$", v)
        if m:
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1).isoformat(), _month_end(y, mo).isoformat()
        m = re.match(r"^(\d{4})-W(\d{2})(?:-WE)?$", v)
        if m:
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if v.endswith("-WE"):
                start += timedelta(days=5)
                return start.isoformat(), (start + timedelta(days=1)).isoformat()
            return start.isoformat(), (start + timedelta(days=6)).isoformat()
        m = re.match(r"^(\d{4})-(SP|SU|FA|WI)$", v)
        if m:
            y, (a, b) = int(m[1]), _SEASONS[m[2]]
            first = date(y - 1, 12, 1) if m[2] == "WI" else date(y, a, 1)
            return first.isoformat(), _month_end(y, b).isoformat()
        m = re.match(r"^(\d{4})-Q([1-4])$", v)
        if m:
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1).isoformat(), _month_end(y, 3 * q).isoformat()
        m = re.match(r"^(\d{4})-H([12])$", v)
        if m:
            y, h = int(m[1]), int(m[2])
            return date(y, 6 * h - 5, 1).isoformat(), _month_end(y, 6 * h).isoformat()
        m = re.match(r"^(\d{4})$", v)
        if m:
            return f"{m[1]}-01-01", f"{m[1]}-12-31"
        m = re.match(r"^(\d{3})$", v)
        if m:
            return f"{m[1]}0-01-01", f"{m[1]}9-12-31"
        m = re.match(r"^(\d{2})$", v)
        if m:
            return f"{m[1]}00-01-01", f"{m[1]}99-12-31"
    except ValueError:
        return None
    return None


def intersect(a: tuple[str, str] | None, b: tuple[str, str] | None) -> tuple[str, str] | None:
    """Overlap of two day intervals (None = unknown, so the other one wins)."""
    if a is None:
        return b
    if b is None:
        return a
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else None


def shift_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift_days(d: date, n: int) -> date:
    return d + timedelta(days=n)


def shift(d: date, n: float, unit: str) -> date:
    """d moved n units (Y, M, W, D, DE, CE, Q, or time units H/TM/S which round to days)."""
    if unit == "D":
        return d + timedelta(days=round(n))
    if unit == "W":
        return d + timedelta(days=round(7 * n))
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months:
        return shift_months(d, round(months * n))
    hours = {"H": 1, "TM": 1 / 60, "S": 1 / 3600}.get(unit, 0)
    return d + timedelta(days=int(n * hours // 24))


def value_of_interval(lo: str, hi: str) -> str | None:
    """The finest calendar value (day, month, year) that contains [lo, hi]."""
    a, b = _d(lo), _d(hi)
    if a == b:
        return lo
    if (a.year, a.month) == (b.year, b.month):
        return lo[:7]
    if a.year == b.year:
        return lo[:4]
    return None


def bounds_of(dv: DateValue | None) -> tuple[str, str] | None:
    if dv is None:
        return None
    return dv.bounds or parse_date_value(dv.value)


def _parse_duration(duration: str) -> tuple[str | None, str | float, str] | None:
    text = duration.strip()
    mod = None
    for word, code in sorted(_MOD_WORDS.items(), key=lambda kv: -len(kv[0])):
        if text.lower().startswith(word):
            mod, text = code, text[len(word):].strip()
            break
    m = re.match(r"^([A-Z_]+)\s+(P.*)$", text)
    if m:
        mod, text = m[1], m[2]
    m = _DUR.match(text)
    if not m or not (m["u"] or m["tu"]):
        return None
    if m["u"]:
        n, unit = m["n"], m["u"]
    else:
        n, unit = m["tn"], {"H": "H", "M": "TM", "S": "S"}[m["tu"]]
    return mod, ("X" if n == "X" else float(n)), unit


def resolve_relative(anchor: DateValue, duration: str, direction: int) -> DateValue:
    """Date of what happens `duration` after (+1) or before (-1) `anchor` (see module doc)."""
    span = bounds_of(anchor)
    parsed = _parse_duration(duration) if duration else None
    if span is None or parsed is None:
        return DateValue()
    mod, n, unit = parsed
    sign = 1 if direction >= 0 else -1
    if n == "X":
        low, high = VAGUE_RANGE
    elif mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        low, high = 0, n
    elif mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        low, high = n, n * 3
    elif mod == "APPROX":
        low, high = max(n - 1, 0), n + 1
    else:
        low = high = n
    a, b = _d(span[0]), _d(span[1])
    if sign > 0:
        lo, hi = shift(a, low, unit), shift(b, high, unit)
        if mod == "LESS_THAN" and low == 0:
            lo = lo + timedelta(days=1)
    else:
        lo, hi = shift(a, -high, unit), shift(b, -low, unit)
        if mod == "LESS_THAN" and low == 0:
            hi = hi - timedelta(days=1)
    lo_s, hi_s = lo.isoformat(), hi.isoformat()
    exact = low == high and n != "X"
    if exact and anchor.value and parse_date_value(anchor.value) == span:
        value = _same_precision(anchor.value, lo, unit)
        if value:
            return DateValue(value, parse_date_value(value), anchor.estimated)
    return DateValue(value_of_interval(lo_s, hi_s), (lo_s, hi_s), anchor.estimated)


def _same_precision(value: str, moved: date, unit: str) -> str | None:
    """Re-express a shifted anchor at the anchor's own precision, if the unit allows it."""
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return moved.isoformat()
    if re.match(r"^\d{4}-\d{2}$", value) and unit in ("M", "Q", "Y", "DE", "CE"):
        return moved.isoformat()[:7]
    if re.match(r"^\d{4}$", value) and unit in ("Y", "DE", "CE"):
        return moved.isoformat()[:4]
    return None
