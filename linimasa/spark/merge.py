"""The corpus-level timeline from event rows (Parquet written by the Spark job, or any rows
shaped like linimasa.spark.rows.EVENT_COLUMNS). The clustering itself is linimasa.corpus.merge,
the same code `linimasa timeline` runs, so both engines merge events the same way."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from .rows import mention_dict


def timeline_from_event_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merged CONTRACT.md timeline entries, oldest first (negated / hypothetical left out)."""
    try:
        from ..corpus.merge import MentionRecord, merge_mentions
        from ..corpus.timeline import sort_entries, timeline_entry
    except ImportError as exc:
        raise RuntimeError(f"the corpus merge (linimasa.corpus) is not available: {exc}") from None
    mentions = [MentionRecord.from_dict(mention_dict(r)) for r in rows]
    return sort_entries([timeline_entry(e) for e in merge_mentions(mentions)])


def timeline_from_parquet(events_dir: str | Path) -> list[dict[str, Any]]:
    """Read an events Parquet directory with pyarrow (no Spark needed) and merge it."""
    import pyarrow.dataset as ds

    table = ds.dataset(str(events_dir), format="parquet").to_table(
        filter=(ds.field("negated") == False) & (ds.field("hypothetical") == False))  # noqa: E712
    return timeline_from_event_rows(table.to_pylist())


def write_timeline(entries: list[dict[str, Any]], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(entries, f, ensure_ascii=False, indent=1)
        f.write("\n")
