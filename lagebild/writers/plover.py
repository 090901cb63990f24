"""Strict PLOVER JSONL: one event record per line with the manual's field names (chapter 6).

PLOVER wants `date` as YYYY-MM-DD; an event known only to the month or year is written as the
range it covers (`date` = first day, `enddate` = last day).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from typing import Any

from lagebild.document import Actor, Document, Event
from lagebild.writers.base import DocumentWriter

CODER = "lagebild"
CODEBOOK = "plover-2.0-draft-2024-02"


def date_range(value: str | None) -> tuple[str | None, str | None]:
    """A TIMEX3 date → (first day, last day) in YYYY-MM-DD; (None, None) if not a calendar date."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None, None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        month = int(parts[1])
        if len(parts) == 2:
            last = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
        day = dt.date(year, month, int(parts[2]))
    except ValueError:
        return None, None
    return day.isoformat(), None


def entity_object(actor: Actor) -> dict[str, Any]:
    return {
        "code": actor.org or actor.country,
        "country": actor.country,
        "sector": actor.sector,
        "entity_text": actor.text,
        "identifier_id": actor.kb_id,
        "identifier_text": actor.name,
    }


def plover_record(event: Event, article_id: str, title: str | None = None, url: str | None = None,
                  language: str | None = None) -> dict[str, Any]:
    date, enddate = date_range(event.date)
    if event.date_end:
        enddate = date_range(event.date_end)[1] or date_range(event.date_end)[0]
    return {
        "id": event.id,
        "date": date,
        "enddate": enddate,
        "actor": [entity_object(a) for a in event.actor],
        "recipient": [entity_object(a) for a in event.recipient],
        "event": [event.event],
        "mode": [event.mode] if event.mode else [],
        "context": list(event.aux),
        "quad_code": event.quad,
        "event_scale": event.score,
        "event_loc": {"extracted_place": event.location.text, "country_code": event.location.country}
        if event.location else None,
        "event_text": [m.trigger for m in event.mentions],
        "text_info": [{"sequence": m.sentence, "start": m.start, "end": m.end} for m in event.mentions],
        "cite_info": {"citation": article_id, "title": title, "url": url, "language": language,
                      "coder": CODER, "codebook": CODEBOOK},
        "coder": CODER,
        "coded_date": dt.date.today().isoformat(),
        "comment": event.attribution.text if event.attribution else None,
    }


class PloverWriter(DocumentWriter):
    def write(self, doc: Document) -> None:
        for event in doc.events:
            record = plover_record(event, doc.id, doc.title, doc.url, doc.language)
            self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.stream.flush()
