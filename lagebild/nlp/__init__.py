"""The nlp stage: load the spaCy pipeline for a language and annotate a Document with it.

The shipped German model lives in `nlp/models/de/` (rebuilt by `python -m training.de`).
Where no trained model is shipped for a language, a blank spaCy pipeline with a rule-based
sentence splitter stands in, so every later stage still gets tokens and sentences.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from lagebild.document import Document, Entity, Sentence

MODELS_DIR = Path(__file__).parent / "models"


def model_path(lang: str) -> Path:
    return MODELS_DIR / lang


@lru_cache(maxsize=4)
def load(lang: str = "de") -> Language:
    """The spaCy `Language` for `lang`: the shipped model if there is one, else a blank pipeline."""
    path = model_path(lang)
    if (path / "config.cfg").exists():
        nlp = spacy.load(path)
    else:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
    return nlp


def annotate(doc: Document) -> None:
    """Run the language's spaCy pipeline over the article text; add sentences and entities."""
    nlp = load(doc.language)
    sdoc = nlp(doc.text)
    doc.spacy_doc = sdoc
    doc.sentences = [Sentence(start=s.start_char, end=s.end_char) for s in sdoc.sents]
    doc.entities = [
        Entity(start=e.start_char, end=e.end_char, text=e.text, label=e.label_, kb_id=e.kb_id_ or None)
        for e in sdoc.ents
    ]
