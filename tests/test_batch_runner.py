"""linimasa.batch: order, streaming, failure accounting, crash recovery, manifest resume."""
from __future__ import annotations

import pytest

import linimasa.batch.runner as runner
from linimasa.batch import Failure, Manifest, iter_processed
from linimasa.stages import REGISTRY

from batch_helpers import write_corpus

BASE = ["clean", "metadata", "language", "segment"]


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus.jsonl", 120)


@pytest.fixture
def test_stages(monkeypatch):
    for name, cls in (("boom", "Boom"), ("crash", "Crash"), ("slow", "Slow")):
        monkeypatch.setitem(REGISTRY, name, f"batch_helpers:{cls}")


def _records(items):
    return [i.to_record() if not isinstance(i, Failure) else (i.reason, i.doc_id) for i in items]


def test_pool_output_equals_in_process_output_in_input_order(corpus):
    one = list(iter_processed([corpus], BASE, workers=1, progress=False))
    two = list(iter_processed([corpus], BASE, workers=2, progress=False, chunk_size=3))
    assert [d.id for d in one] == [f"art-{i:05d}" for i in range(120)]
    assert _records(two) == _records(one)
    assert all(d.sentences for d in two)


def test_unordered_yields_the_same_documents(corpus):
    run = iter_processed([corpus], BASE, workers=2, progress=False, ordered=False, chunk_size=5)
    assert sorted(d.id for d in run) == [f"art-{i:05d}" for i in range(120)]
    assert run.processed == 120 and set(run.timings) == set(BASE) and run.busy > 0


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_stage_is_counted_and_the_job_goes_on(corpus, test_stages, workers):
    run = iter_processed([corpus], BASE + ["boom"], workers=workers, progress=False, chunk_size=4)
    items = list(run)
    fails = [i for i in items if isinstance(i, Failure)]
    assert len(items) == 120
    assert len(fails) == 12 and all(f.reason == "stage 'boom' failure" for f in fails)
    assert all("cursed" in f.message and f.doc_id.endswith("3") for f in fails)
    assert run.failures == {"stage 'boom' failure": 12} and run.processed == 108
    assert [getattr(i, "id", None) or i.doc_id for i in items] == [f"art-{i:05d}" for i in range(120)]


def test_unreadable_inputs_become_failures(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Satu dua."}\nnot json\n{"id": "b", "text": "Tiga."}\n')
    items = list(iter_processed([bad, tmp_path / "missing.txt"], BASE, workers=2, progress=False))
    assert [getattr(i, "id", None) or i.reason for i in items] == ["a", "unreadable input", "b",
                                                                    "unreadable input"]
    assert items[1].where == "line 2" and "no such file" in items[3].message


def test_a_worker_crash_fails_only_the_document_that_caused_it(corpus, test_stages):
    run = iter_processed([corpus], BASE + ["crash"], workers=2, progress=False, chunk_size=8)
    items = list(run)
    crashed = [i for i in items if isinstance(i, Failure)]
    assert [c.doc_id for c in crashed] == ["art-00007", "art-00107"]
    assert all(c.reason == "worker crashed" for c in crashed)
    assert len(items) == 120 and run.worker_restarts >= 2
    assert [getattr(i, "id", None) or i.doc_id for i in items] == [f"art-{i:05d}" for i in range(120)]


def test_input_is_streamed_not_read_ahead(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "big.jsonl", 2000)
    read = []
    real = runner.read_paths

    def counting(paths):
        for item in real(paths):
            read.append(1)
            yield item
    monkeypatch.setattr(runner, "read_paths", counting)
    run = iter_processed([corpus], BASE, workers=2, progress=False, chunk_size=4, in_flight_per_worker=2)
    next(run)
    assert len(read) <= 4 * 2 * 2 + 4 + 1   # chunks in flight + one chunk being filled
    run.close()


def test_manifest_resume_skips_done_work_without_losing_any(corpus, tmp_path):
    path = tmp_path / "m.sqlite"
    first = []
    run = iter_processed([corpus], BASE, workers=2, progress=False, manifest=path, chunk_size=4)
    for doc in run:
        first.append(doc.id)
        if len(first) == 50:
            break
    run.close()
    second = iter_processed([corpus], BASE, workers=2, progress=False, manifest=path)
    rest = [d.id for d in second]
    # the document in hand when the run stopped was not confirmed, so it is done again
    assert rest[0] == first[-1]
    assert first[:-1] + rest == [f"art-{i:05d}" for i in range(120)]
    assert second.skipped == 49
    assert Manifest(path).count() == 120


def test_changed_input_is_processed_again(corpus, tmp_path):
    path = tmp_path / "m.sqlite"
    assert len(list(iter_processed([corpus], BASE, workers=1, progress=False, manifest=path))) == 120
    lines = corpus.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].replace("berkumpul", "berdemo")
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    again = [d.id for d in iter_processed([corpus], BASE, workers=1, progress=False, manifest=path)]
    assert again == ["art-00005"]


def test_manifest_refuses_other_stage_settings(corpus, tmp_path):
    path = tmp_path / "m.sqlite"
    list(iter_processed([corpus], BASE, workers=1, progress=False, manifest=path))
    with pytest.raises(Exception, match="stages="):
        iter_processed([corpus], BASE[:2], workers=1, progress=False, manifest=path)


def test_small_inputs_run_in_process(corpus):
    assert iter_processed([corpus], BASE, progress=False).workers == 1
