"""HTML pages: the article text and metadata extracted with trafilatura.

Offsets of a document read from HTML refer to the extracted text (Document.text),
not to the markup.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

from ..document import Document
from .base import MAX_BYTES, ReadError, UnreadableInput
from .encoding import decode_bytes

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w\-]+)""", re.I)


def document_from_html(html: str | bytes, source: str, doc_id: str, url: str | None = None) -> Document:
    """One Document from one page; raises UnreadableInput when no article text is found."""
    import trafilatura

    if isinstance(html, bytes):
        m = META_CHARSET.search(html[:4096])
        html = decode_bytes(html, m.group(1).decode("ascii", "ignore") if m else None)
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_recall=True)
    meta: dict[str, Any] = {}
    if result is not None:
        meta = result if isinstance(result, dict) else result.as_dict()
    text = (meta.get("text") or "").strip()
    if not text:
        raise UnreadableInput("no article text found in the page (is it an index or a script-only page?)")
    given: dict[str, Any] = {}
    if meta.get("title"):
        given["title"] = meta["title"].strip()
    if meta.get("date"):
        given["published"] = meta["date"]
    if meta.get("sitename"):
        given["outlet"] = meta["sitename"].strip()
    if meta.get("author"):
        given["authors"] = [a.strip() for a in re.split(r";|,|\band\b|\bdan\b", meta["author"]) if a.strip()]
    page_url = url or meta.get("url")
    if page_url:
        given["url"] = page_url
    return Document(id=doc_id, text=text, source=source, url=page_url, given=given)


def read_html(path: Path) -> Iterator[Document | ReadError]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableInput(f"the file is {size / 2**20:.0f} MB, larger than the "
                                  f"{MAX_BYTES / 2**20:.0f} MB limit for one page")
        yield document_from_html(path.read_bytes(), str(path), path.stem)
    except UnreadableInput as exc:
        yield ReadError(str(path), str(exc))
    except OSError as exc:
        yield ReadError(str(path), f"cannot read the file: {exc.strerror or exc}")
