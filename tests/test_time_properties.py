"""Property tests: whatever the text and the article date, the tagger never raises and returns
well-formed, non-overlapping expressions with valid TIMEX3 values."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.time import timex
from lagebild.time.values import is_valid


def _words(text: str) -> list[str]:
    return text.split()


WORDS = _words(
    # German
    """am im vom bis seit vor nach Anfang Mitte Ende des Jahres Jahr Jahren Tage Tagen Wochen Monate Monaten
    später zuvor darauf selben Tag heute gestern morgen Morgen Abend Nacht Dienstag Dienstagabend Montag Juni
    Mai August Dezember Jänner Sept. Frühjahr Sommer Herbst Winter Jahrhundert Jahrhunderts er Jahre v. Chr.
    Uhr zwei vierundzwanzig einen wenige mehrere zweiwöchigen jahrelang täglich wird hatte Vorjahr Folgejahr
    Vortag vergangene nächsten Woche Monat Halbjahr zweiten Jahreshälfte mitteleuropäischer Zeit Mitternacht
    Kriegsjahr Nr. Soldaten ( ) , . / – - :"""
    # English
    """ on in the of ago later earlier last next week year years days yesterday today tomorrow Tuesday
    evening June May early late mid- century 1990s '90s a.m. p.m. BC AD will said for since daily"""
) + ["\n", "\n\n"]
NUMBERS = st.integers(min_value=0, max_value=3000).map(str) | st.sampled_from(
    _words("1.9.39 18.06.2024 2024-06-18 06/18/2024 4:45 23:00 1912/13 1939–1945 24. 0. 31. 32. 00:00 24:00")
    + ["99", "9999", "0000", "29. Februar 2023"]
)
TOKENS = st.sampled_from(WORDS) | NUMBERS
TEXTS = st.lists(TOKENS, max_size=40).map(" ".join) | st.text(max_size=200)


def article_dates() -> st.SearchStrategy[str | None]:
    days = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
    return st.one_of(
        st.none(),
        days.map(lambda d: d.isoformat()),
        days.map(lambda d: d.isoformat()[:7]),
        days.map(lambda d: d.isoformat()[:4]),
        st.text(max_size=12),
        st.sampled_from(["2024-02-30", "2024-13", "0000", "24-06-18", " 2024-06 ", "XXXX-XX-XX"]),
    )


def check(text: str, date: str | None, lang: str, domain: str) -> list:
    found = timex(text, date, lang, domain=domain)
    previous_end = -1
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= previous_end, "expressions overlap or are out of order"
        previous_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert is_valid(t.value, t.type), (t.text, t.type, t.value)
    return found


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXTS, article_dates(), st.sampled_from(["auto", "news", "narrative"]))
def test_german_tagger_never_raises_and_returns_valid_values(text: str, date: str | None, domain: str) -> None:
    check(text, date, "de", domain)


@SETTINGS
@given(TEXTS, article_dates(), st.sampled_from(["auto", "news", "narrative"]))
def test_english_tagger_never_raises_and_returns_valid_values(text: str, date: str | None, domain: str) -> None:
    check(text, date, "en", domain)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_relative_expressions_at_the_ends_of_the_calendar(day: dt.date) -> None:
    text = "gestern, morgen, am Dienstag, vergangene Woche, nächsten Monat, vor zwei Jahren, im Juni, zwei Tage später"
    expressions = ["gestern", "morgen", "Dienstag", "vergangene Woche", "nächsten Monat", "vor zwei Jahren", "Juni",
                   "zwei Tage später"]
    for domain in ("news", "narrative"):  # (all eight are read at every day, not only valid where read)
        assert [t.text for t in check(text, day.isoformat(), "de", domain)] == expressions


def test_validator_rejects_what_is_not_timex3() -> None:
    for bad in ("2024-02-30", "2024-13", "P", "PT", "2024-06-18T25:00", "tomorrow", "", "2024-W54", "XXXX-XX-XXTEX"):
        assert not is_valid(bad), bad
    good_values = _words("2024 2024-06 2024-06-18 2024-06-18TEV 2024-06-18T04:45 P2D PT30M P1Y6M PXY 19 199")
    for good in (*good_values, "BC0490", "2024-W25", "XXXX-WXX-2", "2023-SP", "2024-H2", "PRESENT_REF"):
        assert is_valid(good), good
