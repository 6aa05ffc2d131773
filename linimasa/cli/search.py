"""`linimasa search`: full-text search over a store's articles or event summaries."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .ingest import add_db_option


def open_existing(url: str):
    """Open a store that must already exist, or say how to create it."""
    from ..store import Store, StoreError, normalise_url
    norm = normalise_url(url)
    if norm.startswith("sqlite:///") and not Path(norm[len("sqlite:///"):]).exists():
        print(f"linimasa: no store at {url}; create one with 'linimasa ingest PATH... --db {url}'",
              file=sys.stderr)
        return None
    try:
        return Store(url)
    except StoreError as exc:
        print(f"linimasa: {exc}", file=sys.stderr)
        return None


def add_parser(sub) -> None:
    p = sub.add_parser("search", help="full-text search over stored articles or events",
                       description="Search the text of stored articles (or event summaries and evidence).")
    p.add_argument("query", nargs="+", help="words to find (all must occur)")
    p.add_argument("--what", choices=["articles", "events"], default="articles")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--format", choices=["table", "json"], default="table")
    add_db_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..store import default_url
    store = open_existing(args.db or default_url())
    if store is None:
        return 1
    try:
        res = store.search(" ".join(args.query), what=args.what, limit=args.limit, offset=args.offset)
    finally:
        store.close()
    if args.format == "json":
        json.dump(res, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    table = Table(title=f"{res['total']} hit(s) for '{res['query']}'")
    for col in ("Id", "Title" if args.what == "articles" else "Summary", "Snippet"):
        table.add_column(col, overflow="fold")
    for item in res["items"]:
        snip = Text()
        for seg in item["snippet_segments"]:
            snip.append(seg["text"].replace("\n", " "), style="bold" if seg["hit"] else None)
        table.add_row(str(item["id"]), str(item.get("title") or item.get("summary") or ""), snip)
    Console(width=None if sys.stdout.isatty() else 160).print(table)
    return 0
