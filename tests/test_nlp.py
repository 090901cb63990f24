"""The shipped German pipeline loads and tags a sentence of our own."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from lagebild.document import Document
from lagebild.lang import endings
from lagebild.nlp import annotate, load, model_path
from lagebild.nlp.components import entity_edges
from lagebild.nlp.syntax import morph_values

TEXT = (
    "Kanzler warnt Moskau\n\n"
    "Russlands Präsident Wladimir Putin traf am 18. Juni in Pjöngjang den Machthaber Nordkoreas. "
    "Die Bundesregierung kritisierte das Treffen scharf."
)


@pytest.fixture(scope="module")
def doc():
    return load("de")(TEXT)


def test_model_is_shipped():
    assert (model_path("de") / "config.cfg").exists()
    nlp = load("de")
    for name in ("tok2vec", "morphologizer", "trainable_lemmatizer", "parser", "entity_ruler", "ner"):
        assert name in nlp.pipe_names
    assert nlp.pipe_names.index("entity_ruler") < nlp.pipe_names.index("ner")


def test_load_is_cached():
    assert load("de") is load("de")


def test_pos_and_lemmas(doc):
    tokens = {t.text: t for t in doc}
    assert tokens["traf"].pos_ == "VERB"
    assert tokens["traf"].lemma_ == "treffen"
    assert tokens["Präsident"].pos_ == "NOUN"
    assert tokens["Russlands"].lemma_ == "Russland"
    assert tokens["Nordkoreas"].lemma_ == "Nordkorea"
    assert tokens["Machthaber"].lemma_ == "Machthaber"
    assert "Tense=Past" in str(tokens["traf"].morph)


def test_verb_forms_from_the_tagger():
    tokens = {t.text: t for t in load("de")("Daraufhin wurden acht Soldaten festgenommen, die fliehen wollten.")}
    forms = [tokens[w].morph.get("VerbForm") for w in ("wurden", "festgenommen", "fliehen")]
    assert forms == [["Fin"], ["Part"], ["Inf"]]


def test_the_weak_past_is_past_where_the_morphologizer_read_the_present():
    tokens = {t.text: t for t in load("de")("Putin und Obama telefonierten am Freitag. Die Männer arbeiten.")}
    called = tokens["telefonierten"]
    assert (called.lemma_, morph_values(called, "Tense")) == ("telefonieren", ("Past",))
    assert morph_values(tokens["arbeiten"], "Tense") != ("Past",)


def test_a_weak_past_read_right_gets_its_verb_as_lemma_and_a_final_particle_the_later_verb():
    words = load("de")("Die EU-Staaten verurteilten den Anschlag einstimmig und kündigten weitere Strafmaßnahmen an.")
    tokens = {t.text: t for t in words}
    assert (tokens["verurteilten"].lemma_, tokens["kündigten"].lemma_) == ("verurteilen", "ankündigen")
    assert tokens["an"].head.text == "kündigten"
    tokens = {t.text: t for t in load("de")("Die Regierungen verurteilten den Angriff einhellig und kündigten weitere "
                                           "Sanktionen an.")}
    assert tokens["kündigten"].lemma_ == "ankündigen"  # (not the form with its particle, `ankündigten`)


def test_verb_endings_are_language_data_tried_longest_first():
    past = endings("de", "weak_past_endings.txt")
    assert {"ten", "eten", "te"} <= set(past) and past.index("eten") < past.index("ten") < past.index("te")
    assert endings("en", "weak_past_endings.txt") == ()
    assert "lagebild_weak_past" in load("de").pipe_names


def test_morph_values_read_a_feature_as_the_analysis_has_it(doc):
    for token in doc:
        for feature in ("VerbForm", "Case", "Number", "Mood"):
            assert morph_values(token, feature) == tuple(token.morph.get(feature))
    assert morph_values(next(t for t in doc if t.text == "traf"), "Tense") == ("Past",)


def test_parse(doc):
    tokens = {t.text: t for t in doc}
    assert tokens["traf"].dep_ == "ROOT"
    assert tokens["Präsident"].dep_ == "nsubj" and tokens["Präsident"].head.text == "traf"


def test_whitespace_tokens(doc):
    assert doc[3].is_space and doc[3].pos_ == "SPACE"


def test_sentences(doc):
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Kanzler warnt Moskau"  # a headline without a period ends at the blank line
    assert sents[1].startswith("Russlands") and sents[1].endswith("Nordkoreas.")  # not cut at "18."
    assert sents[2].startswith("Die Bundesregierung")


def test_entities(doc):
    ents = {e.text: e.label_ for e in doc.ents}
    assert ents.get("Wladimir Putin") == "PER"
    assert ents.get("Pjöngjang") == "LOC"


def test_no_entity_starts_or_ends_in_punctuation():
    nlp = load("de")
    sdoc = nlp("Der frühere Hohe Repräsentant in Bosnien-Herzegowina, Wolfgang Petritsch, begrüßte die Initiative.")
    assert {e.text: e.label_ for e in sdoc.ents}.get("Wolfgang Petritsch") == "PER"
    # the component itself, on spans set by hand: punctuation at either edge goes, a span of it alone too
    sdoc = nlp.make_doc("Sie traf ( Maria Huber , ) gestern.")
    sdoc.ents = [Span(sdoc, 2, 6, label="PER"), Span(sdoc, 6, 7, label="MISC")]
    assert [(e.text, e.label_) for e in entity_edges(sdoc).ents] == [("Maria Huber", "PER")]
    # a name ends in no function word; a lower-case part of a name stays
    sdoc = nlp("Es sprach Andreas Hauer von der Uni Linz mit Scheich Ahmed al-Asir.")
    sdoc.ents = [Span(sdoc, 2, 6, label="PER"), Span(sdoc, 10, 12, label="PER")]
    assert [e.text for e in entity_edges(sdoc).ents] == ["Andreas Hauer", "Ahmed al-Asir"]


def test_entity_ruler_sets_kb_id():
    nlp = load("de")
    ruler = nlp.get_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "Zentralkomitee der Partei der Arbeit", "id": "test_zk"}])
    try:
        sdoc = nlp("Das Zentralkomitee der Partei der Arbeit tagte.")
        ent = next(e for e in sdoc.ents if e.text == "Zentralkomitee der Partei der Arbeit")
        assert (ent.label_, ent.kb_id_) == ("ORG", "test_zk")
    finally:
        ruler.remove("test_zk")


def test_annotate_fills_document():
    document = Document(id="t1", text=TEXT, language="de")
    annotate(document)
    assert document.spacy_doc is not None
    assert len(document.sentences) == 3
    assert any(e.text == "Wladimir Putin" and e.label == "PER" for e in document.entities)


def test_regnal_numbers_end_no_sentence():
    text = "Der Kandidat war von König Felipe VI. mit der Regierungsbildung betraut worden. Danach kam die Wahl."
    doc = load("de")(text)
    assert [s.text for s in doc.sents] == [
        "Der Kandidat war von König Felipe VI. mit der Regierungsbildung betraut worden.",
        "Danach kam die Wahl.",
    ]


def test_a_line_break_after_a_full_stop_ends_the_sentence():
    text = "Die Regierung trat zurück.\n2014 wurde gewählt.\nDie Opposition protestierte."
    doc = load("de")(text)
    assert [s.text.strip() for s in doc.sents] == [
        "Die Regierung trat zurück.", "2014 wurde gewählt.", "Die Opposition protestierte.",
    ]


def test_a_period_typed_twice_ends_the_sentence():
    doc = load("de")("Der Landesrat warb für eine Koalition.. Der Landeshauptmann ließ es offen.")
    assert [s.text.strip() for s in doc.sents] == [
        "Der Landesrat warb für eine Koalition..", "Der Landeshauptmann ließ es offen.",
    ]


def test_a_mixed_case_acronym_ends_its_sentence():
    doc = load("de")("Gabriel wandte sich gegen die AfD. Danach sprach Dr. Müller.")
    assert [t.text for t in doc][:7] == ["Gabriel", "wandte", "sich", "gegen", "die", "AfD", "."]
    assert "Dr." in [t.text for t in doc]
    assert len(list(doc.sents)) == 2


def test_a_dateline_is_parsed_apart_and_joins_the_sentence_it_opens():
    doc = load("de")("Neue Zahlen zeigen eine Wende. Moskau – Die Forderungen der EU seien inakzeptabel, sagte Lawrow.")
    sentences = list(doc.sents)
    assert len(sentences) == 2
    place, subject = doc[6], doc[9]
    assert (place.text, place.dep_, place.head.text) == ("Moskau", "dep", "sagte")
    assert (subject.text, subject.dep_) == ("Forderungen", "nsubj")
    # a dash later in a sentence is no dateline
    doc = load("de")("Der Kanzler – so heißt es – trat zurück.")
    assert len(list(doc.sents)) == 1


def test_only_separable_particles_or_known_verbs_join_their_verb():
    from lagebild.nlp import load

    doc = load("de")("Berlin – Griechenland beschuldigte die Türkei am Montag erneut.")
    assert {t.lemma_ for t in doc if t.pos_ == "VERB"} == {"beschuldigen"}
    released = load("de")("Die Polizei ließ den Mann am Montag wieder frei.")
    assert "freilassen" in {t.lemma_ for t in released}


def test_a_particle_joins_a_finite_verb_the_morphologizer_misread():
    from lagebild.nlp import load

    doc = load("de")("Der Strafgerichtshof rief Südafrika auf.")
    assert "aufrufen" in {t.lemma_ for t in doc}


def test_a_headline_past_with_a_singular_subject_is_a_participle():
    from lagebild.nlp import load

    doc = load("de")("Russischer Botschafter in Ankara erschossen\n\nAnkara – Der Botschafter ist tot.")
    shot = next(t for t in doc if t.text == "erschossen")
    assert (shot.tag_, morph_values(shot, "VerbForm")) == ("VVPP", ("Part",))
    # a plural subject keeps its past tense
    doc = load("de")("Soldaten erschossen\n\nDie Soldaten erschossen zwei Männer.")
    assert [t.tag_ for t in doc if t.text == "erschossen"][-1] == "VVFIN"


def test_a_weak_past_has_the_number_of_its_ending():
    doc = load("de")("Hunderte Migranten protestierten vor dem Bahnhof gegen die Maßnahme. Sie forderten, nach "
                     "Deutschland weiterreisen zu dürfen. Die Regierung forderte Ruhe.")
    numbers = [morph_values(t, "Number") for t in doc if t.lemma_ == "fordern"]
    assert numbers == [("Plur",), ("Sing",)]


def test_a_particle_after_an_insert_joins_the_verb_before_the_insert():
    from lagebild.nlp import load

    doc = load("de")("Diese zog sich – wie berichtet – am Montag als Parteichefin zurück.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["zog"], lemmas["berichtet"]) == ("zurückziehen", "berichten")
    doc = load("de")("Putin wies die Vorwürfe (wie erwartet) zurück.")
    assert {t.text: t.lemma_ for t in doc}["wies"] == "zurückweisen"
