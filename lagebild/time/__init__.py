"""The time stage: find time expressions and normalise them to TIMEX3 values."""

from __future__ import annotations

from lagebild.document import Document, Timex


def timex(text: str, date: str | None = None, lang: str = "de") -> list[Timex]:
    """Time expressions in `text`, normalised against the article `date` (TIMEX3 value or None)."""
    return []


def annotate(doc: Document) -> None:
    doc.timexes = timex(doc.text, doc.reference_date, doc.language)
