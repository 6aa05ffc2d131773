"""A sidecar SQLite manifest of finished work, so an interrupted batch resumes where it stopped.

Each document is keyed by its source, its index among that source's documents
and a hash of its text: re-running over the same inputs skips exactly what is
done, while an edited input is processed again. Marks are committed in batches
(every `batch_size` documents or `interval` seconds) inside one SQLite
transaction with `synchronous=FULL`, so a commit survives a crash or SIGKILL.

A consumer whose own output must agree with the manifest (a JSONL file, a
store) passes `before_commit`: it is called just before each commit, flushes
and fsyncs that output, and may record a checkpoint (e.g. the output's byte
length) with `set_meta` in the same transaction. Anything written after the
last commit is redone on resume, so consumers either truncate back to the
checkpoint (extract does) or write idempotently (upsert by article id).
"""
from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path
from typing import Callable

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS done (
    key TEXT PRIMARY KEY,          -- source \\t index \\t text hash
    doc_id TEXT,
    status TEXT NOT NULL,          -- 'ok' or 'failed'
    reason TEXT
) WITHOUT ROWID;
"""


class ManifestError(RuntimeError):
    """The manifest cannot be used for this run (wrong file, different settings)."""


def doc_key(source: str, index: int, text: str) -> str:
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
    return f"{source}\t{index}\t{digest}"


class Manifest:
    def __init__(self, path: str | Path, batch_size: int = 500, interval: float = 2.0,
                 before_commit: Callable[["Manifest"], None] | None = None):
        self.path = Path(path)
        self.batch_size = batch_size
        self.interval = interval
        self.before_commit = before_commit
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise ManifestError(f"cannot use {self.path} as a resume manifest ({exc}); "
                                f"give another path or delete the file to start over") from None
        self._pending: list[tuple[str, str | None, str, str | None]] = []
        self._meta_pending: dict[str, str] = {}
        self._last_commit = time.monotonic()
        self.resumed = self.count() > 0

    # ------------------------------------------------------------ queries

    def is_done(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM done WHERE key = ?", (key,)).fetchone() is not None

    def count(self, status: str | None = None) -> int:
        if status is None:
            return self.db.execute("SELECT count(*) FROM done").fetchone()[0]
        return self.db.execute("SELECT count(*) FROM done WHERE status = ?", (status,)).fetchone()[0]

    def get_meta(self, name: str, default: str | None = None) -> str | None:
        if name in self._meta_pending:
            return self._meta_pending[name]
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
        return row[0] if row else default

    def check_setting(self, name: str, value: str) -> None:
        """Refuse to resume a run made with different settings (it would mix two outputs)."""
        old = self.get_meta(name)
        if old is None:
            self.set_meta(name, value)
        elif old != value:
            raise ManifestError(f"{self.path} belongs to a run with {name}={old!r}, not {value!r}; "
                                f"resume with the same settings or use a new manifest")

    # ------------------------------------------------------------ updates

    def set_meta(self, name: str, value: str) -> None:
        self._meta_pending[name] = str(value)

    def mark(self, key: str, doc_id: str | None = None, status: str = "ok", reason: str | None = None) -> None:
        self._pending.append((key, doc_id, status, reason))
        if len(self._pending) >= self.batch_size or time.monotonic() - self._last_commit >= self.interval:
            self.commit()

    def commit(self) -> None:
        if self.before_commit is not None:
            self.before_commit(self)
        if not self._pending and not self._meta_pending:
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.executemany("INSERT OR REPLACE INTO done VALUES (?, ?, ?, ?)", self._pending)
            self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", self._meta_pending.items())
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self._pending.clear()
        self._meta_pending.clear()
        self._last_commit = time.monotonic()

    def close(self) -> None:
        try:
            self.commit()
        finally:
            self.db.close()

    def __enter__(self) -> "Manifest":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
