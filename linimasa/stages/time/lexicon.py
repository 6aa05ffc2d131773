"""The tagger's vocabulary and its one compiled pattern, built from data files.

Month and weekday names come from babel/CLDR (locale 'id'); variants, number words,
units, deictic words and reference events come from lang/id/time/*.yaml. Everything
is compiled once into a single alternation (`Lexicon.pattern`) whose named groups
say which family of expression matched; the normaliser reads the groups.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import re

import regex
from babel.dates import get_day_names, get_month_names

from ...lang import load_yaml

LANG = "id"
# The expression families, in the order they are tried at a position (first match wins).
FAMILIES = ("anchor", "holiday", "dnum", "dmy", "monyr", "monbare", "century", "quarter", "year", "time",
            "set", "season", "that", "wday", "deictic", "bered", "unit")


def alt(words, boundary: bool = False) -> str:
    """Longest-first alternation of literal words; spaces match any whitespace."""
    uniq = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    body = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in uniq)
    return rf"\b(?:{body})\b" if boundary else f"(?:{body})"


@lru_cache(maxsize=8192)
def _key(s: str) -> str:
    return " ".join(s.lower().split()).strip(". ")


@dataclass
class Lexicon:
    months: dict[str, int] = field(default_factory=dict)        # lower-case form -> 1..12
    weekdays: dict[str, int] = field(default_factory=dict)      # lower-case form -> ISO 1..7
    numbers: dict[str, int] = field(default_factory=dict)
    multipliers: dict[str, object] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    vague: dict[str, tuple[int, int]] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    parts_of_day: dict[str, dict] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)
    holidays: dict[str, str] = field(default_factory=dict)      # surface form -> "MM-DD"
    set_adjectives: dict[str, str] = field(default_factory=dict)
    per_set_heads: frozenset[str] = frozenset()
    deictic: dict[str, dict] = field(default_factory=dict)
    after_unit: dict[str, dict] = field(default_factory=dict)
    period_mods: dict[str, str] = field(default_factory=dict)
    quantity_mods: dict[str, str] = field(default_factory=dict)
    event_signals: dict[str, str] = field(default_factory=dict)
    anchors: list[dict] = field(default_factory=list)
    licensing: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    year_heads: frozenset[str] = frozenset()
    pattern: regex.Pattern | None = None
    future_re: re.Pattern | None = None
    future_re_i: re.Pattern | None = None
    signal_re: regex.Pattern | None = None
    within_re: regex.Pattern | None = None
    anchor_res: list[regex.Pattern] = field(default_factory=list)
    family_patterns: list[regex.Pattern] = field(default_factory=list)  # same order as FAMILIES
    week_weekdays: frozenset[str] = frozenset()   # weekday names that also mean 'week'
    token_families: dict[str, tuple[int, ...]] = field(default_factory=dict)
    trigger_re: re.Pattern | None = None
    trigger_re_i: re.Pattern | None = None

    def number(self, text: str) -> int | None:
        """'delapan' -> 8, 'dua puluh lima' -> 25, '12' -> 12; None if not a number."""
        t = _key(text).replace("-", " ")
        if _INT.fullmatch(t):
            return int(t)
        if _DECIMAL.fullmatch(t):
            return None
        total, current = 0, 0
        for w in t.split():
            if w in self.numbers:
                v = self.numbers[w]
                if v >= 1000:
                    total += (current or 1) * v if v > 1000 else v
                    current = 0 if v > 1000 else current
                    if v == 1000:
                        total, current = total + current * 0, current
                else:
                    current += v
            elif w in self.multipliers:
                m = self.multipliers[w]
                if m == "teen":
                    current = (current or 1) + 10
                elif m >= 1000:
                    total += (current or 1) * m
                    current = 0
                else:
                    current = (current or 1) * m
            else:
                return None
        return total + current


def build() -> Lexicon:
    cal = load_yaml(LANG, "time/calendar.yaml")
    num = load_yaml(LANG, "time/numbers.yaml")
    uni = load_yaml(LANG, "time/units.yaml")
    rel = load_yaml(LANG, "time/relative.yaml")
    anchors = load_yaml(LANG, "time/anchors.yaml") or []
    lx = Lexicon()
    for width in ("wide", "abbreviated"):
        for i, name in get_month_names(width, locale=LANG).items():
            lx.months[_key(name)] = int(i)
        for i, name in get_day_names(width, locale=LANG).items():
            if width == "wide":               # abbreviations like 'Sen', 'Rab' are too ambiguous
                lx.weekdays[_key(name)] = int(i) + 1
    for i, forms in (cal.get("months") or {}).items():
        for f in forms or []:
            lx.months[_key(f)] = int(i)
    for i, forms in (cal.get("weekdays") or {}).items():
        for f in forms or []:
            lx.weekdays[_key(f)] = int(i)
    lx.week_weekdays = frozenset(w.lower() for w in cal.get("case_sensitive_weekdays") or [])
    lx.numbers = {k: int(v) for k, v in num["units"].items()}
    lx.multipliers = dict(num["multipliers"])
    lx.ordinals = {k: int(v) for k, v in num["ordinals"].items()}
    lx.vague = {k: tuple(v) for k, v in num["vague"].items()}
    lx.units = dict(uni["units"])
    lx.parts_of_day = dict(cal["parts_of_day"])
    lx.seasons = dict(cal["seasons"])
    lx.holidays = {_key(k): str(v) for k, v in (cal.get("holidays") or {}).items()}
    lx.set_adjectives = {_key(k): v for k, v in (rel.get("set_adjectives") or {}).items()}
    lx.per_set_heads = frozenset(w.lower() for w in rel.get("per_set_heads") or [])
    lx.deictic = {_key(k): v for k, v in rel["deictic"].items() if v}
    lx.after_unit = {_key(k): v for k, v in rel["after_unit"].items()}
    lx.period_mods = {_key(k): v for k, v in rel["period_mods"].items()}
    lx.quantity_mods = {_key(k): v for k, v in rel["quantity_mods"].items()}
    lx.event_signals = {_key(k): v for k, v in rel["event_signals"].items()}
    lx.licensing = frozenset(w.lower() for w in rel["licensing_words"])
    lx.count_nouns = frozenset(w.lower() for w in rel["count_nouns"])
    lx.year_heads = frozenset(rel["year_heads"])
    lx.anchors = list(anchors)
    # future_re and trigger_re read lower-cased text (faster than re.I); the *_i twins
    # are for the rare text whose lower-case form has another length
    future = r"\b" + trie_alt(w.lower() for w in rel["future_cues"]) + r"\b"
    lx.future_re, lx.future_re_i = re.compile(future), re.compile(future, re.I)
    lx.signal_re = regex.compile(r"^\s*(" + alt(rel["event_signals"]) + r")\b", regex.I)
    lx.within_re = regex.compile(r"\b(" + alt(rel["within_signals"]) + r")\s*$", regex.I)
    lx.anchor_res = [regex.compile("(?:" + "|".join(a["names"]) + ")", regex.I) for a in anchors]
    lx.pattern = _compile(lx, cal, uni, rel)
    return lx


def first_token(phrase: str) -> str:
    """The letter run an expression starts with ('Jum'at' -> 'jum', 'ke-80' -> 'ke');
    '#' for a digit. Candidate positions are looked up by this token."""
    m = _FIRST.match(phrase.lower())
    if not m:
        return ""
    return "#" if m.group(0)[0].isdigit() else m.group(0)


_INT = re.compile(r"\d+")
_DECIMAL = re.compile(r"\d+[.,]\d+")
_FIRST = re.compile(r"\s*(?:\d|[^\W\d_]+)")


def trie_alt(words) -> str:
    """A prefix-factored alternation of literal words (re syntax): one branch per first
    letter instead of hundreds of alternatives tried one by one at each position."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub)
                    for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def _compile(lx: Lexicon, cal: dict, uni: dict, rel: dict) -> regex.Pattern:
    case_sensitive = set(cal.get("case_sensitive_weekdays") or [])
    wd_ci = [w for w in lx.weekdays if w.capitalize() not in case_sensitive]
    wd_cs = [w.capitalize() for w in lx.weekdays if w.capitalize() in case_sensitive]
    WD = rf"(?:(?i:{alt(wd_ci)})|{alt(wd_cs)})(?!\w)"
    MON = rf"(?i:{alt(lx.months)})\.?(?!\w)"
    MONCAP = rf"(?:{alt([m.capitalize() for m in lx.months] + [m.upper() for m in lx.months])})\.?(?!\w)"
    NUMW = alt(lx.numbers)
    MULT = alt(lx.multipliers)
    NUMWORDS = rf"(?i:{NUMW}(?:\s+(?:{MULT}|{NUMW}))*)"
    NUM = rf"(?:\d{{1,4}}(?:[.,]\d+)?|{NUMWORDS})"
    VAGUE = rf"(?i:{alt(lx.vague)})"
    UNIT = rf"(?i:{alt(lx.units)})"
    SEUNIT = rf"(?i:se(?:{alt(uni['se_units'])}))"
    BERUNIT = rf"(?i:ber(?P<ber>{alt(uni['ber_units'])})-(?P=ber))"
    POD = rf"(?i:{alt(lx.parts_of_day)})"
    PMOD = rf"(?i:{alt(lx.period_mods)})"
    QMOD = rf"(?i:{alt(lx.quantity_mods)})"
    AFTER = rf"(?i:{alt(lx.after_unit)})"
    TZ = alt(cal["time_zones"])
    SETW = rf"(?i:{alt(rel['set_words'])})"
    ORD = rf"(?i:{alt(lx.ordinals)})"
    # a part of the day right after a date: "Rabu (3/12/2014) malam" is one TIME
    DPOD = rf"(?:\s+(?P<dpod>{POD})(?!\w))?"
    WDPRE = rf"(?:(?:hari\s+)?(?P<wd>{WD})\s*,?\s*(?P<par>\()?\s*)"
    REL_MON = r"(?i:tahun\s+(?:ini|lalu|depan|kemarin|yang\s+lalu|mendatang)|lalu|depan|mendatang|kemarin|yang\s+lalu|ini)"
    HOLI = alt(cal.get("holidays") or {"Natal": 0})
    HOLI_NOT = alt(cal.get("holiday_not_before") or ["Imlek"])
    names = "|".join(f"(?P<anc{i}>{'|'.join(a['names'])})" for i, a in enumerate(lx.anchors))
    families = [
        # "80 tahun berakhirnya Perang Dunia II", "HUT ke-80 RI"
        rf"(?P<anchor>(?<!\w)(?:(?P<ann_kw>(?i:peringatan|perayaan|HUT|hari\s+ulang\s+tahun|ulang\s+tahun|dirgahayu|dies\s+natalis))\s+)?"
        rf"(?:(?i:ke-?\s*)(?P<ann_ord>\d{{1,4}})|(?P<ann_n>{NUM})\s+(?i:tahun))\s+(?i:{names}))",
        # "Natal", "hari raya Natal", "Tahun Baru 2015", "Natal tahun lalu" (case-sensitive names)
        rf"(?P<holiday>(?<!\w)(?P<hname>{HOLI})(?!\w)(?!\s+{HOLI_NOT}(?!\w))"
        rf"(?:\s+(?:(?i:tahun)\s+)?(?P<hyr>(?:19|20)\d{{2}}|(?i:ini|lalu|depan|mendatang))(?!\w))?)",
        # "Rabu (3/7/2024)", "Senin (1/7)", "11/11/20"
        rf"(?P<dnum>(?<![\d/])(?:{WDPRE})?(?:(?P<par2>\()\s*)?(?P<nd>\d{{1,2}})(?P<sep>[/-])(?P<nm>\d{{1,2}})"
        rf"(?:(?P=sep)(?P<ny>\d{{4}}|\d{{2}}))?(?![\d/])(?:\s*\))?{DPOD})",
        # "Kamis, 16 Desember 2021", "3-5 Juli 2019", "4 Feb 2022", "tanggal 17 Agustus"
        rf"(?P<dmy>(?<![\w.,/])(?:(?P<wkend>(?i:pekan|minggu)\s+yang\s+berakhir(?:\s+pada)?)\s+)?(?:{WDPRE})?(?:(?i:tanggal|tgl\.?)\s+)?(?P<d1>\d{{1,2}})(?:\s*(?:-|–|s\.?d\.?|hingga|sampai|dan)\s*(?P<d2>\d{{1,2}}))?"
        rf"\s+(?P<mon>{MON})(?:\s*,?\s*(?P<yr>\d{{4}}))?(?(par)\s*\))(?!\d){DPOD})",
        # "Februari 2022", "awal Juni 2019", "Juni-Juli 2014"
        rf"(?P<monyr>(?:(?P<mmod>{PMOD})\s+)?(?:(?i:bulan)\s+)?(?P<mon1>{MONCAP})(?:\s*(?:-|–|hingga|sampai|dan)\s*(?P<mon2>{MONCAP}))?"
        rf"\s*,?\s+(?:(?i:tahun)\s+)?(?P<myr>\d{{4}})(?!\d))",
        # "bulan Februari", "Mei tahun ini", "akhir Juni"
        rf"(?P<monbare>(?<!\w)(?:(?P<bmod>{PMOD})\s+)?(?P<bkw>(?i:bulan)\s+)?(?P<bmon>{MONCAP})(?:\s+(?P<brel>{REL_MON}))?(?!\w))",
        # "abad ke-21"
        rf"(?P<century>(?i:abad)\s+(?:ke-?\s*(?P<cent>\d{{1,2}}|[IVX]+)|(?P<centw>{ORD})))",
        # "kuartal III 2014", "semester pertama tahun ini"
        rf"(?P<quarter>(?P<qkw>(?i:kuartal|triwulan|semester|caturwulan|paruh))\s+(?:(?P<qcount>{NUMW})\s+(?P<qfirst>(?i:pertama|terakhir))"
        rf"|(?:ke-?\s*)?(?P<qn>[IV]+|\d|{ORD})(?:\s+(?i:dan|hingga|sampai)\s+(?:ke-?\s*)?(?P<qn2>[IV]+|\d|{ORD}))?)"
        rf"(?:(?:\s+(?:(?i:tahun)\s+)?|-)(?P<qyr>\d{{4}}|(?i:ini|lalu|depan)))?(?!\w))",
        # "2014", "tahun 2007", "pertengahan 2019", "tahun 1970-an", "2013-2014"
        rf"(?P<year>(?<![\w.,/-])(?:(?P<ymod>{PMOD})\s+)?(?P<ykw>(?i:tahun|th\.?|TA|era|periode)\s+)?(?P<yr1>(?:19|20)\d{{2}}|'\d{{2}}|\d{{2}}(?=-an))(?P<dec>-?an)?"
        rf"(?:\s*(?:[-–/]|s\.?d\.?|hingga|sampai)\s*(?P<yr2>(?:19|20)\d{{2}}))?(?![\w-]))",
        # "pukul 07.55 WIB", "15:48 WIB", "pukul 8 malam"
        rf"(?P<time>(?<![\w.,/])(?:(?P<tkw>(?i:pukul|pkl\.?|jam))\s*)?(?P<th>[01]?\d|2[0-4])(?:[.:](?P<tm>[0-5]\d))?(?:[.:](?P<ts>[0-5]\d))?"
        rf"(?:\s*(?:-|–|hingga|sampai|s\.?d\.?)\s*(?:(?i:pukul)\s*)?(?P<th2>[01]?\d|2[0-4])[.:](?P<tm2>[0-5]\d))?"
        rf"(?:\s*(?P<tz>{TZ}))?(?:\s+(?P<tpod>{POD}))?(?![\w.:]\d))",
        # "setiap hari", "tiap pekan", "setiap Senin", "sehari-hari", "per tahun"
        rf"(?P<set>(?<!\w)(?:{SETW})\s+(?:(?P<snum>{NUM})\s+)?(?:(?P<sunit>{UNIT})|(?P<swd>{WD})|(?P<spod>{POD}))(?!\w)"
        rf"|(?P<sdaily>(?i:sehari-hari|saban\s+hari))|(?i:per)\s+(?P<sper>(?i:hari|pekan|minggu|bulan|tahun|jam))(?!\w)"
        rf"|(?P<sadj>(?i:{alt(lx.set_adjectives or {'tahunan': 0})}))(?![\w-]))",
        # "musim dingin 2014"
        rf"(?P<season>musim\s+(?P<sea>{alt(lx.seasons)})(?:\s+(?:(?i:tahun)\s+)?(?P<seyr>\d{{4}}|(?i:ini|lalu|depan|mendatang)))?(?!\w))",
        # "hari itu", "malam itu", "pada hari yang sama"
        rf"(?P<that>(?i:(?:hari|malam|pagi|siang|sore)\s+itu|hari\s+yang\s+sama|tengah\s+hari)(?!\w))",
        # "Rabu malam", "Selasa lalu", "pada Rabu", "hari Minggu"
        rf"(?P<wday>(?<!\w)(?P<whari>(?i:hari)\s+)?(?P<wwd>{WD})(?:\s+(?P<wpod>{POD}))?(?:\s+(?P<wrel>(?i:lalu|kemarin|ini|depan|mendatang|yang\s+lalu|(?:pekan|minggu)\s+(?:lalu|depan|ini))))?(?!\w))",
        # "kemarin", "hari ini", "saat ini", "semalam" (before units: 'semalam' is not 'se-malam')
        rf"(?P<deictic>(?<!\w)(?<!(?i:lebih|terlebih|lebih\s+ke)\s+)(?i:{alt(lx.deictic)})(?!\w)(?!-))",
        # "bertahun-tahun"
        rf"(?P<bered>{BERUNIT})",
        # "dua hari lalu", "pekan lalu", "sepekan terakhir", "selama enam tahun", "akhir tahun"
        rf"(?P<unit>(?<![\w.,])(?:(?P<umod>{PMOD})\s+)?(?:(?P<uq>{QMOD})\s+)?(?:(?P<unum>{NUM}|{VAGUE})(?:\s*(?:-|–|(?i:hingga|sampai|atau))\s*(?P<unum2>{NUM}))?\s+(?P<uunit>{UNIT})(?:\s+(?P<uord>(?i:pertama|terakhir|terakhirnya)))?"
        rf"|(?P<use>{SEUNIT})|(?P<ubare>{UNIT}))(?!\w)(?!-)(?:\s+(?P<urel>{AFTER})(?!\w))?)",
    ]
    lx.family_patterns = [regex.compile(f, regex.V0) for f in families]
    _index_triggers(lx, uni, rel)
    # cheap gate: an expression starts at a word start or an opening parenthesis
    return regex.compile(r"(?:(?<!\w)(?=\w)|(?=\())(?:" + "|".join(families) + ")", regex.V0)


def _index_triggers(lx: Lexicon, uni: dict, rel: dict) -> None:
    """Which families can start with which token: the scanner only tries a family's
    pattern where one of its first tokens stands, found by one cheap `re` pass.
    Each set must cover every way the family's pattern above can begin."""
    def firsts(words) -> set[str]:
        return {first_token(w) for w in words} - {""}

    num = firsts(lx.numbers) | {"#"}
    wd, mon, pmod = firsts(lx.weekdays), firsts(lx.months), firsts(lx.period_mods)
    units = firsts(lx.units)
    triggers = {
        "holiday": firsts(lx.holidays),
        "anchor": num | {"peringatan", "perayaan", "hut", "hari", "ulang", "dirgahayu", "dies", "ke"},
        "dnum": wd | {"hari", "#", "("},
        "dmy": wd | {"hari", "tanggal", "tgl", "#", "pekan", "minggu"},
        "monyr": pmod | mon | {"bulan"},
        "monbare": pmod | mon | {"bulan"},
        "century": {"abad"},
        "quarter": {"kuartal", "triwulan", "semester", "caturwulan", "paruh"},
        "year": pmod | {"tahun", "th", "ta", "era", "periode", "#"},
        "time": {"pukul", "pkl", "jam", "#"},
        "set": firsts(rel["set_words"]) | {"sehari", "saban", "per"} | firsts(lx.set_adjectives),
        "season": {"musim"},
        "that": {"hari", "malam", "pagi", "siang", "sore", "tengah"},
        "wday": wd | {"hari"},
        "deictic": firsts(lx.deictic),
        "bered": {"ber" + u for u in uni["ber_units"]},
        "unit": pmod | firsts(lx.quantity_mods) | num | firsts(lx.vague) | units
                | {"se" + u for u in uni["se_units"]},
    }
    table: dict[str, list[int]] = {}
    for i, fam in enumerate(FAMILIES):
        for tok in triggers[fam]:
            table.setdefault(tok, []).append(i)
    lx.token_families = {k: tuple(v) for k, v in table.items()}
    words = [k for k in table if k not in ("#", "(")]
    trigger = r"\b(?:(?P<d>\d)|(?P<w>" + trie_alt(words) + r")(?![^\W\d_]))|(?P<p>\()(?=\s*\d)"
    lx.trigger_re, lx.trigger_re_i = re.compile(trigger), re.compile(trigger, re.I)
