"""Cross-article event merging.

Each article's events become `MentionRecord`s; mentions that report the same
happening (same type, compatible actors, place and date) are clustered into
one `MergedEvent` that keeps every mention, the best value of each field and
the conflicts between outlets. Dates are compared as day intervals, so
"Februari 2022" and "Jumat 4 Februari 2022" meet, and the precise date wins.
Near-duplicate articles (reprints) share a `story` and vote once.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from ..document import DateValue, Document
from . import dates
from .actors import country_of, is_country

# A joint statement of two countries is part of a meeting of their leaders (see attach_statements).
STATEMENT_TYPES = frozenset({"AGREE"})
MEETING_TYPES = frozenset({"CONSULT"})
# Outlets disagreeing by this many days on an exact date are one event with a recorded conflict.
DATE_TOLERANCE_DAYS = 1
# Two reports that both give only a vague date are merged only when the dates are this tight
# (a month) and at least two actors agree; "2019" + "2019" of one actor is too weak a link.
VAGUE_MERGE_MAX_DAYS = 31


@dataclass
class MentionRecord:
    """One event as one article reports it."""

    key: str                                  # '<article>#<index>': stable across runs
    article: str
    type: str
    actors: list[dict[str, Any]]              # {id, name, role, kind, country}
    evidence: dict[str, Any]                  # {start, end, line, text}
    date: dict[str, Any] | None = None        # {value, bounds, estimated}
    mode: str | None = None
    location: dict[str, str] | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5
    context: str | None = None
    spans: list[dict[str, Any]] = field(default_factory=list)   # other sentences in the article
    outlet: str | None = None
    published: str | None = None
    story: str | None = None                  # near-duplicate cluster; defaults to the article

    @property
    def factual(self) -> bool:
        return not (self.negated or self.hypothetical)

    @property
    def story_id(self) -> str:
        return self.story or self.article

    @property
    def actor_ids(self) -> frozenset[str]:
        return frozenset(a["id"] for a in self.actors)

    def interval(self) -> tuple[str, str] | None:
        return dates.interval(self.date)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "MentionRecord":
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


@dataclass
class MergedEvent:
    id: str
    type: str
    actors: list[dict[str, Any]]
    date: dict[str, Any] | None
    mode: str | None
    location: dict[str, str] | None
    mentions: list[MentionRecord]
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    confidence: float = 0.5
    context: str | None = None
    summary: str = ""

    @property
    def articles(self) -> list[str]:
        return sorted({m.article for m in self.mentions})

    @property
    def stories(self) -> list[str]:
        return sorted({m.story_id for m in self.mentions})

    def interval(self) -> tuple[str, str] | None:
        return dates.interval(self.date)

    def best_mention(self) -> MentionRecord:
        own = [m for m in self.mentions if m.type == self.type] or self.mentions
        return max(own, key=lambda m: (-dates.width(m.interval()), m.confidence, -len(m.evidence["text"])))


# ---------------------------------------------------------------- from documents

def mentions_from_document(doc: Document, story: str | None = None) -> list[MentionRecord]:
    """The document's events as mention records (countries resolved for later reasoning)."""
    hints = {e.id: (e.kind, e.country) for e in doc.entities}
    published = doc.published.value if doc.published else None
    out = []
    for i, ev in enumerate(doc.events):
        actors = []
        for a in ev.actors:
            kind, hint = hints.get(a.id, (a.kind, None))
            kind = a.kind or kind
            actors.append({"id": a.id, "name": a.name, "role": a.role, "kind": kind,
                           "country": country_of(a.id, kind, hint)})
            if a.via:
                actors[-1]["via"] = a.via
        ev_spans = [{"start": s.start, "end": s.end, "line": s.line, "text": s.text}
                    for s in ev.mentions if (s.start, s.end) != (ev.evidence.start, ev.evidence.end)]
        out.append(MentionRecord(
            key=f"{doc.id}#{i}", article=doc.id, type=ev.type, actors=actors,
            evidence={"start": ev.evidence.start, "end": ev.evidence.end,
                      "line": ev.evidence.line, "text": ev.evidence.text},
            date=ev.date.to_dict() if isinstance(ev.date, DateValue) else ev.date,
            mode=ev.mode, location=ev.location, negated=ev.negated, hypothetical=ev.hypothetical,
            confidence=float(ev.confidence), context=ev.context, spans=ev_spans,
            outlet=doc.outlet, published=published, story=story))
    return out


