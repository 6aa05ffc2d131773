"""What a relative expression is resolved against: the article date (exact or an interval)
and the running reference time (the last explicit day mentioned)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from ...document import DateValue
from .resolve import parse_date_value, value_of_interval


@dataclass
class Anchor:
    """The publication date as an interval of days; exact when lo == hi."""

    lo: date | None = None
    hi: date | None = None
    value: str | None = None          # the DCT value as given (may carry a time)

    @classmethod
    def of(cls, dv: DateValue | None) -> "Anchor":
        if dv is None:
            return cls()
        b = dv.bounds or parse_date_value(dv.value)
        if not b:
            return cls()
        try:
            return cls(date.fromisoformat(b[0]), date.fromisoformat(b[1]), dv.value)
        except ValueError:
            return cls()

    @property
    def known(self) -> bool:
        return self.lo is not None

    @property
    def exact(self) -> bool:
        return self.lo is not None and self.lo == self.hi


def apply(anchor: Anchor, fn: Callable[[date], str | None], fallback: str
          ) -> tuple[str, tuple[str, str] | None]:
    """Resolve `fn(dct)` over the anchor interval: an exact value when both ends agree,
    else `fallback` with the union of the day intervals as bounds."""
    if not anchor.known:
        return fallback, None
    a, b = fn(anchor.lo), fn(anchor.hi)
    if a is None or b is None:
        return fallback, None
    if a == b:
        return a, parse_date_value(a)
    pa, pb = parse_date_value(a), parse_date_value(b)
    if not pa or not pb:
        return fallback, None
    lo, hi = min(pa[0], pb[0]), max(pa[1], pb[1])
    return (value_of_interval(lo, hi) or fallback), (lo, hi)
