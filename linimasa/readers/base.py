"""What every reader yields: documents, or a clear per-input error."""
from __future__ import annotations

from dataclasses import dataclass

# Inputs larger than this are refused rather than read into memory whole.
MAX_BYTES = 20 * 1024 * 1024


@dataclass(slots=True)
class ReadError:
    path: str
    reason: str
    where: str | None = None    # e.g. 'line 12' of a JSONL file, a WARC record id

    def __str__(self) -> str:
        loc = f" ({self.where})" if self.where else ""
        return f"{self.path}{loc}: {self.reason}"


class UnreadableInput(Exception):
    """Raised inside a reader; turned into a ReadError naming the file."""
