#!/usr/bin/env python3
"""Name-list word features for the NER model: `python scripts/build_name_list_words.py`.

Reads the expanded Indonesian DBpedia name lists (../shared/data/gazetteer/mdee_gazetteer/
{person,place,organization}.txt; build time only) and marks, in the model's word table
(linimasa/models/ner-id.clusters.txt), the words that often occur inside names of one kind:
`word<TAB>... nl=PER`. Word-local on purpose: whole-name matches were measured before and
added little (names in news are rarely the full DBpedia title), while a word that is usually
part of person names ("Susilo", "Widodo") is a cue wherever it stands. Words that clickid
news writes in lower case inside sentences (ner-id.vocab.txt buckets 0-1: "dan", "baru")
are left out: they are not name words. Derived marks only; no list is copied.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linimasa.ner.tagger import MODELS, _read_word_table, load_vocab  # noqa: E402
from linimasa.text.tokenize import token_texts  # noqa: E402

TABLE = MODELS / "ner-id.clusters.txt"
LISTS = {"PER": "person.txt", "LOC": "place.txt", "ORG": "organization.txt"}


def marks(folder: Path, min_count: int, min_share: float, vocab: dict[str, str]) -> dict[str, list[str]]:
    counts = {lab: Counter() for lab in LISTS}
    for lab, name in LISTS.items():
        for line in (folder / name).read_bytes().decode("utf-8", "replace").splitlines():
            for w in set(token_texts(line)):
                if w[:1].isalpha():
                    counts[lab][w.lower()] += 1
    out: dict[str, list[str]] = {}
    words = set().union(*counts.values())
    for w in words:
        # one- and two-letter words in names are initials and abbreviations ("H.", "RI")
        if vocab.get(w, "4") in ("0", "1") or len(w) < 3:
            continue
        total = sum(c[w] for c in counts.values())
        labs = [lab for lab, c in counts.items() if c[w] >= min_count and c[w] / total >= min_share]
        if labs:
            out[w] = [f"nl={lab}" for lab in labs]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--lists", default="mdee_gazetteer",
                    help="folder under data/gazetteer (mdee_gazetteer: the expanded lists)")
    ap.add_argument("--table", type=Path, default=TABLE, help="word table to extend (read)")
    ap.add_argument("--out", type=Path, default=None, help="where to write (default: --table)")
    ap.add_argument("--min-count", type=int, default=2, help="names of a kind a word must be in")
    ap.add_argument("--min-share", type=float, default=0.3, help="of the word's name-list uses")
    ap.add_argument("--known-only", action="store_true",
                    help="mark only words already in the table (keeps it small)")
    args = ap.parse_args(argv)
    folder = args.shared / "data" / "gazetteer" / args.lists
    if not folder.exists():
        print(f"build_name_list_words: {folder} not found; pass --shared PATH", file=sys.stderr)
        return 2
    new = marks(folder, args.min_count, args.min_share, load_vocab())
    table = _read_word_table(args.table)
    base = {w: " ".join(x for x in v.split(" ") if not x.startswith("nl=")) for w, v in table.items()}
    if args.known_only:
        new = {w: v for w, v in new.items() if w in base}
    header = ""
    first = args.table.read_text(encoding="utf-8").split("\n", 1)[0]
    if first.startswith("#"):
        header = first.rstrip() + ("" if "nl=" in first else "; nl=KIND: DBpedia name-list "
                                   "words (scripts/build_name_list_words.py)") + "\n"
    rows = []
    for w in list(base) + sorted(set(new) - set(base)):
        value = " ".join(x for x in [base.get(w, "")] + new.get(w, []) if x)
        if value and "\t" not in w:
            rows.append(f"{w}\t{value}\n")
    out = args.out or args.table
    out.write_text(header + "".join(rows), encoding="utf-8")
    print(f"wrote {out}: {len(rows)} words, {len(new)} marked from {folder.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
