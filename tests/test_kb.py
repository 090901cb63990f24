"""The knowledge base: countries from CLDR + our lexicons, organisations, seats of power, people
with dated roles, lookups, holders at a date, entity patterns, the CLI."""

from __future__ import annotations

import pytest

from lagebild.kb import ROLES, SECTORS, entity_patterns, load
from lagebild.kb.base import title_matches
from lagebild.kb.cli import app
from lagebild.kb.dates import period
from lagebild.kb.lexicon import lexicon
from lagebild.kb.tables import inflect


@pytest.fixture(scope="module")
def kb():
    return load()


def test_sizes(kb) -> None:
    counts = kb.counts()
    assert counts["country"] >= 249
    assert counts["org"] >= 80
    assert counts["person"] >= 1000
    assert counts["place"] >= 1700  # capitals, seats of power, the gazetteer's cities and regions
    assert counts["institution"] >= 500  # parties, courts, police, ministries, media, NGOs


def test_every_entry_is_well_formed(kb) -> None:
    for entry in kb:
        assert entry.name, entry.kb_id
        assert entry.sector is None or entry.sector in SECTORS, entry.kb_id
        for role in entry.roles:
            assert role.role in ROLES, (entry.kb_id, role)
            assert role.owner, (entry.kb_id, role)


@pytest.mark.parametrize(("form", "iso3"), [
    ("Russland", "RUS"), ("Russlands", "RUS"), ("Russische Föderation", "RUS"), ("Nordkorea", "PRK"),
    ("Nordkoreas", "PRK"), ("Demokratische Volksrepublik Korea", "PRK"), ("USA", "USA"),
    ("Vereinigten Staaten", "USA"), ("Weißrussland", "BLR"), ("Elfenbeinküste", "CIV"), ("North Korea", "PRK"),
    ("United Kingdom", "GBR"), ("Kosovo", "XKX"), ("Iraks", "IRQ"),
])
def test_country_names(kb, form: str, iso3: str) -> None:
    assert iso3 in [e.kb_id for e in kb.lookup(form, kind="country")]


def test_adjectives_and_demonyms_in_all_forms(kb) -> None:
    russia = kb.get("RUS")
    assert {"russisch", "russische", "russischen", "russischer", "russisches", "russischem"} <= set(
        russia.adjectives["de"])
    assert {"Russe", "Russen", "Russin", "Russinnen"} <= set(russia.demonyms["de"])
    assert {"Deutsche", "Deutschen", "Deutscher"} <= set(kb.get("DEU").demonyms["de"])
    assert {"Amerikaner", "Amerikanern", "Amerikanerin"} <= set(kb.get("USA").demonyms["de"])
    assert "Israelis" in kb.get("ISR").demonyms["de"]
    assert "Russians" in russia.demonyms["en"] and "Russian" in russia.adjectives["en"]


def test_inflection_rules_come_from_data() -> None:
    assert inflect("ukrainisch", "adjective", "de")[:3] == ["ukrainisch", "ukrainische", "ukrainischen"]
    assert inflect("Paris", "genitive", "de") == ["Paris"]
    assert inflect("Chinese", "demonym", "en") == ["Chinese"]


@pytest.mark.parametrize(("form", "kb_id", "country", "org", "sector"), [
    ("Kreml", "RUS_kreml", "RUS", None, "GOV"),
    ("Weißen Hauses", "USA_weisses_haus", "USA", None, "GOV"),
    ("Élysée", "FRA_elysee", "FRA", None, "GOV"),
    ("Downing Street", "GBR_downing_street", "GBR", None, "GOV"),
    ("Kanzleramt", "DEU_kanzleramt", "DEU", None, "GOV"),
    ("Pjöngjang", "PRK_pjongjang", "PRK", None, "GOV"),
    ("Peking", "CHN_peking", "CHN", None, "GOV"),
    ("Moskau", "RUS_moskau", "RUS", None, "GOV"),
    ("Washington", "USA_washington", "USA", None, "GOV"),
    ("Brüssel", "EU_bruessel", None, "EU", "IGO"),
])
def test_seats_of_power(kb, form: str, kb_id: str, country: str | None, org: str | None, sector: str) -> None:
    entry = kb.lookup(form)[0]
    assert (entry.kb_id, entry.country, entry.org, entry.sector) == (kb_id, country, org, sector)
    assert entry.place_country is not None


