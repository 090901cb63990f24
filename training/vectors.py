"""Static subword vectors (floret) trained on the raw text of the ship corpora.

    python -m training.vectors   # writes training/work/vectors/ (a spaCy vectors model)
"""

from __future__ import annotations

import sys
from pathlib import Path

from training import corpora

WORK = Path(__file__).resolve().parent / "work"
TEXT = WORK / "raw.txt"
OUT = WORK / "vectors"
DIM = 96
BUCKETS = 20000


def raw_sentences() -> list[str]:
    """Every sentence of the ship corpora, tokenised (GSD test and GermEval test excluded)."""
    sents = [" ".join(t["text"] for t in s) for p in (corpora.GSD_DEV, corpora.PUD) for s in corpora.read_conllu(p)]
    sents += [" ".join(w) for w, _, _ in corpora.read_germeval(corpora.GERMEVAL_DEV)]
    for path in [*corpora.LER, *corpora.STURM, *corpora.EUROPEANA]:
        sents += [" ".join(w) for w, _ in corpora.read_bio(path)]
    for path in corpora.SMARTDATA:
        for item in corpora.read_smartdata(path):
            sents += [line for line in item["text"]["string"].split("\n") if line.strip()]
    return sents


def build() -> Path:
    import floret
    import spacy

    OUT.parent.mkdir(parents=True, exist_ok=True)
    TEXT.write_text("\n".join(raw_sentences()), encoding="utf8")
    model = floret.train_unsupervised(
        str(TEXT), model="cbow", mode="floret", hashCount=2, bucket=BUCKETS, minn=3, maxn=5,
        dim=DIM, epoch=10, minCount=2, thread=1,
    )
    vec_file = WORK / "vectors.floret"
    model.save_floret_vectors(str(vec_file))
    from spacy.training.initialize import convert_vectors

    nlp = spacy.blank("de")
    convert_vectors(nlp, vec_file, truncate=0, prune=-1, mode="floret")
    nlp.to_disk(OUT)
    return OUT


if __name__ == "__main__":
    print(build())
    sys.exit(0)
