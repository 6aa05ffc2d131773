"""Plain-text articles as scraped (one article per file)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..document import Document
from .base import MAX_BYTES, ReadError, UnreadableInput
from .encoding import decode_bytes


def read_text(path: Path) -> Iterator[Document | ReadError]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableInput(f"the file is {size / 2**20:.0f} MB, larger than the "
                                  f"{MAX_BYTES / 2**20:.0f} MB limit for one article; "
                                  "split it into one file per article")
        text = decode_bytes(path.read_bytes())
    except UnreadableInput as exc:
        yield ReadError(str(path), str(exc))
        return
    except OSError as exc:
        yield ReadError(str(path), f"cannot read the file: {exc.strerror or exc}")
        return
    yield Document(id=path.stem, text=text, source=str(path))
