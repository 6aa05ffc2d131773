#!/usr/bin/env python3
"""Inputs and TimeML gold for the blind CLICK-ID Kompas set (standoff annotations in this folder).

  make_input.py --jsonl OUT.jsonl   # system input: {"id", "text", "title", "published"} per article
  make_input.py --tml GOLD_DIR      # <id>.tml files in the layout /work/shared/eval/timex.py parse() reads

The article text is never stored in the repository: it is read from
../shared/data/clickid/clickid_articles.jsonl.gz (override with --shared) and every
annotated span is checked against it (text[start:end] == span text) before anything is written.
"""
import argparse
import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parents[2] / "shared"


def load_annotations():
    return {a["id"]: a for a in (json.loads(p.read_text(encoding="utf-8"))
                                 for p in sorted(HERE.glob("*.json")))}


def load_articles(shared, ids):
    path = Path(shared) / "data" / "clickid" / "clickid_articles.jsonl.gz"
    if not path.exists():
        sys.exit(f"{path} not found: pass --shared pointing at the shared data folder")
    found = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] in ids:
                found[row["id"]] = row
    missing = sorted(set(ids) - set(found))
    if missing:
        sys.exit(f"articles missing from {path}: {', '.join(missing)}")
    return found


def check(ann, text):
    for t in ann["timex"]:
        if text[t["start"]:t["end"]] != t["text"]:
            sys.exit(f'{ann["id"]}: span {t["start"]}-{t["end"]} is {text[t["start"]:t["end"]]!r}, '
                     f'annotation says {t["text"]!r}; the source text changed or the offsets are wrong')


def tagged_text(ann, text):
    out, pos = [], 0
    for n, t in enumerate(sorted(ann["timex"], key=lambda t: t["start"]), 1):
        if t["start"] < pos:
            sys.exit(f'{ann["id"]}: overlapping spans at {t["start"]}')
        out.append(text[pos:t["start"]])
        out.append(f'<TIMEX3 tid="t{n}" type="{t["type"]}" value="{t["value"]}">{t["text"]}</TIMEX3>')
        pos = t["end"]
    out.append(text[pos:])
    return "".join(out)


def write_tml(ann, row, out_dir):
    # timex.py takes TEXT verbatim (no entity decoding), so the text is written unescaped.
    if any(s in row["content"] + row["title"] for s in ("<TIMEX3", "</TEXT>", "</TITLE>")):
        sys.exit(f'{ann["id"]}: text contains a tag timex.py would misread')
    dct = ann["dct"]
    doc = ('<?xml version="1.0" ?>\n<TimeML>\n\n'
           f'<DOCID>{ann["id"]}</DOCID>\n\n'
           f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
           f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n\n'
           f'<TITLE>{row["title"]}</TITLE>\n\n'
           f'<TEXT>{tagged_text(ann, row["content"])}</TEXT>\n\n</TimeML>\n')
    (out_dir / f'{ann["id"]}.tml').write_text(doc, encoding="utf-8", newline="")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jsonl", help="write the system input JSONL here")
    ap.add_argument("--tml", help="write TimeML gold files into this directory")
    ap.add_argument("--shared", default=str(DEFAULT_SHARED), help="shared data folder (default ../shared)")
    args = ap.parse_args()
    if not args.jsonl and not args.tml:
        ap.error("give --jsonl OUT.jsonl and/or --tml GOLD_DIR")
    anns = load_annotations()
    rows = load_articles(args.shared, set(anns))
    for ann in anns.values():
        check(ann, rows[ann["id"]]["content"])
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as f:
            for i, ann in anns.items():
                r = rows[i]
                f.write(json.dumps({"id": i, "text": r["content"], "title": r["title"],
                                    "published": ann["dct"]}, ensure_ascii=False) + "\n")
    if args.tml:
        out_dir = Path(args.tml)
        out_dir.mkdir(parents=True, exist_ok=True)
        for i, ann in anns.items():
            write_tml(ann, rows[i], out_dir)
    print(f"{len(anns)} articles, {sum(len(a['timex']) for a in anns.values())} expressions", file=sys.stderr)


if __name__ == "__main__":
    main()
