"""Knowledge-base records: an entry (person, country, organization, location) and its dated roles."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

KINDS = ("person", "country", "organization", "location")
# id prefix -> kind, for ids made of kind:slug (countries use bare ISO alpha-3 codes)
PREFIX_KIND = {"person": "person", "org": "organization", "place": "location", "country": "country"}
KIND_PREFIX = {"person": "person", "organization": "org", "location": "place", "other": "other"}


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """'Yang Jin' -> 'yang-jin'; accents folded, so 'Erdoğan' and 'Erdogan' give one id."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("'", "").replace("’", "")
    return _NON_SLUG.sub("-", s).strip("-")


# the same names recur across a crawl; capped so memory stays flat
_IDS: dict[tuple[str, str], str] = {}
_IDS_MAX = 50_000


def make_id(kind: str, name: str) -> str:
    """The id of a name the KB does not know, made the same way in every document."""
    key = (kind, name)
    i = _IDS.get(key)
    if i is None:
        i = f"{KIND_PREFIX.get(kind, 'other')}:{slugify(name)}"
        if len(_IDS) < _IDS_MAX:
            _IDS[key] = i
    return i


def kind_of_id(entry_id: str) -> str | None:
    if re.fullmatch(r"[A-Z]{3}", entry_id):
        return "country"
    return PREFIX_KIND.get(entry_id.split(":", 1)[0])


@dataclass(slots=True, frozen=True)
class Role:
    """An office held over a date range: key from honorifics.yaml role_titles, `of` a country/org id."""

    key: str
    of: str | None
    start: str | None = None           # ISO day, None = unknown / long ago
    end: str | None = None             # ISO day, None = still holds it

    def overlaps(self, lo: str | None, hi: str | None) -> bool:
        """Held at some day of [lo, hi] (None bounds are open)."""
        if hi is not None and self.start is not None and self.start > hi:
            return False
        if lo is not None and self.end is not None and self.end <= lo:
            return False
        return True

    def covers(self, lo: str, hi: str) -> bool:
        """Held on every day of [lo, hi]."""
        return (self.start is None or self.start <= lo) and (self.end is None or self.end > hi)


@dataclass(slots=True)
class KBEntry:
    id: str
    name: str                          # canonical English name
    kind: str                          # person, country, organization, location
    aliases: list[str] = field(default_factory=list)
    country: str | None = None         # ISO alpha-3 where it applies
    roles: list[Role] = field(default_factory=list)
    metonym_of: str | None = None      # places: the actor the place stands for ("Kremlin" -> RUS)
    source: str = "builtin"            # data file it came from
    name_id: str | None = None         # Indonesian display name where it differs (CLDR for countries)

    @property
    def display_id(self) -> str:
        """The name to use in Indonesian text (summaries): 'Rusia', 'Amerika Serikat', 'Xi Jinping'."""
        if self.name_id:
            return self.name_id
        # Organisation files list the form Indonesian news uses first (PBB, Uni Eropa, OKI).
        if self.kind == "organization" and self.aliases:
            return self.aliases[0]
        return self.name

    @property
    def place_id(self) -> str | None:
        """The location id of a place that is also a metonym (place:beijing)."""
        return self.id if self.kind == "location" else None

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
                "aliases": list(self.aliases), "metonym_of": self.metonym_of,
                "place_id": self.place_id if self.metonym_of else None,
                "roles": [{"role": r.key, "of": r.of, "from": r.start, "to": r.end} for r in self.roles],
                "source": self.source}
