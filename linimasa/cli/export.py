"""`linimasa export`: write a store's events, articles or quotes to a file."""
from __future__ import annotations

import sys

from .ingest import add_db_option


def add_parser(sub) -> None:
    from ..export import FORMATS, WHATS
    p = sub.add_parser("export", help="export a store's events, articles or quotes",
                       description="Write the store's events, articles or quotes as JSONL, CSV or Parquet, "
                                   "or its timeline as Knight Lab TimelineJS JSON.")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--what", choices=WHATS, default="events", help="what to export (default: events)")
    add_db_option(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..export import ExportError, export
    from ..store import Store, StoreError, default_url
    from .search import open_existing
    store = open_existing(args.db or default_url())
    if store is None:
        return 1
    try:
        n = export(store, args.format, args.what, args.output)
    except (ExportError, StoreError, OSError) as exc:
        print(f"linimasa: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"linimasa: wrote {n} {args.what} to {args.output}", file=sys.stderr)
    return 0
