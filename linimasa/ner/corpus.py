"""Training corpora for the NER model, read from ../shared/data/ner at build time only.

Each corpus declares its own tag set; `TAG_MAP` folds them explicitly onto PER / ORG / LOC
(everything else becomes O). The sources and their licences are listed in each SOURCE.txt.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LABELS = ("PER", "ORG", "LOC")

# Explicit mapping of every tag type found in the corpora (upper-cased). Unlisted types -> O.
TAG_MAP = {
    # idner-news-2k, NER-UGM, generic
    "PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANIZATION": "ORG", "LOC": "LOC",
    "LOCATION": "LOC",
    # NERGrit
    "ORGANISATION": "ORG", "PLACE": "LOC",
    # NERP
    "PPL": "PER", "IND": "ORG", "PLC": "LOC",
    # IDCrossNER politics: politicians are people, parties are organisations, countries places
    "POLITICIAN": "PER", "POLITICALPARTY": "ORG", "COUNTRY": "LOC", "GPE": "LOC",
    # NERGrit / NERP / NER-UGM types that are not PER/ORG/LOC map to O: EVT, FNB, TIME, QUANTITY,
    # election, event, misc ...
}


@dataclass(frozen=True)
class Corpus:
    name: str
    paths: tuple[str, ...]      # relative to the shared NER folder
    lowercased: bool = False    # NERP is all lower case: its casing features would mislead
    # idner-news-2k convention: a country is LOC only as a place ("di Indonesia"), O as an
    # actor or modifier ("Pemerintah Indonesia", "serangan Israel"); 42% of its country tokens
    # are O. IDCrossNER politics agrees (51% O); NERGrit and NER-UGM tag nearly every country
    # LOC (3% and 12% O) and training on them cost 1.5 F1 on idner-news-2k dev (token level),
    # so they are left out unless scripts/train_ner.py --all-corpora, which folds them first
    # (fold_countries: a country LOC outside a place position becomes O).
    idner_convention: bool = True
    # drop sentences that also occur in these corpora (NER-UGM shares ~1000 sentences with
    # idner-news-2k train and dev: training on them would leak dev and double-count train)
    dedupe_against: tuple[str, ...] = ()


TRAIN = (
    Corpus("idner-news-2k", ("idner-news-2k/train.txt",)),
    Corpus("nergrit", ("nergrit/train_preprocess.txt",), idner_convention=False),
    Corpus("nerugm", ("nerugm/nerugm.txt",), idner_convention=False,
           dedupe_against=("idner-news-2k/train.txt", "idner-news-2k/dev.txt")),
    Corpus("idcrossner-politics", ("idcrossner-politics/train.txt", "idcrossner-politics/dev.txt",
                                   "idcrossner-politics/test.txt")),
    Corpus("nerp", ("nerp/train_preprocess.txt",), lowercased=True, idner_convention=False),
)
DEV = {
    "idner-news-2k-dev": "idner-news-2k/dev.txt",
    "nergrit-valid": "nergrit/valid_preprocess.txt",
}


def fold_countries(words: list[str], tags: list[str], countries: frozenset[str],
                   places: frozenset[str], after_words: frozenset[str] = frozenset(),
                   coord: frozenset[str] = frozenset()) -> list[str]:
    """Relabel a corpus to the idner-news-2k convention: a LOC span that is exactly a country
    name is kept only in a place position (after a locative preposition, followed by a
    direction, or coordinated with such a place); elsewhere (actor, modifier, nationality:
    "Pemerintah Indonesia", "bahasa Inggris", "pasukan Rusia") it becomes O."""
    out = list(tags)
    prev_place, prev_end = False, -1
    for s, e, label in sorted(spans(tags)):
        if label != "LOC" or " ".join(words[s:e]) not in countries:
            prev_place, prev_end = label == "LOC", e     # other LOC names are places
            continue
        before = words[s - 1].lower() if s else ""
        before2 = " ".join(w.lower() for w in words[max(0, s - 2):s])
        after = words[e].lower() if e < len(words) else ""
        place = before in places or before2 in places or after in after_words or (
            before in coord and prev_place and prev_end == s - 1)
        if not place:
            for i in range(s, e):
                out[i] = "O"
        prev_place, prev_end = place, e
    return out


def map_tag(tag: str) -> str:
    if tag[:2] not in ("B-", "I-"):
        return "O"
    label = TAG_MAP.get(tag[2:].upper())
    return f"{tag[:2]}{label}" if label else "O"


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of (tokens, mapped BIO tags). Token = first column, tag = last column."""
    sents, words, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n").replace("\r", "")
            parts = line.split()
            if not parts:
                if words:
                    sents.append((words, _repair_bio(tags)))
                    words, tags = [], []
                continue
            words.append(parts[0])
            tags.append(map_tag(parts[-1]) if len(parts) > 1 else "O")
    if words:
        sents.append((words, _repair_bio(tags)))
    return sents


def _repair_bio(tags: list[str]) -> list[str]:
    """An I- tag after O or after another type starts an entity (mapped-away types leave these)."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, typ = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and not (t.startswith("I-") and t[2:] == typ):
            out.add((start, i, typ))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, typ = i, t[2:]
    return out
