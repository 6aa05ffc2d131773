"""Processed documents from input paths: the batch engine when present, else a sequential loop."""
from __future__ import annotations

from typing import Callable, Iterator, Sequence

from ..document import Document

OnError = Callable[[str, str], None]     # (message, reason)


def iter_documents(paths: Sequence[str], stages: Sequence[str] | None = None,
                   on_error: OnError | None = None, progress: bool = False,
                   workers: int | None = None, manifest: str | None = None) -> Iterator[Document]:
    """Read and annotate every article under PATHS, reporting failures through ON_ERROR.

    With MANIFEST, articles a previous (interrupted) run finished are skipped; an article
    counts as finished once the consumer asks for the next one."""
    report = on_error or (lambda message, reason: None)
    try:
        from ..batch import iter_processed  # the parallel engine, when it is available
    except ImportError:
        iter_processed = None
    if iter_processed is not None:
        for item in iter_processed(list(paths), stages=stages, workers=workers, progress=progress,
                                   manifest=manifest):
            if isinstance(item, Document):
                yield item
            else:
                report(f"{getattr(item, 'source', '?')}: {getattr(item, 'message', item)}",
                       str(getattr(item, "reason", "failure")))
        return
    from ..core import get_pipeline
    from ..pipeline import StageError
    from ..readers import ReadError, read_paths

    pipeline = get_pipeline(stages)
    for item in read_paths(paths):
        if isinstance(item, ReadError):
            report(str(item), "unreadable input")
            continue
        try:
            yield pipeline.run(item)
        except StageError as exc:
            report(f"{item.source}: {exc}", f"{exc.stage} failure")
