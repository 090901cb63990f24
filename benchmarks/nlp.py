"""Accuracy and speed of the German pipeline (`lagebild bench nlp` / `python -m benchmarks.nlp`).

- UD German-GSD test (gold tokenisation and sentences): UPOS, STTS, UFeats, lemma, UAS, LAS
  (CoNLL 2018 style: every token, universal relation without subtype).
- GermEval 2014 test (gold tokenisation): NER on the outer PER/LOC/ORG spans, exact match.
- Speed: words/s of the whole pipeline on raw 10kGNAD test articles, one process.
- Model size on disk and load time (entity ruler with the KB patterns included).
`--lemmas` also scores the lemma alternatives: spacy-lookups-data, simplemma and HanTa.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from training import corpora

GNAD_TEST = corpora.DATA / "10kGNAD" / "test.csv"
NER_LABELS = ("PER", "LOC", "ORG")


def run(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.nlp", description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="a model directory instead of the shipped one")
    parser.add_argument("--lemmas", action="store_true", help="also score lemma alternatives")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed benchmark")
    parser.add_argument("--speed-articles", type=int, default=400)
    opts = parser.parse_args(args)
    try:
        corpora.require(corpora.GSD_TEST, corpora.GERMEVAL_TEST, *([] if opts.no_speed else [GNAD_TEST]))
    except corpora.MissingCorpus as err:
        print(f"benchmarks.nlp: {err}", file=sys.stderr)
        return 2
    nlp, load_s = _load(opts.model)
    rows: list[tuple[str, str]] = [("model", str(opts.model or "lagebild.nlp.load('de')"))]
    rows.append(("model size on disk", f"{_size_mb(opts.model):.1f} MB"))
    rows.append(("load time (incl. KB entity ruler)", f"{load_s:.2f} s"))
    rows += [(k, f"{v:.4f}") for k, v in ud_scores(nlp).items()]
    rows += [(k, f"{v:.4f}") for k, v in ner_scores(nlp).items()]
    if opts.lemmas:
        rows += [(k, f"{v:.4f}") for k, v in lemma_alternatives().items()]
    if not opts.no_speed:
        rows.append(("speed, full pipeline, 1 process (words/s)", f"{speed(nlp, opts.speed_articles):,.0f}"))
    _print_table(rows, "python -m benchmarks.nlp " + " ".join(args))
    return 0


def _load(model: Path | None) -> tuple[Language, float]:
    from lagebild.nlp import add_entity_ruler, add_rules, load

    start = time.perf_counter()
    if model is None:
        nlp = load("de")
    else:
        import spacy

        nlp = spacy.load(model)
        add_rules(nlp, model)
        add_entity_ruler(nlp, "de")
    return nlp, time.perf_counter() - start


def _size_mb(model: Path | None) -> float:
    from lagebild.nlp import model_path

    root = model or model_path("de")
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) / 1e6


def _annotate(nlp: Language, words: list[str], spaces: list[bool] | None = None) -> Doc:
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def ud_scores(nlp: Language) -> dict[str, float]:
    c: Counter[str] = Counter()
    for sent in corpora.read_conllu(corpora.GSD_TEST):
        doc = _annotate(nlp, [t["text"] for t in sent], [t["space"] for t in sent])
        for gold, tok in zip(sent, doc, strict=True):
            c["n"] += 1
            c["upos"] += tok.pos_ == gold["pos"]
            c["xpos"] += tok.tag_ == gold["tag"]
            c["feats"] += str(tok.morph) == gold["morph"]
            c["lemma"] += tok.lemma_ == gold["lemma"]
            c["lemma_prt"] += tok.lemma_ in (gold["lemma"], _particle(tok) + gold["lemma"])
            gold_head = gold["head"] if gold["head"] is not None else tok.i
            if tok.head.i == gold_head:
                c["uas"] += 1
                c["las"] += _udep(tok.dep_) == _udep("ROOT" if gold["head"] is None else gold["dep"])
    n = c["n"]
    return {
        "GSD test UPOS accuracy": c["upos"] / n,
        "GSD test STTS (XPOS) accuracy": c["xpos"] / n,
        "GSD test UFeats accuracy": c["feats"] / n,
        "GSD test lemma accuracy": c["lemma"] / n,
        "GSD test lemma accuracy, re-attached particles counted right": c["lemma_prt"] / n,
        "GSD test UAS": c["uas"] / n,
        "GSD test LAS": c["las"] / n,
    }


def _particle(token) -> str:
    """GSD lemmatises "kündigte ... an" as "kündigen"; we re-attach the particle ("ankündigen")."""
    return next((c.lower_ for c in token.children if c.dep_ == "compound:prt"), "")


def _udep(label: str) -> str:
    return "root" if label == "ROOT" else label.split(":")[0]


def ner_scores(nlp: Language) -> dict[str, float]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for words, outer, _inner in corpora.read_germeval(corpora.GERMEVAL_TEST):
        gold = _iob_spans(outer)
        doc = _annotate(nlp, words)
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in NER_LABELS}
        for label in NER_LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            tp[label] += len(g & p)
            fp[label] += len(p - g)
            fn[label] += len(g - p)
    scores = {}
    for label in (*NER_LABELS, None):
        keys = NER_LABELS if label is None else (label,)
        t, p_, n_ = (sum(x[k] for k in keys) for x in (tp, fp, fn))
        prec, rec = t / max(t + p_, 1), t / max(t + n_, 1)
        f1 = 2 * prec * rec / max(prec + rec, 1e-9)
        if label is None:
            scores["GermEval 2014 test NER P (PER/LOC/ORG outer)"] = prec
            scores["GermEval 2014 test NER R (PER/LOC/ORG outer)"] = rec
            scores["GermEval 2014 test NER F1 (PER/LOC/ORG outer)"] = f1
        else:
            scores[f"GermEval 2014 test NER F1 {label}"] = f1
    return scores


def _iob_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == label):
            spans.add((start, i, label))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, tag[2:]
    return {s for s in spans if s[2] in NER_LABELS}


def lemma_alternatives() -> dict[str, float]:
    """Lemma accuracy of registry lemmatizers on GSD test, each given the gold words (and POS)."""
    sents = list(corpora.read_conllu(corpora.GSD_TEST))
    out = {}
    for name, lemmatize in _lemmatizers().items():
        ok = n = 0
        for sent in sents:
            for gold, lemma in zip(sent, lemmatize(sent), strict=True):
                n += 1
                ok += lemma == gold["lemma"]
        out[f"GSD test lemma accuracy, {name}"] = ok / n
    return out


def _lemmatizers() -> dict[str, Callable[[list[dict]], list[str]]]:
    import simplemma
    from spacy.lookups import load_lookups

    from training import silver

    table = load_lookups("de", ["lemma_lookup"]).get_table("lemma_lookup")

    def hanta(sent: list[dict]) -> list[str]:
        tagged = silver.tagger().tag_sent([t["text"] for t in sent], taglevel=1)
        return [silver.fix_lemma(w, lem, silver.stts(tag)) for w, lem, tag in tagged]

    return {
        "spacy-lookups-data (lookup)": lambda s: [table.get(t["text"], t["text"]) for t in s],
        "simplemma": lambda s: [simplemma.lemmatize(t["text"], lang="de") for t in s],
        "HanTa (own tagging)": hanta,
    }


def speed(nlp: Language, n_articles: int) -> float:
    with GNAD_TEST.open(encoding="utf8") as f:
        rows = csv.reader(f, delimiter=";", quotechar="'")
        texts = [row[1] for row, _ in zip(rows, range(n_articles), strict=False)]
    list(nlp.pipe(texts[:5]))  # warm up
    start = time.perf_counter()
    words = sum(sum(1 for t in doc if not t.is_space) for doc in nlp.pipe(texts, batch_size=64))
    return words / (time.perf_counter() - start)


def _print_table(rows: list[tuple[str, str]], command: str) -> None:
    width = max(len(k) for k, _ in rows)
    print(f"| {'metric'.ljust(width)} | value |")
    print(f"|{'-' * (width + 2)}|-------|")
    for key, value in rows:
        print(f"| {key.ljust(width)} | {value} |")
    print(f"\ncommand: {command}")


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
