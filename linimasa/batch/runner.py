"""The local batch runner: read many inputs, run the per-article core on all cores, stream results.

Design (measured in benchmarks/run.py):
- Reading stays in the parent, as a generator; documents travel to workers as
  plain records (`Document.to_record()`) in small chunks, which amortises the
  inter-process cost while keeping at most `workers * IN_FLIGHT_PER_WORKER`
  chunks in flight, so memory stays flat however large the corpus.
  Measured on ClickID: a record round trip (to_record, pickle, unpickle,
  from_record) costs ~0.1 ms per article, slightly less than pickling Document
  objects; the parent's whole share (reading included) is ~0.4 ms per article,
  so one parent keeps ~15 workers busy at ~200 articles/s each. (source, offset)
  work units would save the parent's reading but cannot seek into .gz files.
- Each worker builds its pipeline once (`linimasa.core.get_pipeline`) in the
  pool initializer, so models load once per process.
- Results come back in input order (or as they finish with ordered=False).
- Every per-document problem becomes a `Failure` (unreadable input, a stage
  raising, a worker process dying); the job goes on.
- With a manifest, finished documents are recorded; a re-run skips them.
  A document counts as finished once the consumer asks for the next one,
  i.e. after it has been written wherever the consumer writes it.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import Counter, deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from ..core import build_pipeline, get_pipeline
from ..document import Document
from ..pipeline import StageError
from ..readers import ReadError, iter_files, read_paths
from .failures import UNREADABLE, WORKER_CRASHED, Failure, stage_reason
from .manifest import Manifest, doc_key
from .progress import BatchProgress

CHUNK_SIZE = 16             # documents per task: large enough to amortise IPC, small for latency
IN_FLIGHT_PER_WORKER = 4    # chunks queued per worker: keeps every core busy, bounds memory


SMALL_INPUT_BYTES = 256 * 1024   # below this, starting worker processes costs more than it saves


def auto_workers(paths: Sequence[str]) -> int:
    """All cores, unless the input is so small that one process finishes sooner."""
    cores = os.cpu_count() or 1
    size = 0
    for item in iter_files(paths):
        if isinstance(item, Path):
            try:
                size += item.stat().st_size
            except OSError:
                continue
            if size >= SMALL_INPUT_BYTES:
                return cores
    return 1


# ---------------------------------------------------------------- worker side

_worker_stages: tuple[str, ...] | None = None


def _init_worker(stages: tuple[str, ...] | None, parent: int) -> None:
    global _worker_stages
    _worker_stages = stages
    _die_with_parent(parent)
    get_pipeline(stages)


def _die_with_parent(parent: int) -> None:
    """If the parent is killed (SIGKILL, OOM killer), its workers must not linger as orphans."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)      # PR_SET_PDEATHSIG (Linux)
        if os.getppid() != parent:         # the parent died before prctl took effect
            os._exit(1)
        return
    except (OSError, AttributeError):
        pass

    def watch() -> None:                   # elsewhere: poll for re-parenting
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def _run_one(pipeline, doc: Document) -> tuple:
    try:
        return ("ok", pipeline.run(doc).to_record())
    except StageError as exc:
        return ("fail", stage_reason(exc.stage), str(exc))
    except Exception as exc:  # noqa: BLE001 - outside a stage (e.g. to_record); still one document
        return ("fail", "internal error", f"{type(exc).__name__}: {exc}")


def _work_chunk(records: list[dict]) -> tuple[list[tuple], dict[str, float], float, float]:
    """Process a chunk in a worker; return results, stage-time deltas, busy and CPU seconds."""
    pipeline = get_pipeline(_worker_stages)
    before = dict(pipeline.timings)
    t0, c0 = time.perf_counter(), time.process_time()
    out = [_run_one(pipeline, Document.from_record(r)) for r in records]
    busy, cpu = time.perf_counter() - t0, time.process_time() - c0
    delta = {k: v - before.get(k, 0.0) for k, v in pipeline.timings.items()}
    return out, delta, busy, cpu


def _ping() -> int:
    return os.getpid()


# ---------------------------------------------------------------- parent side

class _Slot:
    """A place in the output order: either ready items or a chunk being processed."""

    __slots__ = ("units", "future", "ready")

    def __init__(self, units: list | None = None, ready: list | None = None):
        self.units = units or []          # [(key, Document)]
        self.future: Future | None = None
        self.ready = ready                # [(key, item)] when no processing is needed


