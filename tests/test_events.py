"""The event coder on sentences written for these tests: every PLOVER type, frames, aux modes,
attribution, merging, and the seed sample from ../shared."""

from __future__ import annotations

import pytest

from lagebild import extract
from lagebild.events import triggers
from lagebild.events.lexicon import LexiconError, load_lexicon
from lagebild.events.ontology import event_types, quad_of, score_of

DATE = "2024-03-04"


def events_of(text: str, date: str = DATE):
    return extract(text, date=date).events


def codes(actors) -> set[str]:
    return {a.org or a.country for a in actors}


def event_at(text: str, date: str, trigger: str):
    """The event read first at `trigger` (`"riefen … auf"`)."""
    return next(e for e in events_of(text, date) if e.mentions[0].trigger == trigger)


def only(text: str, date: str = DATE):
    found = events_of(text, date)
    assert len(found) == 1, [(e.event, codes(e.actor), codes(e.recipient)) for e in found]
    return found[0]


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Die Europäische Union verhängte am Montag neue Sanktionen gegen Russland.", "SANCTION", {"EU"}, {"RUS"}),
        ("Bundeskanzler Olaf Scholz besuchte am Mittwoch Polen.", "CONSULT", {"DEU"}, {"POL"}),
        ("Die Türkei forderte Schweden auf, die Auslieferung von Kurden zu beschleunigen.", "REQUEST", {"TUR"},
         {"SWE"}),
        ("Die USA kritisierten das Vorgehen der chinesischen Regierung scharf.", "ACCUSE", {"USA"}, {"CHN"}),
        ("Russland wies die Vorwürfe der Ukraine zurück.", "REJECT", {"RUS"}, {"UKR"}),
        ("Nordkorea drohte Südkorea mit einem Atomangriff.", "THREATEN", {"PRK"}, {"KOR"}),
        ("Deutschland liefert der Ukraine weitere Panzer.", "AID", {"DEU"}, {"UKR"}),
        ("Israelische Kampfflugzeuge bombardierten Ziele im Gazastreifen.", "ASSAULT", {"ISR"}, {"PSE"}),
        ("Die Hamas feuerte am Montag Raketen auf Israel ab.", "ASSAULT", {"HAMAS"}, {"ISR"}),
        ("Der Internationale Strafgerichtshof erließ einen Haftbefehl gegen den russischen Präsidenten.",
         "THREATEN", {"ICC"}, {"RUS"}),
        ("Die NATO und Finnland hielten ein gemeinsames Manöver ab.", "COOPERATE", {"NATO", "FIN"}, set()),
        ("Seoul und Washington halten gemeinsame Militärübungen ab.", "COOPERATE", {"KOR", "USA"}, set()),
        ("Polen und Litauen vereinbarten eine engere Zusammenarbeit.", "AGREE", {"POL", "LTU"}, set()),
        ("Die NATO und Russland nahmen ihren Dialog wieder auf.", "CONSULT", {"NATO", "RUS"}, set()),
        ("Russland kündigte Gegenmaßnahmen gegen die USA an.", "THREATEN", {"RUS"}, {"USA"}),
        ("Österreich führte wieder Grenzkontrollen ein.", "MOBILIZE", {"AUT"}, set()),
        ("Die Regierung in Budapest schickte Soldaten an die Grenze zu Serbien.", "MOBILIZE", {"HUN"}, set()),
        ("Österreich entsendet 500 Polizisten an die Grenze.", "MOBILIZE", {"AUT"}, set()),
        ("Eine US-Drohne tötete einen hochrangigen IS-Kommandanten.", "ASSAULT", {"USA"}, {"IS"}),
        ("Die türkische Fregatte beschoss ein Fischerboot.", "ASSAULT", {"TUR"}, set()),
        ("Russland hat die Luftangriffe in Syrien eingestellt.", "RETREAT", {"RUS"}, set()),
        ("Israel stoppte die Angriffe auf den Gazastreifen.", "RETREAT", {"ISR"}, {"PSE"}),
        ("Der deutsche Außenminister sprach sich für eine Verlängerung der Waffenruhe aus.", "SUPPORT", {"DEU"},
         set()),
        ("Die Regierung von Burundi hat die Friedensgespräche boykottiert.", "REJECT", {"BDI"}, set()),
        ("Die syrische Armee hat die Kontrolle über die Stadt übernommen.", "ASSAULT", {"SYR"}, set()),
        ("Russland sei zu Gesprächen mit der Ukraine bereit, sagte Lawrow.", "AGREE", {"RUS"}, {"UKR"}),
        ("Moskau warnte vor der Stationierung von US-Raketen in Rumänien.", "ACCUSE", {"RUS"}, {"USA"}),
        ("Die Schwedin traf sich in Stockholm mit Vertretern von Greenpeace.", "CONSULT", {"SWE", "GREENPEACE"},
         set()),
        ("Die syrische Armee hat die Stadt Palmyra von der Terrormiliz IS zurückerobert.", "ASSAULT", {"SYR"},
         {"IS"}),
        ("Peking wies die Kritik aus Washington zurück.", "REJECT", {"CHN"}, {"USA"}),
        ("China protestierte gegen die Kritik aus Washington.", "ACCUSE", {"CHN"}, {"USA"}),
    ],
)
def test_one_event_per_sentence(text, event, actor, recipient):
    found = only(text)
    assert (found.event, codes(found.actor), codes(found.recipient)) == (event, actor, recipient)
    assert found.quad == quad_of(event) and found.score == score_of(event, found.mode)


def test_announced_withdrawal_is_a_concession():
    found = only("Frankreich kündigte an, seine Truppen aus Mali abzuziehen.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("CONCEDE", {"FRA"}, {"MLI"})
    assert "future" in found.aux


def test_what_one_is_ready_to_do_lies_ahead():
    found = next(e for e in events_of("Die Türkei erklärte sich bereit, die Sanktionen gegen Russland aufzuheben.")
                 if any(m.trigger == "aufzuheben" for m in e.mentions))
    assert "future" in found.aux
    # the comma cuts no clause here; the talks one is ready for are the readiness itself (one AGREE)
    found = only("Der Iran ist bereit, mit den USA zu verhandeln.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AGREE", {"IRN"}, {"USA"})
    assert [m.trigger for m in found.mentions] == ["bereit", "verhandeln"]
    # a cooperation one is ready for, with the one addressed as a partner, is that readiness too
    found = only("Russland ist bereit, mit den USA zusammenzuarbeiten.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AGREE", {"RUS"}, {"USA"})


def test_an_event_noun_in_an_announced_infinitive_lies_ahead():
    found = only("Die EU kündigte an, neue Sanktionen gegen Russland zu verhängen.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SANCTION", {"EU"}, {"RUS"})
    assert "future" in found.aux


@pytest.mark.parametrize("text", [
    "Merkel und Erdoğan verständigten sich darauf, die Gespräche fortzusetzen.",
    "Merkel und Erdoğan vereinbarten, enger zusammenzuarbeiten.",
    "Putin und Obama einigten sich darauf, sich im Herbst zu treffen.",
])
def test_the_plan_an_agreement_names_is_that_agreement(text):
    found = only(text)
    assert (found.event, codes(found.actor), found.aux) == ("AGREE", {"DEU", "TUR"} if "Merkel" in text else
                                                             {"RUS", "USA"}, [])


def test_future_visit_is_agree_with_date_from_parentheses():
    found = only("Der französische Präsident Emmanuel Macron wird am Donnerstag (7. März) zu einem "
                 "Staatsbesuch in Indien erwartet.")
    assert found.event == "AGREE" and codes(found.actor) == {"FRA"} and codes(found.recipient) == {"IND"}
    assert found.date == "2024-03-07" and found.date_source == "Donnerstag (7. März)"
    assert "future" in found.aux


def test_negation_is_kept_but_marked():
    found = only("Die Regierung in Wien kritisierte die Türkei nicht.")
    assert found.event == "ACCUSE" and "negated" in found.aux


def test_sport_articles_yield_no_events():
    text = ("Bayern München gewann gegen Real Madrid mit 2:1. Der Trainer lobte die Mannschaft nach dem Spiel, "
            "die Tore fielen in der zweiten Halbzeit. In der Tabelle liegt der Klub nun auf Platz eins.")
    assert events_of(text) == []


def test_one_sport_word_does_not_make_a_short_report_sport():
    found = only("Ministerpräsident Alexis Tsipras spielt mit dem Feuer, kritisierte Manfred Weber.", "2015-07-04")
    assert (found.event, [a.name for a in found.actor]) == ("ACCUSE", ["Manfred Weber"])
    sport = "Red Bull Salzburg hat das Double verteidigt. Zum Matchwinner für den Meister wurde Soriano."
    assert events_of(sport) == []


def test_a_tennis_report_is_sport():
    text = ("Der Spanier gewann das Turnier in drei Sätzen gegen den Argentinier. Im dritten Satz lag er zurück, "
            "dann verwandelte er den zweiten Matchball. Ich bin Nummer acht der Welt, nicht Nummer 100, wehrte "
            "sich der Spanier gegen die Kritik der argentinischen Presse.")
    assert events_of(text) == []


def test_an_election_report_with_rounds_and_a_defeat_is_no_sport():
    text = ("Kandidatin der Opposition gewinnt erste Runde\n\nDie Kandidatin der Opposition hat die erste Runde der "
            "Präsidentenwahl in Peru gewonnen. Der Kandidat der Regierungspartei erlitt eine Niederlage. In der "
            "zweiten Runde trifft sie auf einen Ökonomen. Der Präsident Ecuadors gratulierte ihr zum Sieg.")
    assert [e.event for e in events_of(text)] == ["SUPPORT"]


def test_mentions_of_one_event_are_merged():
    text = ("Die Europäische Union hat neue Sanktionen gegen Russland verhängt. "
            "Die Sanktionen der EU gegen Russland treffen vor allem den Bankensektor.")
    sanctions = [e for e in events_of(text) if e.event == "SANCTION"]
    assert len(sanctions) == 1 and len(sanctions[0].mentions) == 2


def test_what_a_party_and_a_politician_of_the_same_country_reject_are_two_events():
    text = ("Podemos hatte sich bis vorige Woche geweigert, mit den Sozialisten zu verhandeln. "
            "Der PSOE-Vorsitzende Pedro Sánchez lehnte die Forderung von Podemos nach exklusiven Gesprächen ab.")
    rejections = [[a.text for a in e.actor] for e in events_of(text, "2016-04-08") if e.event == "REJECT"]
    assert rejections == [["Podemos"], ["Der PSOE-Vorsitzende Pedro Sánchez"]]


@pytest.mark.parametrize("text, side, names", [
    ("Wien – Die ÖVP und die SPÖ einigten sich auf eine Reform.", "actor", ["ÖVP", "SPÖ"]),
    ("Wien – Caritas, Rotes Kreuz und Volkshilfe forderten eine Rückkehr an den Verhandlungstisch.", "actor",
     ["Caritas", "Rotes Kreuz", "Volkshilfe"]),
    ("Wien – Die Grünen kritisierten ÖVP und SPÖ.", "recipient", ["ÖVP", "SPÖ"]),
])
def test_parties_and_bodies_of_one_country_named_together_are_all_kept(text, side, names):
    found = only(text, "2016-01-20")
    assert [a.text for a in getattr(found, side)] == names


def test_two_part_coordinators_join_actors_and_an_inherent_reflexive_is_no_each_other():
    found = only("Wien – Sowohl Faymann als auch Merkel kritisierten Russland.", "2016-01-20")
    assert (codes(found.actor), codes(found.recipient)) == ({"AUT", "DEU"}, {"RUS"})
    found = only("Wien – Weder Faymann noch Merkel kritisierten Russland.", "2016-01-20")
    assert (codes(found.actor), found.aux) == ({"AUT", "DEU"}, ["negated"])
    found = only("Wien – Sowohl Faymann als auch Merkel sprachen sich für faire Quoten aus.", "2016-01-20")
    assert (found.event, codes(found.actor), found.recipient) == ("SUPPORT", {"AUT", "DEU"}, [])
    found = events_of("Wien – Russland und die Ukraine warfen sich Verstöße vor.", "2016-01-20")
    assert sorted((codes(e.actor).pop(), codes(e.recipient).pop()) for e in found) == [("RUS", "UKR"), ("UKR", "RUS")]


def test_what_politicians_and_the_head_of_government_criticise_are_two_statements():
    text = ("Zahlreiche rechtsgerichtete Politiker kritisierten Verteidigungsminister Mosche Jaalon. "
            "Auch Ministerpräsident Benjamin Netanjahu kritisierte Jaalon.")
    assert len([e for e in events_of(text, "2016-05-09") if e.event == "ACCUSE"]) == 2


def test_attribution_is_kept():
    found = only("Laut Kreml-Angaben wird Putin am Dienstag in Nordkorea eintreffen.", "2024-06-17")
    assert found.attribution is not None and found.attribution.text.startswith("Laut Kreml-Angaben")
    assert found.attribution.actor.country == "RUS"



@pytest.mark.parametrize("text, source, sector", [
    ("Nach Angaben der türkischen Nachrichtenagentur Anadolu nahm die Polizei in Ankara 20 Journalisten fest.",
     "Nach Angaben der türkischen Nachrichtenagentur Anadolu", "MED"),
    ("Laut Angaben des ägyptischen Innenministeriums nahm die Polizei in Kairo 20 Journalisten fest.",
     "Laut Angaben des ägyptischen Innenministeriums", "GOV"),
    ("Nach Angaben von Oppositionellen nahm die Polizei in Minsk 20 Journalisten fest.",
     "Nach Angaben von Oppositionellen", "OPP"),
])
def test_attribution_names_whose_statement_it_is(text, source, sector):
    found = only(text, "2016-06-02")
    assert (found.attribution.text, found.attribution.actor.sector) == (source, sector)


def test_a_source_in_the_compound_takes_no_von_phrase():
    found = only("Die Regierung in Athen verlangt laut Medienberichten von der EU mehr Zeit.", "2016-06-02")
    assert found.attribution.text == "laut Medienberichten"


def test_seed_sample_has_the_four_key_events(seed_sample):
    from lagebild.readers.text import split_date_prefix

    date, text = split_date_prefix(seed_sample.read_text(encoding="utf-8"))
    found = extract(text, date=date).events
    keys = {(e.event, frozenset(codes(e.actor)), frozenset(codes(e.recipient))) for e in found}
    assert any(k[0] in ("CONSULT", "AGREE") and k[1] == {"RUS"} and k[2] == {"PRK"} for k in keys)
    assert any(k[0] == "ACCUSE" and k[1] == {"USA"} and k[2] & {"RUS", "PRK"} for k in keys)
    assert any(k[0] == "AID" and k[1] == {"PRK"} and k[2] == {"RUS"} for k in keys)
    assert any(k[0] == "THREATEN" and k[1] == {"ICC"} and k[2] == {"RUS"} for k in keys)


def test_ontology_covers_all_sixteen_types_and_the_lexicon_uses_them():
    assert len(event_types()) == 16
    lex = load_lexicon("de")
    used = {s.event for s in [*lex.verbs.values(), *lex.nouns.values(), *lex.adjectives.values()]}
    assert used == set(event_types())


def test_lexicon_rejects_duplicate_keys_and_malformed_yaml_in_one_line(tmp_path, monkeypatch):
    from lagebild.events import lexicon

    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "triggers.yaml").write_text("verbs:\n  a: {event: AID}\n  a: {event: AID}\n")
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    with pytest.raises(LexiconError, match="'a' appears twice"):
        lexicon._read_yaml("xx", "triggers.yaml")
    (tmp_path / "xx" / "triggers.yaml").write_text("verbs:\n  a: {event: AID}\n  b:{event: AID, mode: x}\n")
    with pytest.raises(LexiconError, match=r"triggers.yaml: line 3: mapping values are not allowed here"):
        lexicon._read_yaml("xx", "triggers.yaml")


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # politicians attack each other with words, armies with weapons
        ("Die SPÖ griff die ÖVP am Montag scharf an.", "ACCUSE", {"AUT"}, {"AUT"}),
        ("Russische Truppen griffen am Montag die Stadt Charkiw an.", "ASSAULT", {"RUS"}, {"UKR"}),
        # a passive conviction names its court only by the act; the man convicted is someone in Vienna
        ("Ein 45-Jähriger wurde in Wien zu drei Jahren Haft verurteilt.", "SANCTION", {"AUT"}, {"AUT"}),
        # protesters without a name, against their government
        ("In Budapest demonstrierten am Samstag Tausende gegen die Regierung.", "PROTEST", {"HUN"}, {"HUN"}),
        # what a speaker says of someone
        ("Die Europäische Union habe in der Asylfrage versagt, sagte der Bundeskanzler.", "ACCUSE", {"DEU"}, {"EU"}),
    ],
)
def test_who_acts_when_the_text_does_not_say_it_plainly(text, event, actor, recipient):
    found = only(text)
    assert (found.event, codes(found.actor), codes(found.recipient)) == (event, actor, recipient)


def test_asked_to_act_is_the_one_who_acts():
    found = {e.event: e for e in events_of("Die Türkei hat Schweden aufgefordert, zwei Journalisten auszuliefern.")}
    assert codes(found["REQUEST"].actor) == {"TUR"} and codes(found["REQUEST"].recipient) == {"SWE"}
    assert codes(found["COOPERATE"].actor) == {"SWE"}


def test_attributive_participles_report_nothing():
    assert [e.event for e in events_of("Die international anerkannte Regierung in Tripolis bat um Hilfe.")] == [
        "REQUEST"
    ]


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Die EU-Sanktionen gegen Moskau bleiben in Kraft.", {"EU"}, {"RUS"}),
        ("Die Russland-Sanktionen der EU wurden verlängert.", {"EU"}, {"RUS"}),
    ],
)
def test_compound_prefixes_name_actor_or_recipient(text, actor, recipient):
    found = only(text)
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SANCTION", actor, recipient)


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # the head noun, not the city in its PP, decides the case: a subject, not an object
        ("Das Außenministerium in Moskau hat die polnische Botschafterin einbestellt.", "ACCUSE", {"RUS"}, {"POL"}),
        # `der` before a masculine noun is nominative, whatever the tagger says
        ("Es war ein Interview, in dem der russische Diplomat Polen Geschichtsfälschung vorwarf.", "ACCUSE",
         {"RUS"}, {"POL"}),
        # summoned into the ministry is a diplomatic protest
        ("Litauen hat den weißrussischen Botschafter ins Außenministerium zitiert.", "ACCUSE", {"LTU"}, {"BLR"}),
        # a nominalisation names its agent with `durch`
        ("Die Abschiebung von zwanzig chinesischen Aktivisten durch Thailand wurde bekannt.", "COERCE", {"THA"},
         {"CHN"}),
        # a label is an accusation, not the act it names
        ("Der türkische Präsident bezeichnete das Vorgehen in China als Völkermord.", "ACCUSE", {"TUR"}, {"CHN"}),
    ],
)
def test_case_agents_and_labels(text, event, actor, recipient):
    found = only(text)
    assert (found.event, codes(found.actor), codes(found.recipient)) == (event, actor, recipient)


def test_both_sides_are_the_two_parties_named_before():
    text = ("Sanaa – Die Regierung und die Houthi-Rebellen verhandeln seit Dienstag. "
            "Beide Seiten werfen sich vor, die Waffenruhe gebrochen zu haben.")
    accusations = [e for e in events_of(text) if e.event == "ACCUSE"]
    assert sorted(codes(e.actor).pop() for e in accusations) == ["HOUTHIS", "YEM"]


def test_the_diplomat_is_the_ambassador_named_before_not_the_minister_since():
    text = ("Der polnische Außenminister Grzegorz Schetyna will den russischen Botschafter Sergej Andrejew "
            "einbestellen. Schetyna sagte, der Botschafter solle sich entschuldigen.")
    doc = extract(text, date=DATE)
    ambassador = [m for m in doc.actor_mentions if m.text == "der Botschafter"]
    assert [m.country for m in ambassador] == ["RUS"]


def test_accusations_told_far_apart_are_separate_statements():
    text = ("Moskau – Russland hat Polen am Montag Geschichtsfälschung vorgeworfen. "
            "Der Streit dauert seit Wochen an. Viele Denkmäler wurden abgebaut. Die Lage ist angespannt. "
            "Russland warf Polen außerdem die Vernachlässigung sowjetischer Gräber vor.")
    accusations = [e for e in events_of(text) if e.event == "ACCUSE"]
    assert len(accusations) == 2
    assert all(codes(e.actor) == {"RUS"} and codes(e.recipient) == {"POL"} for e in accusations)


def test_an_apposition_between_subject_and_verb_keeps_the_subject():
    request, called_for = events_of("Der Menschenrechtskommissar des Europarats, Nils Muiznieks, hat die türkischen "
                                    "Behörden aufgerufen, Beobachter zuzulassen.")
    assert (request.event, codes(request.actor), codes(request.recipient)) == ("REQUEST", {"COE"}, {"TUR"})
    assert (called_for.event, codes(called_for.actor), called_for.aux) == ("RETREAT", {"TUR"}, ["hypothetical"])


def test_unions_criticise_their_own_government_named_before():
    text = ("Budapest – Das Bildungsministerium lud die Lehrer zu Gesprächen ein. "
            "Doch die Gewerkschaften kritisierten, die Maßnahmen seien kosmetisch.")
    accusations = [e for e in events_of(text) if e.event == "ACCUSE"]
    assert len(accusations) == 1 and codes(accusations[0].recipient) == {"HUN"}


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Frankreich sprach sich am Montag gegen Russland aus.", "REJECT", {"FRA"}, {"RUS"}),
        ("Deutschland sprach sich am Montag für die Ukraine aus.", "SUPPORT", {"DEU"}, {"UKR"}),
        ("Polen sprach am Montag scharfe Kritik an Ungarn aus.", "ACCUSE", {"POL"}, {"HUN"}),
        ("Israel und Ägypten waren sich am Montag einig.", "AGREE", {"ISR", "EGY"}, set()),
        # taking action against someone: a crackdown, by armed forces an attack; `einiger` is no `einig`
        ("Die chinesischen Behörden gehen seit einiger Zeit schärfer gegen die Opposition vor.", "COERCE",
         {"CHN"}, {"CHN"}),
        ("Die türkische Armee geht seit Wochen gegen die PKK vor.", "ASSAULT", {"TUR"}, {"PKK"}),
        # what a verb makes of its object: simulated attacks threaten, blocked websites are censored
        ("Zwei russische Kampfflugzeuge haben Angriffe auf ein amerikanisches Kriegsschiff simuliert.", "THREATEN",
         {"RUS"}, {"USA"}),
        ("Die iranische Polizei hat rund 130 Webseiten des IS blockiert.", "COERCE", {"IRN"}, {"IS"}),
        ("Verteidigungsminister Mosche Jaalon hatte die Offiziere der Armee ermutigt.", "SUPPORT", {"ISR"}, {"ISR"}),
        ("Die Opposition in Island hat einen Misstrauensantrag gegen Regierungschef Sigmundur Gunnlaugsson gestellt.",
         "ACCUSE", {"ISL"}, {"ISL"}),
        ("Die ÖVP verteidigt sich gegen den Vorwurf.", "REJECT", {"AUT"}, set()),
        ("Die SPÖ spricht sich klar gegen eine Koalition mit der FPÖ aus.", "REJECT", {"AUT"}, {"AUT"}),
        # a national body before an act of force acts (the country from the context)
        ("In der Türkei geht die Armeeoffensive gegen die PKK weiter.", "ASSAULT", {"TUR"}, {"PKK"}),
        # a visit paid to someone: the dative
        ("Außenminister Sebastian Kurz stattet am Wochenende Bulgarien einen Blitzbesuch ab.", "CONSULT", {"AUT"},
         {"BGR"}),
        # the body a compound names is the one judged
        ("HDP-Chef Selahattin Demirtas sagte in Istanbul, die Polizeiaktion verstoße gegen die Verfassung.", "ACCUSE",
         {"TUR"}, {"TUR"}),
        # violating the law is what a speaker says of someone
        ("Die Tiroler Landesregierung verletze damit internationales Recht, sagte Sozialminister Alois Stöger.",
         "ACCUSE", {"AUT"}, {"AUT"}),
        # the owner of the object named with `von`; canvassing for someone supports him
        ("Der Kreml kritisierte am Rande des Gipfels der EU die Politik von Angela Merkel.", "ACCUSE", {"RUS"},
         {"DEU"}),
        ("Auf Facebook wirbt Christian Kern um Stimmen für den Wiener Bürgermeister Michael Häupl (SPÖ).", "SUPPORT",
         {"AUT"}, {"AUT"}),
        # what it takes is demanded of the owner of what it takes
        ("Es brauche einen neuen Ansatz der EU, sagte Außenminister Sebastian Kurz.", "REQUEST", {"AUT"}, {"EU"}),
    ],
)
def test_what_a_preposition_or_a_predicate_makes_of_a_verb(text, event, actor, recipient):
    found = only(text)
    assert (found.event, codes(found.actor), codes(found.recipient)) == (event, actor, recipient)


def test_fighting_each_other_delivers_nothing():
    found = only("Türkische Soldaten und PKK-Kämpfer lieferten sich am Montag schwere Gefechte.")
    assert found.event == "ASSAULT" and codes(found.actor) >= {"TUR"}


def test_an_unknown_person_acts_only_on_a_state_body_and_may_be_acted_on():
    assert events_of("Lisa Mustermann stritt am Montag mit ihrer Schwester.") == []
    found = only("Lisa Mustermann kritisierte am Montag die Regierung in Wien scharf.")
    assert [a.text for a in found.actor][0].endswith("Mustermann") and codes(found.recipient) == {"AUT"}
    found = only("Am Freitag nahm die belgische Polizei Mohamed Abrini fest.")
    assert found.event == "COERCE" and codes(found.actor) == {"BEL"}
    assert [a.text for a in found.recipient] == ["Mohamed Abrini"]


def test_a_driver_taken_by_the_police_is_the_one_arrested():
    found = only("Graz – Ein 26-Jähriger raste durch die Innenstadt. Der Lenker wurde von der Polizei festgenommen.")
    assert found.event == "COERCE" and [a.text for a in found.recipient] == ["Der Lenker"]
    found = only("Graz – Die Polizei nahm den Lenker des Fahrzeugs fest.")
    assert [a.text for a in found.recipient] == ["den Lenker"]


def test_where_people_are_sent_back_to_is_not_who_sends_them():
    found = only("Brüssel – 600 Flüchtlinge wurden schon nach Frankreich zurückgeführt.")
    assert (found.event, found.mode) == ("COERCE", "deport") and codes(found.actor) == {"BEL"}
    assert events_of("Die Regierung führt die Zunahme der Asylwerber auf die Lage in Syrien zurück.") == []


def test_a_secret_service_watching_someone_coerces_and_the_police_watching_a_border_does_not():
    found = only("Die NSA hat das Handy von Merkel überwacht.")
    assert found.event == "COERCE" and codes(found.actor) == {"USA"} and codes(found.recipient) == {"DEU"}
    assert events_of("Die Polizei überwacht die Grenze.") == []
    assert events_of("Er spricht, seit das Ausmaß der NSA-Überwachung bekannt wurde, über Privatsphäre.") == []


def test_protesting_ones_innocence_is_a_denial():
    found = only("Der frühere Landeshauptmann Luis Durnwalder beteuerte vor Gericht seine Unschuld.")
    assert found.event == "REJECT" and found.actor[0].text.endswith("Durnwalder")


def test_the_austrian_supreme_prosecutor_objects_and_a_state_closes_an_ngo():
    found = only("Wien – Die Generalprokuratur moniert, dass der Freispruch falsch sei.")
    assert (found.event, found.mode) == ("ACCUSE", "disapprove") and codes(found.actor) == {"AUT"}
    found = only("Peking – Die Behörden haben die Initiative schließen lassen.")
    assert (found.event, found.mode) == ("COERCE", "restrict")


def test_an_undated_article_dates_its_events_by_the_date_its_text_shows():
    text = "Die Wahl im Mai 2016 war knapp.\n\nDie Regierung in Wien kritisierte die Türkei scharf."
    found = [e for e in extract(text).events if e.event == "ACCUSE"]
    assert len(found) == 1 and found[0].date == "2016-05" and found[0].date_source is None


def test_the_agent_of_a_passive_is_no_noun_phrase_modifier():
    found = only("Rabat – In Marokko ist ein Belgier mit Verbindungen zu den Attentätern von Paris "
                 "festgenommen worden.")
    assert found.event == "COERCE" and codes(found.actor) == {"MAR"}


def test_two_parties_accusing_each_other():
    text = ("Sanaa – Die Regierung und die Houthi-Rebellen verhandeln seit Dienstag. "
            "Beide Seiten werfen sich vor, die Waffenruhe gebrochen zu haben.")
    found = [e for e in events_of(text) if e.event == "ACCUSE"]
    assert sorted((codes(e.actor).pop(), codes(e.recipient).pop()) for e in found) == [
        ("HOUTHIS", "YEM"), ("YEM", "HOUTHIS")]
    text = "Für die Gefechte bei Mariupol machen sich die Ukraine und Russland gegenseitig verantwortlich."
    found = events_of(text, "2015-06-04")
    assert sorted((e.event, codes(e.actor).pop(), codes(e.recipient).pop()) for e in found) == [
        ("ACCUSE", "RUS", "UKR"), ("ACCUSE", "UKR", "RUS")]


def test_who_receives_an_event_noun_is_its_recipient():
    found = only("Der Bundeskanzler erntete am Montag scharfe Kritik von der ÖVP.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"AUT"}, {"AUT"})
    assert found.actor[0].org is None and found.actor[0].kb_id == "AUT_oevp"
    # coming under criticism: whose it is comes after the noun; none named, no one criticised
    found = only("Der österreichische Innenminister geriet wegen seiner Äußerungen in die Kritik der Grünen.",
                 "2016-03-01")
    assert (found.event, found.actor[0].kb_id, found.recipient[0].kb_id) == (
        "ACCUSE", "AUT_gruene", "mikl_leitner_johanna")
    assert events_of("Der Regierungschef ist wegen der Panama Papers in die Kritik geraten.", "2016-04-05") == []


def test_a_passive_done_on_someones_order():
    found = only("Ankara – Die Bürgermeisterin von Cizre ist am Freitag auf Anweisung des Innenministers "
                 "von ihrem Amt entbunden worden.")
    assert found.event == "SANCTION" and "Innenministers" in found.actor[0].text


def test_ministers_of_any_department():
    found = only("London – Ex-Sozialminister Iain Duncan Smith ruft die Wähler auf, Osborne nicht zu glauben.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REQUEST", {"GBR"}, {"GBR"})


def test_possibly_is_uncertain_not_hypothetical():
    found = only("Kämpfer des IS haben am Montag möglicherweise hunderte Arbeiter als Geiseln genommen.")
    assert (found.event, found.mode, found.aux) == ("ASSAULT", "abduct", [])
    certain = only("Kämpfer des IS haben am Montag hunderte Arbeiter als Geiseln genommen.")
    assert found.confidence < certain.confidence


def test_an_attack_in_a_participation_phrase_is_the_subjects():
    found = only("Damaskus – Bei einem Überfall auf eine Zementfabrik haben Kämpfer der Terrormiliz IS "
                 "am Montag Schüsse abgegeben.")
    assert found.event == "ASSAULT" and codes(found.actor) == {"IS"}


def test_a_separable_verb_with_its_telling_noun():
    found = only("Guatemala-Stadt – Der Kongress hob am Dienstag die Immunität des Präsidenten Otto Pérez auf.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SANCTION", {"GTM"}, {"GTM"})
    assert "Pérez" in found.recipient[0].text


def test_the_noun_phrase_before_the_verb_is_the_subject():
    text = ("Nordkorea verschärft seine Drohungen. "
            "Das Militär des international isolierten Landes drohte Südkorea am Samstag mit Militärschlägen.")
    threat = next(e for e in events_of(text, "2016-03-26") if e.event == "THREATEN")
    assert (codes(threat.actor), codes(threat.recipient)) == ({"PRK"}, {"KOR"})


def test_konjunktiv_ii_perfect_in_reported_speech_is_not_hypothetical():
    text = "Kerry sagte, Ägypten und die USA hätten ihre militärische Zusammenarbeit wieder verstärkt."
    found = only(text, "2015-08-02")
    assert found.event == "COOPERATE" and "hypothetical" not in found.aux
    counterfactual = only("Die USA hätten die Zusammenarbeit mit Ägypten sonst verstärkt.", "2015-08-02")
    assert "hypothetical" in counterfactual.aux


def test_what_a_purpose_clause_aims_at_is_not_done():
    found = events_of("Die Armee rückte am Montag auf Mossul vor, um die Stadt zu erobern.", "2016-10-20")
    assert [e.aux for e in found if e.event == "ASSAULT"] == [["hypothetical"]]
    nested = events_of("Die Regierung argumentierte, eine harte Strafe sei nötig, um Häftlinge daran zu hindern, "
                       "Wärter anzugreifen.", "2016-10-20")
    assert [e.aux for e in nested if e.event == "ASSAULT"] == [["hypothetical"]]
    done = events_of("Die Armee hat Mossul erobert, um die Terrormiliz zu vertreiben.", "2016-10-20")
    assert [e.aux for e in done if e.event == "ASSAULT"] == [[]]


def test_what_a_body_is_tasked_with_is_not_done():
    found = only("Die EU-Kommission wurde beauftragt, gegen Polen zu ermitteln.", "2016-10-20")
    assert (found.event, found.aux) == ("ACCUSE", ["hypothetical"])
    assert only("Die EU-Kommission ermittelt gegen Polen.", "2016-10-20").aux == []


def test_a_pronoun_does_not_refer_to_the_subject_of_its_own_clause():
    text = ("Bundespräsident Heinz Fischer war in Berlin. "
            "Kanzlerin Merkel und Präsident Gauck hätten ihn um Erläuterungen gebeten.")
    found = next(e for e in events_of(text, "2016-05-12") if e.event == "REQUEST")
    assert codes(found.recipient) == {"AUT"}


@pytest.mark.parametrize("text, event", [
    ("Warschau – Die Regierung kündigte die Stationierung von US-Waffen in Polen an.", "MOBILIZE"),
    ("Reykjavík – Seine Partei hatte einen Rücktritt des Premiers schon angekündigt.", "CONCEDE"),
])
def test_an_announced_act_lies_ahead(text, event):
    found = [e for e in events_of(text, "2016-04-06") if "future" in e.aux]
    assert [e.event for e in found] == [event]


def test_an_act_announced_in_a_prepositional_phrase_is_no_plan():
    found = only("Berlin – Die EU beschloss nach dem Gipfel Sanktionen gegen Russland.", "2016-04-06")
    assert (found.event, found.aux) == ("SANCTION", [])


def test_what_is_denied_in_a_zu_infinitive_did_not_happen():
    found = [e for e in events_of("Moskau – Russland dementierte, Truppen in die Ukraine geschickt zu haben.")
             if e.event == "AID"]
    assert [(codes(e.actor), codes(e.recipient), e.aux) for e in found] == [({"RUS"}, {"UKR"}, ["negated"])]


@pytest.mark.parametrize("text", [
    "Berlin – Merkel lehnte es ab, Putin zu treffen.",
    "Berlin – Putin weigerte sich, mit Poroschenko zu sprechen.",
])
def test_what_is_refused_in_a_zu_infinitive_does_not_happen(text):
    found = [e for e in events_of(text) if e.event == "CONSULT"]
    assert [e.aux for e in found] == [["negated"]]
    assert [e.event for e in events_of(text) if not e.aux] == ["REJECT"]  # the refusal itself


@pytest.mark.parametrize("text", [
    "Washington – Obama kündigte an, 250 weitere Soldaten nach Syrien zu entsenden.",
    "Washington – Obama kündigte an, weitere Soldaten nach Syrien zu entsenden.",
])
def test_a_zu_infinitive_has_no_subject_of_its_own(text):
    found = only(text)  # the soldiers are what is sent, not who sends
    assert (codes(found.actor), codes(found.recipient), found.aux) == ({"USA"}, {"SYR"}, ["future"])


def test_an_event_noun_in_a_zu_infinitive_is_the_controller_s_through_a_light_verb_only():
    found = only("Brüssel – Die EU-Außenminister beschlossen, die Sanktionen gegen Russland zu verlängern.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SANCTION", {"EU"}, {"RUS"})
    # financing attacks is no attack
    assert events_of("Jakarta – Der Taliban-Kommandeur sammelte Geld, um die Angriffe zu finanzieren.") == []


def test_the_one_accused_in_a_zu_infinitive_is_the_object_not_an_apposition_of_the_accuser():
    found = [e for e in events_of("Athen – Tsipras, zugleich Chef der Syriza, warf der Türkei vor, "
                                  "griechische Fischer festgenommen zu haben.") if e.event == "COERCE"]
    assert [(codes(e.actor), e.aux) for e in found] == [({"TUR"}, ["hypothetical"])]


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Washington – Die USA nahmen diplomatische Beziehungen zu Kuba auf.", "SUPPORT", {"USA"}, {"CUB"}),
    # the relatives are civilians of the country named
    ("Ankara – Erdogan sprach den Angehörigen sein Bedauern aus.", "CONCEDE", {"TUR"}, {"TUR"}),
    ("Istanbul – Die türkische Polizei hat eine Demonstration aufgelöst.", "ASSAULT", {"TUR"}, set()),
])
def test_ties_taken_up_regret_and_a_dispersed_demonstration(text, event, actor, recipient):
    found = only(text, "2016-01-10")  # the police hold no demonstration
    assert (found.event, codes(found.actor), codes(found.recipient)) == (event, actor, recipient)


def test_a_promised_act_is_one_promise_not_a_second_event():
    found = only("Moskau – Lawrow sicherte Assad die Unterstützung Russlands zu.", "2015-10-12")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AGREE", {"RUS"}, {"SYR"})


@pytest.mark.parametrize("text", [
    "Kairo – In Kairo kam es am Freitag zu Zusammenstößen zwischen Polizei und Demonstranten.",
    "Kiew – Bei Gefechten zwischen der Armee und den Separatisten wurden zehn Menschen getötet.",
])
def test_clashes_between_two_sides_are_both_sides_acts(text):
    found = only(text, "2016-01-10")
    assert (found.event, len(found.actor), found.recipient) == ("ASSAULT", 2, [])
    assert events_of("Wien – Beim Zusammenstoß zweier Züge wurden zehn Menschen verletzt.") == []


def test_an_unnamed_authority_is_that_of_the_place_named_not_of_the_dateline():
    found = only("Berlin – Der Journalist ist in der Türkei festgenommen worden.", "2016-01-10")
    assert (found.event, codes(found.actor)) == ("COERCE", {"TUR"})
    found = only("Istanbul – Die Polizei nahm am Montag 30 Verdächtige fest.", "2016-01-10")
    assert codes(found.actor) == {"TUR"}  # the dateline when the sentence names no other place


def test_an_act_the_subject_waits_for_is_someone_else_s_and_lies_ahead():
    assert events_of("Kiew – Die Ukraine hofft auf Unterstützung der EU.") == []  # not the Ukraine's support
    assert events_of("Peking – Sie wartete auf ihre Hinrichtung.") == []
    found = only("Kiew – Die Ukraine rechnet mit neuen Angriffen Russlands.")
    assert (found.event, codes(found.actor), found.aux) == ("ASSAULT", {"RUS"}, ["future"])


