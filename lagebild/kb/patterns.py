"""spaCy EntityRuler patterns for the KB names: countries, capitals → LOC; organisations,
institutions, seats of power → ORG; people → PER. The pattern id is the kb_id."""

from __future__ import annotations

from functools import lru_cache

from lagebild.kb.lexicon import lexicon

LABELS = {"country": "LOC", "place": "LOC", "org": "ORG", "institution": "ORG", "person": "PER"}


@lru_cache(maxsize=4)
def entity_patterns(lang: str = "de") -> tuple[dict, ...]:
    """One phrase pattern per unambiguous KB name form (ambiguous ones get no id)."""
    from lagebild.kb import load

    kb = load()
    patterns: list[dict] = []
    for form, items in lexicon(lang).surfaces.items():
        named = [item for item in items if item.kind in LABELS and not item.weak]
        if not named or not form[:1].isupper() and not form[:1].isdigit():
            continue
        label = _label(named[0], kb)
        ids = {item.ref for item in named if _label(item, kb) == label}
        pattern = {"label": label, "pattern": form}
        if len(ids) == 1:
            pattern["id"] = ids.pop()
        patterns.append(pattern)
    return tuple(patterns)


def _label(item, kb) -> str:
    """Cities (capitals, Brüssel, the gazetteer's cities and regions) are LOC; buildings standing for
    a government (Kreml) are ORG."""
    if item.kind != "place":
        return LABELS[item.kind]
    entry = kb.get(item.ref)
    if entry is None:
        return "LOC"
    city = (entry.description or "").startswith("capital") or bool(entry.org) or not entry.sector
    return "LOC" if city else "ORG"
