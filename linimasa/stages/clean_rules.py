"""Compiled boilerplate rules, built once from lang/id/boilerplate.yaml and outlets.yaml.

The cleaning stage asks three kinds of question of these rules: what kind of junk a
whole line is, where junk spans sit inside a kept line, and whether a line opens
with a dateline (and which outlet and city it names).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lang import load_yaml


# Removed-span kinds in the order whole-line rules are tried; the first match wins.
LINE_KINDS = ("read_also", "ad", "disclaimer", "comment", "tags", "byline", "caption")


def outlet_key(name: str) -> str:
    """'Intisari-online.com' and 'INTISARI ONLINE' -> 'intisari'; used for outlet lookups."""
    s = re.sub(r"[^a-z0-9]+", " ", name.lower())
    s = re.sub(r"\b(com|co|id|net|online|news|www|tv)\b", " ", s)
    return re.sub(r"\s+", "", s)


@dataclass
class Rules:
    lines: dict[str, list[regex.Pattern]]
    line_any: regex.Pattern          # every line pattern, one named group per kind
    line_long: regex.Pattern         # the same without bylines (only short lines are bylines)
    inline: dict[str, list[regex.Pattern]]
    attribution: list[regex.Pattern]
    suffix_always: list[regex.Pattern]
    suffix_last: list[regex.Pattern]
    dateline: regex.Pattern
    dateline_lines: int
    tag_heading: regex.Pattern
    tag_item: regex.Pattern
    byline_labels: frozenset[str]
    bio_max_words: int
    placeholders: frozenset[str]
    outlets: dict[str, str]
    topic_editors: frozenset[str]

    def line_kind(self, line: str) -> str | None:
        s = line.strip()
        if not s:
            return None
        # One pass over all line patterns: alternatives are tried in LINE_KINDS order,
        # so the first kind whose pattern matches the whole line wins, as before.
        m = self.line_any.fullmatch(s) if len(s) <= 160 else self.line_long.fullmatch(s)
        return LINE_KINDS[int(m.lastgroup[1:])] if m else None

    def outlet_name(self, text: str) -> str | None:
        """Proper outlet name for a dateline token, domain or attribution ('KOMPAS.com' -> 'Kompas')."""
        key = outlet_key(text)
        if not key:
            return None
        if key in self.outlets:
            return self.outlets[key]
        # a sub-domain of a known outlet: portalkalteng.pikiran-rakyat.com -> first label
        first = outlet_key(re.split(r"[.\s]", text.strip())[0])
        return self.outlets.get(first)


def _line_alternation(lines_cfg: dict, skip: tuple[str, ...] = ()) -> regex.Pattern:
    parts = []
    for i, kind in enumerate(LINE_KINDS):
        pats = [p for p in (lines_cfg.get(kind) or ()) if kind not in skip]
        if pats:
            parts.append(f"(?P<k{i}>{'|'.join(f'(?:{p})' for p in pats)})")
    return regex.compile("|".join(parts) or "(?!)", regex.I)


def _compile_all(patterns, flags) -> list[regex.Pattern]:
    return [regex.compile(p, flags) for p in patterns or ()]


def _dateline(cfg: dict, outlet_names: list[str]) -> regex.Pattern:
    dash = cfg["dash"]
    domain = f"(?i:{cfg['domain']})"
    known = "|".join(sorted((regex.escape(n).replace(r"\ ", r"\s+") for n in outlet_names if " " in n),
                            key=len, reverse=True))
    caps = r"\p{Lu}[\p{Lu}\p{N}]{2,}(?:\s\p{Lu}{2,}){0,2}"
    out = rf"(?:{domain}|(?i:{known})|{caps})" if known else rf"(?:{domain}|{caps})"
    city = cfg["city"]
    # After "City," an outlet we have never seen may be written in Title Case words
    # ("Jakarta, Kabar Dunia --"); only in that slot, where the comma makes it safe.
    titled = r"\p{Lu}[\p{L}\p{N}]+(?:\s+\p{Lu}[\p{L}\p{N}]+){0,2}"
    after = r"(?=[\p{Lu}\p{N}\"'“‘(]|\s*$)"
    return regex.compile(
        rf"""\s*(?:
            (?P<city1>{city})\s*,\s*(?P<out1>{out}|{titled})
          | (?P<out2>{out})\s*,\s*(?P<city2>{city})
          | (?P<city3>{city})\s*\(\s*(?P<out3>{out})\s*\)
          | (?P<out4>{domain}|(?i:{known or '(?!)'}))
          | (?P<solo>{city}|{caps})
        )(?!-[\p{{L}}\p{{N}}]){dash}{after}""", regex.X | regex.V0)   # "PDI-P", "Cileunyi-Sumedang": a word, not a dash


@lru_cache(maxsize=1)
def rules() -> Rules:
    cfg = load_yaml("id", "boilerplate.yaml")
    ocfg = load_yaml("id", "outlets.yaml")
    outlets: dict[str, str] = {}
    names: list[str] = []
    for proper, aliases in (ocfg.get("outlets") or {}).items():
        for alias in [proper, *(aliases or [])]:
            outlets.setdefault(outlet_key(alias), proper)
            names.append(alias)
    suffix = _compile_all(cfg.get("suffix"), 0)
    # Paren-after-sentence signatures ("(EVY)") are only trusted on the last content line.
    always = [p for p in suffix if "(?<=" not in p.pattern]
    last = [p for p in suffix if "(?<=" in p.pattern]
    return Rules(
        lines={k: _compile_all(v, regex.I) for k, v in (cfg.get("lines") or {}).items()},
        line_any=_line_alternation(cfg.get("lines") or {}),
        line_long=_line_alternation(cfg.get("lines") or {}, skip=("byline",)),
        inline={k: _compile_all(v, regex.I) for k, v in (cfg.get("inline") or {}).items()},
        attribution=_compile_all(cfg.get("attribution"), regex.I),
        suffix_always=always,
        suffix_last=last,
        dateline=_dateline(cfg["dateline"], names),
        dateline_lines=int(cfg["dateline"].get("max_lines", 6)),
        tag_heading=regex.compile(cfg["tag_list_headings"], regex.I),
        tag_item=regex.compile(cfg["tag_item"]),
        byline_labels=frozenset(s.lower() for s in cfg.get("byline_labels") or ()),
        bio_max_words=int((cfg.get("bio_after_byline") or {}).get("max_words", 10)),
        placeholders=frozenset(s.lower() for s in cfg.get("placeholder_names") or ()),
        outlets=outlets,
        topic_editors=frozenset(ocfg.get("topic_editors") or ()),
    )


def parse_dateline(text: str) -> tuple[str | None, str | None]:
    """(city, outlet) named by a dateline span; outlet is the proper name when known."""
    r = rules()
    m = r.dateline.match(text)
    if not m:
        return None, None
    g = m.groupdict()
    city = g.get("city1") or g.get("city2") or g.get("city3")
    raw = g.get("out1") or g.get("out2") or g.get("out3") or g.get("out4")
    if raw is None and g.get("solo"):
        solo = g["solo"]
        if r.outlet_name(solo):
            raw = solo
        else:
            city = solo
    outlet = None
    if raw:
        outlet = r.outlet_name(raw) or _pretty_unknown(raw)
    return city, outlet


def _pretty_unknown(raw: str) -> str | None:
    """A readable name for an outlet not in outlets.yaml ('Jendela-online.com' -> 'Jendela Online',
    'KABARKOTA.COM' -> 'Kabarkota'); a bare ALLCAPS word may be a city, so it gives None."""
    raw = raw.strip()
    if "." not in raw:
        return raw if " " in raw and not raw.isupper() else None
    stem = re.sub(r"(?i)(?:\.\s?(?:com|co|id|net|org|tv|news|info|my|asia))+$", "", raw)
    words = [w for w in re.split(r"[-_.\s]+", stem) if w]
    return " ".join(w.capitalize() if w.isupper() or w.islower() else w for w in words) or raw
