"""Tables: `articles` (one per distinct article text), `events` (deduplicated across articles)
and `mentions` (where each event was read: article, sentence, offsets, trigger) — like GDELT's
events and mentions tables."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("doc_id", String(200), nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("date", String(32)),
    Column("language", String(8)),
    Column("source", Text),
    Column("ingested_at", String(32), nullable=False),
    Column("n_events", Integer, nullable=False, default=0),
    Column("document", Text, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("signature", String(400), nullable=False),
    Column("event", String(16), nullable=False),
    Column("mode", String(32)),
    Column("quad", Integer),
    Column("score", Float),
    Column("date", String(32)),
    Column("date_end", String(32)),
    Column("location_text", Text),
    Column("location_country", String(8)),
    Column("actors", Text, nullable=False),
    Column("recipients", Text, nullable=False),
    Column("actor_keys", Text, nullable=False),
    Column("recipient_keys", Text, nullable=False),
    Column("aux", Text, nullable=False),
    Column("negated", Boolean, nullable=False, default=False),
    Column("confidence", Float),
    Column("n_mentions", Integer, nullable=False, default=0),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("first_article_id", Integer, ForeignKey("articles.id")),
)
Index("ix_events_signature", events.c.signature)
Index("ix_events_date", events.c.date)
Index("ix_events_event", events.c.event)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("doc_event_id", String(220), nullable=False),
    Column("sentence", Integer),
    Column("start", Integer),
    Column("end", Integer),
    Column("trigger", Text),
    Column("text", Text),
    Column("date", String(32)),
    Column("date_source", Text),
    Column("attribution", Text),
    Column("confidence", Float),
)
Index("ix_mentions_event", mentions.c.event_id)
Index("ix_mentions_article", mentions.c.article_id)
