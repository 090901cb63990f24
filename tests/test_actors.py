"""The actors stage on real sentences and on the seed article: names, countries, adjectives,
seats of power, organisations, descriptors resolved at the article date, short references,
pronouns, places."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild import extract
from lagebild.actors import annotate
from lagebild.document import ActorMention, Document
from lagebild.nlp import annotate as nlp_annotate
from lagebild.readers.dates import parse_article_date


def mentions(text: str, date: str | None = "2024-06-18", lang: str = "de") -> list[ActorMention]:
    doc = Document(id="t", text=text, date=date, language=lang)
    nlp_annotate(doc)
    annotate(doc)
    return doc.actor_mentions


def find(found: list[ActorMention], text: str) -> ActorMention:
    hits = [m for m in found if m.text == text]
    assert hits, f"{text!r} not among {[m.text for m in found]}"
    return hits[0]


def actor(m: ActorMention) -> tuple:
    return (m.country, m.org, m.sector, m.kb_id)


@pytest.mark.parametrize(("date", "kb_id"), [
    ("2024-06-18", "putin_wladimir"), ("2010-06", "medwedew_dmitri"), ("2004", "putin_wladimir"),
])
def test_kreml_chef_at_the_article_date(date: str, kb_id: str) -> None:
    found = mentions("Schon vor Anreise dankte der Kreml-Chef für die Unterstützung.", date)
    assert actor(find(found, "der Kreml-Chef")) == ("RUS", None, "GOV", kb_id)


def test_descriptor_spans_cover_the_noun_phrase() -> None:
    found = mentions("So erklärte ein Sprecher des Weißen Hauses am Montag in Washington.")
    spokesman = find(found, "ein Sprecher des Weißen Hauses")
    assert (spokesman.kind, spokesman.country, spokesman.sector, spokesman.kb_id) == ("descriptor", "USA", "GOV", None)
    washington = find(found, "Washington")
    assert washington.is_place and washington.kind == "place" and washington.country == "USA"


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Nordkoreas Machthaber empfing den Gast.", "Nordkoreas Machthaber", ("PRK", None, "GOV", "kim_jong_un")),
    ("Der russische Staatschef sprach.", "Der russische Staatschef", ("RUS", None, "GOV", "putin_wladimir")),
    ("US-Außenminister John Kerry warnte.", "US-Außenminister John Kerry", ("USA", None, "GOV", "kerry_john")),
    ("Der chinesische Präsident warnte.", "Der chinesische Präsident", ("CHN", None, "GOV", "xi_jinping")),
    ("Der Nato-Generalsekretär warnte.", "Der Nato-Generalsekretär", (None, "NATO", "IGO", "stoltenberg_jens")),
    ("Die russische Regierung dementierte.", "Die russische Regierung", ("RUS", None, "GOV", None)),
    ("Russische Truppen rückten vor.", "Russische Truppen", ("RUS", None, "MIL", None)),
    ("Hamas-Kämpfer drangen ein.", "Hamas-Kämpfer", ("PSE", "HAMAS", "REB", None)),
    ("Die Polizei in Hongkong griff ein.", "Die Polizei in Hongkong", ("HKG", None, "POLICE", None)),
    ("Tausende demonstrierten gegen die Regierung Orbán.", "die Regierung Orbán", ("HUN", None, "GOV", None)),
    ("Der Oberste Gerichtshof Indiens urteilte.", "Der Oberste Gerichtshof Indiens",
     ("IND", None, "JUD", "IND_supreme_court")),
    ("Das iranische Parlament stimmte zu.", "Das iranische Parlament", ("IRN", None, "LEG", None)),
    ("Die belarussische Opposition protestierte.", "Die belarussische Opposition", ("BLR", None, "OPP", None)),
    ("Sudanesische Rebellen griffen an.", "Sudanesische Rebellen", ("SDN", None, "REB", None)),
    ("Eine kurdische Miliz griff an.", "Eine kurdische Miliz", (None, None, "REB", None)),
])
def test_descriptors(text: str, mention: str, expected: tuple) -> None:
    assert actor(find(mentions(text), mention)) == expected


def test_a_destination_is_no_seat() -> None:
    found = mentions("Wien – Die Regierung schickte Truppen in die Ukraine.")
    assert [(m.text, m.country) for m in found if m.kind != "place"] == [
        ("Die Regierung", "AUT"), ("Truppen", "AUT"), ("Ukraine", "UKR")]  # not Ukraine's troops


def test_roles_follow_the_date() -> None:
    text = "Der US-Präsident kündigte Sanktionen an."
    presidents = {date: find(mentions(text, date), "Der US-Präsident").kb_id
                  for date in ("2003-03", "2011-05", "2018-06", "2022-03", "2025-06")}
    assert presidents == {"2003-03": "bush_george_w", "2011-05": "obama_barack", "2018-06": "trump_donald",
                          "2022-03": "biden_joe", "2025-06": "trump_donald"}


def test_former_holders_are_not_the_current_one() -> None:
    found = mentions("Der frühere US-Präsident kritisierte die Nato.", "2024-03")
    assert actor(find(found, "Der frühere US-Präsident")) == ("USA", None, None, None)


def test_unknown_people_keep_their_name_and_the_descriptors_country_and_sector() -> None:
    found = mentions("Der russische Oppositionspolitiker Ilja Jaschin wurde verurteilt. Jaschin schwieg.")
    named = find(found, "Der russische Oppositionspolitiker Ilja Jaschin")
    assert (named.kind, named.name, named.country, named.sector, named.kb_id) == (
        "name", "Ilja Jaschin", "RUS", "OPP", None)
    again = find(found, "Jaschin")
    assert (again.name, again.country, again.sector) == ("Ilja Jaschin", "RUS", "OPP")


def test_short_references_and_pronouns() -> None:
    text = ("US-Außenminister John Kerry traf Sergej Lawrow in Genf. Lawrow sagte, man sei sich einig. "
            "Der Russe lobte die Gespräche. Er reiste dann nach Moskau.")
    found = mentions(text, "2016-05-10")
    assert [m.kb_id for m in found if m.text in ("Lawrow", "Der Russe", "Er")] == ["lawrow_sergej"] * 3
    moscow = find(found, "Moskau")
    assert moscow.is_place and moscow.country == "RUS"


def test_pronoun_gender() -> None:
    found = mentions("Angela Merkel traf Emmanuel Macron. Sie sagte, er sei ein Freund.", "2019-05")
    assert find(found, "Sie").kb_id == "merkel_angela"
    assert find(found, "er").kb_id == "macron_emmanuel"


def test_sie_beside_a_singular_verb_is_one_woman_or_body_not_a_group() -> None:
    text = ("Innenministerin Johanna Mikl-Leitner sprach über die Grenze und illegale Migranten. "
            "Gegenüber den Plänen zeigte sie sich kritisch.")
    assert find(mentions(text, "2016-03-10"), "sie").kb_id == "mikl_leitner_johanna"
    body = "Die deutsche Bundesregierung beriet über Hilfen für Bauern. Am Ende zeigte sie sich zufrieden."
    assert find(mentions(body, "2016-03-10"), "sie").kb_id == "DEU_bundesregierung"


def test_a_role_and_a_first_name_spelt_otherwise_before_a_known_surname() -> None:
    found = mentions("Der türkische Ministerpräsident Ahmed Davutoglu sprach mit seinem griechischen Amtskollegen "
                     "Alexis Tsipras. Bischof Manfred Scheuer schwieg.", "2016-03-01")
    assert [(m.text, m.kb_id) for m in found if m.is_person][:2] == [
        ("Der türkische Ministerpräsident Ahmed Davutoglu", "davutoglu_ahmet"),
        ("griechischen Amtskollegen Alexis Tsipras", "tsipras_alexis"),
    ]
    # not Andreas Scheuer: his first name is no spelling of Manfred
    assert not [m for m in found if "Manfred" in m.text and m.kb_id == "scheuer_andreas"]


def test_role_nouns_refer_to_the_last_fitting_person() -> None:
    found = mentions("Benjamin Netanjahu traf Joe Biden. Der Ministerpräsident dankte, der Präsident nickte.",
                     "2023-10-20")
    assert find(found, "Der Ministerpräsident").kb_id == "netanjahu_benjamin"
    assert find(found, "der Präsident").kb_id == "biden_joe"


def test_the_78_year_old_and_the_country() -> None:
    found = mentions("Joe Biden reiste nach Israel. Der 80-Jährige traf Netanjahu. Das Land sei bedroht.",
                     "2023-10-18")
    assert find(found, "Der 80-Jährige").kb_id == "biden_joe"
    assert find(found, "Das Land").country == "ISR"


def test_places_after_locative_prepositions() -> None:
    found = mentions("Putin war in Belarus, China und Usbekistan. Russland liefert Waffen an Nordkorea.")
    assert [m.is_place for m in found if m.kind == "country"] == [True, True, True, False, False]
    assert find(mentions("Die Gespräche finden in der Hauptstadt Pjöngjang statt."), "Pjöngjang").is_place


def test_genitive_country_is_a_possessor_not_a_place() -> None:
    found = mentions("Nordkorea unterstützt bei Russlands Angriffskrieg.")
    assert not find(found, "Russlands").is_place


def test_metonyms_act_for_their_government() -> None:
    found = mentions("Moskau und Peking kritisierten Brüssel, der Kreml schwieg.")
    assert [actor(m) for m in found] == [
        ("RUS", None, "GOV", "RUS_moskau"), ("CHN", None, "GOV", "CHN_peking"), (None, "EU", "IGO", "EU_bruessel"),
        ("RUS", None, "GOV", "RUS_kreml"),
    ]


def test_organisations_change_sector_with_the_date() -> None:
    assert find(mentions("Die Taliban griffen an.", "2010"), "Taliban").sector == "REB"
    assert find(mentions("Die Taliban verfügten ein Verbot.", "2022"), "Taliban").sector == "GOV"


def test_english() -> None:
    found = mentions("Russian President Vladimir Putin met U.S. Secretary of State John Kerry in Moscow. "
                     "A White House spokesman said he was pleased.", "2016-05-10", lang="en")
    assert find(found, "Russian President Vladimir Putin").kb_id == "putin_wladimir"
    assert find(found, "U.S. Secretary of State John Kerry").kb_id == "kerry_john"
    assert find(found, "Moscow").is_place
    assert actor(find(found, "A White House spokesman")) == ("USA", None, "GOV", None)


def test_entities_get_kb_ids() -> None:
    from lagebild.document import Entity

    doc = Document(id="t", text="Wladimir Putin reist nach Nordkorea.", date="2024-06", language="de")
    nlp_annotate(doc)
    doc.entities = [Entity(start=0, end=14, text="Wladimir Putin", label="PER"),
                    Entity(start=26, end=35, text="Nordkorea", label="LOC")]
    annotate(doc)
    assert [e.kb_id for e in doc.entities] == ["putin_wladimir", "PRK"]


def test_without_a_spacy_doc_there_are_no_mentions() -> None:
    doc = Document(id="t", text="Putin", language="de")
    annotate(doc)
    assert doc.actor_mentions == []


def test_seed_article(seed_sample: Path) -> None:
    date_line, text = seed_sample.read_text(encoding="utf-8").split("\n", 1)
    found = mentions(text, parse_article_date(date_line.split()[1]))
    assert len(found) > 40
    assert all(text[m.start:m.end] == m.text for m in found)
    kreml_chefs = [m for m in found if m.text.lower() == "der kreml-chef"]
    assert len(kreml_chefs) == 2 and all(m.kb_id == "putin_wladimir" for m in kreml_chefs)
    assert actor(find(found, "Nordkoreas Machthaber Kim Jong-un")) == ("PRK", None, "GOV", "kim_jong_un")
    assert actor(find(found, "der russische Staatschef")) == ("RUS", None, "GOV", "putin_wladimir")
    assert actor(find(found, "ein Sprecher des Weißen Hauses")) == ("USA", None, "GOV", None)
    assert find(found, "Internationale Strafgerichtshof").org == "ICC"
    assert find(found, "Er").kb_id == "putin_wladimir"
    assert find(found, "Das abgeschottete kommunistische Land").country == "PRK"
    assert find(found, "sein Land").country == "PRK"  # Kim invited Putin into his (Kim's) country
    places = {m.text for m in found if m.is_place}
    assert {"Vietnam", "Belarus", "China", "Usbekistan", "Pjöngjang", "Washington"} <= places
    assert "USA" not in places


def test_plural_role_nouns_denote_no_single_holder() -> None:
    found = mentions("Kerry traf Lawrow. Die beiden Minister sprachen lange. Die Machthaber in Moskau schwiegen.",
                     "2016-05-10")
    # "die beiden Minister" are the two named last: two adjacent mentions, one per referent
    assert (find(found, "Die beiden").kb_id, find(found, "Minister").kb_id) == ("kerry_john", "lawrow_sergej")
    assert actor(find(found, "Die Machthaber in Moskau")) == ("RUS", None, "GOV", None)


def test_a_pair_with_no_two_people_named_before_is_one_group_over_its_whole_phrase() -> None:
    found = mentions("Die Polizei hat die Beschreibung jener beiden Männer veröffentlicht, die am Freitag in Leoben "
                     "eine Polizistin überfallen hatten.", "2016-01-15")
    assert [m.text for m in found if "beiden" in m.text] == ["jener beiden Männer"]
    assert find(found, "jener beiden Männer").sector == "CVL"


@pytest.mark.parametrize("text, body", [
    ("Der UN-Sicherheitsrat tagte am Montag in New York. Er verurteilte den Raketentest Nordkoreas.",
     "UN-Sicherheitsrat"),
    ("Der Internationale Währungsfonds legte am Montag seinen Bericht vor. Er erwartet ein schwaches Wachstum.",
     "Internationaler Währungsfonds"),
    ("Die EU-Kommission tagte am Montag in Brüssel. Er verurteilte den Test.", None),
])
def test_er_opening_a_sentence_takes_up_a_body_a_masculine_noun_names(text: str, body: str | None) -> None:
    found = [m for m in mentions(text, "2016-02-08") if m.text == "Er"]
    assert [m.name for m in found] == ([body] if body else [])


def test_sie_needs_a_feminine_or_plural_antecedent() -> None:
    found = mentions("Das Gericht tagte. Die Regierung schwieg. Sie wolle abwarten.", "2024")
    assert find(found, "Sie").sector == "GOV"


def _tagged_doc(words: list[str], pos: list[str], ents: list[str], date: str) -> Document:
    """A Document whose spaCy Doc carries POS tags and entities, as the trained German model gives."""
    from spacy.tokens import Doc

    from lagebild.nlp import load

    nlp = load("de")
    sdoc = Doc(nlp.vocab, words=words, pos=pos, ents=ents, sent_starts=[w == words[0] or prev == "." for w, prev in
                                                                      zip(words, ["."] + words[:-1], strict=True)])
    doc = Document(id="t", text=sdoc.text, date=date, language="de")
    doc.spacy_doc = sdoc
    return doc


def test_with_pos_tags_and_named_entities() -> None:
    words = ["Der", "inhaftierte", "Oppositionspolitiker", "Ilja", "Jaschin", "traf", "Kim", "Jong", "Un", ".",
             "Kims", "Sprecher", "schwieg", "."]
    pos = ["DET", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT",
           "PROPN", "NOUN", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "I-PER", "O", "B-PER", "O", "O", "O"]
    doc = _tagged_doc(words, pos, ents, "2024-06-18")
    annotate(doc)
    named = find(doc.actor_mentions, "Der inhaftierte Oppositionspolitiker Ilja Jaschin")
    assert (named.name, named.sector, named.kb_id) == ("Ilja Jaschin", "OPP", None)
    assert find(doc.actor_mentions, "Kim Jong Un").kb_id == "kim_jong_un"
    spokesman = find(doc.actor_mentions, "Kims Sprecher")
    assert (spokesman.country, spokesman.sector) == ("PRK", "GOV")


def test_datelines_are_places() -> None:
    found = mentions("Treffen in Wien. Wien – Die Regierung will mit Moskau reden.", "2016-03")
    assert [m.is_place for m in found if m.text == "Wien"] == [True, True]
    assert not find(found, "Moskau").is_place


def test_home_country_of_the_article() -> None:
    german = mentions("Die Bundesregierung und Bundeskanzler Scholz kritisierten die Grünen.", "2023-05")
    assert find(german, "die Grünen").kb_id == "DEU_gruene"
    assert find(german, "Bundesregierung").country == "DEU"
    austrian = mentions("Die ÖVP und die FPÖ im Nationalrat in Wien kritisierten die Bundesregierung und die Grünen. "
                        "Der Bundeskanzler schwieg.", "2016-03")
    assert find(austrian, "Bundesregierung").kb_id == "AUT_bundesregierung"
    assert find(austrian, "die Grünen").kb_id == "AUT_gruene"
    assert find(austrian, "Der Bundeskanzler").country == "AUT"


def test_heads_of_parties_and_agencies() -> None:
    found = mentions("Der SPD-Chef und der CDU-Politiker stritten. Der BKA-Chef warnte.", "2016-03-01")
    assert actor(find(found, "Der SPD-Chef")) == ("DEU", None, "PTY", "gabriel_sigmar")
    assert actor(find(found, "der CDU-Politiker")) == ("DEU", None, "PTY", None)
    assert actor(find(found, "Der BKA-Chef")) == ("DEU", None, "POLICE", None)  # nobody known, not the chancellor


def test_genitive_plural_demonym_is_no_person() -> None:
    found = mentions("Mahmud Abbas sprach. Er forderte die Rechte der Palästinenser ein.", "2016-03-01")
    assert find(found, "Palästinenser").kb_id == "PSE"


# --- parties, national bodies, places, group references ---------------------------------------------


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Wien – Das Innenministerium rechnet mit mehr Asylanträgen.", "Das Innenministerium",
     ("AUT", None, "GOV", "AUT_bmi")),
    ("Das russische Außenministerium protestierte.", "Das russische Außenministerium", ("RUS", None, "GOV", "RUS_mfa")),
    ("Wien – Der Verfassungsgerichtshof hob die Wahl auf.", "Der Verfassungsgerichtshof",
     ("AUT", None, "JUD", "AUT_vfgh")),
    ("Ankara – Die Polizei nahm 20 Verdächtige fest.", "Die Polizei", ("TUR", None, "POLICE", None)),
    ("Bei einer Razzia in Istanbul nahm die Polizei 20 Menschen fest.", "die Polizei", ("TUR", None, "POLICE", None)),
    ("Die Wiener Polizei nahm den Mann fest.", "Die Wiener Polizei", ("AUT", None, "POLICE", None)),
    ("Die Staatsanwaltschaft Mainz ermittelt.", "Die Staatsanwaltschaft Mainz", ("DEU", None, "JUD", None)),
    ("Israel kündigte an, seine Armee werde reagieren.", "seine Armee", ("ISR", None, "MIL", None)),
    ("SPÖ-Klubobmann Andreas Schieder verteidigte den Kompromiss.", "SPÖ-Klubobmann Andreas Schieder",
     ("AUT", None, "PTY", None)),
    ("Die spanischen Sozialisten lehnen ab.", "Die spanischen Sozialisten", ("ESP", None, "PTY", "ESP_psoe")),
])
def test_national_bodies_in_context(text: str, mention: str, expected: tuple) -> None:
    assert actor(find(mentions(text, "2016-03-10"), mention)) == expected


def test_party_in_parentheses_joins_the_person() -> None:
    found = mentions("Der Salzburger Landesparteichef Karl Schnell (FPÖ) wurde ausgeschlossen.", "2016-03-10")
    schnell = find(found, "Der Salzburger Landesparteichef Karl Schnell (FPÖ)")
    assert (schnell.name, schnell.country, schnell.sector) == ("Karl Schnell", "AUT", "PTY")
    assert not any(m.text == "FPÖ" for m in found)


def test_the_two_countries_are_two_mentions() -> None:
    found = mentions("Russland und die Ukraine verhandeln in Minsk. Zwischen beiden Ländern gibt es Streit.",
                     "2016-03-10")
    first, second = find(found, "beiden"), find(found, "Ländern")
    assert (first.kb_id, second.kb_id) == ("RUS", "UKR") and first.end < second.start


def test_cities_are_places_and_ambiguous_names_need_a_preposition() -> None:
    found = mentions("Cizre – Die Armee verhängte eine Ausgangssperre. In Essen und nach dem Essen.", "2016-03-10")
    cizre = find(found, "Cizre")
    assert (cizre.kind, cizre.country, cizre.is_place) == ("place", "TUR", True)
    assert find(found, "Die Armee").country == "TUR"  # the dateline's country
    assert [m.is_place for m in found if m.text == "Essen"] == [True]


@pytest.mark.parametrize(("text", "words"), [
    ("Gegen den Mann wurde Anklage erhoben.", "Anklage"),
    ("Die Regierung sendete eine klare Botschaft an Moskau.", "Botschaft"),
    ("Salzburg ging in der 20. Minute in Führung.", "Führung"),
    ("Er verbrachte das Wochenende im Grünen.", "Grünen"),
])
def test_words_that_are_no_actors(text: str, words: str) -> None:
    assert not any(words in m.text for m in mentions(text, "2016-03-10"))


def test_an_office_several_hold_at_once_is_nobody_in_particular() -> None:
    found = mentions("Der Landeshauptmann kritisierte den Bund.", "2016-03-10")
    assert actor(find(found, "Der Landeshauptmann")) == ("AUT", None, "GOV", None)
    found = mentions("Der Kärntner Landeshauptmann kritisierte den Bund.", "2016-03-10")
    assert find(found, "Der Kärntner Landeshauptmann").kb_id == "kaiser_peter"


def test_a_branch_of_a_party_is_the_party():

    doc = extract("Die Landes-ÖVP habe den Einsatz verhindert, argumentierte Niessl.", date="2015-06-01")
    mentions = doc.actor_mentions
    assert [(m.text, m.kb_id) for m in mentions][0] == ("Landes-ÖVP", "AUT_oevp")


def test_a_place_name_after_a_rank_is_a_surname():
    found = mentions("Generalmajor Yair Golan warnte vor dem Hass. Netanjahu kritisierte Golan scharf.", "2016-05-09")
    general = find(found, "Generalmajor Yair Golan")
    assert (general.kind, general.country, general.sector, general.kb_id) == ("name", "ISR", "MIL", None)
    assert find(found, "Golan").kind == "name"
    found = mentions("Der Generalmajor Golan sprach in Jerusalem.", "2016-05-09")
    assert find(found, "Der Generalmajor Golan").kind == "name"
    assert find(found, "Jerusalem").is_place


def test_a_country_after_a_plural_role_stays_a_country():
    found = mentions("Die Präsidenten Frankreich und Polen trafen sich in Paris.", "2016-05-09")
    assert find(found, "Frankreich").kb_id == "FRA"


def test_a_correspondent_s_dateline_yields_to_the_country_reported_on():
    text = ("Puebla – Erstmals muss sich in Guatemala ein Präsident vor Gericht verantworten. "
            "Der Kongress hob die Immunität auf. Guatemala erlebt einen historischen Tag.")
    assert find(mentions(text, "2015-09-02"), "Der Kongress").country == "GTM"
    text = "Puebla – Der Kongress hob die Immunität auf. Die Abgeordneten stimmten einstimmig."
    assert find(mentions(text, "2015-09-02"), "Der Kongress").country == "MEX"


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Ein Gericht in Ankara hatte die Koza Ipek Holding unter staatliche Aufsicht gestellt.", "Koza Ipek Holding",
     "BUS"),
    ("Der Deutsche Fußball-Bund kritisierte die AfD scharf.", "Deutsche Fußball-Bund", "NGO"),
])
def test_an_organisation_the_kb_does_not_know_by_its_name(text: str, name: str, sector: str) -> None:
    found = find(mentions(text, "2015-10-28"), name)
    assert (found.kind, found.sector, found.kb_id) == ("org", sector, None)
    # an organisation word alone names no organisation
    found = mentions("Die Deutsche Regierung kritisierte die Holding.", "2015-10-28")
    assert [m.kind for m in found if m.text == "Holding"] == []


def test_an_office_in_an_unknown_organisation_is_no_state_office():
    found = mentions("Der Präsident des Deutschen Fußballbundes kritisierte die AfD.", "2016-05-30")
    president = find(found, "Der Präsident des Deutschen Fußballbundes")
    assert (president.country, president.sector, president.kb_id) == ("DEU", "NGO", None)
    found = mentions("Ein Sprecher des Deutschen Fußballbundes kritisierte die AfD.", "2016-05-30")
    assert find(found, "Ein Sprecher des Deutschen Fußballbundes").sector == "NGO"


def test_other_states_are_not_the_ones_named_before():
    found = mentions("Ungarn und andere Staaten lehnen die Quoten ab.", "2015-09-20")
    others = find(found, "andere Staaten")
    assert (others.country, others.sector) == (None, "GOV")


def test_unknown_names_as_the_tagger_leaves_them_and_as_they_come_again():
    found = mentions("Der Islamist Ahmed al-Asir ist in Beirut untergetaucht. Al-Asir wurde am Samstag "
                     "von einem Militärgericht verurteilt.", "2015-08-16")
    assert find(found, "Al-Asir").kind == "name"  # `al-Asir` opening a clause
    assert [m.text for m in found if "Militärgericht" in m.text] == ["einem Militärgericht"]
    found = mentions("Der guatemaltekische General a. D. könnte ins Gefängnis kommen.", "2015-09-03")
    assert [m.text for m in found] == ["Der guatemaltekische General"]  # `a. D.`: retired, no one's initial


def test_a_suspect_named_by_first_name_and_initial():
    found = mentions("Die Polizei hat den gesuchten Karim B. in einer Wohnung in Lüttich gefasst.", "2016-04-02")
    assert find(found, "Karim B.").kind == "name"
    found = mentions("Der Verteidiger bestritt alle Vorwürfe gegen Yasmin D. vor Gericht.", "2016-04-02")
    assert find(found, "Yasmin D.").kind == "name"


def test_a_definite_body_whose_article_stands_before_an_extended_attribute():
    found = mentions("Der Internationale Strafgerichtshof tagte. Das in Den Haag ansässige Gericht hatte "
                     "einen Haftbefehl erlassen.", "2015-06-15")
    assert find(found, "Gericht").org == "ICC"  # `Das ... Gericht`: the court named before
    found = mentions("Der Internationale Strafgerichtshof tagte. Ein in Den Haag ansässiges Gericht hatte "
                     "einen Haftbefehl erlassen.", "2015-06-15")
    assert find(found, "Gericht").org is None  # `Ein ... Gericht`: another one


def test_an_abbreviation_after_an_article_names_an_organisation():
    found = mentions("Die Vertreter der JG trafen sich am Montag mit der SPÖ.", "2016-05-10")
    assert (find(found, "JG").kind, find(found, "JG").country) == ("org", "AUT")
    # a bare abbreviation without an article names none
    assert [m.text for m in mentions("Laut JG war das Treffen kurz.", "2016-05-10")] == []


def test_candidates_after_a_plural_article_are_several():
    found = mentions("Der grüne Präsidentschaftskandidat Alexander Van der Bellen sprach zuerst. Über ein "
                     "Fairnessabkommen sind sich die Kandidaten einig.", "2016-01-20")
    candidates = find(found, "die Kandidaten")
    assert (candidates.sector, candidates.kb_id) == ("PTY", None)  # not the candidate named before


@pytest.mark.parametrize(("text", "suspects"), [
    ("Die Beschuldigten weisen alle Vorwürfe zurück.", "Die Beschuldigten"),
    ("Die Polizei in Graz nahm am Montag zwei Verdächtige fest.", "zwei Verdächtige"),
    ("Der Angeklagte schwieg vor Gericht.", "Der Angeklagte"),
    ("Die Regierung lud am Montag die Lehrer zu Gesprächen ein.", "die Lehrer"),
    ("Österreich hat im Vorjahr 90.000 Asylwerber aufgenommen.", "Asylwerber"),
])
def test_suspects_the_accused_and_groups_of_people_are_civilians(text: str, suspects: str) -> None:
    assert find(mentions(text, "2016-03-01"), suspects).sector == "CVL"


def test_an_envoy_to_an_organisation_is_his_countrys():
    found = mentions("Der israelische UNO-Botschafter kritisierte den UNHRC. Der deutsche EU-Kommissar widersprach.",
                     "2016-03-22")
    envoy = find(found, "Der israelische UNO-Botschafter")
    assert (envoy.country, envoy.org, envoy.sector) == ("ISR", None, "GOV")
    assert find(found, "UNHRC").kb_id == "UNHRC"
    assert find(found, "Der deutsche EU-Kommissar").org == "EU"  # a commissioner is the EU's


def test_a_unionist_is_a_civil_actor():
    found = mentions("Lehrergewerkschafter Paul Kimberger forderte mehr Psychologen.", "2015-09-24")
    assert actor(find(found, "Lehrergewerkschafter Paul Kimberger"))[2] == "CVL"


def test_a_pronoun_after_one_of_a_group_means_the_one_named():
    found = mentions("Einer der Attentäter wurde als Karim B. identifiziert. Er war 1990 in Belgien geboren worden.",
                     "2015-11-16")
    assert find(found, "Er").name == "Karim B."
    # without a name, the group still tells what he is
    found = mentions("Einer der Attentäter wurde in Paris gefasst. Er wurde 1987 in Frankreich geboren.",
                     "2015-11-16")
    assert find(found, "Er").sector == "REB"


def test_both_sides_can_be_rebels_and_the_government_of_one_country():
    found = mentions("Sanaa – Die jemenitische Regierung hat die Gespräche mit den Rebellen ausgesetzt. Die Rebellen "
                     "hatten einen Stützpunkt überrannt. Beide Seiten werfen sich vor, die Waffenruhe gebrochen zu "
                     "haben.", "2016-05-02")
    assert {m.sector for m in found if m.sentence == 2} == {"GOV", "REB"}


def test_a_country_named_after_a_role_noun_is_that_country_and_money_is_no_actor():
    found = mentions("Das NATO-Mitglied Türkei will ein 3,4 Milliarden US-Dollar teures Raketensystem kaufen.",
                     "2015-07-29")
    assert actor(find(found, "Das NATO-Mitglied Türkei"))[0] == "TUR"
    assert [m.text for m in found if "Dollar" in m.text] == []


def test_a_student_representative_is_an_education_actor():
    found = mentions("Bundesschulsprecher Maximilian Gnesda kritisierte am Montag in Wien einen Brief.", "2016-01-20")
    assert find(found, "Bundesschulsprecher Maximilian Gnesda").sector == "EDU"


def test_a_name_then_its_role_after_a_comma_is_one_person():
    doc = extract("Die Koalition baue ein Spitzelnetz auf, warnt Hans Gruber, Sprecher des Innenministeriums.",
                  date="2015-08-05")
    assert [(m.text, m.name, m.sector) for m in doc.actor_mentions if "Gruber" in m.text or "Sprecher" in m.text] == [
        ("Hans Gruber, Sprecher des Innenministeriums", "Hans Gruber", "GOV")]


def test_the_president_of_an_unknown_body_is_not_the_head_of_state():
    doc = extract("Die Regierung kritisierte den Präsidenten des Österreichischen Rechtsanwaltskammertages.",
                  date="2015-08-05")
    holder = [m for m in doc.actor_mentions if m.text.startswith("den Präsidenten")]
    assert [(m.kb_id, m.sector, m.country) for m in holder] == [(None, None, "AUT")]


def test_the_head_of_a_body_known_only_by_its_abbreviation_holds_no_state_office():
    doc = extract("Der ÖRAK-Präsident kritisierte die Regierung.", date="2016-06-10")
    head = [m for m in doc.actor_mentions if m.text == "Der ÖRAK-Präsident"]
    assert [(m.kb_id, m.sector) for m in head] == [(None, None)]
    doc = extract("Der US-Präsident kritisierte China.", date="2016-06-10")
    assert [m.kb_id for m in doc.actor_mentions] == ["obama_barack", "CHN"]


@pytest.mark.parametrize(
    "text, phrase, org",
    [
        ("Genf – EU-Gesundheitskommissar Vytenis Andriukaitis kritisierte Polen.",
         "EU-Gesundheitskommissar Vytenis Andriukaitis", "EU"),
        ("Brüssel – Der EU-Agrarkommissar Lars Berg besuchte Polen.", "Der EU-Agrarkommissar Lars Berg", "EU"),
    ],
)
def test_a_role_compound_after_its_owner_names_the_person_that_follows(text, phrase, org):
    person = find(mentions(text), phrase)
    assert person.org == org and person.kind == "name"


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Sanaa – Die von Saudi-Arabien angeführte Militärkoalition flog neue Angriffe.", "Militärkoalition", "SAU"),
    ("Bagdad – Die von den USA angeführte Anti-IS-Koalition flog neue Angriffe.", "Anti-IS-Koalition", "USA"),
    ("Bagdad – Die US-geführte Militärkoalition flog neue Angriffe.", "Die US-geführte Militärkoalition", "USA"),
])
def test_a_military_coalition_is_its_leader_s(text: str, phrase: str, country: str) -> None:
    found = find(mentions(text, "2016-01-10"), phrase)
    assert (found.country, found.sector) == (country, "MIL")


def test_a_group_backed_by_a_state_is_not_that_state_s() -> None:
    found = find(mentions("Damaskus – Die von Russland unterstützten Regierungstruppen eroberten Palmyra.",
                          "2016-03-27"), "Regierungstruppen")
    assert found.country == "SYR"


def test_a_name_apposed_after_the_seat_of_its_role_takes_the_role_s_organisation() -> None:
    found = mentions("In der Flüchtlingsfrage meldete sich der Vertreter der Europäischen Kommission in Wien, "
                     "Jörg Wojahn, zu Wort. Wojahn wies die Kritik zurück.")
    assert (find(found, "Wojahn").name, find(found, "Wojahn").org) == ("Jörg Wojahn", "EU")


def test_an_abstract_noun_after_a_role_is_no_name_of_its_holder():
    found = mentions("Die Sozialdemokraten werfen dem Finanzminister Populismus vor.", date="2015-09-01")
    minister = next(m for m in found if "Finanzminister" in m.text)
    assert minister.name != "Populismus"
    assert minister.country == "AUT" or minister.sector == "GOV"


def test_a_bare_security_council_is_the_un_s_unless_a_country_owns_it() -> None:
    found = mentions("New York – Der Sicherheitsrat verurteilte den Anschlag. Der russische Sicherheitsrat "
                     "tagte am Abend.", "2016-01-10")
    assert (find(found, "Der Sicherheitsrat").org, find(found, "Der Sicherheitsrat").sector) == ("UN", "IGO")
    owned = find(found, "Der russische Sicherheitsrat")
    assert (owned.country, owned.org) == ("RUS", None)


def test_the_commission_refers_back_only_to_a_body_of_that_name() -> None:
    found = mentions("Brüssel – Die EU-Kommission legte einen Plan vor. Die Kommission kritisierte Ungarn.")
    assert find(found, "Die Kommission").kb_id == "EU_COMMISSION"
    found = mentions("Straßburg – Der Europarat tagte. Die Kommission kritisierte Ungarn.")
    assert "Die Kommission" not in [m.text for m in found]


def test_a_subject_pronoun_takes_up_a_phrase_of_its_own_not_one_inside_another() -> None:
    found = mentions("Die polnische Regierung gab vor der Präsentation der EU-Kommission bekannt, dass sie "
                     "derartige Eingriffe nicht akzeptieren werde.", "2015-12-14")
    assert find(found, "sie").country == "POL"


def test_a_national_body_does_not_refer_back_to_an_international_one() -> None:
    found = mentions("Belgrad – Europol berichtete von 10.000 vermissten Kindern. Die Polizei nahm am Freitag "
                     "einen Schlepper fest.", "2016-03-11")
    police = find(found, "Die Polizei")
    assert (police.country, police.org) == ("SRB", None)


def test_a_capitalised_country_adjective_before_a_noun_names_a_company() -> None:
    post = find(mentions("Bonn – Die Deutsche Post lehnte den Verzicht ab.", "2015-06-18"), "Deutsche Post")
    assert (post.kind, post.name, post.org) == ("org", "Deutsche Post", None)
    # the adjective as it is usually written, and a German named before his name, stay Germany's
    government = find(mentions("Die deutsche Regierung lehnte ab.", "2015-06-18"), "Die deutsche Regierung")
    assert government.country == "DEU"
    found = mentions("Kailua-Kona – Der Deutsche Jan Frodeno hat den Ironman gewonnen.", "2015-10-11")
    assert "Deutsche Jan Frodeno" not in [m.text for m in found]


def test_a_demonstrative_before_a_noun_is_no_pronoun() -> None:
    found = mentions("SPÖ-Klubchef Anton Maierhofer sprach. Dieser Plan wurde abgelehnt.", "2016-03-01")
    assert not [m for m in found if m.text == "Dieser"]
    found = mentions("SPÖ-Klubchef Anton Maierhofer sprach. Dieser lehnte ab.", "2016-03-01")
    assert find(found, "Dieser").name == "Anton Maierhofer"


def test_a_name_apposed_after_a_role_complement_or_bracket_is_the_role_holder() -> None:
    found = mentions("Der Präsident des Wiener Ruderverbands (WRV), Gerhard Obermayr, kritisierte den Verband.",
                     "2016-03-01")
    assert find(found, "Der Präsident des Wiener Ruderverbands (WRV), Gerhard Obermayr").name == "Gerhard Obermayr"
    found = mentions("Die Sprecherin der steirischen Bergrettung, Martina Maier, warnte die Urlauber.", "2016-03-01")
    assert find(found, "Die Sprecherin der steirischen Bergrettung, Martina Maier").name == "Martina Maier"
    # a verb before the comma ends the phrase: the name is the subject of the next clause
    found = mentions("Der Sprecher der Bergrettung warnte, Martina Maier widersprach.", "2016-03-01")
    assert find(found, "Martina Maier").kind == "name"


def test_a_known_surname_after_another_first_name_is_a_namesake() -> None:
    # the KB knows Gerhard Schröder and Andreas Scheuer, not these two
    player = find(mentions("Dennis Schröder kritisierte die Regierung.", "2016-03-01"), "Dennis Schröder")
    assert (player.name, player.kb_id) == ("Dennis Schröder", None)
    bishop = find(mentions("Bischof Manfred Scheuer kritisierte die Regierung.", "2016-03-01"),
                  "Bischof Manfred Scheuer")
    assert (bishop.name, bishop.kb_id) == ("Manfred Scheuer", None)
    # a first name spelt otherwise, or written without its hyphen, is the known person's
    found = mentions("FPÖ-Chef Heinz Christian Strache und Ahmed Davutoglu sprachen.", "2016-03-01")
    assert find(found, "FPÖ-Chef Heinz Christian Strache").name == "Heinz-Christian Strache"
    assert find(found, "Ahmed Davutoglu").name == "Ahmet Davutoğlu"


def test_the_given_names_of_a_known_person_before_another_surname_are_someone_else() -> None:
    # the KB knows Spain's king as Juan Carlos; Panama's president has a surname of his own
    varela = find(mentions("Juan Carlos Varela kritisierte die USA.", "2016-04-05"), "Juan Carlos Varela")
    assert varela.kb_id is None and varela.country != "ESP"
    king = find(mentions("König Juan Carlos besuchte Madrid.", "2016-04-05"), "König Juan Carlos")
    assert king.kb_id == "juan_carlos_i"
    # a known name written apart (Tsai Ing-wen) is still that person
    found = mentions("Nach dem Sieg von Tsai Ing Wen in Taiwan löschte China ihre Einträge.", "2016-01-16")
    assert any(m.kb_id == "tsai_ing_wen" for m in found)


def test_an_unknown_holder_of_an_office_the_kb_fills_is_of_another_country() -> None:
    # Austria's foreign minister in February 2016 is one the KB knows, so this one is Macedonia's
    text = ("Außenminister Goran Petrovski will mehr Hilfe aus Brüssel. Mazedonien liegt an der Balkanroute. "
            "Mazedonien braucht Geld. Österreich schickt Polizisten. Österreich hilft. Österreich zahlt.")
    assert find(mentions(text, "2016-02-10"), "Außenminister Goran Petrovski").country == "MKD"
    # the holder the KB knows, named by surname only, is that person
    carter = find(mentions("Die USA rüsten auf, sagte Verteidigungsminister Carter.", "2016-06-20"),
                  "Verteidigungsminister Carter")
    assert (carter.country, carter.kb_id is not None) == ("USA", True)
    # a compound role (`Kammerpräsident`) is no state office: its holder stays in the article's country
    text = "Kammerpräsident Anton Berger sprach in Wien. Österreich müsse sparen."
    assert find(mentions(text, "2016-02-10"), "Kammerpräsident Anton Berger").country == "AUT"


def test_a_name_then_its_role_with_article_between_commas_is_one_person() -> None:
    found = mentions("Am Montag hat Rupert Wolff, der Sprecher der Polizei, die Demonstranten gewarnt.", "2015-12-14")
    assert find(found, "Rupert Wolff, der Sprecher der Polizei").name == "Rupert Wolff"
    assert "der Sprecher der Polizei" not in [m.text for m in found]


def test_an_unknown_name_the_tagger_took_for_a_place_is_a_person_of_the_organisation_named_with_von() -> None:
    found = mentions("Nevena Milutinovic von Save the Children kritisierte Serbien.", "2016-03-01")
    person = find(found, "Nevena Milutinovic von Save the Children")
    assert (person.name, person.kind, person.org) == ("Nevena Milutinovic", "name", "SAVE")
    found = mentions("Die Leseräume schaffen keine Transparenz, kritisierte Renate Anderl vom ÖGB.", "2016-03-01")
    person = find(found, "Renate Anderl vom ÖGB")
    assert (person.name, person.country, person.sector) == ("Renate Anderl", "AUT", "CVL")
    # a place whose first word is no given name and whose last word ends as no family name does stays a place
    assert "La Defense" not in [m.text for m in mentions("In La Defense demonstrierten 2.500 Mitarbeiter.")]


def test_a_bare_plural_is_a_group_but_an_owner_before_the_noun_makes_it_one_holder() -> None:
    found = mentions("Vertreter der Eurostaaten haben klargemacht, dass sie nicht bereit sind.", "2015-07-04")
    assert (find(found, "sie").org, find(found, "sie").kind) == ("EU", "pronoun")
    found = mentions("Nordkoreas Machthaber hat Putin eingeladen.", "2024-06-18")
    assert find(found, "Nordkoreas Machthaber").kb_id == "kim_jong_un"


def test_the_red_cross_without_its_article() -> None:
    found = mentions("Nach Angaben von Rotem Kreuz starben 32 Menschen.", "2016-03-01")
    assert find(found, "Rotem Kreuz").org == "ICRC"


def test_a_cut_off_compound_shares_its_modifier_with_the_next() -> None:
    found = mentions("Die EU-Staats- und Regierungschefs einigten sich auf einen Aktionsplan.", "2016-02-19")
    heads = find(found, "Regierungschefs")
    assert (heads.org, heads.country) == ("EU", None)


def test_a_title_before_the_full_name_is_one_mention() -> None:
    found = mentions("Der chinesische Präsident Xi Jinping besuchte London.", "2015-10-20")
    assert [(m.text, m.kb_id) for m in found if m.country == "CHN"] == [
        ("Der chinesische Präsident Xi Jinping", "xi_jinping")]


def test_relatives_of_someone_named_are_actors() -> None:
    found = mentions("Die US-Journalistin Anna Day wurde in Bahrain festgenommen. Days Familie appellierte an "
                     "die Behörden.", "2016-02-16")
    assert find(found, "Familie").sector == "CVL"
    found = mentions("Die Angehörigen der Opfer forderten Aufklärung.", "2016-02-16")
    assert find(found, "Die Angehörigen").sector == "CVL"
    # with neither a determiner nor an owner the word is no actor
    assert "Familie" not in [m.text for m in mentions("Familie ist ihm wichtig.", "2016-02-16")]


def test_an_unknown_office_holder_is_of_the_country_just_named() -> None:
    # not Germany's (the KB knows its foreign minister), nor Macedonia's, which the article names most: the
    # minister speaks for the country named right before him
    text = ("Berlin – Mazedonien hält die Grenze geschlossen. Mazedonien will keine Flüchtlinge mehr aufnehmen. "
            "Bulgarien baut indes den Schutz seiner Grenzen aus. Damit sei 2013 begonnen worden, sagte "
            "Außenminister Daniel Mitrow.")
    assert find(mentions(text, "2016-04-13"), "Außenminister Daniel Mitrow").country == "BGR"


def test_an_age_without_anyone_named_before_is_an_unnamed_person() -> None:
    found = mentions("Wien – Der 29-Jährige hatte zwei Polizisten angegriffen.", "2015-12-01")
    person = find(found, "Der 29-Jährige")
    assert (person.name, person.country, person.sector) == (None, "AUT", "CVL")
    # with a person named before, it is that person
    found = mentions("Wien – Der Lobbyist Peter Hochegger wurde verurteilt. Der 66-Jährige legte Berufung ein.",
                     "2015-12-01")
    assert find(found, "Der 66-Jährige").name == "Peter Hochegger"


def test_a_man_is_someone_new_and_the_man_the_one_named_last() -> None:
    found = mentions("Wien – Ein Mann hat zwei Polizisten angegriffen.", "2015-12-01")
    man = find(found, "Ein Mann")
    assert (man.name, man.country, man.sector) == (None, "AUT", "CVL")
    found = mentions("Wien – Der Lobbyist Peter Hochegger wurde verurteilt. Der Mann legte Berufung ein.", "2015-12-01")
    assert find(found, "Der Mann").name == "Peter Hochegger"
    # without an article the word is no one (`Mann für Mann`)
    assert [m.text for m in mentions("Sie kämpften Mann für Mann.", "2015-12-01")] == []


def test_a_spokesman_of_a_body_placed_by_its_adjective() -> None:
    found = mentions("Ein Sprecher der ukrainischen Armee sagte das.", "2016-03-01")
    assert [(m.text, m.country, m.sector) for m in found] == [("Ein Sprecher der ukrainischen Armee", "UKR", "MIL")]


def test_a_currency_is_money_not_the_country_of_its_adjective() -> None:
    found = mentions("Ein Gericht verhängte eine Geldstrafe von 200 australischen Dollar.", "2016-03-01")
    assert [m.text for m in found] == ["Ein Gericht"]
    found = mentions("Die australischen Behörden verhängten eine Geldstrafe.", "2016-03-01")
    assert [m.country for m in found] == ["AUS"]


def test_the_finance_ministers_of_the_euro_countries_are_the_eu() -> None:
    found = mentions("Die Euro-Finanzminister lehnten den Antrag ab.", "2015-06-27")
    assert [(m.text, m.org) for m in found] == [("Die Euro-Finanzminister", "EU")]


def test_any_country_or_a_country_is_no_country_named_before() -> None:
    found = mentions("Die Türkei muss wie jedes andere Land, das über einen EU-Beitritt verhandelt, die Menschenrechte "
                     "einhalten.", "2015-11-10")
    assert [(m.text, m.country) for m in found if m.country == "TUR"] == [("Türkei", "TUR")]


def test_a_colleague_from_a_country_is_of_that_country() -> None:
    found = mentions("Steinmeier traf seinen Amtskollegen aus Frankreich.", "2016-03-01")
    assert [(m.text, m.country) for m in found] == [
        ("Steinmeier", "DEU"), ("seinen Amtskollegen aus Frankreich", "FRA")]


def test_a_venue_in_the_dateline_is_not_the_scene() -> None:
    text = ("Genf – Die Syrien-Gespräche in Genf sind vorerst gescheitert. Die syrische Regierung warf der Opposition "
            "vor, die Gespräche zu sabotieren. In Aleppo und Homs gingen die Kämpfe weiter.")
    found = mentions(text, "2016-02-04")
    assert [(m.text, m.country) for m in found if m.text == "der Opposition"] == [("der Opposition", "SYR")]


def test_a_surname_the_tagger_left_out_of_a_first_name_is_part_of_the_name() -> None:
    found = mentions("Die Bereitschaft der Bürgermeister ist gering, kritisiert Gabi Sprickler-Falschlunger.")
    assert [m.text for m in found if m.kind == "name"] == ["Gabi Sprickler-Falschlunger"]


def test_a_place_opening_a_sentence_sets_its_scene_over_the_dateline():
    doc = extract("Budapest – Die Polizei sperrte eine Straße am Ostbahnhof. "
                  "In Wien nahm die Polizei am Montag zwei Schlepper fest.", date="2015-09-03")
    police = [m for m in doc.actor_mentions if m.text.endswith("Polizei")]
    assert [m.country for m in police] == ["HUN", "AUT"]


def test_a_spokesperson_without_owner_speaks_for_the_organisation_that_opened_the_sentence_before():
    doc = extract("Amnesty International verurteilte das Urteil gegen die Journalisten. "
                  "Das Gericht habe Beweise unterschlagen, sagte eine Sprecherin. "
                  "Die Regierung wies die Vorwürfe zurück, erklärte ein Sprecher des Ministeriums.", date="2016-03-01")
    spokespeople = [m for m in doc.actor_mentions if "Sprecher" in m.text]
    assert spokespeople[0].org == "AMNESTY"
    assert spokespeople[1].org != "AMNESTY"  # owned by the ministry


def test_an_institution_name_only_one_country_uses_is_that_countrys_where_it_was_just_named():
    doc = extract("Wien – Kuba und Venezuela haben sich geeinigt. Caracas liefert Öl. "
                  "US-Präsident Barack Obama sprach von einem Fehler. "
                  "Er werde jedes Gesetz des Kongresses, das den Handel erlaube, mit seinem Veto blockieren.",
                  date="2015-07-15", lang="de")
    congress = next(a for a in doc.actor_mentions if a.text.endswith("Kongresses"))
    assert congress.country == "USA"
    doc = extract("Wien – Der Kongress der Gewerkschaft tagte am Montag.", date="2015-07-15", lang="de")
    assert all(a.country != "USA" for a in doc.actor_mentions)


def test_the_syria_contact_group_is_an_international_body():
    found = extract("Die internationale Syrien-Kontaktgruppe hat sich in München auf eine Feuerpause geeinigt.",
                    date="2016-02-12", lang="de")
    assert [(e.event, [a.org for a in e.actor]) for e in found.events] == [("AGREE", ["ISSG"])]


@pytest.mark.parametrize(("text", "name", "org"), [
    ("UN-Flüchtlingskommissar Filippo Grandi verurteilte den Angriff.", "UN-Flüchtlingskommissar Filippo Grandi",
     "UNHCR"),
    ("UN-Menschenrechtskommissar Seid Ra'ad al-Hussein verurteilte den Angriff.",
     "UN-Menschenrechtskommissar Seid Ra'ad al-Hussein", "OHCHR"),
])
def test_an_organisation_named_by_its_heads_title_before_a_name_is_that_persons(text, name, org) -> None:
    found = mentions(text, date="2016-03-01")
    assert [m.text for m in found] == [name]
    assert (found[0].org, found[0].sector) == (org, "IGO")


def test_an_organisation_named_by_its_kind_before_its_name_is_one_mention() -> None:
    found = mentions("Die Organisation Human Rights Watch kritisierte die Regierung.")
    assert find(found, "Die Organisation Human Rights Watch").org == "HRW"


def test_die_organisation_alone_is_the_body_named_last_whatever_its_sector() -> None:
    found = mentions("Die Beobachter der OSZE zählten mehr als 500 Explosionen. Die Organisation rief beide Seiten "
                     "zur Zurückhaltung auf.", date="2016-02-15")
    assert find(found, "Die Organisation").org == "OSCE"
    found = mentions("Die Regierung kritisierte Amnesty International. Die Organisation wies die Kritik zurück.")
    assert find(found, "Die Organisation").name == "Amnesty International"


def test_a_name_apposed_after_a_roles_remit_is_the_role_holder() -> None:
    found = mentions("Der UN-Sondergesandte für Syrien, Staffan de Mistura, will die Gespräche in Genf fortsetzen.",
                     date="2016-03-08")
    envoy = find(found, "Der UN-Sondergesandte für Syrien, Staffan de Mistura")
    assert (envoy.kb_id, envoy.country) == ("de_mistura_staffan", None)  # the remit owns nothing


def test_a_name_with_a_lower_case_particle_is_known_capitalised_at_a_sentence_start() -> None:
    found = mentions("De Mistura kündigte neue Gespräche an. Al-Assad kritisierte die Türkei.", date="2016-03-08")
    assert (find(found, "De Mistura").kb_id, find(found, "Al-Assad").country) == ("de_mistura_staffan", "SYR")


def test_a_surname_before_the_full_name_is_the_person_the_kb_knows() -> None:
    found = mentions("Obama trifft Castro in Havanna\n\nHavanna – Obama traf am Montag mit Staatschef Raúl Castro "
                     "zusammen.", date="2016-03-22")
    castro = found[1]
    assert (castro.text, castro.kb_id) == ("Castro", find(found, "Staatschef Raúl Castro").kb_id)
    # a first name shared with someone named later is no one's
    found = mentions("Der Experte Heinz Patzelt kritisierte das Gesetz. Bundespräsident Heinz Fischer schwieg.",
                     date="2016-03-22")
    assert "Heinz" not in [m.text for m in found]


def test_sie_with_a_plural_verb_is_no_body_a_feminine_noun_names() -> None:
    found = mentions("Die ungarische Polizei hat den Ostbahnhof in Budapest für Flüchtlinge gesperrt. Hunderte "
                     "Migranten protestierten vor dem Bahnhof gegen die Maßnahme. Sie forderten, nach Deutschland "
                     "weiterreisen zu dürfen.", date="2015-09-01")
    assert find(found, "Sie").sector == "CVL"


def test_a_place_after_a_place_noun_with_a_country_prefix_is_a_place() -> None:
    found = mentions("Bei einem Angriff auf einen Nachtclub in Orlando im US-Bundesstaat Florida hat ein Mann 49 "
                     "Menschen erschossen.", date="2016-06-13")
    assert find(found, "Florida").is_place


def test_the_europeans_are_the_eu() -> None:
    found = mentions("US-Präsident Barack Obama forderte die Europäer zu mehr Einsatz auf.", date="2016-04-25")
    assert (find(found, "die Europäer").org, find(found, "die Europäer").sector) == ("EU", "IGO")


def test_a_national_body_in_a_sentence_opened_by_a_place_is_that_places() -> None:
    text = ("Merkel empfahl dem Bundestag, den Verhandlungen zuzustimmen. In Athen demonstrierten am Abend tausende "
            "Menschen vor dem Parlament.")
    parliament = [m for m in extract(text, date="2015-07-13").actor_mentions if m.text == "dem Parlament"]
    assert [(m.country, m.org) for m in parliament] == [("GRC", None)]


def test_the_queen_in_london_is_britains() -> None:
    found = mentions("London – Die Entscheidung brachte Corbyn Kritik ein. Schändlich sei die Brüskierung der "
                     "Queen Elizabeth, schrieb die Zeitung.", date="2015-09-17")
    assert {m.country for m in found if m.kb_id == "elizabeth_ii"} == {"GBR"}


def test_the_un_high_commissioner_as_german_papers_spell_him() -> None:
    found = mentions("Genf – Anders der UN-Hochkommissar für Menschenrechte, Said Raad al-Hussein, der Ungarn "
                     "kritisierte.", date="2016-03-10")
    assert find(found, "Said Raad al-Hussein").kb_id == "zeid_raad_al_hussein"


def test_critics_and_employees_are_civilians_of_no_side() -> None:
    for text, mention in (("Wien – Die Kritiker warfen der Regierung Versagen vor.", "Die Kritiker"),
                          ("Berlin – Die Beschäftigten kritisierten Merkel.", "Die Beschäftigten")):
        found = find(mentions(text, date="2016-03-10"), mention)
        assert (found.kind, found.sector, found.country) == ("descriptor", "CVL", None)


def test_a_hyphenated_compound_of_a_plain_noun_and_a_group_is_that_group() -> None:
    found = mentions("Wien – Flüchtlings-NGOs kritisierten die Regierung. Umwelt-Aktivisten protestierten.")
    assert find(found, "Flüchtlings-NGOs").sector == "NGO"
    assert find(found, "Umwelt-Aktivisten").kind == "descriptor"


def test_an_organisation_word_before_a_name_the_tagger_read_as_a_plural_noun() -> None:
    found = mentions("Graz – Die Anrainerinitiative Straniakstraße kritisierte den Bürgermeister.")
    initiative = find(found, "Anrainerinitiative Straniakstraße")
    assert (initiative.kind, initiative.sector) == ("org", "NGO")


def test_a_function_word_after_a_tagged_name_is_no_surname() -> None:
    found = mentions("Seitdem ermittelt die Staatsanwaltschaft. Unterstützung von Döpfner Am Sonntag erhielt Jan "
                     "Böhmermann Unterstützung.")
    assert "Döpfner" in [m.text for m in found]
    assert all("Am" not in m.text.split() for m in found)
