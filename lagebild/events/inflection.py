"""Verb inflection for the lexicon: every form of a lexicon verb leads back to it.

The pipeline's lemmatizer misses rare strong forms (griffen, wies, lud); `ablaut` conjugates
each lexicon verb once, and the forms it produces become a lookup table.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import ablaut

TENSE_LISTS = ("present", "preterite", "konjunktiv1", "konjunktiv2", "imperative")
# German tables have the tense lists and zu_infinitive; English ones past and third_singular
SINGLE_FORMS = ("past_participle", "zu_infinitive", "infinitive", "present_participle", "past", "third_singular")


def verb_forms(lemmas: Iterable[str], lang: str = "de") -> dict[str, str]:
    """lower-case form → lemma, for finite forms (the separated verb part maps to the verb
    without its particle, the joined form to the whole verb), participles and zu-infinitives.
    A lexicon verb's own infinitive is itself (`drängen`, not the Konjunktiv II of `dringen`); where
    two verbs share another form, the first in alphabetical order has it."""
    ordered = sorted(set(lemmas))
    forms: dict[str, str] = {lemma.lower(): lemma for lemma in ordered}
    for lemma in ordered:
        try:
            table = ablaut.conjugate(lemma, lang=lang)
        except Exception:  # an entry ablaut cannot conjugate keeps its lookup by lemma only
            continue
        for name in TENSE_LISTS:
            for form in getattr(table, name, []) or []:
                if form:  # modal verbs have no imperative
                    _add_finite(forms, form.lower().split(), lemma)
        for name in SINGLE_FORMS:
            form = getattr(table, name, None)
            if form:
                forms.setdefault(form.lower(), lemma)
    return forms


def _add_finite(forms: dict[str, str], words: list[str], lemma: str) -> None:
    if len(words) == 1:
        forms.setdefault(words[0], lemma)
    elif len(words) == 2 and lemma.startswith(words[1]):
        verb, particle = words
        forms.setdefault(verb, lemma[len(particle):])
        forms.setdefault(particle + verb, lemma)


@cache
def preterite_forms(lemma: str, lang: str = "de") -> frozenset[str]:
    """The lower-case past indicative forms of a verb (`musste`, `mussten`)."""
    try:
        table = ablaut.conjugate(lemma, lang=lang)
    except Exception:  # (as in verb_forms: a verb ablaut cannot conjugate has none listed)
        return frozenset()
    return frozenset(form.lower() for form in getattr(table, "preterite", []) or [] if form)
