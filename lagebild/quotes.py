"""Quotes: direct speech in the article, with the speaker who said it.

A quote is text between paired quotation marks with at least `MIN_WORDS` words. Its speaker is
the actor named with a reporting verb right after it (`"...", sagte Putin`), before it
(`Putin sagte: "..."`), or in the sentence before that ends with a colon.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.document import ActorMention, Document, Quote, Speaker
from lagebild.lang import word_list

MIN_WORDS = 4
QUOTE_PAIRS = re.compile(r'„([^“”"]+)[“"]|"([^"]+)"|“([^”]+)”|«([^»]+)»|»([^«]+)«')
WINDOW = 120


def find_quotes(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in QUOTE_PAIRS.finditer(text):
        inner = next(g for g in match.groups() if g is not None)
        if len(inner.split()) >= MIN_WORDS:
            spans.append((match.start(), match.end()))
    return spans


def _speaker(m: ActorMention) -> Speaker:
    return Speaker(name=m.name or m.text, country=m.country, org=m.org, sector=m.sector, kb_id=m.kb_id)


@lru_cache(maxsize=4)
def reporting_words(lang: str) -> frozenset[str]:
    """Every form of the language's verbs of saying (`sagte`, `schrieb`), and the other words that
    close speech with its speaker (`so`)."""
    from lagebild.events.inflection import verb_forms

    lemmas = word_list(lang, "reporting_verbs.txt")
    return frozenset(verb_forms(sorted(lemmas), lang)) | lemmas | word_list(lang, "speech_markers.txt")


def _reporting_word_end(text: str, lang: str) -> int | None:
    """Where the first reporting verb in `text` ends (`sagte`, `schrieb`, `so`), or None."""
    verbs = reporting_words(lang)
    for match in re.finditer(r"[^\W\d_]+", text):
        if match.group().lower() in verbs:
            return match.end()
    return None


def _speaker_candidates(doc: Document, lo: int, hi: int) -> list[ActorMention]:
    return [m for m in doc.actor_mentions if lo <= m.start < hi and (m.country or m.org) and not m.is_place]


def _sentence_bounds(doc: Document, offset: int) -> tuple[int, int]:
    for s in doc.sentences:
        if s.start <= offset < s.end:
            return s.start, s.end
    return max(0, offset - WINDOW), min(len(doc.text), offset + WINDOW)


def _speaker_after(doc: Document, end: int) -> ActorMention | None:
    """`"...", sagte Putin` / `"...", schrieb Putin laut KCNA`: the actor after the reporting verb."""
    _, limit = _sentence_bounds(doc, min(end, len(doc.text) - 1))
    verb_end = _reporting_word_end(doc.text[end:limit], doc.language)
    if verb_end is None:
        return None
    candidates = _speaker_candidates(doc, end + verb_end, limit)
    return candidates[0] if candidates else None


def _speaker_before(doc: Document, start: int) -> ActorMention | None:
    """`Putin sagte: "..."`, or a sentence before that ends with a colon."""
    head = doc.text[:start].rstrip()
    if not head.endswith((":", ",")):
        return None
    lo, _ = _sentence_bounds(doc, len(head) - 1)
    if _reporting_word_end(doc.text[lo:len(head)], doc.language) is None:
        return None
    candidates = _speaker_candidates(doc, lo, len(head))
    return candidates[0] if candidates else None


def annotate(doc: Document) -> None:
    quotes = []
    for start, end in find_quotes(doc.text):
        speaker = _speaker_after(doc, end) or _speaker_before(doc, start)
        quotes.append(Quote(start=start, end=end, text=doc.text[start:end],
                            speaker=_speaker(speaker) if speaker else None))
    doc.quotes = quotes
