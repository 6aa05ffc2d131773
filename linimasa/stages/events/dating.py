"""Event dates: the clause's own temporal expression, else the governing context, else the
publication date's bounds; relative anchors ("delapan hari setelah X") resolved against
the other event's date."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ...document import DateValue, Document, Timex
from .cues import cues

try:  # the time stage's resolver, when it has landed
    from ..time.resolve import parse_date_value as _parse_date_value  # type: ignore
    from ..time.resolve import resolve_relative as _resolve_relative  # type: ignore
except Exception:  # noqa: BLE001
    _parse_date_value = None
    _resolve_relative = None

_REF = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
# word lists and pattern text: lang/id/events/cues.yaml (clause_patterns)
_P = cues().patterns
_REPORTING = _P["dating_reporting"]     # "dikutip dari reuters.com, Kamis, ..."
# a temporal subordinate clause ("setelah Maas bertemu Wong pada Senin") tells another event
_TEMPORAL_SUB = _P["temporal_sub"]
_SUB_END = _P["sub_end"]
# "kesepakatan nuklir 2015", "Perang Korea 1950-1953": a bare year right after a noun names the thing
_NAMING_YEAR = _P["naming_year"]
_RELATIVE_TIME = _P["relative_time"]
_RELATIVE_VEHICLE = _P["relative_time_vehicle"]
_YEAR = re.compile(r"(?:tahun\s+)?\d{4}", re.I)
# how far before publication an undated event may lie (news reports recent events)
INHERIT_DAYS = 30
# how far before publication a named day still tells the article's own news
NEWS_DAY_REACH = 3


def _d(s: str) -> dt.date:
    return dt.date.fromisoformat(s[:10])


def bounds_of(value: str | None) -> tuple[str, str] | None:
    """First and last day of a TIMEX date value."""
    if not value:
        return None
    if _parse_date_value is not None:
        try:
            r = _parse_date_value(value)
            if r and r[0]:
                return (str(r[0]), str(r[1]))
        except Exception:  # noqa: BLE001
            pass
    v = value[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return v, v
    if re.fullmatch(r"\d{4}-\d{2}", v):
        y, m = int(v[:4]), int(v[5:7])
        return f"{v}-01", f"{v}-{calendar.monthrange(y, m)[1]:02d}"
    if re.fullmatch(r"\d{4}", v):
        return f"{v}-01-01", f"{v}-12-31"
    return None


def value_from_bounds(lo: str, hi: str) -> str | None:
    """The TIMEX value the interval supports at day, month or year precision."""
    if lo == hi:
        return lo
    if lo[:7] == hi[:7] and lo.endswith("-01") and _d(hi).day == calendar.monthrange(_d(hi).year, _d(hi).month)[1]:
        return lo[:7]
    if lo[:4] == hi[:4]:
        return lo[:4]
    return None


def timex_date(t: Timex) -> DateValue | None:
    if t.type not in ("DATE", "TIME") or not t.value or t.value in _REF:
        return None
    b = tuple(t.bounds) if t.bounds else bounds_of(t.value)
    if not b:
        return None
    value = t.value[:10] if re.match(r"\d{4}-\d{2}-\d{2}", t.value) else t.value
    if not re.match(r"^\d{4}", value):
        value = value_from_bounds(*b)
    return DateValue(value, b)


def local_date(doc: Document, times: list[Timex], sent_start: int, sent_end: int,
               cstart: int, cend: int, tpos: int) -> tuple[DateValue | None, Timex | None]:
    """The temporal expression of the trigger's own sentence, nearest first, own clause preferred."""
    best, best_key = None, None
    subs = sub_clauses(doc, times, sent_start, sent_end)
    own = next((i for i, (a, b) in enumerate(subs) if a <= tpos < b), None)
    for t in times:
        if t.start < sent_start or t.end > sent_end:
            continue
        where = next((i for i, (a, b) in enumerate(subs) if a <= t.start < b), None)
        dv = timex_date(t)
        if dv is None or _REPORTING.search(doc.text[max(sent_start, t.start - 60):t.start]):
            continue
        if _YEAR.fullmatch(t.text.strip()) and _NAMING_YEAR.search(doc.text[max(sent_start, t.start - 30):t.start]):
            continue        # "perang 1967", "garis batas tahun 1967": a year naming a thing
        if t.start > tpos and _relative_between(doc.text, tpos, t.start):
            continue
        inside = cstart <= t.start < cend
        # "Iran marah pada Senin setelah AS menyerang (pada Sabtu)": the attack's own day first
        key = (0 if inside and where == own else 1 if where == own else 2, abs(t.start - tpos))
        if best_key is None or key < best_key:
            best, best_key = (dv, t), key
    return best if best else (None, None)


def _relative_between(text: str, tpos: int, at: int) -> bool:
    """A relative clause with its own act opens between the trigger (and the few words right
    after it) and a time expression at `at`."""
    rel = None
    for rel in _RELATIVE_TIME.finditer(text, tpos, at):
        pass
    return rel is not None and len(text[tpos:rel.start()].split()) >= 3 \
        and not _RELATIVE_VEHICLE.search(text, max(tpos, rel.start() - 30), rel.start())


