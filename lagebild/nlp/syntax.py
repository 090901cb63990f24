"""Word and noun-phrase shapes that more than one stage reads off the tagged tokens."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, MorphAnalysis, Token

ATTRIBUTE_SPAN = 8  # words an extended attribute may take before its adjective
VOWELS = "aeiouäöüy"


def morph_values(token: Token, feature: str) -> tuple[str, ...]:
    """The values of one morphological feature (`VerbForm` → `("Fin",)`), read once per analysis:
    spaCy parses the analysis string anew on every `morph.get`."""
    return _feature_values(token.morph, feature)


@lru_cache(maxsize=8192)
def _feature_values(morph: MorphAnalysis, feature: str) -> tuple[str, ...]:
    return tuple(morph.get(feature))


def is_compound_part(part: str) -> bool:
    """Whether `part` can be the first part of a compound, a syllable of its own: `Gesundheits-` in
    `Gesundheitsstadträtin`, `Untersuchungs-` in `Untersuchungshaft`, but not `Botsc-` in `Botschaft`."""
    low = part.lower()
    return len(low) >= 3 and any(v in low for v in VOWELS) and not low.endswith(("c", "sc"))


def attribute_opener(sdoc: Doc, adjective: int, floor: int, is_determiner: Callable[[str], bool]) -> int | None:
    """`den am Freitag festgenommenen X`, `Das in Den Haag ansässige Gericht`: an adjective with a
    phrase of its own before it. The determiner that opens the whole noun phrase is the one the
    attribute's phrase follows (not `Den` of `in Den Haag`); its index, or None."""
    for j in range(adjective - 1, max(floor, adjective - ATTRIBUTE_SPAN) - 1, -1):
        token = sdoc[j]
        if token.pos_ in ("PUNCT", "VERB", "AUX"):
            return None
        if is_determiner(token.text.lower()) and sdoc[j + 1].pos_ in ("ADP", "ADV"):
            return j
    return None
