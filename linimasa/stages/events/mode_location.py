"""How (in person, video, phone), where (a place after "di"/"ke") and at which occasion."""
from __future__ import annotations

import re

from ...document import Entity
from .arguments import ActorIndex
from .cues import Cues

_ACRONYM = re.compile(r"\(([A-Z0-9]{2,})\)")


def mode_of(cues: Cues, text: str, a: int, b: int, trigger_mode: str | None, has_place: bool) -> tuple[str | None, bool]:
    """(mode, same_as_anchor) from cues in text[a:b]; explicit virtual/phone beat the trigger's own."""
    seg = text[a:b]
    if cues.same_mode.search(seg):
        return None, True
    for m in ("virtual", "phone"):
        if cues.mode[m].search(seg):
            return m, False
    if trigger_mode:
        return trigger_mode, False
    if cues.mode["in_person"].search(seg) or has_place:
        return "in_person", False
    return None, False


def place_entity(e: Entity) -> dict[str, str]:
    return {"id": e.id, "name": e.name}


def location_of(idx: ActorIndex, cues: Cues, sa: int, sb: int, tpos: int, visit: bool) -> dict[str, str] | None:
    """The place of an event: a location/country right after di/ke (or a visited place),
    nearest to the trigger, preferring places after it."""
    text = idx.doc.text
    best, key = None, None
    for it in idx.places:
        if it.start < sa or it.end > sb:
            continue
        before = text[max(sa, it.start - 20):it.start]
        if not cues.before_place.search(before) and not (visit and 0 <= it.start - tpos <= 25):
            continue
        if it.entity.kind == "country" and it.via != "metonym" and not re.search(r"\b(?:di|ke)\s+$", before):
            continue
        k = (0 if it.start >= tpos else 1, abs(it.start - tpos), 0 if it.entity.kind == "location" else 1)
        if key is None or k < key:
            best, key = it, k
    if best is None:
        return None
    return _as_place(best)


def _as_place(it) -> dict[str, str]:
    e = it.entity
    if e.kind == "country" and it.via == "metonym":
        # "ke Moskow" named by its capital: the city is the place, the country the actor
        try:
            from ... import kb  # type: ignore
            hit = kb.lookup(it.text)
            for h in (hit if isinstance(hit, (list, tuple)) else [hit]):
                hid = getattr(h, "id", None) or (h.get("id") if isinstance(h, dict) else None)
                if hid and str(hid).startswith("place:"):
                    name = getattr(h, "name", None) or h.get("name")
                    return {"id": hid, "name": name}
        except Exception:  # noqa: BLE001
            pass
        slug = re.sub(r"[^a-z0-9]+", "-", it.text.lower()).strip("-")
        return {"id": f"place:{slug}", "name": it.text}
    return place_entity(e)


def context_of(cues: Cues, text: str, a: int, b: int) -> str | None:
    """'di sela-sela KTT Organisasi Kerja Sama Shanghai (SCO)' -> 'KTT SCO'."""
    m = cues.context.search(text, a, b)
    if not m:
        return None
    s = " ".join(m.group().split())
    acr = _ACRONYM.search(s)
    if acr:
        head = s.split()[0]
        return f"{head} {acr.group(1)}" if head != acr.group(1) else acr.group(1)
    return s if len(s.split()) > 1 or s.isupper() else None
