"""JSONL / JSONL.gz: one article per line, shape as in CONTRACT.md."""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any, Iterator

from ..document import Document
from .base import ReadError

# Field names other crawlers use for the same thing.
TEXT_KEYS = ("text", "content", "body", "maintext")
GIVEN_KEYS = {"title": ("title",), "published": ("published", "date_publish", "published_at"),
              "outlet": ("outlet", "publisher", "source_domain"), "url": ("url",)}


def document_from_record(rec: dict[str, Any], source: str, fallback_id: str) -> Document:
    text = next((rec[k] for k in TEXT_KEYS if isinstance(rec.get(k), str)), None)
    if text is None:
        raise ValueError(f"no text field (expected one of {', '.join(TEXT_KEYS)})")
    given = {}
    for key, names in GIVEN_KEYS.items():
        val = next((rec[n] for n in names if rec.get(n)), None)
        if val is not None:
            given[key] = val
    doc_id = str(rec.get("id") or fallback_id)
    # JSONL offsets refer to `text` as given: keep its length when normalising CRLF
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    return Document(id=doc_id, text=text, source=source, url=given.get("url"), given=given)


def read_jsonl(path: Path) -> Iterator[Document | ReadError]:
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as f:  # type: ignore[operator]
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    if not isinstance(rec, dict):
                        raise ValueError("the line is not a JSON object")
                    yield document_from_record(rec, str(path), f"{path.stem}-{n}")
                except (ValueError, TypeError) as exc:
                    yield ReadError(str(path), f"skipped a bad record: {exc}", f"line {n}")
    except (OSError, EOFError, UnicodeDecodeError, gzip.BadGzipFile) as exc:
        yield ReadError(str(path), f"cannot read the rest of the file: {exc}")
