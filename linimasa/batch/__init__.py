"""Local batch processing: all cores, streaming, in order, resumable, failure-tolerant.

    from linimasa.batch import iter_processed, Failure
    run = iter_processed(["corpus/"], workers=4, manifest="corpus.manifest.sqlite")
    for item in run:
        if isinstance(item, Failure):
            ...  # item.source, item.reason, item.message
        else:
            ...  # a processed Document
    print(run.summary_line())
"""
from .failures import Failure, FailureReport
from .manifest import Manifest, ManifestError, doc_key
from .runner import BatchRun, iter_processed

__all__ = ["iter_processed", "BatchRun", "Failure", "FailureReport", "Manifest", "ManifestError", "doc_key"]
