"""Read the knowledge base from its data files (lang/id/kb/) and the user's own entries.

User entries: a YAML or TSV file named by the environment variable LINIMASA_KB_EXTRA (several
separated by the OS path separator) or ~/.config/linimasa/kb.yaml. See docs/kb.md.
"""
from __future__ import annotations

import csv
import datetime as _dt
import os
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..lang import path as lang_path
from .model import KINDS, KBEntry, Role, kind_of_id

KB_DIR = lang_path("id", "kb")
USER_FILE = Path("~/.config/linimasa/kb.yaml")


class KBError(ValueError):
    """A knowledge-base file is malformed; the message names the file and the entry."""


def _day(v: Any) -> str | None:
    if v is None or v == "":
        return None
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()[:10]
    return str(v)


def _roles(raw: Any, where: str) -> list[Role]:
    out = []
    for r in raw or []:
        if isinstance(r, dict):
            out.append(Role(r["role"], r.get("of"), _day(r.get("from")), _day(r.get("to"))))
        elif isinstance(r, (list, tuple)) and 2 <= len(r) <= 4:
            r = list(r) + [None] * (4 - len(r))
            out.append(Role(str(r[0]), r[1], _day(r[2]), _day(r[3])))
        else:
            raise KBError(f"{where}: a role must be [role, of, from, to] or a mapping, got {r!r}")
    return out


def entry_from_dict(d: dict, source: str, default_kind: str | None = None) -> KBEntry:
    where = f"{source}: entry {d.get('id') or d.get('name')!r}"
    if not d.get("id") or not d.get("name"):
        raise KBError(f"{where}: every entry needs an 'id' and a 'name'")
    kind = d.get("kind") or kind_of_id(str(d["id"])) or default_kind
    if kind not in KINDS:
        raise KBError(f"{where}: kind must be one of {', '.join(KINDS)} (or use an id prefix "
                      "person:, org:, place: or an ISO alpha-3 code)")
    aliases = [str(a) for a in d.get("aliases") or []]
    if d["name"] not in aliases:
        aliases.insert(0, str(d["name"]))
    return KBEntry(id=str(d["id"]), name=str(d["name"]), kind=kind, aliases=aliases,
                   country=d.get("country"), roles=_roles(d.get("roles"), where),
                   metonym_of=d.get("metonym_of"), source=source, name_id=d.get("name_id"))


def _countries() -> list[KBEntry]:
    out = []
    with open(KB_DIR / "countries.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            a3, name, ids, ens = (line.rstrip("\n").split("\t") + ["", ""])[:4]
            aliases = [name] + [a for a in ids.split("|") + ens.split("|") if a and a != name]
            name_id = ids.split("|")[0] or None
            out.append(KBEntry(a3, name, "country", aliases, country=a3, source="countries.tsv",
                               name_id=name_id if name_id != name else None))
    extra = yaml.safe_load(open(KB_DIR / "country_aliases.yaml", encoding="utf-8")) or {}
    by_id = {e.id: e for e in out}
    for a3, d in extra.items():
        e = by_id.get(a3)
        if e is None:
            raise KBError(f"country_aliases.yaml: {a3!r} is not an ISO 3166-1 alpha-3 code in countries.tsv")
        if d.get("name_id"):
            e.name_id = d["name_id"]
        if d.get("name"):
            e.name = d["name"]
            if e.name not in e.aliases:
                e.aliases.insert(0, e.name)
        for a in d.get("aliases") or []:
            if a not in e.aliases:
                e.aliases.append(a)
    historic = yaml.safe_load(open(KB_DIR / "historic_countries.yaml", encoding="utf-8")) or {}
    for a3, d in historic.items():
        if a3 in by_id:
            raise KBError(f"historic_countries.yaml: {a3!r} is a current country; add its aliases to country_aliases.yaml")
        name = str(d["name"])
        aliases = [name] + [str(a) for a in d.get("aliases") or [] if a != name]
        out.append(KBEntry(a3, name, "country", aliases, country=a3, source="historic_countries.yaml"))
    return out


def _yaml_entries(p: Path, source: str) -> list[KBEntry]:
    data = yaml.safe_load(open(p, encoding="utf-8")) or []
    if isinstance(data, dict):          # user files may wrap the list: {entries: [...]}
        data = data.get("entries") or []
    if not isinstance(data, list):
        raise KBError(f"{p}: expected a list of entries (see docs/kb.md)")
    return [entry_from_dict(d, source) for d in data]


def _tsv_entries(p: Path, source: str | None = None) -> list[KBEntry]:
    """Columns: id, name, kind, aliases (|-separated), country, and optionally metonym_of.
    A header row is optional."""
    out, source = [], source or str(p)
    with open(p, encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] == "id":
                continue
            row += [""] * (6 - len(row))
            out.append(entry_from_dict({"id": row[0], "name": row[1], "kind": row[2] or None,
                                        "aliases": [a for a in row[3].split("|") if a],
                                        "country": row[4] or None, "metonym_of": row[5] or None},
                                       source))
    return out


def user_files() -> list[Path]:
    env = os.environ.get("LINIMASA_KB_EXTRA")
    if env:
        files = [Path(p).expanduser() for p in env.split(os.pathsep) if p]
        missing = [str(p) for p in files if not p.exists()]
        if missing:
            raise KBError(f"LINIMASA_KB_EXTRA names {', '.join(missing)}, which does not exist; "
                          "fix the path or unset the variable")
        return files
    default = USER_FILE.expanduser()
    return [default] if default.exists() else []


def load_entries(extra: Iterable[Path] | None = None) -> list[KBEntry]:
    """Built-in entries, then user entries (same id: aliases added, other fields replaced)."""
    entries = _countries()
    for name in ("organizations.yaml", "places.yaml", "people.yaml"):
        entries += _yaml_entries(KB_DIR / name, name)
    # generated: cities.tsv by scripts/build_kb_places.py, regions.tsv by scripts/build_kb_regions.py
    for name in ("cities.tsv", "regions.tsv"):
        if (KB_DIR / name).exists():
            entries += _tsv_entries(KB_DIR / name, name)
    by_id: dict[str, KBEntry] = {}
    ordered: list[KBEntry] = []
    for e in entries:
        if e.id in by_id:
            raise KBError(f"{e.source}: id {e.id!r} is defined twice (also in {by_id[e.id].source})")
        by_id[e.id] = e
        ordered.append(e)
    for p in (user_files() if extra is None else list(extra)):
        new = _tsv_entries(p) if p.suffix.lower() in (".tsv", ".txt") else _yaml_entries(p, str(p))
        for e in new:
            old = by_id.get(e.id)
            if old is None:
                by_id[e.id] = e
                ordered.append(e)
                continue
            old.name = e.name or old.name
            old.aliases += [a for a in e.aliases if a not in old.aliases]
            old.country = e.country or old.country
            old.roles += e.roles
            old.metonym_of = e.metonym_of or old.metonym_of
    return ordered