def test_an_event_noun_that_comes_from_no_one_named_keeps_its_own_actor():
    found = only("Brüssel – Die Ermittler seien ihm durch Razzien und Festnahmen in Belgien auf die Spur gekommen.")
    assert found.event == "COERCE" and [a.text for a in found.actor] == ["Die Ermittler"]


def test_the_one_accused_is_the_actor_of_what_is_alleged():
    found = {e.event: e for e in events_of("Kiew – Die Ukraine wirft Russland vor, die Waffenruhe gebrochen zu haben.")}
    assert (codes(found["ACCUSE"].actor), codes(found["ACCUSE"].recipient)) == ({"UKR"}, {"RUS"})
    assert (codes(found["ASSAULT"].actor), found["ASSAULT"].aux) == ({"RUS"}, ["hypothetical"])


def test_last_week_is_not_in_the_future():
    found = only("In der vergangenen Woche hatten die USA acht Kampfjets an Ägypten geliefert.", "2015-08-03")
    assert found.event == "AID" and "future" not in found.aux


def test_runs_of_spaces_do_not_split_noun_phrases():
    doc = extract("Laut  Berichten  des  Kreml  drohte  Putin  mit  Gegenmaßnahmen  gegen  die  EU.", date="2015-06-18")
    assert "  " not in doc.text
    [found] = doc.events
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("THREATEN", {"RUS"}, {"EU"})


def test_a_party_word_before_the_party_name_is_that_party():
    found = only("In Spanien hat die Linkspartei Podemos Verhandlungen mit der PSOE aufgenommen.", "2016-02-22")
    assert found.event == "CONSULT" and codes(found.actor) == {"ESP"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject judges the object
        ("Justizminister Heiko Maas nannte die Äußerung der AfD geschmacklos.", ("DEU", "DEU")),
        # in a copula clause the speaker judges the subject
        ("Die Haltung Russlands sei inakzeptabel, sagte Außenminister Steinmeier.", ("DEU", "RUS")),
        # capitalised opening its sentence
        ("Labour-Chef Jeremy Corbyn sang die Hymne nicht mit. Schändlich sei Corbyns Benehmen, sagte Premierminister "
         "David Cameron.", ("GBR", "GBR")),
    ],
)
def test_evaluative_adjectives_are_accusations(text, expected):
    found = only(text, "2016-05-30")
    assert found.event == "ACCUSE"
    assert (found.actor[0].country, found.recipient[0].org or found.recipient[0].country) == expected


def test_an_attributive_evaluative_adjective_describes_only():
    assert events_of("Anhänger der fremdenfeindlichen Pegida-Bewegung äußerten sich über Boateng.", "2016-05-30") == []


def test_turning_against_someone_is_an_accusation():
    found = only("SPD-Chef Sigmar Gabriel wandte sich gegen die AfD.", "2016-05-30")
    assert (found.event, codes(found.actor)) == ("ACCUSE", {"DEU"})


def test_a_verb_after_und_shares_the_subject_of_the_clause_before():
    text = "Israels Regierungschef Netanjahu kritisierte den Vergleich und traf am Montag Außenminister Sergej Lawrow."
    meeting = next(e for e in events_of(text, "2016-05-09") if e.event == "CONSULT")
    assert (codes(meeting.actor), codes(meeting.recipient)) == ({"ISR"}, {"RUS"})


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        # a region of a country named by its genitive is where the attack hits
        ("Russische Truppen griffen Ziele im Osten der Ukraine an.", {"RUS"}, {"UKR"}),
        # rebels attacking at home attack their state
        ("Die Houthi-Rebellen haben einen Stützpunkt im Norden Jemens überrannt.", {"HOUTHIS"}, {"YEM"}),
    ],
)
def test_attacks_on_a_place_hit_its_state(text, actor, recipient):
    found = only(text, "2016-05-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ASSAULT", actor, recipient)


def test_insinuating_is_an_accusation_putting_under_control_a_seizure():
    found = {e.event: e for e in events_of("Nordkorea unterstellt den USA, einen Angriff vorzubereiten.", "2016-03-26")}
    accuse = found["ACCUSE"]
    assert (codes(accuse.actor), codes(accuse.recipient)) == ({"PRK"}, {"USA"})
    assert "hypothetical" in found["ASSAULT"].aux  # what is alleged is not asserted
    seizure = only("Ein Gericht unterstellte die Holding Koza Ipek der staatlichen Kontrolle.", "2015-10-28")
    assert (seizure.event, seizure.mode) == ("COERCE", "seize")


def test_a_determiner_before_a_mention_marks_its_case():
    # `den Iran` is the object; the subject (`andere Länder`) is no actor we know
    text = "Neben Ägypten verdächtigen auch andere Länder der Region den Iran, diese destabilisieren zu wollen."
    assert not [e for e in events_of(text, "2015-08-02") if "IRN" in codes(e.actor)]


@pytest.mark.parametrize(
    ("text", "not_the_attacker"),
    [
        # the background of an active clause
        ("Die Ukraine verstärkt seit den Angriffen auf Charkiw ihre Luftabwehr.", "UKR"),
        # an attribute of another noun
        ("In Italien wurde ein Algerier mit Verbindungen zu den Verantwortlichen der Terroranschläge festgenommen.",
         "DZA"),
    ],
)
def test_the_subject_is_not_the_actor_of_a_background_event_noun(text, not_the_attacker):
    attacks = [e for e in events_of(text, "2016-03-25") if e.event == "ASSAULT"]
    assert all(not_the_attacker not in codes(e.actor) for e in attacks)


def test_the_subject_of_a_passive_clause_did_the_background_act():
    text = "Zwei Palästinenser sind nach einer Messerattacke auf eine israelische Soldatin erschossen worden."
    attack = event_at(text, "2016-03-25", "Messerattacke")
    assert (codes(attack.actor), codes(attack.recipient)) == ({"PSE"}, {"ISR"})


def test_a_noun_phrase_after_a_prepositional_phrase_is_the_object():
    found = only("Das türkische Militär hat als Reaktion auf den Beschuss Ziele des IS angegriffen.", "2016-04-28")
    assert (codes(found.actor), codes(found.recipient)) == ({"TUR"}, {"IS"})


def test_an_adjective_of_an_event_noun_names_no_attackers():
    text = "Die korsische Organisation FLNC gab 2014 das Ende des bewaffneten Kampfes bekannt."
    assert [e for e in events_of(text, "2016-01-05") if e.event == "ASSAULT"] == []


def test_a_durch_phrase_before_an_event_noun_belongs_to_another_noun():
    text = "Die Annexion der Krim durch Russland hat in Polen die Sorge vor einer expansiven Politik verstärkt."
    assert not [e for e in events_of(text, "2015-06-20") if e.event == "ACCUSE" and codes(e.actor) == {"RUS"}]


def test_a_future_date_of_an_earlier_sentence_does_not_make_a_plan():
    text = "Bosnien droht im Herbst die Staatspleite. Die EU arbeitet mit dem IWF eng zusammen."
    found = only(text, "2015-06-18")  # and no THREATEN: a looming bankruptcy is nobody's threat
    assert (found.event, codes(found.actor), found.aux) == ("COOPERATE", {"EU", "IMF"}, [])


def test_a_was_clause_has_no_subject_of_the_main_clause():
    text = "Die Türkei hatte sich 2013 für das Angebot entschieden, was aber Sorgen bei der NATO auslöste."
    assert not [e for e in events_of(text, "2015-07-29") if e.event == "ACCUSE"]


def test_a_noun_phrase_before_the_verb_keeps_the_subject_of_the_clause_before_out():
    text = "Ein Vertreter des Gerichts in Aceh sagte, die Verurteilten würden hoffentlich um Vergebung ersuchen."
    assert not [e for e in events_of(text, "2015-09-20") if e.event == "REQUEST"]


def test_und_with_a_verb_continues_the_last_clause_with_a_subject():
    text = "Doch die Gewerkschaften kritisierten, die Maßnahmen seien kosmetisch und drohten mit Streiks."
    threat = next(e for e in events_of(text, "2016-02-13") if e.event == "THREATEN")
    assert "Gewerkschaften" in threat.actor[0].text


def test_first_person_speech_without_quotation_marks_belongs_to_the_named_speaker():
    text = ("AfD-Chefin Frauke Petry äußerte sich am Sonntag in der Bild-Zeitung: Gauland erinnere sich nicht. "
            "Ich entschuldige mich bei Herrn Gauck für den Eindruck.")
    apology = next(e for e in events_of(text, "2016-05-30") if e.event == "CONCEDE")
    assert "Petry" in apology.actor[0].text and "Gauck" in apology.recipient[0].text


def test_a_challenge_is_no_demand():
    text = "Die Regierung in Quito sieht große Herausforderungen für das Land."
    assert not [e for e in events_of(text, "2015-07-06") if e.event == "REQUEST"]


def test_an_investigation_opened_in_the_passive_is_the_judiciarys():
    text = "Paris – In Frankreich wurde gegen den Imam Samir Ahmadi ein Ermittlungsverfahren eingeleitet."
    found = only(text, "2015-11-20")
    assert (found.event, found.mode, codes(found.actor)) == ("ACCUSE", "investigate", {"FRA"})


def test_a_pronoun_for_a_named_person_can_be_the_recipient():
    text = "Paris – Der Attentäter Samy A. stammte aus Drancy. Gegen ihn wurde ein Ermittlungsverfahren eingeleitet."
    found = next(e for e in events_of(text, "2015-11-20") if e.event == "ACCUSE")
    assert found.recipient and found.recipient[0].name == "Samy A."


def test_es_before_a_verb_of_action_is_the_subject_of_the_sentence_before():
    text = ("Das Militär Nordkoreas drohte Südkorea am Samstag mit Militärschlägen. "
            "Es warf der Regierung in Seoul vor, einen Schlag geplant zu haben.")
    accusation = next(e for e in events_of(text, "2016-03-26") if e.event == "ACCUSE")
    assert (codes(accusation.actor), codes(accusation.recipient)) == ({"PRK"}, {"KOR"})
    assert not [e for e in events_of("Es gibt Drohungen gegen Südkorea.", "2016-03-26") if e.actor]


def test_a_passive_split_by_commas_is_one_clause():
    text = "Daraufhin wurden in Kiew acht Soldaten, darunter der Kommandeur, wegen Schwerverbrechen festgenommen."
    found = only(text, "2015-06-04")
    # the soldiers, the commander among them (one side: one recipient)
    assert found.event == "COERCE" and [a.text for a in found.recipient] == ["Soldaten"]
    assert all(a.text not in ("Soldaten", "der Kommandeur") for a in found.actor)


def test_no_addressee_from_ones_own_party_or_outside_the_phrase_that_names_it():
    text = ("Die Regierung und die SPÖ haben am Montag verhandelt. "
            "SPÖ-Klubchef Andreas Schieder kritisierte danach die Ergebnisse scharf.")
    found = next(e for e in events_of(text) if e.event == "ACCUSE")
    assert [a.text for a in found.recipient] == ["Die Regierung"]
    text = "Gegen die Überschrift des Artikels über Angela Merkel wolle er juristisch vorgehen, sagte Gauland."
    assert [e.event for e in events_of(text) if e.event in ("COERCE", "THREATEN")] == []
    text = "Angela Merkel reiste am Montag nach Wien. Dort sprach sich Werner Faymann für faire Quoten aus."
    assert [e.recipient for e in events_of(text) if e.event == "SUPPORT"] == [[]]  # a stance, not Merkel backed


def test_no_addressee_from_the_press_or_the_government_that_acts():
    text = ("Das sagte Bundeskanzler Werner Faymann am Montag der APA. "
            "Die Regierung hatte erst Ende Oktober 600.000 Euro für Hilfsorganisationen zugesagt.")
    assert [(e.event, e.recipient) for e in events_of(text, "2015-11-13")] == [("AGREE", [])]


def test_what_an_accusation_alleges_is_not_asserted_to_the_end_of_the_sentence():
    text = ("Die Opposition warf der Regierung in Ankara vor, dass deren Angriffe auf den IS nur ein Vorwand seien, "
            "um die Stellungen der PKK anzugreifen.")
    found = event_at(text, DATE, "anzugreifen")
    assert "hypothetical" in found.aux


def test_a_participle_after_a_relative_clause_closes_the_main_clause():
    text = ("2014 wurde der Islamist Ahmed al-Asir von einem libanesischen Militärgericht wegen der Gründung einer "
            "Gruppe, die Soldaten getötet hat, verurteilt.")
    found = next(e for e in events_of(text, "2015-08-16") if e.event == "SANCTION")
    assert (found.mode, codes(found.actor), [a.text for a in found.recipient]) == (
        "convict", {"LBN"}, ["der Islamist Ahmed al-Asir"])


def test_what_a_passive_is_done_to_stands_in_its_own_clause():
    text = ("Das US-Verteidigungsministerium hatte im Juni mitgeteilt, es sollten in Polen zeitweise 90 Kampfpanzer, "
            "140 Bradley-Schützenpanzer und 20 Panzerhaubitzen stationiert werden.")
    # the ministry reports its own act: it is the actor, not what the passive is done to
    assert [(e.event, codes(e.actor), codes(e.recipient)) for e in events_of(text, "2015-08-31")] == [
        ("MOBILIZE", {"USA"}, {"POL"})]
    # a zu-infinitive between auxiliary and participle: the subject before it was arrested
    text = ("Der Islamist Ahmed al-Asir sei am Samstag bei dem Versuch, mit einem gefälschten Ausweis nach Katar "
            "auszureisen, im Libanon von Behörden festgenommen worden, berichtete die Nachrichtenagentur.")
    found = only(text, "2015-08-16")
    assert (found.event, [a.text for a in found.recipient]) == ("COERCE", ["Der Islamist Ahmed al-Asir"])


def test_refusing_a_resignation_is_no_resignation():
    text = "Der guatemaltekische General a. D., der noch am Montag einen Rücktritt verweigert hatte, muss in Haft."
    assert [(e.event, codes(e.actor)) for e in events_of(text, "2015-09-03")] == [("REJECT", {"GTM"})]


def test_a_postposition_governs_the_noun_before_it_and_a_town_acts_for_its_state():
    text = ("Die iranischen Revolutionsgarden sind im Irak aktiv. "
            "Berichten zufolge nehmen sie auch direkt an den Kämpfen gegen den IS teil.")
    found = only(text, "2015-06-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ASSAULT", {"IRN"}, {"IS"})
    found = only("Diese Woche verbot Banda Aceh Frauen, nachts ohne Begleitung auszugehen.", "2015-06-01")
    assert (found.event, found.mode, codes(found.actor)) == ("COERCE", "restrict", {"IDN"})


def test_more_soldiers_in_the_passive_are_the_state_s_mobilisation():
    text = ("Nach den Anschlägen ist die Lage in Italien angespannt. Die Zahl der Soldaten, die auf den Straßen von "
            "Rom patrouillieren, wurde deutlich erhöht.")
    found = only(text, "2015-11-20")
    assert (found.event, found.mode, codes(found.actor)) == ("MOBILIZE", "troops", {"ITA"})


def test_what_a_question_asks_is_not_asserted():
    found = only("Hat Russland die Ukraine angegriffen?", "2015-06-04")
    assert (found.event, found.aux) == ("ASSAULT", ["hypothetical"])


def test_european_states_are_not_the_country_the_text_is_about():
    found = only("Die europäischen Staaten kritisierten Russland scharf.", "2015-06-04")
    assert (codes(found.actor), codes(found.recipient)) == ({None}, {"RUS"})


def test_a_curfew_lifted_in_the_passive_is_the_state_s_concession():
    text = "Nach massiven Protesten wurde die Ausgangssperre in der Stadt Cizre im Südosten der Türkei aufgehoben."
    found = only(text, "2015-09-12")
    assert (found.event, codes(found.actor)) == ("CONCEDE", {"TUR"})


def test_a_kidnapping_in_the_passive_is_by_someone_unnamed():
    found = only("Zwei Italiener wurden am Sonntag in der Nähe von Tripolis entführt.", "2015-07-20")
    assert (found.event, found.mode, [a.sector for a in found.actor], codes(found.recipient)) == (
        "ASSAULT", "abduct", ["UAF"], {"ITA"})


def test_wuerde_in_reported_speech_is_the_future():
    text = ("Die USA haben keinen Hinweis darauf, dass die serbischen Diplomaten getötet wurden. "
            "Sie würden aber alle Informationen mit der serbischen Regierung teilen, sagte Pentagon-Sprecher Cook.")
    found = next(e for e in events_of(text, "2016-02-20") if e.mentions[0].trigger.startswith("teilen"))
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AGREE", {"USA"}, {"SRB"})
    assert "hypothetical" not in found.aux
    conditional = next(e for e in events_of("Wenn Serbien zustimmt, würden die USA Serbien helfen.", "2016-02-20")
                       if e.event in ("AID", "AGREE"))
    assert "hypothetical" in conditional.aux


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body meeting on its own is no meeting between parties
        ("Das isländische Parlament wollte erst am Donnerstag wieder zusammenkommen.", []),
        # the event noun is the subject of its clause: Egypt did not agree to anything
        ("Es stehe außer Frage, dass die Einigung im Atomstreit nicht nur Ägypten, sondern alle Länder sicherer mache.",
         []),
        # a reflexive turns blocking into opposing; the noun "Vorhaben" plans nothing
        ("Besonders sperrt sich Präsident Erdogan gegen das Vorhaben der EU.", [("REJECT", {"TUR"}, {"EU"}, [])]),
        # a passive with werden is no future; a name in brackets names the body before it
        ("Die AKP will jene nicht sehen, die von der Terrororganisation (PKK) unterstützt werden.",
         [("SUPPORT", {"PKK"}, set(), [])]),
        # flying sorties is no visit
        ("Das russische Militär habe mehr als 900 Einsätze in Syrien geflogen, sagte ein Sprecher.", []),
        # threatening needs someone threatened
        ("Die ÖVP will größere Familien mit Armut bedrohen.", []),
        # the noun `Würde` is no `würde`
        ("Bundeskanzler Werner Faymann ist mit Würde zurückgetreten.", [("RETREAT", {"AUT"}, set(), [])]),
    ],
)
def test_what_a_clause_does_not_say(text, expected):
    found = [(e.event, codes(e.actor), codes(e.recipient), e.aux) for e in events_of(text, "2016-05-20")]
    assert found == expected


def test_an_arrest_takes_no_addressee_from_the_sentence_before():
    text = "Nach ukrainischen Angaben wurden drei Zivilisten getötet. Die Berliner Polizei nahm zwei Männer fest."
    arrest = next(e for e in events_of(text, "2025-06-10") if e.event == "COERCE")
    # the men of its own sentence, not the civilians of the one before
    assert codes(arrest.actor) == {"DEU"} and [a.text for a in arrest.recipient] == ["zwei Männer"]


def test_a_passive_agent_with_an_article_may_follow_a_noun():
    text = ("Insgesamt wurden für die Fonds nach Angaben des Bundeskanzleramtes von den EU-Staaten "
            "1,153 Milliarden Euro versprochen.")
    found = only(text, "2015-11-11")
    assert (found.event, codes(found.actor)) == ("AGREE", {"EU"})


def test_stationing_troops_is_mobilising():
    text = "Die Regierung in Warschau kündigte für Mitte 2016 die Stationierung von US-Waffen in Polen an."
    found = only(text, "2015-09-28")
    assert (found.event, codes(found.actor), "future" in found.aux) == ("MOBILIZE", {"POL"}, True)


def test_a_national_body_named_in_a_dass_clause_is_the_addressee():
    text = ("Dass jene Flüchtlinge, die in Eisenstadt versorgt werden, vom Innenressort nicht bei der Quote "
            "berücksichtigt würden, kritisierte Landeshauptmann Hans Niessl.")
    found = only(text, "2015-08-10")
    assert (found.event, [a.kb_id for a in found.recipient]) == ("ACCUSE", ["AUT_bmi"])


def test_a_party_named_before_a_criticism_is_its_addressee():
    text = "Die FPÖ habe das Gesetz verzögert, kritisierte Bundeskanzler Werner Faymann."
    found = only(text, "2015-08-10")
    assert (found.event, [a.kb_id for a in found.recipient]) == ("ACCUSE", ["AUT_fpoe"])


def test_aussprechen_without_fuer_or_gegen_is_no_support():
    text = ("Die Ursache kannten alle Bürger, auch wenn sie niemand laut aussprach: eine Krankheit des "
            "Präsidenten Ägyptens, die in Frankreich behandelt wurde.")
    assert [e.event for e in events_of(text, "2015-07-10")] == []
    found = only("Sultan Qabus sprach sich für einen Dialog mit dem Iran aus.", "2015-07-10")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SUPPORT", {"OMN"}, {"IRN"})


def test_a_monarch_title_names_no_head_of_state_of_another_title():
    text = "Der Iran lud zu Gesprächen. Der Sultan sprach sich für einen Dialog aus."
    sultan = next(m for m in extract(text, date="2015-07-10").actor_mentions if m.text == "Der Sultan")
    assert sultan.kb_id is None


def test_a_warrant_without_its_issuer_is_a_court_s():
    found = only("Gegen Karim B. wurde in Belgien Haftbefehl erlassen.", "2016-03-27")
    assert (found.event, found.mode, codes(found.actor)) == ("THREATEN", "arrest", {"BEL"})
    assert found.actor[0].sector == "JUD"


def test_a_passive_relative_clause_takes_no_guessed_recipient():
    text = "Die Regierung in Ankara will jene nicht sehen, die von der PKK unterstützt werden."
    found = only(text, "2016-03-27")
    assert (found.event, codes(found.actor), found.recipient) == ("SUPPORT", {"PKK"}, [])


def test_what_someone_must_do_is_the_speaker_s_demand():
    found = only("Die bosnische Regierung müsse die Reformen rasch umsetzen, sagte Außenminister Sebastian Kurz.",
                 "2015-06-19")
    assert (found.event, codes(found.actor), codes(found.recipient), found.aux) == ("REQUEST", {"AUT"}, {"BIH"}, [])
    # what one's own state must do is no demand
    text = ("Die USA müssten ihre Kapazitäten an der russischen Aggression ausrichten, "
            "sagte Verteidigungsminister Carter.")
    assert [e.event for e in events_of(text, "2016-06-20") if e.event == "REQUEST"] == []


def test_an_interview_answer_is_its_speaker_s_till_the_next_question():
    text = ("STANDARD: Was sagen Sie zur Volkspartei? Sozialminister Alois Stöger: Das ist eine lange Geschichte. "
            "Die Lage ist schwierig. Die Zahlen sind klar. Ich kritisiere die ÖVP scharf. "
            "STANDARD: Und die Grünen? Die Grünen kritisieren alle.")
    found = [([a.text for a in e.actor], [a.text for a in e.recipient]) for e in events_of(text, "2016-05-20")]
    assert found[0] == (["Sozialminister Alois Stöger"], ["ÖVP"])
    text = "STANDARD: Was sagen Sie zur ÖVP? Stöger: Ich kritisiere die ÖVP scharf."  # the label's own colon
    assert [[a.text for a in e.actor] for e in events_of(text, "2016-05-20")] == [["Stöger"]]


def test_what_an_interview_answer_says_of_others_is_the_interviewees_judgement_or_demand():
    text = ("STANDARD: Was sagen Sie zu Oberösterreich? Sozialminister Alois Stöger: Das ist eine lange Geschichte. "
            "Die Landesregierung verletzt damit internationales Recht. Die Regierung muss den Ländern mehr Geld geben.")
    found = [(e.event, [a.name for a in e.actor], [a.text for a in e.recipient]) for e in events_of(text, "2016-05-20")]
    assert ("ACCUSE", ["Alois Stöger"], ["Die Landesregierung"]) in found
    assert ("REQUEST", ["Alois Stöger"], ["Die Regierung"]) in found


def test_what_a_relative_clause_says_one_needs_or_must_is_no_demand():
    text = "Die Flüchtlinge bekommen jede Unterstützung, die sie brauchen, sagte der Minister Nikola Poposki."
    assert [e.event for e in events_of(text, "2016-02-20")] == []


def test_a_first_person_object_is_the_speaker():
    text = "Hundstorfer habe sich bei mir entschuldigt, sagte Norbert Hofer. Ich habe mich bei Strache entschuldigt, " \
           "sagte Hofer."
    found = [([a.name for a in e.actor], [a.name for a in e.recipient]) for e in events_of(text, "2016-02-10")]
    assert found == [(["Rudolf Hundstorfer"], ["Norbert Hofer"]), (["Norbert Hofer"], ["Heinz-Christian Strache"])]


def test_the_first_person_is_not_whom_it_speaks_of():
    text = ("Im Radio erklärte der Forscher Ednan Aslan: Mir geht es nicht darum, dass ich die Politik von "
            "Integrationsminister Sebastian Kurz kritisiere.")
    assert not any(a.kb_id == "kurz_sebastian" for e in events_of(text, "2016-01-20") for a in e.actor)


def test_an_impersonal_demand_is_made_of_whom_the_speaker_addresses():
    text = ("Die ÖVP blockiert die Reform seit Monaten. "
            "Es brauche endlich eine Lösung, meinte SPÖ-Klubchef Andreas Schieder.")
    found = next(e for e in events_of(text, "2015-06-01") if e.event == "REQUEST")
    assert ([a.text for a in found.actor], [a.text for a in found.recipient]) == (
        ["SPÖ-Klubchef Andreas Schieder"], ["ÖVP"])


def test_a_main_clause_before_a_colon_introduces_speech():
    text = "Der Guardian ging noch einen Schritt weiter: Corbyn müsse seine Strategie radikal ändern."
    found = only(text, "2015-09-20")
    assert (found.event, [a.kb_id for a in found.recipient]) == ("REQUEST", ["corbyn_jeremy"])
    assert found.attribution is not None and found.attribution.actor.org is None


def test_reported_speech_goes_on_in_the_subjunctive():
    text = ("Der Westbalkan sei ein Pulverfass, sagte Außenminister Sebastian Kurz in Sarajevo. "
            "Russland habe die Serben dort unterstützt. Russland hat am Montag Serbien unterstützt.")
    support = [e for e in events_of(text, "2016-01-01") if e.event == "SUPPORT"]
    attributed = {e.attribution.actor.country if e.attribution else None for e in support}
    assert attributed == {"AUT"}


@pytest.mark.parametrize("text", [
    "Verteidigungsminister Ashton Carter hatte Russland vergangene Woche als ernsthafte Bedrohung bezeichnet.",
    "Verteidigungsminister Ashton Carter nannte Russland eine Gefahr für Europa.",
])
def test_a_condemning_label_is_an_accusation(text):
    found = only(text, "2016-06-20")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"USA"}, {"RUS"})
    # naming names is no accusation
    assert events_of("Verteidigungsminister Ashton Carter nannte die Namen der Soldaten.", "2016-06-20") == []


def test_acts_of_two_people_the_kb_does_not_know_stay_apart():
    text = "Generalmajor Yair Golan kritisierte die Regierung. Netanjahu kritisierte Golan."
    accusations = [e for e in events_of(text, "2016-05-09") if e.event == "ACCUSE"]
    assert len(accusations) == 2


def test_fire_from_a_country_is_that_country_s_attack():
    text = "Der Raketenbeschuss aus dem Gazastreifen auf Israel geht weiter."
    found = only(text, "2016-04-05")
    assert (found.event, found.mode, codes(found.actor), codes(found.recipient)) == (
        "ASSAULT", "heavy-weapons", {"PSE"}, {"ISR"})


def test_dispersing_a_protest_hits_its_owner():
    text = "Minsk – Proteste der Opposition gegen die Wahl wurden gewaltsam niedergeschlagen."
    crushed = next(e for e in events_of(text, "2015-10-12") if e.event == "ASSAULT")
    assert (crushed.mode, codes(crushed.actor), crushed.actor[0].sector) == ("crowd-control", {"BLR"}, "POLICE")
    assert [a.sector for a in crushed.recipient] == ["OPP"]
    text = "Die Polizei löste die Demonstration der Opposition in Minsk auf."
    crushed = next(e for e in events_of(text, "2015-10-12") if e.event == "ASSAULT")
    assert [a.sector for a in crushed.recipient] == ["OPP"]


