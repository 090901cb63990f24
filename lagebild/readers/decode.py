"""Turning input bytes into text, with an exact reason when that is impossible."""

from __future__ import annotations


class UndecodableInput(ValueError):
    pass


def decode_utf8(data: bytes) -> str:
    """UTF-8 text of `data` (a leading BOM dropped); raise `UndecodableInput` for binary or bad UTF-8."""
    if b"\x00" in data[:8192]:
        raise UndecodableInput("binary file (NUL bytes), expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise UndecodableInput(f"invalid UTF-8 at byte {err.start} (line {line})") from None
