"""Normalisers for clock times, sets, durations and expressions relative to the
publication date or to the running reference time (mixed into `Tagger`)."""
from __future__ import annotations

from datetime import date, timedelta

from .context import Anchor, apply
from .lexicon import _key
from .resolve import parse_date_value, shift, shift_days


def _dur(n, unit: str) -> str:
    """TIMEX3 duration: P3D, PT2H, PXY, P2.5Y, P8Y (windu), P6M (semester)."""
    if unit.startswith("T"):
        return f"PT{_fmt(n)}{unit[1:]}"
    if unit[0].isdigit():                      # windu = 8Y, semester = 6M
        k, u = int(unit[:-1]), unit[-1]
        return f"P{'X' if n == 'X' else _fmt(n * k)}{u}"
    return f"P{_fmt(n)}{unit}"


def _fmt(n) -> str:
    if n == "X":
        return "X"
    return str(int(n)) if float(n) == int(n) else str(n)


def _hour_in_part(hh: int, hours) -> int:
    """The clock hour a 12-hour reading means in a part of the day: 'pukul 8 malam' = 20,
    'pukul 1 siang' = 13, 'pukul 11 siang' = 11, 'pukul 2 dini hari' = 2."""
    if not hours or hh > 12:
        return hh
    lo, hi = hours
    for h in (hh % 12, hh % 12 + 12, hh % 12 + 24):
        if lo <= h <= hi:
            return h if h <= 24 else h - 24
    return hh


def _shift_unit(d: date, n, unit: str) -> date:
    if unit[0].isdigit():
        return shift(d, n * int(unit[:-1]), unit[-1])
    if unit.startswith("T"):
        return d + timedelta(days=int(n * {"TH": 1 / 24, "TM": 1 / 1440, "TS": 1 / 86400}[unit]))
    return shift(d, n, unit)


