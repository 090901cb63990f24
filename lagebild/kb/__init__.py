"""The knowledge base: countries, organisations, institutions, seats of power and people with dated roles.

    kb = lagebild.kb.load()
    kb.holder("head_of_state", country="RUS", date="2024-06-18")   # → Entry putin_wladimir
    kb.roles_at("putin_wladimir", "2009")                          # → [Role head_of_government ...]
    kb.lookup("Kreml")                                             # → [Entry RUS_kreml]
    kb.actor("putin_wladimir", "2024-06")                          # → {"country": "RUS", "sector": "GOV", ...}

Data files live in `kb/data/` (see the comments at the top of each); `entity_patterns(lang)`
gives the spaCy EntityRuler patterns for every KB name.
"""

from __future__ import annotations

from functools import lru_cache

from lagebild.kb.base import KnowledgeBase
from lagebild.kb.model import ROLES, SECTORS, Entry, Role


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """The knowledge base built from the shipped data files (built once, then cached)."""
    from lagebild.kb import build

    kb = KnowledgeBase()
    for source in (build.countries, build.organisations, build.institutions, build.places):
        for entry in source():
            kb.add(entry)
    people = list(build.people())
    taken = kb.forms_of_kinds(("country", "org", "institution"))
    taken.update({form: p.kb_id for p in people for forms in p.names.values() for form in forms})
    for entry in build.gazetteer(taken):  # a name that is a person's too ("Raab", "Samaras") is theirs
        if entry.kb_id in kb:
            kb.merge(entry)
        else:
            kb.add(entry)
    for entry in people:
        kb.add(entry)
    kb.variants = build.home_variants()
    return kb


def entity_patterns(lang: str = "de") -> list[dict]:
    """spaCy EntityRuler patterns for every KB name (label PER/LOC/ORG, id = kb_id)."""
    from lagebild.kb.patterns import entity_patterns as _patterns

    return list(_patterns(lang))


__all__ = ["ROLES", "SECTORS", "Entry", "KnowledgeBase", "Role", "entity_patterns", "load"]
