"""Shared by the quotes tests: a pipeline up to the quotes stage, run on a small text."""
from __future__ import annotations

from linimasa import Document, build_pipeline

STAGES = ["clean", "metadata", "segment", "time", "entities", "quotes"]


def quotes_pipeline():
    return build_pipeline(STAGES).setup()


def run(pipe, body: str, title: str = "Judul Berita Hari Ini"):
    doc = pipe.run(Document(id="t", text=f"{title}\n\n{body}"))
    for q in doc.quotes:
        assert q.start < q.end and q.line == doc.line_of(q.start)
    return doc


def name(q):
    return (q.speaker or {}).get("name")


def by_start(doc, words: str):
    """The quotation whose text opens with `words`."""
    return next(q for q in doc.quotes if q.text.startswith(words))
