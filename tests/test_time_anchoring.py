"""Which time expression dates an event trigger (`governing_timex`, `event_date`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lagebild.document import Article, Document, Timex
from lagebild.nlp import annotate as nlp_annotate
from lagebild.time import annotate, event_date, event_date_value, governing_timex


def document(text: str, date: str | None, *, sentences: bool = True) -> Document:
    doc = Document.from_article(Article(id="t", text=text, date=date), "de")
    if sentences:
        nlp_annotate(doc)
    annotate(doc)
    return doc


def span(doc: Document, trigger: str, occurrence: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(trigger), doc.text)]
    return starts[occurrence], starts[occurrence] + len(trigger)


@pytest.fixture(scope="module", params=[True, False], ids=["nlp-sentences", "regex-sentences"])
def seed(request: pytest.FixtureRequest, seed_sample: Path) -> Document:
    raw = seed_sample.read_text(encoding="utf-8")
    match = re.match(r"\s*date\s+(\S+)\s+", raw)
    assert match
    return document(raw[match.end() :], match.group(1), sentences=request.param)


@pytest.mark.parametrize(
    ("trigger", "expected"),
    [
        ("eintreffen", ("2024-06-18", None, "Dienstagabend")),
        ("verweilen", ("2024-06-18", "2024-06-19", "Dienstag bis Mittwoch")),
        ("reise er", ("2024-06-19", None, "Mittwoch")),
        ("abgestattet", ("2023-09", None, "September 2023")),
        ("erlassen", ("2023", None, "2023")),
        ("schrieb Putin am", ("2024-06-18", None, "Dienstag (18. Juni)")),
        ("Besuch seit", ("2024-06-18", None, "Dienstagabend")),
    ],
)
def test_seed_event_dates(seed: Document, trigger: str, expected: tuple | None) -> None:
    found = event_date(seed, *span(seed, trigger))
    assert (tuple(found) if found else None) == expected


def test_quote_after_colon_takes_the_date_of_the_announcement(seed: Document) -> None:
    found = event_date(seed, *span(seed, "besorgt sind"))
    assert found is not None and found.value == "2024-06-17"


def test_no_date_in_the_paragraph_means_article_date(seed: Document) -> None:
    assert event_date(seed, *span(seed, "dankte")) is None
    assert governing_timex(seed, *span(seed, "dankte")) is None


def test_own_clause_beats_an_earlier_date_in_the_sentence() -> None:
    doc = document("Am Montag traf Scholz Macron, und am Mittwoch reiste er nach Rom.", "2024-06-19")
    assert governing_timex(doc, *span(doc, "reiste")).text == "Mittwoch"
    assert governing_timex(doc, *span(doc, "traf")).text == "Montag"


def test_earlier_date_of_the_sentence_governs_a_later_clause() -> None:
    doc = document("Am 3. Mai 2024 unterzeichneten beide das Abkommen, das den Handel regelt.", None)
    assert event_date(doc, *span(doc, "regelt")).value == "2024-05-03"


def test_date_beats_duration_in_the_same_clause() -> None:
    doc = document("Er reiste am 3. Mai 2024 für zwei Tage nach Rom.", None)
    assert governing_timex(doc, *span(doc, "reiste")).text == "3. Mai 2024"


def test_duration_alone_gives_no_event_date() -> None:
    doc = document("Die Gespräche dauerten zwei Tage.", "2024-06-19")
    assert governing_timex(doc, *span(doc, "dauerten")).value == "P2D"
    assert event_date(doc, *span(doc, "dauerten")) is None


def test_previous_paragraph_does_not_govern() -> None:
    doc = document("Am 3. Mai 2024 traf er Xi.\n\nDie Beziehungen sind gut.", None)
    assert event_date(doc, *span(doc, "sind")) is None


def test_document_without_timexes() -> None:
    doc = document("Die Beziehungen sind gut.", "2024-06")
    assert governing_timex(doc, *span(doc, "sind")) is None
    assert event_date(doc, *span(doc, "sind")) is None


@pytest.mark.parametrize(
    ("type_", "value", "expected"),
    [
        ("TIME", "2024-06-18TEV", "2024-06-18"),
        ("TIME", "1939-09-01T04:45", "1939-09-01"),
        ("DATE", "2023-09", "2023-09"),
        ("DATE", "2024-W25", "2024-W25"),
        ("DATE", "BC0490", "BC0490"),
        ("DATE", "XXXX-XX-XX", None),
        ("DATE", "XXXX-WXX-2", None),
        ("DATE", "PRESENT_REF", None),
        ("DURATION", "P2D", None),
        ("SET", "P1D", None),
    ],
)
def test_event_date_value(type_: str, value: str, expected: str | None) -> None:
    timex = Timex(start=0, end=1, text="x", type=type_, value=value)
    assert event_date_value(timex) == expected
    assert event_date_value(None) is None


def test_a_date_carries_over_two_sentences_not_the_whole_paragraph():
    from lagebild import extract

    text = ("Im Jahr 2014 begann der Konflikt. Die Armee griff an. Die Rebellen wehrten sich. "
            "Der Streit dauert an. Polen kritisierte Russland scharf.")
    doc = extract(text, date="2016-03-01")
    accusation = next(e for e in doc.events if e.event == "ACCUSE")
    assert accusation.date == "2016-03-01" and accusation.date_source is None


def test_a_deadline_ends_a_state_that_starts_now() -> None:
    doc = document("Die Behörden haben Demonstrationen bis zum 4. Jänner 2025 untersagt.", "2024-12-20")
    found = event_date(doc, *span(doc, "untersagt"))
    assert found is not None
    assert (found.value, found.date_end) == ("2024-12-20", "2025-01-04")


def test_a_deadline_read_as_one_expression_with_its_until_ends_a_state_too() -> None:
    doc = document("Die Regierung hat das Einreiseverbot um drei Monate bis Ende März 2017 verlängert.", "2016-12-20")
    found = event_date(doc, *span(doc, "Einreiseverbot"))
    assert found is not None
    assert (found.value, found.date_end) == ("2016-12-20", "2017-03")  # not a ban that lies ahead


@pytest.mark.parametrize("sentence, expected, future", [
    # the verb's past tense, which no cue word lists, puts the weekday before the article date
    ("Tausende Menschen demonstrierten am Samstag in Warschau gegen die Regierung.", "2016-05-14", False),
    ("Am Montag kritisierte die Opposition in Warschau die Regierung scharf.", "2016-05-16", False),
    ("Warschau – Der Präsident wird am Montag nach Berlin reisen.", "2016-05-23", True),
])
def test_a_weekday_takes_the_tense_of_its_verb(sentence: str, expected: str, future: bool) -> None:
    from lagebild import extract

    doc = extract(sentence, date="2016-05-20")  # a Friday
    assert [t.value for t in doc.timexes] == [expected]
    event = doc.events[0]
    assert event.date == expected and ("future" in event.aux) == future


@pytest.mark.parametrize("text, expected", [
    ("Merkel ist am Montag nach Paris gereist.", "2016-05-16"),  # perfect: the Monday before
    ("Merkel hat am Montag Putin getroffen.", "2016-05-16"),
    ("Putin ist am Montag in Moskau empfangen worden.", "2016-05-16"),
    ("Merkel wird am Montag nach Paris reisen.", "2016-05-23"),
    ("Putin wird am Montag in Moskau empfangen.", "2016-05-23"),  # present passive: no perfect
])
def test_a_perfect_puts_a_weekday_in_the_past(text: str, expected: str) -> None:
    doc = document(text, "2016-05-20")  # a Friday
    assert [t.value for t in doc.timexes] == [expected]
