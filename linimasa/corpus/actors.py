"""Who an actor is: its country (for leader/country reasoning) and the names it answers to."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Iterable

_ISO3 = re.compile(r"^[A-Z]{3}$")


def _kb_get(actor_id: str) -> Any:
    """The knowledge-base entry for an id, or None when the KB is absent or does not know it."""
    try:
        from .. import kb  # built by another part of the project; optional here
    except ImportError:
        return None
    try:
        return kb.get(actor_id)
    except Exception:  # noqa: BLE001 - a KB miss or a KB still loading must not break merging
        return None


@lru_cache(maxsize=4096)
def _country_code(value: str | None) -> str | None:
    """Normalise a country given as ISO3, ISO2 or a name to ISO 3166-1 alpha-3."""
    if not value:
        return None
    v = value.strip()
    if _ISO3.match(v):
        return v
    try:
        import pycountry
        hit = pycountry.countries.lookup(v)
        return hit.alpha_3
    except (LookupError, ImportError):
        return None


def is_country(actor_id: str | None, kind: str | None = None) -> bool:
    return kind == "country" or bool(actor_id and _ISO3.match(actor_id))


def country_of(actor_id: str, kind: str | None = None, hint: str | None = None) -> str | None:
    """The country an actor is or belongs to: itself for a country, else the KB's or the hint's."""
    if is_country(actor_id, kind):
        return actor_id
    entry = _kb_get(actor_id)
    country = getattr(entry, "country", None) if entry is not None else None
    return _country_code(country) or _country_code(hint)


def fold(name: str) -> str:
    """Case- and accent-insensitive form used to match actor names and aliases."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9:]+", " ", s).strip()


def kb_aliases(actor_id: str) -> list[str]:
    entry = _kb_get(actor_id)
    if entry is None:
        return []
    out: list[str] = []
    for attr in ("name", "aliases", "names"):
        val = getattr(entry, attr, None)
        if isinstance(val, str):
            out.append(val)
        elif isinstance(val, Iterable):
            out.extend(str(v) for v in val)
    return out


def actor_matches(query: str, actor_id: str, name: str, aliases: Iterable[str] = ()) -> bool:
    """True when QUERY names this actor: its id, canonical name or an alias (case-insensitive)."""
    q = fold(query)
    if not q:
        return False
    if q == fold(actor_id) or q == fold(name):
        return True
    return any(q == fold(a) for a in aliases)
