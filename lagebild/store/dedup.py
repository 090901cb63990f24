"""Cross-article deduplication: when are two event mentions the same real-world event?

Same type, same actor and recipient keys (country/org codes, else names), same place country,
same aux status, and dates that agree: equal, one a prefix of the other (2024-06 ⊃ 2024-06-18),
or full dates at most `DATE_WINDOW_DAYS` apart.
"""

from __future__ import annotations

import datetime as dt

from lagebild.document import Actor, Event

DATE_WINDOW_DAYS = 1
BLOCKING_AUX = ("negated", "hypothetical")


def actor_key(actor: Actor) -> str:
    return actor.org or actor.country or (actor.name or actor.text).lower()


def actor_keys(actors: list[Actor]) -> list[str]:
    return sorted({actor_key(a) for a in actors})


def signature(event: Event) -> str:
    aux = ",".join(a for a in event.aux if a in BLOCKING_AUX)
    place = event.location.country if event.location and event.location.country else ""
    return "|".join(
        [event.event, "+".join(actor_keys(event.actor)), "+".join(actor_keys(event.recipient)), place, aux]
    )


def _full_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def dates_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return a == b
    if a.startswith(b) or b.startswith(a):
        return True
    da, db = _full_date(a), _full_date(b)
    return bool(da and db and abs((da - db).days) <= DATE_WINDOW_DAYS)
