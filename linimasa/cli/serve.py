"""`linimasa serve`: the HTTP API and web UI over a store."""
from __future__ import annotations

import sys

from .ingest import add_db_option


def add_parser(sub) -> None:
    p = sub.add_parser("serve", help="serve the web UI and HTTP API of a store",
                       description="Serve the timeline web UI and the read-only HTTP API (OpenAPI at /docs).")
    add_db_option(p)
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.set_defaults(func=run)


def run(args) -> int:
    import uvicorn

    from ..store import default_url
    from ..web.app import create_app
    from .search import open_existing
    url = args.db or default_url()
    store = open_existing(url)
    if store is None:
        return 1
    store.close()
    print(f"linimasa: serving {url} at http://{args.host}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    uvicorn.run(create_app(url), host=args.host, port=args.port, log_level="warning")
    return 0
