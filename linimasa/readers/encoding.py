"""Decode bytes to text: UTF-8 first, else a detected legacy encoding, else refuse."""
from __future__ import annotations

from .base import UnreadableInput


def decode_bytes(data: bytes) -> str:
    if not data.strip():
        raise UnreadableInput("the file is empty")
    if b"\x00" in data[:8192]:
        raise UnreadableInput("this looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableInput("the file is not valid UTF-8; re-save it as UTF-8") from None
