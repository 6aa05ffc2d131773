"""WARC / WARC.gz web archives: every HTML response record becomes a Document.

A damaged or truncated archive yields the records read so far, then one ReadError
naming the file and the problem, so the rest of the batch goes on.
"""
from __future__ import annotations

import hashlib
import gzip
import zlib
from pathlib import Path
from typing import Iterator

from ..document import Document
from .base import ReadError, UnreadableInput
from .html import document_from_html

# Records larger than this are skipped: no news page is that big.
MAX_RECORD_BYTES = 10 * 1024 * 1024


def _record_id(path: Path, uri: str, n: int) -> str:
    return f"{path.name.split('.')[0]}-{hashlib.sha1(uri.encode()).hexdigest()[:12]}" if uri else f"{path.stem}-{n}"


def read_warc(path: Path) -> Iterator[Document | ReadError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        with open(path, "rb") as f:
            for record in ArchiveIterator(f):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                n += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"record {n} {uri}".strip()
                payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
                if len(payload) > MAX_RECORD_BYTES:
                    yield ReadError(str(path), "skipped a record larger than 10 MB", where)
                    continue
                try:
                    yield document_from_html(payload, str(path), _record_id(path, uri, n), url=uri or None)
                except UnreadableInput as exc:
                    yield ReadError(str(path), f"skipped a record: {exc}", where)
        problem = _gzip_problem(path) if path.name.lower().endswith(".gz") else None
        if problem:
            yield ReadError(str(path), f"cannot read the rest of the archive after {n} record(s): {problem}")
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        reason = str(exc) or type(exc).__name__
        if isinstance(exc, EOFError) or "compressed file ended" in reason.lower():
            reason = "the archive is truncated (compressed data ends early)"
        yield ReadError(str(path), f"cannot read the rest of the archive after {n} record(s): {reason}")
    except Exception as exc:  # noqa: BLE001 - warcio raises assorted errors on damaged input
        yield ReadError(str(path), f"cannot read the rest of the archive after {n} record(s): "
                                   f"{type(exc).__name__}: {exc}")


def _gzip_problem(path: Path) -> str | None:
    """Why a .gz file is damaged, or None. warcio stops quietly at a cut-off member."""
    try:
        with gzip.open(path, "rb") as g:
            while g.read(1 << 20):
                pass
    except EOFError:
        return "the archive is truncated (compressed data ends early); re-download it"
    except (OSError, zlib.error) as exc:
        return f"the compressed data is damaged ({exc})"
    return None
