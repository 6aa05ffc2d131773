"""Find temporal expressions with the lexicon's one pattern and normalise them to TIMEX3.

`Tagger.scan(text, base)` returns raw `Hit`s (which family matched, where, the groups);
`Tagger.normalise(hits, anchor)` turns them into `Timex` records resolved against the
publication date (`context.Anchor`, exact or an interval) and the running reference
time (the last explicit day mentioned, for "hari itu", "sehari kemudian", bare clock times).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import re

import regex

from ...document import Timex
from .context import Anchor, apply
from babel.dates import get_month_names

from .lexicon import FAMILIES, Lexicon, _key
from .relative import RelativeNormaliser
from .resolve import parse_date_value

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18,
          "XIX": 19, "XX": 20, "XXI": 21, "XXII": 22}
# searched backwards from the hit (regex REVERSE), so only the preceding word is read
_PREV_WORD = regex.compile(r"(?r)([\w.'/-]+|\()\s*$")
_DECIMAL = re.compile(r"\d+[.,]\d+")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
def _prev_word(text: str, end: int) -> str:
    """The word (or '(') right before `end`."""
    m = _PREV_WORD.search(text, 0, end)
    return m.group(1) if m else ""


_CLAUSE_MARKS = ",;:.!?\"“”"
_CLAUSE_MAX = 80


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding `end` begins: after the last punctuation mark before it,
    at most _CLAUSE_MAX characters back ("akan digelar pada Kamis": a plan)."""
    lo = max(0, end - _CLAUSE_MAX)
    return max([lo] + [text.rfind(c, lo, end) + 1 for c in _CLAUSE_MARKS])


_NEXT_WORD = regex.compile(r"\s*([\w%$]+)")
_PART = {"START": (0, 1), "MID": (1, 2), "END": (2, 3)}


@dataclass
class Hit:
    start: int                     # offsets into the original text
    end: int
    family: str
    g: dict
    future: bool = False           # the sentence speaks of the future / a plan
    sentence: int = 0
    prefer: str | None = None      # which part of a range this is ('first' / 'second')
    flags: list[str] = field(default_factory=list)


def _same_day_near(anchor: Anchor, d: int, m: int, wd: int) -> date | None:
    for y in {anchor.lo.year, anchor.hi.year}:
        try:
            cand = date(y, m, d)
        except ValueError:
            continue
        if cand.isoweekday() == wd and anchor.lo - timedelta(days=7) <= cand <= anchor.hi + timedelta(days=7):
            return cand
    return None


def unit_value(d: date, unit: str) -> str:
    if unit == "D":
        return d.isoformat()
    if unit == "W":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if unit == "M":
        return d.isoformat()[:7]
    if unit == "Q":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if unit == "DE":
        return str(d.year)[:3]
    if unit == "CE":
        return str(d.year)[:2]
    return str(d.year)


