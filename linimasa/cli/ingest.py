"""`linimasa ingest`: annotate articles and add them to a store (incremental, idempotent)."""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from ..corpus.source import iter_documents
from ..pipeline import PipelineError
from .common import ErrorReport, add_stage_option, stage_list


def add_db_option(p) -> None:
    p.add_argument("--db", metavar="DB",
                   help="store: a path, sqlite:///PATH or postgresql://USER:PASS@HOST/DB "
                        "(default: $LINIMASA_DB or ./linimasa.db)")


def add_parser(sub) -> None:
    p = sub.add_parser("ingest", help="annotate articles and add them to a store",
                       description="Annotate articles and store them with their merged events. Running it "
                                   "again on the same input stores nothing twice; changed articles are "
                                   "replaced and the events they touch are merged again.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or directories")
    add_db_option(p)
    p.add_argument("--workers", type=int, metavar="N", help="parallel workers (when the batch engine is available)")
    p.add_argument("--quiet", action="store_true", help="no progress or summary")
    add_stage_option(p)
    p.set_defaults(func=run)


def manifest_path(url: str) -> Path:
    """Where an ingest run records finished articles, so that a run cut short (Ctrl-C,
    SIGKILL, power loss) resumes without processing them again. Removed after a full run."""
    if url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "linimasa"
        cache.mkdir(parents=True, exist_ok=True)
        return cache / f"ingest-{hashlib.sha1(url.encode()).hexdigest()[:16]}.manifest.sqlite"
    path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else url
    return Path(path + ".ingest-manifest.sqlite")


def run(args) -> int:
    from ..store import Store, StoreError, default_url
    errors = ErrorReport(args.quiet)
    url = args.db or default_url()
    try:
        store = Store(url)
    except StoreError as exc:
        print(f"linimasa: {exc}", file=sys.stderr)
        return 1
    seen = [0]

    def progress(doc, status):
        seen[0] += 1
        if not args.quiet and sys.stderr.isatty() and seen[0] % 50 == 0:
            print(f"\rlinimasa: {seen[0]} article(s) stored", end="", file=sys.stderr)

    manifest = manifest_path(url)
    try:
        docs = iter_documents(args.paths, stage_list(args), errors.add, workers=args.workers,
                              progress=not args.quiet, manifest=str(manifest))
        counts = store.ingest(docs, on_status=progress)
    except (PipelineError, ValueError) as exc:
        print(f"linimasa: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        # Every article already stored is committed; the next run merges its events.
        print(f"\nlinimasa: interrupted after {seen[0]} article(s); they are stored, run ingest "
              "again to finish", file=sys.stderr)
        return 130
    finally:
        total = store.counts() if not args.quiet else None
        store.close()
    # A complete run leaves nothing to resume; a later run re-checks every input against
    # the store (unchanged articles are skipped there), so a rebuilt store is never stale.
    for leftover in manifest.parent.glob(manifest.name + "*"):
        leftover.unlink(missing_ok=True)
    if not args.quiet:
        print(f"\rlinimasa: {counts['added']} added, {counts['updated']} updated, {counts['unchanged']} "
              f"unchanged; store {url} now holds {total['articles']} article(s), {total['events']} event(s)",
              file=sys.stderr)
    errors.summary()
    return 0 if (sum(counts[k] for k in ("added", "updated", "unchanged")) or not errors.counts) else 1
