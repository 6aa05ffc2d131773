"""Day intervals for TIMEX-style date values, so vague and precise dates can be compared."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..document import DateValue

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SEASON_OR_PART = re.compile(r"^(\d{4})-(?:WI|SP|SU|FA|H\d|Q\d)$")


def value_interval(value: str | None) -> tuple[str, str] | None:
    """The first and last day a TIMEX date value covers ('2022-02' -> Feb 1..28)."""
    if not value:
        return None
    v = str(value)
    if m := _DAY.match(v):
        return m.group(0), m.group(0)
    if m := _MONTH.match(v):
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            return None
        last = calendar.monthrange(y, mo)[1]
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last:02d}"
    if (m := _YEAR.match(v)) or (m := _SEASON_OR_PART.match(v)):
        return f"{m.group(1)}-01-01", f"{m.group(1)}-12-31"
    return None


def interval(d: DateValue | dict | None) -> tuple[str, str] | None:
    """Explicit bounds win; otherwise the interval of the value; None when nothing is known."""
    if d is None:
        return None
    if isinstance(d, dict):
        value, bounds = d.get("value"), d.get("bounds")
    else:
        value, bounds = d.value, d.bounds
    if bounds and bounds[0] and bounds[1]:
        return str(bounds[0])[:10], str(bounds[1])[:10]
    return value_interval(value)


def width(iv: tuple[str, str] | None) -> int:
    """Days covered minus one (0 = one exact day); very large when unknown."""
    if iv is None:
        return 10**6
    try:
        return (date.fromisoformat(iv[1]) - date.fromisoformat(iv[0])).days
    except ValueError:
        return 10**6


def overlaps(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    return bool(a and b and a[0] <= b[1] and b[0] <= a[1])


def contains(outer: tuple[str, str] | None, inner: tuple[str, str] | None) -> bool:
    return bool(outer and inner and outer[0] <= inner[0] and inner[1] <= outer[1])


def days_apart(a: tuple[str, str], b: tuple[str, str]) -> int:
    """Gap in days between two intervals (0 when they overlap)."""
    if overlaps(a, b):
        return 0
    first, second = (a, b) if a[1] < b[0] else (b, a)
    return (date.fromisoformat(second[0]) - date.fromisoformat(first[1])).days


def is_dated(d: DateValue | dict | None) -> bool:
    """An event is 'dated' when it has a value (not only bounds)."""
    if d is None:
        return False
    return bool(d.get("value") if isinstance(d, dict) else d.value)


def shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