# ---------------------------------------------------------------- clustering

class _Cluster:
    def __init__(self, first: MentionRecord, order: int = 0):
        self.order = order                           # creation order: deterministic tie-breaks
        self.keys: set[str] = set()                  # actor ids it is indexed under
        self.type = first.type
        self.members: list[MentionRecord] = [first]
        self.attached: list[MentionRecord] = []     # statements reported as part of this event

    @property
    def actor_ids(self) -> frozenset[str]:
        return frozenset().union(*(m.actor_ids for m in self.members))

    def best_date_member(self) -> MentionRecord:
        # A date the text states beats one inherited from the publication date, however narrow.
        return min(self.members, key=lambda m: (bool((m.date or {}).get("estimated")),
                                                dates.width(m.interval()), -m.confidence, m.key))

    def interval(self) -> tuple[str, str] | None:
        return self.best_date_member().interval()

    def location_id(self) -> str | None:
        return next((m.location.get("id") for m in self.members if m.location), None)

    def stories(self) -> set[str]:
        return {m.story_id for m in self.members}


def _known_place(place_id: str) -> bool:
    from .. import kb

    return kb.get(place_id) is not None


def _actors_compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    if a == b:
        return True
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) >= 2 and small <= large


def _fit(c: _Cluster, m: MentionRecord) -> int | None:
    """How well mention M fits cluster C (higher is better), or None when it cannot be the same event."""
    if c.type != m.type or not _actors_compatible(c.actor_ids, m.actor_ids):
        return None
    loc = m.location.get("id") if m.location else None
    cloc = c.location_id()
    if loc and cloc and loc != cloc and _known_place(loc) and _known_place(cloc):
        return None            # two different known places; an unknown venue may lie in either
    civ, miv = c.interval(), m.interval()
    if civ is None or miv is None:
        return None            # undated mentions stay on their own rather than guess
    best = c.best_date_member()
    same_story = m.story_id in c.stories()
    if same_story:
        # One article (or its reprint) naming two dates means two events, not one.
        if (m.date or {}).get("value") != (best.date or {}).get("value"):
            return None
    if not same_story and dates.width(civ) > 0 and dates.width(miv) > 0:
        if max(dates.width(civ), dates.width(miv)) > VAGUE_MERGE_MAX_DAYS or len(m.actor_ids) < 2:
            return None
    score = 0
    if dates.overlaps(civ, miv):
        score += 3 if (m.date or {}).get("value") == (best.date or {}).get("value") else 1
    elif (not same_story and dates.width(civ) == 0 and dates.width(miv) == 0
          and dates.days_apart(civ, miv) <= DATE_TOLERANCE_DAYS):
        score += 0             # outlets disagree by a day: same event, conflict recorded
    else:
        return None
    if loc and loc == cloc:
        score += 2
    modes = {x.mode for x in c.members if x.mode}
    if m.mode and modes and m.mode not in modes:
        if same_story:
            return None
        score -= 1
    elif m.mode and m.mode in modes:
        score += 1
    return score


def _sort_key(m: MentionRecord) -> tuple:
    return (dates.width(m.interval()), -m.confidence, m.key)


