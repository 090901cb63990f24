"""The knowledge base: countries, organisations and people with dated roles."""

from __future__ import annotations


def entity_patterns(lang: str = "de") -> list[dict]:
    """spaCy EntityRuler patterns for every KB name (label PER/LOC/ORG/MISC, id = kb_id)."""
    return []
