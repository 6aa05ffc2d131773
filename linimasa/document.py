"""The one record type that flows through every stage.

A `Document` carries the original input text and everything the stages add.
Every annotation is a span into that original text (`start`, `end`, 1-based
`line`), so any field can be traced back to the line it came from.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

_NEWLINE = re.compile("\n")


@dataclass(slots=True)
class Span:
    """A piece of the original text: `text == doc.text[start:end]`."""

    start: int
    end: int
    line: int
    text: str


@dataclass(slots=True)
class Removed(Span):
    """A span left out of the body, and why (dateline, read_also, byline, ad, ...)."""

    kind: str = "boilerplate"


@dataclass(slots=True)
class Sentence(Span):
    """A sentence of kept content; `section` is 'title', 'lede' or 'body'."""

    section: str = "body"
    paragraph: int = 0


@dataclass(slots=True)
class DateValue:
    """A TIMEX-style value at the precision known, plus the day interval it allows."""

    value: str | None = None
    bounds: tuple[str, str] | None = None
    estimated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "bounds": list(self.bounds) if self.bounds else None,
                "estimated": self.estimated}


@dataclass(slots=True)
class Timex(Span):
    """A temporal expression with its TIMEX3 type and normalised value."""

    type: str = "DATE"
    value: str | None = None
    bounds: tuple[str, str] | None = None
    anchor: str | None = None          # what it was resolved against: 'published', 'timex:<i>', 'event'
    mod: str | None = None             # TIMEX3 mod: START, END, MID, APPROX, LESS_THAN, ...
    flags: list[str] = field(default_factory=list)  # e.g. 'weekday_conflict', 'needs_anchor'


@dataclass(slots=True)
class Mention(Span):
    """One surface occurrence of an entity."""

    label: str = ""                    # NER label: PER, ORG, LOC
    role: str | None = None            # stripped title, e.g. 'Presiden Rusia'
    via: str = "ner"                   # how it was found: ner, kb, coref, role, metonym


@dataclass(slots=True)
class Entity:
    """A linked actor or place. `mentions` are its named-entity mentions under the standard
    NER convention (what a PER/ORG/LOC annotator tags: names, and country names used as a
    place, "di Indonesia"); `references` are further KB-linked spans that point at it but
    that convention leaves untagged: a country as actor or modifier ("Pemerintah Indonesia",
    "serangan Israel"), metonyms ("Kremlin mengatakan"), epithets ("Negeri Tirai Bambu"),
    role phrases ("Presiden China", "Pemimpin Rusia itu"). Actor lookups use both."""

    id: str
    name: str
    kind: str                          # person, country, organization, location, other
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    in_kb: bool = False
    references: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class EventActor:
    id: str
    name: str
    role: str = "participant"          # source, target, participant
    kind: str | None = None
    via: str | None = None             # "affiliation": the state of an acting official or body


@dataclass(slots=True)
class Event:
    type: str
    actors: list[EventActor]
    evidence: Span
    date: DateValue | None = None
    mode: str | None = None            # CONSULT: in_person, virtual, phone
    location: dict[str, str] | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5
    trigger: Span | None = None
    pattern: str | None = None         # which trigger/argument pattern fired (debug output)
    context: str | None = None         # summit or occasion, e.g. 'KTT SCO'
    mentions: list[Span] = field(default_factory=list)  # every sentence reporting it
    id: str | None = None


@dataclass(slots=True)
class Quote(Span):
    speaker: dict[str, str] | None = None   # {'id', 'name'} or None
    cue: str | None = None
    speaker_text: str | None = None         # surface form / description, e.g. 'para ahli di Beijing'
    attribution: str | None = None          # 'seperti dikutip dari X': the relaying medium


@dataclass
class Document:
    id: str
    text: str
    source: str = ""
    url: str | None = None
    given: dict[str, Any] = field(default_factory=dict)   # metadata supplied by the input (trusted)

    title: str | None = None
    title_span: Span | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    published: DateValue = field(default_factory=DateValue)
    language: str | None = None
    language_confidence: float | None = None

    body: str = ""
    # (body_start, source_start, length) pieces: body[b:b+n] == text[s:s+n]
    body_map: list[tuple[int, int, int]] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    times: list[Timex] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    warnings: list[str] = field(default_factory=list)
    done: list[str] = field(default_factory=list)          # capabilities provided so far
    scratch: dict[str, Any] = field(default_factory=dict)  # per-stage working data, not serialised

    def __post_init__(self) -> None:
        self.text = self.text.replace("\r\n", "\n").replace("\r", "\n")
        self._newlines: list[int] | None = None

    # ------------------------------------------------------------ provenance

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset into `text`."""
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        return bisect.bisect_left(self._newlines, offset) + 1

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.line_of(start), self.text[start:end])

    def source_offset(self, body_offset: int) -> int:
        """Map an offset in `body` back to the original text."""
        starts = [b for b, _, _ in self.body_map]
        i = bisect.bisect_right(starts, body_offset) - 1
        if i < 0:
            return 0
        b, s, n = self.body_map[i]
        return s + min(body_offset - b, n)

    # ------------------------------------------------------------ records

    def to_record(self) -> dict[str, Any]:
        """Every field, JSON-safe; `from_record` restores it (used by stores and Spark)."""
        rec = {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)
               if f.name != "scratch"}
        return rec

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> "Document":
        doc = cls(id=rec["id"], text=rec["text"])
        for f in dataclasses.fields(cls):
            if f.name in ("id", "text", "scratch") or f.name not in rec:
                continue
            setattr(doc, f.name, _revive(f.name, rec[f.name]))
        return doc


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _tuple_or_none(v: Iterable[str] | None) -> tuple[str, str] | None:
    return tuple(v) if v else None  # type: ignore[return-value]


def _date(d: dict | None) -> DateValue | None:
    if d is None:
        return None
    return DateValue(d.get("value"), _tuple_or_none(d.get("bounds")), bool(d.get("estimated")))


def _span(d: dict | None) -> Span | None:
    return Span(**d) if d else None


def _timex(d: dict) -> Timex:
    d = dict(d)
    d["bounds"] = _tuple_or_none(d.get("bounds"))
    return Timex(**d)


def _entity(d: dict) -> Entity:
    d = dict(d)
    d["mentions"] = [Mention(**m) for m in d.get("mentions", [])]
    d["references"] = [Mention(**m) for m in d.get("references", [])]
    return Entity(**d)


def _event(d: dict) -> Event:
    d = dict(d)
    d["actors"] = [EventActor(**a) for a in d.get("actors", [])]
    d["evidence"] = Span(**d["evidence"])
    d["date"] = _date(d.get("date"))
    d["trigger"] = _span(d.get("trigger"))
    d["mentions"] = [Span(**m) for m in d.get("mentions", [])]
    return Event(**d)


_REVIVERS = {
    "title_span": _span,
    "published": lambda d: _date(d) or DateValue(),
    "body_map": lambda v: [tuple(x) for x in v],
    "removed": lambda v: [Removed(**x) for x in v],
    "sentences": lambda v: [Sentence(**x) for x in v],
    "times": lambda v: [_timex(x) for x in v],
    "entities": lambda v: [_entity(x) for x in v],
    "events": lambda v: [_event(x) for x in v],
    "quotes": lambda v: [Quote(**x) for x in v],
}


def _revive(name: str, value: Any) -> Any:
    fn = _REVIVERS.get(name)
    return fn(value) if fn and value is not None else value