def cluster_mentions(mentions: Iterable[MentionRecord]) -> list[_Cluster]:
    """Greedy clustering, most precise mentions first, so vague ones join an already dated event.

    Clusters are indexed by (type, actor id): compatible mentions always share
    an actor, so each mention is compared with a few clusters, not all of them.
    """
    clusters: list[_Cluster] = []
    index: dict[tuple[str, str], list[_Cluster]] = {}

    def register(c: _Cluster, ids: Iterable[str]) -> None:
        for a in ids or ("",):
            if a not in c.keys:
                c.keys.add(a)
                index.setdefault((c.type, a), []).append(c)

    for m in sorted((m for m in mentions if m.factual), key=_sort_key):
        seen: dict[int, _Cluster] = {}
        for a in m.actor_ids or ("",):
            for c in index.get((m.type, a), ()):
                seen.setdefault(id(c), c)
        scored = [(s, c) for c in seen.values() if (s := _fit(c, m)) is not None]
        chosen = None
        if scored:
            scored.sort(key=lambda sc: (-sc[0], sc[1].order))
            top = [c for s, c in scored if s == scored[0][0]]
            # A vague mention compatible with several distinct events is ambiguous: keep it apart.
            if len(top) == 1 or dates.width(m.interval()) == 0:
                chosen = top[0]
        if chosen is None:
            chosen = _Cluster(m, len(clusters))
            clusters.append(chosen)
        else:
            chosen.members.append(m)
        register(chosen, m.actor_ids)
    return clusters


def _countries(c: _Cluster | MentionRecord) -> set[str]:
    members = c.members if isinstance(c, _Cluster) else [c]
    return {a["country"] for m in members for a in m.actors if a.get("country")}


def attach_statements(clusters: list[_Cluster]) -> list[_Cluster]:
    """Fold a dated joint statement of countries A and B into a meeting of A's and B's leaders.

    News often reports the declaration ("China dan Rusia mendeklarasikan ...
    pada Februari 2022") rather than the summit where it was signed; both are
    one timeline entry. A statement attaches when its countries are all
    represented by persons at a meeting whose date falls in the statement's
    interval, and only when exactly one such meeting exists.
    """
    by_country: dict[str, list[_Cluster]] = {}
    for meet in (c for c in clusters if c.type in MEETING_TYPES):
        leaders = {a["country"] for m in meet.members for a in m.actors
                   if a.get("country") and not is_country(a["id"], a.get("kind"))}
        for country in leaders:
            by_country.setdefault(country, []).append(meet)
    keep = []
    for c in clusters:
        if c.type not in STATEMENT_TYPES:
            keep.append(c)
            continue
        people = [a for m in c.members for a in m.actors if not is_country(a["id"], a.get("kind"))]
        states = {a["id"] if is_country(a["id"], a.get("kind")) else None
                  for m in c.members for a in m.actors} - {None}
        iv = c.interval()
        dated = any((m.date or {}).get("value") for m in c.members)
        if people or len(states) < 2 or not dated or iv is None:
            keep.append(c)
            continue
        # Meetings where every country of the statement is represented by one of its people.
        pools = [by_country.get(s, []) for s in sorted(states)]
        pool_ids = [{id(m) for m in p} for p in pools]
        common = [m for m in min(pools, key=len) if all(id(m) in p for p in pool_ids)]
        hosts = [m for m in common if dates.contains(iv, m.interval())]
        if len(hosts) == 1:
            hosts[0].attached.extend(c.members)
        else:
            keep.append(c)
    return keep


# ---------------------------------------------------------------- best values

def _votes(pairs: Iterable[tuple[str, Any]]) -> Counter:
    """Count each value once per story, so reprints do not outvote other outlets."""
    seen: set[tuple[str, str]] = set()
    counts: Counter = Counter()
    for story, value in pairs:
        k = (story, repr(value))
        if value is None or k in seen:
            continue
        seen.add(k)
        counts[value] += 1
    return counts


