"""Writers: Documents (and stored events) → json, jsonl, table, plover, csv, parquet.

A writer is opened on a text stream, gets Documents one by one in input order, and is closed.
"""

from __future__ import annotations

from typing import TextIO

from lagebild.writers.base import DocumentWriter
from lagebild.writers.json import JsonLinesWriter, JsonWriter
from lagebild.writers.plover import PloverWriter
from lagebild.writers.table import TableWriter

DOCUMENT_WRITERS: dict[str, type[DocumentWriter]] = {
    "json": JsonWriter,
    "jsonl": JsonLinesWriter,
    "table": TableWriter,
    "plover": PloverWriter,
}


def open_writer(fmt: str, stream: TextIO) -> DocumentWriter:
    try:
        return DOCUMENT_WRITERS[fmt](stream)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(DOCUMENT_WRITERS)})") from None


__all__ = ["DOCUMENT_WRITERS", "DocumentWriter", "open_writer"]
