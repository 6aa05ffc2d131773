"""The CRF's weights read straight from the crfsuite model file, and tagging with them in numpy.

Tagging through crfsuite costs one string per attribute (~15 per token) built in Python and
looked up in the model; here a word type's contribution is summed once into five per-label
vectors (its own attributes and those it gives the tokens two before ... two after it), so a
sentence is a few array additions plus the handful of attributes that depend on the sentence
(done, with the Viterbi, by the compiled kernels in crfjit.py).
The weights are read from the binary model rather than `Tagger.info()`, whose dump rounds them
to six decimals: the scores must be crfsuite's to give its tags.

Model file layout (crfsuite crf1d_model.c, little-endian): a 48-byte header of offsets, a FEAT
chunk of (type, source, destination, float64 weight) records (type 0: attribute -> label,
type 1: label -> label) and two CQDB string tables (labels, attributes) whose backward array
gives each id's string.
"""
from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


class ModelFormatError(ValueError):
    pass


def _strings(buf: bytes, offset: int) -> list[bytes]:
    """All strings of the CQDB table at `offset`, by id."""
    chunk, _size, _flag, _order, count, bwd = struct.unpack_from("<4sIIIII", buf, offset)
    if chunk != b"CQDB":
        raise ModelFormatError(f"no string table at offset {offset}")
    out = []
    for rec in struct.unpack_from(f"<{count}I", buf, offset + bwd):
        _id, size = struct.unpack_from("<II", buf, offset + rec)
        start = offset + rec + 8
        out.append(buf[start:start + size - 1])    # size counts the trailing NUL
    return out


class CrfWeights:
    """labels, attribute -> row of `state` (per-label weights), and `trans[from, to]`.
    `state` has one extra all-zero row, `zero`, for attributes the model does not know."""

    def __init__(self, labels: list[str], attrs: dict[bytes, int], state: np.ndarray,
                 trans: np.ndarray):
        self.labels, self.attrs, self.state, self.trans = labels, attrs, state, trans
        self.zero = len(state) - 1

    @classmethod
    def load(cls, path: Path) -> CrfWeights:
        buf = Path(path).read_bytes()
        (magic, _size, kind, _version, _nf, n_labels, n_attrs, off_feat, off_labels,
         off_attrs, _off_lref, _off_aref) = _HEADER.unpack_from(buf, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ModelFormatError(f"{path} is not a crfsuite CRF1d model; retrain it with "
                                   "`python scripts/train_ner.py` or run NerTagger(fast=False)")
        chunk, _csize, n_feat = struct.unpack_from("<4sII", buf, off_feat)
        if chunk != b"FEAT":
            raise ModelFormatError(f"{path}: no feature chunk where the header says")
        feats = np.frombuffer(buf, _FEATURE, n_feat, off_feat + 12)
        labels = [s.decode() for s in _strings(buf, off_labels)]
        attr_names = _strings(buf, off_attrs)
        if len(labels) != n_labels or len(attr_names) != n_attrs:
            raise ModelFormatError(f"{path}: string tables disagree with the header")
        state = np.zeros((n_attrs + 1, n_labels))
        trans = np.zeros((n_labels, n_labels))
        st, tr = feats[feats["type"] == 0], feats[feats["type"] == 1]
        state[st["src"], st["dst"]] = st["weight"]
        trans[tr["src"], tr["dst"]] = tr["weight"]
        return cls(labels, {a: i for i, a in enumerate(attr_names)}, state, trans)

    def strong_attributes(self, min_weight: float) -> frozenset[str]:
        """What tagger.model_attributes finds through `Tagger.info()` (~0.5 s), from the array:
        attributes whose largest |weight|, rounded to six decimals as info() prints it, is at
        least min_weight. Rounding is monotonic, so only the maxima need rounding."""
        top = np.abs(self.state[:-1]).max(axis=1)
        # info() lists only weights that print non-zero
        near = np.flatnonzero((np.abs(top - min_weight) < 1e-5) | (top < 1e-5))
        strong = top >= min_weight
        rounded = [float(f"{top[i]:.6f}") for i in near]
        strong[near] = [0 < r and min_weight <= r for r in rounded]
        names = {i: a for a, i in self.attrs.items()}
        return frozenset(names[i].decode() for i in np.flatnonzero(strong))

    def row(self, attr: bytes) -> int:
        return self.attrs.get(attr, self.zero)

    def vector(self, attrs: list[bytes]) -> np.ndarray:
        """Summed weights of attributes, in their order (as crfsuite adds them)."""
        v = np.zeros(self.state.shape[1])
        for a in attrs:
            v += self.state[self.row(a)]
        return v