class BatchRun:
    """Iterator of `Document | Failure` with running statistics (`processed`, `failures`, ...)."""

    def __init__(self, paths: Iterable[str | Path], stages: Sequence[str] | None = None,
                 workers: int | None = None, progress: bool = True,
                 manifest: Manifest | str | Path | None = None, ordered: bool = True,
                 chunk_size: int = CHUNK_SIZE, in_flight_per_worker: int = IN_FLIGHT_PER_WORKER):
        self.paths = [str(p) for p in paths]
        self.stages = tuple(stages) if stages else None
        self.workers = max(1, workers) if workers else auto_workers(self.paths)
        self.ordered = ordered
        self.chunk_size = max(1, chunk_size)
        self.max_in_flight = self.workers * max(1, in_flight_per_worker)
        self._own_manifest = isinstance(manifest, (str, Path))
        self.manifest = Manifest(manifest) if self._own_manifest else manifest
        self.progress = BatchProgress(progress)

        self.processed = 0                       # documents yielded
        self.skipped = 0                         # already done according to the manifest
        self.failures: Counter[str] = Counter()  # reason -> count
        self.timings: dict[str, float] = {}      # stage -> seconds, summed over workers
        self.busy = 0.0                          # seconds spent in the pipeline, all workers
        self.cpu = 0.0                           # CPU seconds of that (honest on a busy machine)
        self.elapsed = 0.0
        self.worker_restarts = 0
        self._pool: ProcessPoolExecutor | None = None
        self._iter: Iterator | None = None

        # Fail fast, before any input is read: unknown stage names or a wrong order.
        build_pipeline(self.stages)
        if self.manifest is not None:
            self.manifest.check_setting("stages", ",".join(self.stages or ("default",)))

    # ------------------------------------------------------------ public

    def __iter__(self) -> "BatchRun":
        return self

    def __next__(self) -> Document | Failure:
        if self._iter is None:
            self._iter = self._generate()
        return next(self._iter)

    def close(self) -> None:
        if self._iter is not None:
            self._iter.close()

    def summary_line(self) -> str:
        rate = self.processed / self.elapsed if self.elapsed else 0.0
        parts = [f"{self.processed} article(s) in {self.elapsed:.1f} s ({rate:,.0f}/s, "
                 f"{self.workers} worker(s))"]
        if self.skipped:
            parts.append(f"{self.skipped} already done (resumed)")
        if self.failures:
            parts.append(f"{self.failures.total()} skipped: " +
                         ", ".join(f"{n} {r}" for r, n in self.failures.most_common()))
        return "linimasa: " + "; ".join(parts)

    # ------------------------------------------------------------ input

    def _units(self) -> Iterator[tuple[str | None, Any]]:
        """(key, Document) for work to do, (None, Failure) for unreadable inputs."""
        source, index = None, 0    # readers yield file by file: one counter, whatever the file count
        for item in read_paths(self.paths):
            if isinstance(item, ReadError):
                yield None, Failure(item.path, UNREADABLE, item.reason, item.where)
                continue
            if item.source != source:
                source, index = item.source, 0
            key = doc_key(item.source, index, item.text)
            index += 1
            if self.manifest is not None and self.manifest.is_done(key):
                self.skipped += 1
                continue
            yield key, item

    # ------------------------------------------------------------ output

    def _emit(self, key: str | None, item: Document | Failure) -> Iterator[Document | Failure]:
        if isinstance(item, Failure):
            self.failures[item.reason] += 1
        else:
            self.processed += 1
        self.progress.advance()
        yield item
        # The consumer asked for the next item, so it has finished with this one.
        if key is not None and self.manifest is not None:
            if isinstance(item, Failure):
                self.manifest.mark(key, item.doc_id, "failed", item.reason)
            else:
                self.manifest.mark(key, item.id)

    def _generate(self) -> Iterator[Document | Failure]:
        t0 = time.perf_counter()
        completed = False
        try:
            if self.workers == 1:
                gen = self._in_process()
            else:
                self._start_pool()
                gen = self._pooled()
            self.progress.start(self.paths, self.manifest.count() if self.manifest else 0)
            yield from gen
            completed = True
        finally:
            self.elapsed = time.perf_counter() - t0
            self.progress.stop()
            if self._pool is not None:
                self._pool.shutdown(wait=completed, cancel_futures=True)
                self._pool = None
            if self.manifest is not None:
                if self._own_manifest:
                    self.manifest.close()
                else:
                    self.manifest.commit()

    # ------------------------------------------------------------ workers=1

    def _in_process(self) -> Iterator[Document | Failure]:
        pipeline = get_pipeline(self.stages)
        for key, item in self._units():
            if isinstance(item, Failure):
                yield from self._emit(None, item)
                continue
            before = dict(pipeline.timings)
            t, c = time.perf_counter(), time.process_time()
            result = _run_one(pipeline, item)
            self.busy += time.perf_counter() - t
            self.cpu += time.process_time() - c
            for k, v in pipeline.timings.items():
                self.timings[k] = self.timings.get(k, 0.0) + v - before.get(k, 0.0)
            yield from self._emit(key, self._result(item, result))

    @staticmethod
    def _result(doc: Document, result: tuple) -> Document | Failure:
        if result[0] == "ok":
            rec = result[1]
            return rec if isinstance(rec, Document) else Document.from_record(rec)
        return Failure(doc.source, result[1], result[2], where=f"id {doc.id}", doc_id=doc.id)

    # ------------------------------------------------------------ pool

    def _start_pool(self) -> None:
        # fork: workers inherit the stage registry (plugins, tests) and start fast. Workers are
        # started here, before the progress thread exists, so no lock is held at fork time.
        try:
            ctx = multiprocessing.get_context("fork")
        except ValueError:
            ctx = multiprocessing.get_context()
        self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx,
                                         initializer=_init_worker, initargs=(self.stages, os.getpid()))
        for f in [self._pool.submit(_ping) for _ in range(self.workers)]:
            f.result()

    def _submit(self, slot: _Slot) -> _Slot:
        assert self._pool is not None
        slot.future = self._pool.submit(_work_chunk, [u[1].to_record() for u in slot.units])
        return slot

    def _pooled(self) -> Iterator[Document | Failure]:
        queue: deque[_Slot] = deque()
        chunk: list = []
        for key, item in self._units():
            if isinstance(item, Failure):
                if chunk:
                    queue.append(self._submit(_Slot(chunk)))
                    chunk = []
                queue.append(_Slot(ready=[(None, item)]))
            else:
                chunk.append((key, item))
                if len(chunk) >= self.chunk_size:
                    queue.append(self._submit(_Slot(chunk)))
                    chunk = []
            while sum(1 for s in queue if s.future is not None) >= self.max_in_flight:
                yield from self._drain_one(queue)
        if chunk:
            queue.append(self._submit(_Slot(chunk)))
        while queue:
            yield from self._drain_one(queue)

    def _drain_one(self, queue: deque[_Slot]) -> Iterator[Document | Failure]:
        if self.ordered:
            slot = queue[0]
        else:
            slot = next((s for s in queue if s.future is None or s.future.done()), None)
            if slot is None:
                wait([s.future for s in queue if s.future is not None], return_when=FIRST_COMPLETED)
                slot = next(s for s in queue if s.future is None or s.future.done())
        if slot.future is not None:
            try:
                results, delta, busy, cpu = slot.future.result()
            except BrokenProcessPool:
                self._recover(queue)
                return
            self._account(delta, busy, cpu)
            slot.ready = [(u[0], self._result(u[1], r)) for u, r in zip(slot.units, results)]
            slot.future = None
            slot.units = []
        queue.remove(slot)
        for key, item in slot.ready or []:
            yield from self._emit(key, item)

    def _recover(self, queue: deque[_Slot]) -> None:
        """A worker died (segfault, out of memory) and took the pool down. Restart it and re-run
        every unfinished document alone, one at a time, so the guilty one is known for sure;
        it becomes a Failure, the others their results. Crashes are rare, so this is cheap."""
        self._restart_pool()
        rebuilt: deque[_Slot] = deque()
        for slot in queue:
            fut = slot.future
            if fut is None or (fut.done() and not fut.cancelled() and fut.exception() is None):
                rebuilt.append(slot)
                continue
            ready = []
            for unit in slot.units:
                key, doc = unit
                assert self._pool is not None
                try:
                    results, delta, busy, cpu = self._pool.submit(_work_chunk, [doc.to_record()]).result()
                    ready.append((key, self._result(doc, results[0])))
                    self._account(delta, busy, cpu)
                except BrokenProcessPool:
                    self._restart_pool()
                    msg = "the worker process died while processing this document (crash or out of memory)"
                    ready.append((key, Failure(doc.source, WORKER_CRASHED, msg, where=f"id {doc.id}",
                                               doc_id=doc.id)))
            rebuilt.append(_Slot(ready=ready))
        queue.clear()
        queue.extend(rebuilt)

    def _account(self, delta: dict[str, float], busy: float, cpu: float) -> None:
        for k, v in delta.items():
            self.timings[k] = self.timings.get(k, 0.0) + v
        self.busy += busy
        self.cpu += cpu

    def _restart_pool(self) -> None:
        self.worker_restarts += 1
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self.progress.pause()
        try:
            self._start_pool()
        finally:
            self.progress.resume()


def iter_processed(paths: Iterable[str | Path], stages: Sequence[str] | None = None,
                   workers: int | None = None, progress: bool = True,
                   manifest: Manifest | str | Path | None = None, ordered: bool = True,
                   **options: Any) -> BatchRun:
    """Process every document under `paths`; yield `Document` or `Failure`, in input order.

    workers: processes to use (default: all cores; 1 runs in this process, easy to debug).
    manifest: a `Manifest` or a path to one; documents it lists as done are skipped.
    The returned `BatchRun` also carries counts, per-stage timings and `summary_line()`.
    """
    return BatchRun(paths, stages, workers, progress, manifest, ordered, **options)