def _best_actors(members: list[MentionRecord]) -> list[dict[str, Any]]:
    order: dict[str, dict[str, Any]] = {}
    freq: Counter = Counter()
    named: set[str] = set()         # named by some report, not only the state of an official
    for m in sorted(members, key=lambda m: -m.confidence):
        for a in m.actors:
            freq[a["id"]] += 1
            if not a.get("via"):
                named.add(a["id"])
            order.setdefault(a["id"], {"id": a["id"], "name": a["name"], "role": a.get("role"),
                                       "kind": a.get("kind"), "country": a.get("country")})
    for a in order.values():
        if a["id"] not in named:
            a["via"] = "affiliation"
    first = sorted(members, key=lambda m: -m.confidence)[0]
    rank = {a["id"]: i for i, a in enumerate(first.actors)}
    return sorted(order.values(), key=lambda a: (rank.get(a["id"], 99), -freq[a["id"]]))


def _date_conflicts(members: list[MentionRecord], best: tuple[str, str] | None) -> list[dict]:
    groups: dict[str, set[str]] = {}
    for m in members:
        iv = m.interval()
        if iv is None or best is None:
            continue
        if not dates.overlaps(iv, best):
            groups.setdefault(str((m.date or {}).get("value") or f"{iv[0]}/{iv[1]}"), set()).add(m.article)
    if not groups:
        return []
    best_articles = sorted({m.article for m in members if m.interval() and dates.overlaps(m.interval(), best)})
    values = [{"value": v, "articles": sorted(a)} for v, a in sorted(groups.items())]
    return [{"field": "date", "chosen_articles": best_articles, "values": values}]


def _mode_conflicts(members: list[MentionRecord]) -> list[dict]:
    by_mode: dict[str, set[str]] = {}
    for m in members:
        if m.mode:
            by_mode.setdefault(m.mode, set()).add(m.article)
    if len(by_mode) < 2:
        return []
    return [{"field": "mode", "values": [{"value": k, "articles": sorted(v)} for k, v in sorted(by_mode.items())]}]


def event_id(event_type: str, anchor_key: str) -> str:
    return "ev-" + hashlib.sha1(f"{event_type}|{anchor_key}".encode()).hexdigest()[:12]


def finish(c: _Cluster) -> MergedEvent:
    members = c.members
    best = c.best_date_member()
    mode_votes = _votes((m.story_id, m.mode) for m in members)
    loc_votes = _votes((m.story_id, m.location.get("id")) for m in members if m.location)
    loc_id = loc_votes.most_common(1)[0][0] if loc_votes else None
    location = next((dict(m.location) for m in members if m.location and m.location.get("id") == loc_id), None)
    context_votes = _votes((m.story_id, m.context) for m in members)
    # Stories that agree raise confidence: 1 - prod(1 - c) over one best mention per story.
    per_story: dict[str, float] = {}
    for m in members:
        per_story[m.story_id] = max(per_story.get(m.story_id, 0.0), m.confidence)
    miss = 1.0
    for conf in per_story.values():
        miss *= 1.0 - min(max(conf, 0.0), 0.99)
    anchor = min(m.key for m in members)
    all_mentions = sorted(members + c.attached, key=lambda m: (m.article, m.evidence.get("start", 0)))
    ev = MergedEvent(
        id=event_id(c.type, anchor), type=c.type, actors=_best_actors(members),
        date=dict(best.date) if best.date else None,
        mode=mode_votes.most_common(1)[0][0] if mode_votes else None,
        location=location, mentions=all_mentions,
        conflicts=_date_conflicts(members, best.interval()) + _mode_conflicts(members),
        confidence=round(1.0 - miss, 3),
        context=context_votes.most_common(1)[0][0] if context_votes else None)
    from .summary import summarize
    ev.summary = summarize(ev)
    return ev


def merge_mentions(mentions: Iterable[MentionRecord]) -> list[MergedEvent]:
    """Merge factual mentions into events (negated / hypothetical mentions are left out)."""
    clusters = attach_statements(cluster_mentions(mentions))
    events = [finish(c) for c in clusters]
    events.sort(key=sort_key)
    return events


def sort_key(ev: MergedEvent) -> tuple:
    iv = ev.interval()
    return (iv[0] if iv else "9999", iv[1] if iv else "9999", ev.type, ev.id)
