"""A reference date for articles without one, inferred from the explicit dates in the text.

Used by the pipeline only as a fallback anchor (roles of office holders, "im Mai" → that year);
deictic expressions (gestern, vergangene Woche) are never resolved against it.
"""

from __future__ import annotations

from collections import Counter

from lagebild.time import values
from lagebild.time.engine import tag
from lagebild.time.resources import load


def infer_reference_date(text: str, lang: str = "de") -> str | None:
    """The latest explicit year (with its month, when one is named) plausible as "now".

    Candidates are dates the text states in full (1939, Juni 2024, 18. Juni 2024), taken only
    from sentences that are not in the future tense ("bis 2030 will die Regierung ..." is a
    plan, not the present). Among them the latest year wins; if that year is named with a
    month, the latest month of that year is returned ("2016-03"), else the year ("2016").
    None when the text names no explicit year.
    """
    if not text:
        return None
    res = load(lang)
    found = tag(text, None, res, narrative=True)
    explicit: Counter[tuple[int, int | None]] = Counter()
    for t in found:
        p = values.parse(t.value) if t.type in ("DATE", "TIME") else None
        if p is None or p.year is None or p.year < 1000 or not _states_year(t.text):
            continue
        if _future_sentence(text, t.start, res):
            continue
        explicit[(p.year, p.month)] += 1
    if not explicit:
        return None
    year = max(y for y, _ in explicit)
    months = [m for y, m in explicit if y == year and m is not None]
    return f"{year:04d}-{max(months):02d}" if months else f"{year:04d}"


def _states_year(text: str) -> bool:
    return sum(ch.isdigit() for ch in text) >= 4


def _future_sentence(text: str, pos: int, res) -> bool:
    from lagebild.time.normalize import FUTURE, Context

    return Context(res=res, text=text, dct=None, narrative=True).tense(pos) == FUTURE