@pytest.mark.parametrize(("form", "org"), [
    ("Vereinten Nationen", "UN"), ("UN-Sicherheitsrat", "UN"), ("Nato", "NATO"), ("OSZE", "OSCE"),
    ("Afrikanische Union", "AU"), ("Asean", "ASEAN"), ("Arabische Liga", "LAS"), ("IStGH", "ICC"),
    ("Internationalen Strafgerichtshofs", "ICC"), ("Internationaler Gerichtshof", "ICJ"), ("IAEA", "IAEA"),
    ("WHO", "WHO"), ("IWF", "IMF"), ("Weltbank", "WB"), ("Opec", "OPEC"), ("G7", "G7"), ("G20", "G20"),
    ("Hamas", "HAMAS"), ("Hisbollah", "HEZBOLLAH"), ("IS", "IS"), ("Taliban", "TALIBAN"), ("PKK", "PKK"),
    ("Farc", "FARC"), ("Huthi", "HOUTHIS"), ("Wagner-Gruppe", "WAGNER"), ("EU-Kommission", "EU"),
    ("International Criminal Court", "ICC"), ("Houthis", "HOUTHIS"),
])
def test_organisations(kb, form: str, org: str) -> None:
    assert org in [e.org for e in kb.lookup(form, kind="org")]


def test_sector_changes_over_time(kb) -> None:
    taliban = kb.get("TALIBAN")
    assert taliban.sector_at("2010") == "REB"
    assert taliban.sector_at("2022-05") == "GOV"
    assert taliban.sector_at(None) == "GOV"


@pytest.mark.parametrize(("role", "country", "org", "date", "kb_id"), [
    ("head_of_state", "RUS", None, "2024-06-18", "putin_wladimir"),
    ("head_of_state", "RUS", None, "2010", "medwedew_dmitri"),
    ("head_of_government", "RUS", None, "2010-03", "putin_wladimir"),
    ("head_of_state", "USA", None, "2003-03-20", "bush_george_w"),
    ("head_of_state", "USA", None, "2021-01-20", "biden_joe"),  # handover day: the new holder
    ("head_of_government", "DEU", None, "2015", "merkel_angela"),
    ("foreign_minister", "RUS", None, "2024-06", "lawrow_sergej"),
    ("igo_head", None, "NATO", "2016", "stoltenberg_jens"),
    ("igo_head", None, "UN", "2020", "guterres_antonio"),
])
def test_holder_at_date(kb, role: str, country: str | None, org: str | None, date: str, kb_id: str) -> None:
    assert kb.holder(role, country, org, date).kb_id == kb_id


def test_holder_by_title(kb) -> None:
    assert kb.holder(None, "IRN", date="2022-09", titles={"präsident"}).kb_id == "raisi_ebrahim"
    assert kb.holder(None, None, "ICC", "2024-05", titles={"chefankläger"}).kb_id == "khan_karim"


def test_roles_at_and_actor(kb) -> None:
    assert [r.role for r in kb.roles_at("putin_wladimir", "2010")] == ["head_of_government"]
    assert kb.actor("putin_wladimir", "2024-06") == {
        "name": "Wladimir Putin", "country": "RUS", "org": None, "sector": "GOV"}
    former = kb.actor("merkel_angela", "2024")
    assert former["country"] == "DEU" and former["sector"] is None


def test_lookup_is_case_insensitive_and_search_ranks_exact_first(kb) -> None:
    assert kb.lookup("kreml")[0].kb_id == "RUS_kreml"
    assert kb.search("Kreml")[0].kb_id == "RUS_kreml"
    assert "putin_wladimir" in [e.kb_id for e in kb.search("putin")]


