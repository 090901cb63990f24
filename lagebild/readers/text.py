"""Plain-text articles: an optional first line `date YYYY-MM[-DD]`, then the text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lagebild.document import Article
from lagebild.readers.dates import InvalidDate, parse_article_date
from lagebild.readers.decode import UndecodableInput, decode_utf8

# `date 2024-06` on a line of its own, or followed by the text on the same line
DATE_PREFIX = re.compile(r"^\s*date[ \t]+(\d\S*)(?:[ \t]*\n|[ \t]+|[ \t]*$)", re.IGNORECASE)


def split_date_prefix(text: str) -> tuple[str | None, str]:
    """(the raw date after a leading `date`, the rest of the text); (None, text) without one."""
    match = DATE_PREFIX.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end() :]


def read_text(data: bytes, source: str, stem: str) -> Iterator[Article | tuple[str, str]]:
    """One article from a text file's bytes, or one (source, message) error."""
    try:
        text = decode_utf8(data)
    except UndecodableInput as err:
        yield (source, str(err))
        return
    raw_date, text = split_date_prefix(text)
    date = None
    if raw_date is not None:
        try:
            date = parse_article_date(raw_date)
        except InvalidDate as err:
            yield (f"{source}:1", str(err))
            return
    if not text.strip():
        yield (source, "empty file (no article text)")
        return
    yield Article(id=stem, text=text.strip(), date=date, source=source)
