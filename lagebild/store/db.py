"""Opening a store, adding analysed Documents (one transaction each), reading events back."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, insert, or_, select, update

from lagebild.document import Document, Event
from lagebild.store import schema
from lagebild.store.dedup import actor_keys, dates_agree, signature

DEFAULT_URL = "sqlite:///lagebild.db"


def database_url(db: str | None) -> str:
    """`--db` value → SQLAlchemy URL: a URL stays as it is, a plain path is an SQLite file."""
    if not db:
        return DEFAULT_URL
    if "://" in db:
        return db
    return f"sqlite:///{Path(db)}"


def content_hash(text: str, date: str | None, language: str) -> str:
    """An article's identity: the SHA-256 of its normalised text, date and language."""
    normalised = " ".join(text.split())
    return hashlib.sha256(f"{language}\n{date or ''}\n{normalised}".encode()).hexdigest()


@dataclass
class EventFilter:
    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    include_negated: bool = False
    limit: int | None = None


@dataclass
class IngestResult:
    article_id: int
    new_events: int = 0
    merged_events: int = 0


@dataclass
class StoredEvent:
    id: int
    event: str
    mode: str | None
    quad: int | None
    score: float | None
    date: str | None
    date_end: str | None
    location: dict | None
    actor: list[dict]
    recipient: list[dict]
    aux: list[str]
    confidence: float | None
    n_mentions: int
    n_articles: int
    mentions: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        schema.metadata.create_all(engine)

    # --- writing -------------------------------------------------------------------------
    def has_article(self, digest: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(select(schema.articles.c.id).where(schema.articles.c.content_hash == digest))
            return found.first() is not None

    def add_document(self, doc: Document, digest: str, source: str | None = None) -> IngestResult | None:
        """Store one analysed article and its events in one transaction; None if already stored."""
        with self.engine.begin() as conn:
            exists = conn.execute(select(schema.articles.c.id).where(schema.articles.c.content_hash == digest))
            if exists.first() is not None:
                return None
            article_id = conn.execute(
                insert(schema.articles).values(
                    content_hash=digest,
                    doc_id=doc.id,
                    title=doc.title,
                    url=doc.url,
                    date=doc.date,
                    language=doc.language,
                    source=source,
                    ingested_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    n_events=len(doc.events),
                    document=json.dumps(doc.to_dict(), ensure_ascii=False),
                )
            ).inserted_primary_key[0]
            result = IngestResult(article_id)
            for ev in doc.events:
                event_id, is_new = self._event_row(conn, ev, article_id)
                self._add_mentions(conn, ev, event_id, article_id)
                result.new_events += is_new
                result.merged_events += not is_new
            return result

    def _event_row(self, conn, ev: Event, article_id: int) -> tuple[int, bool]:
        sig = signature(ev)
        t = schema.events
        for row in conn.execute(select(t.c.id, t.c.date).where(t.c.signature == sig)):
            if dates_agree(row.date, ev.date):
                seen_here = conn.execute(
                    select(func.count()).select_from(schema.mentions).where(
                        schema.mentions.c.event_id == row.id, schema.mentions.c.article_id == article_id
                    )
                ).scalar_one()
                conn.execute(
                    update(t).where(t.c.id == row.id).values(
                        n_articles=t.c.n_articles + (0 if seen_here else 1),
                        date=_more_precise(row.date, ev.date),
                    )
                )
                return row.id, False
        new_id = conn.execute(
            insert(t).values(
                signature=sig,
                event=ev.event,
                mode=ev.mode,
                quad=ev.quad,
                score=ev.score,
                date=ev.date,
                date_end=ev.date_end,
                location_text=ev.location.text if ev.location else None,
                location_country=ev.location.country if ev.location else None,
                actors=json.dumps([a.model_dump() for a in ev.actor], ensure_ascii=False),
                recipients=json.dumps([a.model_dump() for a in ev.recipient], ensure_ascii=False),
                actor_keys=_searchable(ev.actor),
                recipient_keys=_searchable(ev.recipient),
                aux=json.dumps(ev.aux),
                negated="negated" in ev.aux,
                confidence=ev.confidence,
                n_mentions=0,
                n_articles=1,
                first_article_id=article_id,
            )
        ).inserted_primary_key[0]
        return new_id, True

    def _add_mentions(self, conn, ev: Event, event_id: int, article_id: int) -> None:
        attribution = json.dumps(ev.attribution.model_dump(), ensure_ascii=False) if ev.attribution else None
        rows = [
            dict(
                event_id=event_id,
                article_id=article_id,
                doc_event_id=ev.id,
                sentence=m.sentence,
                start=m.start,
                end=m.end,
                trigger=m.trigger,
                text=m.text,
                date=ev.date,
                date_source=ev.date_source,
                attribution=attribution,
                confidence=ev.confidence,
            )
            for m in ev.mentions
        ]
        if rows:
            conn.execute(insert(schema.mentions), rows)
        t = schema.events
        conn.execute(update(t).where(t.c.id == event_id).values(n_mentions=t.c.n_mentions + len(rows)))

    # --- reading -------------------------------------------------------------------------
    def events(self, flt: EventFilter | None = None, with_mentions: bool = True) -> list[StoredEvent]:
        flt = flt or EventFilter()
        t = schema.events
        query = select(t).order_by(t.c.date.is_(None), t.c.date, t.c.id)
        if not flt.include_negated:
            query = query.where(t.c.negated.is_(False))
        if flt.type:
            query = query.where(t.c.event == flt.type.upper())
        if flt.actor:
            query = query.where(_key_filter(t.c.actor_keys, flt.actor))
        if flt.recipient:
            query = query.where(_key_filter(t.c.recipient_keys, flt.recipient))
        if flt.since:
            query = query.where(t.c.date >= flt.since)
        if flt.until:
            query = query.where(or_(t.c.date <= flt.until, t.c.date.startswith(flt.until)))
        if flt.text:
            matching = select(schema.mentions.c.event_id).where(schema.mentions.c.text.ilike(f"%{flt.text}%"))
            query = query.where(t.c.id.in_(matching))
        if flt.limit:
            query = query.limit(flt.limit)
        with self.engine.connect() as conn:
            found = [_stored_event(row) for row in conn.execute(query)]
            if with_mentions:
                self._attach_mentions(conn, found)
        return found

    def _attach_mentions(self, conn, found: list[StoredEvent]) -> None:
        by_id = {e.id: e for e in found}
        if not by_id:
            return
        m, a = schema.mentions, schema.articles
        query = (
            select(m, a.c.doc_id, a.c.title, a.c.url, a.c.date.label("article_date"))
            .join(a, a.c.id == m.c.article_id)
            .where(m.c.event_id.in_(list(by_id)))
            .order_by(m.c.id)
        )
        for row in conn.execute(query):
            by_id[row.event_id].mentions.append(
                {
                    "article": row.doc_id,
                    "article_date": row.article_date,
                    "title": row.title,
                    "url": row.url,
                    "sentence": row.sentence,
                    "start": row.start,
                    "end": row.end,
                    "trigger": row.trigger,
                    "text": row.text,
                    "attribution": json.loads(row.attribution) if row.attribution else None,
                }
            )

    def documents(self) -> Iterator[dict]:
        with self.engine.connect() as conn:
            for row in conn.execute(select(schema.articles.c.document).order_by(schema.articles.c.id)):
                yield json.loads(row.document)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (
                    ("articles", schema.articles),
                    ("events", schema.events),
                    ("mentions", schema.mentions),
                )
            }


