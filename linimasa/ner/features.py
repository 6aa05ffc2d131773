"""Token features for the CRF, computed once per distinct word type and cached.

Everything a word contributes is cached as five ready-made lists: its own features and the
features it gives the tokens two before, one before, one after and two after it. A token's
features are then one concatenation of cached lists, plus the few features that depend on the
sentence: gazetteer positions, sentence position and the length of the capitalised run the
token is in ("Partai Golkar Aburizal Bakrie" vs "Indonesia").

The model's word table (ner-id.clusters.txt) gives a word its PPMI cluster and may add named
fields built offline: word2vec k-means clusters at several granularities (e64=, e256=, e1024=,
scripts/build_embedding_clusters.py) and DBpedia name-list marks (nl=PER/LOC/ORG,
scripts/build_name_list_words.py). All are word-local: free per token once a type is cached.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, islice, repeat
from operator import getitem

from ..lang import load_yaml

_OPEN = frozenset({'"', "“", "‘", "'", "(", "[", "-", "–", "—", ":", "•"})
# Indonesian verb prefixes: a name followed by one is usually an actor ("Israel menyerang")
_VERB = re.compile(r"(?:me[mnrlwy]?|meng|meny|ber|di|ter|mem|pe[mn]?)[a-z]{3,}$")

_SHAPE_TABLE = str.maketrans({**{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
                              **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"},
                              **{c: "d" for c in "0123456789"}})
_RUNS = re.compile(r"(.)\1+")


def shape(w: str) -> str:
    s = w.translate(_SHAPE_TABLE)
    return s if s.isascii() else re.sub(r"[^Xxd\x00-\x7f]", "p", s)


def short_shape(w: str) -> str:
    return _RUNS.sub(r"\1", shape(w))


@lru_cache(maxsize=1)
def cue_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(title words, speaker cue words, one-word locative prepositions), lower-cased, from
    lang/id/honorifics.yaml."""
    h = load_yaml("id", "honorifics.yaml")
    titles = set()
    for phrase in list(h["role_titles"]) + list(h["honorifics"]):
        for w in phrase.split():
            titles.add(w.lower().rstrip("."))
    places = frozenset(p for p in h["locative_prepositions"] if " " not in p)
    return frozenset(titles), frozenset(h["speaker_cues"]), places


class FeatureCache:
    # ~0.9 KB per cached word type: 50k types (the frequent ones arrive first, by Zipf) keep
    # the hit rate high while memory stays flat over a whole crawl (300k cost ~270 MB at 22k).
    def __init__(self, cap_buckets: dict[str, str] | None = None, max_size: int = 50_000,
                 clusters: dict[str, str] | None = None, keep: frozenset[str] | None = None):
        self.cap_buckets = cap_buckets or {}
        # attributes the model knows (and weighs enough): a word's cached lists hold only
        # these, so the CRF is not handed strings it would look up and ignore
        self.keep = keep
        self.clusters = clusters or {}      # word -> distributional cluster id (may be empty)
        self.titles, self.cues, self.places = cue_words()
        self._types: dict[str, tuple[list[bytes], ...]] = {}
        self.max_size = max_size

    def word(self, w: str) -> tuple[list[bytes], ...]:
        """(own, as -2, as -1, as +1, as +2) feature lists of a word type, UTF-8 encoded."""
        f = self._types.get(w)
        if f is None:
            f = self._make(w)
            if len(self._types) < self.max_size:
                self._types[w] = f
        return f

    def _make(self, w: str) -> tuple[list[bytes], ...]:
        k = self.keep
        # stored UTF-8 encoded: pycrfsuite takes bytes as they are and encodes every str
        return tuple([a.encode() for a in x if k is None or a in k] for x in self.attributes(w))

    def attributes(self, w: str) -> tuple[list[str], ...]:
        """(own, as -2, as -1, as +1, as +2) attribute names of a word type, unpruned."""
        lw = w.lower()
        sh = shape(w)
        ss = _RUNS.sub(r"\1", sh)
        cb = self.cap_buckets.get(lw, "u")
        own = ["b", "w=" + lw, "sh=" + (sh if len(sh) <= 5 else ss), "s3=" + lw[-3:], "cb=" + cb]
        if w[:1].isupper():
            own.append("capcb=" + cb)       # capitalised here; how often elsewhere?
            if w.isupper() and len(w) > 1:
                own.append("acro")
        if len(lw) > 4:
            own.append("p4=" + lw[:4])
        cls = []
        if lw in self.titles:
            cls.append("title")
        if lw in self.cues:
            cls.append("cue")
        if lw in self.places:
            cls.append("place")             # "di Indonesia": a country as a place
        if w.islower() and _VERB.match(w):
            cls.append("verb")              # "Israel menyerang": a country as an actor
        own += cls
        m2 = ["-2w=" + lw]
        m1 = ["-1w=" + lw, "-1ss=" + ss, "-1cb=" + cb] + ["-1" + c for c in cls]
        p1 = ["+1w=" + lw, "+1ss=" + ss, "+1cb=" + cb] + ["+1" + c for c in cls]
        cl = self.clusters.get(lw)
        if cl is not None:
            # "coarse:fine" ids: two granularities; neighbours get the coarse one only.
            # Named fields after a space ("e256=17", word2vec k-means clusters of
            # scripts/build_embedding_clusters.py) are attributes of the word and its neighbours
            cl, _, named = cl.partition(" ")
            if "=" in cl:
                cl, named = "", cl + " " + named
            if cl:
                cl, _, fine = cl.partition(":")
                own.append("cl=" + cl)
                if fine:
                    own.append("cf=" + fine)
                m1.append("-1cl=" + cl)
                p1.append("+1cl=" + cl)
            for a in named.split():
                own.append(a)
                m1.append("-1" + a)
                p1.append("+1" + a)
        p2 = ["+2w=" + lw]
        return own, m2, m1, p1, p2

    def sentence(self, tokens: list[str], gaz: list[list[str]]) -> list[list[str]]:
        """Feature lists for every token of a sentence (for training and inspection)."""
        return [[a.decode() for a in f] for f in self.encoded(tokens, gaz)]

    def encoded(self, tokens: list[str], gaz: list[list[str]]) -> list[list[bytes]]:
        """Feature lists for every token of a sentence, UTF-8 encoded, what the tagger is
        given. The order of attributes is kept (own, -2, -1, +1, +2, gazetteer, run, first,
        gazetteer of -1 and +1): the CRF sums their weights in that order."""
        get, word = self._types.get, self.word
        types = [get(t) or word(t) for t in tokens]
        # neighbour lists shifted into place; sentence edges give "bos"/"eos" or nothing
        m2s = [(), (), *[t[1] for t in types[:-2]]]
        m1s = [_BOS, *[t[2] for t in types[:-1]]]
        p1s = [*[t[3] for t in types[1:]], _EOS]
        p2s = [*[t[4] for t in types[2:]], (), ()]
        out = [[*t[0], *a, *b, *c, *d] for t, a, b, c, d in zip(types, m2s, m1s, p1s, p2s)]
        for i, a in sentence_extras(tokens, gaz):
            out[i].append(a)
        return out


