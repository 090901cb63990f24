"""The nlp stage: load the spaCy pipeline for a language and annotate a Document with it.

The shipped German model lives in `nlp/models/de/` (rebuilt by `python -m training.de`): one
CNN tok2vec shared by tagger (STTS), morphologizer (UPOS + features), edit-tree lemmatizer,
dependency parser and NER. `load()` wraps it with rule components that need no retraining:
verb forms from the STTS tag after the morphologizer, the weak past after the lemmatizer, sentence
rules before the parser, an entity ruler fed by the knowledge base before the NER, and
particle-verb lemmas after the parser.
Where no trained model is shipped for a language, a blank spaCy pipeline with a rule-based
sentence splitter stands in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.document import Document, Entity, Sentence
from lagebild.lang import endings
from lagebild.nlp import components  # noqa: F401  (registers the rule components)

MODELS_DIR = Path(__file__).parent / "models"
LEMMA_RULES = "lemma_rules.json"


def model_path(lang: str) -> Path:
    return MODELS_DIR / lang


@lru_cache(maxsize=4)
def load(lang: str = "de") -> Language:
    """The spaCy `Language` for `lang`: the shipped model if there is one, else a blank pipeline."""
    path = model_path(lang)
    if not (path / "config.cfg").exists():
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        return nlp
    nlp = spacy.load(path)
    split_acronym_periods(nlp)
    add_rules(nlp, path)
    if "ner" in nlp.pipe_names:
        add_entity_ruler(nlp, lang)
    return nlp


# "gegen die AfD." keeps its period on the mixed-case acronym (the default suffix rules split a
# period only after a lower-case word or an all-capitals one)
_ACRONYM_PERIOD = re.compile(r"(?<=[a-zäöüß][A-ZÄÖÜ])\.$")


def split_acronym_periods(nlp: Language) -> None:
    default = nlp.tokenizer.suffix_search
    # one compiled alternation after the model's own: the same leftmost match as trying them in turn
    patterns = [default.__self__.pattern] if default is not None else []
    nlp.tokenizer.suffix_search = re.compile("|".join([*patterns, _ACRONYM_PERIOD.pattern])).search


def add_rules(nlp: Language, path: Path) -> None:
    """Rule components around the statistical ones (see `components`)."""
    known_verbs: frozenset[str] = frozenset()
    if (path / LEMMA_RULES).exists() and "trainable_lemmatizer" in nlp.pipe_names:
        rules = nlp.add_pipe("lagebild_lemma_rules", after="trainable_lemmatizer")
        rules.load(path / LEMMA_RULES)
        known_verbs = rules.lexicon
        weak_past_endings = endings(nlp.lang, "weak_past_endings.txt")
        if weak_past_endings:
            weak_past = nlp.add_pipe("lagebild_weak_past", after="lagebild_lemma_rules")
            weak_past.known_verbs, weak_past.endings = known_verbs, weak_past_endings
            weak_past.infinitive_endings = endings(nlp.lang, "infinitive_endings.txt")
            weak_past.plural_endings = endings(nlp.lang, "weak_past_plural_endings.txt")
    if "tagger" in nlp.pipe_names and "morphologizer" in nlp.pipe_names:
        nlp.add_pipe("lagebild_verb_forms", after="morphologizer")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("lagebild_whitespace", before="parser")
        nlp.add_pipe("lagebild_sentence_rules", before="parser")
        nlp.add_pipe("lagebild_sentence_repair", after="parser")
        particles = nlp.add_pipe("lagebild_particle_verbs", after="lagebild_sentence_repair")
        particles.known_verbs = known_verbs
        if "morphologizer" in nlp.pipe_names:
            nlp.add_pipe("lagebild_headline_participle", after="lagebild_particle_verbs")


def add_entity_ruler(nlp: Language, lang: str) -> None:
    """KB names as entities ahead of the statistical NER, which keeps them and fills the gaps."""
    from lagebild.kb import entity_patterns

    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"validate": False, "overwrite_ents": False})
    patterns = entity_patterns(lang)
    if patterns:
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(patterns)
    nlp.add_pipe("lagebild_kb_ids", after="ner")
    nlp.add_pipe("lagebild_entity_edges", after="lagebild_kb_ids")


def annotate(doc: Document) -> None:
    """Run the language's spaCy pipeline over the article text; add sentences and entities."""
    annotate_many([doc])


def annotate_many(docs: Sequence[Document]) -> None:
    """`annotate` for several Documents at once.

    spaCy's `pipe` runs the network layers over a batch of texts, which is faster than one text at a
    time and gives the same annotations.
    """
    by_language: dict[str, list[Document]] = {}
    for doc in docs:
        by_language.setdefault(doc.language, []).append(doc)
    for language, group in by_language.items():
        parsed = load(language).pipe(doc.text for doc in group)
        for doc, sdoc in zip(group, parsed, strict=True):
            _add_layers(doc, sdoc)


def _add_layers(doc: Document, sdoc: Doc) -> None:
    doc.spacy_doc = sdoc
    doc.sentences = [Sentence(start=s.start_char, end=s.end_char) for s in sdoc.sents]
    doc.entities = [
        Entity(start=e.start_char, end=e.end_char, text=e.text, label=e.label_, kb_id=e.kb_id_ or None)
        for e in sdoc.ents
    ]
