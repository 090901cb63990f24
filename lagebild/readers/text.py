"""Plain-text articles: an optional first line `date YYYY-MM[-DD]`, then the text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lagebild.document import Article
from lagebild.readers.dates import InvalidDate, parse_article_date
from lagebild.readers.decode import UndecodableInput, decode_utf8

DATE_LINE = re.compile(r"^\s*date\s+(\S+)\s*$", re.IGNORECASE)


def read_text(data: bytes, source: str, stem: str) -> Iterator[Article | tuple[str, str]]:
    """One article from a text file's bytes, or one (source, message) error."""
    try:
        text = decode_utf8(data)
    except UndecodableInput as err:
        yield (source, str(err))
        return
    first, _, rest = text.partition("\n")
    date = None
    match = DATE_LINE.match(first)
    if match:
        try:
            date = parse_article_date(match.group(1))
        except InvalidDate as err:
            yield (f"{source}:1", str(err))
            return
        text = rest
    if not text.strip():
        yield (source, "empty file (no article text)")
        return
    yield Article(id=stem, text=text.strip(), date=date, source=source)