class RelativeNormaliser:
    lx = None  # set by Tagger

    # -- clock times and parts of the day

    def _day_for_time(self, anchor: Anchor, sent_day: date | None, h_sentence: int | None = None
                      ) -> tuple[str, tuple | None]:
        """A clock time's day: an explicit date of its sentence, else a deictic day of its
        sentence ("kemarin pukul 10.00"), else the last explicit date, else the article's day.
        A "kemarin" of another sentence does not carry over ("... pukul 10:14 WIB.
        Sementara kemarin ...")."""
        if sent_day is not None:
            return sent_day.isoformat(), None
        if h_sentence is not None and h_sentence in getattr(self, "sent_deictic", {}):
            return self.sent_deictic[h_sentence].isoformat(), None
        ref = getattr(self, "ref_explicit", self.ref)
        if ref is not None:
            return ref.isoformat(), None
        return apply(anchor, lambda d: d.isoformat(), "XXXX-XX-XX")

    def _n_time(self, h, g, anchor, sent_day):
        second = g.get("_part") == "second"
        hh = int(g["th2"] if second else g["th"])
        mm = int((g["tm2"] if second else g.get("tm")) or 0)
        pod = _key(g.get("tpod", ""))
        if pod and pod in self.lx.parts_of_day:
            hh = _hour_in_part(hh, self.lx.parts_of_day[pod].get("hours"))
        if hh > 24:
            return None
        day, bounds = self._day_for_time(anchor, sent_day, h.sentence)
        secs = f":{g['ts']}" if g.get("ts") and not second else ""
        value = f"{day}T{hh:02d}:{mm:02d}{secs}"
        return self._mk(h, "TIME", value, parse_date_value(day) or bounds)

    def _n_that(self, h, g, anchor, sent_day):
        phrase = _key(h.g.get("that", ""))
        word = phrase if phrase in self.lx.parts_of_day else phrase.split()[0]
        day, bounds = (self.ref.isoformat(), None) if self.ref else apply(anchor, lambda d: d.isoformat(), "PAST_REF")
        pod = self.lx.parts_of_day.get(word)
        if pod and day[:4].isdigit():
            return self._mk(h, "TIME", f"{day}T{pod['code']}", parse_date_value(day) or bounds,
                            anchor="reference" if self.ref else "published")
        return self._mk(h, "DATE", day, parse_date_value(day) or bounds,
                        anchor="reference" if self.ref else "published")

    def _n_wday(self, h, g, anchor, _sd):
        wd = self.lx.weekdays[_key(g["wwd"])]
        rel = _key(g.get("wrel", ""))
        if _key(g["wwd"]) in self.lx.week_weekdays and rel in self.lx.after_unit and "wpod" not in g \
                and not g.get("_prev") and "whari" not in g:
            # "Minggu lalu" opening a sentence: capitalised only because it starts it = last week
            return self._calendar_unit(h, g, anchor, "W", None, self.lx.after_unit[rel])
        if not rel:
            named = self._named_day(wd, anchor)
            if named is not None:
                value = named.isoformat()
                if "wpod" in g:
                    code = self.lx.parts_of_day[_key(g["wpod"])]["code"]
                    return self._mk(h, "TIME", f"{value}T{code}", parse_date_value(value))
                return self._mk(h, "DATE", value, parse_date_value(value))

        def pick(dct: date) -> str:
            back = (dct.isoweekday() - wd) % 7
            if rel in ("lalu", "kemarin", "yang lalu"):
                return shift_days(dct, -(back or 7)).isoformat()
            if rel in ("pekan lalu", "minggu lalu"):
                return shift_days(dct, -(dct.isoweekday() - 1) - 7 + wd - 1).isoformat()
            if rel in ("pekan depan", "minggu depan"):
                return shift_days(dct, -(dct.isoweekday() - 1) + 7 + wd - 1).isoformat()
            if rel in ("ini", "pekan ini", "minggu ini"):
                return shift_days(dct, wd - dct.isoweekday()).isoformat()
            fwd = (wd - dct.isoweekday()) % 7
            if rel in ("depan", "mendatang"):
                return shift_days(dct, fwd or 7).isoformat()
            if h.future:
                return shift_days(dct, fwd).isoformat()
            return shift_days(dct, -back).isoformat()

        future = rel in ("depan", "mendatang", "pekan depan", "minggu depan") or (h.future and not rel)
        fallback = "FUTURE_REF" if future else "PAST_REF"
        value, bounds = apply(anchor, pick, f"XXXX-WXX-{wd}")
        if "wpod" in g and value[:4].isdigit():
            code = self.lx.parts_of_day[_key(g["wpod"])]["code"]
            return self._mk(h, "TIME", f"{value}T{code}", bounds)
        return self._mk(h, "DATE", value if value[:4].isdigit() or not anchor.known or bounds is None
                        else fallback, bounds)

    def _named_day(self, wd: int, anchor: Anchor) -> date | None:
        """An explicit date of the article on this weekday, within a week of publication
        ("pertemuan pada Kamis (27/11/2014)" ... "pertemuan Kamis"): the weekday names it."""
        days = getattr(self, "doc_days", [])
        if not days:
            return None
        if anchor.known:
            # within six days: the publication weekday itself stays the publication day
            lo, hi = anchor.lo - timedelta(days=6), anchor.hi + timedelta(days=6)
            days = [d for d in days if lo <= d <= hi]
        days = [d for d in days if d.isoweekday() == wd]
        if not days:
            return None
        if anchor.known:
            return min(days, key=lambda d: abs((d - anchor.lo).days))
        return days[-1]

    def _n_deictic(self, h, g, anchor, _sd):
        spec = self.lx.deictic[_key(g["deictic"])]
        if "ref" in spec:
            return self._mk(h, "DATE", spec["ref"], None)
        n = int(spec.get("day", 0))
        fallback = "PRESENT_REF" if n == 0 else ("PAST_REF" if n < 0 else "FUTURE_REF")
        value, bounds = apply(anchor, lambda d: shift_days(d, n).isoformat(), fallback)
        if spec.get("pod") and value[:4].isdigit() and len(value) == 10:
            return self._mk(h, "TIME", f"{value}T{spec['pod']}", bounds)
        return self._mk(h, "DATE", value, bounds)

    def _n_season(self, h, g, anchor, _sd):
        code = self.lx.seasons[_key(g["sea"])]
        yr = _key(g.get("seyr", ""))
        if yr.isdigit():
            value = f"{yr}-{code}"
            return self._mk(h, "DATE", value, parse_date_value(value))
        if not yr:
            return self._mk(h, "DATE", f"XXXX-{code}", None)   # "musim dingin": a generic season
        off = {"lalu": -1, "depan": 1, "mendatang": 1}.get(yr, 0)
        value, bounds = apply(anchor, lambda d: f"{d.year + off}-{code}", f"XXXX-{code}")
        return self._mk(h, "DATE", value, bounds)

    # -- sets and durations

    def _n_set(self, h, g, anchor, _sd):
        if "sdaily" in g:
            return self._mk(h, "SET", "P1D", None, anchor=None)
        if "sadj" in g:
            return self._mk(h, "SET", self.lx.set_adjectives[_key(g["sadj"])], None, anchor=None)
        if "sper" in g:
            return self._mk(h, "SET", _dur(1, self.lx.units[_key(g["sper"])]), None, anchor=None)
        if "swd" in g:
            return self._mk(h, "SET", f"XXXX-WXX-{self.lx.weekdays[_key(g['swd'])]}", None, anchor=None)
        if "spod" in g:
            return self._mk(h, "SET", f"T{self.lx.parts_of_day[_key(g['spod'])]['code']}", None, anchor=None)
        n = self._num(g["snum"]) if "snum" in g else 1
        return self._mk(h, "SET", _dur(n or 1, self.lx.units[_key(g["sunit"])]), None, anchor=None)

    def _n_bered(self, h, g, anchor, _sd):
        return self._mk(h, "DURATION", _dur("X", self.lx.units[_key(g["ber"])]), None, anchor=None)

    def _n_unit(self, h, g, anchor, _sd):
        lx = self.lx
        mod = lx.period_mods.get(_key(g["umod"])) if "umod" in g else None
        qmod = lx.quantity_mods.get(_key(g["uq"])) if "uq" in g else None
        rel = lx.after_unit.get(_key(g.get("urel", "")), {}) if "urel" in g else {}
        if "ubare" in g:
            return self._calendar_unit(h, g, anchor, lx.units[_key(g["ubare"])], mod, rel)
        if "use" in g:
            unit, n = lx.units[_key(g["use"])[2:]], 1
        else:
            unit = lx.units[_key(g["uunit"])]
            q = _key(g["unum"])
            n = "X" if q in lx.vague else self._num(g["unum"])
        vague = lx.vague.get(_key(g.get("unum", ""))) if n == "X" else None
        if "unum2" in g and n not in (None, "X"):
            # "satu hingga dua tahun": a range, value PXY with the range as bounds
            n2 = self._num(g["unum2"])
            if n2 is not None and n < n2:
                vague, n = (n, n2), "X"
        lo_n, hi_n = vague if vague else (n, n)
        if rel.get("span") or (rel and rel.get("sign") == 0):
            # "sepekan terakhir", "dua tahun ke depan": a period ending (starting) now
            future = bool(rel.get("future"))
            value, bounds = apply(anchor, lambda d: _span_str(d, hi_n, unit, future), "")
            return self._mk(h, "DURATION", _dur(n, unit), _pair(value) if value else None, qmod)
        if rel and "sign" in rel:
            sign = rel["sign"]
            ref_day = self.ref if unit in ("D", "TH", "TM", "TS") else (self.ref_any or self.ref)
            base_ref = rel.get("relative_to") == "reference" and ref_day is not None
            prec = unit if unit in ("D", "W", "M", "Y", "Q", "DE", "CE") else "D"
            fallback = "PAST_REF" if sign < 0 else "FUTURE_REF"

            def pick(d: date, k) -> str:
                try:
                    return _unit_value(_shift_unit(d, sign * k, unit), prec)
                except (ValueError, OverflowError):     # "ribuan tahun lalu": before year 1
                    return fallback

            if base_ref:
                lo_v, hi_v = pick(ref_day, hi_n if sign < 0 else lo_n), pick(ref_day, lo_n if sign < 0 else hi_n)
                anchor_kind = "reference"
                a, b = parse_date_value(lo_v), parse_date_value(hi_v)
                value = lo_v if lo_v == hi_v else fallback
                bounds = (a[0], b[1]) if a and b else None
            else:
                anchor_kind = "published"
                if not anchor.known:
                    return self._mk(h, "DATE", fallback, None, qmod)
                lo_v = pick(anchor.lo, hi_n if sign < 0 else lo_n)
                hi_v = pick(anchor.hi, lo_n if sign < 0 else hi_n)
                a, b = parse_date_value(lo_v), parse_date_value(hi_v)
                value = lo_v if lo_v == hi_v else fallback
                bounds = (a[0], b[1]) if a and b else None
            return self._mk(h, "DATE", value, bounds, qmod, anchor=anchor_kind)
        # a plain duration; anchored to an event when a signal word follows
        flags, anc = [], None
        sig = lx.signal_re.match(g["_after"])
        if sig:
            flags, anc = [lx.event_signals[_key(sig.group(1))]], "event"
        elif lx.within_re.search(g["_before"]):
            flags, anc = ["within"], "event"
        return self._mk(h, "DURATION", _dur(n, unit), None, qmod, flags, anchor=anc)

    def _calendar_unit(self, h, g, anchor, unit, mod, rel):
        """'pekan lalu', 'tahun ini', 'bulan depan', 'akhir tahun', 'akhir pekan'."""
        sign = rel.get("sign", 0) if rel else 0
        base_ref = rel.get("relative_to") == "reference" and self.ref is not None if rel else False
        weekend = unit == "W" and mod == "END"

        def pick(d: date) -> str:
            moved = _shift_unit(d, sign, unit)
            v = _unit_value(moved, unit)
            return v + "-WE" if weekend else v

        if base_ref:
            value = pick(self.ref)
            return self._mk(h, "DATE", value, parse_date_value(value), None if weekend else mod,
                            anchor="reference")
        fallback = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[max(-1, min(1, sign))]
        value, bounds = apply(anchor, pick, fallback)
        from .tagger import narrow
        if weekend:
            return self._mk(h, "DATE", value, bounds)
        return self._mk(h, "DATE", value, narrow(bounds, mod), mod)


def _unit_value(d: date, unit: str) -> str:
    from .tagger import unit_value
    return unit_value(d, unit)


def _span_str(d: date, n, unit: str, future: bool) -> str:
    try:
        return _span(d, n, unit, future)
    except (ValueError, OverflowError):             # "ribuan tahun ke depan": past year 9999
        return ""


def _span(d: date, n, unit: str, future: bool) -> str:
    if future:
        return f"{d.isoformat()}/{(_shift_unit(d, n, unit) - timedelta(days=1)).isoformat()}"
    return f"{(_shift_unit(d, -n, unit) + timedelta(days=1)).isoformat()}/{d.isoformat()}"


def _pair(v: str):
    a, _, b = v.partition("/")
    return (a, b) if b else None