@pytest.mark.parametrize("text, crowd_country, against", [
    ("Tausende nahmen in Kairo an antiamerikanischen Demonstrationen teil.", "EGY", "USA"),
    ("In Vietnam kam es zu schweren anti-chinesischen Ausschreitungen.", "VNM", "CHN"),
])
def test_an_anti_adjective_names_what_a_protest_is_against(text, crowd_country, against):
    found = only(text, "2016-01-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("PROTEST", {crowd_country}, {against})


def test_the_reporting_speaker_judges_how_someone_acted():
    text = "Bundeskanzler Faymann hat das wirklich eindrucksvoll gemacht, sagte Bundespräsident Heinz Fischer."
    found = only(text, "2015-09-20")
    assert (found.event, [a.kb_id for a in found.actor], [a.kb_id for a in found.recipient]) == (
        "SUPPORT", ["fischer_heinz"], ["faymann_werner"])


def test_of_two_phrase_nouns_the_one_nearest_the_verb_decides():
    text = "Die ägyptischen Behörden haben Fahmi nach 400 Tagen Haft auf freien Fuß gesetzt."
    found = only(text, "2015-08-02")
    assert (found.event, found.mode, codes(found.actor)) == ("RETREAT", "release", {"EGY"})


def test_acts_on_two_companies_the_kb_does_not_know_stay_apart():
    text = ("Ein Gericht in Ankara hat die Koza Ipek Holding unter staatliche Aufsicht gestellt. "
            "Ein Gericht in Ankara hat die Dogan Yayin Holding unter staatliche Aufsicht gestellt.")
    seized = [e for e in events_of(text, "2015-10-28") if e.event == "COERCE"]
    assert sorted(a.name for e in seized for a in e.recipient) == ["Dogan Yayin Holding", "Koza Ipek Holding"]


def test_a_genitive_plural_without_article_belongs_to_its_noun():
    text = ("Die Jihadisten des IS sollen nach Angaben lokaler Medien mehr als 100 Kämpfer verfeindeter Milizen "
            "in Libyen getötet haben.")
    found = only(text, "2015-08-15")
    assert (found.event, codes(found.actor), [a.sector for a in found.recipient]) == ("ASSAULT", {"IS"}, ["REB"])


def test_support_of_someone_goes_to_them_and_received_support_comes_from_them():
    text = "Das Pentagon leistet seit Monaten die logistische Unterstützung der ukrainischen Streitkräfte."
    found = only(text, "2015-06-04")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SUPPORT", {"USA"}, {"UKR"})
    text = "Premier David Cameron erhielt die Unterstützung des britischen Parlaments für den Einsatz."
    found = only(text, "2015-12-02")
    assert (found.event, [a.kb_id for a in found.actor], [a.kb_id for a in found.recipient]) == (
        "SUPPORT", ["GBR_parliament"], ["cameron_david"])


def test_a_person_before_a_visit_noun_is_the_visitor():
    text = "Papst Franziskus reist nach Südamerika. Zum Papstbesuch in Paraguay werden Hunderttausende erwartet."
    visits = [e for e in events_of(text, "2015-07-06") if "Papstbesuch" in [m.trigger for m in e.mentions]]
    assert [(codes(e.actor), codes(e.recipient)) for e in visits] == [({"VAT"}, {"PRY"})]


def test_a_conditional_harm_is_the_speaker_s_threat():
    text = ("Sollten die Separatisten weitere Städte erobern, werde das neue Sanktionen gegen Russland nach sich "
            "ziehen, erklärte der Pressesprecher des US-Außenministeriums.")
    found = {e.event: e for e in events_of(text, "2015-06-04")}
    threat = found["THREATEN"]
    assert (codes(threat.actor), codes(threat.recipient), threat.aux) == ({"USA"}, {"RUS"}, [])
    assert "hypothetical" in found["ASSAULT"].aux  # the condition itself has not happened


def test_a_condition_after_the_main_clause_governs_it_only():
    text = ("Die Kämpfe im Osten gehen weiter. "
            "Die EU wird neue Sanktionen gegen Russland verhängen, wenn die Armee vorrückt.")
    threat = only(text, "2015-06-04")
    assert (threat.event, codes(threat.actor), codes(threat.recipient)) == ("THREATEN", {"EU"}, {"RUS"})


def test_consequences_are_a_threat_only_under_a_condition():
    text = ("Außenminister Sebastian Kurz besuchte am Donnerstag Bosnien-Herzegowina. Kurz sagte, er hoffe auf "
            "Einsicht. Aber wenn es keine Einigung gibt, wird das Konsequenzen haben.")
    threat = next(e for e in events_of(text, "2015-06-19") if e.event == "THREATEN")
    assert ([a.kb_id for a in threat.actor], codes(threat.recipient)) == (["kurz_sebastian"], {"BIH"})
    text = "Die Regierung in Wien zog aus dem Skandal ihre Konsequenzen."
    assert [e.event for e in events_of(text, "2015-06-19")] == []



def test_other_states_take_no_country_from_the_context():
    found = only("In Budapest kritisierten andere Staaten Polen scharf.", "2015-09-20")
    assert (found.event, [a.country for a in found.actor], codes(found.recipient)) == ("ACCUSE", [None], {"POL"})


@pytest.mark.parametrize("text, date, expected", [
    pytest.param("In Kairo traf US-Außenminister John Kerry mit Präsident Abdel Fattah al-Sisi zusammen.",
                 "2015-08-02", ("CONSULT", {"USA"}, {"EGY"}),
                 id="a meeting at the partners home is hosted by the partner"),
    pytest.param("Xi Jinping ging bei einem Treffen mit dem türkischen Präsidenten Erdogan in Peking auf den "
                 "Streit ein.",
                 "2015-07-29", ("CONSULT", {"TUR"}, {"CHN"}),
                 id="a meeting at the subjects home makes the partner the visitor"),
    pytest.param("Zu Besuch in Sarajevo stellte Österreichs Außenminister Kurz am Donnerstag klar.",
                 "2015-06-19", ("CONSULT", {"AUT"}, {"BIH"}),
                 id="zu besuch makes the subject the visitor"),
    pytest.param("Die Regierung in Warschau sieht sich durch Russlands Vorgehen bedroht.",
                 "2015-06-20", ("THREATEN", {"RUS"}, {"POL"}),
                 id="feeling threatened by someone is their threat"),
    pytest.param("Die iranischen Revolutionsgarden beteiligen sich direkt an den Kämpfen gegen den IS.",
                 "2016-02-20", ("ASSAULT", {"IRN"}, {"IS"}),
                 id="taking part in fighting is fighting"),
    pytest.param("Die Außenminister der Mitgliedstaaten einigten sich in Brüssel auf ein Sanktionspaket gegen "
                 "Russland.",
                 "2025-06-10", ("AGREE", {"EU"}, {"RUS"}),
                 id="the member states are the eus"),
    pytest.param("Bei den Terroranschlägen von Paris hatten Attentäter der Terrormiliz IS 130 Menschen getötet.",
                 "2016-03-25", ("ASSAULT", {"IS"}, {"FRA"}),
                 id="the town after an attack noun is where it hit"),
    pytest.param("Der französische Präsident, der seit Jahren in Paris lebt, kritisierte Kanzlerin Merkel scharf.",
                 "2016-01-01", ("ACCUSE", {"FRA"}, {"DEU"}),
                 id="a relative clause does not cut the subject off its verb"),
    pytest.param("In Bolivien will Papst Franziskus die Haftanstalt Palmasola besuchen.",
                 "2015-07-06", ("AGREE", {"VAT"}, {"BOL"}),
                 id="a visit to an unknown site is a visit to its country"),
])
def test_who_does_what_to_whom(text, date, expected):
    found = only(text, date)
    assert (found.event, codes(found.actor), codes(found.recipient)) == expected


@pytest.mark.parametrize("text", [
    "Die Staatsanwaltschaft in Lüttich hat gegen den in Belgien geborenen Karim B. Anklage erhoben.",
    "Gegen den bereits am Dienstag festgenommenen Karim B. wurde in Lüttich Anklage erhoben.",
])
def test_a_charge_brought_against_someone_an_attribute_describes(text):
    found = [e for e in events_of(text, "2016-04-02") if e.event == "ACCUSE"]
    assert [(codes(e.actor), [m.text for m in e.recipient]) for e in found] == [({"BEL"}, ["Karim B."])]


def test_an_attribute_with_its_own_date_tells_an_arrest():
    found = events_of("Der am Dienstag in Lüttich festgenommene Karim B. wurde am Freitag wieder freigelassen.",
                      "2016-04-02")
    arrest = [e for e in found if e.event == "COERCE"]
    assert [(e.mode, codes(e.actor), [m.text for m in e.recipient], e.date) for e in arrest] == [
        ("arrest", {"BEL"}, ["Karim B."], "2016-03-29")]
    # a participle that only describes tells no arrest
    found = events_of("Der festgenommene Karim B. wurde am Freitag in Lüttich wieder freigelassen.", "2016-04-02")
    assert [e.event for e in found] == ["RETREAT"]


def test_talks_between_two_sides_of_one_country_keep_both():
    found = only("In Wien soll es am Montag Gespräche zwischen der JG und Bundeskanzler Christian Kern geben.",
                 "2016-06-10")
    assert (found.event, sorted(m.text for m in found.actor)) == ("AGREE", ["Bundeskanzler Christian Kern", "JG"])
    found = only("Am Montag gab es in Berlin Gespräche zwischen der Regierung und der Opposition.", "2016-05-10")
    assert (found.event, sorted(m.sector for m in found.actor)) == ("CONSULT", ["GOV", "OPP"])


def test_a_relative_clause_hangs_on_the_noun_a_town_places():
    found = only("Der israelische UNO-Botschafter in Genf, der dem UNHRC regelmäßig Parteilichkeit vorwirft, blieb "
                 "der Sitzung fern.", "2016-03-22")
    assert (found.event, [m.text for m in found.actor], codes(found.actor), codes(found.recipient)) == (
        "ACCUSE", ["Der israelische UNO-Botschafter"], {"ISR"}, {"UN"})


def test_the_place_of_a_meeting_of_all_is_no_party_to_it():
    found = only("Washington – Kerry und Lawrow trafen sich in Genf.", "2016-01-20")
    assert (found.event, codes(found.actor), found.recipient) == ("CONSULT", {"USA", "RUS"}, [])
    found = only("Washington – Kerry traf in Genf ein.", "2016-01-20")  # a visit: the host is the place
    assert (found.event, codes(found.recipient)) == ("CONSULT", {"CHE"})


def test_the_seat_of_an_international_bodys_meeting_is_no_party_to_it():
    found = only("Die Außenminister der EU-Staaten berieten in Luxemburg über die Flüchtlingskrise.")
    assert (found.event, codes(found.actor), found.recipient) == ("CONSULT", {"EU"}, [])
    found = only("Der französische Präsident beriet in Luxemburg über die Flüchtlingskrise.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("CONSULT", {"FRA"}, {"LUX"})


def test_shots_are_an_attack_only_where_they_are_fired_at_someone():
    found = only("Syrische Soldaten schossen am Freitag in Daraa auf Demonstranten.", "2016-03-02")
    assert (found.event, found.mode, codes(found.actor)) == ("ASSAULT", "firearms", {"SYR"})
    assert events_of("Der Präsident feuerte am Freitag den Geheimdienstchef.", "2016-03-02") == []


def test_letting_aid_or_inspectors_in_is_a_retreat_granting_access():
    found = only("Die syrische Regierung gewährte dem Roten Kreuz am Montag Zugang zu der belagerten Stadt.",
                 "2016-03-02")
    assert (found.event, found.mode, codes(found.actor)) == ("RETREAT", "access", {"SYR"})
    assert [a.name for a in found.recipient] == ["Internationales Komitee vom Roten Kreuz"]
    found = only("Die Regierung in Damaskus erlaubte am Montag die Lieferung von Hilfsgütern nach Madaja.",
                 "2016-03-02")
    assert (found.event, found.mode, codes(found.actor)) == ("RETREAT", "access", {"SYR"})


def test_attacks_stepped_up_are_attacks_announced():
    found = only("Der französische Präsident François Hollande kündigte am Montag an, die Luftangriffe gegen den IS "
                 "zu verstärken.", "2016-03-02")
    assert (found.event, found.mode, codes(found.actor), codes(found.recipient), found.aux) == (
        "ASSAULT", "aerial", {"FRA"}, {"IS"}, ["future"])


def test_mediating_between_two_sides_is_one_act_with_both():
    found = only("Norwegen vermittelte am Montag zwischen Kolumbien und Venezuela.", "2016-03-02")
    assert (found.event, found.mode, codes(found.actor), codes(found.recipient)) == (
        "CONSULT", "third-party", {"NOR"}, {"COL", "VEN"})


def test_a_building_stormed_is_a_riot_a_raid_or_an_attack_by_who_stormed_it():
    found = only("Demonstranten stürmten am Samstag die saudische Botschaft in Teheran.", "2016-03-02")
    assert (found.event, found.mode, codes(found.actor), codes(found.recipient)) == (
        "PROTEST", "riot", {"IRN"}, {"SAU"})
    found = only("Die türkische Polizei stürmte am Samstag die Redaktion der Zeitung Zaman.", "2016-03-02")
    assert (found.event, found.mode) == ("COERCE", "seize")
    assert events_of("Tausende Käufer stürmten am Samstag die Geschäfte.", "2016-03-02") == []


@pytest.mark.parametrize("text, event, mode", [
    ("Die Kämpfer der Rebellengruppe M23 legten am Montag ihre Waffen nieder.", "RETREAT", "disarm"),
    ("Der ukrainische Regierungschef Arsenij Jazenjuk legte am Montag sein Amt nieder.", "RETREAT", "resign"),
    ("Tausende Arbeiter der staatlichen Werften legten am Montag die Arbeit nieder.", "PROTEST", "strike"),
])
def test_what_is_laid_down_says_the_event(text, event, mode):
    found = only(text, "2016-03-02")
    assert (found.event, found.mode) == (event, mode)


def test_speaking_of_fraud_or_genocide_is_an_accusation():
    found = only("Die venezolanische Opposition sprach am Montag von Wahlbetrug.", "2016-03-02")
    assert (found.event, found.mode, codes(found.actor)) == ("ACCUSE", "allege", {"VEN"})
    found = only("Der armenische Präsident sprach am Montag von einem Völkermord.", "2016-03-02")
    assert (found.event, found.mode, codes(found.actor)) == ("ACCUSE", "disapprove", {"ARM"})
    assert events_of("Der armenische Präsident sprach am Montag von einem Fehler.", "2016-03-02") == []


def test_man_who_agreed_are_the_sides_named_before():
    found = events_of("Die Außenminister Russlands und der USA trafen sich am Montag in Genf. Dabei einigte man "
                      "sich auf eine Waffenruhe.", "2016-03-02")
    agreement = next(e for e in found if e.event == "AGREE")
    assert codes(agreement.actor) == {"RUS", "USA"}
    # with a partner named, `man` is one side the text leaves unsaid
    found = events_of("Die Außenminister Russlands und der USA trafen sich am Montag in Genf. Man habe sich mit der "
                      "Türkei geeinigt, sagte ein Sprecher.", "2016-03-02")
    assert not any(e.event == "AGREE" and codes(e.actor) == {"RUS", "USA"} for e in found)


def test_an_agreement_of_several_sides_takes_no_addressee_from_the_sentence_before():
    found = events_of("Die Niederlande lieferten den Verdächtigen an Frankreich aus. Kiew und Moskau vereinbarten "
                      "am Dienstag eine Waffenruhe.", "2016-03-02")
    agreement = next(e for e in found if e.event == "AGREE")
    assert (codes(agreement.actor), agreement.recipient) == ({"UKR", "RUS"}, [])
    found = events_of("Die Niederlande lieferten den Verdächtigen an Frankreich aus. Moskau vereinbarte am Dienstag "
                      "eine Waffenruhe.", "2016-03-02")  # one side alone: it agreed with someone named before
    agreement = next(e for e in found if e.event == "AGREE")
    assert codes(agreement.recipient) == {"FRA"}


def test_a_meeting_there_was_with_someone_is_the_speakers():
    found = only("Es habe am Montag ein langes Gespräch mit Außenminister Kurz gegeben, sagte der serbische "
                 "Regierungschef Vucic.", "2016-03-02")
    assert (found.event, codes(found.actor)) == ("CONSULT", {"SRB", "AUT"})


def test_not_allowing_is_refusing_and_an_apposition_shares_its_case():
    # `Kofi Annan` stands in apposition to the dative `seinem Vorgänger`: the subject is Syria
    found = only("Schon seinem Vorgänger, Kofi Annan aus Ghana, hatte Syrien keinen Besuch in Homs gestattet.",
                 "2012-05-02")
    assert (found.event, codes(found.actor), [m.text for m in found.recipient], found.aux) == (
        "REJECT", {"SYR"}, ["Kofi Annan"], [])


def test_a_state_body_reporting_its_own_passive_act_did_it():
    found = only("Das Verteidigungsministerium in Washington teilte mit, es sollten in Polen zeitweise 90 "
                 "Kampfpanzer stationiert werden.", "2015-09-02")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("MOBILIZE", {"USA"}, {"POL"})
    # an organisation reporting an arrest did not arrest: the state where it happened did
    found = only("Amnesty International teilte am Montag mit, in Ankara sei ein Journalist festgenommen worden.",
                 "2015-09-02")
    assert (found.event, codes(found.actor), [a.sector for a in found.actor]) == ("COERCE", {"TUR"}, ["POLICE"])


def test_a_punishment_passed_is_a_conviction_and_a_penalty_in_law_is_no_event():
    found = only("Banda Aceh – In der Provinz Aceh sind zwei Paare mit Stockschlägen bestraft worden.", "2015-09-02")
    assert (found.event, found.mode, codes(found.actor), [a.sector for a in found.actor]) == (
        "SANCTION", "convict", {"IDN"}, ["JUD"])
    assert events_of("Budapest – Unerlaubter Grenzübertritt wird nun mit bis zu drei Jahren Haft bestraft.",
                     "2015-09-02") == []


def test_a_release_in_the_passive_is_the_state_s_whoever_is_released():
    found = only("Ankara – Fünf der Festgenommenen wurden am Nachmittag wieder auf freien Fuß gesetzt.", "2015-09-02")
    assert (found.event, found.mode, codes(found.actor), [a.sector for a in found.actor]) == (
        "RETREAT", "release", {"TUR"}, ["GOV"])


def test_a_participle_put_before_its_werden_is_a_passive():
    found = only("Wien – Die Ministerin ist beliebt, unterstützt wird sie von der SPÖ.", "2016-06-10")
    assert (found.event, [a.text for a in found.actor], [a.text for a in found.recipient]) == (
        "SUPPORT", ["SPÖ"], ["sie"])
    # an agent the text does not name as an actor leaves no event, not the one supported as supporter
    assert events_of("Wien – Die Initiative ging vom Innenressort aus, unterstützt wird sie vom "
                     "Kindergartenbetreiber Kinder in Wien.", "2016-06-10") == []


def test_an_event_noun_put_first_before_its_light_verb_is_the_subject_s_act():
    found = only("Wien – Scharfe Kritik übte die Opposition an der Regierung.", "2016-06-10")
    assert (found.event, [a.text for a in found.actor], [a.text for a in found.recipient]) == (
        "ACCUSE", ["die Opposition"], ["der Regierung"])
    # a noun inside the phrase put first is not the verb's object
    assert events_of("Wien – Die Reihe der Zweiergespräche mit Griss und Hofer zeigt der ORF am Montag.",
                     "2016-06-10") == []


def test_a_compound_ends_in_the_longest_noun_the_lexicon_knows():
    lex = load_lexicon("de")
    assert lex.noun("Zimmervermittlung") is None  # Vermittlung makes no compounds; no Ermittlung inside
    assert lex.noun("Korruptionsermittlungen")[0].key == "ermittlung"
    assert events_of("Die Behörden sprachen im Bereich der privaten Zimmervermittlung von Betrug.", "2015-09-02") == []


def test_the_phrase_inside_an_attribute_does_not_govern_its_noun():
    found = only("Das in Den Haag ansässige Gericht erließ einen Haftbefehl gegen den sudanesischen Präsidenten.",
                 "2015-06-15")
    assert (found.event, [m.text for m in found.actor], codes(found.recipient)) == ("THREATEN", ["Gericht"], {"SDN"})


def test_taking_part_goes_by_verb_and_preposition():
    text = "Sudans Präsident Omar al-Bashir hält sich derzeit zu einem Gipfeltreffen der Afrikanischen Union auf."
    found = only(text, "2015-06-14")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("CONSULT", {"SDN"}, {"AU"})
    # a purpose phrase with `zu` is no part taken
    text = ("An einer EU-Mission im Kongo zur Unterstützung und Beratung bei einer Reform der Streitkräfte ist "
            "derzeit auch ein Österreicher beteiligt.")
    assert [e.event for e in events_of(text, "2015-11-12") if e.event == "SUPPORT"] == []


def test_a_suicide_attacker_is_the_actor_and_kills_others_with_him():
    found = only("In Kabul hat ein Selbstmordattentäter am Montag zwölf Soldaten mit in den Tod gerissen.",
                 "2016-03-26")
    assert (found.event, [m.sector for m in found.actor], codes(found.recipient)) == ("ASSAULT", ["REB"], {"AFG"})
    assert events_of("Der Sturm riss am Montag zwei Wanderer in den Tod.", "2016-03-26") == []


def test_raising_relief_money_is_aid():
    found = only("Die Regierung in Wien hat am Dienstag beschlossen, die Hilfsgelder für Syrien aufzustocken.",
                 "2015-11-11")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AGREE", {"AUT"}, {"SYR"})


def test_an_object_after_an_unnamed_subject_is_not_the_actor():
    # the parser reads `das Regime` as object: the committee before the verb is the (unknown) subject
    assert events_of("Der Ausschuss verurteilte am Montag das kommunistische Regime.", "2016-03-08") == []
    assert events_of("Das Jugendzentrum lud am Sonntag Flüchtlinge aus Bregenz zu einem Spiel ein.", "2016-03-08") == []
    # where the parser reads both as subjects, word order stays open: the actor after the verb
    found = only("Ein militärisches Eingreifen der Türkei in Syrien wollen die Amerikaner nun verhindern.",
                 "2016-03-08")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REJECT", {"USA"}, {"TUR"})


def test_called_upon_with_sein_is_the_speakers_request():
    found = only("Jetzt sei die Regierung gefordert, die Grenze besser zu schützen, sagte der burgenländische "
                 "Landeshauptmann Hans Niessl.", "2015-08-03")
    assert (found.event, [m.text for m in found.actor], [m.text for m in found.recipient]) == (
        "REQUEST", ["der burgenländische Landeshauptmann Hans Niessl"], ["die Regierung"])
    # with werden it is the verb: the SPÖ demanded a reform
    found = only("Eine Reform wurde von der SPÖ gefordert.", "2015-08-03")
    assert (found.event, codes(found.actor), found.recipient) == ("REQUEST", {"AUT"}, [])


def test_a_border_fence_closes_the_border_to_the_neighbour():
    found = only("Bulgarien hat an seiner Grenze zur Türkei einen Stacheldrahtzaun errichtet.", "2016-03-08")
    assert (found.event, found.mode, codes(found.actor), codes(found.recipient)) == (
        "COERCE", "restrict", {"BGR"}, {"TUR"})
    assert events_of("Die Gemeinde baut einen Zaun um den Spielplatz.", "2016-03-08") == []


def test_joining_a_military_operation_mobilizes_against_its_target():
    found = only("Die Niederlande beteiligen sich an dem Militäreinsatz gegen den IS im Irak.", "2015-12-02")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("MOBILIZE", {"NLD"}, {"IS"})
    # taking part in air strikes is attacking
    found = only("Die Niederlande beteiligen sich an den Luftangriffen gegen den IS im Irak.", "2015-12-02")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ASSAULT", {"NLD"}, {"IS"})


def test_a_bombing_committed_in_the_passive_is_by_unnamed_attackers():
    found = only("In der Provinz Diyarbakır wurde am Sonntag ein Bombenanschlag auf eine Polizeiwache verübt.",
                 "2015-08-02")
    assert (found.event, found.mode, codes(found.actor), [a.sector for a in found.actor]) == (
        "ASSAULT", "explosives", {"TUR"}, ["UAF"])
    # killed in a bombing: who bombed is not said, but the bombing happened (../de/NOTES-a.md, 648)
    found = only("Bei einem Bombenanschlag in Kabul sind 20 Menschen ums Leben gekommen.", "2015-08-02")
    assert (found.event, codes(found.actor), [a.sector for a in found.actor]) == ("ASSAULT", {"AFG"}, ["UAF"])


def test_the_agent_of_a_committed_act_did_it():
    found = only("Der Anschlag auf das Hotel wurde von der Terrormiliz IS verübt.", "2015-08-02")
    assert (found.event, codes(found.actor)) == ("ASSAULT", {"IS"})


def test_development_aid_needs_no_named_recipient():
    found = only("Am Montag kündigte Deutschland eine deutliche Erhöhung seiner Entwicklungshilfe an.", "2015-11-11")
    # announced, the aid lies ahead: future aid is AGREE (PLOVER)
    assert (found.event, codes(found.actor), found.recipient, found.aux) == ("AGREE", {"DEU"}, [], ["future"])
    found = only("Am Montag erhöhte Deutschland seine Entwicklungshilfe deutlich.", "2015-11-11")
    assert (found.event, codes(found.actor), found.recipient) == ("AID", {"DEU"}, [])
    # other aid still needs one
    assert events_of("Am Montag kündigte Deutschland eine deutliche Erhöhung seiner Hilfe an.", "2015-11-11") == []


def test_an_agreement_between_two_sides_has_both_as_actors():
    text = ("Der Gipfel in Wien war ein Erfolg, sagte der Leiter der Konferenz, Erhard Busek. Als Erfolg gilt auch "
            "das Abkommen zwischen Serbien und dem Kosovo über die Gemeinden im Norden.")
    found = [e for e in events_of(text, "2015-08-28") if e.event == "SUPPORT"]
    assert [(codes(e.actor), e.recipient) for e in found] == [({"SRB", "XKX"}, [])]  # no addressee guessed


def test_a_personal_pronoun_before_a_noun_is_no_possessor():
    # `sie Reformen`: she demands reforms; `sie` owns nothing (unlike `ihre Reformen`)
    found = only("Außenministerin Karin Kneissl sprach am Montag in Wien. Zudem forderte sie Reformen von der "
                 "russischen Regierung.", "2018-03-06")
    assert (found.event, [m.text for m in found.actor], codes(found.recipient)) == ("REQUEST", ["sie"], {"RUS"})


def test_seeing_merit_in_a_proposal_supports_it_and_seeing_none_rejects_it():
    text = ("Die ehemalige Richterin Irmgard Griss fordert eine Kostengrenze. Der grüne Kandidat Alexander Van der "
            "Bellen kann dem Vorschlag etwas abgewinnen.")
    found = [e for e in events_of(text, "2015-12-05") if e.event == "SUPPORT"]
    assert [[m.text for m in e.recipient] for e in found] == [
        ["Die ehemalige Richterin Irmgard Griss"]]
    assert found[0].aux == []  # `kann` belongs to the idiom: no hypothetical
    found = only("Die ÖVP kann dem Vorschlag der SPÖ nichts abgewinnen.", "2015-12-05")
    assert (found.event, found.aux) == ("REJECT", [])


def test_putting_something_on_the_long_bench_is_the_speakers_reproach():
    found = only("Die ÖVP schiebe die Reform auf die lange Bank, sagte SPÖ-Klubchef Andreas Schieder.", "2015-08-31")
    assert (found.event, [m.text for m in found.actor], [m.text for m in found.recipient]) == (
        "ACCUSE", ["SPÖ-Klubchef Andreas Schieder"], ["ÖVP"])


def test_a_mistake_said_of_others_is_blame_and_of_oneself_is_none():
    found = only("Die Regierung habe schwere Fehler gemacht, sagte der Oppositionsführer Jan Novak.", "2016-05-02")
    assert (found.event, [m.text for m in found.actor], [m.text for m in found.recipient]) == (
        "ACCUSE", ["der Oppositionsführer Jan Novak"], ["Die Regierung"])
    assert events_of("Ich habe einen Fehler gemacht, sagte der Minister.", "2016-05-02") == []
    assert events_of("Wir haben versagt, sagte der Bürgermeister.", "2016-05-02") == []


def test_arrested_smugglers_are_the_ones_arrested():
    found = only("In Palermo wurden fünf mutmaßliche Schlepper festgenommen.")
    assert (found.event, found.mode, [m.text for m in found.recipient]) == (
        "COERCE", "arrest", ["Schlepper"])


def test_a_hyphenated_last_word_is_no_separated_particle():
    found = only("Der schwedische Bauernverband begrüßte Dänemarks Verzicht auf Grenz-Kontrollen.")
    assert (found.event, codes(found.recipient)) == ("SUPPORT", {"DNK"})


def test_playing_the_ball_back_refuses_the_demand():
    text = ("Wien – Die Regierung verlangt von den Sozialpartnern bis Jahresende ein Modell, das ältere Arbeitnehmer "
            "länger in Beschäftigung hält, mit Anreizen oder mit Strafen für die Betriebe. Die Gewerkschaft will "
            "dafür vor allem Anreize für Betriebe, die Ältere beschäftigen. Fristen könne man gern vereinbaren, aber "
            "dann für alle und auch in der Bildung, spielte Wirtschaftskammer-Präsident Christoph Leitl den Ball an "
            "die Regierung zurück.")
    found = [e for e in events_of(text, "2015-08-31") if e.event == "REJECT"]
    assert [([m.text for m in e.actor], [m.text for m in e.recipient]) for e in found] == [
        (["Wirtschaftskammer-Präsident Christoph Leitl"], ["die Regierung"])]


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Die ukrainische Regierung und Russland verständigten sich auf einen Austausch von Gefangenen.", "AGREE",
         {"UKR", "RUS"}, set()),
        ("Frankreich schloss mit Deutschland einen Vertrag über gemeinsame Grenzpatrouillen.", "AGREE",
         {"FRA", "DEU"}, set()),
        ("Die EU traf mit der Türkei eine Vereinbarung über die Rücknahme von Migranten.", "AGREE", {"EU", "TUR"},
         set()),
        ("Griechenland akzeptierte die Bedingungen der Eurogruppe.", "CONCEDE", {"GRC"}, {"EU"}),
        ("Ungarn akzeptiert keine Quoten der EU.", "REJECT", {"HUN"}, {"EU"}),
        ("Der polnische Präsident räumte Fehler im Umgang mit der EU ein.", "CONCEDE", {"POL"}, set()),
        ("Litauen bekundete seine Solidarität mit der Ukraine.", "SUPPORT", {"LTU"}, {"UKR"}),
        ("Japan kondolierte der französischen Regierung.", "SUPPORT", {"JPN"}, {"FRA"}),
        ("Die FPÖ pochte auf Neuwahlen in Wien.", "REQUEST", {"AUT"}, set()),
        ("Die NEOS mahnten von der Regierung eine Pensionsreform ein.", "REQUEST", {"AUT"}, {"AUT"}),
        ("Die SPÖ geißelte die Sparpläne der ÖVP.", "ACCUSE", {"AUT"}, {"AUT"}),
        ("Der Kreml stritt die Vorwürfe der Ukraine ab.", "REJECT", {"RUS"}, {"UKR"}),
        ("Die AfD reichte Klage gegen die Bundesregierung ein.", "ACCUSE", {"DEU"}, {"DEU"}),
        ("Die USA froren die Konten der iranischen Zentralbank ein.", "SANCTION", {"USA"}, {"IRN"}),
        ("Das türkische Parlament entzog den Abgeordneten der HDP die Immunität.", "SANCTION", {"TUR"}, {"TUR"}),
        ("Ungarn berief seinen Botschafter aus Österreich ab.", "SANCTION", {"HUN"}, {"AUT"}),
        ("Frankreich rief seinen Botschafter aus Italien zurück.", "SANCTION", {"FRA"}, {"ITA"}),
        ("Russland schickte einen Hilfskonvoi in die Ostukraine.", "AID", {"RUS"}, {"UKR"}),
        ("Die Bundesbank wehrt sich gegen die Pläne der EZB.", "REJECT", {"DEU"}, {"ECB"}),
        ("Polen widersetzt sich den Plänen der EU-Kommission.", "REJECT", {"POL"}, {"EU"}),
        ("Ungarn stemmt sich gegen die Flüchtlingsquote der EU.", "REJECT", {"HUN"}, {"EU"}),
        ("Die syrische Armee hat Giftgas gegen die Rebellen in Homs eingesetzt.", "ASSAULT", {"SYR"}, {"SYR"}),
        ("Das syrische Regime setzte in Aleppo erneut Fassbomben ein.", "ASSAULT", {"SYR"}, set()),
        ("Deutschland schickte Hilfsgüter nach Nepal.", "AID", {"DEU"}, {"NPL"}),
        ("Griechenland beantragte beim Euro-Rettungsfonds ESM ein neues Hilfspaket.", "REQUEST", {"GRC"}, {"ESM"}),
        ("Tausende Serben bildeten in Belgrad eine Menschenkette gegen die Regierung.", "PROTEST", {"SRB"}, {"SRB"}),
        ("Mazedonien schloss die Grenze zu Griechenland.", "COERCE", {"MKD"}, {"GRC"}),
        ("Russland zog an der Grenze zur Ukraine Truppen zusammen.", "MOBILIZE", {"RUS"}, set()),
        ("Die IS-Miliz enthauptete einen japanischen Journalisten.", "ASSAULT", {"IS"}, {"JPN"}),
        ("Die Türkei schoss ein russisches Kampfflugzeug ab.", "ASSAULT", {"TUR"}, {"RUS"}),
        ("Die italienische Marine rettete 500 Flüchtlinge.", "AID", {"ITA"}, {"ITA"}),
        ("Die USA bilden irakische Soldaten aus.", "AID", {"USA"}, {"IRQ"}),
        ("Schweden und Norwegen sind nach langen Gesprächen zu einem Abkommen gelangt.", "AGREE", {"SWE", "NOR"},
         set()),
        ("Nach zähen Verhandlungen kamen Serbien und das Kosovo zu einer Einigung.", "AGREE", {"SRB", "XKX"}, set()),
        ("Dänemark verschärft seine Asylpolitik.", "COERCE", {"DNK"}, set()),
        ("Schweden hat die Bearbeitung von Asylanträgen von Afghanen ausgesetzt.", "COERCE", {"SWE"}, {"AFG"}),
        ("Die Regierung in Rom versucht, die Bürgermeister zu überreden, mehr Flüchtlinge aufzunehmen.", "REQUEST",
         {"ITA"}, {"ITA"}),
        ("Der spanische Premier bezweifelt die Angaben der marokkanischen Regierung.", "ACCUSE", {"ESP"}, {"MAR"}),
    ],
)
def test_common_verbs_and_expressions_of_political_news(text, event, actor, recipient):
    found = only(text)
    assert (found.event, codes(found.actor), codes(found.recipient)) == (event, actor, recipient)


@pytest.mark.parametrize("political, everyday, event", [
    ("Kiew und Moskau verständigten sich auf einen Austausch von Gefangenen.",
     "Die Polizei verständigte die Rettung.", "AGREE"),  # informing, not agreeing
    ("Der polnische Präsident räumte Fehler ein.",
     "Der Minister räumte ein, dass die Zahlen gestiegen seien.", "CONCEDE"),  # admitting a fact reports it
    ("Die italienische Marine versorgte die Flüchtlinge.", "Die Stadt versorgt die Haushalte mit Strom.", "AID"),
    ("Die Grünen begrüßten die Entscheidung der Regierung.",
     "Die Nationalratspräsidentin begrüßte den millionsten Besucher im Parlament.", "SUPPORT"),  # greeting
    ("Athen beantragte bei der EU ein neues Hilfspaket.", "Die Österreicher beantragten eine Wahlkarte.", "REQUEST"),
    ("Frankreich hat den Notstand um drei Monate verlängert.", "In dem Bundesstaat herrscht der Notstand.", "COERCE"),
    ("Die Regierung in Kiew verhängte den Ausnahmezustand.", "Das Land befindet sich im Ausnahmezustand.", "COERCE"),
    ("Die irakische Armee hat die Kontrolle über Ramadi zurückgewonnen.",
     "Die Regierung gewann die Kontrolle über die Bank zurück.", "ASSAULT"),
])
def test_everyday_uses_of_the_same_verbs_are_no_events(political, everyday, event):
    assert [e.event for e in events_of(political)] == [event]
    assert events_of(everyday) == []


def test_an_organisation_named_by_one_compound_can_act():
    found = only("Die Richtervereinigung kritisierte den Justizminister.")
    assert (found.event, [m.text for m in found.actor]) == ("ACCUSE", ["Richtervereinigung"])
    found = only("Die Industrieländer-Organisation OECD warf Panama Versäumnisse vor.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"OECD"}, {"PAN"})
    assert events_of("Die Kontaktgruppe traf sich in Wien.") == []


def test_what_is_reproached_is_no_event_of_its_own():
    found = only("Die SPÖ warf der ÖVP Versagen vor.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"AUT"}, {"AUT"})
    assert [m.text for m in found.actor] == ["SPÖ"]
    # after the particle the verb's bracket is closed: the criticism that follows is its own event
    found = events_of("Die SPÖ wirft der ÖVP Versagen vor – auch scharfe Kritik der Grünen.")
    assert [[m.text for m in e.actor] for e in found] == [["SPÖ"], ["der Grünen"]]


def test_a_compound_ending_in_a_role_noun_is_that_role():
    found = only("Gesundheitsstadträtin Sonja Wehsely kritisierte die Ärztekammer.", "2016-06-10")
    assert (found.event, codes(found.actor), [m.text for m in found.actor]) == (
        "ACCUSE", {"AUT"}, ["Gesundheitsstadträtin Sonja Wehsely"])
    assert events_of("Die Lautsprecher unterstützen das neue Gerät.") == []
    assert events_of("Das Bundesland kritisierte die Regierung.") == []  # a reference, not a role


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Die Forderung von Finanzminister Schelling stößt bei der SPÖ auf entschiedene Ablehnung.", "REJECT",
         ["SPÖ"], ["Finanzminister Schelling"]),
        ("Der Vorschlag des Kanzlers stößt bei den Grünen auf wenig Gegenliebe.", "REJECT", ["den Grünen"],
         ["des Kanzlers"]),
        ("Die oberösterreichische SPÖ hat am Montag ihrem Vorsitzenden Entholzer den Rücken gestärkt.", "SUPPORT",
         ["SPÖ"], ["ihrem Vorsitzenden Entholzer"]),
        ("Die SPÖ sprach dem Vorsitzenden Entholzer das Vertrauen aus.", "SUPPORT", ["SPÖ"],
         ["dem Vorsitzenden Entholzer"]),
        ("Bildungsministerin Hammerschmid wünscht sich eine Reform der Schulfinanzierung.", "REQUEST",
         ["Bildungsministerin Hammerschmid"], []),
        ("Der Rechnungshof sieht keinen Spielraum für höhere Zulagen.", "REJECT", ["Der Rechnungshof"], []),
        ("Die Position der FPÖ sei absurd, sagte Landeshauptmann Peter Kaiser.", "ACCUSE",
         ["Landeshauptmann Peter Kaiser"], ["FPÖ"]),
        ("Die Grünen stimmten gegen den Antrag der FPÖ.", "REJECT", ["Die Grünen"], ["FPÖ"]),
        ("Die Opposition zweifelt an der Darstellung des Ministers.", "ACCUSE", ["Die Opposition"],
         ["des Ministers"]),
        ("Die ÖVP legte gegen die Entscheidung des Ministers Berufung ein.", "ACCUSE", ["ÖVP"], ["des Ministers"]),
        ("Scharfe Kritik an der Regierung kam von den Grünen.", "ACCUSE", ["den Grünen"], ["der Regierung"]),
        ("Die SPÖ votierte für den Vorschlag der ÖVP.", "SUPPORT", ["SPÖ"], ["ÖVP"]),
    ],
)
def test_idioms_of_support_rejection_and_demand(text, event, actor, recipient):
    found = [e for e in events_of(text, "2016-06-10") if e.event == event]
    assert [([m.text for m in e.actor], [m.text for m in e.recipient]) for e in found] == [(actor, recipient)]
    assert found[0].aux == []


def test_wishing_someone_well_is_no_demand():
    assert [e.event for e in events_of("Die SPÖ wünscht sich eine Reform der Pensionen.")] == ["REQUEST"]
    assert events_of("Der Kanzler wünschte der Mannschaft viel Glück.") == []


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Die FPÖ ging mit der SPÖ hart ins Gericht.", "ACCUSE", ["FPÖ"], ["SPÖ"]),
        ("Kanzleramtsminister Ostermayer gibt Vizekanzler Mitterlehner die Schuld am Scheitern des Gipfels.",
         "ACCUSE", ["Kanzleramtsminister Ostermayer"], ["Vizekanzler Mitterlehner"]),
        ("Auch Premier Renzi hat dem Bürgermeister von Rom den Rücken gekehrt.", "REJECT", ["Premier Renzi"],
         ["dem Bürgermeister von Rom"]),
        ("Der ungarische Premier Orbán warf das Handtuch.", "RETREAT", ["Der ungarische Premier Orbán"], []),
        ("Die EU-Kommission äußerte Bedenken gegen das polnische Mediengesetz.", "ACCUSE", ["EU-Kommission"],
         ["polnische"]),
        ("Der Bundesrat gab grünes Licht für die Reform.", "SUPPORT", ["Bundesrat"], []),
    ],
)
def test_idioms_of_criticism_blame_and_resignation(text, event, actor, recipient):
    found = only(text, "2016-06-10")
    assert (found.event, [m.text for m in found.actor], [m.text for m in found.recipient]) == (event, actor, recipient)


def test_a_journey_of_refugees_or_attackers_is_no_visit():
    assert events_of("Die Flüchtlinge aus dem Irak wollen nach Deutschland weiterreisen.", "2015-10-10") == []
    assert events_of("Die französischen Attentäter seien nach Belgien gereist.", "2015-12-10") == []
    found = only("Der französische Präsident reiste nach Deutschland.", "2015-12-10")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("CONSULT", {"FRA"}, {"DEU"})


@pytest.mark.parametrize(
    "text, event, actor",
    [
        ("Die ÖVP stellt das Vorhaben eines neuen Museums infrage.", "ACCUSE", ["ÖVP"]),
        ("Die FPÖ sagt Nein zum neuen Asylgesetz.", "REJECT", ["FPÖ"]),
        ("Wir lehnen das Gesetz ab, so FPÖ-Chef Strache.", "REJECT", ["FPÖ-Chef Strache"]),
        ("Der Verfassungsgerichtshof kippte am Mittwoch das Gesetz.", "REJECT", ["Der Verfassungsgerichtshof"]),
        ("Die Bürgerinitiative sammelte 100.000 Unterschriften gegen das Projekt.", "REQUEST", ["Bürgerinitiative"]),
        ("Der polnische Präsident Duda sprach eine Seuchenwarnung aus.", "ACCUSE", ["Der polnische Präsident Duda"]),
    ],
)
def test_more_ways_of_rejecting_doubting_and_asking(text, event, actor):
    found = only(text, "2016-06-10")
    assert (found.event, [m.text for m in found.actor]) == (event, actor)


@pytest.mark.parametrize("political, everyday, event", [
    ("Die ÖVP stellt den Plan der SPÖ infrage.", "Die Abgeordneten stellten dem Minister kritische Fragen.",
     "ACCUSE"),
    ("Die Polizei sprach eine Terrorwarnung aus.", "Die Polizei gab am Abend Entwarnung.", "ACCUSE"),
    ("Der Verfassungsgerichtshof kippte das Gesetz.", "Der Sturm kippte mehrere Bäume um.", "REJECT"),
])
def test_questions_all_clears_and_storms_are_no_events(political, everyday, event):
    assert [e.event for e in events_of(political, "2016-06-10")] == [event]
    assert events_of(everyday, "2016-06-10") == []


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Kiew und Moskau tauschten Gefangene aus.", "RETREAT", {"UKR", "RUS"}, set()),
        ("Die EU stellte der Türkei drei Milliarden Euro in Aussicht.", "AGREE", {"EU"}, {"TUR"}),
        ("Der UN-Sicherheitsrat verabschiedete eine Resolution gegen Nordkorea.", "ACCUSE", {"UN"}, {"PRK"}),
        ("Griechenland und Mazedonien legten ihren Namensstreit bei.", "AGREE", {"GRC", "MKD"}, set()),
    ],
)
def test_exchanges_settlements_resolutions_and_air_strikes(text, event, actor, recipient):
    found = only(text, "2016-06-10")
    assert (found.event, codes(found.actor), codes(found.recipient)) == (event, actor, recipient)


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Der ukrainische Präsident rief die Nato um Hilfe an.", "REQUEST", {"UKR"}, {"NATO"}),
        ("Der IS hat die Stadt Palmyra eingenommen.", "ASSAULT", {"IS"}, {"SYR"}),
        ("Der Iran und die USA nahmen direkte Gespräche auf.", "CONSULT", {"IRN", "USA"}, set()),
        ("Die Türkei hat die Grenze zu Syrien geöffnet.", "CONCEDE", {"TUR"}, {"SYR"}),
        ("Die griechische Polizei räumte das Flüchtlingslager in Idomeni.", "COERCE", {"GRC"}, set()),
        ("Russland stellte Gaslieferungen an die Ukraine ein.", "SANCTION", {"RUS"}, {"UKR"}),
    ],
)
def test_calls_for_help_captures_openings_and_cut_supplies(text, event, actor, recipient):
    found = only(text, "2016-06-10")
    assert (found.event, codes(found.actor), codes(found.recipient)) == (event, actor, recipient)


def test_flying_carries_air_strikes_and_is_still_a_visit_alone():
    found = only("Israel flog Luftangriffe auf Ziele im Gazastreifen.", "2016-06-10")
    assert (found.event, codes(found.actor)) == ("ASSAULT", {"ISR"})
    found = only("Der deutsche Außenminister flog nach Moskau.", "2016-06-10")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("CONSULT", {"DEU"}, {"RUS"})


def test_taking_out_a_loan_or_winning_back_voters_is_no_event():
    assert [e.event for e in events_of("Die Armee eroberte die Stadt Palmyra zurück.", "2016-06-10")] == ["ASSAULT"]
    assert events_of("Das Unternehmen nahm einen Kredit auf.", "2016-06-10") == []
    assert events_of("Die Bürger sollen sich ihre Union zurückerobern.", "2016-06-10") == []


def test_summoning_someone_to_account_is_a_reproach():
    found = only("Netanjahu zitierte seinen Verteidigungsminister Jaalon zu sich.", "2016-05-16")
    assert (found.event, codes(found.actor), [m.text for m in found.recipient]) == (
        "ACCUSE", {"ISR"}, ["seinen Verteidigungsminister Jaalon"])
    assert events_of("Der Minister zitierte sich in seiner Rede selbst.", "2016-05-16") == []


def test_claiming_an_attack_makes_the_claimant_its_actor():
    found = only("Der IS übernahm die Verantwortung für den Anschlag in Kabul.", "2016-05-16")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ASSAULT", {"IS"}, {"AFG"})
    assert events_of("Der Minister übernahm die Verantwortung für die Fehler.", "2016-05-16") == []


def test_a_paper_judging_a_candidacy_and_rebels_handing_over_weapons():
    found = only("Trumps Kandidatur sei schrecklich für die Politik, urteilte die Washington Post.", "2015-06-17")
    assert (found.event, [m.text for m in found.actor], codes(found.recipient)) == (
        "ACCUSE", ["Washington Post"], {"USA"})
    found = only("Die Rebellen händigten ihre Waffen an die Nusra-Front aus.", "2015-09-26")
    assert (found.event, [m.text for m in found.recipient]) == ("AID", ["Nusra-Front"])


def test_a_verb_the_tagger_reads_as_an_adjective_after_its_subject_is_still_the_verb():
    found = only("Die Regierung in Damaskus lehnte Verhandlungen mit der Opposition ab.", "2016-02-01")
    assert (found.event, codes(found.actor)) == ("REJECT", {"SYR"})
    # an attribute opened by its own article stays an attribute
    assert events_of("Die Polizei suchte den in Wien festgenommenen Mann.", "2016-02-01") == []


def test_those_killed_in_an_attack_are_its_targets_not_its_attackers():
    found = only("Kabul – Bei dem Angriff der Taliban wurden am Montag zwölf Soldaten getötet.", "2016-05-17")
    assert (found.event, [m.text for m in found.actor], [m.text for m in found.recipient]) == (
        "ASSAULT", ["Taliban"], ["Soldaten"])
    assert events_of("Kabul – Zwölf Zivilisten wurden bei dem Luftangriff getötet.", "2016-05-17") == []


@pytest.mark.parametrize("text, event, recipient", [
    ("Berlin – Die Kanzlerin sprach sich für eine europäische Lösung aus.", "SUPPORT", set()),
    ("Berlin – Die Kanzlerin sprach sich gegen Obergrenzen aus.", "REJECT", set()),
    # a measure against someone, supported, is no stance against them
    ("Berlin – Merkel sprach sich für Sanktionen gegen Russland aus.", "SUPPORT", set()),
    ("Berlin – Die SPD spricht sich klar gegen eine Koalition mit der AfD aus.", "REJECT", {"DEU"}),
    ("Washington werde sich weiter für eine Lösung für Israelis und Palästinenser einsetzen.", "AGREE", {"ISR", "PSE"}),
])
def test_a_stance_for_or_against_a_measure_needs_no_one_it_is_about(text, event, recipient):
    found = only(text, "2016-05-17")
    assert (found.event, codes(found.recipient)) == (event, recipient)


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Kabul – Die Demonstranten warfen Steine auf Polizisten.", "ASSAULT", "Die Demonstranten", "Polizisten"),
    ("Brüssel – Die EU-Kommission leitete ein Verfahren gegen Polen ein.", "ACCUSE", "EU-Kommission", "Polen"),
])
def test_stones_thrown_at_someone_and_proceedings_opened_against_someone(text, event, actor, recipient):
    found = only(text, "2016-05-17")
    assert (found.event, [m.text for m in found.actor], [m.text for m in found.recipient]) == (
        event, [actor], [recipient])
    assert events_of("Wien – Er warf einen Blick auf die Polizisten. Das Amt leitete ein Verfahren ein.") == []


@pytest.mark.parametrize("text, recipient", [
    ("Die Vorwürfe der USA seien haltlos, sagte der russische Außenminister Lawrow.", {"USA"}),
    ("Der russische Außenminister Lawrow nannte die Korruptionsvorwürfe der USA absurd.", {"USA"}),
])
def test_judging_a_claim_rejects_it(text, recipient):
    judged = [e for e in events_of(text, "2016-05-17") if any("Lawrow" in m.text for m in e.actor)]
    assert [(e.event, codes(e.recipient)) for e in judged] == [("REJECT", recipient)]
    found = only("Der russische Außenminister Lawrow nannte die Politik der USA absurd.", "2016-05-17")
    assert (found.event, codes(found.recipient)) == ("ACCUSE", {"USA"})