def _key_filter(column, wanted: str):
    """A code (`EU`, `RUS`) matches a whole key; anything else a part of a name or KB id."""
    if wanted.isupper():
        return column.like(f"% {wanted} %")
    return column.ilike(f"%{wanted}%")


def _searchable(actors) -> str:
    keys = set(actor_keys(actors))
    keys |= {a.name for a in actors if a.name} | {a.kb_id for a in actors if a.kb_id}
    return " " + " ".join(sorted(keys)) + " "


def _more_precise(a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return a or b
    return b if b.startswith(a) and len(b) > len(a) else a


def _stored_event(row) -> StoredEvent:
    location = {"text": row.location_text, "country": row.location_country} if row.location_text else None
    return StoredEvent(
        id=row.id,
        event=row.event,
        mode=row.mode,
        quad=row.quad,
        score=row.score,
        date=row.date,
        date_end=row.date_end,
        location=location,
        actor=json.loads(row.actors),
        recipient=json.loads(row.recipients),
        aux=json.loads(row.aux),
        confidence=row.confidence,
        n_mentions=row.n_mentions,
        n_articles=row.n_articles,
    )


def open_store(db: str | None = None) -> Store:
    """Open (and create if needed) the store at `db`: a path, an SQLAlchemy URL, or None = ./lagebild.db."""
    url = database_url(db)
    engine = create_engine(url, future=True)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    return Store(engine)