def sub_clauses(doc: Document, times: list[Timex], a: int, b: int) -> list[tuple[int, int]]:
    """Spans of the temporal subordinate clauses in [a,b): 'setelah' + a clause up to the next comma.
    'sejak 31 Juli' (the subordinator right before a time expression) is a phrase of the main clause."""
    out = []
    for m in _TEMPORAL_SUB.finditer(doc.text, a, b):
        if any(t.start == m.end() for t in times):
            continue
        end = _SUB_END.search(doc.text, m.end(), b)
        out.append((m.start(), end.start() if end else b))
    return out


def told_elsewhere(doc: Document, times: list[Timex], units: list, word: str, before: int,
                   attached: bool) -> DateValue | None:
    """The date of the same happening where the article tells it with its time: 'setelah tiba
    di Jerman' -> 'Wong tiba di Berlin pada Senin, 9 September 2019' (an earlier sentence with the
    word and a date), or 'serangan itu' -> 'serangan pada hari Sabtu lalu' (attached=True: the
    time expression right after the noun, anywhere in the article)."""
    rx = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.I)
    for s in units:
        if not attached and s.start >= before:
            break
        for m in rx.finditer(doc.text, s.start, s.end):
            if attached and m.start() == before:
                continue
            cands = []
            for t in times:
                if t.start < s.start or t.end > s.end or timex_date(t) is None:
                    continue
                if attached:
                    gap = doc.text[m.end():t.start]
                    if t.start < m.end() or len(gap) > 30 or re.search(r"[,.;\"“”]", gap):
                        continue
                elif _REPORTING.search(doc.text[max(s.start, t.start - 60):t.start]):
                    continue
                cands.append((abs(t.start - m.start()), t))
            if cands:
                return timex_date(min(cands, key=lambda x: x[0])[1])
    return None


def news_day(doc: Document, times: list[Timex]) -> str | None:
    """The day the article's news happened: the first day it names ("pada Rabu", "Selasa (10/9)")
    within NEWS_DAY_REACH days up to publication. A report published on Thursday about Wednesday's
    statements leaves most of its sentences undated; they share that day, not the publication's."""
    p = doc.published
    if not (p and p.bounds and p.bounds[0] == p.bounds[1]):
        return None
    hi = _d(p.bounds[1])
    lo = hi - dt.timedelta(days=NEWS_DAY_REACH)
    for t in sorted(times, key=lambda t: t.start):
        dv = timex_date(t)
        if dv is None or not dv.value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dv.value):
            continue
        if lo <= _d(dv.value) <= hi:
            return dv.value
    return None


def published_bounds(doc: Document, times: list[Timex] | None = None) -> DateValue | None:
    """An undated event: somewhere in the weeks before publication."""
    p = doc.published
    b = tuple(p.bounds) if p and p.bounds else bounds_of(p.value if p else None)
    if not b:
        return None
    lo = (_d(b[0]) - dt.timedelta(days=INHERIT_DAYS)).isoformat()
    # the most likely day is the one the article names for its news, else the report's own;
    # the bounds say how unsure
    day = news_day(doc, times or [])
    value = day or (p.value[:10] if p and p.value and len(p.value) >= 10 and b[0] == b[1] else value_from_bounds(lo, b[1]))
    return DateValue(value, (lo, b[1]), True)


# ---------------------------------------------------------------------- relative anchors

_DUR = re.compile(r"^P(?:(\d+|X)([DWMY]))$")


def _shift(d: dt.date, n: int, unit: str) -> dt.date:
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit == "W":
        return d + dt.timedelta(weeks=n)
    months = n * (12 if unit == "Y" else 1)
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def resolve_relative(anchor: DateValue, duration: str, direction: int) -> DateValue | None:
    """`duration` after (+1) or before (-1) the anchor; the time stage's resolver when present."""
    if _resolve_relative is not None:
        try:
            r = _resolve_relative(anchor, duration, direction)
            if r is not None and (r.value or r.bounds):
                return r
        except Exception:  # noqa: BLE001
            pass
    if not anchor or not anchor.bounds:
        return None
    m = _DUR.match(duration or "")
    if not m:
        return None
    n, unit = m.groups()
    lo, hi = _d(anchor.bounds[0]), _d(anchor.bounds[1])
    if n == "X":   # "beberapa hari": two to nine of them
        a, b = _shift(lo, 2 * direction, unit), _shift(hi, 9 * direction, unit)
    else:
        a, b = _shift(lo, int(n) * direction, unit), _shift(hi, int(n) * direction, unit)
    a, b = min(a, b), max(a, b)
    return DateValue(value_from_bounds(a.isoformat(), b.isoformat()), (a.isoformat(), b.isoformat()))


def within_before(anchor: DateValue, duration: str) -> DateValue | None:
    """'yang kedua dalam waktu kurang dari dua bulan': an interval ending the day before."""
    if not anchor or not anchor.bounds:
        return None
    m = _DUR.match(duration or "")
    if not m or m.group(1) == "X":
        return None
    end = _d(anchor.bounds[0]) - dt.timedelta(days=1)
    start = _shift(_d(anchor.bounds[0]), -int(m.group(1)), m.group(2))
    return DateValue(value_from_bounds(start.isoformat(), end.isoformat()), (start.isoformat(), end.isoformat()))
