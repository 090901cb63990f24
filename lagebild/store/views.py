"""How stored events look on a terminal."""

from __future__ import annotations

from lagebild.document import Actor
from lagebild.store.db import StoredEvent
from lagebild.writers.table import actors_label


def event_table_line(ev: StoredEvent) -> str:
    date = (ev.date or "????").ljust(10)
    kind = ev.event + (f"/{ev.mode}" if ev.mode else "")
    aux = f"  [{', '.join(ev.aux)}]" if ev.aux else ""
    who = actors_label([Actor(**a) for a in ev.actor])
    whom = f" → {actors_label([Actor(**a) for a in ev.recipient])}" if ev.recipient else ""
    trigger = ev.mentions[0]["trigger"] if ev.mentions else ""
    seen = f"  ({ev.n_articles} art., {ev.n_mentions} mentions)"
    return f"#{ev.id:<5} {date}  {who}{whom}  {kind}{aux}  «…{trigger}…»{seen}"
