"""Which time expression dates an event: pure functions over `Document.timexes`, `.sentences`
and `.text` (no parser needed).

The heuristic of `governing_timex(doc, start, end)`, for an event trigger at [start, end):
1. Own clause: the timexes of the trigger's sentence that lie in the same clause (clauses are
   cut at , ; : – and parentheses outside time expressions). DATE/TIME beat DURATION/SET;
   among equals the nearest to the trigger wins. Of a range ("von Dienstag bis Mittwoch") the
   start counts, and the range end becomes `date_end`.
2. Else the sentence: the nearest DATE/TIME timex before the trigger in the same sentence,
   else the nearest after it.
3. Else the paragraph: the last DATE/TIME timex of the (at most two) preceding sentences of the
   trigger's paragraph (a paragraph ending in ":" continues into the next, as a quote after
   "erklärte ein Sprecher am Montag:"); a range counts by its end ("Im Anschluss ..."), a date
   after "seit" in a sentence told in the present not at all (`kämpft seit März`: it opens a state), nor
   one that dates a noun (`bei der Regionalwahl im September`), nor one of a sentence told in the
   pluperfect where the trigger's is not (`hatten im September beschlossen. Orban bezeichnete ...`).
4. Else a DURATION/SET of the own clause (`governing_timex` returns it; `event_date` gives
   None for it: it says how long, not when).
5. Else None: the event takes the article date, with `date_source` null.
Timexes without a usable day-or-coarser date (PRESENT_REF, XXXX-XX-XX) are never chosen.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lagebild.document import Document, Timex
from lagebild.nlp.syntax import morph_values
from lagebild.time.resources import load
from lagebild.time.values import day_of

_CLAUSE_BREAK = re.compile(r"[,;:–—()\[\]]|\s-\s")
_RANGE_LINK = re.compile(r"^\s*(?:bis(?:\s+zum|\s+zur)?|-|–|—|to|until|through|and|und)\s*$", re.I)
# "bis zum 4. Jänner untersagt": the date ends a state that holds from now, it does not date the event
_UNTIL = re.compile(r"\b(?:bis|until|till)(?:\s+(?:zum|zur|am|Ende|the))?\s*$", re.I)
_OPENS_WITH_UNTIL = re.compile(r"(?:bis|until|till)\b", re.I)  # `bis Ende Jänner 2016` as one expression
# "kämpft seit März 2015": the date opens a state still holding; it dates no later sentence (_state_since)
_SINCE = re.compile(r"\b(?:seit|since)\s*$", re.I)
_RANGE_START = re.compile(r"(?:\b(?:von|vom|zwischen|from|between)\s+(?:dem\s+|the\s+)?)$", re.I)
_SENTENCE_END = re.compile(r"(?<!\d)[.!?]\s+(?=[A-ZÄÖÜ\"„])|\n\s*")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_DATED = ("DATE", "TIME")
_NOUN_OF_YEAR = re.compile(r"\b[A-ZÄÖÜ][\w-]+\s+(?:von|aus|of|from)\s+$")
_YEAR = re.compile(r"\d{4}")


class EventDate(NamedTuple):
    """An event's date: TIMEX3 `value`, `date_end` for ranges, and the words it came from."""

    value: str
    date_end: str | None
    source: str


def event_date_value(timex: Timex | None) -> str | None:
    """The date an event takes from `timex`: its day-or-coarser value, None if it has none.

    TIME "2024-06-18TEV" → "2024-06-18"; DATE values as they are ("2023-09", "2024-W25");
    DURATION and SET → None; underspecified or vague (XXXX-XX-XX, PRESENT_REF) → None.
    """
    if timex is None or timex.type not in _DATED:
        return None
    return day_of(timex.value)


def _sentences(doc: Document) -> list[tuple[int, int]]:
    """Sentence spans (the nlp stage's, else a regex split), also cut at blank lines."""
    if doc.sentences:
        spans = [(s.start, s.end) for s in doc.sentences]
    else:
        spans, start = [], 0
        for m in _SENTENCE_END.finditer(doc.text):
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, len(doc.text)))
    out = []
    for s, e in spans:
        for m in _BLANK_LINE.finditer(doc.text, s, e):
            if s < m.start():
                out.append((s, m.end()))
            s = m.end()
        if s < e:
            out.append((s, e))
    return out


def _sentence_of(sentences: list[tuple[int, int]], offset: int) -> int:
    for i, (s, e) in enumerate(sentences):
        if s <= offset < e:
            return i
    return max(len(sentences) - 1, 0)


def _clause_breaks(doc: Document, start: int, end: int) -> list[int]:
    """Offsets of clause breaks in [start, end), ignoring those inside time expressions."""
    inside = [(t.start, t.end) for t in doc.timexes if t.end > start and t.start < end]
    return [
        m.start()
        for m in _CLAUSE_BREAK.finditer(doc.text, start, end)
        if not any(s <= m.start() < e for s, e in inside)
    ]


