"""Turn Spark-readable inputs into work units and work units into Documents.

A work unit is a small tuple that travels through Spark before any NLP runs,
so records can be spread evenly over executors first:

    ("jsonl", source, line_number, line)          one line of a JSONL file
    ("text",  source, 0, bytes)                   one .txt article
    ("html",  source, record_number, (url, bytes)) one HTML page (an .html file or a WARC response)

`to_document` builds exactly the Document the local readers build for the same
input (same id, source and text), so a Spark run and a local run agree.
"""
from __future__ import annotations

import io
import json
from pathlib import Path, PurePosixPath
from typing import Any, Iterator

from ..document import Document

JSONL = (".jsonl", ".jsonl.gz", ".ndjson", ".json.gz")
WARC = (".warc", ".warc.gz")
TEXT = (".txt", ".text")
HTML = (".html", ".htm")
MAX_RECORD_BYTES = 10 * 1024 * 1024


def kind_of(name: str) -> str | None:
    low = name.lower()
    for kind, suffixes in (("jsonl", JSONL), ("warc", WARC), ("text", TEXT), ("html", HTML)):
        if low.endswith(suffixes):
            return kind
    return None


def is_uri(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def expand_inputs(paths: list[str], sc=None) -> list[tuple[str, str, str]]:
    """(source, uri, kind) for every readable file. Local paths are expanded like the local
    readers do (same source strings); hdfs://, s3a:// ... are listed through Hadoop."""
    from ..readers import iter_files

    out: list[tuple[str, str, str]] = []
    for p in paths:
        if is_uri(p):
            out.extend(_hadoop_files(p, sc))
            continue
        p = p.removeprefix("file://")
        for item in iter_files([p]):
            if isinstance(item, Path) and (kind := kind_of(item.name)):
                out.append((str(item), item.resolve().as_uri(), kind))
            elif isinstance(item, Path):
                raise ValueError(f"{item}: unsupported file type for the Spark job "
                                 f"(it reads .jsonl[.gz], .warc[.gz], .txt and .html)")
            else:
                raise ValueError(str(item))
    return out


def _hadoop_files(uri: str, sc) -> list[tuple[str, str, str]]:
    """List files under a glob or directory with Hadoop's FileSystem (HDFS, S3A, GCS ...)."""
    jvm = sc._jvm
    conf = sc._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(uri)
    fs = path.getFileSystem(conf)
    statuses = fs.globStatus(path) or []
    out = []
    for st in statuses:
        if st.isDirectory():
            it = fs.listFiles(st.getPath(), True)
            while it.hasNext():
                f = str(it.next().getPath().toString())
                if kind_of(f) and not PurePosixPath(f).name.startswith((".", "_")):
                    out.append((f, f, kind_of(f)))
        else:
            f = str(st.getPath().toString())
            if kind_of(f):
                out.append((f, f, kind_of(f)))
    if not out:
        raise ValueError(f"{uri}: no .jsonl[.gz], .warc[.gz], .txt or .html files found there")
    return sorted(out)


# ---------------------------------------------------------------- WARC payloads

def warc_units(source: str, data: bytes, url_pattern: str | None = None) -> Iterator[tuple]:
    """HTML response records of one WARC file, streamed with warcio, as ("html", ...) units.
    Record numbers count every HTML response (as the local reader does), kept or not."""
    import re

    from warcio.archiveiterator import ArchiveIterator

    keep = re.compile(url_pattern) if url_pattern else None
    n = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or not record.http_headers:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            n += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            if keep is not None and not keep.search(uri):
                continue
            payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
            if len(payload) > MAX_RECORD_BYTES:
                yield ("error", source, n, f"skipped a record larger than 10 MB ({uri})")
                continue
            yield ("html", source, n, (uri, payload))
    except Exception as exc:  # noqa: BLE001 - a damaged archive ends its own records, not the job
        yield ("error", source, n, f"cannot read the rest of the archive after {n} record(s): "
                                   f"{type(exc).__name__}: {exc}")


def _warc_record_id(source: str, uri: str, n: int) -> str:
    try:  # the local WARC reader's ids, so both engines name records the same way
        from ..readers.warc import _record_id
        return _record_id(PurePosixPath(source), uri, n)
    except ImportError:
        name = PurePosixPath(source).name
        return f"{name.split('.')[0]}-{n}"


# ---------------------------------------------------------------- units -> documents

def to_document(unit: tuple) -> Document | tuple[str, str, str]:
    """The Document for a work unit, or (where, reason, message) when it cannot be read."""
    kind, source, n, payload = unit
    try:
        if kind == "jsonl":
            from ..readers.jsonl import document_from_record
            rec: Any = json.loads(payload)
            if not isinstance(rec, dict):
                raise ValueError("the line is not a JSON object")
            return document_from_record(rec, source, f"{PurePosixPath(source).stem}-{n}")
        if kind == "text":
            from ..readers.encoding import decode_bytes
            return Document(id=PurePosixPath(source).stem, text=decode_bytes(payload), source=source)
        if kind == "html":
            from ..readers.html import document_from_html
            url, data = payload
            doc_id = _warc_record_id(source, url, n) if url else PurePosixPath(source).stem
            return document_from_html(data, source, doc_id, url=url or None)
        if kind == "error":
            return (f"record {n}", "unreadable input", payload)
    except Exception as exc:  # noqa: BLE001 - one bad record, reported as a failure row
        where = f"line {n}" if kind == "jsonl" else f"record {n}"
        return (where, "unreadable input", f"skipped a bad record: {exc}")
    return (f"record {n}", "unreadable input", f"unknown input kind {kind!r}")
