"""Metadata: title, outlet, authors, editors and publication date.

What the input states (JSONL `title`, `outlet`, `published`) wins. Otherwise the
values are read from the spans the cleaning stage removed: the dateline names the
outlet, bylines and signatures name the writers, a date line gives the date. Only
dates the text states are used here; estimating bounds for undated articles is the
time stage's job.
"""
from __future__ import annotations

import re
from urllib.parse import urlparse

import regex

from ..document import DateValue, Document, Removed
from ..pipeline import Stage
from .clean_dates import parse_date
from .clean_rules import Rules, parse_dateline, rules

AUTHOR_LABELS = ("penulis", "reporter", "pewarta", "writer", "author", "kontributor", "wartawan",
                 "fotografer", "oleh", "by", "laporan wartawan")
EDITOR_LABELS = ("editor", "redaktur", "penyunting")
LABELLED = regex.compile(r"(?P<label>[\p{L} ]{2,40}?)\s*:\s*(?P<names>.+)")
REPORT = regex.compile(r"(?i:laporan\s+(?:wartawan|reporter|koresponden))\s+[^,]+,\s*(?P<names>.+)")
BY = regex.compile(r"(?i:by|oleh)\s*:?\s+(?P<names>.+)")
WRITER_BLOCK = regex.compile(r"(?P<name>.+?)\s+(?:Photo\s+)?(?i:(?:verified|community|senior|staff|contributing)\s+writer)\b\s*(?P<rest>.*)")
SIGNATURE = regex.compile(r"\*{0,3}\s*\(\s*(?P<name>[^()/]+?)\s*(?:/[^()]*)?\)")
PERSON = regex.compile(r"\p{Lu}[\p{L}'’\-]*\.?(?:\s+\p{Lu}[\p{L}'’\-]*\.?){0,5}")
DOMAIN = regex.compile(r"\b[\p{L}\p{N}][\p{L}\p{N}\-]*(?:\.(?:com|co|id|net|org|tv))+\b", regex.I)
SPLIT = re.compile(r"\s*(?:,|&|\||;|\bdan\b|\band\b)\s*")


class MetadataStage(Stage):
    name = "metadata"
    requires = frozenset({"body", "removed", "given"})
    provides = frozenset({"meta"})

    def setup(self) -> None:
        rules()

    def process(self, doc: Document) -> Document:
        r = rules()
        given = doc.given
        if given.get("title"):
            doc.title = str(given["title"]).strip()
        elif doc.title_span is not None:
            doc.title = doc.title_span.text.strip()
        if given.get("outlet"):
            # a given outlet wins; a known domain ('okezone.com') gets its proper name
            doc.outlet = r.outlet_name(str(given["outlet"])) or str(given["outlet"]).strip()
        else:
            doc.outlet = _outlet(doc, r)
        doc.authors, doc.editors = _people(doc, r)
        if given.get("authors"):
            names = given["authors"] if isinstance(given["authors"], list) else [given["authors"]]
            doc.authors = _unique([str(n).strip() for n in names if str(n).strip()
                                   and str(n).strip().lower() not in r.placeholders])
        doc.published = _published(doc)
        return doc


# ---------------------------------------------------------------- outlet

def _outlet(doc: Document, r: Rules) -> str | None:
    for rm in doc.removed:
        if rm.kind == "dateline":
            _, outlet = parse_dateline(rm.text)
            if outlet:
                return outlet
    for rm in doc.removed:
        if rm.kind == "attribution":
            m = DOMAIN.search(rm.text)
            if m:
                # an unknown outlet keeps its own spelling, without the TLD: 'PortalJatim'
                return r.outlet_name(m.group(0)) or m.group(0).split(".")[0]
    if doc.url:
        host = urlparse(doc.url).hostname or ""
        parts = host.split(".")
        for k in range(len(parts) - 1):
            name = r.outlet_name(".".join(parts[k:]))
            if name:
                return name
    return None


# ---------------------------------------------------------------- people

def _clean_names(raw: str, r: Rules) -> list[str]:
    out = []
    for part in SPLIT.split(raw.strip().strip("•·-*").strip()):
        part = part.strip(" .:-–")
        if not part or part.lower() in r.placeholders or r.outlet_name(part):
            continue
        if PERSON.fullmatch(part) and len(part) <= 60:
            out.append(part)
    return out


def _people(doc: Document, r: Rules) -> tuple[list[str], list[str]]:
    authors: list[str] = []
    editors: list[str] = []
    bylines = [x for x in doc.removed if x.kind == "byline"]
    for k, rm in enumerate(bylines):
        text = rm.text.strip()
        low = text.rstrip(":").strip().lower()
        if low in AUTHOR_LABELS or low in EDITOR_LABELS:
            continue
        m = WRITER_BLOCK.fullmatch(text)
        if m:
            authors += _clean_names(m.group("name"), r)
            continue
        m = LABELLED.fullmatch(text)
        if m:
            label = m.group("label").strip().lower()
            if label.startswith(EDITOR_LABELS):
                editors += _clean_names(m.group("names"), r)
            elif label.startswith(AUTHOR_LABELS):
                authors += _clean_names(m.group("names"), r)
            continue
        m = REPORT.fullmatch(text) or BY.fullmatch(text)
        if m:
            authors += _clean_names(m.group("names"), r)
            continue
        # a bare name: its role comes from the label line beside it
        label = _adjacent_label(rm, bylines[max(0, k - 1):k] + bylines[k + 1:k + 2])
        if label in EDITOR_LABELS:
            editors += _clean_names(text, r)
        elif label in AUTHOR_LABELS:
            authors += _clean_names(text, r)
    for rm in doc.removed:
        if rm.kind == "signature":
            m = SIGNATURE.search(rm.text)
            if m and len(m.group("name").split()) >= 2:
                authors += _clean_names(m.group("name"), r)
    if doc.outlet in r.topic_editors:
        in_topic = False
        for rm in doc.removed:
            if rm.kind != "tags":
                in_topic = False
                continue
            if r.line_kind(rm.text) == "tags":  # a heading: "Topik:" opens the editor list
                in_topic = bool(r.tag_heading.fullmatch(rm.text.strip())) and \
                    rm.text.strip().lower().startswith("topik")
            elif in_topic:
                editors += _clean_names(rm.text, r)
    return _unique(authors), _unique(editors)


def _adjacent_label(rm: Removed, others: list[Removed]) -> str | None:
    for o in others:
        if abs(o.line - rm.line) <= 3:
            low = o.text.strip().rstrip(":").strip().lower()
            if low in AUTHOR_LABELS or low in EDITOR_LABELS:
                return low
    return None


def _unique(names: list[str]) -> list[str]:
    seen, out = set(), []
    for n in names:
        if n.lower() not in seen:
            seen.add(n.lower())
            out.append(n)
    return out


# ---------------------------------------------------------------- date

def _published(doc: Document) -> DateValue:
    given = doc.given.get("published")
    if given:
        v = _pad_iso(str(given).strip())
        day = v[:10]
        return DateValue(v, (day, day) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else None, False)
    for kind in ("date", "attribution"):
        for rm in doc.removed:
            if rm.kind == kind:
                v = parse_date(rm.text)
                if v:
                    return DateValue(v, (v[:10], v[:10]), False)
    return DateValue(None, None, False)


def _pad_iso(v: str) -> str:
    """'2013-12-4' -> '2013-12-04'; other values unchanged."""
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", v)
    if not m:
        return v
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" + v[m.end():]
