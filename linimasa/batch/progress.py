"""A live progress bar on stderr: articles done, articles/s and an ETA.

Silent unless stderr is a terminal (so logs and CI output stay clean) and
the caller did not ask for quiet. The total is counted in a background
thread (cheap for .txt and JSONL inputs) so processing starts at once; for
inputs that cannot be counted cheaply the bar shows the rate without an ETA.
"""
from __future__ import annotations

import gzip
import sys
import threading
from pathlib import Path
from typing import Iterable

from ..readers import iter_files


def count_records(paths: Iterable[str | Path], stop: threading.Event | None = None) -> int | None:
    """Number of articles in the inputs, or None when some input cannot be counted cheaply."""
    total = 0
    for item in iter_files(paths):
        if stop is not None and stop.is_set():
            return None
        if not isinstance(item, Path):
            continue
        name = item.name.lower()
        if name.endswith((".txt", ".text")):
            total += 1
        elif name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".json.gz")):
            opener = gzip.open if name.endswith(".gz") else open
            try:
                with opener(item, "rb") as f:
                    total += sum(1 for line in f if line.strip())
            except (OSError, EOFError):
                return None
        else:
            return None
    return total


class BatchProgress:
    def __init__(self, enabled: bool = True, description: str = "linimasa"):
        self.enabled = enabled and sys.stderr.isatty()
        self.description = description
        self._progress = None
        self._task = None
        self._stop = threading.Event()

    def start(self, paths: list, already_done: int = 0) -> None:
        if not self.enabled:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn,
                                   TextColumn, TimeElapsedColumn, TimeRemainingColumn)

        self._progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TaskProgressColumn(), TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False, speed_estimate_period=20.0)
        self._task = self._progress.add_task(self.description, total=None, completed=already_done,
                                             rate="")
        self._progress.start()
        threading.Thread(target=self._count, args=(paths,), daemon=True).start()

    def _count(self, paths: list) -> None:
        total = count_records(paths, self._stop)
        if total is not None and self._progress is not None and not self._stop.is_set():
            self._progress.update(self._task, total=total)

    def advance(self, n: int = 1) -> None:
        if self._progress is None:
            return
        self._progress.advance(self._task, n)
        speed = self._progress.tasks[0].speed
        if speed:
            self._progress.update(self._task, rate=f"{speed:,.0f} articles/s")

    def pause(self) -> None:
        if self._progress is not None:
            self._progress.stop()

    def resume(self) -> None:
        if self._progress is not None:
            self._progress.start()

    def stop(self) -> None:
        self._stop.set()
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
