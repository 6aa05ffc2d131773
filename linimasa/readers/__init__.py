"""Readers turn paths into Documents; a bad input becomes a ReadError, never an exception."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..document import Document
from .base import ReadError
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text
from .warc import read_warc

Reader = Callable[[Path], Iterator["Document | ReadError"]]

SUFFIXES: dict[str, Reader] = {
    ".txt": read_text, ".text": read_text,
    ".jsonl": read_jsonl, ".jsonl.gz": read_jsonl, ".ndjson": read_jsonl, ".json.gz": read_jsonl,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
    ".warc": read_warc, ".warc.gz": read_warc,
}


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIXES[suffix]
    return None


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    for p in map(Path, paths):
        if p.is_dir():
            for child in sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")):
                if reader_for(child):
                    yield child
        elif p.exists():
            yield p
        else:
            yield ReadError(str(p), "no such file or directory")


def read_paths(paths: Iterable[str | Path]) -> Iterator[Document | ReadError]:
    """Every document in the given files and directories, in order."""
    for item in iter_files(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        reader = reader_for(item)
        if reader is None:
            known = ", ".join(sorted(SUFFIXES))
            yield ReadError(str(item), f"unsupported file type; linimasa reads {known}")
            continue
        yield from reader(item)


__all__ = ["read_paths", "iter_files", "reader_for", "ReadError", "SUFFIXES"]
