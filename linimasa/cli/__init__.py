"""`linimasa` command line: a thin layer over library functions.

Each sub-command lives in its own module exposing `add_parser(subparsers)`
(which sets `func` to the handler) so commands are independent of each other.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__

COMMANDS = ["extract", "timeline", "ingest", "search", "serve", "export", "spark", "kb"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="linimasa",
        description="Turn Indonesian news articles into a dated, source-cited timeline of events.")
    parser.add_argument("--version", action="version", version=f"linimasa {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("linimasa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
