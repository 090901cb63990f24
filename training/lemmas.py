"""Lemma tables shipped beside the model (`lemma_rules.json`), used by `lagebild_lemma_rules`.

- closed: pronoun/determiner forms → UD lemma ("mir" → "ich"), from the gold UD training data.
- forms: open-class word forms → their most frequent lemma in the gold + HanTa silver data, used
  where the edit-tree lemmatizer proposes a lemma never seen in that data ("Hebamm").
- lexicon: every lemma seen there.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Doc

CLOSED = {"PRON", "DET"}
OPEN_TAGS = {"NN", "NE", "ADJA", "ADJD", "VVFIN", "VVINF", "VVPP", "VVIZU", "VVIMP", "VAFIN", "VMFIN"}


def build(gold: list[Doc], silver: list[Doc]) -> dict:
    closed: dict[str, Counter] = defaultdict(Counter)
    forms: dict[str, Counter] = defaultdict(Counter)
    lexicon: set[str] = set()
    for doc in gold:
        for t in doc:
            lexicon.add(t.lemma_)
            if t.pos_ in CLOSED:
                closed[f"{t.lower_}|{t.pos_}"][t.lemma_] += 1
            elif t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "AUX"):
                forms[t.text][t.lemma_] += 1
    for doc in silver:
        for t in doc:
            if t.tag_ in OPEN_TAGS and t.lemma_ and t.is_alpha:
                lexicon.add(t.lemma_)
                forms[t.text][t.lemma_] += 1
    return {
        "closed": {k: c.most_common(1)[0][0] for k, c in closed.items()},
        "forms": {k: c.most_common(1)[0][0] for k, c in forms.items()},
        "lexicon": sorted(lexicon),
    }


def write(tables: dict, path: Path) -> None:
    path.write_text(json.dumps(tables, ensure_ascii=False, separators=(",", ":")), encoding="utf8")
