"""Knowledge base of actors and places: stable ids, aliases, roles with dates.

    from linimasa import kb
    kb.lookup("Negeri Beruang Merah")   # -> [KBEntry(id='RUS', name='Russia', kind='country', ...)]
    kb.get("person:xi-jinping")         # -> KBEntry(...) or None
    kb.holders("president", "CHN", "2024-01-01", "2024-12-31")

The KB is loaded once per process from lang/id/kb/ plus the user's extra entries
(LINIMASA_KB_EXTRA or ~/.config/linimasa/kb.yaml; see docs/kb.md).
"""
from __future__ import annotations

from .index import KnowledgeBase, Match, token_key
from .load import KBError, load_entries, user_files
from .model import KBEntry, Role, kind_of_id, make_id, slugify

_kb: KnowledgeBase | None = None


def get_kb() -> KnowledgeBase:
    global _kb
    if _kb is None:
        _kb = KnowledgeBase(load_entries())
    return _kb


def reload() -> KnowledgeBase:
    """Forget the loaded KB (after changing LINIMASA_KB_EXTRA, in tests)."""
    global _kb
    _kb = None
    return get_kb()


def lookup(alias: str) -> list[KBEntry]:
    """Entries that `alias` may name, preferred first; [] when unknown."""
    return get_kb().lookup(alias)


def get(entry_id: str) -> KBEntry | None:
    return get_kb().get(entry_id)


def holders(role: str, of: str | None, lo: str | None = None, hi: str | None = None) -> list[KBEntry]:
    return get_kb().holders(role, of, lo, hi)


__all__ = ["KBEntry", "KBError", "KnowledgeBase", "Match", "Role", "get", "get_kb", "holders",
           "kind_of_id", "load_entries", "lookup", "make_id", "reload", "slugify", "token_key",
           "user_files"]
