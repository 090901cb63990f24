"""Key points: the few sentences that carry the article's events."""

from __future__ import annotations

from lagebild.document import Document


def annotate(doc: Document) -> None:
    doc.key_points = []
