"""Database connections behind one small interface: SQLite (stdlib) or PostgreSQL (SQLAlchemy + psycopg 3).

All SQL in the store uses `:name` parameters, which both sqlite3 and
SQLAlchemy's `text()` understand, so one statement serves both backends;
only DDL and full-text search differ per dialect.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

DEFAULT_PATH = "linimasa.db"


class StoreError(RuntimeError):
    """The store cannot be opened or used; the message says what to do."""


def default_url() -> str:
    return os.environ.get("LINIMASA_DB") or DEFAULT_PATH


def normalise_url(url: str | None) -> str:
    """A path, sqlite:///path or postgresql://… -> a URL the backends understand."""
    url = url or default_url()
    if url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        return url
    if url.startswith("sqlite:///"):
        return url
    if "://" in url:
        raise StoreError(f"unsupported database URL '{url}'; use a file path, sqlite:///PATH "
                         "or postgresql://USER:PASS@HOST/DB")
    return "sqlite:///" + url


class Database:
    dialect = "?"

    def execute(self, sql: str, params: dict[str, Any] | None = None) -> int: ...
    def executemany(self, sql: str, rows: Sequence[dict[str, Any]]) -> None: ...
    def query(self, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]: ...
    def close(self) -> None: ...

    _depth = 0

    def _begin(self) -> None: ...
    def _commit(self) -> None: ...
    def _rollback(self) -> None: ...

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; nested calls join the outer one (commit happens once, outermost)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._begin()
        self._depth = 1
        try:
            yield
        except BaseException:
            self._rollback()
            raise
        else:
            self._commit()
        finally:
            self._depth = 0

    def scalar(self, sql: str, params: dict[str, Any] | None = None) -> Any:
        rows = self.query(sql, params)
        return next(iter(rows[0].values())) if rows else None


class SQLiteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, path: str):
        self.path = path
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.exists():
                raise StoreError(f"cannot create the store at {path}: folder {parent} does not exist")
        try:
            self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the SQLite store {path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self._depth = 0

    def execute(self, sql, params=None):
        return self.conn.execute(sql, params or {}).rowcount

    def executemany(self, sql, rows):
        if rows:
            self.conn.executemany(sql, rows)

    def query(self, sql, params=None):
        return [dict(r) for r in self.conn.execute(sql, params or {}).fetchall()]

    def _begin(self):
        self.conn.execute("BEGIN IMMEDIATE")

    def _commit(self):
        self.conn.execute("COMMIT")

    def _rollback(self):
        self.conn.execute("ROLLBACK")

    def close(self):
        self.conn.close()


class PostgresDatabase(Database):
    dialect = "postgresql"

    def __init__(self, url: str):
        try:
            from sqlalchemy import create_engine, text
        except ImportError as exc:
            raise StoreError("PostgreSQL needs SQLAlchemy and psycopg: pip install 'linimasa[postgres]'") from exc
        self._text = text
        if url.startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://"):]
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        try:
            self.engine = create_engine(url, pool_pre_ping=True, future=True)
            self.conn = self.engine.connect()
        except Exception as exc:  # noqa: BLE001 - driver errors vary; report them plainly
            raise StoreError(f"cannot connect to PostgreSQL ({_safe(url)}): {exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0]}; is the server running and the URL right?") from exc
        self._depth = 0

    def _autocommit(self):
        if not self._depth:
            self.conn.commit()

    def execute(self, sql, params=None):
        n = self.conn.execute(self._text(sql), params or {}).rowcount
        self._autocommit()
        return n

    def executemany(self, sql, rows):
        if rows:
            self.conn.execute(self._text(sql), list(rows))
            self._autocommit()

    def query(self, sql, params=None):
        rows = [dict(r._mapping) for r in self.conn.execute(self._text(sql), params or {})]
        self._autocommit()
        return rows

    def _begin(self):
        self.conn.commit()      # end any implicit transaction before starting ours

    def _commit(self):
        self.conn.commit()

    def _rollback(self):
        self.conn.rollback()

    def close(self):
        self.conn.close()
        self.engine.dispose()


def _safe(url: str) -> str:
    """The URL without its password, for error messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':')[0]}:***@{host}"
    return url


def connect(url: str | None) -> Database:
    url = normalise_url(url)
    if url.startswith("sqlite:///"):
        return SQLiteDatabase(url[len("sqlite:///"):] or ":memory:")
    return PostgresDatabase(url)