_MAIN_CLAUSE_DASH = re.compile(r"\s[–—]\s")


def _main_clause_around(doc: Document, start: int, end: int, at: int) -> tuple[int, int]:
    """`Mikl-Leitner besucht am Dienstag die Grenze – Auch Serbien droht mit Grenzschließung`: a dash
    between two clauses that each have a finite verb parts two sentences in all but the period; the
    part of [start, end) that holds `at`. (A dash around an aside, `Am Montag – nach der Wahl – trat er
    zurück`, parts nothing.)"""
    parts: list[tuple[int, int]] = []
    lo = start
    for cut in [m.start() for m in _MAIN_CLAUSE_DASH.finditer(doc.text, start, end)] + [end]:
        if _has_finite_verb(doc, lo, cut):  # a part without one (`Wien –`, an aside) goes with the next
            parts.append((parts[-1][1] if parts else start, cut))
            lo = cut
    if parts:
        parts[-1] = (parts[-1][0], end)
    return next(((a, b) for a, b in parts if a <= at < b), (start, end))


def _has_finite_verb(doc: Document, start: int, end: int) -> bool:
    if doc.spacy_doc is None:
        return False
    span = doc.spacy_doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") and "Fin" in morph_values(t, "VerbForm") for t in span)


def _same_clause(breaks: list[int], a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not any(lo <= x < hi for x in breaks)


def range_partner(doc: Document, timex: Timex) -> tuple[Timex | None, Timex | None]:
    """(start, end) of the range `timex` belongs to ("von Dienstag bis Mittwoch"), else Nones."""
    ordered = sorted(doc.timexes, key=lambda t: t.start)
    i = next((k for k, t in enumerate(ordered) if t is timex), None)
    if i is None:
        return None, None
    pairs = [(ordered[k], ordered[k + 1]) for k in (i - 1, i) if k >= 0 and k + 1 < len(ordered)]
    for a, b in pairs:
        link = doc.text[a.end : b.start]
        if not _RANGE_LINK.match(link):
            continue
        opened = _RANGE_START.search(doc.text[max(0, a.start - 12) : a.start])
        if link.strip().lower() in ("und", "and") and not opened:
            continue
        return a, b
    return None, None


def _year_of_other_noun(text: str, t: Timex, trigger_start: int) -> bool:
    """`lehnte eine Entschuldigung für den Atombombenabwurf von 1945 ab`: a year after `von` right after a
    noun dates that noun, not the clause's event."""
    noun = _NOUN_OF_YEAR.search(text, max(0, t.start - 60), t.start)
    return bool(_YEAR.fullmatch(text[t.start:t.end])) and noun is not None and noun.start() != trigger_start


def _usable(t: Timex) -> bool:
    return event_date_value(t) is not None or t.type in ("DURATION", "SET")


def governing_timex(doc: Document, start: int, end: int) -> Timex | None:
    """The timex that dates an event trigger at [start, end) (heuristic in the module docstring)."""
    found = _governing(doc, start, end)
    return found[0] if found else None


def _governing(doc: Document, start: int, end: int) -> tuple[Timex, str] | None:
    if not doc.timexes:
        return None
    sentences = _sentences(doc)
    si = _sentence_of(sentences, start)
    s_start, s_end = sentences[si]
    anchor = (start + end) // 2
    s_start, s_end = _main_clause_around(doc, s_start, s_end, anchor)
    in_sentence = [t for t in doc.timexes if s_start <= t.start < s_end and _usable(t)
                   and not _year_of_other_noun(doc.text, t, start)]
    breaks = _clause_breaks(doc, s_start, s_end)
    clause = [t for t in in_sentence if _same_clause(breaks, (t.start + t.end) // 2, anchor)]
    dated = [t for t in clause if t.type in _DATED and event_date_value(t)]
    if dated:
        return min(dated, key=lambda t: _distance(t, start, end)), "clause"
    dated = [t for t in in_sentence if t.type in _DATED and event_date_value(t)]
    before = [t for t in dated if t.end <= start]
    if before:
        return before[-1], "sentence"
    if dated:
        return dated[0], "sentence"
    previous = _paragraph_before(doc, sentences, si)
    if previous:
        return previous, "paragraph"
    if clause:
        return min(clause, key=lambda t: _distance(t, start, end)), "clause"
    return None


def _distance(t: Timex, start: int, end: int) -> int:
    if t.end <= start:
        return start - t.end
    if t.start >= end:
        return t.start - end
    return 0


INHERIT_SENTENCES = 2  # a date carries over to the next sentences of its paragraph, not to all


def _paragraph_before(doc: Document, sentences: list[tuple[int, int]], si: int) -> Timex | None:
    """The last dated timex in the sentences before `si` within its paragraph."""
    first = si
    while first > 0 and si - first < INHERIT_SENTENCES:
        between = doc.text[sentences[first - 1][0] : sentences[first][0]]
        if _BLANK_LINE.search(between) and not between.rstrip().endswith(":"):
            break
        first -= 1
    lo, hi = sentences[first][0], sentences[si][0]
    dated = [t for t in doc.timexes if lo <= t.start < hi and t.type in _DATED and event_date_value(t)]
    if not dated or _state_since(doc, dated[-1]) or _dates_a_noun(doc, dated[-1]):
        return None
    told_before = sentences[_sentence_of(sentences, dated[-1].start)]
    if _pluperfect(doc, *told_before) and not _pluperfect(doc, *sentences[si]):
        return None  # (`hatten im September beschlossen, ... Orban bezeichnete die Quote`: back from the background)
    return dated[-1]


def _pluperfect(doc: Document, start: int, end: int) -> bool:
    """A sentence told in the pluperfect (`hatten ... beschlossen`, `war ... gereist`): background to the news."""
    span = doc.spacy_doc.char_span(start, end, alignment_mode="expand") if doc.spacy_doc is not None else None
    if span is None:
        return False
    finite = next((t for t in span if t.pos_ in ("VERB", "AUX") and "Fin" in morph_values(t, "VerbForm")), None)
    if finite is None or not load(doc.language).lookup("pluperfect", finite.text):
        return False
    # (the parser may hang the participle on the auxiliary: `hatten ... beschlossen` as its clause)
    participles = [finite.head] if finite.dep_ == "aux" else list(finite.children)
    return any("Part" in morph_values(t, "VerbForm") and t.pos_ in ("VERB", "AUX") for t in participles)


def _dates_a_noun(doc: Document, timex: Timex) -> bool:
    """`bei der Regionalwahl im September`, `nach dem Anschlag am 13. November`: a date right after a noun (and
    its preposition) says when that happened, not when the next sentences did."""
    if doc.spacy_doc is None:
        return False
    span = doc.spacy_doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    before = span.start - 2 if span.start >= 2 and doc.spacy_doc[span.start - 1].pos_ == "ADP" else span.start - 1
    noun = doc.spacy_doc[before] if before >= 0 else None
    # the noun the parse hangs the date on, or one a preposition governs right before it (not `des Weißen
    # Hauses am Montag`, which dates the saying)
    governed = noun is not None and noun.pos_ == "NOUN" and (
        span.root.head == noun or any(c.dep_ == "case" for c in noun.children))
    return governed and not any(t.start <= noun.idx < t.end for t in doc.timexes)  # (`Am Freitag gegen 21.20 Uhr`)


def _state_since(doc: Document, timex: Timex) -> bool:
    """`kämpft seit März 2015 gegen die Rebellen`: a date opening a state its sentence tells in the present
    (not `Seit Oktober wurden ... getötet`, whose events the next sentences may tell)."""
    if not _SINCE.search(doc.text[max(0, timex.start - 8) : timex.start]) or doc.spacy_doc is None:
        return False
    span = doc.spacy_doc.char_span(timex.start, timex.end, alignment_mode="expand")
    verb = span.root if span is not None else None
    for _ in range(4):  # the verb the date belongs to
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    return verb is not None and verb.pos_ == "VERB" and morph_values(verb, "Tense") == ("Pres",) \
        and "Fin" in morph_values(verb, "VerbForm")


def event_date(doc: Document, start: int, end: int) -> EventDate | None:
    """The date of an event trigger at [start, end): value, range end and source words, or None.

    None means: use the article date, with `date_source` null. A DURATION in the own clause
    with no date nearby gives None as well (it says how long, not when).
    """
    found = _governing(doc, start, end)
    if found is None:
        return None
    timex, level = found
    value = event_date_value(timex)
    if value is None:
        return None
    range_start, range_end = range_partner(doc, timex)
    if range_start is not None and range_end is not None:
        if level == "paragraph":
            return EventDate(event_date_value(range_end) or value, None, range_end.text)
        first_value = event_date_value(range_start)
        if first_value is not None:
            source = doc.text[range_start.start : range_end.end]
            return EventDate(first_value, event_date_value(range_end), source)
    elif _UNTIL.search(doc.text[max(0, timex.start - 12) : timex.start]) or _OPENS_WITH_UNTIL.match(timex.text):
        if doc.date and value[:4] < doc.date[:4]:
            return EventDate(value[:4], value, timex.text)  # a deadline of a past year: a state begun that year
        return EventDate(doc.date, value, timex.text) if doc.date else None
    return EventDate(value, None, timex.text)
