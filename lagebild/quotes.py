"""Quotes: direct speech in the article with its speaker."""

from __future__ import annotations

from lagebild.document import Document


def annotate(doc: Document) -> None:
    doc.quotes = []