def narrow(bounds: tuple[str, str] | None, mod: str | None) -> tuple[str, str] | None:
    """START/MID/END keep the first/middle/last third of an interval."""
    if not bounds or mod not in _PART:
        return bounds
    a, b = date.fromisoformat(bounds[0]), date.fromisoformat(bounds[1])
    n = (b - a).days + 1
    i, j = _PART[mod]
    return (a + timedelta(days=n * i // 3)).isoformat(), (a + timedelta(days=max(n * j // 3 - 1, n * i // 3))).isoformat()


class Tagger(RelativeNormaliser):
    def __init__(self, lx: Lexicon):
        self.lx = lx
        self.ref: date | None = None
        wide = {_key(n) for n in get_month_names("wide", locale="id").values()}
        self.wide_months = wide | {k for k in lx.months if len(k) >= 6}

    # ------------------------------------------------------------------ scanning

    def scan(self, text: str, base: int = 0, sentence: int = 0) -> list[Hit]:
        """Hits in one sentence, left to right. Only positions where a family's first token
        stands are tried, and there only the families that can start with that token, in
        FAMILIES order (the first one that matches and is accepted wins)."""
        lx = self.lx
        future: bool | None = None
        out: list[Hit] = []
        pos = 0
        pats, table = lx.family_patterns, lx.token_families
        low = text.lower()
        if len(low) == len(text):
            trig, fut = lx.trigger_re, lx.future_re
        else:
            low, trig, fut = text, lx.trigger_re_i, lx.future_re_i
        for cm in trig.finditer(low):
            p = cm.start()
            if p < pos:
                continue
            kind = cm.lastgroup
            tok = "#" if kind == "d" else "(" if kind == "p" else cm.group("w").lower()
            hits = m = None
            for i in table.get(tok, ()):
                m = pats[i].match(text, p)
                if m is not None:
                    hits = self._accept(FAMILIES[i], m, text)
                    if hits is not None:
                        break
            if hits is None:
                continue
            if future is None:
                future = bool(fut.search(low))
            for h in hits:
                h.future = future and self._future_here(h, low, m.start(), fut)
                h.start += base
                h.end += base
                h.sentence = sentence
            out.extend(hits)
            pos = max(m.end(), p + 1)
        return out

    def _future_here(self, h: Hit, text: str, start: int, fut) -> bool:
        """Months look for a plan anywhere in the sentence; weekdays only just before them;
        'sejak' (since) always points back."""
        prev = h.g.get("_prev", "").lower()
        if prev in ("sejak", "semenjak"):
            return False
        if h.family in ("wday", "dnum", "dmy"):
            return bool(fut.search(text, _clause_start(text, start), start))
        return True

    def _accept(self, fam: str, m, text: str) -> list[Hit] | None:
        if fam == "time" and m.group("tkw") is None and m.group("tz") is None:
            return None                 # a bare number (most 'time' matches): the test below, made first
        g = {k: v for k, v in m.groupdict().items() if v is not None}
        prev = _prev_word(text, m.start())
        nxt = _NEXT_WORD.match(text, m.end())
        nxt = nxt.group(1).lower() if nxt else ""
        g["_prev"], g["_next"] = prev, nxt
        g["_initial"] = text[:m.start()].strip(" \t\n\"'“‘(") == prev
        g["_after"] = text[m.end():m.end() + 40]
        g["_before"] = text[max(0, m.start() - 30):m.start()]
        s, e = m.start(), m.end()
        one = [Hit(s, e, fam, g)]
        if fam == "dmy" and "wkend" in g and "d2" in g:
            return None
        if fam == "dnum":
            ok = "wd" in g or "par2" in g or ("par" in g) or (len(g.get("ny", "")) == 4 and g["sep"] == "/")
            if g["sep"] == "-" and "wd" not in g:
                ok = False
            return one if ok else None
        if fam == "dmy":
            if "d2" in g:
                return [Hit(s, m.end("d1"), fam, dict(g, _part="first")),
                        Hit(m.start("d2"), e, fam, dict(g, _part="second"))]
            return one
        if fam == "monyr" and "mon2" in g:
            return [Hit(s, m.end("mon1"), fam, dict(g, _part="first")),
                    Hit(m.start("mon2"), e, fam, dict(g, _part="second"))]
        if fam == "monbare":
            if _key(g["bmon"]) not in self.wide_months or len(g["bmon"]) < 3:
                return None
            if not ("bkw" in g or "bmod" in g or "brel" in g or prev.lower() in self.lx.licensing):
                after = g["_after"].lstrip()
                if after[:1].isupper() or after[:1].isdigit() or (prev[:1].isupper() and not g["_initial"]):
                    return None
            return one
        if fam == "wday":
            if prev[:1].isupper() and not g["_initial"] and prev.lower() not in self.lx.licensing \
                    and "wrel" not in g and "wpod" not in g:
                return None
            return one
        if fam == "year":
            if "ykw" not in g and "ymod" not in g and not self._year_licensed(g, prev, nxt):
                return None
            if "yr2" in g:
                return [Hit(s, m.end("yr1"), fam, dict(g, _part="first")),
                        Hit(m.start("yr2"), e, fam, dict(g, _part="second"))]
            return one
        if fam == "time":
            if "tm" not in g and ("tkw" not in g or g["tkw"].lower() == "jam" and "tpod" not in g):
                return None
            if "th2" in g:
                return [Hit(s, m.end("ts") if "ts" in g else m.end("tm"), fam, dict(g, _part="first")),
                        Hit(m.start("th2"), e, fam, dict(g, _part="second"))]
            return one
        if fam == "set":
            if "sper" in g and prev.lower() not in self.lx.per_set_heads:
                return None             # a rate after a quantity ("30 juta barel per hari")
            if "sadj" in g and g["_after"].lstrip()[:1].isupper():
                return None             # "harian Kompas": a newspaper
            return one
        if fam == "unit":
            if "ubare" in g and "urel" not in g and "umod" not in g:
                return None
            if "ubare" in g and self.lx.units[_key(g["ubare"])] not in ("D", "W", "M", "Y", "Q", "DE", "CE"):
                return None
            if "ubare" in g and "urel" in g and self.lx.after_unit[_key(g["urel"])].get("span"):
                return None
            if "unum" in g and _key(g["unum"]) not in self.lx.vague and self._num(g["unum"]) is None:
                return None
            return one
        return one

    def _year_licensed(self, g: dict, prev: str, nxt: str) -> bool:
        if nxt in self.lx.count_nouns or g["_after"][:1] in ("%", ".", ",") and g["_after"][1:2].isdigit():
            return False
        if g["yr1"].startswith("'") or len(g["yr1"]) == 2:
            return "dec" in g
        if prev == "" or prev == "(":
            return True
        p = prev.lower()
        if p in self.lx.licensing or prev in self.lx.year_heads:
            return True
        if p in ("rp", "rp.", "us$", "$", "no", "no.", "nomor"):
            return False
        # a capital on the sentence's first word is not a name ("Untuk 2015, ...")
        return prev[:1].islower() or prev[-1:] in ",;:" or g["_initial"]

    def _num(self, text: str) -> float | None:
        t = text.strip()
        if _DECIMAL.fullmatch(t):
            return float(t.replace(",", "."))
        return self.lx.number(t)

    # ------------------------------------------------------------------ normalising

    def normalise(self, hits: list[Hit], anchor: Anchor) -> list[Timex]:
        out: list[Timex] = []
        self.ref: date | None = None          # running reference day
        self.ref_any: date | None = None      # first day of the last explicit date of any precision
        self.ref_explicit: date | None = None  # last explicit day (not deictic), for clock times
        self.sent_deictic: dict[int, date] = {}  # a deictic day ("kemarin") in the sentence
        sent_days: dict[int, date] = {}
        self.doc_days: list[date] = []          # explicit days, for a bare weekday naming one of them
        for h in hits:                          # explicit days first, for clock times in the sentence
            if h.family in ("dnum", "dmy"):
                t = self._one(h, anchor)
                if t and t.value and len(t.value) >= 10 and t.value[:4].isdigit():
                    day = date.fromisoformat(t.value[:10])
                    sent_days.setdefault(h.sentence, day)
                    self.doc_days.append(day)
            elif h.family == "deictic":
                t = self._one(h, anchor)
                if t and t.value and _DAY_VALUE.match(t.value):
                    self.sent_deictic.setdefault(h.sentence, date.fromisoformat(t.value[:10]))
        for h in hits:
            t = self._one(h, anchor, sent_days.get(h.sentence))
            if t is None:
                continue
            out.append(t)
            if t.type in ("DATE", "TIME") and t.value and _DAY_VALUE.match(t.value) \
                    and h.family in ("dnum", "dmy", "wday", "deictic"):
                self.ref = date.fromisoformat(t.value[:10])
                if h.family != "deictic":
                    self.ref_explicit = self.ref
            if t.type == "DATE" and t.bounds and h.family in ("dnum", "dmy", "monyr", "year", "monbare"):
                self.ref_any = date.fromisoformat(t.bounds[0])
        return out

    def _mk(self, h: Hit, type_: str, value: str | None, bounds=None, mod=None, flags=None,
            anchor: str | None = "published") -> Timex:
        return Timex(h.start, h.end, 0, "", type_, value, tuple(bounds) if bounds else None,
                     anchor, mod, list(flags or []))

    def _one(self, h: Hit, anchor: Anchor, sent_day: date | None = None) -> Timex | None:
        fn = getattr(self, "_n_" + h.family)
        try:
            return fn(h, h.g, anchor, sent_day)
        except (ValueError, OverflowError):     # date arithmetic out of range: not a usable timex
            return None

    # -- explicit calendar dates

    def _two_digit(self, yy: int, anchor: Anchor) -> int:
        top = (anchor.hi.year if anchor.known else 2030) + 5
        return 2000 + yy if 2000 + yy <= top else 1900 + yy

    def _day(self, h: Hit, g: dict, anchor: Anchor, d: int, m: int, y: int | None) -> Timex | None:
        wd = self.lx.weekdays.get(_key(g["wd"])) if "wd" in g and h.g.get("_part") != "second" else None
        if y is not None:
            try:
                day = date(y, m, d)
            except ValueError:
                return None
            flags = ["weekday_conflict"] if wd and day.isoweekday() != wd else []
            if flags and anchor.known:
                # a slipped year ("Kamis (11/12/2013)" in an article of 11/12/2014): the same
                # day in the publication year, if it has the weekday and is within a week
                fixed = _same_day_near(anchor, d, m, wd)
                if fixed is not None:
                    day, flags = fixed, ["year_corrected"]
            return self._with_pod(h, g, self._mk(h, "DATE", day.isoformat(), (day.isoformat(),) * 2, flags=flags))
        try:
            date(2000, m, d)                    # leap year: 29/2 is a possible day
        except ValueError:
            return None

        def pick(dct: date) -> str | None:
            cands = []
            for yy in (dct.year - 1, dct.year, dct.year + 1):
                try:
                    cands.append(date(yy, m, d))
                except ValueError:
                    pass
            if wd:
                match = [c for c in cands if c.isoweekday() == wd]
                cands = match or cands
            if h.future:
                ok = [c for c in cands if c >= dct - timedelta(days=7)]
                best = min(ok) if ok else None
            else:
                ok = [c for c in cands if c <= dct + timedelta(days=7)]
                best = max(ok) if ok else None
            return best.isoformat() if best else None

        value, bounds = apply(anchor, pick, f"XXXX-{m:02d}-{d:02d}")
        flags = []
        if wd and value and value[:4].isdigit() and date.fromisoformat(value).isoweekday() != wd:
            flags.append("weekday_conflict")
        return self._with_pod(h, g, self._mk(h, "DATE", value, bounds, flags=flags))

    def _with_pod(self, h: Hit, g: dict, t: Timex) -> Timex:
        """'Rabu (3/12/2014) malam': the day's part of the day makes it a TIME 2014-12-03TNI."""
        if "dpod" not in g or g.get("_part") == "first" or not _DAY_VALUE.fullmatch(t.value or ""):
            return t
        t.type, t.value = "TIME", f"{t.value}T{self.lx.parts_of_day[_key(g['dpod'])]['code']}"
        return t

    def _n_dnum(self, h, g, anchor, _sd):
        d, m = int(g["nd"]), int(g["nm"])
        y = g.get("ny")
        year = None if y is None else (int(y) if len(y) == 4 else self._two_digit(int(y), anchor))
        if not 1 <= m <= 12:
            return None
        return self._day(h, g, anchor, d, m, year)

    def _n_dmy(self, h, g, anchor, _sd):
        d = int(g["d2"] if g.get("_part") == "second" else g["d1"])
        m = self.lx.months[_key(g["mon"])]
        t = self._day(h, g, anchor, d, m, int(g["yr"]) if "yr" in g else None)
        if t is not None and "wkend" in g:
            # "pekan yang berakhir 5 Desember": the week that day closes (TimeML: one DATE)
            if not _DAY_VALUE.fullmatch(t.value or ""):
                return self._mk(h, "DATE", "XXXX-WXX", None)
            value = unit_value(date.fromisoformat(t.value), "W")
            t = self._mk(h, "DATE", value, parse_date_value(value), flags=t.flags)
        return t

    def _n_holiday(self, h, g, anchor, _sd):
        """'Natal' alone is generic (XXXX-12-25); 'Natal 2014', 'Natal tahun lalu' are dated."""
        md = self.lx.holidays[_key(g["hname"])]
        night = _key(g["hname"]).startswith("malam")
        yr = _key(g.get("hyr", ""))
        if yr.isdigit():
            value, bounds = f"{yr}-{md}", parse_date_value(f"{yr}-{md}")
        elif yr:
            off = {"lalu": -1, "depan": 1, "mendatang": 1}.get(yr, 0)
            value, bounds = apply(anchor, lambda d: f"{d.year + off:04d}-{md}", f"XXXX-{md}")
        else:
            value, bounds = f"XXXX-{md}", None
        if night:
            return self._mk(h, "TIME", value + "TNI", bounds)
        return self._mk(h, "DATE", value, bounds)

    def _n_monyr(self, h, g, anchor, _sd):
        mon = g["mon2"] if g.get("_part") == "second" else g["mon1"]
        value = f"{int(g['myr']):04d}-{self.lx.months[_key(mon)]:02d}"
        mod = self.lx.period_mods.get(_key(g["mmod"])) if "mmod" in g and g.get("_part") != "second" else None
        return self._mk(h, "DATE", value, narrow(parse_date_value(value), mod), mod)

    def _n_monbare(self, h, g, anchor, _sd):
        m = self.lx.months[_key(g["bmon"])]
        rel = _key(g.get("brel", ""))
        mod = self.lx.period_mods.get(_key(g["bmod"])) if "bmod" in g else None

        def pick(dct: date) -> str:
            y = dct.year
            if rel in ("tahun ini", "ini"):
                pass
            elif rel in ("tahun lalu", "tahun kemarin", "tahun yang lalu"):
                y -= 1
            elif rel in ("tahun depan", "tahun mendatang"):
                y += 1
            elif rel in ("lalu", "kemarin", "yang lalu"):
                y = y if m < dct.month else y - 1
            elif rel in ("depan", "mendatang") or h.future:
                y = y if m >= dct.month else y + 1
            elif m - dct.month > 6:         # the closest such month: "Desember" in November = this year
                y -= 1
            elif dct.month - m > 6 and m - dct.month + 12 <= 2:
                y += 1
            return f"{y:04d}-{m:02d}"

        value, bounds = apply(anchor, pick, f"XXXX-{m:02d}")
        return self._mk(h, "DATE", value, narrow(bounds, mod), mod)

    def _n_century(self, h, g, anchor, _sd):
        n = g.get("cent")
        n = int(n) if n and n.isdigit() else _ROMAN.get(n or "") or self.lx.ordinals.get(_key(g.get("centw", "")))
        if not n:
            return None
        value = f"{n - 1:02d}"
        return self._mk(h, "DATE", value, parse_date_value(value))

    def _n_quarter(self, h, g, anchor, _sd):
        kind = "H" if _key(g["qkw"]) in ("semester", "paruh") else "Q"
        if "qcount" in g:
            # "kuartal tiga pertama tahun ini": the first three quarters, a DURATION
            c = self.lx.number(g["qcount"])
            if not c:
                return None
            return self._mk(h, "DURATION", f"P{c * 6}M" if kind == "H" else f"P{c}Q", None, anchor=None)
        n = self._ordinal(g["qn"])
        if not n or n > (2 if kind == "H" else 4):
            return None
        if "qn2" in g:
            # "kuartal pertama dan kedua tahun depan" = the first half
            n2 = self._ordinal(g["qn2"])
            if kind == "Q" and n2 == n + 1 and n % 2 == 1:
                kind, n = "H", (n + 1) // 2
        yr = _key(g.get("qyr", ""))
        if yr.isdigit():
            value = f"{yr}-{kind}{n}"
            return self._mk(h, "DATE", value, parse_date_value(value))
        off = {"lalu": -1, "depan": 1}.get(yr, 0)
        value, bounds = apply(anchor, lambda dct: f"{dct.year + off}-{kind}{n}", f"XXXX-{kind}{n}")
        return self._mk(h, "DATE", value, bounds)

    def _ordinal(self, q: str) -> int | None:
        return int(q) if q.isdigit() else _ROMAN.get(q) or self.lx.ordinals.get(_key(q))

    def _n_year(self, h, g, anchor, _sd):
        raw = g["yr2"] if g.get("_part") == "second" else g["yr1"]
        raw = raw.lstrip("'")
        y = int(raw) if len(raw) == 4 else self._two_digit(int(raw), anchor)
        mod = self.lx.period_mods.get(_key(g["ymod"])) if "ymod" in g and g.get("_part") != "second" else None
        if "dec" in g and g.get("_part") != "second":
            value = str(y)[:3]
            return self._mk(h, "DATE", value, narrow(parse_date_value(value), mod), mod)
        value = f"{y:04d}"
        return self._mk(h, "DATE", value, narrow(parse_date_value(value), mod), mod)

    def _n_anchor(self, h, g, anchor, _sd):
        idx = next((i for i in range(len(self.lx.anchors)) if g.get(f"anc{i}")), None)
        if idx is None:
            return None
        n = int(g["ann_ord"]) if "ann_ord" in g else self._num(g["ann_n"])
        if n is None or n != int(n):
            return None
        ref = str(self.lx.anchors[idx]["date"])
        kw = _key(g.get("ann_kw", ""))
        year = int(ref[:4]) + int(n)
        if len(ref) >= 10 and kw in ("hut", "ulang tahun", "hari ulang tahun", "dirgahayu", "dies natalis"):
            value = f"{year:04d}{ref[4:10]}"
        else:
            value = f"{year:04d}"
        return self._mk(h, "DATE", value, parse_date_value(value), flags=["anniversary"],
                        anchor="anchors:" + str(self.lx.anchors[idx]["id"]))
