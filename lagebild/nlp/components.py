"""Rule components that `load()` adds around the shipped statistical model.

They live in code, not in the model, so that rules and KB updates need no retraining.
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

MONTHS = {
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
    "September", "Oktober", "November", "Dezember",
}
SENTENCE_FINAL_ABBREVIATIONS = {"usw.", "etc.", "u.ä.", "o.ä."}


@Language.component("lagebild_sentence_rules")
def sentence_rules(doc: Doc) -> Doc:
    """Preset sentence boundaries the parser then respects.

    A blank line ends a sentence (headlines without punctuation); an ordinal or abbreviation
    with its own period ("18. Juni", "Dr. Müller", "u. a. beim") does not.
    """
    for i, token in enumerate(doc[1:], start=1):
        prev = doc[i - 1]
        if prev.is_space and prev.text.count("\n") >= 2:
            token.is_sent_start = True
        elif _inner_period(prev, token):
            token.is_sent_start = False
    return doc


@Language.component("lagebild_whitespace")
def whitespace(doc: Doc) -> Doc:
    """Whitespace tokens (blank lines) get the SPACE tag the statistical tagger never learned."""
    for token in doc:
        if token.is_space:
            token.pos_, token.tag_, token.lemma_ = "SPACE", "_SP", token.text
            token.set_morph(None)
    return doc


def _inner_period(prev, token) -> bool:
    """The tokenizer keeps a period on a word only for abbreviations, initials and ordinals."""
    if len(prev.text) < 2 or not prev.text.endswith(".") or token.is_space or token.is_punct:
        return False
    if token.text in MONTHS or token.is_lower or token.like_num:
        return True
    if prev.text[:-1].isdigit() and 1000 <= int(prev.text[:-1]) <= 2100:
        return False  # "im Jahr 2024. Danach": a year ends a sentence
    return prev.lower_ not in SENTENCE_FINAL_ABBREVIATIONS


@Language.component("lagebild_kb_ids")
def kb_ids(doc: Doc) -> Doc:
    """Carry the entity ruler's pattern id over into `Span.kb_id_`, where linkers look."""
    if any(ent.ent_id and not ent.kb_id for ent in doc.ents):
        doc.ents = [
            Span(doc, e.start, e.end, label=e.label, kb_id=e.ent_id) if e.ent_id and not e.kb_id else e
            for e in doc.ents
        ]
    return doc


@Language.component("lagebild_particle_verbs")
def particle_verbs(doc: Doc) -> Doc:
    """Re-attach separable particles to their verb's lemma: "kündigte ... an" → "ankündigen"."""
    for token in doc:
        if token.dep_ == "compound:prt" and token.head.pos_ in ("VERB", "AUX") and token.is_alpha:
            head = token.head
            if head.i < token.i and not head.lemma_.startswith(token.lower_):
                head.lemma_ = token.lower_ + head.lemma_
    return doc


class LemmaRules:
    """Lemma corrections from the tables shipped beside the model (see training/lemmas.py).

    Pronouns and determiners get their UD lemma ("mir" → "ich"); an open-class lemma never seen
    in the training data ("Hebamm") is replaced by the known lemma of the word form, if any.
    """

    OPEN = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "AUX"})

    def __init__(self) -> None:
        self.closed: dict[str, str] = {}
        self.forms: dict[str, str] = {}
        self.lexicon: frozenset[str] = frozenset()

    def load(self, path) -> LemmaRules:
        tables = json.loads(Path(path).read_text(encoding="utf8"))
        self.closed, self.forms = tables["closed"], tables["forms"]
        self.lexicon = frozenset(tables["lexicon"])
        return self

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            pos = token.pos_
            if pos in ("PRON", "DET"):
                lemma = self.closed.get(f"{token.lower_}|{pos}")
                if lemma:
                    token.lemma_ = lemma
            elif pos in self.OPEN and token.lemma_ not in self.lexicon:
                lemma = self.forms.get(token.text) or (token.text if token.text in self.lexicon else None)
                if lemma:
                    token.lemma_ = lemma
        return doc


@Language.factory("lagebild_lemma_rules")
def make_lemma_rules(nlp: Language, name: str) -> LemmaRules:
    return LemmaRules()
