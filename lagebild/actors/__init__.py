"""The actors stage: link entity mentions, descriptors and pronouns to the knowledge base."""

from __future__ import annotations

from lagebild.document import Document


def annotate(doc: Document) -> None:
    doc.actor_mentions = []
