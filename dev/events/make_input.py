#!/usr/bin/env python3
"""Extract the dev articles annotated in clickid-dev.gold.json from ../shared into a JSONL
for `linimasa extract` (the article text stays in ../shared, never in the repo).

    python dev/events/make_input.py > /tmp/clickid-dev.jsonl
    python dev/events/make_input.py clickid-blind.gold.json > /tmp/clickid-blind.jsonl
"""
import gzip
import json
from datetime import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data" / "clickid" / "clickid_articles.jsonl.gz"


MONTHS = {m: i + 1 for i, m in enumerate("januari februari maret april mei juni juli agustus september "
                                            "oktober november desember".split())}


def _date(raw: str) -> str | None:
    raw = (raw or "").strip()
    if raw[:4].isdigit():
        return raw[:10]
    try:                                   # "Sep 30, 2019" (wowkeren)
        return datetime.strptime(raw, "%b %d, %Y").date().isoformat()
    except ValueError:
        pass
    p = raw.lower().split()
    if len(p) == 3 and p[1] in MONTHS:
        return f"{p[2]}-{MONTHS[p[1]]:02d}-{int(p[0]):02d}"
    return None


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "clickid-dev.gold.json"
    gold = json.loads((HERE / name).read_text(encoding="utf-8"))
    want = [d["id"] for d in gold["documents"]]
    # the annotator's reading of each article's date, as the held-out input carries one
    stated = {d["id"]: d.get("published") for d in gold["documents"]}
    rows = {}
    with gzip.open(SHARED, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in want:
                rows[r["id"]] = r
    for i in want:
        r = rows[i]
        # the corpus joins paragraphs with ",", which we keep: offsets refer to this text
        print(json.dumps({"id": r["id"], "text": r["content"].strip(), "title": r["title"],
                          "published": stated.get(i) or r.get("date_from_url") or _date(r["date_raw"]),
                          "url": r.get("url"), "outlet": r.get("publisher")}, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