def sentence_extras(tokens: list[str], gaz: list[list[str]]) -> list[tuple[int, bytes]]:
    """(token index, attribute) for the attributes that depend on the sentence, not the word,
    in the order they follow a token's word attributes: gazetteer, capital run, first, then
    the gazetteer of the tokens before and after. (Tokens are picked out in C - compress over
    per-token flags - and only the few with such an attribute are visited in Python.)"""
    n = len(tokens)
    out: list[tuple[int, bytes]] = []
    has_gaz = any(gaz)
    if has_gaz:
        out += [(i, _encoded("", g)) for i in compress(range(n), gaz) for g in gaz[i]]
    _add_cap_runs(tokens, out)
    if n:
        out.append((0, _FIRST))
        out += [(i, _FIRST) for i in compress(range(1, n), map(_OPEN.__contains__, islice(tokens, n - 1)))]
    if has_gaz:
        near = set()
        for j in compress(range(n), gaz):
            near.update((j - 1, j + 1))
        for i in sorted(near):
            if i < 0 or i >= n:
                continue
            if i and gaz[i - 1]:
                out += [(i, _encoded("-1", g)) for g in gaz[i - 1]]
            if i + 1 < n and gaz[i + 1]:
                out += [(i, _encoded("+1", g)) for g in gaz[i + 1]]
    return out


_BOS, _EOS, _FIRST = (b"bos",), (b"eos",), b"first"
_RUN = {(size, pos): f"run={size}{pos}".encode() for size in range(1, 5) for pos in "BI"}
_ENCODED: dict[tuple[str, str], bytes] = {}


def _encoded(side: str, g: str) -> bytes:
    """side + gazetteer feature, encoded once (there are a few dozen of them)."""
    s = _ENCODED.get((side, g))
    if s is None:
        s = _ENCODED[(side, g)] = (side + g).encode()
    return s


def _add_cap_runs(tokens: list[str], out: list[tuple[int, bytes]]) -> None:
    """Appends (token, 'run=<length><position>') for each token in a capitalised run."""
    caps = list(compress(range(len(tokens)), map(str.isupper, map(getitem, tokens, repeat(_FIRST_CHAR)))))
    k, n = 0, len(caps)
    while k < n:
        i = caps[k]
        j = k + 1
        while j < n and caps[j] == i + (j - k):
            j += 1
        size = min(j - k, 4)
        out.append((i, _RUN[(size, "B")]))
        inner = _RUN[(size, "I")]
        out += [(t, inner) for t in range(i + 1, i + (j - k))]
        k = j


_FIRST_CHAR = slice(0, 1)
