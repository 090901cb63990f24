"""Readers: files, directories and stdin → `Article`s, with a clear `ReadError` for each bad item.

A reader never stops a batch: every bad file or line becomes a `ReadError` naming the input
(file and line) and the problem, and reading goes on with the next item.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lagebild.document import Article
from lagebild.readers.jsonl import read_jsonl
from lagebild.readers.text import read_text

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text"}


@dataclass(frozen=True)
class ReadError:
    """One input that could not be read: where (file[:line]) and why."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def read_paths(
    paths: Iterable[str], date: str | None = None, lang: str | None = None
) -> Iterator[Article | ReadError]:
    """Every article in `paths` (files, directories read recursively, `-` for stdin), in order.

    `date` and `lang` fill in what an article does not state itself.
    """
    for path in paths:
        for item in _read_one(path):
            if isinstance(item, Article):
                item = _with_defaults(item, date, lang)
            yield item


def _with_defaults(article: Article, date: str | None, lang: str | None) -> Article:
    updates = {}
    if date and not article.date:
        updates["date"] = date
    if lang and not article.language:
        updates["language"] = lang
    return article.model_copy(update=updates) if updates else article


def _read_one(path: str) -> Iterator[Article | ReadError]:
    if path == "-":
        yield from _read_stdin()
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES)
        if not files:
            yield ReadError(path, "directory holds no .txt or .jsonl files")
        for f in files:
            yield from _read_file(f)
    elif p.is_file():
        yield from _read_file(p)
    elif p.exists():
        yield ReadError(path, "not a regular file or directory")
    else:
        yield ReadError(path, "no such file or directory")


def _read_file(path: Path) -> Iterator[Article | ReadError]:
    try:
        data = path.read_bytes()
    except OSError as err:
        yield ReadError(str(path), f"cannot read ({err.strerror})")
        return
    yield from _read_bytes(data, str(path), path.stem, jsonl=path.suffix.lower() in JSONL_SUFFIXES)


def _read_stdin() -> Iterator[Article | ReadError]:
    data = sys.stdin.buffer.read()
    looks_jsonl = data.lstrip()[:1] == b"{"
    yield from _read_bytes(data, "<stdin>", "stdin", jsonl=looks_jsonl)


def _read_bytes(data: bytes, source: str, stem: str, jsonl: bool) -> Iterator[Article | ReadError]:
    reader = read_jsonl if jsonl else read_text
    for item in reader(data, source, stem):
        if isinstance(item, tuple):
            yield ReadError(*item)
        else:
            yield item
