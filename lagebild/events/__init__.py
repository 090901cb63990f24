"""The events stage: triggers and frames → PLOVER event mentions, merged per article."""

from __future__ import annotations

from lagebild.document import Document


def annotate(doc: Document) -> None:
    doc.events = []
