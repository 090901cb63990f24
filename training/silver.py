"""Silver STTS tags and lemmas from HanTa (a registry package with its own German model).

Our gold UD data is small (1,800 sentences), so the shared tok2vec also learns from HanTa's
tags and lemmas on the text of the NER corpora; the morphologizer and parser stay gold-only.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_TAGGER = None


def tagger():
    global _TAGGER
    if _TAGGER is None:
        from HanTa import HanoverTagger

        _TAGGER = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    return _TAGGER


def stts(tag: str) -> str:
    """HanTa writes some STTS tags with brackets ("VV(FIN)"); spell them as STTS does."""
    return tag.replace("(", "").replace(")", "")


def fix_lemma(word: str, lemma: str, tag: str) -> str:
    """HanTa lower-cases acronyms ("SPD" → "Spd"): keep the word's own spelling then."""
    if lemma.lower() == word.lower() and tag in ("NE", "NN", "FM", "XY"):
        return word
    if word.isupper() and len(word) > 1 and lemma.lower().startswith(word.lower()[:2]) and tag == "NE":
        return word if re.fullmatch(r"[A-ZÄÖÜ]+", word) else lemma
    return lemma


def add_silver(doc: Doc) -> Doc:
    """Set tag_ and lemma_ of every token from HanTa (doc already carries its words)."""
    words = [t.text for t in doc]
    for token, (word, lemma, tag) in zip(doc, tagger().tag_sent(words, taglevel=1), strict=True):
        tag = stts(tag)
        token.tag_ = tag
        token.lemma_ = fix_lemma(word, lemma, tag)
    return doc
