"""The time stage: find time expressions and normalise them to TIMEX3 values.

`timex()` tags a text against an article date; `annotate()` is the pipeline stage.
The engine (`engine`, `normalize`) knows no language: the rules and word lists of each language
are data files under `time/data/<lang>/` (see `resources`). For the event coder,
`governing_timex()` / `event_date()` find the date of an event trigger (see `anchoring`).
"""

from __future__ import annotations

from lagebild.document import Document, Timex
from lagebild.lang import word_list
from lagebild.nlp.syntax import morph_values
from lagebild.time import values
from lagebild.time.anchoring import EventDate, event_date, event_date_value, governing_timex
from lagebild.time.engine import tag
from lagebild.time.reference import infer_reference_date
from lagebild.time.resources import ResourceError, load

DOMAINS = ("auto", "news", "narrative")


def timex(
    text: str,
    date: str | None = None,
    lang: str = "de",
    *,
    domain: str = "auto",
    anchor: str | None = None,
    verb_tenses: list[tuple[int, str]] | None = None,
) -> list[Timex]:
    """Time expressions in `text`, normalised against the article `date` (TIMEX3 value or None).

    `domain`: "news" resolves deictic expressions (heute, gestern, am Dienstag) against `date`;
    "narrative" (history texts) resolves everything against the last date mentioned; "auto"
    picks narrative when there is no date or most explicit years lie far from it.
    `anchor`: a date known from the text itself (`infer_reference_date`) that starts the
    narrative chain; it is never used for deictic expressions.
    `verb_tenses`: (offset, "PAST"/"FUTURE") of verbs whose tense a parse knows; with the cue words
    they decide whether "am Samstag" lies before or after the article date.
    A `date` that is not a TIMEX3 date (YYYY, YYYY-MM, YYYY-MM-DD) is ignored.
    """
    if not text:
        return []
    res = load(lang)
    dct = _partial(date)
    if domain not in DOMAINS:
        raise ValueError(f"unknown domain {domain!r} (one of {', '.join(DOMAINS)})")
    narrative = None if domain == "auto" else domain == "narrative"
    return tag(text, dct, res, narrative, _partial(anchor), verb_tenses)


def _partial(date: str | None) -> values.Partial | None:
    if not date or not isinstance(date, str):
        return None
    date = date.strip()
    if not values.is_valid(date, "DATE"):
        return None
    p = values.parse(date)
    return p if p is not None and p.year is not None else None


def annotate(doc: Document) -> None:
    """The pipeline stage: `doc.timexes` from the text and the article date.

    Without an article date, a reference date inferred from the text (`doc.reference_date`)
    only anchors the narrative chain ("im Mai" → that year); "gestern" stays XXXX-XX-XX.
    """
    inferred = doc.reference_date if doc.date is None else None
    found = timex(doc.text, doc.date, doc.language, anchor=inferred, verb_tenses=_verb_tenses(doc))
    # `Global 2000`, `Welt am Sonntag`: a date in the name of an organisation the KB knows dates nothing
    names = [(e.start, e.end) for e in doc.entities if e.label == "ORG" and e.kb_id]
    doc.timexes = [t for t in found if not any(start <= t.start and t.end <= end for start, end in names)]


def _verb_tenses(doc: Document) -> list[tuple[int, str]]:
    """The finite indicative verbs in the past ("demonstrierten", "kritisierte") and the perfects
    ("ist am Montag gereist", "hat getroffen") as tense cues."""
    if doc.spacy_doc is None:
        return []
    auxiliaries = word_list(doc.language, "perfect_auxiliaries.txt")
    return [(t.idx, "PAST") for t in doc.spacy_doc
            if morph_values(t, "VerbForm") and (_simple_past(t) or _perfect(t, auxiliaries))]


def _simple_past(token) -> bool:
    return (morph_values(token, "Tense") == ("Past",) and morph_values(token, "VerbForm") == ("Fin",)
            and morph_values(token, "Mood") == ("Ind",))


def _perfect(token, auxiliaries: frozenset[str]) -> bool:
    """A participle with a finite auxiliary of its own (`ist ... gereist`), not one of the passive
    (`wird empfangen`) and none after a modal or a future (`will gereist sein`, `wird getroffen haben`)."""
    if morph_values(token, "VerbForm") != ("Part",):
        return False
    # (`wird ... aufgespalten` is a passive whatever the parse calls its auxiliary)
    finite = [c for c in token.children if c.dep_ == "aux" and c.lemma_ in auxiliaries]
    infinitive = any(c.dep_.startswith("aux") and morph_values(c, "VerbForm") == ("Inf",) for c in token.children)
    return any(morph_values(c, "VerbForm") == ("Fin",) for c in finite) and not infinitive


__all__ = [
    "EventDate",
    "ResourceError",
    "annotate",
    "event_date",
    "event_date_value",
    "governing_timex",
    "infer_reference_date",
    "timex",
]
