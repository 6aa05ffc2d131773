"""`linimasa extract`: annotate articles and print the contract's JSONL."""
from __future__ import annotations

import json
import sys

from ..core import get_pipeline
from ..output import to_contract
from ..pipeline import PipelineError, StageError
from ..readers import ReadError, read_paths
from .common import ErrorReport, add_stage_option, stage_list


def add_parser(sub) -> None:
    p = sub.add_parser("extract", help="annotate articles; print one JSON object per article",
                       description="Clean, date and annotate each article (entities, events, quotes) "
                                   "and print one JSON object per article, in input order.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (.txt, .jsonl[.gz], .html, .warc[.gz])")
    p.add_argument("--format", choices=["jsonl", "json"], default="jsonl",
                   help="jsonl: one object per line (default); json: one indented array")
    p.add_argument("--debug", action="store_true", help="add sentences and why each event was extracted")
    p.add_argument("--quiet", action="store_true", help="no summary of skipped inputs")
    add_stage_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    try:
        pipeline = get_pipeline(stage_list(args))
    except (PipelineError, ValueError) as exc:
        print(f"linimasa: {exc}", file=sys.stderr)
        return 2
    errors = ErrorReport(args.quiet)
    written = 0
    out = sys.stdout
    rows = []
    for item in read_paths(args.paths):
        if isinstance(item, ReadError):
            errors.add(str(item), "unreadable input")
            continue
        try:
            doc = pipeline.run(item)
        except StageError as exc:
            errors.add(f"{item.source}: {exc}", f"{exc.stage} failure")
            continue
        row = to_contract(doc, debug=args.debug)
        if args.format == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            rows.append(row)
        written += 1
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    errors.summary()
    return 0 if written or not errors.counts else 1