def test_putting_something_at_someones_disposal_is_aid():
    found = only("Wien – Das Bundesheer stellt Kasernen für Flüchtlinge zur Verfügung.", "2015-09-10")
    assert (found.event, [m.text for m in found.actor], [m.text for m in found.recipient]) == (
        "AID", ["Bundesheer"], ["Flüchtlinge"])
    assert events_of("Wien – Die Regierung stellt 100 Millionen Euro zur Verfügung.", "2015-09-10") == []


def test_a_dateline_does_not_stand_in_for_the_subject_of_the_lead():
    found = [e for e in events_of("Moskau – Die Forderungen der EU seien inakzeptabel, sagte Lawrow.", "2016-05-17")
             if e.event != "REQUEST"]
    assert [(e.event, [m.text for m in e.actor], codes(e.recipient)) for e in found] == [("REJECT", ["Lawrow"], {"EU"})]


@pytest.mark.parametrize("text, actor", [
    ("Wien – Die FPÖ kündigte Widerstand gegen das Gesetz an.", "FPÖ"),
    ("Wien – Der Verfassungsgerichtshof hob das Gesetz auf.", "Der Verfassungsgerichtshof"),
])
def test_announced_resistance_and_a_court_striking_down_a_law_are_rejections(text, actor):
    found = only(text, "2015-06-17")
    assert (found.event, [m.text for m in found.actor], found.aux) == ("REJECT", [actor], [])
    # lifting sanctions stays a concession
    assert only("Brüssel – Die EU hob die Sanktionen gegen Iran auf.", "2015-06-17").event == "CONCEDE"


def test_talking_with_someone_agreeing_with_someone_and_calling_a_plan_naive():
    found = only("Ankara – Der Kanzler kündigte an, mit Erdogan über die Pressefreiheit zu reden.", "2016-05-17")
    assert (found.event, codes(found.actor), found.aux) == ("AGREE", {"DEU", "TUR"}, ["future"])
    found = only("Wien – Merkel und ich haben hundertprozentig übereingestimmt, sagte der Bundespräsident.",
                 "2016-05-17")
    assert found.event == "AGREE" and [m.text for m in found.recipient + found.actor if m.text == "Merkel"]
    found = only("Wien – Einen offenen Unizugang hält die Ministerin für unrealistisch und naiv.", "2016-05-17")
    assert (found.event, [m.text for m in found.actor]) == ("ACCUSE", ["die Ministerin"])
    assert events_of("(Reuters, APA, red)", "2016-05-17") == []


@pytest.mark.parametrize("text, event, recipient, sector", [
    ("Peking – Die Polizei geht gegen Uiguren vor.", "COERCE", "Uiguren", "CVL"),
    ("Kairo – Extremisten griffen Kopten in Minia an.", "ASSAULT", "Kopten", "REL"),
])
def test_ethnic_and_religious_communities_are_those_acted_upon(text, event, recipient, sector):
    found = only(text, "2016-05-17")
    assert (found.event, [(m.text, m.sector) for m in found.recipient]) == (event, [(recipient, sector)])


def test_an_unlabelled_interview_answer_is_the_interviewees():
    text = ("Kärntens Landeshauptmann Peter Kaiser (SPÖ) im Gespräch über die Wahl. STANDARD: Wen werden Sie "
            "wählen? Ich kritisiere die ÖVP scharf. STANDARD: Und die FPÖ? Die FPÖ lehne ich ab.")
    found = [(e.event, [m.name for m in e.actor], codes(e.recipient)) for e in events_of(text, "2016-05-17")]
    assert found == [("ACCUSE", ["Peter Kaiser"], {"AUT"}), ("REJECT", ["Peter Kaiser"], {"AUT"})]


@pytest.mark.parametrize("text", [
    "Ich kritisiere die ÖVP scharf.",
    "Die FPÖ lehne ich ab.",
    "Die Kriegsflüchtlinge sind da. Wir müssen die Kriegsflüchtlinge versorgen.",
])
def test_speech_in_the_first_person_with_no_speaker_gives_no_one_the_act(text):
    assert events_of(text, "2016-05-17") == []


@pytest.mark.parametrize("text, actor, recipient", [
    ("Wien – Der Vorschlag des Ministers sorgte bei der Opposition für Empörung.", "der Opposition", "des Ministers"),
    ("Wien – Die Aussagen Straches lösten heftige Kritik bei der SPÖ aus.", "SPÖ", "Straches"),
])
def test_outrage_caused_among_someone_is_their_criticism(text, actor, recipient):
    found = only(text, "2015-06-17")
    assert (found.event, [m.text for m in found.actor], [m.text for m in found.recipient]) == (
        "ACCUSE", [actor], [recipient])
    assert events_of("Wien – Die Aussagen Straches sorgten für Aufregung.", "2015-06-17") == []
    # without `bei` the criticism is its owner's, as before the phrase
    found = only("Wien – Die Pläne des Ministers lösten Kritik der Grünen aus.", "2015-06-17")
    assert (found.event, [m.text for m in found.actor]) == ("ACCUSE", ["der Grünen"])


def test_setting_on_cooperation_and_two_parties_of_one_state_stay_two_sides():
    found = only("Wien – Die ÖVP setzt auf Zusammenarbeit mit der SPÖ.", "2016-05-17")
    assert (found.event, [m.text for m in found.actor], [m.text for m in found.recipient]) == (
        "COOPERATE", ["ÖVP"], ["SPÖ"])
    found = only("Madrid – Podemos hat am Montag Verhandlungen mit der PSOE aufgenommen.", "2016-03-01")
    assert (found.event, [m.text for m in found.actor + found.recipient]) == ("CONSULT", ["Podemos", "PSOE"])
    found = only("Moskau – Putin telefonierte mit Erdogan.", "2016-05-17")
    assert (codes(found.actor), found.recipient) == ({"RUS", "TUR"}, [])


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Wien – Die Lehrer gingen gegen die Reform der Regierung auf die Barrikaden.", "PROTEST", "Die Lehrer",
     "der Regierung"),
    ("Wien – Die Pläne der Regierung brachten die Gewerkschaften auf die Barrikaden.", "PROTEST", "die Gewerkschaften",
     "der Regierung"),
    ("Wien – Der Grüne Peter Pilz hegt den Verdacht, dass das Außenministerium Druck ausübt.", "ACCUSE", "Der Grüne",
     "das Außenministerium"),
])
def test_barricades_and_suspicions(text, event, actor, recipient):
    found = only(text, "2016-05-17")
    assert (found.event, [m.text for m in found.actor][:1], [m.text for m in found.recipient][:1]) == (
        event, [actor], [recipient])


def test_signing_an_agreement_is_an_event_signing_a_decree_or_a_letter_is_not():
    found = only("Moskau – Putin unterzeichnete mit Xi ein Abkommen.", "2016-05-17")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SUPPORT", {"RUS"}, {"CHN"})
    assert events_of("Wien – Der Minister unterzeichnete die Verordnung am Freitag.", "2016-05-17") == []
    assert events_of("Budapest – Den Brief unterzeichneten 30.000 Lehrer.", "2016-05-17") == []


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Berlin – Russland kritisierte am Montag auch der französische Präsident.", {"FRA"}, {"RUS"}),
        ("Berlin – Den Verdächtigen nahm die Polizei am Montag fest.", {"DEU"}, {"DEU"}),
        ("Berlin – Die Kanzlerin kritisierte Russland am Montag scharf.", {"DEU"}, {"RUS"}),
    ],
)
def test_a_topicalised_object_is_the_recipient_and_the_nominative_the_actor(text, actor, recipient):
    found = only(text)
    assert (codes(found.actor), codes(found.recipient)) == (actor, recipient)
    assert found.recipient and found.recipient[0].text.lower().startswith(("russland", "den verdächtigen"))


def test_an_adverb_the_parser_hangs_on_the_verb_is_no_separated_particle():
    found = only("Berlin – Griechenland beschuldigte die Türkei am Montag erneut.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"GRC"}, {"TUR"})


@pytest.mark.parametrize(
    "text, event",
    [
        ("Wien – Johanna Huber kritisierte die Regierung scharf.", "ACCUSE"),
        ("Wien – Johanna Huber forderte den Rücktritt des Innenministers.", "REQUEST"),
    ],
)
def test_a_person_the_kb_does_not_know_acts_on_a_state_body(text, event):
    found = only(text)
    assert (found.event, [a.text for a in found.actor], codes(found.recipient)) == (event, ["Johanna Huber"], {"AUT"})


@pytest.mark.parametrize(
    "text",
    [
        "Wien – Der Politikwissenschafter Lorenz Egger kritisierte die Regierung scharf.",
        "Wien – Lorenz Egger, Chefökonom der Erste Bank, warnte die Regierung vor neuen Schulden.",
        "Wien – Johanna Huber telefonierte mit ihren Eltern.",
        # people at large are no body a person acts on
        "Wien – Lorenz Huber kritisierte die Flüchtlinge.",
    ],
)
def test_an_unknown_expert_or_a_private_act_is_no_event(text):
    assert events_of(text) == []


ORGANISATIONS_ARTICLE = (
    "Wien – Die Bundesregierung hat am Montag neue Regeln für Asylwerber vorgestellt, die ab dem Sommer gelten "
    "sollen. Die Innenministerin verteidigte die Pläne in einer Pressekonferenz und sprach von einem notwendigen "
    "Schritt. Die Initiative Aufbruch kritisierte die Regierung am Dienstag. Die Plattform Asyl kritisierte die "
    "Regierung ebenfalls. Auch die Armutskonferenz verweist auf das niedrige Lohnniveau in Deutschland. "
    "In einem Appell bittet die Organisation Privatpersonen, Unternehmen und Stiftungen um Spenden."
)


def test_an_organisation_word_before_an_unknown_name_names_an_organisation():
    events = events_of(ORGANISATIONS_ARTICLE)
    found = {(e.event, tuple(a.text for a in e.actor), tuple(codes(e.recipient))) for e in events}
    assert ("ACCUSE", ("Initiative Aufbruch",), ("AUT",)) in found
    assert ("ACCUSE", ("Plattform Asyl",), ("AUT",)) in found
    named = {a.text for e in events for a in e.actor}
    assert "Armutskonferenz" not in named  # the conference that names it is no meeting
    assert not any("Privatpersonen" in name for name in named)  # asked, not the asker's name


@pytest.mark.parametrize(
    "text, event, recipient",
    [
        ("Wien – Die ÖVP stellte sich hinter den Innenminister.", "SUPPORT", {"AUT"}),
        ("Berlin – Die SPD stellte sich gegen den Vorschlag der CDU.", "REJECT", {"DEU"}),
        ("Wien – Die FPÖ hält nichts von dem Vorschlag der Regierung.", "REJECT", {"AUT"}),
    ],
)
def test_standing_behind_against_and_thinking_nothing_of(text, event, recipient):
    found = only(text)
    assert (found.event, codes(found.recipient), found.aux) == (event, recipient, [])


def test_a_weekday_told_in_the_weak_past_lies_behind():
    found = only("Putin und Obama telefonierten am Freitag.", "2016-03-01")
    assert (found.event, found.mode, found.date, found.aux) == ("CONSULT", "phone", "2016-02-26", [])


def test_an_ambassador_summoned_to_a_ministry_is_summoned_by_it():
    found = only("Ankara – Der deutsche Botschafter wurde ins Außenministerium einbestellt.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"TUR"}, {"DEU"})


@pytest.mark.parametrize(
    "text, event",
    [
        ("Paris – Frankreich hat die Ausweisung von zwei russischen Diplomaten angeordnet.", "SANCTION"),
        ("Paris – Frankreich verfügte die Freilassung von zwei russischen Diplomaten.", "RETREAT"),
    ],
)
def test_von_after_a_noun_of_something_done_to_someone_names_who_it_is_done_to(text, event):
    found = only(text)
    assert (found.event, codes(found.actor), codes(found.recipient)) == (event, {"FRA"}, {"RUS"})


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Wien – Die FPÖ sprach von einem Skandal der Regierung.", "AUT"),
        ("Wien – Die Opposition reagierte mit Unverständnis auf die Pläne der Regierung.", "AUT"),
        ("Wien – Außenminister Kurz zeigte sich irritiert über die Äußerungen des türkischen Präsidenten.", "TUR"),
        ("Wien – Außenminister Kurz ist verärgert über die Äußerungen des türkischen Präsidenten.", "TUR"),
    ],
)
def test_calling_something_a_scandal_dismay_irritation_and_anger_are_criticism(text, recipient):
    found = only(text)
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"AUT"}, {recipient})


def test_for_whom_something_is_unacceptable_judges_it():
    found = only("Wien – Für die Grünen ist der Vorschlag der ÖVP inakzeptabel.")
    assert [a.text for a in found.actor] == ["die Grünen"] and [a.text for a in found.recipient] == ["ÖVP"]


def test_also_for_whom_something_is_nonsense_judges_it():
    found = only("Wien – Auch für die Grünen ist der Vorschlag der ÖVP Unsinn.")
    assert found.event == "ACCUSE"
    assert [a.text for a in found.actor] == ["die Grünen"] and [a.text for a in found.recipient] == ["ÖVP"]


def test_terminating_a_contract_ends_a_relation_but_dismissing_staff_does_not():
    found = events_of("Wien – Die Regierung hat das Abkommen mit der Türkei gekündigt.")
    assert ("SANCTION", "discontinue", {"TUR"}) in [(e.event, e.mode, codes(e.recipient)) for e in found]
    assert events_of("Warschau kündigte die Stationierung von US-Waffen an.")[0].event == "MOBILIZE"
    assert events_of("Wien – Die Regierung hat 200 Mitarbeitern gekündigt.") == []


def test_a_confession_concedes():
    found = only("Wien – Außenminister Sebastian Kurz gestand dem Kanzler seine Niederlage.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("CONCEDE", {"AUT"}, {"AUT"})


INTERVIEW = (
    "Die Grünen-Chefin über die Bildungsreform und ihre Partei. "
    "STANDARD: Für die geplante Bildungsreform braucht die Regierung die Grünen im Parlament. "
    "Wie lautet Ihre Bedingung? "
    "Eva Glawischnig: Wenn keine Entpolitisierung stattfindet, werden die Grünen nirgends zustimmen."
)


def test_the_interviewers_question_is_no_demand_and_nirgends_negates():
    events = events_of(INTERVIEW)
    assert not any(a.text == "STANDARD" for e in events for a in e.actor)
    assert all("negated" in e.aux for e in events if e.event == "AGREE")


def test_a_speakers_label_is_no_antecedent_and_no_one_acts_on_themselves():
    text = ("STANDARD: Obwohl sie versprach, bei einem Verlust abzutreten, handelt Vassilakou nun mit der SPÖ "
            "eine Koalition aus.")
    doc = extract(text, date="2015-10-20")
    assert all(m.kb_id != "AUT_standard" for m in doc.actor_mentions if m.text == "sie")
    found = only("Wien – Bundeskanzler Werner Faymann kritisierte am Montag Faymann.")
    assert found.recipient == []


@pytest.mark.parametrize(
    "text, found_events",
    [
        ("Klagenfurt – Der Landeshauptmann Peter Kaiser sagte: Ich persönlich werde Alexander Van der Bellen wählen.",
         {"AGREE"}),
        ("Wien – Die Österreicher wählen am Sonntag einen neuen Präsidenten.", set()),
        ("Skopje – Der Außenminister sagte: Deshalb haben wir die bilaterale Option gewählt.", set()),
    ],
)
def test_a_vote_declared_in_the_first_person_is_support(text, found_events):
    assert {e.event for e in events_of(text)} == found_events


@pytest.mark.parametrize(
    "text, event, recipient",
    [
        ("Brüssel – Die EU lockerte die Sanktionen gegen den Iran.", "CONCEDE", {"IRN"}),
        ("Washington – Die USA hoben die Sanktionen gegen Kuba auf.", "CONCEDE", {"CUB"}),
        ("Tokio – Japan protestierte bei China gegen die Verletzung seines Luftraums.", "ACCUSE", {"CHN"}),
    ],
)
def test_sanctions_lifted_against_someone_and_a_protest_lodged_with_someone(text, event, recipient):
    found = only(text)
    assert (found.event, codes(found.recipient)) == (event, recipient)


def test_what_a_request_asks_for_has_not_happened_but_a_demand_worded_in_it_is_the_request():
    found = events_of("Den Haag – Der Strafgerichtshof rief Südafrika auf, den sudanesischen Präsidenten zu verhaften.")
    arrest = next(e for e in found if e.event == "COERCE")
    assert "hypothetical" in arrest.aux
    assert any(e.event == "REQUEST" and not e.aux for e in found)
    demand = only("Berlin – Politiker der SPD forderten, dass Merkel den Zuzug stoppen müsse.")
    assert demand.event == "REQUEST" and "hypothetical" not in demand.aux


def test_a_participle_coordinated_after_a_subordinate_clause_shares_the_main_clause_s_subject():
    text = ("Wien – Das Innenministerium hatte beklagt, dass die Polizei keine Daten speichern dürfe, "
            "und der SPÖ vorgeworfen, eine Reform blockiert zu haben.")
    accusations = [e for e in events_of(text) if e.event == "ACCUSE" and e.mode == "allege"]
    assert [([a.name for a in e.actor], [a.name for a in e.recipient], e.aux) for e in accusations] == [
        (["Austrian Interior Ministry"], ["SPÖ"], [])]


@pytest.mark.parametrize("text, expected", [
    ("Wien – FPÖ-Chef Heinz-Christian Strache hat den Blogger David Prieth wegen der Domain geklagt.",
     [("Heinz-Christian Strache", "David Prieth")]),
    ("Wien – Zivilrechtlich wird Johann Gudenus von Heinz-Christian Strache auf Unterlassung verklagt.",
     [("Heinz-Christian Strache", "Johann Gudenus")]),  # a name takes no `von` attribute: the agent
    ("Wien – Heinz-Christian Strache klagte am Donnerstag über die Regierung.", []),  # a complaint, no suit
])
def test_a_lawsuit_is_an_allegation_a_complaint_about_something_is_none(text, expected):
    found = [e for e in events_of(text) if e.event == "ACCUSE" and e.mode == "allege"]
    assert [(e.actor[0].name, e.recipient[0].name) for e in found] == expected


def test_rules_broken_are_no_assault_and_a_claim_not_let_stand_is_rejected():
    assert [e.event for e in events_of("Wien – Es gebe Verfahren gegen Staaten, die die Asylvorschriften "
                                       "verletzten, sagte Kurz.") if e.event == "ASSAULT"] == []
    found = [e for e in events_of("Berlin – Merkel ließ die Kritik der SPD nicht gelten.") if not e.aux]
    assert [(e.event, [a.name for a in e.actor]) for e in found] == [("REJECT", ["Angela Merkel"])]


def test_a_first_person_copula_is_no_stay_of_the_speaker():
    text = ("Wien – Es gebe keinen Grund zur Klage, sagte der Vertreter der EU-Kommission in Wien, Jörg Wojahn. "
            "Wir sind zu allen gleich streng, so der Kommissionsvertreter am Montag in einer Aussendung.")
    assert [e for e in events_of(text) if e.event == "CONSULT"] == []


@pytest.mark.parametrize("text, event", [
    ("Wien – Finanzminister Hans Jörg Schelling zeigte sich offen, die Mittel vorzuziehen.", "AGREE"),
    ("Wien – Hundstorfer und Khol sind gesprächsbereit.", "AGREE"),
    ("Wien – In Südtirol gab es Kritik. Innenministerin Johanna Mikl-Leitner zeigte sich davon unbeeindruckt.",
     "REJECT"),
    ("Berlin – Die Grünen zeigten sich gegenüber den Plänen der Regierung äußerst kritisch.", "ACCUSE"),
    ("Berlin – Kritisch zeigte sich dagegen die Linke.", "ACCUSE"),
    ("Besorgt zeigte sich dagegen die Lega Nord.", "ACCUSE"),  # the tagger takes `Besorgt` for a name
    ("Berlin – Der Außenminister ist skeptisch, dass Moskau die Zusagen einhält.", "ACCUSE"),
])
def test_a_stance_shown(text, event):
    assert [e.event for e in events_of(text) if not e.aux] == [event]


def test_open_borders_are_no_stance():
    assert events_of("Wien – Die Grenzen bleiben offen.") == []


def test_a_forecast_between_hopeful_and_sceptical_is_no_stance():
    assert events_of("Moskau – Die Prognosen schwanken zwischen optimistisch (Ministerium) und skeptisch "
                     "(Weltbank).") == []
    # while a speaker who is sceptical, with nothing but the copula, takes a stance
    found = events_of("Berlin – Der Außenminister ist skeptisch, dass Moskau die Zusagen einhält.")
    assert [codes(e.actor) for e in found if e.event == "ACCUSE"] == [{"DEU"}]


def test_a_negated_label_does_not_negate_the_act():
    found = only("Die Kanzlerin hat die Regierung in Warschau als nicht hilfreich kritisiert.")
    assert (found.event, found.aux) == ("ACCUSE", [])
    found = only("Als nicht akzeptabel bezeichnete es der Minister, dass Peking die Zölle erhöht.")
    assert found.event == "REJECT"


def test_insisting_on_something_is_a_demand():
    found = only("Polen habe bei den Verhandlungen darauf bestanden, dass die Hilfen weiterlaufen.")
    assert (found.event, codes(found.actor)) == ("REQUEST", {"POL"})
    assert events_of("Die Schülerin hat die Prüfung bestanden.") == []


def test_a_measure_called_not_justifiable_is_refused():
    found = [e for e in events_of("Wien – Eine Öffnung des Arbeitsmarkts ist für mich nicht vertretbar, "
                                  "sagte Sozialminister Rudolf Hundstorfer.") if not e.aux]
    assert [(e.event, [a.name for a in e.actor]) for e in found] == [("REJECT", ["Rudolf Hundstorfer"])]


def test_an_act_named_again_by_its_noun_far_on_is_the_same_event():
    text = ("Salzburg – Nach einer Brandserie in einem Wohnhaus ist eine 40-jährige Frau festgenommen und in die "
            "Justizanstalt eingeliefert worden. Sie sei geständig, "
            "so die Polizei. Mit Details halten sich die Kriminalisten noch bedeckt. Die Zeitung hatte in ihrer "
            "Ausgabe von einer Festnahme berichtet.")
    found = [e for e in events_of(text) if e.event == "COERCE"]
    assert [len(e.mentions) for e in found] == [2]


def test_an_unnamed_person_arrested_after_a_fronted_phrase_is_still_someone():
    found = only("Salzburg – Nach einer Brandserie ist eine 40-jährige Frau festgenommen worden.")
    assert (found.event, found.mode, codes(found.actor)) == ("COERCE", "arrest", {"AUT"})


def test_supporters_mobilised_are_no_troops():
    assert events_of("Brasília – Auch die Gewerkschaften haben ihre Anhänger mobilisiert.") == []


def test_the_consequence_of_a_verb_first_condition_is_hypothetical():
    text = "Berlin – Sollte die Türkei zustimmen, werde Merkel im Mai nach Ankara reisen, sagte ein Sprecher."
    visits = [e for e in events_of(text) if [a.name for a in e.actor] == ["Angela Merkel"]]
    assert [(e.event, "hypothetical" in e.aux) for e in visits] == [("AGREE", True)]


def test_a_demand_named_by_its_verb_is_not_made_again_by_the_modal_inside_it():
    text = ("Genf – Westliche Minister forderten, dass Kriegsverbrechen in Syrien vom Internationalen "
            "Gerichtshof geahndet werden müssten.")
    assert [e.event for e in events_of(text)] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Die ägyptische Staatsanwaltschaft forderte am Montag lebenslange Haft für den Oppositionsführer Ahmed Karim.",
    "In Kairo hat ein Staatsanwalt die Todesstrafe gegen den Oppositionsführer Ahmed Karim beantragt.",
])
def test_demanding_a_penalty_is_a_request_against_the_accused(text):
    found = only(text)
    assert found.event == "REQUEST"
    assert [m.name for m in found.recipient] == ["Ahmed Karim"]


def test_a_person_named_after_an_article_and_a_title_can_be_the_recipient():
    found = only("Die Staatsanwaltschaft Bozen hat fünf Jahre Haft für den Ex-Manager Peter Hollmann gefordert.")
    assert (found.event, [m.name for m in found.recipient]) == ("REQUEST", ["Peter Hollmann"])


def test_freeing_from_prison_is_a_release_and_dismissing_an_official_a_sanction():
    found = only("Die türkischen Behörden haben den Journalisten Kemal Aydin aus der Haft entlassen.")
    assert (found.event, found.mode, [m.name for m in found.recipient]) == ("RETREAT", "release", ["Kemal Aydin"])
    assert only("Die Regierung in Ankara entließ den Generalstabschef.").event == "SANCTION"


@pytest.mark.parametrize("headline, recipient", [
    ("Oppositionsführer Ahmed Karim in Kairo zum Tode verurteilt.", "Ahmed Karim"),
    ("Journalist Can Dündar in der Türkei festgenommen.", "Can Dündar"),
])
def test_a_headline_without_its_auxiliary_is_passive(headline, recipient):
    found = only(headline)
    assert recipient in [m.name for m in found.recipient]
    assert recipient not in [m.name for m in found.actor]


def test_a_headline_and_the_body_telling_the_same_warning_are_one_event():
    text = ("Rotes Kreuz warnt vor humanitärer Krise. Goma – Zehntausende Menschen sind im Osten des Kongo auf "
            "der Flucht. Die Lager um Goma sind überfüllt. Es fehlt an Wasser und Medikamenten. Das Rote Kreuz "
            "warnte die Regierung in Kinshasa am Sonntag vor einer humanitären Krise.")
    warnings = [e for e in events_of(text, "2015-08-23") if e.event == "ACCUSE"]
    assert len(warnings) == 1
    assert [m.sentence for m in warnings[0].mentions] == [0, 4]


def test_a_place_name_takes_no_genitive_after_it():
    text = ("Hanoi – Kurz vor dem Besuch von Präsident Barack Obama ist in Vietnam der Blogger und Dissident "
            "Tran Van Minh aus dem Gefängnis entlassen worden.")
    [found] = [e for e in events_of(text) if e.event == "RETREAT"]
    assert "Tran Van Minh" in [m.name for m in found.recipient]


def test_a_foiled_attack_is_no_attack_of_those_who_foiled_it():
    assert events_of("Die belgische Polizei vereitelte am Montag einen Terroranschlag in Brüssel.") == []


def test_who_reports_or_documents_an_act_named_by_a_noun_did_not_do_it():
    assert events_of("Die Vereinten Nationen dokumentierten die Angriffe auf Krankenhäuser in Aleppo.") == []
    found = only("Die Zeitung Cumhuriyet berichtete über die Verhaftung des Journalisten Can Dündar.")
    assert found.event == "COERCE"
    assert "Cumhuriyet" not in " ".join(m.text for m in found.actor)


def test_answers_remembered_for_a_sentence_are_those_asked_afresh():
    """The coder asks who the subject of a clause is, and which clause reports it, many times per
    sentence; the remembered answers must be those of the question asked of a freshly read sentence,
    for own clauses and for the completed ones built anew for each question."""
    from itertools import product

    from lagebild.events import frames, modality
    from lagebild.events.clauses import read_sentence

    text = ("Der Oppositionsführer wurde von einem Gericht, das der Präsident ernannt hatte, verurteilt. "
            "Die Zahl der Soldaten, die an der Grenze stehen, wurde erhöht, teilte das Ministerium mit. "
            "Die Regierung kritisierte die Pläne und drohte mit Sanktionen, sagte der Sprecher.")
    doc = extract(text, DATE)
    lex = load_lexicon("de")

    def span(argument):
        return (argument.start, argument.end) if argument is not None else None

    answers = []
    for index, sent in enumerate(doc.spacy_doc.sents):
        mentions = [m for m in doc.actor_mentions if m.sentence == index]
        view = read_sentence(doc.spacy_doc, sent, index, mentions, lex)
        for n, complete, _ in product(range(len(view.clauses)), (False, True), range(2)):
            fresh = read_sentence(doc.spacy_doc, sent, index, mentions, lex)
            own, again = view.clauses[n], fresh.clauses[n]
            clause, clause_again = (view.completed(own), fresh.completed(again)) if complete else (own, again)
            assert span(frames.subject(clause, view)) == span(frames._subject(clause_again, fresh))
            reported = modality.reporting_clause_source(view, clause, lex)
            assert reported == modality.reporting_clause_source(fresh, clause_again, lex)
            answers.append((span(frames.subject(clause, view)), reported))
    assert len(answers) >= 2 * 2 * 6
    assert any(subject is not None for subject, _ in answers)
    assert any(reported is not None for _, reported in answers)


def test_where_an_agent_came_from_is_no_agent():
    text = "Viele Menschen wurden von der Gewalt aus ihren Heimatstaaten vertrieben."
    assert not [m.text for e in events_of(text) for m in e.actor if "Heimatstaaten" in m.text]


def test_the_talks_of_a_visit_are_the_visit():
    text = ("Scholz reist nach Asien. Bundeskanzler Olaf Scholz will am Mittwoch nach Vietnam reisen. Es ist seine "
            "erste Reise in die Region. Auch Japan steht auf dem Programm. In Vietnam werde der deutsche "
            "Regierungschef mit den Spitzen von Staat, Regierung und Kommunistischer Partei sprechen.")
    meetings = [e for e in events_of(text) if e.event in ("AGREE", "CONSULT")
                and "VNM" in codes(e.actor) | codes(e.recipient)]
    assert len(meetings) == 1, [(e.event, codes(e.actor), codes(e.recipient)) for e in meetings]
    assert len(meetings[0].mentions) == 2


def test_a_read_sentence_answers_each_question_once_per_clause():
    from lagebild.events.clauses import read_sentence

    text = "Der Oppositionsführer wurde von einem Gericht, das der Präsident ernannt hatte, verurteilt."
    doc = extract(text, DATE)
    view = read_sentence(doc.spacy_doc, next(doc.spacy_doc.sents), 0, doc.actor_mentions, load_lexicon("de"))
    asked = []

    def question(clause, sentence):
        asked.append((clause.start, clause.end))
        return len(asked)

    completed = [view.completed(c) for c in view.clauses if view.completed(c) is not c]
    assert completed, "the sentence has a bracket a later clause completes"
    clauses = view.clauses + completed
    first = [view.remembered(question, c) for c in clauses]
    again = [view.remembered(question, c) for c in view.clauses + [view.completed(c) for c in view.clauses
                                                                   if view.completed(c) is not c]]
    assert again == first == list(range(1, len(clauses) + 1))
    assert len(asked) == len(clauses)


def test_a_verb_form_no_trigger_can_start_is_read_no_further(monkeypatch):
    """Only a verb form with a reading the lexicon knows, itself or without a separable particle
    (`weisen` of `zurückweisen`), is looked at for its particle."""
    asked = []
    particle = triggers._particle
    monkeypatch.setattr(triggers, "_particle", lambda sdoc, verb, *rest: asked.append(verb.text)
                        or particle(sdoc, verb, *rest))
    assert events_of("Die Kinder sangen am Nachmittag im Garten.") == []
    assert asked == []
    assert only("Russland wies die Vorwürfe der Ukraine zurück.").event == "REJECT"
    assert asked == ["wies"]


def test_unquoted_speech_belongs_to_the_speaker_named_at_its_close():
    text = ("Madrid – Der spanische Außenminister José Manuel García-Margallo traf am Samstag seinen "
            "marokkanischen Kollegen. Wir sind zu einem Abkommen gelangt. Die Fischer dürfen wieder "
            "auslaufen, sagte García-Margallo.")
    found = [e for e in events_of(text, "2016-05-02") if e.event == "AGREE"]
    assert [[m.name for m in e.actor] for e in found] == [["José Manuel García-Margallo"]]
    framed = ("Madrid – Aus dem Ministerium hieß es: Wir sind zu einem Abkommen gelangt. Die Fischer dürfen "
              "wieder auslaufen, sagte García-Margallo.")
    found = [e for e in events_of(framed, "2016-05-02") if e.event == "AGREE"]
    assert [[m.text for m in e.actor] for e in found] == [["dem Ministerium"]]


@pytest.mark.parametrize("text", [
    "Nordkorea hat erneut eine Rakete getestet.",
    "Nordkorea hat nach eigenen Angaben eine Wasserstoffbombe gezündet.",
    "Pjöngjang führte am Mittwoch einen Atomtest durch.",
])
def test_a_weapons_test_shows_military_power(text):
    event = only(text, "2016-01-06")
    assert (event.event, event.mode, codes(event.actor)) == ("MOBILIZE", "weapons", {"PRK"})


@pytest.mark.parametrize("text", [
    "Die Schüler testeten eine Rakete aus Pappe.",
    "Die Forscher haben einen neuen Impfstoff getestet.",
])
def test_a_test_by_no_state_or_of_no_weapon_is_no_event(text):
    assert events_of(text) == []
    assert only("Nordkorea hat erneut eine Rakete getestet.", "2016-01-06").event == "MOBILIZE"


def test_support_given_with_an_act_goes_from_the_giver_to_the_subject():
    text = "Damaskus – Die syrische Armee eroberte mit Unterstützung Russlands die Stadt Palmyra zurück."
    support = [e for e in events_of(text, "2016-03-27") if e.event == "SUPPORT"]
    assert [(codes(e.actor), codes(e.recipient)) for e in support] == [({"RUS"}, {"SYR"})]


def test_help_from_smugglers_with_an_act_is_no_event():
    text = "Peking – Viele Uiguren verlassen China mit Hilfe von Schleppern in Richtung Südostasien."
    assert [e.event for e in events_of(text, "2015-07-10") if e.event in ("AID", "SUPPORT")] == []
    # while a state's support with an act is
    text = "Damaskus – Die syrische Armee eroberte mit Unterstützung Russlands die Stadt Palmyra zurück."
    assert [codes(e.actor) for e in events_of(text, "2016-03-27") if e.event == "SUPPORT"] == [{"RUS"}]


@pytest.mark.parametrize("text", [
    "Wien – Die Regierung traf mit der EU-Kommission eine Entscheidung.",
    "Budapest – Orban hält an seinem Plan fest, die Flüchtlinge nach Österreich zu schicken.",
])
def test_a_decision_taken_or_a_plan_held_is_no_meeting_or_detention(text):
    assert [e.event for e in events_of(text) if e.event in ("CONSULT", "COERCE")] == []


def test_refugees_held_at_the_border_are_detained_and_a_plan_held_to_is_not():
    found = only("Wien – Die Polizei hielt die Flüchtlinge an der Grenze fest.", "2015-09-14")
    assert (found.event, found.mode) == ("COERCE", "arrest")
    assert events_of("Budapest – Orban hält an seinem Plan fest, die Flüchtlinge nach Österreich zu schicken.",
                     "2015-09-14") == []


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Wien – Landeshauptmann Erwin Pröll hält Kanzler Werner Faymann vor, die Länder übergangen zu haben.",
     "ACCUSE", "Erwin Pröll", "Werner Faymann"),
    ("Peking – Die Anwältin Guo Jianmei wurde 2011 von Hillary Clinton ausgezeichnet.",
     "SUPPORT", "Hillary Clinton", "Guo Jianmei"),
])
def test_a_reproach_and_an_honour_go_from_the_one_who_gives_them(text, event, actor, recipient):
    found = [e for e in events_of(text, "2016-02-20") if e.event == event]
    assert [([m.name for m in e.actor], [m.name or m.text for m in e.recipient]) for e in found] == [
        ([actor], [recipient])]


def test_pressure_on_someone_is_a_demand_and_pressure_on_no_one_is_none():
    found = only("Rom – Italien übt Druck auf Österreich aus.", "2016-03-31")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REQUEST", {"ITA"}, {"AUT"})
    assert events_of("Wien – Viele Arbeitgeber üben Druck aus, in den Ruhestand zu gehen.", "2016-03-31") == []


def test_what_a_suspicion_alleges_is_not_asserted():
    text = "Wien – Pilz hegt den Verdacht, dass die Türkei Waffen an den IS geliefert hat."
    aid = [e for e in events_of(text, "2016-02-20") if e.event == "AID"]
    assert aid and all("hypothetical" in e.aux for e in aid)


def test_an_invitation_to_a_press_talk_is_no_political_act():
    assert events_of("Wien – Die FPÖ lud mit Heinz-Christian Strache zu einem Pressegespräch in die Sky-Bar.",
                     "2015-10-05") == []
    found = only("Berlin – Merkel lud Erdogan nach Berlin ein.", "2015-10-05")
    assert (found.event, [m.name for m in found.recipient]) == ("AGREE", ["Recep Tayyip Erdoğan"])


@pytest.mark.parametrize("text, mode, country", [
    ("Athen – Das Lager in Idomeni wurde am Dienstag geräumt.", "seize", "GRC"),
    ("Wien – Zwei Waffen wurden beschlagnahmt.", "seize", "AUT"),
    ("Kairo – Die Moscheen seien geschlossen worden, sagte ein Sprecher.", "restrict", "EGY"),
])
def test_a_state_s_seizure_or_closure_is_an_event_without_a_named_agent(text, mode, country):
    found = only(text, "2016-05-24")
    assert (found.event, found.mode, codes(found.actor)) == ("COERCE", mode, {country})


def test_a_business_closing_its_own_office_is_no_coercion():
    assert events_of("Wien – Der Konzern schließt seine Redaktion in Graz.", "2016-05-24") == []
    # while a state closing a newspaper's office restricts it
    found = only("Ankara – Die Regierung schloss die Redaktion der Zeitung Zaman.", "2016-03-05")
    assert (found.event, found.mode, codes(found.actor)) == ("COERCE", "restrict", {"TUR"})


def test_a_named_place_retaken_is_an_assault_and_a_union_regained_by_citizens_is_none():
    found = only("Bagdad – Irakische Truppen eroberten Ramadi vom IS zurück.", "2015-12-28")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ASSAULT", {"IRQ"}, {"IS"})
    assert events_of("Athen – Die Bürger sollen sich ihre EU zurückerobern.", "2015-12-28") == []


def test_battalions_moved_east_are_troops_mobilised():
    found = only("Brüssel – Die Nato kündigte an, vier Bataillone nach Osteuropa zu verlegen.", "2016-06-14")
    assert (found.event, found.mode, codes(found.actor)) == ("MOBILIZE", "troops", {"NATO"})


def test_a_new_body_named_with_the_definite_article_stands_alone():
    found = only("Tripolis – Die Einheitsregierung bat die Nato um Hilfe im Kampf gegen den IS.", "2016-03-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REQUEST", {"LBY"}, {"NATO"})
    found = only("Wien – Die SPÖ spricht sich klar gegen eine Koalition mit der FPÖ aus.", "2015-06-15")
    assert (found.event, [m.name for m in found.recipient]) == ("REJECT", ["FPÖ"])


def test_a_mobilisation_ordered_is_troops_mobilised():
    found = only("Kiew – Poroschenko ordnete eine Teilmobilmachung an.", "2015-01-14")
    assert (found.event, found.mode, codes(found.actor)) == ("MOBILIZE", "troops", {"UKR"})


