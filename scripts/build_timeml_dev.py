#!/usr/bin/env python3
"""Rebuild TimeML gold files for the time tagger's dev set from the raw Kompas files
in ../shared and our standoff annotations in dev/timeml/<docid>.json.

    python3 scripts/build_timeml_dev.py OUT_DIR [--shared PATH] [--standoff DIR]

The article text is not in this repository: each standoff file is a list of
{start, end, text, type, value} over the TEXT section as eval/timex.py `prepare`
reads it (tags stripped), or an object whose "timex" key holds that list. --standoff picks another annotation folder
(default dev/timeml; the blind set is dev/timeml-blind). The raw files are partly cp1252; output is UTF-8 with the
original line ends. Exits non-zero if an annotation does not match the text.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STANDOFF = ROOT / "dev" / "timeml"


def read_raw(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")



def build(shared: Path, out: Path, standoff: Path = STANDOFF) -> list[str]:
    src = shared / "data" / "kompas-dev"
    if not src.is_dir():
        raise SystemExit(f"error: {src} not found; pass --shared with the shared data folder")
    out.mkdir(parents=True, exist_ok=True)
    built = []
    if not standoff.is_dir():
        raise SystemExit(f"error: annotation folder {standoff} not found; pass --standoff DIR")
    for ann_path in sorted(standoff.glob("*.json")):
        doc_id = ann_path.stem
        # eval/timex.py reads files in text mode, so offsets are over "\n" line ends
        raw = read_raw(src / f"{doc_id}.tml").replace("\r\n", "\n")
        m = re.search(r"(<TEXT>)(.*?)(</TEXT>)", raw, re.S)
        body = m.group(2)
        if "<TIMEX3" in body:
            raise SystemExit(f"error: {doc_id}: raw TEXT already has TIMEX3 tags")
        data = json.loads(ann_path.read_text(encoding="utf-8"))
        if isinstance(data, dict):          # {"id", "dct", "timex": [...]} (the blind set's shape)
            data = data.get("timex") or []
        anns = sorted(data, key=lambda a: a["start"])
        pieces, pos = [], 0
        for i, a in enumerate(anns, 1):
            if body[a["start"]:a["end"]] != a["text"]:
                raise SystemExit(f"error: {ann_path.name}: span {a['start']}-{a['end']} is "
                                 f"{body[a['start']:a['end']]!r}, annotation says {a['text']!r}")
            if a["start"] < pos:
                raise SystemExit(f"error: {ann_path.name}: overlapping annotation {a['text']!r}")
            pieces.append(body[pos:a["start"]])
            pieces.append(f'<TIMEX3 tid="t{i}" type="{a["type"]}" value="{a["value"]}">{a["text"]}</TIMEX3>')
            pos = a["end"]
        pieces.append(body[pos:])
        text = raw[:m.start(2)] + "".join(pieces) + raw[m.end(2):]
        (out / f"{doc_id}.tml").write_text(text, encoding="utf-8", newline="")
        built.append(doc_id)
    return built


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--standoff", type=Path, default=STANDOFF,
                    help="folder of <docid>.json standoff annotations (default: dev/timeml)")
    args = ap.parse_args(argv)
    built = build(args.shared, args.out, args.standoff)
    print(f"{len(built)} TimeML files written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
