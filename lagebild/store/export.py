"""Exporting stored events: jsonl (events with mentions), plover, csv, parquet."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

from lagebild.document import Actor, Attribution, Event, Location, Mention
from lagebild.events.ontology import quad_of
from lagebild.store.db import StoredEvent
from lagebild.writers.plover import plover_record

FLAT_COLUMNS = [
    "event_id", "date", "date_end", "event", "mode", "quad", "score", "actor_codes", "actor_names",
    "recipient_codes", "recipient_names", "location", "location_country", "aux", "n_mentions", "n_articles",
    "confidence", "first_article", "first_trigger", "first_text",
]


def _codes(actors: list[dict]) -> str:
    return ";".join(a.get("org") or a.get("country") or "" for a in actors)


def _names(actors: list[dict]) -> str:
    return ";".join(a.get("name") or a.get("text") or "" for a in actors)


def flat_row(ev: StoredEvent) -> dict[str, Any]:
    first = ev.mentions[0] if ev.mentions else {}
    return {
        "event_id": ev.id, "date": ev.date, "date_end": ev.date_end, "event": ev.event, "mode": ev.mode,
        "quad": ev.quad, "score": ev.score, "actor_codes": _codes(ev.actor), "actor_names": _names(ev.actor),
        "recipient_codes": _codes(ev.recipient), "recipient_names": _names(ev.recipient),
        "location": (ev.location or {}).get("text"), "location_country": (ev.location or {}).get("country"),
        "aux": ";".join(ev.aux), "n_mentions": ev.n_mentions, "n_articles": ev.n_articles,
        "confidence": ev.confidence, "first_article": first.get("article"),
        "first_trigger": first.get("trigger"), "first_text": first.get("text"),
    }


def as_event(ev: StoredEvent) -> Event:
    """A stored event as the Document model's Event (for writers shared with `extract`)."""
    attribution = next((m["attribution"] for m in ev.mentions if m.get("attribution")), None)
    return Event(
        id=f"store-{ev.id}", event=ev.event, mode=ev.mode, quad=ev.quad or quad_of(ev.event),
        score=ev.score or 0.0, actor=[Actor(**a) for a in ev.actor], recipient=[Actor(**a) for a in ev.recipient],
        date=ev.date, date_end=ev.date_end, location=Location(**ev.location) if ev.location else None,
        aux=ev.aux, attribution=Attribution(**attribution) if attribution else None,
        mentions=[Mention(sentence=m["sentence"] or 0, start=m["start"] or 0, end=m["end"] or 0,
                          trigger=m["trigger"] or "", text=m["text"] or "") for m in ev.mentions],
        confidence=ev.confidence or 0.0,
    )


def export_events(found: list[StoredEvent], fmt: str, output: Path | None) -> int:
    if fmt == "parquet":
        _write_parquet(found, output)
        return len(found)
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "csv":
            _write_csv(found, stream)
        else:
            for ev in found:
                record = plover_record(as_event(ev), _first_article(ev)) if fmt == "plover" else ev.to_dict()
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if output:
            stream.close()
    return len(found)


def _first_article(ev: StoredEvent) -> str:
    return ev.mentions[0]["article"] if ev.mentions else ""


def _write_csv(found: list[StoredEvent], stream: io.TextIOBase) -> None:
    writer = csv.DictWriter(stream, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    for ev in found:
        writer.writerow(flat_row(ev))


def _write_parquet(found: list[StoredEvent], output: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_row(ev) for ev in found]
    table = pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in FLAT_COLUMNS})
    pq.write_table(table, output)
