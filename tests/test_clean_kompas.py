"""Generality check on 50 raw Kompas.com articles (../shared/data/kompas-dev, TimeML).

Read with the scorer's own TimeML parsing (eval/timex.py), fed as JSONL-style records
(id, title, text, published): no dateline or read-also link may survive in the body,
and no sentence of the article may be lost.
"""
from __future__ import annotations

import re
import sys

import pytest

from conftest import shared_path
from linimasa import Document
from linimasa.core import build_pipeline
from linimasa.readers.encoding import decode_bytes

KEEP_OUT = re.compile(r"KOMPAS\.\s?com\s*[-–—]|\(\s*Baca\s+juga\s*:", re.I)
# What may be cut out of a Kompas article: nothing but these spans.
ALLOWED = {"dateline", "read_also", "signature", "image_credit"}


@pytest.fixture(scope="module")
def kompas(tmp_path_factory):
    folder = shared_path("data", "kompas-dev")
    sys.path.insert(0, str(shared_path("eval")))
    from timex import parse  # the scorer's parsing, so offsets agree with the timex gold
    tmp = tmp_path_factory.mktemp("kompas")
    pipe = build_pipeline(["clean", "metadata", "language"])
    docs = []
    for path in sorted(folder.glob("*.tml")):
        # some files are cp1252; decode them as linimasa would, then parse the UTF-8 copy
        copy = tmp / path.name
        copy.write_text(decode_bytes(path.read_bytes()), encoding="utf-8")
        g = parse(copy)
        doc = Document(id=g["id"], text=g["text"], given={"title": g["title"], "published": g["published"]})
        docs.append(pipe.run(doc))
    assert len(docs) == 50
    return docs


def squash(s: str) -> str:
    return " ".join(s.split())


def test_no_dateline_or_read_also_survives(kompas):
    left = [(d.id, m.group(0)) for d in kompas for m in [KEEP_OUT.search(d.body)] if m]
    assert left == []


def test_every_article_has_its_dateline_removed(kompas):
    assert [d.id for d in kompas if not any(r.kind == "dateline" for r in d.removed)] == []


def test_no_sentence_lost(kompas):
    for d in kompas:
        assert {r.kind for r in d.removed} <= ALLOWED, (d.id, [(r.kind, r.text) for r in d.removed])
        body = squash(d.body)
        cut = {(r.start, r.end) for r in d.removed}
        text = d.text
        for a, b in sorted(cut, reverse=True):
            text = text[:a] + " " + text[b:]
        for line in text.split("\n"):
            assert squash(line) in body, (d.id, line[:80])


def test_metadata(kompas):
    assert {d.outlet for d in kompas} == {"Kompas"}
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.published.value) for d in kompas)
    assert {d.language for d in kompas} == {"id"}
