"""Publication-date estimation for articles that state no date.

Evidence, strongest first:
  * a date in a removed dateline ("16 Desember 2021, 15:48 WIB" that the cleaner cut out)
    -> that day;
  * explicit dates in the text: the article is written on or after the latest one that
    is not in a future/plan context (lower bound);
  * anniversaries from lang/id/time/anchors.yaml ("80 tahun berakhirnya Perang Dunia II")
    and "tahun ini" next to a year: the article's year;
  * "bulan Mei tahun ini" in a past context: on or after 1 May of that year.
The upper bound is the end of the year of the lower bound (news rarely cites only
dates from a previous year), lowered by
  * a planned date (future context) on or after the lower bound: written before it ends;
  * a day written the news way, weekday first ("Rabu (11/11/20)"): the weekday is only
    given for days of the current week, so the article is at most a week later;
  * "tahun depan" (next year) next to an explicit year Y said in a future context: the
    article is from the year before Y ("anggaran 2015 ... tahun depan": written in 2014). The result is DateValue(value at the precision the
bounds allow, bounds, estimated=True), or None when there is no evidence.
"""
from __future__ import annotations

from datetime import date, timedelta

from ...document import DateValue, Timex
from .resolve import value_of_interval
from .tagger import Hit


def estimate(times: list[Timex], hits: list[Hit], dateline_days: list[str]) -> DateValue | None:
    if dateline_days:
        day = max(dateline_days)
        return DateValue(day, (day, day), True)
    lo: str | None = None
    planned: list[str] = []           # last days of dates in a future context
    weekday_days: list[str] = []      # "Rabu (11/11/20)", "Senin 7 Februari 2022"
    years: list[int] = []
    month_this_year: list[int] = []
    planned_years: list[int] = []
    next_year = False
    for t, h in zip(times, hits):
        v = t.value or ""
        next_year = next_year or _says_next_year(h)
        if h.family == "monbare":
            if _key(h.g.get("brel", "")) in ("tahun ini", "ini") and not h.future and v[-2:].isdigit():
                month_this_year.append(int(v[-2:]))
            continue
        if t.type not in ("DATE", "TIME") or not v[:4].isdigit():
            continue
        if "anniversary" in t.flags:
            years.append(int(v[:4]))
            continue
        if h.family not in ("dnum", "dmy", "monyr", "year"):
            continue
        if h.future:
            if t.bounds and h.family != "year":
                planned.append(t.bounds[1])
            elif h.family == "year" and len(v) == 4:
                planned_years.append(int(v))
            continue
        if h.family in ("dnum", "dmy") and "wd" in h.g and h.g.get("_part") != "second" and len(v) >= 10:
            weekday_days.append(v[:10])
        if len(v) < 4 or (h.family == "year" and "dec" in h.g):
            continue
        first = t.bounds[0] if t.bounds else None
        if first and (lo is None or first > lo):
            lo = first
    if years:
        y = max(years)
        if lo is None or lo[:4] < f"{y:04d}":
            lo = f"{y:04d}-01-01"
    article_year = None
    later = [y for y in planned_years if lo is None or y > int(lo[:4])]
    if next_year and later:
        # the planned year is 'next year': the article is from the year before it
        article_year = min(later) - 1
        if lo is None or lo < f"{article_year:04d}-01-01":
            lo = f"{article_year:04d}-01-01"
    if lo is None:
        return None
    year = article_year or int(lo[:4])
    for m in month_this_year:
        cand = date(year, m, 1).isoformat()
        if cand > lo:
            lo = cand
    hi = f"{year:04d}-12-31"
    caps = list(planned)
    if weekday_days:
        caps.append((date.fromisoformat(max(weekday_days)) + timedelta(days=7)).isoformat())
    for cap in caps:
        if lo <= cap < hi:
            hi = cap
    return DateValue(value_of_interval(lo, hi), (lo, hi), True)


def _says_next_year(h: Hit) -> bool:
    """'tahun depan', 'kuartal pertama tahun depan', 'Mei tahun depan'."""
    g = h.g
    if h.family == "unit" and "ubare" in g:
        return _key(g["ubare"]) == "tahun" and _key(g.get("urel", "")) in ("depan", "mendatang", "yang akan datang")
    if h.family == "quarter":
        return _key(g.get("qyr", "")) == "depan"
    if h.family == "monbare":
        return _key(g.get("brel", "")) in ("tahun depan", "tahun mendatang")
    return False


def _key(s: str) -> str:
    return " ".join(s.lower().split())

