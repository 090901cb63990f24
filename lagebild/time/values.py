"""TIMEX3 values: validation, parsing into calendar parts, and calendar arithmetic.

A value is what `Timex.value` holds (TimeML TIMEX3 `value`, with HeidelTime's conventions for
years before Christ: `BC0490`). `is_valid` is the one definition of "valid" the tests use.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

_YEAR = r"(?:BC)?(?:\d{4}|XXXX)"
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12]\d|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4]\d|5[0-3]|XX)"
_PART_OF_DAY = r"(?:MO|MI|AF|EV|NI|DT)"
_CLOCK = r"(?:[01]\d|2[0-4]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-](?:0\d|1[0-4])(?::?[0-5]\d)?)?"
_DAY_VALUE = rf"{_YEAR}-(?:{_MONTH}-{_DAY}|W{_WEEK}-(?:[1-7]|WE))"
_DATE_VALUE = (
    rf"(?:(?:BC)?\d{{2,3}}|{_YEAR}(?:-(?:{_MONTH}|W{_WEEK}|SP|SU|FA|WI|Q[1-4]|H[12]))?"
    rf"|{_DAY_VALUE}|PRESENT_REF|PAST_REF|FUTURE_REF)"
)
_TIME_VALUE = rf"(?:{_DAY_VALUE}|{_YEAR}-W{_WEEK}|XXXX-XX-XX)T(?:{_PART_OF_DAY}|{_CLOCK})"
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION_VALUE = (
    rf"P(?:(?:{_NUM}(?:Y|M|W|D|DE|CE|ML|Q|H|SP|SU|FA|WI|MO|AF|EV|NI))+"
    rf"(?:T(?:{_NUM}[HMS])+)?|T(?:{_NUM}[HMS])+)"
)
_VALID = {
    "DATE": re.compile(rf"{_DATE_VALUE}"),
    "TIME": re.compile(rf"{_TIME_VALUE}"),
    "DURATION": re.compile(_DURATION_VALUE),
    "SET": re.compile(rf"{_DURATION_VALUE}|{_DATE_VALUE}|{_TIME_VALUE}|XXXX-WXX-[1-7](?:T{_PART_OF_DAY})?"),
}
_YMD = re.compile(r"^(BC)?(\d{4})-(\d{2})-(\d{2})")


class Partial(NamedTuple):
    """A point on the calendar known to some granularity: year, month and day may be None.

    Years before Christ are negative (`BC0490` is -490); there is no arithmetic across year 0.
    """

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def granularity(self) -> str:
        if self.year is None:
            return "none"
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    def date(self) -> dt.date | None:
        if self.day is None or self.month is None or self.year is None or not 1 <= self.year <= 9999:
            return None
        return dt.date(self.year, self.month, self.day)


_PARTIAL = re.compile(r"^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[-T])")


def is_valid(value: str, type_: str | None = None) -> bool:
    """Whether `value` is a TIMEX3 value (of `type_`, when given) and names a real calendar day."""
    if not isinstance(value, str):
        return False
    types = (type_,) if type_ else tuple(_VALID)
    if not any(t in _VALID and _VALID[t].fullmatch(value) for t in types):
        return False
    match = _YMD.match(value)
    if match and match.group(1) is None:
        return _real_day(int(match.group(2)), int(match.group(3)), int(match.group(4)))
    return True


def _real_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(max(year, 1), month)[1]


def parse(value: str | None) -> Partial | None:
    """The calendar part of a DATE/TIME value ("1939-09-01T04:45" → 1939, 9, 1); None if it has none."""
    if not value:
        return None
    match = _PARTIAL.match(value)
    if not match:
        return None
    bc, year, month, day = match.groups()
    y = -int(year) if bc else int(year)
    if month and not 1 <= int(month) <= 12:
        return Partial(y)
    if day and month and not _real_day(abs(y) or 1, int(month), int(day)):
        return Partial(y, int(month))
    return Partial(y, int(month) if month else None, int(day) if day and month else None)


def format_year(year: int) -> str:
    if year < 0:
        return f"BC{-year:04d}"
    return f"{year:04d}"


def format_partial(p: Partial, granularity: str | None = None) -> str:
    """A value for `p` at `granularity` (year, month or day; default: what `p` knows)."""
    g = granularity or p.granularity
    if p.year is None or g == "none":
        return {"year": "XXXX", "month": "XXXX-XX"}.get(g, "XXXX-XX-XX")
    out = format_year(p.year)
    if g == "year":
        return out
    if p.month is None:
        return out + ("-XX" if g == "month" else "-XX-XX")
    out += f"-{p.month:02d}"
    if g == "month":
        return out
    return out + (f"-{p.day:02d}" if p.day is not None else "-XX")


def add_days(p: Partial, days: int) -> Partial | None:
    d = p.date()
    if d is None:
        return None
    try:
        n = d + dt.timedelta(days=days)
    except OverflowError:
        return None
    return Partial(n.year, n.month, n.day)


def add_months(p: Partial, months: int) -> Partial | None:
    if p.year is None or p.month is None:
        return None
    total = p.year * 12 + (p.month - 1) + months
    year, month = divmod(total, 12)
    if not -9999 <= year <= 9999 or year == 0:
        return None
    day = None
    if p.day is not None:
        day = min(p.day, calendar.monthrange(max(year, 1), month + 1)[1])
    return Partial(year, month + 1, day)


def add_years(p: Partial, years: int) -> Partial | None:
    if p.year is None:
        return None
    year = p.year + years
    if not -9999 <= year <= 9999 or year == 0:
        return None
    day = p.day
    if day is not None and p.month is not None:
        day = min(day, calendar.monthrange(max(year, 1), p.month)[1])
    return Partial(year, p.month, day)


def iso_week(p: Partial) -> str | None:
    d = p.date()
    if d is None:
        return None
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weekday(p: Partial) -> int | None:
    """ISO weekday (Monday 1 … Sunday 7) of a day-precise point."""
    d = p.date()
    return d.isoweekday() if d else None


def day_of(value: str) -> str | None:
    """The day-or-coarser date of a DATE/TIME value, without time of day; None if unspecified.

    "2024-06-18TEV" → "2024-06-18"; "2024-06" → "2024-06"; "XXXX-XX-XX" / "PRESENT_REF" → None.
    """
    if not value or "X" in value.split("T", 1)[0] or value.endswith("_REF") or value.startswith("P"):
        return None
    base = value.split("T", 1)[0]
    return base if is_valid(base, "DATE") else None
