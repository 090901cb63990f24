"""The time stage: German and English time expressions, normalised against the article date."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import lagebild
from lagebild.document import Article, Document, Sentence
from lagebild.time import annotate, infer_reference_date, timex


def values(text: str, date: str | None = None, lang: str = "de", **kw) -> dict[str, str]:
    return {t.text: t.value for t in timex(text, date, lang, **kw)}


def one(text: str, date: str | None = None, lang: str = "de", **kw) -> tuple[str, str, str]:
    found = timex(text, date, lang, **kw)
    assert len(found) == 1, found
    return found[0].text, found[0].type, found[0].value


# --- the seed sample --------------------------------------------------------------------------


def seed_text(path: Path) -> tuple[str, str]:
    """The sample's date and text (the file starts with "date YYYY-MM", on the text's first line)."""
    match = re.match(r"\s*date\s+(\S+)\s+", path.read_text(encoding="utf-8"))
    assert match, f"{path}: no leading date"
    return match.group(1), path.read_text(encoding="utf-8")[match.end() :]


def test_seed_sample_gold_timexes_all_found_with_their_values(seed_sample: Path) -> None:
    gold = json.loads(seed_sample.with_suffix(".gold.json").read_text(encoding="utf-8"))
    date, text = seed_text(seed_sample)
    assert date == gold["date"]
    found = timex(text, date, "de")
    for expected in gold["timexes"]:
        matches = [t for t in found if t.text == expected["text"] and t.value == expected["value"]]
        assert matches, f"{expected} not in {[(t.text, t.value) for t in found]}"
        assert matches[0].type == expected["type"]


def test_seed_sample_through_extract(seed_sample: Path) -> None:
    date, text = seed_text(seed_sample)
    doc = lagebild.extract(text, date=date, lang="de")
    by_text = {t.text: t for t in doc.timexes}
    assert by_text["Dienstagabend"].value == "2024-06-18TEV"
    assert by_text["Montag (17. Juni)"].value == "2024-06-17"
    assert all(text[t.start : t.end] == t.text for t in doc.timexes)


# --- German explicit dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Treffen fand am 18. Juni 2024 statt.", ("18. Juni 2024", "DATE", "2024-06-18")),
        ("Der Vertrag vom 18.06.2024 gilt.", ("18.06.2024", "DATE", "2024-06-18")),
        ("Die Wahl war im Juni 2024.", ("Juni 2024", "DATE", "2024-06")),
        ("Die Krise begann 2023.", ("2023", "DATE", "2023")),
        ("Der Angriff erfolgte am 1.9.39 im Morgengrauen.", ("1.9.39", "DATE", "1939-09-01")),
        ("Er starb 490 v. Chr. in Athen.", ("490 v. Chr.", "DATE", "BC0490")),
        ("Das geschah im 20. Jahrhundert.", ("20. Jahrhundert", "DATE", "19")),
        ("Das war in den 1990er Jahren anders.", ("den 1990er Jahren", "DATE", "199")),
        ("Die Zahlen stammen aus dem Frühjahr 2023.", ("Frühjahr 2023", "DATE", "2023-SP")),
        ("Die Reform kommt Ende September 2025.", ("Ende September 2025", "DATE", "2025-09")),
        ("Der Gipfel findet Anfang 2026 statt.", ("Anfang 2026", "DATE", "2026")),
        ("Der Angriff begann am 1. September 1939 um 4:45 Uhr.", ("1. September 1939", "DATE", "1939-09-01")),
    ],
)
def test_german_explicit_dates(text: str, expected: tuple[str, str, str]) -> None:
    assert timex(text, "2024-06-19")[0].text == expected[0]
    found = timex(text, "2024-06-19")[0]
    assert (found.text, found.type, found.value) == expected


def test_holidays_and_eras() -> None:
    assert values("Zu Weihnachten 1966 ruhten die Waffen.", "2011-02-16") == {"Weihnachten 1966": "1966-12-25"}
    assert values("Die Schlacht 480 v. Chr. war verloren. Im Jahr 478 gründete Athen den Bund.", None) == {
        "480 v. Chr.": "BC0480",
        "Jahr 478": "BC0478",
    }
    assert values("In den zwanziger Jahren wuchs die Stadt. 1919 war sie klein.", None)["den zwanziger Jahren"] == "192"


def test_year_ranges_give_two_expressions() -> None:
    assert values("Der Krieg dauerte von 1939 bis 1945.", "2024-06") == {"1939": "1939", "1945": "1945"}
    assert values("die Balkankriege (1912/13)", "2024-06") == {"1912": "1912", "13": "1913"}


def test_numbers_that_are_not_years() -> None:
    assert timex("Die Armee griff mit 1500 Panzern an.", "2024-06") == []
    assert timex("Es starben 2000 Menschen.", "2024-06") == []
    assert timex("Laut Weisung Nr. 170/39 ist anzugreifen.", "2024-06") == []
    # a unit after the number: no year, and so no year for the season after it
    found = values("Gas kostet 247 Dollar für 1000 Kubikmeter. Im Sommer war es teurer.", "2015-09")
    assert found == {"Sommer": "2015-SU"}


def test_clock_time_takes_the_day_of_its_sentence() -> None:
    found = values("Am 1. September 1939 um 4:45 Uhr begann der Angriff.", "2011-02-16")
    assert found["4:45 Uhr"] == "1939-09-01T04:45"


# --- German relative expressions -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Der Minister sagte heute, er sei zufrieden.", "2024-06-19"),
        ("Der Minister sagte gestern, er sei zufrieden.", "2024-06-18"),
        ("Die Gespräche gehen morgen weiter.", "2024-06-20"),
        ("Die Delegation war vergangene Woche in Kiew.", "2024-W24"),
        ("Die Wahl findet nächsten Monat statt.", "2024-07"),
        ("Vor zwei Jahren begann der Krieg.", "2022"),
        ("Im Vorjahr waren es weniger.", "2023"),
    ],
)
def test_german_deictic_expressions_against_the_article_date(text: str, value: str) -> None:
    assert timex(text, "2024-06-19")[0].value == value


def test_weekday_tense_chooses_past_or_future() -> None:
    # 2024-06-19 is a Wednesday
    assert one("Der Kanzler reiste am Montag nach Paris.", "2024-06-19")[2] == "2024-06-17"
    assert one("Der Kanzler wird am Montag nach Paris reisen.", "2024-06-19")[2] == "2024-06-24"
    assert one("Der Kanzler hatte am Freitag mit Macron telefoniert.", "2024-06-19")[2] == "2024-06-14"
    assert one("Am Freitag soll der Vertrag unterzeichnet werden.", "2024-06-19")[2] == "2024-06-21"


def test_date_in_parentheses_takes_precedence_over_the_weekday() -> None:
    assert one("Putin schrieb am Dienstag (18. Juni) einen Artikel.", "2024-06-25") == (
        "Dienstag (18. Juni)",
        "DATE",
        "2024-06-18",
    )
    assert one("Das Treffen war am Montag, 17. Juni 2024.", None)[2] == "2024-06-17"


def test_weekday_with_part_of_day() -> None:
    assert one("Er wird am Dienstagabend eintreffen.", "2024-06-17") == ("Dienstagabend", "TIME", "2024-06-18TEV")
    assert one("Er traf am Montag Abend ein.", "2024-06-19")[2] == "2024-06-17TEV"


def test_weekday_resolves_against_last_named_day_when_article_date_has_no_day() -> None:
    text = "Ein Sprecher äußerte sich am Montag (17. Juni). Putin will von Dienstag bis Mittwoch bleiben."
    assert values(text, "2024-06") == {
        "Montag (17. Juni)": "2024-06-17",
        "Dienstag": "2024-06-18",
        "Mittwoch": "2024-06-19",
    }


def test_a_day_far_from_the_article_month_is_no_anchor_for_a_weekday() -> None:
    text = ("Seit dem 1. März 2016 sitzen viele Flüchtlinge fest. Viele gaben den 1. Jänner 1998 als Geburtsdatum "
            "an. Die Polizei nahm am Freitag einen Schlepper fest.")
    assert values(text, "2016-03")["Freitag"].startswith("XXXX")


def test_month_without_year_follows_tense_and_article_date() -> None:
    assert one("Seit Beginn seiner Amtszeit im Mai war er in China.", "2024-06")[2] == "2024-05"
    assert one("Der Besuch war im Oktober.", "2024-06")[2] == "2023-10"
    assert one("Der Besuch ist im Oktober geplant.", "2024-06")[2] == "2024-10"


def test_anaphoric_expressions_count_from_the_last_date_named() -> None:
    text = "Am 10. Mai 1940 begann der Westfeldzug. Zwei Tage später fiel Lüttich. Am selben Tag kapitulierte X."
    assert values(text, "2011-02-16") == {
        "10. Mai 1940": "1940-05-10",
        "Zwei Tage später": "1940-05-12",
        "Am selben Tag": "1940-05-12",
    }
    assert values("Am 3. März 2024 kam er an, am Vortag war er in Rom.", "2024-03")["am Vortag"] == "2024-03-02"


def test_narrative_anchoring_month_takes_last_year_named() -> None:
    text = ("Im September 1939 griff Deutschland Polen an. Im Juli fiel Frankreich. Im Herbst folgte Norwegen. "
            "Im Juni 1941 begann der Angriff auf die Sowjetunion.")
    found = values(text, "2011-02-16")
    assert found["Juli"] == "1939-07"
    assert found["Herbst"] == "1939-FA"


def test_a_passive_a_perfect_infinitive_and_an_expectation_say_nothing_of_the_past() -> None:
    text = "Das Land wird in zwei Teile aufgespalten: Am 17. Oktober beginnt der Urnengang."
    doc = lagebild.extract(text, date="2015-08")
    assert [(t.text, t.value) for t in doc.timexes] == [("17. Oktober", "2015-10-17")]
    found = values("Sein Plan sieht vor, bei der Sitzung am 22. Oktober die Regierung fixiert zu haben.", "2015-09-30")
    assert found == {"22. Oktober": "2015-10-22"}
    assert values("Er rechne ab Oktober mit dem Beginn der Waffenhilfe, sagte er.", "2015-06") == {"Oktober": "2015-10"}
    text = "Am Montag hatte eine Studie gewarnt: Sollten die Briten am 23. Juni austreten, drohe ein Schock."
    found = values(text, "2016-05-18")
    assert found["23. Juni"] == "2016-06-23"


def test_a_guessed_year_carries_to_the_next_date_only_where_it_lies_nearer_the_article() -> None:
    text = "In Paris starben am 13. November 130 Menschen, in Brüssel töteten Attentäter am 22. März 32 Menschen."
    assert values(text, "2016-03") == {"13. November": "2015-11-13", "22. März": "2016-03-22"}
    found = values("Zwischen 17. Oktober und 21. November wurden Wahlen abgehalten.", "2015-11-01")
    assert found == {"17. Oktober": "2015-10-17", "21. November": "2015-11-21"}


def test_one_far_year_in_a_dated_report_is_background() -> None:
    text = "Im Sommer forderte Kiew einen Rabatt. Im Winter braucht die Ukraine Gas. Der letzte kalte Winter war 2005."
    found = values(text, "2015-09")
    assert found["Sommer"] == "2015-SU"
    assert found["2005"] == "2005"


def test_heading_year_opens_a_section() -> None:
    text = "1862\n\nIm Januar siegte die Union. Jesse James raubte bis 1881 Banken.\n\nIm Oktober kam es zur Schlacht."
    found = values(text, "2011-02-16")
    assert found["Januar"] == "1862-01"
    assert found["Oktober"] == "1862-10"


def test_history_text_uses_present_ref_for_heute() -> None:
    text = "Im Jahr 1789 stürmten die Pariser die Bastille. Der Tag ist heute Nationalfeiertag. 1790 folgte X."
    assert values(text, "2011-02-16")["heute"] == "PRESENT_REF"


# --- durations and sets --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es ist der erste Besuch seit 24 Jahren.", ("seit 24 Jahren", "DURATION", "P24Y")),
        ("Er reist für zwei Tage nach Vietnam.", ("zwei Tage", "DURATION", "P2D")),
        ("Die Verhandlungen dauerten drei Wochen.", ("drei Wochen", "DURATION", "P3W")),
        ("Nach zweiwöchigen Kämpfen fiel die Stadt.", ("zweiwöchigen", "DURATION", "P2W")),
        ("Die Sitzung dauerte zwei Stunden.", ("zwei Stunden", "DURATION", "PT2H")),
        ("Das Lager ist seit Jahren überfüllt.", ("seit Jahren", "DURATION", "PXY")),
        ("Die Zeitung erscheint täglich.", ("täglich", "SET", "P1D")),
    ],
)
def test_german_durations_and_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert one(text, "2024-06-19") == expected


# --- without an article date ---------------------------------------------------------------------


def test_no_article_date_leaves_deictic_expressions_underspecified() -> None:
    found = values("Der Minister sagte gestern, er werde am Dienstag nach Rom reisen.", None)
    assert found == {"gestern": "XXXX-XX-XX", "Dienstag": "XXXX-WXX-2"}


def test_no_article_date_still_resolves_what_the_text_states() -> None:
    found = values("Am 18. Juni 2024 traf er Kim. Zwei Tage später reiste er nach Hanoi.", None)
    assert found == {"18. Juni 2024": "2024-06-18", "Zwei Tage später": "2024-06-20"}


def test_invalid_article_date_is_ignored() -> None:
    assert values("gestern", "not-a-date") == {"gestern": "XXXX-XX-XX"}
    assert values("gestern", "2024-02-30") == {"gestern": "XXXX-XX-XX"}


def test_infer_reference_date() -> None:
    text = "Im März 2016 wurde gewählt. Bis 2030 will die Regierung klimaneutral werden. Seit 2015 sinkt X."
    assert infer_reference_date(text, "de") == "2016-03"
    assert infer_reference_date("Die Regierung tagte gestern.", "de") is None
    assert infer_reference_date("Im Jahr 1999 und 2004 wuchs die EU.", "de") == "2004"


def test_annotate_uses_inferred_reference_only_as_narrative_anchor() -> None:
    text = "Die Wahl im März 2016 war knapp. Im Mai trat der Kanzler zurück. Gestern sprach er."
    doc = Document.from_article(Article(id="a", text=text), "de")
    doc.reference_date = infer_reference_date(text, "de")
    annotate(doc)
    found = {t.text: t.value for t in doc.timexes}
    assert found == {"März 2016": "2016-03", "Mai": "2016-05", "Gestern": "XXXX-XX-XX"}


def test_annotate_with_article_date() -> None:
    doc = Document.from_article(Article(id="a", text="Der Kanzler reiste gestern ab.", date="2024-06-19"), "de")
    doc.sentences = [Sentence(start=0, end=len(doc.text))]
    annotate(doc)
    assert [(t.text, t.value) for t in doc.timexes] == [("gestern", "2024-06-18")]


# --- English -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit took place on June 18, 2024.", ("June 18, 2024", "DATE", "2024-06-18")),
        ("The summit took place on 18 June 2024.", ("18 June 2024", "DATE", "2024-06-18")),
        ("Elections were held in May.", ("May", "DATE", "2024-05")),
        ("He said yesterday that talks would resume.", ("yesterday", "DATE", "2024-06-18")),
        ("Two years ago the talks collapsed.", ("Two years ago", "DATE", "2022")),
        ("The minister will travel next week.", ("next week", "DATE", "2024-W26")),
        ("Putin will arrive on Tuesday evening.", ("Tuesday evening", "TIME", "2024-06-25TEV")),
        ("He met Xi on Monday.", ("Monday", "DATE", "2024-06-17")),
        ("He will stay for two days.", ("two days", "DURATION", "P2D")),
        ("It was the first visit in 24 years.", ("24 years", "DURATION", "P24Y")),
        ("Prices rose in the 1990s.", ("the 1990s", "DATE", "199")),
        ("It changed in the 20th century.", ("20th century", "DATE", "19")),
        ("Talks resume in early June 2025.", ("In early June 2025", "DATE", "2025-06")),
        ("The war began at 4:45 a.m. on that day.", ("4:45 a.m.", "TIME", "2024-06-19T04:45")),
    ],
)
def test_english_expressions(text: str, expected: tuple[str, str, str]) -> None:
    found = timex(text, "2024-06-19", "en")
    assert (found[0].text.lower(), found[0].type, found[0].value) == (expected[0].lower(), *expected[1:])


def test_english_may_as_a_verb_is_not_a_month() -> None:
    assert timex("The talks may resume soon.", "2024-06-19", "en")[0].text == "soon"
    assert [t.text for t in timex("They may fail.", "2024-06-19", "en")] == []


def test_public_entry_point() -> None:
    assert [t.value for t in lagebild.timex("am 18. Juni 2024")] == ["2024-06-18"]


def test_unknown_domain_is_an_error() -> None:
    with pytest.raises(ValueError, match="domain"):
        timex("heute", "2024-06-19", domain="poetry")


def test_a_year_in_the_name_of_a_known_organisation_dates_nothing() -> None:
    doc = lagebild.extract("Die Umweltorganisation Global 2000 warnte im Jahr 2015 vor dem Abkommen.",
                           date="2016-02-01", lang="de")
    assert [(t.text, t.value) for t in doc.timexes] == [("Jahr 2015", "2015")]


def test_one_far_year_in_a_news_text_of_the_present_leaves_it_news() -> None:
    text = ("Derzeit warten Tausende. Dutzende gaben den 1. Jänner 1998 als Geburtsdatum an. Am Mittwoch nahm die "
            "Polizei einen Schlepper fest.")
    assert [(t.text, t.value) for t in timex(text, "2016-03-11")][1:] == [("1. Jänner 1998", "1998-01-01"),
                                                                          ("Mittwoch", "2016-03-09")]
    # far years twice as many as the words of the present make a history, told from its own dates
    history = ("Derzeit wird gefeiert. Der Krieg begann 1939 und endete 1945. Prozesse gab es 1946 und 1947. "
               "Am Mittwoch marschierten Truppen ein.")
    assert timex(history, "2016-03-11")[-1].value == "XXXX-WXX-3"


def test_three_years_of_background_in_a_report_of_the_day_leave_it_news() -> None:
    text = ("Am Montag berichtete die UNO, derzeit seien Tausende auf der Flucht. Die Gruppe kämpft seit 1998, "
            "2003 und 1995 griff sie Dörfer an. Im Mai hatte die UNO ihr Kriegsverbrechen vorgeworfen.")
    assert values(text, "2015-11-16")["Mai"] == "2015-05"


def test_a_news_report_with_one_year_of_background_stays_news() -> None:
    # one far year in a report of the day (`am Donnerstag`) is background: `im November` is last November
    text = ("Obama sagte am Donnerstag in einem Interview, er habe den Europäern zu sehr vertraut. Ein "
            "Militäreinsatz hatte 2011 Gaddafi gestürzt. Im November war der IS-Chef getötet worden.")
    assert values(text, "2016-03-11")["November"] == "2015-11"


def test_a_news_report_naming_more_days_than_far_years_stays_news() -> None:
    # two years of background do not make a history of a report that names its days of the week
    text = ("Am Dienstag veröffentlichte die Zeitung neue Dokumente. Der Fonds wurde 2010 gegründet, im Jahr 2012 "
            "verkaufte der Minister seine Anteile. Am Montag hatte er geschwiegen, am Montagabend sprach er im "
            "Fernsehen. Am Dienstag trat er vor das Parlament. Im Mai soll er einen Gipfel leiten.")
    assert values(text, "2016-04-05")["Mai"] == "2016-05"


def test_in_n_years_is_a_span_in_a_sentence_told_in_the_past() -> None:
    assert one("In 30 Jahren hat die Firma nie Steuern gezahlt.", "2016-04-05") == ("In 30 Jahren", "DURATION", "P30Y")
    assert one("In drei Jahren will die Regierung den Hafen eröffnen.", "2016-04-05") == ("In drei Jahren", "DATE",
                                                                                        "2019")


def test_a_weekday_counted_from_an_anchor_stays_in_the_month_of_the_article() -> None:
    text = ("Am 5. November fand die Polizei in Bayern Waffen. Am Freitag hatten sich drei Attentäter in die Luft "
            "gesprengt.")
    assert values(text, "2015-11")["Freitag"] == "XXXX-WXX-5"
    assert values("Am 16. November begann der Gipfel. Am Freitag waren die Gäste angereist.", "2015-11")["Freitag"] == (
        "2015-11-13")


def test_a_day_ahead_named_in_news_is_no_anchor_for_what_has_happened() -> None:
    text = ("Griechenland muss bis Mittwoch eine Reihe von Reformen durch das Parlament bringen. In Athen "
            "demonstrierten am Abend tausende Menschen vor dem Parlament.")
    # (the tense comes from the parse, so the whole pipeline runs)
    found = {t.text: t.value for t in lagebild.extract(text, date="2015-07-13").timexes}
    assert found["Mittwoch"] == "2015-07-15"
    assert found["am Abend"].startswith("2015-07-13")


def test_a_limit_takes_the_nearest_year_whatever_the_tense() -> None:
    # the talks were broken off until a day three weeks ahead, not until a day of the year before
    assert one("De Mistura hat die Gespräche bis zum 25. Februar unterbrochen.", "2016-02-04")[2] == "2016-02-25"
    assert one("Die Ausgangssperre galt bis Ende Jänner.", "2016-02-20")[2] == "2016-01"


def test_already_is_no_cue_of_the_past() -> None:
    # "bereits am 1. Mai fertig sein werde": as early as a day ahead
    text = "Die Regierung erklärte, dass sie bereits am 1. Mai fertig sein werde."
    assert one(text, "2016-03-10")[2] == "2016-05-01"


def test_a_modal_opening_the_sentence_looks_ahead() -> None:
    assert values("Wird der Gipfel am 3. März stattfinden?", "2016-04") == {"3. März": "2017-03-03"}
    assert values("Sollten die Briten im Februar austreten, fällt das Pfund.", "2016-04") == {"Februar": "2017-02"}