def test_a_threat_without_a_target_of_its_own_threatens_the_one_its_condition_is_put_to():
    text = "Sollte Russland seine Truppen nicht abziehen, werde die EU weitere Sanktionen beschließen, sagte Merkel."
    threat = next(e for e in events_of(text, "2015-06-04") if e.event == "THREATEN")
    assert (codes(threat.actor), codes(threat.recipient)) == ({"EU"}, {"RUS"})


def test_what_is_announced_for_a_refusal_is_a_threat_and_an_offer_for_compliance_a_promise():
    text = ("Wien – Faymann und Mikl-Leitner stellten eine strengere Linie in Aussicht, sollte die Türkei dem "
            "Wunsch nicht nachkommen, alle Flüchtlinge zurückzunehmen.")
    threat = next(e for e in events_of(text, "2016-02-07") if not e.aux)
    assert (threat.event, codes(threat.actor), codes(threat.recipient)) == ("THREATEN", {"AUT"}, {"TUR"})
    offer = only("Die EU versprach der Türkei drei Milliarden Euro, wenn sie ihre Grenzen schützt.", "2016-02-07")
    assert (offer.event, codes(offer.recipient)) == ("AGREE", {"TUR"})


def test_what_a_warning_names_in_its_infinitive_has_not_happened():
    named = next(e for e in events_of("Merkel warnte Russland davor, die Ukraine anzugreifen.", "2016-02-15")
                 if e.event == "ASSAULT")
    assert "hypothetical" in named.aux


def test_a_warning_that_something_happened_leaves_it_asserted():
    def attack(text: str):
        return next(e for e in events_of(text, "2015-06-04") if e.event == "ASSAULT")

    assert "hypothetical" not in attack("Der Minister warnte, dass Russland die Ukraine angegriffen habe.").aux
    assert "hypothetical" in attack("Der Minister warnte Russland davor, die Ukraine anzugreifen.").aux


def test_the_visegrad_states_are_one_body():
    found = only("Prag – Die Visegrád-Staaten lehnen die Quoten der EU ab.", "2016-02-15")
    assert (found.event, codes(found.actor)) == ("REJECT", {"V4"})


def test_an_attack_made_sharply_is_one_of_words():
    found = only("Merkel griff den Konzernchef scharf an.", "2016-02-15")
    assert (found.event, found.mode) == ("ACCUSE", "disapprove")
    assert only("Die Armee griff die Stellungen der Rebellen an.", "2016-02-15").event == "ASSAULT"


def test_what_one_promises_oneself_is_an_expectation():
    assert events_of("Die Regierung verspricht sich davon mehr Sicherheit.", "2016-02-15") == []
    assert only("Die EU versprach der Türkei drei Milliarden Euro.", "2016-02-15").event == "AGREE"


def test_help_promised_goes_where_it_is_sent():
    found = only("Österreich hat die Entsendung von 100 Experten nach Griechenland zugesagt.", "2015-10-08")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AGREE", {"AUT"}, {"GRC"})


@pytest.mark.parametrize("text, country", [
    ("Ljubljana – Slowenien wird die Einreise von Flüchtlingen ab sofort begrenzen.", "SVN"),
    ("Ankara – Die Türkei hat die Visa-Bestimmungen für Iraker verschärft.", "TUR"),
])
def test_a_state_limiting_who_may_come_restricts_them(text, country):
    found = only(text, "2016-02-15")
    assert (found.event, found.mode, codes(found.actor)) == ("COERCE", "restrict", {country})


def test_an_announced_lawsuit_or_appeal_is_an_accusation():
    found = only("Die FPÖ kündigte eine Klage gegen die Regierung in Wien an.", "2016-02-15")
    assert (found.event, found.mode, codes(found.actor), codes(found.recipient)) == ("ACCUSE", "allege", {"AUT"},
                                                                                       {"AUT"})
    assert only("Die FPÖ kündigte Berufung an.", "2016-02-15").event == "ACCUSE"


def test_a_dash_between_two_clauses_keeps_one_s_date_from_the_other():
    text = ("Wien – Mikl-Leitner und Doskozil besuchen am Dienstag die Grenze bei Spielfeld – Auch Serbien droht "
            "mit Grenzschließung.")
    threat = only(text, "2016-02-14")
    assert (threat.event, threat.date, threat.aux) == ("THREATEN", "2016-02-14", [])
    # a dash around an aside parts nothing
    resigned = only("Am Montag – einen Tag nach der Wahl – trat der Premier Renzi zurück.", "2016-02-14")
    assert resigned.date == "2016-02-08"


@pytest.mark.parametrize("text, country, convicted", [
    ("Washington – Ein Gericht in Denver sprach den Attentäter James Holmes schuldig.", "USA", "James Holmes"),
    ("Washington – Der Attentäter James Holmes war in allen Punkten schuldig gesprochen worden.", "USA",
     "James Holmes"),
    ("Moskau – Der Schuldspruch des Moskauer Gerichts gegen Nawalny erfolgte am Montag.", "RUS", "Alexej Nawalny"),
])
def test_a_guilty_verdict_is_a_conviction(text, country, convicted):
    found = only(text, "2015-07-17")
    assert (found.event, found.mode, codes(found.actor)) == ("SANCTION", "convict", {country})
    assert [m.name for m in found.recipient] == [convicted]


def test_a_demonstrative_takes_up_the_one_person_named_before():
    text = "Ursprünglich galt SPÖ-Klubchef Anton Maierhofer als Favorit. Dieser trat aber vor zwei Wochen zurück."
    found = only(text, "2016-03-01")
    assert (found.event, [m.name for m in found.actor]) == ("RETREAT", ["Anton Maierhofer"])
    # of two persons it would take up the later one, which the phrases do not tell: it stays open
    text = "SPÖ-Klubchef Anton Maierhofer kritisierte ÖVP-Chef Josef Gruber. Dieser trat zurück."
    assert not [e for e in events_of(text, "2016-03-01") if e.event == "RETREAT"
                and [m.name for m in e.actor] == ["Anton Maierhofer"]]


def test_a_name_after_an_unnamed_subject_in_the_prefield_is_an_object():
    assert events_of("Die Stiftung hat Merkel für ihre Haltung gedankt.", "2016-03-01") == []
    # a plural object put first, a new thing put first, and a pronoun right after the verb: the name acts
    assert [m.name for m in only("Die Pläne kritisierte Merkel scharf.", "2016-03-01").actor] == ["Angela Merkel"]
    assert [m.name for m in only("Ein neues Abkommen fordert Merkel.", "2016-03-01").actor] == ["Angela Merkel"]
    found = only("Merkel sprach am Montag in Berlin. Die Rückkehr zu Verhandlungen schließt sie aus.", "2016-03-01")
    assert (found.event, [m.name for m in found.actor]) == ("REJECT", ["Angela Merkel"])
    found = only("Der Streit hat die Lage verschärft und Polen fordert mehr Schutz durch die NATO.", "2016-03-01")
    assert (found.event, codes(found.actor)) == ("REQUEST", {"POL"})


def test_glad_about_something_supports_it():
    found = only("Die Kanzlerin zeigte sich froh über die Einigung mit der Türkei.", "2016-03-01")
    assert (found.event, codes(found.recipient)) == ("SUPPORT", {"TUR"})
    assert events_of("Wir sind froh, dass niemand verletzt wurde, sagte Polizeisprecher Josef Gruber.",
                     "2016-03-01") == []


def test_standing_up_against_something_rejects_it():
    found = only("Die Ärztekammer werde sich gegen ein neues Gesetz des Gesundheitsministeriums zur Wehr setzen.",
                 "2016-03-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REJECT", {"AUT"}, {"AUT"})
    # resisting with fists, or acting in self-defence (`Notwehr`), rejects no one
    assert events_of("Der Verdächtige setzte sich mit Faustschlägen zur Wehr.", "2016-03-01") == []
    assert events_of("Österreich müsse aus Notwehr nun selbst Grenzen setzen.", "2016-03-01") == []


def test_a_noun_after_in_sachen_stands_in_a_prepositional_phrase():
    found = only("In Sachen Rückführungsabkommen sprach sich Kanzler Werner Faymann gegen Obergrenzen aus.",
                 "2016-03-01")
    assert (found.event, [m.name for m in found.actor]) == ("REJECT", ["Werner Faymann"])


def test_a_foolish_label_condemns_and_the_notion_it_labels_is_not_done():
    found = events_of("Als Schwachsinn bezeichnete Kanzler Werner Faymann Vorstellungen, Ungarn mit Sanktionen "
                      "zu bestrafen.", "2016-03-01")
    assert [(e.event, e.aux) for e in found if e.event == "ACCUSE"] == [("ACCUSE", [])]
    assert all("hypothetical" in e.aux for e in found if e.event == "SANCTION")
    # a label the lexicon does not list condemns nothing
    assert events_of("Kanzler Werner Faymann bezeichnete die Pläne Ungarns als Vorschlag.", "2016-03-01") == []


def test_a_talk_with_a_newspaper_is_an_interview_not_a_consultation():
    assert not events_of("Außenminister Sebastian Kurz sprach mit dem STANDARD über die Flüchtlingskrise.")
    assert not events_of("Im STANDARD-Gespräch spricht Außenminister Sebastian Kurz über die Balkanroute.")
    talk = only("Außenminister Sebastian Kurz sprach mit Wladimir Putin über die Krise.")
    assert (talk.event, codes(talk.actor)) == ("CONSULT", {"AUT", "RUS"})


@pytest.mark.parametrize("text, event, mode, actor", [
    ("Die deutsche Regierung hat Mängel bei der Kontrolle der Flughäfen zugegeben.", "CONCEDE", None, {"DEU"}),
    ("Die belgische Regierung hat 300 Polizisten aufgeboten.", "MOBILIZE", "police", {"BEL"}),
    ("Die Demonstranten bewarfen die französische Polizei mit Steinen.", "ASSAULT", None, {"FRA"}),
    ("Die Demonstranten blockierten die Zufahrtsstraße zum Hafen von Calais.", "PROTEST", "obstruct", {"FRA"}),
])
def test_admitting_faults_calling_up_police_pelting_and_blocking_roads(text, event, mode, actor):
    found = only(text, "2016-03-01")
    assert (found.event, found.mode, codes(found.actor)) == (event, mode, actor)


def test_a_road_blocked_by_a_landslide_is_no_protest():
    assert not events_of("Nach dem Unwetter blockierten Erdrutsche mehrere Straßen.", "2016-06-01")


def test_calling_a_state_s_course_strange_is_criticism():
    found = only("Innenminister Bernard Cazeneuve nannte das Vorgehen Belgiens seltsam.", "2016-03-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"FRA"}, {"BEL"})


def test_it_is_not_so_that_denies_the_clause_after_it():
    found = only("Es sei keineswegs so, dass Deutschland alle Flüchtlinge aus Syrien aufnehme, sagte Doskozil.",
                 "2016-03-14")
    assert (found.event, found.aux) == ("AID", ["negated"])
    found = only("Es ist so, dass Deutschland alle Flüchtlinge aus Syrien aufnimmt, sagte Doskozil.", "2016-03-14")
    assert found.aux == []


def test_a_past_intent_at_a_summit_leaves_the_summit_in_the_past():
    summit = only("Beim EU-Gipfel wollte Griechenland eine Lösung für die Flüchtlinge finden.", "2015-12-19")
    assert (summit.event, summit.aux) == ("CONSULT", [])
    planned = only("Merkel will beim EU-Gipfel eine Lösung für die Flüchtlinge finden.", "2015-12-14")
    assert (planned.event, planned.aux) == ("AGREE", ["future"])


def test_a_newspaper_quoting_an_official_summons_no_one():
    assert not events_of("Das sei neu, zitiert die Zeitung den Polizeibeamten Thomas Pettersen.", "2015-08-31")


def test_holding_to_a_statement_detains_no_one():
    text = ("Auch wenn die Türkei in Griechenland gestrandete Flüchtlinge zurücknehme, funktioniert das "
            "Verteilsystem noch immer nicht, hielt Faymann fest.")
    assert [e.event for e in events_of(text, "2016-03-08") if e.event == "COERCE"] == []
    held = only("Die ungarische Polizei hielt die syrischen Flüchtlinge am Bahnhof fest.", "2015-09-03")
    assert (held.event, held.mode) == ("COERCE", "arrest")


def test_the_then_minister_closing_a_camp_acted_for_the_state():
    found = only("Im Jahr 2002 hatte der damalige Innenminister Nicolas Sarkozy ein Migrantenlager in Sangatte "
                 "geschlossen.", "2016-03-01")
    assert (found.event, found.mode, codes(found.actor), found.date) == ("COERCE", "seize", {"FRA"}, "2002")
    moved = only("Der griechische Bürgerschutzminister lässt die Flüchtlinge mit Gewalt nach Korinth abtransportieren.",
                 "2015-12-18")
    assert (moved.event, codes(moved.actor)) == ("COERCE", {"GRC"})


def test_wanting_that_others_act_is_a_demand_of_them():
    found = events_of("Kanzlerin Angela Merkel will, dass die Türkei die Grenze zu Syrien schließt.", "2016-03-01")
    assert [(e.event, codes(e.actor), codes(e.recipient), e.aux) for e in found] == [
        ("REQUEST", {"DEU"}, {"TUR"}, []), ("COERCE", {"TUR"}, {"SYR"}, ["hypothetical"])]  # wanted, not done
    # `will` with a verb of its own wants that act; the clause after it is that verb's
    found = events_of("Die Regierung will die Türkei mit Sanktionen zwingen, dass sie die Grenze öffnet.", "2016-03-01")
    assert "REQUEST" not in [e.event for e in found]


def test_the_subject_of_a_later_main_clause_is_no_addressee():
    text = ("Belgien schickt Flüchtlinge nach Frankreich zurück. Innenminister Bernard Cazeneuve nannte dieses "
            "Vorgehen seltsam, und die EU-Kommission prüft, ob es verhältnismäßig sei.")
    found = [e for e in events_of(text, "2016-03-01") if e.event == "ACCUSE" and codes(e.actor) == {"FRA"}]
    assert [codes(e.recipient) for e in found] == [{"BEL"}]


def test_a_mob_in_the_passive_is_the_attacker():
    found = only("Ein Muslim ist in einem indischen Dorf von einem Mob zu Tode geprügelt worden.", "2015-10-20")
    assert (found.event, [a.text for a in found.actor], codes(found.recipient)) == ("ASSAULT", ["einem Mob"], {"IND"})


def test_the_euro_states_act_for_the_eu_and_not_being_ready_is_refusing():
    found = only("Die Euro-Staaten sind nicht zu einer Nachbesserung des Angebots an Griechenland bereit.",
                 "2015-07-04")
    assert (found.event, codes(found.actor), found.aux) == ("REJECT", {"EU"}, [])
    found = only("Die Eurogruppe kritisierte Griechenland.", "2015-07-04")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"EU"}, {"GRC"})


def test_a_verb_the_tagger_read_as_an_adjective_still_has_its_subject():
    found = only("Vertreter der EU kritisierten Griechenland.", "2015-07-04")
    assert (codes(found.actor), codes(found.recipient)) == ({"EU"}, {"GRC"})


def test_the_agent_of_a_criticised_plan_is_criticised():
    found = only("Vizekanzler Reinhold Mitterlehner kritisiert die vom Regierungspartner SPÖ forcierte Verschärfung "
                 "der Entsenderichtlinie scharf.", "2016-04-19")
    assert (found.event, [a.name for a in found.actor], [a.name for a in found.recipient]) == (
        "ACCUSE", ["Reinhold Mitterlehner"], ["SPÖ"])


def test_the_named_critic_is_the_actor_though_the_tagger_took_the_name_for_a_place():
    found = only("Nevena Milutinovic von Save the Children kritisierte Serbien.", "2016-03-01")
    assert ([a.name for a in found.actor], codes(found.recipient)) == (["Nevena Milutinovic"], {"SRB"})


def test_who_decides_to_extend_sanctions_imposes_them():
    found = only("Die EU-Außenminister haben die Verlängerung der Wirtschaftssanktionen gegen Russland beschlossen.",
                 "2015-06-22")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SANCTION", {"EU"}, {"RUS"})


def test_reminding_of_obligations_and_promising_not_to_abandon_are_demand_and_support():
    found = only("Der Europarat hat die ungarische Regierung an ihre Verpflichtungen erinnert.", "2015-09-10")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REQUEST", {"COE"}, {"HUN"})
    assert not events_of("Merkel erinnerte an die Opfer des Anschlags.", "2015-09-10")
    found = only("Die EU lässt Italien im Stich, sagte Renzi.", "2015-09-10")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REJECT", {"EU"}, {"ITA"})
    found = only("Wir werden Griechenland nicht im Stich lassen, sagte Schäuble.", "2015-07-04")
    assert (found.event, codes(found.actor), found.aux) == ("AGREE", {"DEU"}, ["future"])


def test_expecting_of_others_is_a_demand_and_hoping_for_support_is_no_support():
    found = only("Jagland: Ich erwarte mir, dass die ungarische Regierung die Menschenrechtskonvention achtet.",
                 "2015-09-10")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REQUEST", {"COE"}, {"HUN"})
    assert not events_of("Experten erwarten, dass die Regierung die Steuern senkt.", "2015-09-10")
    assert not events_of("Die Caritas erhofft sich Unterstützung der Regierung.", "2015-09-10")
    hoped = only("Die Caritas erhofft sich Unterstützung von der Regierung.", "2015-09-10")
    assert hoped.aux == ["future"]


def test_a_pronoun_takes_up_a_bare_plural_group_which_is_then_no_recipient():
    text = ("Die Regierung in Athen will ein besseres Angebot. Vertreter der Eurostaaten haben klargemacht, "
            "dass sie nicht zu einer Nachbesserung des Angebots bereit sind.")
    refused = [e for e in events_of(text, "2015-07-04") if e.event == "REJECT"]
    assert [(codes(e.actor), codes(e.recipient)) for e in refused] == [({"EU"}, set())]


def test_the_polite_you_of_the_interviewer_is_the_one_interviewed():
    text = ("Der Generalsekretär des Europarats, Thorbjørn Jagland, über die Flüchtlingskrise. "
            "STANDARD: Gestern trafen Sie den UN-Hochkommissar für Flüchtlinge, António Guterres, in Genf. "
            "Jagland: Wir haben über die Lage gesprochen. STANDARD: Kritisieren Sie Ungarn? Jagland: Ja. "
            "STANDARD: Sie waren Premierminister von Norwegen. Jagland: Das stimmt.")
    found = events_of(text, "2015-09-10")
    assert [(e.event, [a.name for a in e.actor], codes(e.recipient)) for e in found] == [
        ("CONSULT", ["Thorbjørn Jagland"], {"UNHCR"})]  # the question tells of nothing done, an office held of no stay


def test_playing_with_fire_and_an_unjustified_act_are_the_speakers_criticism():
    text = ("Vor der Volksabstimmung in Griechenland haben Politiker aus der Europäischen Union die Regierung in "
            "Athen erneut zu einem Einlenken in den Verhandlungen über die Reformen und die Schulden des Landes "
            "gedrängt. Der Chef der konservativen Fraktion im Europaparlament, Manfred Weber, sagte am Samstag in "
            "München, die Lage sei ernst. Ministerpräsident Alexis Tsipras spiele mit dem Feuer, so Weber.")
    found = [e for e in events_of(text, "2015-07-04") if e.event == "ACCUSE"]
    assert [([a.name for a in e.actor], [a.name for a in e.recipient]) for e in found] == [
        (["Manfred Weber"], ["Alexis Tsipras"])]
    found = [e for e in events_of("Der Angriff der Türkei sei nicht gerechtfertigt, sagte Merkel.", "2016-03-01")
             if e.event == "ACCUSE"]
    assert [(codes(e.actor), codes(e.recipient)) for e in found] == [({"DEU"}, {"TUR"})]


def test_werden_with_a_participle_that_is_also_the_infinitive_is_the_future():
    found = only("Am Samstag werden die sozialdemokratischen Regierungschefs beim französischen Präsidenten "
                 "François Hollande in Paris beraten.", "2016-03-01")
    assert (found.event, found.aux, codes(found.recipient)) == ("AGREE", ["future"], {"FRA"})


def test_how_an_act_is_done_judges_nothing_and_falling_under_criticism_is_being_criticised():
    assert not events_of("Tausende Iraker hielten sich illegal in der Türkei auf, um in den Westen zu gelangen.",
                         "2016-02-15")
    found = only("Merkel hält das Vorgehen der Türkei für illegal.", "2016-02-15")
    assert (found.event, codes(found.actor)) == ("ACCUSE", {"DEU"})
    found = only("Der Außenminister geriet wegen der Affäre in die Kritik der Europäischen Union.", "2016-02-15")
    assert (found.event, codes(found.actor)) == ("ACCUSE", {"EU"})
    found = only("Der Konzern geriet ins Visier der amerikanischen Steuerbehörden.", "2016-02-15")
    assert (found.event, codes(found.actor)) == ("ACCUSE", {"USA"})  # `Visier` is no event noun of its own


def test_what_a_speaker_says_is_not_said_to_the_paper():
    text = ("Die Anwältin Guo Jianmei gründete in Peking eine Organisation für Frauenrechte. Das sagte Guo dem "
            "STANDARD, bevor sie erfuhr, dass sie ihre NGO schließen muss.")
    assert [e for e in events_of(text, "2016-02-15") if e.event == "REQUEST"] == []


def test_a_state_keeping_something_closed_restricts():
    found = only("Wegen des Geldabflusses hielt die griechische Regierung die Banken drei Wochen lang geschlossen.",
                 "2015-07-27")
    assert (found.event, found.mode, codes(found.actor)) == ("COERCE", "restrict", {"GRC"})
    assert not events_of("Der Laden hält sonntags geschlossen.", "2015-07-27")


def test_the_words_found_for_someone_say_praise_or_criticism():
    found = only("Für Griss fand FPÖ-Chef Heinz-Christian Strache, der am Dienstag beim Hearing war, lobende Worte.",
                 "2015-12-16")
    praised = [a.name for a in found.recipient]
    assert (found.event, codes(found.actor), praised) == ("SUPPORT", {"AUT"}, ["Irmgard Griss"])
    found = only("Merkel fand scharfe Worte für die russische Regierung.", "2015-12-16")
    assert (found.event, codes(found.recipient)) == ("ACCUSE", {"RUS"})
    assert not events_of("Die Polizei fand deutliche Spuren.", "2015-12-16")


def test_an_event_named_as_a_case_that_may_come_about_is_hypothetical():
    text = "Finanzminister George Osborne hat für den Fall eines Austritts aus der EU Jahre der Rezession vorausgesagt."
    found = [e for e in events_of(text, "2016-05-23") if e.event == "SANCTION"]
    assert [(codes(e.actor), codes(e.recipient), e.aux) for e in found] == [({"GBR"}, {"EU"}, ["hypothetical"])]


def test_being_convinced_is_no_stay():
    text = ("Die britische Botschafterin in Österreich, Susan le Jeune, ist überzeugt: Wir werden auch nach dem "
            "Referendum ein stolzer Teil dieser Gemeinschaft sein.")
    assert [e for e in events_of(text, "2016-05-23") if e.event in ("CONSULT", "AGREE")] == []
    found = only("Merkel war am Montag kurz in Paris.", "2016-03-01")
    assert (found.event, codes(found.recipient)) == ("CONSULT", {"FRA"})


def test_setting_foot_somewhere_releases_no_one():
    text = ("Der Generalsekretär des Europarats, Thorbjørn Jagland, im Interview. STANDARD: Was gilt? Jagland: In "
            "dem Moment, in dem eine Person ihren Fuß auf europäischen Boden setzt, steht sie unter dem Schutz der "
            "Konvention.")
    assert [e for e in events_of(text, "2015-09-10") if e.event == "RETREAT"] == []
    found = only("Die ägyptische Polizei setzte den Journalisten nach zwei Tagen wieder auf freien Fuß.", "2015-09-10")
    assert (found.event, found.mode) == ("RETREAT", "release")


def test_a_party_named_as_the_speakers_partner_is_addressed():
    found = only("Kritisch äußerte sich der ÖVP-Chef dazu, dass der Koalitionspartner mit eigenen Ideen an die "
                 "Öffentlichkeit getreten sei.", "2015-11-09")
    assert (found.event, [a.text for a in found.recipient]) == ("ACCUSE", ["der Koalitionspartner"])


def test_the_dative_ihr_is_the_woman_named_before_and_not_her_possessive():
    text = ("Hillary Clinton übergibt ihren Server. Präsident Barack Obama schwieg. Republikaner werfen ihr vor, "
            "Transparenzregeln umgangen zu haben.")
    found = [e for e in events_of(text, "2015-08-12") if e.event == "ACCUSE"]
    assert [[a.name for a in e.recipient] for e in found] == [["Hillary Clinton"]]
    text = "Die Kanzlerin reiste nach Ankara. Die Rebellen lehnten ihr Angebot ab."
    assert "ihr" not in [m.text for m in extract(text, date="2015-08-12").actor_mentions]


def test_cooperation_declared_not_to_come_is_refused():
    found = only("Die Regierung in Kiew will mit den Rebellen nicht verhandeln.", "2015-02-10")
    assert (found.event, codes(found.actor), [a.text for a in found.recipient], found.aux) == (
        "REJECT", {"UKR"}, ["den Rebellen"], [])
    found = only("Die USA werden der Ukraine keine Waffen liefern.", "2015-02-10")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REJECT", {"USA"}, {"UKR"})
    not_refused = only("Die Regierung in Kiew hat mit den Rebellen nicht verhandelt.", "2015-02-10")
    assert not_refused.aux == ["negated"]


def test_summoned_to_a_ministry_in_the_passive():
    found = only("Der russische Botschafter wurde ins Außenministerium in Ankara zitiert.", "2015-11-25")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"TUR"}, {"RUS"})


def test_a_court_striking_down_a_law_rejects_it():
    found = only("Das polnische Verfassungsgericht erklärte das Mediengesetz für verfassungswidrig.", "2016-03-09")
    assert (found.event, codes(found.actor)) == ("REJECT", {"POL"})


def test_exchanging_views_is_a_consultation_and_a_dropped_case_a_concession():
    found = only("Merkel und Hollande tauschten sich am Telefon über die Lage in Syrien aus.", "2016-03-09")
    assert (found.event, codes(found.actor)) == ("CONSULT", {"DEU", "FRA"})
    found = only("Die Staatsanwaltschaft in Ankara stellte das Verfahren gegen die Journalisten ein.", "2016-03-09")
    assert (found.event, codes(found.actor)) == ("CONCEDE", {"TUR"})


def test_a_bombing_that_befell_those_the_passive_names_has_an_unnamed_attacker():
    found = only("Bei einem Selbstmordanschlag in Kabul sind mindestens 30 Menschen getötet worden.", "2016-04-19")
    assert (found.event, found.mode, [(a.sector, a.country) for a in found.actor]) == (
        "ASSAULT", "suicide-attack", [("UAF", "AFG")])
    # the attack told before (`bei dem Anschlag`) is no new one
    assert not events_of("Bei dem Anschlag am Brüsseler Flughafen starben 30 Menschen.", "2016-03-26")


def test_a_past_tense_the_tagger_took_for_a_participle_is_no_headline_passive():
    found = only("Die Separatisten beschossen erneut Stellungen der ukrainischen Armee.", "2015-02-10")
    assert (found.event, [a.text for a in found.actor]) == ("ASSAULT", ["Die Separatisten"])
    headline = only("Sechs Schlepper in Messina festgenommen – Marine im Dauereinsatz.", "2015-05-10")
    assert (headline.event, [a.text for a in headline.recipient]) == ("COERCE", ["Schlepper"])


def test_accepting_an_offer_is_agreeing_to_it():
    found = only("Putin nahm die Einladung Obamas an.", "2015-09-10")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AGREE", {"RUS"}, {"USA"})


def test_a_states_protest_is_not_against_its_own_government():
    found = only("China protestierte scharf gegen den Besuch.", "2016-05-10")
    assert (found.event, codes(found.actor), found.recipient) == ("ACCUSE", {"CHN"}, [])


def test_holding_someone_is_an_arrest_and_fixing_a_date_is_not():
    found = only("Der Iran hat zwei US-Soldaten festgesetzt.", "2016-01-13")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("COERCE", {"IRN"}, {"USA"})
    assert not events_of("Die Regierung setzte den Termin für die Wahl fest.", "2016-01-13")


def test_what_a_state_is_urged_to_do_has_not_happened():
    found = [e for e in events_of("Die EU drängte Griechenland, den Vorschlag anzunehmen.", "2015-06-29")
             if e.event == "AGREE"]
    assert [e.aux for e in found] == [["hypothetical"]]


def test_bearing_the_blame_said_of_someone_is_the_speakers_accusation():
    found = only("Russland trage die Verantwortung für die Eskalation, sagte der Nato-Generalsekretär.", "2016-03-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"NATO"}, {"RUS"})
    assert not events_of("Die Regierung trägt die Verantwortung für die Sicherheit der Bürger.", "2016-03-01")


def test_sympathy_shown_supports_and_not_putting_up_with_refuses():
    found = only("Steinmeier äußerte Verständnis für die Sorgen Polens.", "2016-03-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SUPPORT", {"DEU"}, {"POL"})
    found = only("Die Regierung in Kiew nimmt die Verletzung der Waffenruhe durch die Separatisten nicht hin.",
                 "2016-03-01")
    assert (found.event, codes(found.actor), found.aux) == ("REJECT", {"UKR"}, [])


def test_a_curfew_imposed_in_the_passive_is_the_governments():
    found = only("In Kairo wurde eine Ausgangssperre verhängt.", "2016-03-01")
    assert (found.event, found.mode, [(a.sector, a.country) for a in found.actor]) == (
        "COERCE", "curfew", [("GOV", "EGY")])


def test_taken_prisoner_massed_officers_and_opposing_a_plan():
    found = only("Die Armee nahm drei Kämpfer des IS gefangen.", "2016-03-01")
    assert (found.event, found.mode, codes(found.recipient)) == ("COERCE", "arrest", {"IS"})
    found = only("Die Polizei zieht für das Treffen bis zu 2.100 Beamte aus ganz Österreich zusammen.", "2015-06-09")
    assert (found.event, codes(found.actor)) == ("MOBILIZE", {"AUT"})
    found = only("Die Regierung in Warschau tritt den Plänen der EU-Kommission entgegen.", "2016-03-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REJECT", {"POL"}, {"EU"})


def test_taking_aim_at_someone_investigates_and_sending_people_out_of_the_country_deports():
    found = only("Die türkische Justiz hat die HDP ins Visier genommen.", "2016-03-01")
    assert (found.event, found.mode, codes(found.recipient)) == ("ACCUSE", "investigate", {"TUR"})
    found = only("Seit Anfang des Jahres wurden in Italien 45 Personen des Landes verwiesen.", "2016-03-01")
    assert (found.event, found.mode, [(a.sector, a.country) for a in found.actor]) == (
        "COERCE", "deport", [("GOV", "ITA")])
    assert not events_of("Der Minister verwies auf die Verfassung.", "2016-03-01")


def test_a_main_clause_right_after_a_subordinate_one_without_a_comma_has_its_own_subject():
    text = "Wie am Freitag bekannt wurde hat die türkische Justiz auch die HDP-Ko-Parteichefin ins Visier genommen."
    found = only(text, "2016-05-21")
    assert (found.event, [a.text for a in found.actor]) == ("ACCUSE", ["die türkische Justiz"])


def test_a_negated_phrase_set_off_after_the_clause_and_a_resumed_main_clause_leave_the_event_real():
    found = only("Mikl-Leitner kritisierte die SPÖ, aber nicht die Grünen.", "2015-07-01")
    assert (found.event, codes(found.recipient), found.aux) == ("ACCUSE", {"AUT"}, [])
    text = ("Alle, die mit Flüchtlingen zu tun haben, sollten das als Behördenleiter tun, appellierte "
            "Mikl-Leitner an die Landesregierungen.")
    found = [e for e in events_of(text, "2015-07-01") if e.event == "REQUEST"]
    assert [e.aux for e in found] == [[]]


def test_what_a_separated_vorwerfen_alleges_has_not_been_shown_to_happen():
    found = [e for e in events_of("Die Rebellen warfen Russland vor, gezielt Krankenhäuser anzugreifen.", "2016-02-10")
             if e.event == "ASSAULT"]
    assert [e.aux for e in found] == [["hypothetical"]]


def test_no_one_is_a_negation():
    found = only("Die Regierung hat niemanden festgenommen.", "2015-09-10")
    assert found.aux == ["negated"]


def test_states_of_a_region_are_not_the_home_country():
    text = ("Tatsächlich hat auch Österreich mehrere Dutzend solcher Verträge unterzeichnet, viele mit "
            "osteuropäischen Staaten.")
    assert all(a.country != "AUT" for e in events_of(text, "2016-02-10") for a in e.recipient)


def test_placing_a_newspaper_under_state_control_seizes_it():
    found = only("Die Regierung in Ankara hat die Zeitung Zaman unter staatliche Kontrolle gestellt.", "2016-03-05")
    assert (found.event, found.mode, codes(found.actor)) == ("COERCE", "seize", {"TUR"})
    assert not events_of("Der Minister stellte die Kontrolle der Grenzen in Frage.", "2016-03-05")


def test_checks_brought_back_at_a_border_mobilise_police_and_capital_controls_do_not():
    found = only("Deutschland hat wieder Kontrollen an der Grenze zu Österreich eingeführt.", "2015-09-14")
    assert (found.event, found.mode, codes(found.actor)) == ("MOBILIZE", "police", {"DEU"})
    assert not events_of("Griechenland hat Kapitalverkehrskontrollen eingeführt.", "2015-06-29")


def test_condemning_labels_and_comparisons():
    found = only("Der Republikaner Cruz bezeichnete Trump als Lügner.", "2016-03-02")
    assert (found.event, [a.name for a in found.recipient]) == ("ACCUSE", ["Donald Trump"])
    found = only("Mexikos Präsident Peña Nieto verglich Trump mit Hitler.", "2016-03-02")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"MEX"}, {"USA"})
    assert not events_of("Der Minister verglich die Lage mit der im Jahr 2015.", "2016-03-02")


def test_downgrading_relations_is_a_sanction():
    found = only("Die Vereinigten Arabischen Emirate stuften ihre Beziehungen zum Iran herab.", "2016-01-04")
    assert (found.event, found.mode, codes(found.actor), codes(found.recipient)) == (
        "SANCTION", "discontinue", {"ARE"}, {"IRN"})


def test_blacklists_upheld_sentences_and_persona_non_grata():
    found = only("Die USA setzten den Iran auf die Liste der Terrorunterstützer.", "2016-03-10")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SANCTION", {"USA"}, {"IRN"})
    found = only("Die EU hat die Hamas von ihrer Terrorliste gestrichen.", "2016-03-10")
    assert (found.event, codes(found.recipient)) == ("CONCEDE", {"HAMAS"})
    found = only("Der Oberste Gerichtshof in Kairo bestätigte das Todesurteil gegen den Oppositionsführer Mursi.",
                 "2016-03-10")
    assert (found.event, found.mode, codes(found.recipient)) == ("SANCTION", "convict", {"EGY"})
    found = only("Moskau erklärte den estnischen Botschafter zur Persona non grata.", "2016-03-10")
    assert (found.event, found.mode, codes(found.recipient)) == ("SANCTION", "expel", {"EST"})
    found = only("Die Türkei hat die Visapflicht für Syrer wieder eingeführt.", "2016-03-10")
    assert (found.event, found.mode) == ("COERCE", "restrict")


def test_a_recommendation_to_a_state_is_a_request_and_what_it_recommends_has_not_happened():
    found = [e for e in events_of("Die EU-Kommission empfahl Griechenland, die Grenzen besser zu schützen.",
                                  "2016-03-10") if e.event == "REQUEST"]
    assert [(codes(e.actor), codes(e.recipient)) for e in found] == [({"EU"}, {"GRC"})]
    text = ("Die ägyptische Staatsanwaltschaft hatte empfohlen, das Urteil gegen den Oppositionsführer Mursi zu "
            "bestätigen.")
    assert [e.aux for e in events_of(text, "2016-03-10") if e.event == "SANCTION"] == [["hypothetical"]]


def test_an_appeal_to_someone_asks_them_to_act():
    found = events_of("Die Familie appellierte an die Behörden in Bahrain, die Journalisten freizulassen.",
                      "2016-02-16")
    appeal = next(e for e in found if e.event == "REQUEST")
    release = next(e for e in found if e.event == "RETREAT")
    assert [a.text for a in appeal.actor] == ["Die Familie"]
    # the authorities appealed to are the ones who would release, not the family
    assert ([a.text for a in release.actor], release.aux) == (["die Behörden in Bahrain"], ["hypothetical"])


def test_a_conviction_not_yet_final_happened():
    found = only("Der Ex-Minister wurde im August (nicht rechtskräftig) zu drei Jahren Haft verurteilt.", "2015-11-25")
    assert (found.event, found.mode, found.aux) == ("SANCTION", "convict", [])


def test_prosecutors_who_refrain_from_investigating_concede():
    found = only("Die Staatsanwaltschaft Mainz sieht von Ermittlungen gegen den Sender ab.", "2016-05-02")
    assert (found.event, codes(found.actor)) == ("CONCEDE", {"DEU"})
    # refraining from anything else is no event
    assert events_of("Die Regierung sieht von einer Erhöhung der Steuern ab.", "2016-05-02") == []


def test_answering_to_members_of_parliament_is_consultation():
    found = only("Die Ex-Finanzministerin Maria Fekter stand den Abgeordneten des Nationalrats Rede und Antwort.",
                 "2016-04-14")
    assert (found.event, codes(found.actor)) == ("CONSULT", {"AUT"})


def test_a_reported_future_of_a_verb_whose_participle_is_its_infinitive():
    # `werde ... beraten` is a future, not a passive: Germany declares it will not deliberate, a refusal
    found = only("Deutschland werde vor dem Referendum in Griechenland nicht über den Hilfsantrag beraten, "
                 "sagte Merkel.", "2015-06-30")
    assert (found.event, codes(found.actor), codes(found.recipient), found.aux) == ("REJECT", {"DEU"}, {"GRC"}, [])


def test_an_attack_first_reported_by_its_victims_has_unnamed_attackers():
    found = only("Bei einem Angriff auf einen Militärposten im Sinai wurden 15 Soldaten getötet.", "2015-07-01")
    assert (found.event, [a.sector for a in found.actor], [a.text for a in found.recipient]) == (
        "ASSAULT", ["UAF"], ["Soldaten"])
    # those who died in it suffered it; they did not attack
    found = only("Bei einem Überfall auf einen Konvoi in Mali sind fünf Soldaten ums Leben gekommen.", "2015-07-01")
    assert ([a.sector for a in found.actor], [a.text for a in found.recipient]) == (["UAF"], ["Soldaten"])
    # a crash is no attack, and an attack described in general befell no one
    assert events_of("Bei einem Zusammenstoß zwischen einem Moped und einem Auto in Osttirol ist ein Mann ums "
                     "Leben gekommen.", "2015-07-01") == []
    assert events_of("Bei einem solchen Angriff wird zuerst der Datenverkehr in Wien aufgezeichnet.",
                     "2015-07-01") == []


