"""Quotes: direct speech in the article, with the speaker who said it.

A quote is text between paired quotation marks with at least `MIN_WORDS` words. Its speaker is
the actor named with a reporting verb right after it (`"...", sagte Putin`), before it
(`Putin sagte: "..."`), or in the sentence before that ends with a colon.
"""

from __future__ import annotations

import re

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


def _has_reporting_word(text: str, lang: str) -> bool:
    verbs = word_list(lang, "reporting_words.txt")
    return any(w.strip(",.:;").lower() in verbs for w in text.split())


def _speaker_after(doc: Document, end: int) -> ActorMention | None:
    tail = doc.text[end : end + WINDOW]
    stop = re.search(r"[.!?]\s", tail)
    limit = end + (stop.start() if stop else len(tail))
    if not _has_reporting_word(doc.text[end:limit], doc.language):
        return None
    return next((m for m in doc.actor_mentions if end <= m.start < limit and (m.country or m.org)), None)


def _speaker_before(doc: Document, start: int) -> ActorMention | None:
    head_start = max(0, start - WINDOW)
    head = doc.text[head_start:start].rstrip()
    stop = max(head.rfind(". "), head.rfind("\n"))
    lo = head_start + (stop + 1 if stop >= 0 else 0)
    if not head.rstrip().endswith((":", ",")) or not _has_reporting_word(doc.text[lo:start], doc.language):
        return None
    candidates = [m for m in doc.actor_mentions if lo <= m.start < start and (m.country or m.org)]
    return candidates[0] if candidates else None


def annotate(doc: Document) -> None:
    quotes = []
    for start, end in find_quotes(doc.text):
        speaker = _speaker_after(doc, end) or _speaker_before(doc, start)
        quotes.append(Quote(start=start, end=end, text=doc.text[start:end],
                            speaker=_speaker(speaker) if speaker else None))
    doc.quotes = quotes
