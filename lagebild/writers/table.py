"""A readable terminal view: one line per event.

    2024-06-18  RUS Putin → PRK  CONSULT/visit  [future]  «…eintreffen…»
"""

from __future__ import annotations

from lagebild.document import Actor, Document, Event
from lagebild.writers.base import DocumentWriter


def actor_label(actor: Actor) -> str:
    """`RUS Putin`, `ICC`, `UN/MLI`: the code(s), then a short name for people."""
    codes = "/".join(c for c in (actor.org, actor.country) if c) or "---"
    if actor.is_person and actor.name:
        return f"{codes} {actor.name.split()[-1]}"
    if not actor.kb_id and not (actor.org or actor.country):
        return actor.text
    return codes


def actors_label(actors: list[Actor]) -> str:
    labels = list(dict.fromkeys(actor_label(a) for a in actors))
    return " + ".join(labels) if labels else "—"


def event_line(event: Event) -> str:
    date = (event.date or "????").ljust(10)
    kind = event.event + (f"/{event.mode}" if event.mode else "")
    aux = f"  [{', '.join(event.aux)}]" if event.aux else ""
    trigger = event.mentions[0].trigger if event.mentions else ""
    who = actors_label(event.actor)
    whom = f" → {actors_label(event.recipient)}" if event.recipient else ""
    return f"{date}  {who}{whom}  {kind}{aux}  «…{trigger}…»"


class TableWriter(DocumentWriter):
    def write(self, doc: Document) -> None:
        header = f"# {doc.id}" + (f"  ({doc.date})" if doc.date else "") + f"  {len(doc.events)} events"
        self.stream.write(header + "\n")
        for event in doc.events:
            self.stream.write(event_line(event) + "\n")
        self.stream.flush()