def test_a_subject_with_its_article_before_a_bare_name():
    # the tagger reads the bare name as the nominative; the article and the parse say the Commission urged
    found = events_of("Zuvor hatte die EU-Kommission Griechenland dazu gedrängt, einen Vorschlag anzunehmen.",
                      "2015-06-30")
    urged = next(e for e in found if e.event == "REQUEST")
    assert (codes(urged.actor), codes(urged.recipient)) == ({"EU"}, {"GRC"})
    found = only("Aden ist Sitz der Regierung, seitdem die Huthi-Rebellen die Hauptstadt Sanaa unter ihre Kontrolle "
                 "gebracht haben.", "2015-09-22")
    assert (found.event, [a.text for a in found.actor]) == ("ASSAULT", ["Huthi-Rebellen"])


def test_a_meeting_stormed_by_a_crowd_is_a_riot_not_a_meeting():
    found = only("Hunderte Demonstranten haben in Paris ein Treffen der Konzernführung gestürmt.", "2015-10-05")
    assert (found.event, found.mode) == ("PROTEST", "riot")


def test_an_extradition_in_the_passive_is_by_the_state_that_held_him():
    found = only("Wien – Der Verdächtige wurde am Montag an die USA ausgeliefert.", "2015-08-25")
    # the USA receive him; Austria, where it happened, hands him over
    assert (found.event, codes(found.actor), [a.sector for a in found.actor], codes(found.recipient)) == (
        "COOPERATE", {"AUT"}, ["GOV"], {"USA"})


def test_the_members_of_an_international_body_meet_one_another():
    found = only("Die G7-Außenminister trafen sich in Hiroshima.", "2016-04-11")
    assert (found.event, codes(found.actor)) == ("CONSULT", {"G7"})
    # without the reflexive a body meets no one
    assert events_of("Die EU-Kommission traf eine Entscheidung.", "2016-04-11") == []


def test_sanctions_announced_with_a_separated_particle_lie_ahead():
    found = only("Die USA kündigten Sanktionen gegen Nordkorea an.", "2016-03-02")
    assert (found.event, codes(found.actor), codes(found.recipient), found.aux) == (
        "SANCTION", {"USA"}, {"PRK"}, ["future"])
    # a preposition is no particle: `vor` of `knapp vor der Wahl` makes no `hat ... vorhaben`
    found = only("Mitterlehner hat für den 20. Mai, knapp vor der Stichwahl, eine Zukunftskonferenz mit der SPÖ "
                 "angeordnet.", "2016-04-30")
    assert found.aux == []


def test_a_name_in_brackets_is_no_act():
    assert events_of("Norwegen nimmt am gemeinsamen Verzicht auf Grenzkontrollen (Schengener Abkommen) teil.",
                     "2015-06-01") == []


def test_rebel_positions_and_the_place_of_an_attack_at_home():
    found = only("Die Armee beschoss Rebellenstellungen bei Aleppo.", "2016-03-01")
    assert (found.event, [a.sector for a in found.recipient]) == ("ASSAULT", ["REB"])
    # an attacker without an organisation fighting at home attacks the place it names
    found = only("Ein Selbstmordattentäter hat sich in einer Moschee in Kabul in die Luft gesprengt.", "2016-03-01")
    assert (found.event, [a.text for a in found.recipient]) == ("ASSAULT", ["Kabul"])


def test_impeachment_proceedings_and_followers_of_a_side():
    found = only("Der brasilianische Senat hat das Amtsenthebungsverfahren gegen Präsidentin Rousseff eröffnet.",
                 "2016-05-12")
    assert (found.event, codes(found.actor), [a.name for a in found.recipient]) == (
        "ACCUSE", {"BRA"}, ["Dilma Rousseff"])
    found = only("Tausende Anhänger der Opposition forderten in Caracas den Rücktritt von Präsident Maduro.",
                 "2016-05-12")
    assert (found.event, codes(found.actor), [a.name for a in found.recipient]) == (
        "REQUEST", {"VEN"}, ["Nicolás Maduro"])


def test_force_a_speaker_says_another_side_used_is_the_speakers_accusation():
    found = events_of("Russland habe die Waffenruhe gebrochen, sagte ein Sprecher des ukrainischen Militärs.",
                      "2016-03-01")
    accusation = next(e for e in found if e.event == "ACCUSE")
    assert (codes(accusation.actor), codes(accusation.recipient)) == ({"UKR"}, {"RUS"})
    # the claim itself stays, with its source
    assert any(e.event == "ASSAULT" and e.attribution is not None for e in found)
    # a spokesman of the police reporting its own arrests accuses no one
    found = events_of("Die Polizei habe die Demonstranten festgenommen, sagte ein Polizeisprecher.", "2016-03-01")
    assert [e.event for e in found] == ["COERCE"]


def test_a_strike_called_a_show_stopped_a_woman_picked_up_and_a_complaint_lodged():
    found = only("Koblenz – Die Gewerkschaft ver.di hat erneut zu Streiks beim US-Versandhändler Amazon aufgerufen.",
                 "2016-03-22")
    assert (found.event, found.mode, codes(found.actor)) == ("PROTEST", "strike", {"DEU"})
    found = only("Doch die Polizei schob dem Auftritt des Rappers einen Riegel vor.", "2015-07-25")
    assert found.event == "REJECT"
    found = only("Wien – Die Frau sei am Dienstag aufgegriffen worden, teilte die Polizei mit.", "2016-03-22")
    assert (found.event, found.mode, codes(found.recipient)) == ("COERCE", "arrest", {"AUT"})
    # taking up a story arrests no one
    assert events_of("Hollywood greift sie auf.", "2009-03-22") == []
    found = only("Die Eltern haben beim Europäischen Gerichtshof für Menschenrechte Beschwerde eingebracht.",
                 "2015-07-07")
    assert (found.event, codes(found.recipient)) == ("ACCUSE", {"COE"})


def test_an_attack_that_came_about_has_unnamed_attackers():
    found = only("In Dresden kam es zu Angriffen auf Flüchtlinge.", "2016-03-22")
    assert (found.event, [a.sector for a in found.actor], [a.text for a in found.recipient]) == (
        "ASSAULT", ["UAF"], ["Flüchtlinge"])
    found = only("In Perg soll es zu sexuellen Übergriffen auf einen 14-jährigen Afghanen gekommen sein.",
                 "2016-03-22")
    assert (found.event, [a.sector for a in found.actor]) == ("ASSAULT", ["UAF"])
    # a crash came about too, but it is no attack
    assert events_of("Es kam zu einem Zusammenstoß zweier Autos in Wien.", "2016-03-22") == []


def test_deleting_someone_or_their_posts_is_censorship():
    found = only("Nach ihrem Wahlsieg hat China die Politikerin Tsai Ing-wen aus dem sozialen Netzwerk Weibo gelöscht.",
                 "2016-01-16")
    assert (found.event, found.mode, codes(found.actor), codes(found.recipient)) == (
        "COERCE", "censor", {"CHN"}, {"TWN"})
    found = only("Daraufhin ließ Strache den gesamten Eintrag löschen.", "2015-06-29")
    assert (found.event, found.mode) == ("COERCE", "censor")
    # what deletes itself censors no one
    text = ("Die Bundespolizei verlangt eine Software, die es den Ermittlern erlaubt, Passwörter durchzuprobieren, "
            "ohne dass sich der Inhalt des Telefons automatisch löscht.")
    assert [e.event for e in events_of(text, "2016-02-20") if e.event == "COERCE"] == []


def test_who_claims_an_attack_made_it_and_the_attacks_told_before():
    text = ("Bei einem Anschlag in Ankara sind am Samstag mindestens 95 Menschen getötet worden. "
            "Zu dem Anschlag bekannte sich die Terrormiliz IS.")
    found = only(text, "2015-10-11")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ASSAULT", {"IS"}, {"TUR"})
    found = only("Ein Selbstmordattentäter hat sich in einer Moschee in Kuwait in die Luft gesprengt und 27 Menschen "
                 "getötet. Der IS reklamierte die Tat für sich.", "2015-06-27")
    assert (found.event, codes(found.actor)) == ("ASSAULT", {"IS"})
    found = only("Die PKK bekannte sich am Sonntag zu einem Selbstmordanschlag auf Ordnungskräfte in der Osttürkei.",
                 "2015-08-03")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ASSAULT", {"PKK"}, {"TUR"})
    # a claim by no one, and a pledge to a cause, name no attacker
    text = ("Bei einem Anschlag in Kabul starben 20 Menschen. Zu dem Anschlag bekannte sich zunächst niemand.")
    assert [a.sector for e in events_of(text, "2016-03-01") for a in e.actor] == ["UAF"]
    assert events_of("195 Staaten bekennen sich zum Kampf gegen die Erderwärmung.", "2015-12-13") == []


def test_a_name_after_a_title_takes_the_titles_case():
    found = only("Nach den Anschlägen von Paris hat die belgische Polizei den mutmaßlichen Drahtzieher Salah "
                 "Abdeslam festgenommen.", "2016-03-19")
    assert (found.event, codes(found.actor), [a.text for a in found.recipient]) == (
        "COERCE", {"BEL"}, ["Salah Abdeslam"])


def test_a_number_stands_inside_its_phrase_but_an_amount_is_no_phrase():
    found = only("Nach der Aufdeckung von 214.000 Briefkastenfirmen in Panama hat die Organisation OECD dem Land "
                 "schwere Versäumnisse vorgeworfen.", "2016-04-05")
    assert (found.event, codes(found.actor)) == ("ACCUSE", {"OECD"})
    found = only("Vor der Zentrale in Paris demonstrierten am Freitag bis zu 2.500 Mitarbeiter.", "2016-04-08")
    assert (found.event, [a.text for a in found.actor]) == ("PROTEST", ["Mitarbeiter"])


def test_an_event_noun_judged_by_a_copula_is_not_denied():
    found = only("Die Lufthansa hatte vor Gericht argumentiert, der Streik der Piloten sei nicht rechtens.",
                 "2015-09-10")
    assert (found.event, found.aux) == ("PROTEST", [])
    found = only("Der Angriff der Armee sei nicht erfolgt, sagte der Sprecher.", "2016-03-01")
    assert (found.event, found.aux) == ("ASSAULT", ["negated"])
    # the speaker's judgement is the accusation: no second one for the act judged
    found = [e for e in events_of("Der Angriff der Türkei sei nicht gerechtfertigt, sagte Merkel.", "2016-03-01")
             if e.event == "ACCUSE"]
    assert [(e.mode, codes(e.actor), codes(e.recipient)) for e in found] == [("disapprove", {"DEU"}, {"TUR"})]


def test_a_body_gathers_and_its_members_meet():
    found = only("Der Rat der Europäischen Zentralbank (EZB) kam am Sonntag zu einer Krisensitzung zusammen.",
                 "2015-06-29")
    assert (found.event, codes(found.actor), found.recipient) == ("CONSULT", {"ECB"}, [])
    found = only("Der Rat der Europäischen Zentralbank (EZB) kommt am Sonntag zu einer Krisensitzung zusammen.",
                 "2015-06-27")
    assert (found.event, found.aux, found.date) == ("AGREE", ["future"], "2015-06-28")
    found = only("Über Konsequenzen berieten die anderen 18 Euro-Finanzminister anschließend ohne Varoufakis.",
                 "2015-06-27")
    assert (found.event, codes(found.actor)) == ("CONSULT", {"EU"})


def test_rescues_and_evacuations_are_aid_but_bodies_recovered_are_not():
    found = only("Die griechische Küstenwache barg in der Nacht 14 Menschen aus den Fluten vor der Insel Kos.",
                 "2015-11-05")
    assert (found.event, codes(found.actor)) == ("AID", {"GRC"})
    assert only("Die Armee evakuierte Tausende Bewohner aus dem Katastrophengebiet.", "2016-03-01").event == "AID"
    assert events_of("Die Polizei barg die Leichen von 30 Menschen.", "2016-03-01") == []
    assert events_of("Die Reform birgt Risiken für die Menschen.", "2016-03-01") == []


def test_security_raised_a_look_for_oneself_and_a_brawl():
    found = only("Daraufhin erhöhten die französischen Behörden die Sicherheitsvorkehrungen am Hafen.", "2016-05-27")
    assert (found.event, found.mode, codes(found.actor)) == ("MOBILIZE", "police", {"FRA"})
    found = only("Merkel machte sich in Idomeni ein Bild von der Lage.", "2016-03-01")
    assert (found.event, found.mode, codes(found.recipient)) == ("CONSULT", "visit", {"GRC"})
    found = only("Bei einer Massenschlägerei zwischen Afghanen und Sudanesen sind 40 Menschen verletzt worden.",
                 "2016-05-27")
    assert (found.event, codes(found.actor)) == ("ASSAULT", {"AFG", "SDN"})
    found = only("Die Demonstranten gingen mit Steinen auf die Polizisten los.", "2016-03-01")
    assert found.event == "ASSAULT"
    assert events_of("Die Verhandlungen gehen am Montag los.", "2016-03-01") == []


def test_the_owner_of_an_object_after_a_dated_phrase_is_its_recipient():
    found = only("Die Stadt Salzburg hat am Donnerstag die Vorgehensweise der Polizei bei der Unterbringung von "
                 "Flüchtlingen beklagt.", "2015-11-05")
    assert (found.event, [a.text for a in found.recipient]) == ("ACCUSE", ["der Polizei"])


def test_pleading_guilty_or_not_and_appealing():
    found = only("Der angeklagte Polizist bekennt sich nicht schuldig.", "2016-03-01")
    assert found.event == "REJECT"
    found = only("Der frühere Präsident Mohammed Mursi bekannte sich schuldig.", "2016-03-01")
    assert (found.event, codes(found.actor)) == ("CONCEDE", {"EGY"})
    found = only("Gegen das Urteil der Bezirkshauptmannschaft Gmünd will der Anwalt Markus Distelberger berufen.",
                 "2015-07-20")
    assert (found.event, found.aux) == ("ACCUSE", ["future"])
    assert events_of("Merkel hat Altmaier in die Regierung berufen.", "2016-03-01") == []


def test_a_role_after_als_is_no_object():
    found = only("Obama besuchte als erster US-Präsident seit 88 Jahren Kuba.", "2016-03-21")
    assert (found.event, found.mode, codes(found.recipient)) == ("CONSULT", "visit", {"CUB"})
    # `sowohl ... als auch` still joins two actors
    found = only("Sowohl Merkel als auch Hollande kritisierten Russland.", "2016-03-01")
    assert (found.event, codes(found.actor)) == ("ACCUSE", {"DEU", "FRA"})


def test_who_judges_or_comments_on_an_act_did_not_do_it():
    assert events_of("Die Regierung kommentierte den Angriff nicht.", "2016-03-01") == []
    assert events_of("STANDARD: Aber wie beurteilen Sie die Bombardements als Politiker?", "2015-10-10") == []


def test_the_owner_of_an_attack_behind_an_extended_attribute():
    found = only("Bei Luftangriffen der von den USA geführten Koalition wurden in der Nähe von Mossul mehrere "
                 "IS-Kämpfer getötet.", "2016-03-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ASSAULT", {"USA"}, {"IS"})


def test_closing_media_and_capping_asylum_restrict():
    found = only("Die Türkei hat per Dekret 45 Zeitungen und 16 Fernsehsender geschlossen.", "2016-07-28")
    assert (found.event, found.mode, codes(found.actor)) == ("COERCE", "restrict", {"TUR"})
    found = only("Österreich führte eine Obergrenze für Asylanträge ein.", "2016-01-20")
    assert (found.event, found.mode, codes(found.actor)) == ("COERCE", "restrict", {"AUT"})


def test_a_state_paying_another_aids_it():
    found = only("Deutschland zahlt der Ukraine 500 Millionen Euro.", "2016-03-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AID", {"DEU"}, {"UKR"})
    # a fine is no aid (it is the sanction of those it is paid to)
    assert [e.event for e in events_of("Fiat Chrysler muss eine Rekordstrafe von 105 Millionen Dollar an die "
                                       "US-Behörden zahlen.", "2015-07-27")] == ["SANCTION"]


def test_holding_people_back_and_sending_special_forces():
    found = only("Die ungarische Polizei hinderte Flüchtlinge daran, in Züge zu steigen.", "2015-09-03")
    assert (found.event, found.mode, codes(found.actor)) == ("COERCE", "restrict", {"HUN"})
    found = only("Die USA wollen 50 Spezialkräfte nach Syrien schicken.", "2015-10-31")
    assert (found.event, found.aux, codes(found.recipient)) == ("AGREE", ["future"], {"SYR"})


def test_mobilising_for_a_protest_is_protest_not_troops():
    found = only("Die Opposition mobilisierte zu Demonstrationen gegen die Regierung.", "2016-03-01")
    assert (found.event, found.mode) == ("PROTEST", "demo")
    found = only("Russland mobilisierte Truppen an der Grenze.", "2016-03-01")
    assert (found.event, found.mode) == ("MOBILIZE", "troops")


def test_legal_action_is_an_accusation_by_anyone():
    found = only("Die FPÖ kündigte an, rechtlich gegen den ORF vorzugehen.", "2016-03-01")
    assert (found.event, found.mode, found.aux, codes(found.actor), codes(found.recipient)) == (
        "ACCUSE", "allege", ["future"], {"AUT"}, {"AUT"})
    found = only("Die Polizei ging gegen die Demonstranten vor.", "2016-03-01")
    assert found.event == "COERCE"


def test_a_zu_infinitive_the_tagger_reads_as_finite_still_has_the_callers_subject():
    # the sentence after changes how the tagger reads `fortzusetzen`
    text = "Frankreich kündigte an, seine Luftangriffe gegen den IS fortzusetzen. Fabius kritisierte Moskau."
    found = [e for e in events_of(text, "2015-09-30") if e.event == "ASSAULT"]
    assert [(codes(e.actor), codes(e.recipient), e.aux) for e in found] == [({"FRA"}, {"IS"}, ["future"])]


def test_who_is_warned_against_an_act_is_the_one_who_might_do_it():
    found = [e for e in events_of("Außenminister Laurent Fabius warnte Moskau davor, die Opposition anzugreifen.",
                                  "2015-09-30") if e.event == "ASSAULT"]
    assert [(codes(e.actor), e.aux) for e in found] == [({"RUS"}, ["hypothetical"])]
    # doomed to fail is no conviction
    assert events_of("Carter sagte, das russische Vorgehen sei zum Scheitern verurteilt.", "2015-09-30") == []


def test_not_ruling_out_force_or_sanctions_threatens_them():
    found = only("Die USA schließen Militärschläge gegen Syrien nicht aus.", "2016-03-01")
    assert (found.event, found.aux, codes(found.recipient)) == ("THREATEN", [], {"SYR"})
    found = only("Merkel schließt weitere Sanktionen gegen Russland nicht aus.", "2016-03-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("THREATEN", {"DEU"}, {"RUS"})
    # ruling out membership talks is no threat, and ruling out sanctions refuses them
    assert only("Die Nato schließt eine Aufnahme Montenegros nicht aus.", "2016-03-01").event == "REJECT"
    found = only("Die EU schließt Sanktionen gegen Polen aus.", "2016-03-01")
    assert (found.event, found.aux) == ("REJECT", [])


def test_countering_judging_unfit_and_being_impressed():
    found = only("Dieses Vorgehen der Regierung sei absolut unpassend, sagte Strache.", "2016-03-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"AUT"}, {"AUT"})
    found = only("Merkel zeigte sich von den Reformen Tsipras beeindruckt.", "2016-03-01")
    assert (found.event, codes(found.recipient)) == ("SUPPORT", {"GRC"})
    found = only("Die Regierung in Ankara hielt der EU entgegen, dass die Vorwürfe falsch seien.", "2016-03-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REJECT", {"TUR"}, {"EU"})


def test_one_named_among_others_acts_with_them():
    found = only("Mehrere Menschenrechtsorganisationen, darunter Amnesty International, kritisierten das Urteil "
                 "scharf.", "2016-03-01")
    assert (found.event, codes(found.actor), found.recipient) == ("ACCUSE", {None, "AMNESTY"}, [])


def test_an_attack_in_the_attribute_of_the_subject_befell_it():
    assert events_of("Der bei dem Anschlag verletzte Polizist erlag später seinen Verletzungen.", "2016-03-01") == []
    found = [e for e in events_of("Als Milizen ihn 2006 verschleppten, wurden diese von einem Angriff einer anderen "
                                  "Rebellengruppe überrascht.", "2016-03-01") if e.mentions[0].trigger == "Angriff"]
    assert [a.text for e in found for a in e.actor] == ["einer anderen Rebellengruppe"]


def test_what_a_threat_names_is_no_event_of_its_own():
    found = only("Vor der Entscheidung hatte die Gewerkschaft Verdi damit gedroht, wöchentlich zu streiken.",
                 "2015-09-10")
    assert found.event == "THREATEN"
    found = only("Russland drohte, die Gaslieferungen an die Ukraine zu stoppen.", "2016-03-01")
    assert (found.event, codes(found.recipient)) == ("THREATEN", {"UKR"})
    found = only("Unterdessen drohte Serbiens Außenminister Ivica Dačić, die Grenzen zu schließen.", "2016-02-15")
    assert (found.event, codes(found.actor)) == ("THREATEN", {"SRB"})


def test_steering_into_a_street_and_giving_comfort_are_no_events():
    assert events_of("Nach weiteren Attacken lenkte er schließlich in die Herrengasse ein.", "2015-06-20") == []
    assert events_of("Mit einem Text versucht der Bischof Trost zu spenden.", "2015-06-20") == []


def test_who_causes_concern_does_not_voice_it_and_determining_an_amount_is_no_investigation():
    assert events_of("Der Tausch von Assets der OMV und der russischen Gazprom hat Sorgen vor einem Verlust "
                     "befeuert.", "2015-12-28") == []
    assert events_of("Der Gutachter, der für die Stadt Wien den Verkaufspreis ermittelte, kaufte selbst ein Haus.",
                     "2016-02-13") == []
    found = only("Die Staatsanwaltschaft Wien ermittelt gegen den Minister.", "2016-03-01")
    assert (found.event, found.mode) == ("ACCUSE", "investigate")


def test_entry_and_exit_are_no_visits():
    assert events_of("Die Ausreise der Diplomaten aus Peking verzögerte sich.", "2016-03-01") == []
    found = only("Die Reise Merkels nach China dauert drei Tage.", "2016-03-01")
    assert (found.event, found.mode, codes(found.recipient)) == ("CONSULT", "visit", {"CHN"})


def test_fighting_that_came_about_has_unnamed_fighters():
    found = only("Trotz der Waffenruhe ist es in der Ostukraine erneut zu schweren Gefechten gekommen.", "2016-02-01")
    assert (found.event, codes(found.actor)) == ("ASSAULT", {"UKR"})


def test_people_sent_back_by_a_state_are_deported():
    found = only("Griechenland schickte 200 Flüchtlinge in die Türkei zurück.", "2016-04-04")
    assert (found.event, found.mode, codes(found.actor)) == ("COERCE", "deport", {"GRC"})
    assert events_of("Die Firma schickte die Ware zurück.", "2016-04-04") == []


def test_a_relative_clause_does_not_close_the_bracket_of_its_main_clause():
    text = ("Demnach sollen alle Flüchtlinge, die ab Sonntag illegal auf die griechischen Inseln übersetzen, in die "
            "Türkei zurückgeschickt werden.")
    found = only(text, "2016-03-18")
    assert (found.event, found.mode, found.aux, [a.text for a in found.recipient]) == (
        "COERCE", "deport", ["future"], ["alle Flüchtlinge"])


def test_rebels_answer_the_forces_of_their_own_country():
    text = ("Die Separatisten hätten Stellungen nahe Awdijiwka mit schwerer Artillerie beschossen, sagte ein "
            "Militärsprecher in Kiew. Die Rebellen wiesen die Vorwürfe zurück.")
    found = [e for e in events_of(text, "2016-02-01") if e.event == "REJECT"]
    assert [([a.sector for a in e.actor], [a.sector for a in e.recipient]) for e in found] == [(["REB"], ["MIL"])]


def test_calling_an_act_a_crime_accuses_who_did_it():
    text = "Die Türkei hat ein russisches Kampfflugzeug abgeschossen. Das Vorgehen sei ein Verbrechen, sagte Putin."
    found = [e for e in events_of(text, "2015-11-24") if e.event == "ACCUSE"]
    assert [(codes(e.actor), codes(e.recipient)) for e in found] == [({"RUS"}, {"TUR"})]
    assert events_of("Er wurde wegen schwerer Verbrechen verurteilt.", "2015-11-24") == []


def test_calling_an_act_a_success_supports_it():
    found = only("Obama bezeichnete das Atomabkommen mit dem Iran als historischen Erfolg.", "2015-07-14")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SUPPORT", {"USA"}, {"IRN"})


def test_a_relative_pronoun_before_a_time_phrase_opens_a_relative_clause():
    text = ("Die steirische Polizei hat die Personenbeschreibung jener beiden Männer veröffentlicht, die vorigen "
            "Freitag in Leoben eine 15 Jahre alte Schülerin vergewaltigt hatten.")
    found = only(text, "2016-03-01")
    assert (found.event, found.mode, [a.text for a in found.actor]) == ("ASSAULT", "sexual", ["jener beiden Männer"])


def test_a_negated_participle_before_a_noun_denies_nothing_of_the_clause():
    found = [e for e in events_of("Die Polizei löste die nicht genehmigte Kundgebung auf und nahm 50 Menschen fest.",
                                  "2016-03-01") if e.event == "ASSAULT"]
    assert [(e.mode, e.aux) for e in found] == [("crowd-control", [])]
    found = only("Der Richter hat keine sofortige Inhaftierung angeordnet.", "2016-03-01")
    assert "negated" in found.aux
    found = only("Die EU wird nicht neue Sanktionen verhängen.", "2016-03-01")
    assert "negated" in found.aux


def test_the_other_side_of_a_clash_did_what_befell_the_subject():
    found = only("Bei Zusammenstößen mit der Polizei wurden in Addis Abeba zwei Demonstranten getötet.", "2016-03-01")
    assert (found.event, [a.text for a in found.actor], [a.text for a in found.recipient]) == (
        "ASSAULT", ["der Polizei"], ["zwei Demonstranten"])


def test_ending_a_strike_concedes_and_what_one_had_to_do_was_done():
    found = only("Die Gewerkschaft Verdi musste ihren Streik sofort abbrechen.", "2015-09-10")
    assert (found.event, found.aux, codes(found.actor)) == ("CONCEDE", [], {"DEU"})
    found = only("Die Polizei konnte die Täter in Brüssel festnehmen.", "2016-03-19")
    assert (found.event, found.aux) == ("COERCE", [])
    found = only("Die Polizei könnte die Täter in Brüssel festnehmen.", "2016-03-19")
    assert (found.event, found.aux) == ("COERCE", ["hypothetical"])


def test_classing_an_act_as_genocide_does_not_commit_it_and_an_envoy_withdrawn_cuts_ties():
    found = only("Der Bundestag hat die Massaker an den Armeniern als Völkermord eingestuft.", "2016-06-02")
    assert (found.event, codes(found.actor)) == ("ACCUSE", {"DEU"})
    found = only("Die Türkei zog daraufhin ihren Botschafter aus Berlin ab.", "2016-06-02")
    assert (found.event, found.mode, codes(found.recipient)) == ("SANCTION", "discontinue", {"DEU"})
    assert only("Russland zieht seine Truppen aus Syrien ab.", "2016-03-15").event == "RETREAT"


def test_letting_no_refugees_into_the_country_restricts_them():
    found = only("Mazedonien lässt keine Flüchtlinge mehr ins Land.", "2016-03-09")
    assert (found.event, found.mode, found.aux, codes(found.actor)) == ("COERCE", "restrict", [], {"MKD"})
    assert only("Deutschland ließ die Flüchtlinge aus Ungarn ins Land.", "2015-09-05").event == "AID"


def test_the_country_is_the_one_named_last_even_inside_a_phrase():
    text = ("In Chile trat ein Funktionär zurück. Nach der Aufdeckung von Briefkastenfirmen in Panama hat die "
            "OECD dem Land schwere Versäumnisse vorgeworfen.")
    found = [e for e in events_of(text, "2016-04-05") if e.event == "ACCUSE"]
    assert [(codes(e.actor), codes(e.recipient)) for e in found] == [({"OECD"}, {"PAN"})]


def test_the_subject_agrees_with_the_finite_verb_where_the_tagger_misreads_its_case():
    found = only("Zuvor hatten Demonstranten in Teheran die saudische Botschaft gestürmt.", "2016-01-04")
    assert ([a.text for a in found.actor], [a.text for a in found.recipient]) == (
        ["Demonstranten"], ["die saudische Botschaft"])


def test_a_verb_in_the_simple_past_after_a_comma_goes_on_with_the_same_subject():
    text = ("Der iranische Präsident Hassan Rohani verurteilte den Angriff auf die Botschaft, warf Riad aber "
            "zugleich vor, Spannungen in der Region zu schüren.")
    found = [e for e in events_of(text, "2016-01-04") if e.mode == "allege"]
    assert [(codes(e.actor), codes(e.recipient)) for e in found] == [({"IRN"}, {"SAU"})]
    found = only("Die Polizei nahm drei Männer fest, teilte ein Sprecher mit.", "2016-01-04")
    assert found.attribution is not None and found.event == "COERCE"


def test_who_condemns_a_deed_whose_doer_is_unsaid_addresses_no_one_named_before():
    text = ("Ein solcher Schritt würde die Verhandlungen beenden, sagte Federica Mogherini. "
            "Bundeskanzlerin Angela Merkel verurteilte den Putschversuch.")
    found = only(text, "2016-07-20")
    assert (found.event, codes(found.actor), found.recipient) == ("ACCUSE", {"DEU"}, [])


def test_putschists_are_insurgents_and_stopping_flights_is_a_sanction():
    found = only("Putschisten hatten das Parlament in Ankara mit Kampfflugzeugen bombardiert.", "2016-07-16")
    assert (found.event, [a.sector for a in found.actor]) == ("ASSAULT", ["REB"])
    found = only("Saudi-Arabien kündigte an, alle Flugverbindungen in den Iran einzustellen.", "2016-01-04")
    assert (found.event, found.mode, codes(found.recipient), found.aux) == (
        "SANCTION", "discontinue", {"IRN"}, ["future"])


def test_weighing_sanctions_against_someone_threatens_them():
    found = only("Japan erwägt eigene Sanktionen gegen Pjöngjang.", "2016-01-07")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("THREATEN", {"JPN"}, {"PRK"})
    assert events_of("Die Regierung erwägt eine Erhöhung der Steuern.", "2016-01-07") == []


def test_the_victims_of_coordinated_attacks_and_clashes_did_not_attack():
    text = "Seit Anfang Oktober wurden bei Anschlägen und Zusammenstößen mehr als 40 Palästinenser getötet."
    assert not [e for e in events_of(text, "2015-10-11") if codes(e.actor) == {"PSE"}]


def test_denying_someone_access_refuses_them():
    found = only("Israel hatte dem UN-Sonderberichterstatter den Zugang zu den Gebieten verwehrt.", "2016-01-05")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REJECT", {"ISR"}, {"UN"})


def test_a_common_noun_after_a_title_is_no_name():
    found = only("Boris Johnson warf dem Premier Panikmache vor.", "2016-05-09")
    assert (found.event, [a.name for a in found.recipient]) == ("ACCUSE", ["David Cameron"])


def test_what_a_warning_is_about_has_not_happened():
    text = "Der britische Premierminister David Cameron hat vor einem Austritt seines Landes aus der EU gewarnt."
    found = [e for e in events_of(text, "2016-05-09") if e.event == "SANCTION"]
    assert [e.aux for e in found] == [["hypothetical"]]


def test_negotiating_reforms_with_others_agrees_with_them_and_a_joke_is_a_condemning_label():
    found = only("Cameron hatte im Februar mit den anderen 27 EU-Staaten Reformen ausgehandelt.", "2016-05-09")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AGREE", {"GBR"}, {"EU"})
    found = only("Nigel Farage bezeichnete das Ergebnis als Witz.", "2016-05-09")
    assert (found.event, found.mode) == ("ACCUSE", "disapprove")


def test_what_is_done_instead_of_or_without_an_act_denies_the_act():
    found = only("Putin verließ den Gipfel, ohne mit Merkel zu sprechen.", "2016-05-09")
    assert (found.event, found.aux) == ("CONSULT", ["negated"])
    found = only("Die Regierung verbreite Angst, statt Hilfsgüter zu liefern, sagte Johnson.", "2016-05-09")
    assert "negated" in found.aux


def test_a_second_participle_after_und_shares_the_auxiliary_and_is_no_reported_speech():
    found = events_of("Der Präsident hat die Rebellen kritisiert und die Armee gelobt.", "2015-06-23")
    assert [(e.event, [a.text for a in e.recipient], e.attribution) for e in found] == [
        ("ACCUSE", ["die Rebellen"], None), ("SUPPORT", ["die Armee"], None)]


def test_an_according_to_phrase_ends_with_its_noun():
    text = "Die Armee hatte die Stadt angegriffen und nach eigenen Angaben Hunderte Geiseln befreit."
    assert [e.attribution.text for e in events_of(text, "2015-06-23")] == ["nach eigenen Angaben"]


def test_prisoners_handed_over_to_the_other_side_are_released_and_cowardly_is_a_condemnation():
    found = only("Im Gegenzug übergab Kiew 20 Gefangene an die Aufständischen.", "2015-12-21")
    assert (found.event, found.mode, codes(found.actor)) == ("RETREAT", "release", {"UKR"})
    assert events_of("Die Polizei übergab den Häftling an die Staatsanwaltschaft.", "2015-12-21") == []
    found = only("Cameron bezeichnete die Äußerungen als spaltend.", "2015-12-09")
    assert (found.event, found.mode) == ("ACCUSE", "disapprove")


def test_a_plural_pronoun_opening_a_sentence_takes_up_the_pair_before():
    text = "Poroschenko und Putin telefonierten am Sonntag. Sie vereinbarten, den Gefangenenaustausch fortzusetzen."
    found = [e for e in events_of(text, "2015-12-21") if e.event == "AGREE"]
    assert [codes(e.actor) for e in found] == [{"UKR", "RUS"}]
    text = "Juncker traf sich am Abend mit Tsipras in Brüssel. Beide vereinbarten, die Gespräche fortzusetzen."
    found = [e for e in events_of(text, "2015-06-16") if e.event == "AGREE"]
    assert [codes(e.actor) for e in found] == [{"EU", "GRC"}]


def test_a_verb_the_tagger_took_for_an_attribute_is_finite_before_its_separated_particle():
    found = only("Drei Tage später eroberten Regierungstruppen Teile der Stadt zurück.", "2015-10-08")
    assert (found.event, found.mentions[0].trigger) == ("ASSAULT", "eroberten … zurück")
    assert events_of("Die Armee gab die eroberten Gebiete zurück.", "2015-10-08") == []


def test_a_sentence_opened_by_an_article_is_no_source_of_the_one_before():
    text = "US-Präsident Barack Obama entschuldigte sich. Das Pentagon kündigte an, den Vorfall zu untersuchen."
    assert [e.attribution for e in events_of(text, "2015-10-05") if e.event == "CONCEDE"] == [None]
    text = "Die Polizei nahm drei Männer fest. Das berichtete der Spiegel."
    assert only(text, "2015-10-05").attribution.text == "Das berichtete der Spiegel."


def test_meddling_said_of_someone_and_likening_them_to_a_coup_accuse_them():
    found = only("Brüssel mische sich in innere Angelegenheiten ein, sagte Waszczykowski dem Radiosender RMF.",
                 "2016-01-13")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"POL"}, {"EU"})
    found = only("Erdogan verglich die deutsche Regierung mit den Nazis.", "2016-01-13")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"TUR"}, {"DEU"})
    assert events_of("Forscher verglichen die Daten mit dem Vorjahr.", "2016-01-13") == []


def test_a_crackdown_announced_and_an_act_of_war_named():
    found = only("Der belgische Premier Charles Michel kündigte ein härteres Vorgehen gegen Extremisten an.",
                 "2015-11-16")
    assert (found.event, found.aux, codes(found.actor)) == ("COERCE", ["future"], {"BEL"})
    found = only("Präsident François Hollande sprach von einem Kriegsakt der Terrormiliz Islamischer Staat.",
                 "2015-11-16")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"FRA"}, {"IS"})
    assert events_of("Das Vorgehen der Regierung ist umstritten.", "2015-11-16") == []


def test_an_armed_group_may_occupy_a_place_or_move_against_the_army():
    found = only("Die Taliban besetzten das Gouverneursgebäude.", "2015-10-05")
    assert (found.event, codes(found.actor)) == ("ASSAULT", {"TALIBAN"})
    assert only("Die Rebellen gingen gegen die Armee vor.", "2015-10-05").event == "ASSAULT"
    assert events_of("Studenten besetzten die Universität.", "2015-10-05") == []


def test_a_programme_put_on_ice_is_suspended_and_plans_put_on_ice_are_given_up():
    found = only("Das Pentagon legt das Ausbildungsprogramm für syrische Rebellen auf Eis.", "2015-10-09")
    assert (found.event, found.mode) == ("SANCTION", "discontinue")
    found = only("Nach den Protesten hatte Orban die Pläne auf Eis gelegt.", "2014-10-31")
    assert (found.event, codes(found.actor)) == ("CONCEDE", {"HUN"})


def test_answering_criticism_or_remarks_answers_whoever_made_them():
    found = events_of("Die kanadische Regierung forderte Venezuela auf, die Gefangenen aus Kolumbien freizulassen. "
                      "Präsident Maduro wies die Kritik umgehend zurück.")
    rejection = next(e for e in found if e.event == "REJECT")
    assert codes(rejection.recipient) == {"CAN"}  # not Colombia, named last
    found = events_of("Der polnische Außenminister schloss eine Blockade der Gespräche mit Russland nicht aus. "
                      "Litauen verurteilte die Äußerungen.")
    condemnation = next(e for e in found if e.event == "ACCUSE")
    assert codes(condemnation.actor) == {"LTU"} and codes(condemnation.recipient) == {"POL"}


def test_denying_a_rumour_answers_no_one_named_before():
    found = events_of("Die Regierung in Lissabon hat Spanien um Hilfe gebeten. "
                      "Spanien dementierte das Gerücht.")
    denial = next(e for e in found if e.event == "REJECT")
    assert denial.recipient == []


def test_the_act_a_request_asks_for_has_not_happened():
    found = events_of("Kenia bekräftigte seine Forderung nach einem Rückzug der Truppen Ugandas.")
    assert [e.event for e in found] == ["REQUEST"]
    found = events_of("Die Niederlande pochen auf eine Freilassung der Journalisten.")
    assert [e.event for e in found] == ["REQUEST"]
    found = events_of("Schweden und Finnland dringen auf schärfere Sanktionen gegen Belarus.")
    assert [e.event for e in found] == ["REQUEST"] and codes(found[0].actor) == {"SWE", "FIN"}


def test_the_alliance_refers_back_to_nato_and_the_world_organisation_is_the_un():
    found = events_of("Estland rief die Nato um Hilfe an. Das Bündnis stellte sich hinter Tallinn. "
                      "Die Weltorganisation forderte Zurückhaltung.")
    support = next(e for e in found if e.event == "SUPPORT")
    assert codes(support.actor) == {"NATO"} and codes(support.recipient) == {"EST"}
    assert any(e.event == "REQUEST" and codes(e.actor) == {"UN"} for e in found)


def test_calling_a_procedure_a_coup_condemns_it():
    event = only("Der Präsident Perus bezeichnete das Urteil des Gerichts als Staatsstreich.")
    assert (event.event, codes(event.actor)) == ("ACCUSE", {"PER"})


