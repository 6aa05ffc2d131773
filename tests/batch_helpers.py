"""Test-only stages and corpora for the batch, resume and Spark tests."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from linimasa.document import Document
from linimasa.pipeline import Stage

TOWNS = ["Jakarta", "Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Palembang", "Denpasar"]


def write_corpus(path: Path, n: int, start: int = 0) -> Path:
    """n small Indonesian-looking articles as JSONL, each with a distinct id and text."""
    with open(path, "w", encoding="utf-8") as f:
        for i in range(start, start + n):
            town = TOWNS[i % len(TOWNS)]
            text = (f"Warga {town} Berkumpul Hari Ke-{i}\n\n"
                    f"{town} - Sebanyak {i + 10} warga {town} berkumpul di balai kota pada Senin (3/6/2019). "
                    f"Wali Kota {town} mengatakan pertemuan nomor {i} berjalan lancar.\n"
                    f"\"Kami akan bertemu lagi pekan depan,\" katanya.")
            f.write(json.dumps({"id": f"art-{i:05d}", "text": text, "published": "2019-06-03"},
                               ensure_ascii=False) + "\n")
    return path


class Boom(Stage):
    """Raises on documents whose id ends in 3."""

    name = "boom"
    requires = frozenset({"text"})
    provides = frozenset({"boom"})

    def process(self, doc: Document) -> Document:
        if doc.id.endswith("3"):
            raise ValueError("this document is cursed")
        return doc


class Crash(Stage):
    """Kills its worker process on documents whose id ends in 07 (like a segfault would)."""

    name = "crash"
    requires = frozenset({"text"})
    provides = frozenset({"crash"})

    def process(self, doc: Document) -> Document:
        if doc.id.endswith("07"):
            os._exit(3)
        return doc


class Slow(Stage):
    """Sleeps a little per document, so a run can be interrupted mid-way."""

    name = "slow"
    requires = frozenset({"text"})
    provides = frozenset({"slow"})

    def process(self, doc: Document) -> Document:
        time.sleep(float(os.environ.get("LINIMASA_TEST_SLOW", "0.004")))
        return doc
