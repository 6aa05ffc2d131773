"""`linimasa extract`: annotate articles and print the contract's JSONL, in input order.

Runs on all cores through linimasa.batch; `--resume` makes a long run restartable:
finished articles are listed in a manifest and the output is cut back to the last
checkpoint, so a restarted run neither repeats nor loses an article.
"""
from __future__ import annotations

import json
import os
import stat
import sys

from ..batch import Failure, FailureReport, Manifest, ManifestError, iter_processed
from ..output import to_contract
from ..pipeline import PipelineError
from .common import add_stage_option, stage_list

AUTO = "auto"
OUTPUT_BYTES = "output_bytes"


def add_parser(sub) -> None:
    p = sub.add_parser("extract", help="annotate articles; print one JSON object per article",
                       description="Clean, date and annotate each article (entities, events, quotes) "
                                   "and print one JSON object per article, in input order.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (.txt, .jsonl[.gz], .html, .warc[.gz])")
    p.add_argument("--format", choices=["jsonl", "json"], default="jsonl",
                   help="jsonl: one object per line (default); json: one indented array")
    p.add_argument("--debug", action="store_true", help="add sentences and why each event was extracted")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes to use (default: all cores; 1 = no worker processes, easiest to debug)")
    p.add_argument("--resume", nargs="?", const=AUTO, metavar="MANIFEST",
                   help="record finished articles in MANIFEST (default: FILE.manifest.sqlite next to "
                        "--output) and skip them when run again after an interruption")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary of skipped inputs")
    add_stage_option(p)
    p.set_defaults(func=run)


def _fail(msg: str) -> int:
    print(f"linimasa: {msg}", file=sys.stderr)
    return 2


def _is_regular(fd: int) -> bool:
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError:
        return False


class _Checkpoint:
    """Flush and fsync the output before each manifest commit and record its length there."""

    def __init__(self, out, seekable: bool):
        self.out, self.seekable = out, seekable

    def __call__(self, manifest: Manifest) -> None:
        self.out.flush()
        if self.seekable:
            fd = self.out.fileno()
            os.fsync(fd)
            manifest.set_meta(OUTPUT_BYTES, str(os.fstat(fd).st_size))


def _open_output(args):
    if args.output:
        return open(args.output, "ab")
    return sys.stdout.buffer


def _restore_checkpoint(out, manifest: Manifest) -> str | None:
    """Cut the output back to what the manifest knows is complete; an error message if impossible."""
    fd = out.fileno()
    size = os.fstat(fd).st_size
    recorded = manifest.get_meta(OUTPUT_BYTES)
    if recorded is None:
        # A fresh run: whatever the output already holds is not ours; checkpoint it at once so a
        # crash before the first batch commit is cut back to here, not kept twice.
        manifest.set_meta(OUTPUT_BYTES, str(size))
        manifest.commit()
        return None
    if size < int(recorded):
        return (f"the output holds {size} bytes but the resume manifest {manifest.path} recorded "
                f"{recorded}: it was overwritten (use '>>' rather than '>', or --output FILE), so the "
                f"articles done before are missing; delete the manifest to start over")
    os.ftruncate(fd, int(recorded))
    return None


def run(args) -> int:
    if args.resume and args.format == "json":
        return _fail("--resume needs --format jsonl (a JSON array cannot be continued)")
    if args.workers is not None and args.workers < 1:
        return _fail("--workers must be 1 or more")
    manifest = None
    out = None
    try:
        out = _open_output(args)
        seekable = _is_regular(out.fileno())
        if args.resume:
            path = args.resume
            if path == AUTO:
                if not args.output:
                    return _fail("--resume needs a manifest path (--resume MANIFEST) or --output FILE "
                                 "to keep it next to")
                path = f"{args.output}.manifest.sqlite"
            manifest = Manifest(path, before_commit=_Checkpoint(out, seekable))
            manifest.check_setting("format", f"jsonl debug={bool(args.debug)}")
            if not seekable:
                print("linimasa: output is not a regular file, so articles written after the last "
                      "checkpoint may repeat after a resume; use --output FILE", file=sys.stderr)
            elif (problem := _restore_checkpoint(out, manifest)):
                return _fail(problem)
        batch = iter_processed(args.paths, stage_list(args), workers=args.workers,
                               progress=not args.quiet, manifest=manifest)
    except (PipelineError, ValueError, ManifestError, OSError) as exc:
        return _fail(str(exc))
    try:
        return _write(args, batch, out)
    finally:
        batch.close()
        if manifest is not None:
            manifest.close()
        if out is not None and args.output:
            out.close()


def _write(args, batch, out) -> int:
    report = FailureReport(args.quiet)
    rows = []
    written = 0
    for item in batch:
        if isinstance(item, Failure):
            report.add(item)
            continue
        row = to_contract(item, debug=args.debug)
        if args.format == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
        else:
            rows.append(row)
        written += 1
    if args.format == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")
    out.flush()
    if not args.quiet:
        report.summary()
        if sys.stderr.isatty() or batch.skipped:
            print(batch.summary_line(), file=sys.stderr)
    return 0 if written or batch.skipped or not report.counts else 1