def test_an_indefinite_subject_in_what_someone_says_is_the_speakers_side():
    event = only("Der griechische Regierungschef kündigte an, man werde die Migranten auf den Inseln versorgen.")
    assert (event.event, codes(event.actor)) == ("AGREE", {"GRC"})  # aid promised
    event = only("Man werde die Sanktionen gegen Belarus verlängern, sagte die litauische Präsidentin.")
    assert (event.event, codes(event.actor), codes(event.recipient)) == ("SANCTION", {"LTU"}, {"BLR"})
    assert "future" in event.aux


def test_condemning_an_act_whose_doer_is_unsaid_addresses_who_did_it_before():
    found = events_of("Das Parlament in Lima hat den Präsidenten suspendiert. "
                      "Tausende protestierten. Der Präsident Boliviens verurteilte die Suspendierung.")
    condemnation = next(e for e in found if e.event == "ACCUSE")
    assert codes(condemnation.actor) == {"BOL"} and codes(condemnation.recipient) == {"PER"}
    found = events_of("Die griechische Armee hat eine türkische Drohne abgeschossen. Ankara kündigte Gespräche an. "
                      "Der griechische Premier verteidigte den Abschuss.")
    defence = next(e for e in found if e.event == "SUPPORT")
    assert defence.recipient == []  # his own side's act


def test_condemning_an_attack_someone_claimed_addresses_the_claimant():
    found = events_of("Bei einem Anschlag auf einen Markt in Maiduguri sind zwölf Menschen getötet worden. "
                      "Die Terrormiliz Boko Haram bekannte sich zu der Tat. "
                      "Der Präsident des Tschad verurteilte den Anschlag.")
    condemnation = next(e for e in found if e.event == "ACCUSE")
    assert codes(condemnation.actor) == {"TCD"} and codes(condemnation.recipient) == {"BOKOHARAM"}


def test_a_lexicon_verbs_own_infinitive_leads_to_itself_whatever_the_order():
    from lagebild.events.inflection import verb_forms

    assert verb_forms(["dringen", "drängen"]) == verb_forms(["drängen", "dringen"])
    assert verb_forms(["dringen", "drängen"])["drängen"] == "drängen"  # not the Konjunktiv II of dringen


def test_speaking_of_a_massacre_accuses_and_warnings_ignored_are_no_accusation_of_their_own():
    event = only("Der Oppositionsführer sprach von einem Massaker der Armee.")
    assert event.event == "ACCUSE"
    assert events_of("Die Regierung in Athen habe alle Warnungen ignoriert.") == []


def test_a_plural_verb_after_the_comma_goes_on_with_the_subject_before():
    found = events_of("Die USA begrüßten den Kompromiss, warnten Teheran aber vor weiteren Raketentests.")
    warning = next(e for e in found if e.event == "ACCUSE")
    assert codes(warning.actor) == {"USA"} and codes(warning.recipient) == {"IRN"}
    assert all(e.attribution is None for e in found)  # the second clause reports nothing


def test_welcoming_an_agreement_addresses_its_parties_not_the_one_another_clause_names():
    found = events_of("Serbien und das Kosovo haben sich auf einen Grenzverlauf geeinigt. "
                      "Die Niederlande lobten die Einigung, warnten Belgrad aber vor weiteren Verzögerungen.")
    praise = next(e for e in found if e.event == "SUPPORT")
    assert codes(praise.recipient) == {"SRB", "XKX"}


def test_condemning_an_agreement_addresses_its_parties():
    found = events_of("Peru und Bolivien haben sich auf ein Abkommen über den Titicacasee geeinigt. "
                      "Argentinien war bei der Zeremonie nicht vertreten. "
                      "Die Regierung Chiles verurteilte das Abkommen als Provokation.")
    condemnation = next(e for e in found if e.event == "ACCUSE")
    assert codes(condemnation.actor) == {"CHL"} and codes(condemnation.recipient) == {"PER", "BOL"}


def test_binding_oneself_to_do_something_is_an_agreement_and_a_duty_is_none():
    event = only("Kolumbien verpflichtet sich, die Zahl der Kokafelder drastisch zu verringern.")
    assert (event.event, codes(event.actor)) == ("AGREE", {"COL"})
    assert events_of("Der Minister ist verpflichtet, den Bericht dem Parlament vorzulegen.") == []


def test_opening_fire_and_stabbing_at_people_are_attacks():
    found = events_of("Zwei Männer hatten in einer Moschee in Kano das Feuer eröffnet und auf Gläubige eingestochen.")
    assert [e.event for e in found] == ["ASSAULT"]
    event = only("Soldaten eröffneten das Feuer auf die Demonstranten.")
    assert (event.event, event.mode) == ("ASSAULT", "firearms")


def test_sending_military_advisers_is_aid():
    event = only("Frankreich schickte Militärberater nach Mali.")
    assert (event.event, codes(event.actor), codes(event.recipient)) == ("AID", {"FRA"}, {"MLI"})


def test_one_more_actor_doing_the_same_addresses_the_same():
    found = events_of("Die Regierung in Tokio werde Ärzte nach Nepal schicken, sagte der Außenminister. "
                      "Auch Südkorea bot Hilfe an.")
    offer = next(e for e in found if codes(e.actor) == {"KOR"})
    assert (offer.event, codes(offer.recipient)) == ("AGREE", {"NPL"})


def test_signing_an_agreement_is_one_event_and_breaking_one_is_no_attack():
    found = events_of("Die Rebellen unterzeichneten das Abkommen mit der Regierung von Mali.")
    assert [e.event for e in found] == ["SUPPORT"]
    assert [e for e in events_of("Die Armee habe die Vereinbarung verletzt, sagte der Rebellenführer.")
            if e.event == "ASSAULT"] == []


def test_who_reports_what_his_own_side_does_is_not_whom_it_addresses():
    found = events_of("Der ukrainische Präsident Petro Poroschenko warf Russland eine Aggression vor. "
                      "Die Ukrainer würden sich weiter wehren, sagte er.")
    defiance = next(e for e in found if e.event == "REJECT")
    assert codes(defiance.recipient) == {"RUS"}  # not the president who says it


def test_a_possessive_genitive_in_the_prefield_is_no_subject():
    event = only("Nach der Plünderung seiner Botschaft in Tripolis hat Ägypten seine Diplomaten aus Libyen abgezogen.")
    assert codes(event.actor) == {"EGY"}


def test_protesting_against_an_execution_is_no_execution_by_the_protesters():
    found = events_of("Demonstranten zogen vor die Botschaft in Teheran. "
                      "Sie protestierten gegen die Hinrichtung des Geistlichen Mohammed Baqir al-Amin.")
    assert [e.event for e in found] == ["PROTEST"]


def test_what_is_talked_about_is_no_act_of_the_speaker():
    assert events_of("Der italienische Premier hatte sich skeptisch über die Sanktionen gegen Russland geäußert.") == []


def test_rejecting_that_answers_whoever_said_it():
    found = events_of("Armenien fordert eine Untersuchung der Kämpfe durch die OSZE. Aserbaidschan lehnt das ab.")
    refusal = next(e for e in found if e.event == "REJECT")
    assert codes(refusal.actor) == {"AZE"} and codes(refusal.recipient) == {"ARM"}  # not the OSCE, named last


@pytest.mark.parametrize("text, event", [
    ("Der kenianische Außenminister sprach von einem Durchbruch.", "SUPPORT"),
    ("Der kenianische Außenminister sprach von einem bösartigen Gerücht.", "REJECT"),
    ("Die kenianische Opposition sprach von einer Entführung.", "ACCUSE"),
])
def test_speaking_of_a_breakthrough_praises_and_of_a_rumour_denies(text, event):
    assert only(text).event == event


def test_welcoming_more_of_an_act_addresses_its_doer():
    found = events_of("Die EU verhängte Sanktionen gegen Belarus. Tausende demonstrierten in Minsk. "
                      "Litauen begrüßte die Verlängerung der Sanktionen.")
    welcome = next(e for e in found if e.event == "SUPPORT")
    assert codes(welcome.actor) == {"LTU"} and codes(welcome.recipient) == {"EU"}


def test_a_wife_speaks_for_herself_and_a_masculine_relative_der_is_the_subject():
    found = events_of("Caracas – Der Geheimdienst nahm den Gewerkschafter Luis Pérez fest. "
                      "Seine Ehefrau Ana Pérez warf der Regierung vor, ihren Mann verschleppt zu haben.")
    accusation = next(e for e in found if e.event == "ACCUSE")
    assert codes(accusation.recipient) == {"VEN"} and "Ehefrau" in accusation.actor[0].text
    event = only("Brüssel – Ein kranker Belgier, der seine Ehefrau während einer Talkshow enthauptet hat, "
                 "muss in eine Klinik.")
    assert "Belgier" in event.actor[0].text and "Ehefrau" in event.recipient[0].text


def test_launching_a_missile_is_a_weapons_test_and_abuse_alleged_accuses():
    event = only("Der Iran hat am Sonntag eine Mittelstreckenrakete gestartet.")
    assert (event.event, event.mode, codes(event.actor)) == ("MOBILIZE", "weapons", {"IRN"})
    event = only("Kiew habe die Hilfsgelder missbraucht, erklärte das russische Außenministerium.")
    assert (event.event, codes(event.actor), codes(event.recipient)) == ("ACCUSE", {"RUS"}, {"UKR"})


def test_a_party_gives_the_support_an_act_is_done_with():
    event = only("Madrid – Sozialistenchef Pedro Sánchez will mit Unterstützung der Kommunisten eine Regierung bilden.")
    assert "Kommunisten" in event.actor[0].text and event.recipient[0].text == "Pedro Sánchez"


def test_support_promised_is_another_event_than_support_given():
    found = events_of("Die Nato verteidigte die Türkei gegen die Kritik Moskaus. "
                      "Die Nato will die Türkei beim Ausbau der Luftabwehr unterstützen, sagte der Generalsekretär.")
    assert sorted((e.event, "future" in e.aux) for e in found if codes(e.actor) == {"NATO"}) == [
        ("AGREE", True), ("SUPPORT", False)]


def test_the_members_of_a_body_named_before_act_as_that_body():
    found = events_of("Der UN-Sicherheitsrat trat am Abend in New York zusammen. "
                      "Die Mitglieder verurteilten den Raketentest Nordkoreas.")
    condemnation = next(e for e in found if e.event == "ACCUSE")
    assert codes(condemnation.actor) == {"UN"} and codes(condemnation.recipient) == {"PRK"}


def test_a_test_condemned_addresses_the_state_that_tested():
    found = events_of("Pakistan hat am Montag eine Rakete getestet. Indien protestierte in Genf bei der UNO. "
                      "Der Iran bezeichnete den Test als Provokation.")
    judgement = next(e for e in found if codes(e.actor) == {"IRN"})
    assert codes(judgement.recipient) == {"PAK"}


def test_a_particle_at_the_end_closes_the_last_of_two_coordinated_verbs():
    found = events_of("Die EU-Staaten verurteilten den Anschlag einstimmig und kündigten weitere Strafmaßnahmen an.")
    assert sorted(e.event for e in found if codes(e.actor) == {"EU"}) == ["ACCUSE", "SANCTION"]


def test_an_act_that_names_no_one_addresses_whom_the_same_actor_addressed_before_in_the_sentence():
    found = events_of("Nordkorea hat eine Rakete getestet. Die USA schickten Bomber nach Südkorea. "
                      "Japan verurteilte den Test und drohte mit Konsequenzen.")
    threat = next(e for e in found if e.event == "THREATEN")
    assert codes(threat.recipient) == {"PRK"}  # (as the condemnation, not the USA or South Korea named before)


def test_a_relative_clause_after_a_country_name_is_no_speech_of_the_main_clause():
    found = events_of("Am Freitag verkündete Georgien eine Waffenruhe, die Russland jedoch als Täuschung zurückwies.")
    refusal = next(e for e in found if e.event == "REJECT")
    assert codes(refusal.actor) == {"RUS"} and refusal.attribution is None


def test_claiming_the_attentats_makes_the_claimant_the_attacker():
    found = events_of("Bei Anschlägen in Ankara sind am Samstag 95 Menschen getötet worden. "
                      "Die Terrormiliz Islamischer Staat bekannte sich zu den Attentaten.")
    assert [(e.event, codes(e.actor)) for e in found] == [("ASSAULT", {"IS"})]


def test_a_von_after_a_source_that_names_its_source_is_the_agent():
    event = only("Ein Journalist wurde nach syrischen Angaben von kurdischen Milizen in Afrin erschossen.")
    assert event.event == "ASSAULT" and "Milizen" in event.actor[0].text
    assert event.attribution.text == "nach syrischen Angaben"


def test_speaking_of_an_attack_condemns_it():
    assert only("Der jordanische König sprach von einem feigen Angriff.").event == "ACCUSE"


def test_both_sides_are_two_countries_and_no_court():
    found = events_of("Die Philippinen klagten gegen China. Das Gericht in Den Haag gab Manila recht. "
                      "Peking erkennt das Urteil nicht an. Die EU forderte beide Seiten zur Zurückhaltung auf.")
    request = next(e for e in found if e.event == "REQUEST")
    assert codes(request.recipient) == {"PHL", "CHN"}


def test_warning_someone_of_consequences_threatens_them():
    event = only("Moskau warnte Kiew vor ernsten Konsequenzen.")
    assert (event.event, codes(event.actor), codes(event.recipient)) == ("THREATEN", {"RUS"}, {"UKR"})
    assert events_of("Die Regierung warnte vor den Konsequenzen der Dürre.") == []


def test_a_failure_supposed_in_a_condition_blames_no_one():
    found = events_of("Die Opposition werde protestieren, falls die Regierung versage, "
                      "sagte der Sprecher der Sozialisten.")
    assert [e.event for e in found] == ["PROTEST"]


def test_the_agent_of_a_participle_before_an_event_noun_does_the_act():
    event = only("Die von der EU verhängten Strafmaßnahmen gegen Weißrussland laufen im Februar aus.")
    assert (event.event, codes(event.actor), codes(event.recipient)) == ("SANCTION", {"EU"}, {"BLR"})


def test_where_an_act_was_done_from_is_not_who_did_it():
    event = only("Die Attentäter hatten die Anschläge von Syrien aus geplant.")
    assert "Attentäter" in event.actor[0].text


def test_one_of_several_in_the_accusative_is_the_object():
    event = only("Die Türkei habe einen der Attentäter im vergangenen Jahr nach Belgien abgeschoben.")
    assert codes(event.actor) == {"TUR"} and "Attentäter" in event.recipient[0].text


def test_a_country_before_a_headline_colon_is_its_topic_not_its_subject():
    event = only("Syrien: Rebellen greifen Regierungstruppen in Aleppo an")
    assert "Rebellen" in event.actor[0].text and event.attribution is None


def test_what_a_proposal_asks_for_has_not_happened():
    found = events_of("Der Verteidigungsminister schlug der Regierung in Tokio vor, zehn chinesische Diplomaten "
                      "auszuweisen.")
    expulsion = next(e for e in found if e.event == "SANCTION")
    assert "hypothetical" in expulsion.aux


def test_examining_a_request_is_no_investigation():
    assert events_of("Die australische Regierung werde das Auslieferungsgesuch prüfen, sagte ein Sprecher.") == []


def test_likening_a_policy_to_a_deportation_condemns_it():
    event = only("Der griechische Premier verglich die Grenzpolitik Mazedoniens mit einer Deportation.")
    assert (event.event, codes(event.recipient)) == ("ACCUSE", {"MKD"})


def test_a_closure_criticised_addresses_who_closed_and_the_second_verb_is_no_speech_reported():
    found = events_of("Mazedonien hat seine Grenze zu Griechenland geschlossen. Der griechische Premier Tsipras "
                      "kritisierte die Schließung und forderte die EU zum Handeln auf.")
    criticism = next(e for e in found if e.event == "ACCUSE")
    demand = next(e for e in found if e.event == "REQUEST")
    assert codes(criticism.recipient) == {"MKD"} and demand.attribution is None


def test_a_denial_answers_the_accusation_made_of_the_one_who_denies():
    found = events_of("Indien machte Pakistan für den Anschlag in Kabul verantwortlich. "
                      "Die USA sagten Afghanistan Hilfe zu. Pakistan bestritt jede Beteiligung.")
    denial = next(e for e in found if e.event == "REJECT")
    assert codes(denial.recipient) == {"IND"}  # the accuser, not Afghanistan as named last


def test_a_denial_answers_an_accuser_at_home_too():
    found = events_of("Die Oppositionspartei Nationale Allianz warf der Regierung vor, die Wahl gefälscht zu haben. "
                      "Die Regierung in Kinshasa wies die Vorwürfe zurück.", "2016-03-08")
    denial = next(e for e in found if e.event == "REJECT")
    assert [a.text for a in denial.recipient] == [next(e for e in found if e.event == "ACCUSE").actor[0].text]


def test_the_accused_answering_rejects_the_accusation():
    found = events_of("Wien – Die Grünen-Chefin Eva Glawischnig warf der EU-Kommission vor, die Bürger zu täuschen. "
                      "Die Kommission konterte, dass alle Dokumente öffentlich seien.", "2016-03-01")
    answer = next(e for e in found if e.event == "REJECT")
    assert (codes(answer.actor), [a.name for a in answer.recipient]) == ({"EU"}, ["Eva Glawischnig"])
    # a bystander's reply rejects nothing
    found = events_of("Wien – Die Grünen-Chefin Eva Glawischnig warf der EU-Kommission vor, die Bürger zu täuschen. "
                      "Die Regierung in Moskau erwiderte, dass alle Dokumente öffentlich seien.", "2016-03-01")
    assert [e.event for e in found] == ["ACCUSE"]


@pytest.mark.parametrize("text, met", [
    ("Nach einem Treffen mit Lawrow sagte Kerry, die Gespräche würden fortgesetzt.", True),
    ("Kerry sagte nach seinem Treffen mit Lawrow in Moskau, man sei sich nähergekommen.", True),
    ("Vor seinem Treffen mit Lawrow sagte Kerry, er erwarte wenig.", False),
    ("Nach einem Gespräch mit Lawrow kündigte Kerry neue Verhandlungen an.", True),
])
def test_a_meeting_with_a_partner_told_as_background_was_the_subjects_own(text: str, met: bool):
    found = [e for e in events_of(text, "2016-03-08") if e.event == "CONSULT"]
    assert [codes(e.actor) | codes(e.recipient) for e in found] == ([{"USA", "RUS"}] if met else [])


def test_one_unnamed_attacker_told_of_by_an_official_is_no_side_accused():
    found = events_of("Der Attentäter habe sich inmitten einer Touristengruppe in die Luft gesprengt, teilte der "
                      "Gouverneur von Istanbul mit.", "2016-01-12")
    assert [e.event for e in found] == ["ASSAULT"]
    found = events_of("Die Rebellen hätten Stellungen der Armee beschossen, sagte ein Sprecher des ukrainischen "
                      "Militärs.", "2016-01-12")
    assert sorted(e.event for e in found) == ["ACCUSE", "ASSAULT"]


def test_a_news_blackout_imposed_is_censorship_not_a_sanction():
    event = only("Die türkischen Behörden verhängten nach dem Anschlag eine Nachrichtensperre.", "2016-01-12")
    assert (event.event, event.mode, codes(event.recipient)) == ("COERCE", "censor", set())


def test_one_an_act_was_done_to_is_not_whom_judging_the_act_addresses():
    event = only("Die USA kritisierten die Festnahme des Oppositionsführers Leopoldo López.", "2016-01-12")
    assert (event.event, codes(event.actor), event.recipient) == ("ACCUSE", {"USA"}, [])
    event = only("Die USA kritisierten die Politik Russlands.", "2016-01-12")
    assert codes(event.recipient) == {"RUS"}
    event = only("Tausende protestierten in Caracas gegen die Festnahme des Oppositionsführers Leopoldo López.",
                 "2016-01-12")
    # its country's state, not López
    assert (event.event, [(a.country, a.sector, a.name) for a in event.recipient]) == (
        "PROTEST", [("VEN", "GOV", None)])


def test_the_country_a_headline_is_about_is_addressed_by_no_one():
    event = only("Sudan: Regierung und Rebellen unterzeichnen Friedensvertrag")
    assert event.recipient == []


def test_the_agent_an_attribute_names_supports_the_body_described():
    event = only("Die von den Vereinten Nationen unterstützte somalische Übergangsregierung hat ihre Arbeit in "
                 "Mogadischu aufgenommen.")
    assert (event.event, codes(event.actor), codes(event.recipient)) == ("SUPPORT", {"UN"}, {"SOM"})


def test_a_participle_in_an_attribute_opened_by_a_number_is_no_verb():
    event = only("Der Iran hat an einem Tag 12 wegen Drogenhandels verurteilte Männer hingerichtet.")
    assert (event.event, codes(event.actor)) == ("ASSAULT", {"IRN"})


def test_human_rights_groups_criticise_and_a_dismayed_secretary_general_condemns():
    event = only("Menschenrechtsgruppen kritisierten die Regierung in Hanoi.")
    assert "Menschenrechtsgruppen" in event.actor[0].text and codes(event.recipient) == {"VNM"}
    assert only("UN-Generalsekretär Ban Ki-moon zeigte sich bestürzt über die Hinrichtungen.").event == "ACCUSE"


def test_a_judgement_told_as_a_reaction_answers_the_news():
    found = events_of("Saudi-Arabien hat 47 Menschen hingerichtet. Das teilte das Innenministerium mit. "
                      "Viele der Hingerichteten sollen Anhänger von Al-Kaida gewesen sein. Der Iran reagierte empört.")
    reaction = next(e for e in found if codes(e.actor) == {"IRN"})
    assert codes(reaction.recipient) == {"SAU"}


def test_an_ayatollah_is_the_person_named_after_the_title():
    event = only("Ayatollah Ali Khamenei kritisierte die USA.")
    assert event.actor[0].text == "Ayatollah Ali Khamenei"


def test_allies_joined_by_an_adjective_after_und_act_together_on_the_genitive_of_their_target():
    event = only("Am Morgen griffen irakische Soldaten und verbündete kurdische Kämpfer Stellungen der Terrormiliz "
                 "IS bei Mossul an.")
    assert (event.event, codes(event.recipient)) == ("ASSAULT", {"IS"})
    assert any("Kämpfer" in m.text for m in event.actor) and any("Soldaten" in m.text for m in event.actor)


def test_making_someone_responsible_blames_them_whoever_does():
    event = only("HDP-Chef Selahattin Demirtaş machte die Regierung für den Anschlag mitverantwortlich.")
    assert (event.event, event.mode, codes(event.recipient)) == ("ACCUSE", "allege", {"TUR"})


def test_an_invasion_condemned_addresses_those_of_its_doers_the_judge_may_address():
    found = events_of("Im Osten griffen russische Soldaten und verbündete ukrainische Separatisten Stellungen der "
                      "Armee an. Die ukrainische Regierung verurteilte den Einmarsch.")
    condemnation = next(e for e in found if e.event == "ACCUSE")
    assert [m.text for m in condemnation.recipient] == ["russische Soldaten"]  # (not the army named last)


def test_an_attack_praised_is_the_attackers_not_the_forces_that_shot_them():
    found = events_of("Zwei Palästinenser haben in Hebron einen israelischen Soldaten erstochen. Israelische Soldaten "
                      "erschossen die beiden Angreifer. Die Hamas lobte den Anschlag.")
    praise = next(e for e in found if e.event == "SUPPORT")
    assert codes(praise.recipient) == {"PSE"}


def test_what_one_declines_to_comment_on_is_no_act_of_ones_own():
    assert events_of("Die Behörde hat sich bisher nicht zu möglichen Sanktionen gegen den Konzern geäußert.") == []


def test_a_weak_past_after_an_apposed_name_is_the_verb_though_tagged_an_adjective():
    event = only("Die Chefin des französischen Front National, Marine Le Pen, gratulierte Hofer zu seinem Erfolg.")
    assert event.event == "SUPPORT" and "Le Pen" in event.actor[0].text


def test_rejecting_the_accusations_answers_the_accuser_however_far_back():
    found = events_of("Moskau warf Kiew vor, Anschläge auf der Krim geplant zu haben. Zwei Soldaten seien getötet "
                      "worden. Ein Treffen beim G-20-Gipfel in China sei nun sinnlos. Die Lage bleibt angespannt. "
                      "Die ukrainische Regierung wies die Vorwürfe als Provokation zurück.")
    rejection = next(e for e in found if e.event == "REJECT")
    assert codes(rejection.recipient) == {"RUS"}


def test_speaking_of_terror_accuses():
    assert only("Der russische Präsident sprach von Terror.").event == "ACCUSE"


def test_a_state_body_reporting_its_passive_act_in_speech_it_goes_on_with_did_it():
    found = events_of("Bei Gefechten mit Saboteuren sei ein Soldat getötet worden, teilte der Inlandsgeheimdienst FSB "
                      "mit. Mehrere Verdächtige seien festgenommen worden.")
    arrest = next(e for e in found if e.event == "COERCE")
    assert "FSB" in arrest.actor[0].text


def test_checking_signatures_is_no_investigation():
    assert events_of("Die Wahlbehörde prüft derzeit die Unterschriften.") == []


def test_taking_back_refugees_is_no_retraction_and_a_claimed_series_of_attacks_is_the_claimants():
    assert [e.event for e in events_of("Die Türkei sagte zu, Migranten aus Griechenland zurückzunehmen.")] == ["AGREE"]
    found = events_of("Nach den Anschlägen von Paris verhängte Hollande den Ausnahmezustand. "
                      "Die Terrormiliz Islamischer Staat bekannte sich zu der Anschlagsserie.")
    assert any(e.event == "ASSAULT" and codes(e.actor) == {"IS"} for e in found)


def test_the_genitive_of_a_target_after_a_time_phrase_is_the_recipient():
    event = only("Die französische Luftwaffe bombardierte am Sonntag Stellungen des IS in der syrischen Stadt Raqqa.")
    assert codes(event.recipient) == {"IS"}


def test_a_government_rejecting_accusations_against_its_army_answers_the_accuser_and_contacts_are_suspended():
    found = events_of("Amnesty International warf der syrischen Armee vor, Zivilisten gefoltert zu haben. Russland "
                      "lieferte neue Kampfjets nach Syrien. Die Regierung in Damaskus wies die Vorwürfe zurück.")
    rejection = next(e for e in found if e.event == "REJECT")
    assert codes(rejection.recipient) == {"AMNESTY"}
    event = only("Peking setzte die Kontakte zu Taipeh aus.")
    assert (event.event, event.mode, codes(event.recipient)) == ("SANCTION", "discontinue", {"TWN"})


def test_the_body_the_actor_sits_in_is_no_addressee():
    # (with the dateline that says whose Republicans: the name alone is also France's and an anti-monarchist's)
    rejection = only("Washington – Die Republikaner im Kongress lehnen eine Aufhebung des Embargos bisher ab.",
                     "2015-07-20")
    assert (rejection.event, codes(rejection.actor), rejection.recipient) == ("REJECT", {"USA"}, [])


@pytest.mark.parametrize("text, date, event, recipient", [
    pytest.param("Kabul – Ein US-Luftangriff traf in der Nacht ein Krankenhaus in der afghanischen Stadt Kunduz. "
                 "Die Hilfsorganisation Ärzte ohne Grenzen sprach von einem Kriegsverbrechen.", "2015-10-03",
                 "ACCUSE", {"USA"}, id="calling a deed a crime: the last attacker"),
    pytest.param("Havanna – Obama forderte Kuba zu mehr Respekt vor den Menschenrechten auf. Staatschef Raúl Castro "
                 "wies die Kritik zurück.", "2016-03-22", "REJECT", {"USA"},
                 id="a member of government answers what was asked of his state"),
    pytest.param("Kämpfer der Terrormiliz IS ermordeten den Journalisten. Seine Familie in den USA trauerte. "
                 "Großbritannien verurteilte den Mord.", "2014-08-20", "ACCUSE", {"IS"},
                 id="a murder condemned: the murderers"),
    pytest.param("Seoul – Nordkorea hat eine Langstreckenrakete gestartet. Südkorea und die USA berieten über "
                 "ein Abwehrsystem. China bedauerte den Start.", "2016-02-08", "ACCUSE", {"PRK"},
                 id="a launch regretted: the state that launched"),
    pytest.param("Den Haag – Die Niederländer haben in einem Referendum das Abkommen der EU mit der Ukraine "
                 "abgelehnt. Der ukrainische Präsident erklärte, sein Land bleibe auf Kurs. Russland begrüßte das "
                 "Ergebnis.", "2016-04-07", "SUPPORT", {"NLD"}, id="a result welcomed: whoever brought it about"),
    pytest.param("Seoul – Nordkorea hat eine Wasserstoffbombe gezündet. Südkorea, Japan und die USA verurteilten den "
                 "Test. Der UN-Sicherheitsrat kündigte weitere Strafmaßnahmen an.", "2016-01-07", "SANCTION", {"PRK"},
                 id="a sanction naming no one: whom was condemned before"),
])
def test_an_act_naming_no_one_addresses_whom_the_article_told_of(text, date, event, recipient):
    act = next(e for e in events_of(text, date) if e.event == event)
    assert codes(act.recipient) == recipient


def test_the_leads_news_told_again_further_down_is_one_event():
    text = ("Kunduz: US-Luftangriff trifft Klinik\n\nKabul – Bei dem Angriff starben 19 Menschen. Die Organisation "
            "verlangte eine Untersuchung. Die afghanische Regierung äußerte sich nicht. Das US-Militär räumte ein, "
            "in der Nacht einen Angriff in der Nähe der Klinik geflogen zu haben.")
    attacks = [e for e in events_of(text, "2015-10-03") if e.event == "ASSAULT"]
    assert len(attacks) == 1 and len(attacks[0].mentions) == 2
    # one told again with a date of its own long before is another
    text = ("Paris – Die Regierung ließ das Flüchtlingslager räumen. Es war das größte des Landes. Hunderte Menschen "
            "lebten dort. Schon 2002 hatte die Regierung ein Lager in Sangatte räumen lassen.")
    assert len([e for e in events_of(text, "2016-03-01") if e.event == "COERCE"]) == 2


def test_a_threat_of_retaliation_addresses_the_attacker():
    text = ("Sanaa – Saudi-Arabien flog Luftangriffe gegen die Huthi-Rebellen. Präsident Hadi war zuvor aus Aden "
            "geflohen. Die Huthis drohten mit Vergeltung.")
    threat = next(e for e in events_of(text, "2015-03-26") if e.event == "THREATEN")
    assert (codes(threat.actor), codes(threat.recipient)) == ({"HOUTHIS"}, {"SAU"})


def test_an_acts_addressee_is_not_the_one_a_later_clause_addresses():
    found = events_of("Präsident Hollande verlängerte den Ausnahmezustand und kündigte Luftangriffe gegen den IS an.",
                      "2016-07-15")
    emergency = next(e for e in found if e.event == "COERCE")
    assert emergency.recipient == []
    # a judgement's often is
    found = events_of("Die USA verurteilten den Test scharf und forderten Nordkorea zum Verzicht auf.", "2016-01-06")
    assert codes(next(e for e in found if e.event == "ACCUSE").recipient) == {"PRK"}


def test_an_election_report_with_a_defeat_and_a_victory_is_no_sport_report():
    text = ("Italiener lehnen Verfassungsreform ab\n\nRom – Nach der klaren Niederlage beim Referendum hat "
            "Ministerpräsident Matteo Renzi seinen Rücktritt angekündigt. Die Opposition forderte Neuwahlen. "
            "Grillo feierte das Ergebnis als Sieg.")
    assert "REQUEST" in {e.event for e in events_of(text, "2016-12-05")}


def test_sanctions_against_a_state_lifted_are_not_lifted_by_that_state():
    found = events_of("Wien – Die internationalen Sanktionen gegen den Iran sind aufgehoben.", "2016-01-17")
    assert not any(e.event == "CONCEDE" and codes(e.actor) & {"IRN", "AUT"} for e in found)
    lifted = only("Daraufhin hoben die EU und die USA ihre Strafmaßnahmen auf.", "2016-01-17")
    assert (lifted.event, codes(lifted.actor)) == ("CONCEDE", {"EU", "USA"})


def test_a_station_closed_to_refugees_is_a_restriction():
    closed = only("Die ungarische Polizei hat den Ostbahnhof in Budapest für Flüchtlinge gesperrt.", "2015-09-01")
    assert (closed.event, closed.mode, codes(closed.actor)) == ("COERCE", "restrict", {"HUN"})


def test_both_sides_are_the_sides_named_most_not_the_one_who_calls_on_them():
    text = ("Ankara – Die türkische Luftwaffe hat ein russisches Kampfflugzeug abgeschossen. Moskau bestritt, dass "
            "die Maschine den türkischen Luftraum verletzt habe. Präsident Wladimir Putin sprach von einem Stoß in "
            "den Rücken. Er drohte der Türkei mit ernsten Konsequenzen. Die Nato rief beide Seiten zur "
            "Deeskalation auf.")
    found = events_of(text, "2015-11-25")
    assert codes(next(e for e in found if e.event == "ACCUSE").recipient) == {"TUR"}
    assert codes(next(e for e in found if e.event == "REQUEST").recipient) == {"TUR", "RUS"}


def test_support_for_an_offensive_comes_from_the_supports_owner_not_a_later_von():
    text = ("Die irakische Armee hat mit Unterstützung kurdischer Peschmerga-Kämpfer eine Großoffensive zur "
            "Rückeroberung von Mossul begonnen.")
    support = next(e for e in events_of(text, "2016-10-17") if e.event == "SUPPORT")
    assert (codes(support.actor), [a.text for a in support.actor]) == ({"IRQ"}, ["Peschmerga-Kämpfer"])


def test_a_meeting_named_again_by_one_who_took_part_is_that_meeting():
    text = ("Hangzhou – Beim Gipfel haben sich US-Präsident Barack Obama und der russische Präsident Wladimir Putin "
            "zu einem Gespräch über Syrien getroffen. Eine Einigung erzielten sie nicht. Obama sprach von einem "
            "konstruktiven Treffen.")
    meetings = [e for e in events_of(text, "2016-09-05") if e.event == "CONSULT"]
    assert len(meetings) == 1 and codes(meetings[0].actor) == {"USA", "RUS"}


def test_an_act_told_as_not_done_is_not_the_one_judged():
    text = ("Den Haag – Das Schiedsgericht hat Chinas Gebietsansprüche zurückgewiesen. Peking erklärte, es erkenne das "
            "Urteil nicht an. Die Philippinen begrüßten die Entscheidung.")
    welcome = next(e for e in events_of(text, "2016-07-12") if e.event == "SUPPORT" and "negated" not in e.aux)
    assert codes(welcome.recipient) == {"NLD"}


def test_a_year_of_another_noun_does_not_date_the_event():
    refusal = only("Obama lehnte eine Entschuldigung Amerikas für den Atombombenabwurf von 1945 ab.", "2016-05-27")
    assert (refusal.date, refusal.aux) == ("2016-05-27", [])


def test_recalling_a_woman_ambassador_reduces_relations():
    recall = only("Griechenland rief seine Botschafterin aus Österreich zurück.", "2016-02-25")
    assert (recall.event, codes(recall.recipient)) == ("SANCTION", {"AUT"})


def test_a_result_regretted_is_not_of_an_offer_made_since():
    text = ("Bogotá – Die Kolumbianer haben den Friedensvertrag mit der Farc-Guerilla in einer Volksabstimmung "
            "abgelehnt. Der frühere Präsident Álvaro Uribe bot Gespräche an. Die UN bedauerten das Ergebnis.")
    regret = next(e for e in events_of(text, "2016-10-04") if e.actor and codes(e.actor) == {"UN"})
    assert [a.text for a in regret.recipient] == ["Kolumbianer"]


def test_calling_it_a_triumph_praises():
    text = "Paris – Die Staaten haben das Klimaabkommen beschlossen. Ban Ki Moon sprach von einem Triumph."
    praise = [e for e in events_of(text, "2015-12-13") if "Triumph" in e.mentions[0].trigger]
    assert [e.event for e in praise] == ["SUPPORT"]


def test_a_protest_naming_no_one_is_not_against_whoever_was_named_before():
    text = ("Hannover – US-Präsident Barack Obama forderte die Europäer zu mehr Einsatz auf. Vor dem Treffen hatten "
            "in Hannover Tausende gegen das Freihandelsabkommen TTIP demonstriert.")
    protest = next(e for e in events_of(text, "2016-04-25") if e.event == "PROTEST")
    assert "USA" not in codes(protest.recipient)


def test_troops_moving_into_a_country_attack_it_and_support_for_the_offensive_is_for_them():
    text = ("Ankara – Türkische Truppen sind am Mittwoch in Syrien eingerückt, um die Grenzstadt Dscharabulus von der "
            "Terrormiliz IS zu befreien. Die USA unterstützen die Offensive mit Luftangriffen. Die syrische Regierung "
            "verurteilte den Einmarsch.")
    found = events_of(text, "2016-08-24")
    attack = next(e for e in found if e.event == "ASSAULT")
    assert (codes(attack.actor), codes(attack.recipient)) == ({"TUR"}, {"SYR"})
    assert codes(next(e for e in found if e.event == "SUPPORT").recipient) == {"TUR"}
    assert codes(next(e for e in found if e.event == "ACCUSE").recipient) == {"TUR"}
    # a politician moving into a government attacks no one
    assert not [e for e in events_of("Lula soll als Kabinettschef in die Regierung einrücken.") if e.event == "ASSAULT"]


def test_a_ceasefire_declared_is_a_ceasefire():
    truce = only("Aserbaidschan verkündete am Sonntag eine einseitige Feuerpause.", "2016-04-03")
    assert (truce.event, truce.mode, codes(truce.actor)) == ("RETREAT", "ceasefire", {"AZE"})


def test_a_fine_paid_to_authorities_is_their_sanction_and_no_less_real_for_must():
    fine = only("Wegen Fehlern bei Rückrufen muss der Autobauer Fiat Chrysler eine Rekordstrafe von 105 Millionen "
                "Dollar an die US-Behörden zahlen.", "2015-07-27")
    assert (fine.event, codes(fine.actor), fine.aux) == ("SANCTION", {"USA"}, [])
    assert fine.recipient and "USA" not in {a.sector for a in fine.recipient}


def test_a_financial_regulator_is_a_state_body():
    fine = only("Die Deutsche Bank muss 50 Millionen Euro Strafe an die Finanzaufsicht bezahlen.", "2015-07-27")
    assert [(a.sector, a.country) for a in fine.actor] == [("GOV", "DEU")]


@pytest.mark.parametrize("text, actor", [
    ("Der Präsident befahl der Armee, die Stadt anzugreifen.", "MIL"),
    ("Die Regierung verbot der Polizei, die Demonstranten festzunehmen.", "POLICE"),
])
def test_whom_one_orders_or_forbids_an_act_is_the_one_to_do_it_and_it_is_not_done(text, actor):
    found = events_of(text, "2015-07-13")
    told = next(e for e in found if e.mentions[0].trigger.endswith(("anzugreifen", "festzunehmen")))
    assert ({a.sector for a in told.actor}, told.aux) == ({actor}, ["hypothetical"])


