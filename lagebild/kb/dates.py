"""Partial dates (TIMEX3 values "2024", "2024-06", "2024-06-18") as closed day intervals."""

from __future__ import annotations

import calendar
import re

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
EARLIEST = "0001-01-01"
LATEST = "9999-12-31"


def period(value: str | None) -> tuple[str, str] | None:
    """The first and last day a partial date covers: "2024-06" → ("2024-06-01", "2024-06-30")."""
    if not value:
        return None
    m = _DATE.match(value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        day_iso = f"{year}-{month}-{day}"
        return day_iso, day_iso
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def span(start: str | None, end: str | None) -> tuple[str, str]:
    """The days a role held from `start` to `end` covers (open ends reach the earliest/latest day)."""
    lo = period(start)
    hi = period(end)
    return (lo[0] if lo else EARLIEST, hi[1] if hi else LATEST)


def overlap(a: tuple[str, str], b: tuple[str, str]) -> int:
    """How many days two intervals share (0 when disjoint; an approximation by ordinal days)."""
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    if lo > hi:
        return 0
    return _ordinal(hi) - _ordinal(lo) + 1


def _ordinal(day: str) -> int:
    y, m, d = (int(x) for x in day.split("-"))
    return y * 372 + m * 31 + d
