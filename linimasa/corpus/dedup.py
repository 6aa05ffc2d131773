"""Near-duplicate articles (an outlet reprinting another's story) via MinHash + LSH.

Duplicates are linked to one *story* (the id of the first article seen with
that text) so their event mentions vote once instead of being double-counted.
"""
from __future__ import annotations

import inspect
import re
from typing import Iterable

from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from ..document import Document

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
THRESHOLD = 0.7          # estimated Jaccard of word 5-gram sets; reprints score > 0.8
SHINGLE = 5
MIN_WORDS = 25           # shorter texts share too many shingles by chance to be judged

_WORD = re.compile(r"\w+", re.UNICODE)



@lru_cache(maxsize=1)
def _datasketch() -> tuple[Any, Any, bool]:
    """Imported on first use: datasketch takes seconds to import, too slow for every CLI start."""
    from datasketch import MinHash, MinHashLSH
    # datasketch >= 2 asks for the permutation scheme explicitly; older versions have only "legacy".
    return MinHash, MinHashLSH, "scheme" in inspect.signature(MinHash.__init__).parameters


def _new_kw() -> dict[str, str]:
    return {"scheme": "affine32"} if _datasketch()[2] else {}


def dedup_text(doc: Document) -> str:
    """The cleaned body when the clean stage ran, else the raw text."""
    return doc.body or doc.text


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return set()
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


def signature(text: str) -> "MinHash | None":
    sh = shingles(text)
    if not sh:
        return None
    MinHash = _datasketch()[0]
    mh = MinHash(num_perm=NUM_PERM, **_new_kw())
    mh.update_batch(list(sh))
    return mh


def to_bytes(mh: "MinHash") -> bytes:
    """Raw hash values; their width tells the scheme (4 bytes: affine32, 8 bytes: legacy)."""
    return np.asarray(mh.hashvalues).tobytes()


def from_bytes(data: bytes) -> "MinHash":
    MinHash, _, has_schemes = _datasketch()
    if len(data) == NUM_PERM * 4:
        values, kw = np.frombuffer(data, dtype=np.uint32).copy(), {"scheme": "affine32"}
    else:
        values, kw = np.frombuffer(data, dtype=np.uint64).copy(), {"scheme": "legacy"} if has_schemes else {}
    return MinHash(num_perm=NUM_PERM, hashvalues=values, **kw)


class DedupIndex:
    """Incremental index: `assign(id, minhash)` returns the story the article belongs to."""

    def __init__(self, threshold: float = THRESHOLD):
        self.lsh = _datasketch()[1](threshold=threshold, num_perm=NUM_PERM)
        self.threshold = threshold
        self.story: dict[str, str] = {}
        self.sigs: dict[str, Any] = {}

    def add_known(self, article_id: str, mh: "MinHash", story: str) -> None:
        """Load an article already assigned (e.g. from the store) without re-deciding its story."""
        if article_id in self.story:
            return
        self.lsh.insert(article_id, mh)
        self.sigs[article_id] = mh
        self.story[article_id] = story

    def assign(self, article_id: str, mh: "MinHash | None") -> str:
        if article_id in self.story:
            return self.story[article_id]
        if mh is None:
            self.story[article_id] = article_id
            return article_id
        best, best_sim = None, 0.0
        for other in self.lsh.query(mh):
            sim = mh.jaccard(self.sigs[other])
            if sim >= self.threshold and (sim, other) > (best_sim, best or ""):
                best, best_sim = other, sim
        story = self.story[best] if best else article_id
        self.add_known(article_id, mh, story)
        return story

    def similarity(self, a: str, b: str) -> float:
        return float(self.sigs[a].jaccard(self.sigs[b])) if a in self.sigs and b in self.sigs else 0.0


def assign_stories(docs: Iterable[Document]) -> dict[str, str]:
    """article id -> story id (itself, or the first earlier article it nearly duplicates)."""
    index = DedupIndex()
    return {d.id: index.assign(d.id, signature(dedup_text(d))) for d in docs}