def test_both_countries_are_not_the_town_a_meeting_was_held_in():
    text = ("Ankara/Moskau – Die Türkei hat ein russisches Kampfflugzeug abgeschossen. Russland drohte der Türkei mit "
            "Konsequenzen. Die Nato berief auf Antrag der Türkei eine Sondersitzung in Brüssel ein. Generalsekretär "
            "Jens Stoltenberg rief beide Länder zur Besonnenheit auf.")
    call = next(e for e in events_of(text, "2015-11-25")
                if e.event == "REQUEST" and "Stoltenberg" in e.mentions[0].text)
    assert codes(call.recipient) == {"TUR", "RUS"}


def test_resolutions_to_be_kept_are_no_new_condemnation():
    found = events_of("Die IAEA forderte Nordkorea auf, die Resolutionen des Sicherheitsrats einzuhalten.",
                      "2016-01-07")
    assert [e.event for e in found if "hypothetical" not in e.aux] == ["REQUEST"]
    assert not [e for e in found if "Resolutionen" in e.mentions[0].trigger]


def test_an_agreement_welcomed_is_welcomed_from_those_who_reached_it_however_the_object_is_parsed():
    text = ("München – Die internationale Syrien-Kontaktgruppe hat sich auf eine Feuerpause geeinigt. Syrische "
            "Regierungstruppen rückten mit Unterstützung russischer Kampfflugzeuge vor. Der Oppositionssprecher Salim "
            "al-Muslit begrüßte die Einigung vorsichtig.")
    welcome = event_at(text, "2016-02-12", "begrüßte")
    assert "RUS" not in codes(welcome.recipient) and welcome.recipient


def test_an_attack_told_without_doers_and_then_by_unknown_ones_is_one_attack():
    text = ("Ankara – Bei einem Doppelanschlag auf eine Friedenskundgebung in der türkischen Hauptstadt sind am "
            "Samstag mindestens 95 Menschen getötet worden. Die Regierung vermutet Selbstmordattentäter hinter dem "
            "Anschlag.")
    attacks = [e for e in events_of(text, "2015-10-11") if e.event == "ASSAULT"]
    assert len(attacks) == 1 and len(attacks[0].mentions) == 2


def test_what_a_speaker_says_of_an_act_is_not_his_act():
    assert not [e for e in events_of("Der Minister sagte, Ausweisungen seien illegal.", "2016-03-08")
                if e.event == "SANCTION"]


def test_a_visit_called_off_is_refused_to_the_country_it_was_to():
    refusal = only("Außenminister Sergej Lawrow sagte seinen Besuch in der Türkei ab.", "2015-11-25")
    assert (refusal.event, codes(refusal.recipient)) == ("REJECT", {"TUR"})


def test_also_criticising_addresses_whom_the_criticism_before_addressed():
    text = ("Brasília – Der brasilianische Senat hat Präsidentin Dilma Rousseff suspendiert. Venezuelas Präsident "
            "Nicolás Maduro verurteilte die Suspendierung und rief seinen Botschafter aus Brasília zurück. Auch "
            "Bolivien und Ecuador kritisierten die Entscheidung.")
    criticism = event_at(text, "2016-05-12", "kritisierten")
    assert codes(criticism.recipient) == {"BRA"}


def test_a_spokeswoman_after_a_ministry_speaks_for_it_and_refuses_the_act_of_the_one_who_did_it():
    text = ("Nordkorea hat eine Wasserstoffbombe getestet. Das Außenministerium in Peking bestellte den "
            "nordkoreanischen Botschafter ein. Man lehne den Test entschieden ab, sagte eine Sprecherin.")
    refusal = next(e for e in events_of(text, "2016-01-07") if e.event == "REJECT")
    assert (codes(refusal.actor), codes(refusal.recipient)) == ({"CHN"}, {"PRK"})


def test_what_a_clause_that_may_be_sets_out_to_do_is_not_done():
    sanctions = only("Die EU würde versuchen, neue Sanktionen gegen Russland zu verhängen.", "2016-02-15")
    assert (sanctions.event, sanctions.aux) == ("SANCTION", ["hypothetical"])


def test_a_date_that_opens_a_state_does_not_date_the_next_sentences():
    text = ("Die Koalition kämpft seit März 2015 gegen die Rebellen. Amnesty International forderte die USA auf, "
            "keine Waffen mehr an Saudi-Arabien zu liefern.")
    demand = next(e for e in events_of(text, "2016-04-21") if e.event == "REQUEST")
    assert demand.date == "2016-04-21"


def test_the_head_of_a_body_named_with_a_place_is_the_subject():
    demand = only("Der Chef der islamistischen Gegenregierung in Tripolis, Khalifa Ghweil, forderte Sarraj auf, "
                  "die Stadt zu verlassen.", "2016-03-31")
    assert [a.name for a in demand.actor] == ["Khalifa Ghweil"]
    assert "Ghweil" not in {a.name for a in demand.recipient}


def test_whom_an_extradition_is_asked_for_is_not_whom_it_is_asked_of():
    demand = only("Erdogan fordert die Auslieferung des Predigers Gülen.", "2016-07-18")
    assert demand.event == "REQUEST" and not demand.recipient


def test_dismay_over_executions_addresses_whoever_carried_them_out():
    text = ("Saudi-Arabien hat am Samstag 47 Menschen hingerichtet. Der Iran verurteilte die Hinrichtungen scharf. "
            "UN-Generalsekretär Ban Ki-moon zeigte sich bestürzt über die Exekutionen.")
    dismay = event_at(text, "2016-01-03", "bestürzt")
    assert codes(dismay.recipient) == {"SAU"}


def test_a_coup_condemned_in_the_pluperfect_addresses_the_putschists():
    text = ("Putschende Soldaten hatten das Parlament in Ankara aus der Luft bombardiert. Die EU-Außenbeauftragte "
            "Federica Mogherini warnte Ankara, kein Land könne EU-Mitglied werden, das die Todesstrafe einführe. "
            "Bundeskanzlerin Angela Merkel hatte den Putschversuch bereits am Samstag verurteilt.")
    condemnation = event_at(text, "2016-07-18", "verurteilt")
    assert codes(condemnation.recipient) == {"TUR"}


def test_both_sides_of_a_quarrel_between_states_are_the_states():
    text = ("Außenminister Adel al-Jubeir kündigte an, die Beziehungen zum Iran abzubrechen. Die USA riefen beide "
            "Seiten zur Zurückhaltung auf.")
    call = event_at(text, "2016-01-03", "riefen … auf")
    assert {a.name for a in call.recipient} == {"Saudi-Arabien", "Iran"}


def test_all_sides_are_the_sides_told_of():
    text = ("Im Jemen kämpfen die Huthi-Rebellen gegen die Regierung von Präsident Hadi. Die Huthis beschossen die "
            "Stadt Taiz. Der UN-Sondergesandte rief alle Seiten auf, die Waffenruhe einzuhalten.")
    call = event_at(text, "2016-04-21", "rief … auf")
    assert "REB" in {a.sector for a in call.recipient} and len(call.recipient) == 2


def test_a_state_does_not_address_its_own_government():
    text = ("Auch die Bundesregierung kritisierte die Exekutionen. Deutschland lehne die Todesstrafe unter allen "
            "Umständen ab, erklärte ein Sprecher.")
    assert not [e for e in events_of(text, "2016-01-03") if e.event == "REJECT" and codes(e.recipient) == {"DEU"}]


def test_defending_an_operation_supports_whoever_carried_it_out():
    text = ("Ein US-Kampfflugzeug bombardierte am Samstag ein Krankenhaus in Kunduz. Die afghanische Regierung "
            "verteidigte dagegen den Einsatz: Taliban-Kämpfer hätten das Gelände als Stellung genutzt.")
    defence = event_at(text, "2015-10-07", "verteidigte")
    assert codes(defence.recipient) == {"USA"}


def test_a_country_named_by_the_adjective_of_a_town_is_a_place():
    demand = only("Die Hilfsorganisation Ärzte ohne Grenzen hat eine Untersuchung des Luftangriffs auf ihr "
                  "Krankenhaus in der afghanischen Stadt Kunduz gefordert.", "2015-10-07")
    assert "AFG" not in codes(demand.recipient)


def test_whom_a_denied_deed_would_hit_is_not_whom_the_denial_answers():
    denial = next(e for e in events_of("Die Regierung in Riad bestreitet, jemenitische Zivilisten gezielt "
                                       "anzugreifen.", "2016-04-21") if e.event == "REJECT")
    assert not denial.recipient
    # refusing is not denying: whom one will not negotiate with is refused
    text = "Podemos hatte sich geweigert, mit der PSOE zu verhandeln, solange diese mit Ciudadanos spricht."
    refusal = next(e for e in events_of(text, "2016-01-15") if e.event == "REJECT")
    assert {a.name for a in refusal.recipient} == {"PSOE"}


def test_not_this_but_that_neither_denies_the_accusation_nor_asserts_what_it_alleges():
    found = events_of("Die USA werfen Moskau vor, nicht den IS, sondern gemäßigte Rebellen zu bombardieren.",
                      "2015-10-01")
    accusation = next(e for e in found if e.event == "ACCUSE")
    bombing = next(e for e in found if e.event == "ASSAULT")
    assert (accusation.aux, bombing.aux) == ([], ["hypothetical"])


def test_a_judgement_not_recognised_is_refused_and_what_it_refuses_is_no_deed_to_welcome():
    text = ("Das Schiedsgericht in Den Haag hat Chinas Ansprüche im Südchinesischen Meer zurückgewiesen. Peking "
            "erkennt das Urteil nicht an. Die Philippinen begrüßen die Entscheidung.")
    found = events_of(text, "2016-07-12")
    refusal = next(e for e in found if e.mentions[0].trigger == "erkennt … an")
    welcome = next(e for e in found if e.mentions[0].trigger == "begrüßen")
    assert refusal.event == "REJECT" and "negated" not in refusal.aux
    assert "CHN" not in codes(welcome.recipient)


def test_a_name_set_off_after_a_role_and_its_body_is_that_person():
    warning = only("Vor der Volksabstimmung hat der Chef der konservativen EVP-Fraktion im Europaparlament, "
                   "Manfred Weber, vor einer humanitären Katastrophe gewarnt.", "2015-07-04")
    assert [a.name for a in warning.actor] == ["Manfred Weber"] and not warning.recipient


def test_a_national_body_after_a_state_that_spoke_is_that_states():
    text = ("Die USA äußerten sich besorgt über die Lage. Außenamtssprecher John Kirby forderte die Regierung in "
            "Caracas auf, die Gefangenen freizulassen. Venezuelas Außenministerin Delcy Rodríguez wies die "
            "Forderung zurück.")
    found = events_of(text, "2016-03-30")
    demand = next(e for e in found if e.event == "REQUEST")
    refusal = next(e for e in found if e.event == "REJECT")
    assert (codes(demand.actor), codes(refusal.recipient)) == ({"USA"}, {"USA"})


def test_criticising_how_things_stand_in_a_country_addresses_it():
    criticism = only("Die EU kritisierte die Menschenrechtslage in China.", "2016-03-30")
    assert codes(criticism.recipient) == {"CHN"}


def test_parents_of_someone_are_actors_without_an_article():
    found = events_of("Eltern der Mädchen demonstrierten am Donnerstag in Abuja und warfen der Regierung von "
                      "Präsident Muhammadu Buhari Untätigkeit vor.", "2016-04-14")
    accusation = next(e for e in found if e.event == "ACCUSE")
    assert codes(accusation.recipient) == {"NGA"}


def test_a_co_chair_named_with_his_party_is_the_one_who_asks():
    demand = next(e for e in events_of("Der Ko-Vorsitzende der HDP, Selahattin Demirtas, forderte die Regierung "
                                       "auf, die Militäreinsätze zu beenden.", "2015-12-28") if e.event == "REQUEST")
    assert ([a.name for a in demand.actor], [a.sector for a in demand.recipient]) == (["Selahattin Demirtaş"], ["GOV"])


def test_an_attack_in_a_speech_is_made_with_words():
    attack = only("Trump griff in seiner Siegesrede erneut die Parteiführung an.", "2016-03-16")
    assert attack.event == "ACCUSE"
    assert only("Russland griff in der Nacht Stellungen der Rebellen an.", "2015-10-01").event == "ASSAULT"


def test_a_date_of_a_noun_does_not_date_the_next_sentences():
    text = ("Die Katalanen hätten bei der Regionalwahl im September ein klares Mandat erteilt, sagte Mas. Die "
            "Opposition im Regionalparlament warf ihm vor, die Gesellschaft zu spalten.")
    accusation = next(e for e in events_of(text, "2015-11-10") if e.event == "ACCUSE")
    assert accusation.date == "2015-11-10"


def test_a_date_told_in_the_pluperfect_does_not_date_the_news_after_it():
    text = ("Die EU-Innenminister hatten im September beschlossen, 120.000 Flüchtlinge zu verteilen. Der ungarische "
            "Regierungschef Viktor Orban bezeichnete die Quote als Unsinn.")
    label = next(e for e in events_of(text, "2015-12-02") if e.event == "ACCUSE")
    assert label.date == "2015-12-02"
    # (a passive in the past is no background: its date carries over)
    text = "Am Montag wurde der Oppositionsführer festgenommen. Die USA kritisierten die Festnahme scharf."
    criticism = next(e for e in events_of(text, "2016-03-10") if e.event == "ACCUSE")
    assert criticism.date == "2016-03-07"


def test_a_town_after_a_city_adjective_is_where_arrests_were_made():
    arrest = only("Die belgische Polizei nahm bei Razzien im Brüsseler Stadtteil Molenbeek sieben Verdächtige fest.",
                  "2015-11-16")
    assert "Molenbeek" not in {a.name for a in arrest.recipient}


def test_stopping_deliveries_and_answering_with_a_ban_are_sanctions_and_restrictions():
    stop = only("Russland stoppt Gaslieferungen an die Ukraine.", "2015-11-26")
    assert (stop.event, stop.mode, codes(stop.recipient)) == ("SANCTION", "discontinue", {"UKR"})
    ban = only("Serbien reagierte mit einem Einreiseverbot für kroatische Waren.", "2015-09-24")
    assert (ban.event, codes(ban.actor), codes(ban.recipient)) == ("COERCE", {"SRB"}, {"HRV"})


def test_declaring_one_will_not_give_way_is_a_refusal():
    refusal = only("Russland werde nicht nachgeben, sagte Kremlsprecher Dmitri Peskow.", "2015-11-26")
    assert (refusal.event, refusal.aux) == ("REJECT", [])


def test_a_clinic_hit_by_warplanes_is_attacked_not_met():
    hit = only("Eine Klinik in Idlib wurde von russischen Kampfjets getroffen.", "2016-02-15")
    assert (hit.event, codes(hit.actor)) == ("ASSAULT", {"RUS"})


def test_a_threat_with_a_condition_is_made_whatever_the_condition_denies():
    threat = only("Seehofer hat der Bundesregierung mit einer Klage gedroht, falls sie die Zahl der Flüchtlinge "
                  "nicht begrenzt.", "2016-01-27")
    assert (threat.event, threat.aux) == ("THREATEN", [])


def test_whom_a_letter_is_written_to_is_addressed_even_at_home():
    demand = next(e for e in events_of("In einem Brief an Kanzlerin Angela Merkel forderte die bayerische "
                                       "Staatsregierung, an den Grenzen wieder Kontrollen einzuführen.", "2016-01-27")
                  if e.event == "REQUEST")
    assert [a.name for a in demand.recipient] == ["Angela Merkel"]


def test_flights_stopped_are_a_sanction_and_banning_them_may_be_criticised():
    text = ("Russland hat alle Passagierflüge nach Ägypten ausgesetzt. Der ägyptische Außenminister Sameh Schukri "
            "kritisierte das Flugverbot als überstürzt.")
    found = events_of(text, "2015-11-07")
    stop = next(e for e in found if e.event == "SANCTION")
    criticism = next(e for e in found if e.event == "ACCUSE")
    assert (codes(stop.actor), codes(stop.recipient), codes(criticism.recipient)) == ({"RUS"}, {"EGY"}, {"RUS"})


def test_bringing_a_plane_down_is_an_attack():
    claim = only("Die Terrormiliz Islamischer Staat hat das Flugzeug zum Absturz gebracht.", "2015-11-07")
    assert (claim.event, [a.name for a in claim.actor]) == ("ASSAULT", ["Islamischer Staat"])


def test_countries_described_as_not_recognising_a_court_refuse_nothing():
    found = events_of("Putin kann nur verbündete Länder besuchen, die wie Russland den Strafgerichtshof nicht "
                      "anerkennen.", "2024-06-18")
    assert not [e for e in found if e.event == "REJECT"]


def test_refugees_who_would_be_cared_for_are_no_aid_givers():
    found = events_of("Der Minister versprach, die Flüchtlinge würden in den neuen Lagern besser versorgt.",
                      "2016-05-24")
    assert not [e for e in found if e.event == "AID" and "CVL" in {a.sector for a in e.actor}]


def test_what_one_hopes_or_waits_for_others_to_do_is_not_done():
    resignation = only("Die Opposition hofft, dass die Regierung zurücktritt.", "2016-05-24")
    opening = only("Die Flüchtlinge warten darauf, dass Mazedonien die Grenze öffnet.", "2016-05-24")
    assert (resignation.aux, opening.aux) == (["hypothetical"], ["hypothetical"])


def test_a_subjunctive_should_in_reported_speech_is_the_speakers_demand():
    found = events_of("Rom – Innenminister Alfano sollte zurücktreten, sagte Lega-Politiker Roberto Calderoli.")
    demand = [e for e in found if e.event == "REQUEST"]
    assert [(codes(e.actor), [a.text for a in e.recipient]) for e in demand] == [({"ITA"}, ["Innenminister Alfano"])]
    assert all("hypothetical" in e.aux for e in found if e.event != "REQUEST")  # the resignation has not happened


@pytest.mark.parametrize(
    "text",
    [
        "Warschau – Die US-Truppen sollten in Polen stationiert werden, sagte Verteidigungsminister Tomasz Siemoniak.",
        "Wien – Der Politiker solle noch am Samstagabend nach Minsk zurückkehren, sagte Außenminister Kurz.",
        "Wien – Der Minister soll den Journalisten bedroht haben, sagte Außenminister Kurz.",
    ],
)
def test_planned_or_alleged_with_should_is_no_demand(text):
    assert not any(e.event == "REQUEST" for e in events_of(text))


def test_a_protest_told_as_a_strike_and_the_strike_named_again_are_one_event():
    found = events_of("Athen – Aus Protest gegen die Kürzung ihrer Pensionen haben die griechischen Seeleute am Montag "
                      "einen zweitägigen Fährenstreik begonnen. Alle Schiffe blieben in den Häfen. Die Inseln sind "
                      "abgeschnitten. Folge des Streiks: Zahlreiche Inseln bleiben ohne Versorgung.", "2015-11-02")
    protests = [e for e in found if e.event == "PROTEST"]
    assert [(e.mode, len(e.mentions)) for e in protests] == [("strike", 3)]


def test_a_negated_claim_about_the_accused_rejects_the_accusation():
    found = events_of("London – Die Zeitung Guardian warf Premierminister David Cameron vor, Steuern hinterzogen zu "
                      "haben. Ein Regierungssprecher versicherte nun aber, der Premier habe keinen Anteil an einem "
                      "Offshore-Fonds.", "2016-04-05")
    rejections = [(e.actor[0].text, [a.text for a in e.recipient]) for e in found if e.event == "REJECT"]
    assert rejections == [("Ein Regierungssprecher", ["Die Zeitung Guardian"])]


def test_a_negated_claim_about_something_else_rejects_nothing():
    found = events_of("Wien – Die Opposition warf Kanzler Faymann Versagen vor. Faymann sagte, die Reform komme "
                      "nicht vor dem Sommer.", "2016-04-05")
    assert [e.event for e in found] == ["ACCUSE"]


def test_angering_someone_is_a_deed_not_criticism():
    assert events_of("Wien – FPÖ-Chef Strache hat mit einem Posting zahlreiche Studenten verärgert.") == []


def test_man_in_a_body_speaks_for_it():
    found = only("Wien – Im Sozialministerium sieht man keinen Änderungsbedarf.")
    assert (found.event, [a.text for a in found.actor]) == ("REJECT", ["Sozialministerium"])
    assert events_of("Wien – In Wien sieht man keinen Änderungsbedarf.") == []


def test_out_of_the_question_for_someone_is_their_refusal():
    found = only("Wien – Eine Koalition mit der FPÖ kommt für die SPÖ nicht in Frage.")
    assert (found.event, [a.text for a in found.actor], codes(found.recipient)) == ("REJECT", ["SPÖ"], {"AUT"})


def test_banning_an_act_is_done_to_its_doer():
    found = events_of("Minsk – Die Opposition demonstrierte in Minsk gegen die Regierung. Die Polizei verbot die "
                      "Kundgebung.", "2015-09-09")
    ban = next(e for e in found if e.event == "COERCE")
    assert [a.text for a in ban.recipient] == ["Die Opposition"]


def test_raising_pressure_on_someone_is_a_demand():
    found = only("Washington – Die USA erhöhen den Druck auf Russland.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REQUEST", {"USA"}, {"RUS"})


def test_a_reporting_verb_the_model_lemmatises_wrongly_still_reports():
    found = [e for e in events_of("Rom – Innenminister Alfano müsse zurücktreten, kommentierte Lega-Politiker "
                                  "Roberto Calderoli.") if e.event == "REQUEST"]
    assert [(e.actor[0].text, e.recipient[0].text) for e in found] == [("Lega-Politiker Roberto Calderoli",
                                                                        "Innenminister Alfano")]


def test_housing_refugees_and_transferring_asylum_seekers():
    found = only("Wien – Die Regierung hat 500 Flüchtlinge in Kasernen untergebracht.")
    assert (found.event, codes(found.actor)) == ("AID", {"AUT"})
    found = only("Wien – Österreich hat 42 syrische Asylwerber an die Slowakei überstellt.")
    assert (found.event, found.mode, codes(found.recipient)) == ("COERCE", "deport", {"SYR"})


def test_cooperation_and_surveillance_nouns():
    found = only("Wien – Die Kooperation Österreichs mit Ungarn wird ausgebaut.")
    assert codes(found.actor) == {"AUT", "HUN"}
    found = only("Wien – Der BND bestätigte die Überwachung des Außenministeriums durch die NSA.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("COERCE", {"USA"}, {"AUT"})


def test_companies_and_their_regulators_are_actors():
    found = only("Wolfsburg – VW verhandelt seit Monaten mit der US-Umweltbehörde EPA über eine Lösung.")
    assert (found.event, {a.name for a in found.actor}) == ("CONSULT", {"Volkswagen", "EPA"})
    assert {(a.country, a.sector) for a in found.actor} == {("DEU", "BUS"), ("USA", "GOV")}
    found = only("Wien – Die OMV und Gazprom unterzeichneten ein Abkommen.")
    assert codes(found.actor) == {"AUT", "RUS"}


def test_pilots_works_councils_and_airlines_are_actors():
    found = only("Frankfurt – Die Piloten kritisierten die Lufthansa scharf.")
    assert (found.event, [a.sector for a in found.actor], [a.name for a in found.recipient]) == (
        "ACCUSE", ["CVL"], ["Lufthansa"])
    found = only("Wien – Der Betriebsrat der Bank Austria droht mit Streiks.")
    assert (found.event, codes(found.actor), [a.sector for a in found.actor]) == ("THREATEN", {"AUT"}, ["CVL"])
    found = only("Die Fluglinie wies die Vorwürfe der Gewerkschaft zurück.")
    assert (found.event, [a.sector for a in found.actor]) == ("REJECT", ["BUS"])


def test_a_contest_one_engages_in_delivers_nothing():
    assert events_of("Cupertino – Apple lieferte sich jüngst einen Streit vor Gericht mit dem FBI.") == []


def test_what_a_demand_asks_of_someone_has_not_been_agreed():
    found = events_of("Koblenz – Amazon solle den Tarifvertrag anerkennen, forderte ein Gewerkschaftssekretär.")
    demand = next(e for e in found if e.event == "REQUEST")
    assert ([a.sector for a in demand.actor], [a.name for a in demand.recipient]) == (["CVL"], ["Amazon"])
    asked = next(e for e in found if e.mentions[0].trigger == "anerkennen")
    assert "hypothetical" in asked.aux and "future" not in asked.aux


def test_pressure_on_regions_and_the_aim_it_names():
    found = events_of("Rom – Die Regierung in Rom macht Druck auf die norditalienischen Regionen, damit sie mehr "
                      "Migranten aufnehmen.")
    demand = next(e for e in found if e.event == "REQUEST")
    assert (codes(demand.actor), codes(demand.recipient), [a.sector for a in demand.recipient]) == (
        {"ITA"}, {"ITA"}, ["GOV"])
    assert "hypothetical" in next(e for e in found if e.event == "AID").aux
    # `damit` with the verb after it is an adverb opening a main clause, which reports what was done
    found = events_of("Moskau – Russland hat Truppen an die Grenze verlegt, damit hat Moskau den Druck auf Kiew "
                      "erhöht.")
    assert "hypothetical" not in next(e for e in found if e.event == "REQUEST").aux


def test_what_one_did_not_manage_is_not_done():
    found = only("Berlin – Die Bundesländer schaffen es nicht mehr, Flüchtlinge aufzunehmen.")
    assert (found.event, found.aux) == ("AID", ["negated"])
    assert only("Berlin – Der Regierung gelang es, Flüchtlinge aufzunehmen.").aux == []


def test_a_passive_in_a_relative_clause_leaves_the_main_clause_active():
    found = only("Ankara – Demirtaş, dem die Immunität entzogen werden soll, hat die AKP gewarnt.", "2016-05-20")
    assert (found.event, [a.name for a in found.actor], [a.name for a in found.recipient]) == (
        "ACCUSE", ["Selahattin Demirtaş"], ["AKP"])
    # set off by dashes, the relative clause interrupts the main clause no less
    found = only("Ankara – Demirtaş – dem die Immunität entzogen werden soll – hat die AKP gewarnt.", "2016-05-20")
    assert [a.name for a in found.actor] == ["Selahattin Demirtaş"]


def test_a_regime_is_the_one_the_text_is_about_not_the_datelines():
    # (an adjective names a country too: the fourth test of North Korea, not of the USA named before)
    found = events_of("Washington – Die USA und Südkorea halten ein Manöver ab. Die USA verlegen dafür Schiffe. "
                      "Nordkorea drohte zuletzt mit Erstschlägen. Die Spannungen nehmen seit einem nordkoreanischen "
                      "Atomtest im Jänner – dem vierten des Landes – ständig zu. Der UN-Sicherheitsrat verschärfte "
                      "jüngst seine Sanktionen gegen das kommunistische Regime.", "2016-03-13")
    sanction = next(e for e in found if e.event == "SANCTION")
    assert codes(sanction.recipient) == {"PRK"}
    found = only("Damaskus – Im Süden bombardierte das Regime mehrere Dörfer.", "2016-03-13")
    assert codes(found.actor) == {"SYR"}


def test_the_clause_a_relative_clause_interrupts_does_not_report_it():
    found = events_of("Ankara – Erdoğan, der am Montag in Berlin war, hat die Opposition kritisiert.", "2016-05-20")
    assert {e.event for e in found} == {"CONSULT", "ACCUSE"}
    assert all(e.attribution is None for e in found)


def test_restrictions_on_a_state_are_sanctions():
    found = only("Brüssel – Die EU hat ihre Restriktionen gegenüber Russland verlängert.", "2015-09-15")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SANCTION", {"EU"}, {"RUS"})
    assert events_of("Wien – Die Regierung plant neue Restriktionen für Flüchtlinge.", "2015-09-15") == []


def test_a_no_is_a_rejection_and_an_answer_no_event_of_its_own():
    found = only("Wien – Das dritte Nein der Ärztekammer zum neuen Dienstrecht empörte Stadträtin Wehsely.",
                 "2015-09-15")
    assert (found.event, [a.name for a in found.actor]) == ("REJECT", ["Ärztekammer"])
    found = only("Athen – Die Regierung wirbt für ein Nein zu den Vorschlägen der EU.", "2015-07-02")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REJECT", {"GRC"}, {"EU"})
    assert events_of("Straßburg – Jagland: Nein, das rechtfertigt gar nichts.", "2015-09-15") == []


def test_seconding_backs_the_one_who_spoke_before():
    found = events_of("Wien – Verteidigungsminister Doskozil forderte mehr Geld für das Heer. Innenministerin "
                      "Mikl-Leitner sekundierte: Man brauche mehr Schlagkraft.", "2015-09-15")
    backing = next(e for e in found if e.event == "SUPPORT")
    assert ([a.name for a in backing.actor], [a.name for a in backing.recipient]) == (
        ["Johanna Mikl-Leitner"], ["Hans Peter Doskozil"])


def test_requests_for_official_assistance():
    found = only("Wien – Das Innenministerium hat ein Amtshilfeansuchen an die USA gestellt.", "2016-03-15")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("REQUEST", {"AUT"}, {"USA"})
    found = events_of("Wien – Nach einem Rechtshilfeersuchen Deutschlands durchsuchten die Behörden das Haus.",
                      "2016-03-15")
    request = next(e for e in found if e.event == "REQUEST")
    assert (codes(request.actor), codes(request.recipient)) == ({"DEU"}, {"AUT"})


def test_declaring_oneself_ready_makes_the_act_a_plan():
    found = events_of("Moskau – Der russische Präsident Wladimir Putin hat sich bereiterklärt, in Syrien eng mit den "
                      "USA zu kooperieren.", "2015-12-01")
    assert [e.event for e in found] == ["AGREE"]


def test_the_second_half_of_an_alleged_deed_is_alleged_too():
    found = events_of("Ankara – Dem Konzern wird vorgeworfen, die Terrororganisation finanziert und unterstützt zu "
                      "haben.", "2015-12-01")
    support = next(e for e in found if e.event == "SUPPORT")
    assert "hypothetical" in support.aux


def test_what_a_company_promises_or_offers_is_trade_not_politics():
    assert events_of("Cupertino – Microsoft verspricht ein Update.", "2016-03-15") == []
    assert events_of("Seattle – Amazon bietet einen neuen Dienst an.", "2016-03-15") == []
    found = only("Wien – Die Regierung bietet der Türkei Hilfe an.", "2016-03-15")
    assert (found.event, codes(found.recipient)) == ("AGREE", {"TUR"})


def test_two_sides_at_one_table_meet():
    found = only("Sanaa – Die Regierung und die Huthi-Rebellen saßen sich am Samstag erstmals direkt gegenüber.",
                 "2016-04-25")
    assert (found.event, codes(found.actor)) == ("CONSULT", {"YEM", "HOUTHIS"})
    assert events_of("Wien – Im Zug saß mir ein Mann gegenüber.", "2016-04-25") == []


def test_republicans_are_the_party_of_the_country_the_text_is_about():
    found = only("Washington – Die Republikaner im Kongress kritisierten Obama.", "2015-09-17")
    assert ([a.kb_id for a in found.actor], codes(found.actor)) == (["USA_republicans"], {"USA"})
    found = only("Paris – Die Republikaner von Sarkozy kritisierten Hollande.", "2015-09-17")
    assert (codes(found.actor), [a.sector for a in found.actor]) == ({"FRA"}, ["PTY"])
    # a republican by conviction in Britain is no US party that his own side's critics belong to
    found = only("London – Corbyn, langjähriger Republikaner, schwieg. Die Entscheidung brachte ihm Kritik von "
                 "Abgeordneten der Regierungspartei ein.", "2015-09-17")
    assert (codes(found.actor), [a.name for a in found.recipient]) == ({"GBR"}, ["Jeremy Corbyn"])


def test_the_alliance_after_nato_is_nato():
    found = only("Brüssel – Die Nato wächst weiter. Montenegro wird von der Allianz eine "
                 "Einladung zur Mitgliedschaft erhalten.", "2015-12-01")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AGREE", {"NATO"}, {"MNE"})


def test_standing_on_a_podium_or_contesting_a_fight_is_no_confession_or_denial():
    assert events_of("Wien – Im Vorjahr war kein Österreicher auf dem Podest gestanden.", "2015-12-01") == []
    assert events_of("Kiew – Bisher bestritt Klitschko 67 Profikämpfe.", "2015-12-01") == []
    assert events_of("Kiew – Der Ukrainer gewann den Siebenkampf.", "2015-12-01") == []
    found = only("Moskau – Russland bestreitet die Vorwürfe der Nato.", "2015-12-01")
    assert (found.event, codes(found.recipient)) == ("REJECT", {"NATO"})


def test_a_study_is_no_investigation_but_one_opened_is():
    assert events_of("Leipzig – Die Untersuchungen legen nahe, dass Fledermäuse das Virus verbreiten.",
                     "2015-12-01") == []
    found = only("Brüssel – Nun wurde eine Untersuchung über dieses Geständnis eingeleitet.", "2015-12-01")
    assert (found.event, found.mode, codes(found.actor)) == ("ACCUSE", "investigate", {"BEL"})
    found = only("Washington – Die Federal Trade Commission (FTC) hat eine Untersuchung gestartet.", "2015-12-01")
    assert (found.event, [a.org or a.kb_id for a in found.actor]) == ("ACCUSE", ["USA_ftc"])


def test_a_necessity_told_in_the_past_is_no_demand():
    found = events_of("Wien – Die Regierung musste die Grenzen schließen, sagte Strache.", "2015-12-01")
    assert "REQUEST" not in [e.event for e in found]
    found = only("Wien – Die Regierung muss die Grenzen sichern, sagte Strache.", "2015-12-01")
    assert found.event == "REQUEST"


def test_bereit_gestellt_is_provided_not_ready():
    assert events_of("Palo Alto – Die Regierung hat die Technologie als Open Source bereit gestellt.",
                     "2016-01-01") == []
    found = only("Washington – Die USA seien zu Lieferungen an die Ukraine bereit.", "2016-01-01")
    assert (found.event, codes(found.recipient)) == ("AGREE", {"UKR"})


def test_an_event_noun_after_ohne_did_not_happen():
    found = only("Sofia – Die Regierung handelte ohne Unterstützung der EU.", "2015-12-01")
    assert (found.event, found.aux) == ("SUPPORT", ["negated"])
    found = only("Sofia – Die Regierung handelte mit Unterstützung der EU.", "2015-12-01")
    assert (found.event, found.aux) == ("SUPPORT", [])


def test_answering_to_a_ministry_or_bearing_a_loss_is_no_event():
    assert events_of("Wien – Die Öbib ist direkt dem Finanzministerium unterstellt.", "2015-12-01") == []
    found = only("Wien – Die FPÖ unterstellte der Regierung Wahlbetrug.", "2015-12-01")
    assert (found.event, found.mode) == ("ACCUSE", "allege")
    text = "Wien – Die Vienna Insurance Group (VIG) musste voriges Jahr einen herben Gewinneinbruch hinnehmen."
    assert events_of(text, "2015-12-01") == []
    found = only("Ankara – Die Türkei werde die Provokation Russlands nicht hinnehmen.", "2015-12-01")
    assert (found.event, codes(found.recipient)) == ("REJECT", {"RUS"})


def test_a_durch_phrase_belongs_to_the_noun_it_follows():
    text = "Frankfurt – Die Sorge der Anleger sei die Anhebung der Zinsen durch die US-Notenbank Fed gewesen."
    assert events_of(text, "2015-12-01") == []
    found = only("Bangkok – Die Abschiebung von zwanzig Aktivisten durch Thailand wurde bekannt.", "2015-12-01")
    assert (found.event, codes(found.actor)) == ("COERCE", {"THA"})


def test_a_ski_race_report_is_sport():
    text = ("Beaver Creek – Der Norweger gewann die Abfahrt vor seinem Landsmann, ein Doppelsieg. Der beste "
            "Österreicher verpasste als Vierter das Podest. Da habe ich viel Speed mitgenommen, gestand der Norweger.")
    assert events_of(text, "2015-12-05") == []


def test_holding_showing_or_being_reflected_is_no_protest_or_assault():
    assert events_of("Seoul – Die Speicherplatte versammelt 32 dieser Chips.", "2015-12-01") == []
    assert events_of("Wien – Das demonstrieren US-Forscher anhand einer Spezies.", "2015-12-01") == []
    text = "Cupertino – Immerhin rühmt sich Apple seines Designs, das sich auch in den hohen Preisen niederschlägt."
    assert events_of(text, "2015-12-01") == []
    found = only("Wien – Tausende Menschen versammelten sich vor dem Parlament gegen die Regierung.", "2015-12-01")
    assert (found.event, found.mode) == ("PROTEST", "demo")
    found = only("Kairo – Die Armee schlug den Aufstand nieder.", "2015-12-01")
    assert (found.event, found.mode) == ("ASSAULT", "crowd-control")


def test_a_colon_ends_the_clause_of_a_separable_verb():
    text = "Mountain View – Google tritt auf die Bremse: Von Haus aus sind nur 22 Apps installiert."
    assert events_of(text, "2015-12-01") == []
    found = only("London – Großbritannien trat im Jänner aus der EU aus.", "2015-12-01")
    assert (found.event, found.mode, codes(found.recipient)) == ("SANCTION", "withdraw", {"EU"})


def test_delivering_an_update_is_no_extradition():
    text = "Redmond – Microsoft hat mit der Auslieferung des kostenlosen Updates an Nutzer von Windows begonnen."
    assert events_of(text, "2015-12-01") == []
    found = only("Brüssel – Belgien hat die Auslieferung des Verdächtigen an Frankreich beschlossen.", "2015-12-01")
    assert found.event == "COOPERATE"


def test_competing_conquering_a_market_or_showing_figures_is_no_attack_or_expulsion():
    text = ("London – Der britische Sender Sky kämpft im Wettbewerb um Spielfilme gegen die Konkurrenz neuer Anbieter "
            "wie Netflix oder Amazon.")
    assert events_of(text, "2015-12-01") == []
    assert events_of("Tokio – Der Konzern Yamaha hat sich aufgemacht, die Straße zu erobern.", "2015-12-01") == []
    assert events_of("Wien – Die ORF-Sender wurden mit höheren Werten ausgewiesen.", "2015-12-01") == []
    found = only("Mossul – Der IS hat die Stadt Ramadi erobert.", "2015-12-01")
    assert (found.event, codes(found.actor)) == ("ASSAULT", {"IS"})
    found = only("Damaskus – Die Rebellen kämpfen gegen die syrische Armee.", "2015-12-01")
    assert found.event == "ASSAULT"


def test_a_person_the_kb_does_not_know_judges_a_body():
    found = only("Wien – Max Schrems zeigte sich von der EU-Kommission enttäuscht.", "2015-12-01")
    assert (found.event, [a.name for a in found.actor], codes(found.recipient)) == ("ACCUSE", ["Max Schrems"], {"EU"})
    found = only("Wien – Heinrich Neisser hält die Flüchtlingspolitik der Regierung für verwerflich.", "2015-12-01")
    assert (found.event, [a.name for a in found.actor]) == ("ACCUSE", ["Heinrich Neisser"])


def test_beide_before_a_plural_verb_is_the_subject_even_where_the_parser_took_the_object():
    text = "Sotschi – Putin und Erdogan trafen sich in Sotschi. Beide kritisierten die USA."
    found = event_at(text, "2016-05-01", "kritisierten")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"RUS", "TUR"}, {"USA"})


def test_a_penalty_imposed_is_a_conviction():
    text = "Wien – Der Unabhängige Parteien-Transparenz-Senat verhängte gegen die FPÖ eine Geldbuße."
    found = only(text, "2015-12-01")
    assert (found.event, found.mode, codes(found.recipient)) == ("SANCTION", "convict", {"AUT"})
