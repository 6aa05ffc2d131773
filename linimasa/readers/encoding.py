"""Decode bytes to text: UTF-8 first, else a detected legacy encoding, else refuse."""
from __future__ import annotations

from .base import UnreadableInput

# Code pages charset-normalizer may pick for Latin text; for Indonesian news these are
# nearly always really Windows-1252 (its curly quotes and dashes sit at 0x91-0x97).
WESTERN = {"cp1252", "latin_1", "iso8859_1", "iso8859_15", "cp850", "cp858", "cp437", "mac_roman",
           "cp1250", "iso8859_2", "cp1257", "iso8859_9", "cp1254"}

# Share of control characters above which decoded "text" is really binary data.
MAX_CONTROL_SHARE = 0.01


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text of a file's bytes. `declared` is an encoding the container named (HTTP, <meta>)."""
    if not data.strip():
        raise UnreadableInput("the file is empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableInput("this looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for enc in filter(None, (declared,)):
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000]).best()
    if best is None or best.encoding is None:
        raise UnreadableInput("the file is neither UTF-8 nor a text encoding linimasa can "
                              "recognise; re-save it as UTF-8")
    encoding = best.encoding
    if encoding in WESTERN:
        try:
            data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        raise UnreadableInput(f"the file looks like {encoding} but does not decode as it; "
                              "re-save it as UTF-8") from None
    control = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\r\t\f")
    if control > MAX_CONTROL_SHARE * min(len(text), 20000):
        raise UnreadableInput("this looks like a binary file, not text")
    return text
