"""Article dates: the `YYYY`, `YYYY-MM` or `YYYY-MM-DD` forms a reader accepts."""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class InvalidDate(ValueError):
    pass


def parse_article_date(value: str) -> str:
    """Validate an article date and return it unchanged; raise `InvalidDate` with the reason."""
    value = value.strip()
    match = _DATE.match(value)
    if not match:
        raise InvalidDate(f"invalid date {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as err:
        raise InvalidDate(f"invalid date {value!r} ({err})") from None
    return value
