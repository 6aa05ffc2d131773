"""`linimasa timeline`: events merged across articles, oldest first, from files or a store."""
from __future__ import annotations

import sys

from ..corpus.render import FORMATS, render
from ..corpus.timeline import FilterError, TimelineFilter, build_timeline
from ..corpus.source import iter_documents
from ..pipeline import PipelineError
from .common import ErrorReport, add_stage_option, stage_list


def add_filter_options(p) -> None:
    p.add_argument("--actor", action="append", default=[], metavar="NAME",
                   help="only events involving this actor (id, name or alias; repeat: all must take part)")
    p.add_argument("--since", metavar="DATE", help="only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="only events on or before DATE")
    p.add_argument("--type", action="append", default=[], metavar="TYPE",
                   help="only these PLOVER types (repeatable or comma-separated, e.g. CONSULT,AGREE)")
    p.add_argument("--include-undated", action="store_true",
                   help="also show events whose date is unknown or only bounded")


def filter_from_args(args) -> TimelineFilter:
    return TimelineFilter(actors=args.actor, since=args.since, until=args.until, types=args.type,
                          include_undated=args.include_undated)


def add_parser(sub) -> None:
    p = sub.add_parser("timeline", help="print the events of articles or a store as a dated timeline",
                       description="Merge the events reported across articles into one timeline "
                                   "(oldest first). Read article files/directories, or a store with --db.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or directories (omit with --db)")
    p.add_argument("--db", metavar="DB", help="read a store (path, sqlite:///PATH or postgresql://...)")
    p.add_argument("--format", choices=FORMATS, default="json",
                   help="json (the contract, default), table, markdown or html (a standalone report)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--quiet", action="store_true", help="no summary of skipped inputs")
    add_filter_options(p)
    add_stage_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    try:
        flt = filter_from_args(args)
    except FilterError as exc:
        print(f"linimasa: {exc}", file=sys.stderr)
        return 2
    if args.paths and args.db:
        print("linimasa: give article PATHs or --db, not both", file=sys.stderr)
        return 2
    if args.db or not args.paths:
        if not args.db:
            from ..store import default_url
            args.db = default_url()
        entries = _from_store(args.db, flt)
        if entries is None:
            return 1
    else:
        errors = ErrorReport(args.quiet)
        read = [0]

        def counted(docs):
            for d in docs:
                read[0] += 1
                yield d

        try:
            entries = build_timeline(counted(iter_documents(args.paths, stage_list(args), errors.add)), flt)
        except (PipelineError, ValueError) as exc:
            print(f"linimasa: {exc}", file=sys.stderr)
            return 2
        errors.summary()
        if not read[0] and errors.counts:
            return 1
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            render(entries, args.format, out)
    else:
        render(entries, args.format, sys.stdout)
    return 0


def _from_store(url: str, flt: TimelineFilter):
    from pathlib import Path

    from ..store import Store, StoreError, normalise_url
    norm = normalise_url(url)
    if norm.startswith("sqlite:///") and not Path(norm[len("sqlite:///"):]).exists():
        print(f"linimasa: no store at {url}; create one with 'linimasa ingest PATH... --db {url}'", file=sys.stderr)
        return None
    try:
        with Store(url) as store:
            return store.timeline(flt)
    except StoreError as exc:
        print(f"linimasa: {exc}", file=sys.stderr)
        return None
