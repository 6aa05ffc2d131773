"""A short Indonesian summary line per merged event, built from its best evidence.

The wording lives in lang/id/event_summary.yaml; this module only fills slots
(actors by role, place, occasion) from the event's best values.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..lang import load_yaml

if TYPE_CHECKING:
    from .merge import MergedEvent

MAX_CHARS = 160


def display_name(ref: dict[str, Any]) -> str:
    """The Indonesian form of an actor or place for a summary line ('Russia' -> 'Rusia')."""
    from .. import kb

    entry = kb.get(ref.get("id") or "") if ref.get("id") else None
    return entry.display_id if entry else (ref.get("name") or "")


def _names(actors: list[dict[str, Any]], joiner: str, sep: str) -> str:
    names = [display_name(a) for a in actors if a.get("name")]
    if len(names) <= 2:
        return joiner.join(names)
    return sep.join(names[:-1]) + joiner + names[-1]


def _same_as_actor(location: dict[str, Any], actor_ids: set) -> bool:
    from .. import kb

    if location.get("id") in actor_ids:
        return True
    entry = kb.get(location.get("id") or "") if location.get("id") else None
    return bool(entry and entry.metonym_of in actor_ids and entry.kind == "country")


def summarize(ev: "MergedEvent") -> str:
    t = load_yaml("id", "event_summary.yaml")
    joiner, sep = t["joiner"], t["list_separator"]
    best = ev.best_mention() if ev.mentions else None
    # the line names who the reports name; states added for their officials stay in the list
    actors = [a for a in ev.actors if not a.get("via")] or ev.actors
    # Roles come from the best mention: merged actor lists mix roles from several outlets.
    roles = {a["id"]: a.get("role") for a in (best.actors if best else actors)}
    sources = [a for a in actors if roles.get(a["id"]) == "source"]
    targets = [a for a in actors if roles.get(a["id"]) == "target"]
    others = [a for a in actors if a not in sources and a not in targets]
    if not sources:
        # Nobody is marked as acting: the first participant acts; a lone target becomes the subject.
        sources, others = (others[:1], others[1:]) if others else (targets, [])
        if sources is targets:
            targets = []
    if not targets:
        targets = others
    slots = {"actors": _names(actors, joiner, sep) or "?", "source": _names(sources, joiner, sep) or "?",
             "target": _names(targets, joiner, sep), "type": ev.type}
    template = t["types"].get(ev.type, "{actors} ({type})")
    if isinstance(template, dict):
        template = template.get(ev.mode or "default", template["default"])
    if "{target}" in template and not slots["target"]:
        template = t["alone"].get(ev.type, t["alone"]["default"])
    line = template.format(**slots)
    # "Rusia menyerang Ukraina di Ukraina" says nothing new: a place that is one of the
    # actors (or their country) is left out of the line.
    actor_ids = {a.get("id") for a in actors}
    if ev.location and ev.location.get("name") and not _same_as_actor(ev.location, actor_ids):
        line += t["location"].format(location=display_name(ev.location))
    if ev.context:
        line += t["context"].format(context=ev.context)
    return line if len(line) <= MAX_CHARS else line[: MAX_CHARS - 1].rstrip() + "…"
