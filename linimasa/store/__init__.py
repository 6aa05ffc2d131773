"""Persistent store (SQLite by default, PostgreSQL through the same interface)."""
from __future__ import annotations

from .backend import StoreError, default_url, normalise_url
from .store import Store, content_hash, open_store

__all__ = ["Store", "StoreError", "open_store", "default_url", "normalise_url", "content_hash"]