def test_partial_dates() -> None:
    assert period("2024-02") == ("2024-02-01", "2024-02-29")
    assert period("2023") == ("2023-01-01", "2023-12-31")
    assert period(None) is None


def test_title_matching() -> None:
    assert title_matches("Bundeskanzlerin", {"bundeskanzler"})
    assert not title_matches("Ministerpräsident", {"präsident"})
    assert title_matches("Chefankläger des Internationalen Strafgerichtshofs", {"chefankläger"}, loose=True)


def test_entity_patterns() -> None:
    patterns = entity_patterns("de")
    by_text = {p["pattern"]: p for p in patterns}
    assert by_text["Russlands"] == {"label": "LOC", "pattern": "Russlands", "id": "RUS"}
    assert by_text["Putins"]["label"] == "PER" and by_text["Putins"]["id"] == "putin_wladimir"
    assert by_text["Nato"]["label"] == "ORG"
    assert by_text["Moskau"]["label"] == "LOC"
    assert "Kurz" not in by_text  # an ambiguous surname alone is no entity
    assert entity_patterns("en")


def test_entity_patterns_work_in_an_entity_ruler() -> None:
    import spacy

    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(entity_patterns("de"))
    doc = nlp("Nordkoreas Machthaber Kim Jong-un empfing Wladimir Putin in Pjöngjang.")
    found = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("Nordkoreas", "LOC", "PRK") in found
    assert ("Wladimir Putin", "PER", "putin_wladimir") in found
    assert ("Pjöngjang", "LOC", "PRK_pjongjang") in found


def test_lexicon_forms_and_function_words() -> None:
    lex = lexicon("de")
    assert lex.match_descriptor("Staatschef").role == "head_of_state"
    assert lex.match_descriptor("Kanzlerin").gender == "f"
    assert lex.match_descriptor("78-Jährige").type == "age_ref"
    assert lex.value("pronoun", "er") == "m"
    assert lex.word("locative", "nach")
    assert {item.kind for item in lex.items("Russische")} == {"adj"}  # sentence-initial capital


def test_descriptor_forms_are_unique_per_language() -> None:
    from lagebild.kb.build import decline
    from lagebild.kb.tables import data_path, read_tsv, split_list

    for lang in ("de", "en"):
        seen: dict[str, int] = {}
        for i, row in enumerate(read_tsv(data_path(lang, "descriptors.tsv"))):
            written = [*split_list(row["singular"]), *split_list(row["plural"])]
            for declined in {d for form in written for d in decline(form, lang)}:
                assert seen.setdefault(declined, i) == i, f"{lang}: {declined!r} in two rows"


def test_cli_show_search_holder(runner) -> None:
    result = runner.invoke(app, ["show", "Putin", "--date", "2010"])
    assert result.exit_code == 0, result.output
    assert "putin_wladimir" in result.output and "head_of_government" in result.output
    result = runner.invoke(app, ["search", "Kreml"])
    assert result.exit_code == 0 and "RUS_kreml" in result.output
    result = runner.invoke(app, ["holder", "head_of_state", "RUS", "--date", "2024-06-18"])
    assert result.exit_code == 0 and "putin_wladimir" in result.output
    result = runner.invoke(app, ["show", "der Kreml-Chef", "--date", "2024-06-18"])
    assert result.exit_code == 0 and "putin_wladimir" in result.output
    assert runner.invoke(app, ["show", "Xyzzy-Land"]).exit_code == 1


@pytest.mark.parametrize(("form", "expected"), [
    ("Oberster~ Gerichtshof~", {"Oberster Gerichtshof", "Obersten Gerichtshofs", "Oberste Gerichtshof"}),
    ("Österreichische~ Volkspartei", {"Österreichische Volkspartei", "Österreichischen Volkspartei"}),
    ("Bundesrat~", {"Bundesrat", "Bundesrats", "Bundesrates"}),
    ("Kongress~", {"Kongress", "Kongresses"}),
    ("SPÖ", {"SPÖ"}),
])
def test_declension_marks(form: str, expected: set[str]) -> None:
    from lagebild.kb.build import decline

    assert expected <= set(decline(form, "de"))
    assert decline(form, "en") == [form.replace("~", "")]


