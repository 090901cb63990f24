"""JSON Lines: one article per line with `text` and optional `id`, `date`, `title`, `url`, `language`."""

from __future__ import annotations

import json
from collections.abc import Iterator

from lagebild.document import Article
from lagebild.readers.dates import InvalidDate, parse_article_date
from lagebild.readers.decode import UndecodableInput, decode_utf8

OPTIONAL_STRING_FIELDS = ("id", "title", "url", "language")


def read_jsonl(data: bytes, source: str, stem: str) -> Iterator[Article | tuple[str, str]]:
    """Articles from JSONL bytes; each bad line becomes a (file:line, message) error."""
    try:
        text = decode_utf8(data)
    except UndecodableInput as err:
        yield (source, str(err))
        return
    if not text.strip():
        yield (source, "empty file (no articles)")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _parse_line(line, f"{source}:{number}", f"{stem}-{number}")


def _parse_line(line: str, where: str, default_id: str) -> Article | tuple[str, str]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return (where, f"malformed JSON ({err.msg} at column {err.colno})")
    if not isinstance(record, dict):
        return (where, "expected a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return (where, "missing or empty 'text' field")
    for field in OPTIONAL_STRING_FIELDS + ("date",):
        if record.get(field) is not None and not isinstance(record[field], str | int):
            return (where, f"field {field!r} must be a string")
    date = record.get("date")
    if date is not None:
        try:
            date = parse_article_date(str(date))
        except InvalidDate as err:
            return (where, str(err))
    fields = {f: str(record[f]) for f in OPTIONAL_STRING_FIELDS if record.get(f) is not None}
    fields.setdefault("id", default_id)
    return Article(text=text, date=date, source=where, **fields)