@pytest.mark.parametrize(("form", "kb_id", "country", "sector"), [
    ("SPÖ", "AUT_spoe", "AUT", "PTY"), ("Team Stronach", "AUT_team_stronach", "AUT", "PTY"),
    ("Podemos", "ESP_podemos", "ESP", "PTY"), ("HDP", "TUR_hdp", "TUR", "PTY"), ("PiS", "POL_pis", "POL", "PTY"),
    ("ÖGB", "AUT_oegb", "AUT", "CVL"), ("Wirtschaftskammer", "AUT_wko", "AUT", "BUS"),
    ("VfGH", "AUT_vfgh", "AUT", "JUD"), ("WKStA", "AUT_wksta", "AUT", "JUD"), ("BVT", "AUT_bvt", "AUT", "SPY"),
    ("ORF", "AUT_orf", "AUT", "MED"), ("Anadolu", "TUR_anadolu", "TUR", "MED"),
    ("Volkshilfe", "AUT_volkshilfe", "AUT", "NGO"),
    ("Istanbuls", "TUR_istanbul", "TUR", None), ("Diyarbakir", "TUR_diyarbakir", "TUR", None),
])
def test_parties_bodies_media_and_places(kb, form: str, kb_id: str, country: str, sector: str | None) -> None:
    from lagebild.kb.lexicon import lexicon

    entry = kb.get(lexicon("de").items(form)[0].ref)
    assert (entry.kb_id, entry.country, entry.sector) == (kb_id, country, sector)


def test_national_names_denote_a_body_only_in_its_country(kb) -> None:
    assert kb.national("Verfassungsgerichtshof", "AUT").kb_id == "AUT_vfgh"
    assert kb.national("Innenministerium", "DEU").kb_id == "DEU_bmi"
    assert kb.national("Sozialdemokraten", "SWE").kb_id == "SWE_sap"
    assert kb.national("Innenministerium", "MLI") is None
    from lagebild.kb.lexicon import lexicon

    # in text a descriptor, not a name (kb.lookup still finds the body)
    assert [item.kind for item in lexicon("de").items("Verfassungsgerichtshof")] == ["descriptor"]


def test_gazetteer(kb) -> None:
    from lagebild.kb.lexicon import lexicon

    lex = lexicon("de")
    istanbul = kb.get("TUR_istanbul")
    assert istanbul.is_city and "Istanbuler" in istanbul.adjectives["de"]
    assert kb.get("AUT_oberoesterreich").is_region and kb.get("AUT_favoriten").description == "district"
    assert "Wiener" in kb.get("AUT_wien").adjectives["de"]  # merged into the capital
    assert [item.weak for item in lex.items("Essen") if item.kind == "place"] == [True]
    # a name that is a country's or a person's stays theirs
    assert {item.kind for item in lex.items("Raab")} == {"person"}
    assert all(item.kind != "place" for item in lex.items("Georgien"))


def test_gazetteer_rows_are_well_formed() -> None:
    from lagebild.kb.tables import data_path, read_tsv

    rows = read_tsv(data_path("gazetteer.tsv"))
    assert len(rows) >= 1500
    for row in rows:
        assert row["type"] in ("city", "district", "region"), row
        assert len(row["country"]) == 3 and row["country"].isupper(), row


def test_of_offices_as_high_held_at_once_the_one_where_the_text_is_set(kb) -> None:
    assert kb.actor("elizabeth_ii", "2015-09-17", prefer=("GBR",))["country"] == "GBR"
    assert kb.actor("elizabeth_ii", "2015-09-17", prefer=("CAN", "GBR"))["country"] == "CAN"
