"""Rebuild the shipped German pipeline from the ship corpora in ../shared/data.

    python -m training.de              # prepare + pretrain + train + package (~45 min on 2 cores)
    python -m training.de prepare      # only build training/work/{train,dev}.spacy (HanTa silver)
    python -m training.de pretrain     # only `spacy pretrain` the tok2vec on the raw ship text
    python -m training.de train --pretrain   # only train, from the pretrained tok2vec
    python -m training.de package      # copy training/work/model/model-best into lagebild/nlp/models/de

Never reads GermEval 2014 test or UD GSD test: they are the benchmarks.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from lagebild.nlp import LEMMA_RULES
from training import corpora, lemmas, silver

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
CONFIG = HERE / "configs" / "de.cfg"
TARGET = HERE.parent / "lagebild" / "nlp" / "models" / "de"
GOLD_UPSAMPLE = 2
GERMEVAL_UPSAMPLE = 2  # GermEval dev is the only in-domain (news + Wikipedia) NER data
DEV_GERMEVAL = 220  # GermEval dev sentences held out for model selection
DEV_UD_DOCS = 8  # UD GSD dev documents (10 sentences each) held out


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def ud_gold(nlp) -> list[Doc]:
    gsd = corpora.ud_docs(nlp.vocab, corpora.GSD_DEV)
    pud = corpora.ud_docs(nlp.vocab, corpora.PUD)
    for doc in pud:  # PUD's XPOS is not STTS: leave the tag missing
        for token in doc:
            token.tag_ = ""
    return gsd + pud


def ner_silver(nlp, common_nouns: set[str]) -> tuple[list[Doc], list[Doc]]:
    """NER documents (ours labels) with HanTa tags and lemmas; Europeana (OCR) gets none."""
    germeval = corpora.germeval_docs(nlp.vocab, corpora.GERMEVAL_DEV)
    for doc in germeval:
        doc.user_data["germeval"] = True
    tagged = germeval + corpora.smartdata_docs(nlp, common_nouns)
    tagged += corpora.ler_docs(nlp.vocab) + corpora.sturm_docs(nlp.vocab)
    log(f"HanTa silver tags for {len(tagged)} sentences")
    for doc in tagged:
        silver.add_silver(doc)
    return tagged, split_sentences(corpora.europeana_docs(nlp.vocab))


def _cached_silver(nlp, nouns: set[str]) -> tuple[list[Doc], list[Doc]]:
    """HanTa takes minutes: keep its output in training/work/ for reruns of `prepare`."""
    tagged_path, ocr_path = WORK / "silver.spacy", WORK / "ocr.spacy"
    if tagged_path.exists() and ocr_path.exists():
        load = DocBin().from_disk
        return list(load(tagged_path).get_docs(nlp.vocab)), list(load(ocr_path).get_docs(nlp.vocab))
    tagged, ocr = ner_silver(nlp, nouns)
    DocBin(docs=tagged, store_user_data=True).to_disk(tagged_path)
    DocBin(docs=ocr).to_disk(ocr_path)
    return tagged, ocr


def split_sentences(docs: list[Doc]) -> list[Doc]:
    """Europeana comes as whole pages: cut them after sentence-final punctuation."""
    out = []
    for doc in docs:
        start = 0
        for i, token in enumerate(doc):
            end = i + 1
            long_enough = end - start >= 8 or end == len(doc)
            if token.text in {".", "!", "?"} and long_enough and token.ent_iob_ != "I":
                out.append(doc[start:end].as_doc())
                start = end
        if start < len(doc):
            out.append(doc[start:].as_doc())
    return out


def prepare() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de")
    gold = ud_gold(nlp)
    nouns = {t.text for d in gold for t in d if t.pos_ == "NOUN"}
    dev_ud, train_ud = gold[:DEV_UD_DOCS], gold[DEV_UD_DOCS:]
    tagged, ocr = _cached_silver(nlp, nouns)
    n_germeval = sum(1 for d in tagged if d.user_data.get("germeval"))
    dev_ner, train_ner = tagged[:DEV_GERMEVAL], tagged[DEV_GERMEVAL:]
    train_germeval = train_ner[: n_germeval - DEV_GERMEVAL]
    train = train_ud * GOLD_UPSAMPLE + train_ner + train_germeval * (GERMEVAL_UPSAMPLE - 1) + ocr
    random.Random(0).shuffle(train)
    DocBin(docs=train, store_user_data=False).to_disk(WORK / "train.spacy")
    DocBin(docs=dev_ud + dev_ner).to_disk(WORK / "dev.spacy")
    log(f"train: {len(train)} docs, {sum(len(d) for d in train)} tokens; dev: {len(dev_ud) + len(dev_ner)}")


def pretrain() -> Path:
    """`spacy pretrain` (character objective) of the tok2vec on the raw ship text."""
    import srsly
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    from training.vectors import raw_sentences

    raw = WORK / "raw.jsonl"
    srsly.write_jsonl(raw, ({"text": s} for s in raw_sentences()))
    out = WORK / "pretrain"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    overrides = {"paths.raw_text": str(raw), **_DATA_PATHS}
    config = load_config(CONFIG, overrides=overrides, interpolate=True)
    spacy_pretrain(config, out, silent=False)
    return out / "model-last.bin"


_DATA_PATHS = {"paths.train": str(WORK / "train.spacy"), "paths.dev": str(WORK / "dev.spacy")}


def train(extra: list[str], init_tok2vec: Path | None = None, output: Path = WORK / "model") -> None:
    from spacy.cli.train import train as spacy_train

    overrides = dict(_DATA_PATHS)
    if init_tok2vec is not None:
        overrides["paths.init_tok2vec"] = str(init_tok2vec)
    for item in extra:
        key, _, value = item.lstrip("-").partition("=")
        overrides[key] = value
    spacy_train(CONFIG, output_path=output, overrides=_typed(overrides))


def _typed(overrides: dict[str, str]) -> dict:
    out: dict = {}
    for key, value in overrides.items():
        if value in ("true", "false"):
            out[key] = value == "true"
            continue
        try:
            out[key] = int(value)
        except ValueError:
            try:
                out[key] = float(value)
            except ValueError:
                out[key] = value
    return out


def package(source: Path | None = None) -> None:
    source = source or WORK / "model" / "model-best"
    nlp = spacy.load(source)
    if TARGET.exists():
        shutil.rmtree(TARGET)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    nlp.meta.update({"name": "lagebild_de", "version": "0.1.0", "license": "CC BY-SA 4.0"})
    nlp.to_disk(TARGET)
    lemma_tables(nlp, TARGET / LEMMA_RULES)
    size = sum(p.stat().st_size for p in TARGET.rglob("*") if p.is_file())
    log(f"packaged {source} -> {TARGET} ({size / 1e6:.1f} MB)")


def lemma_tables(nlp, path: Path) -> None:
    gold = ud_gold(nlp)
    tagged, _ocr = _cached_silver(nlp, {t.text for d in gold for t in d if t.pos_ == "NOUN"})
    lemmas.write(lemmas.build(gold, tagged), path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.de", description=__doc__.splitlines()[0])
    parser.add_argument(
        "step", nargs="?", default="all", choices=["all", "prepare", "pretrain", "train", "package"]
    )
    parser.add_argument("--pretrain", action="store_true", help="`train`: start from the pretrained tok2vec")
    parser.add_argument("--no-pretrain", action="store_true", help="`all`: train the tok2vec from scratch")
    parser.add_argument("--output", type=Path, default=WORK / "model", help="training output directory")
    parser.add_argument("overrides", nargs="*", help="config overrides for training, e.g. training.max_steps=500")
    args = parser.parse_intermixed_args(argv)
    start = time.time()
    if args.step in ("all", "prepare"):
        prepare()
    init = None
    if args.step == "pretrain" or (args.step == "all" and not args.no_pretrain):
        init = pretrain()
    elif args.step == "train" and args.pretrain:
        init = WORK / "pretrain" / "model-last.bin"
    if args.step in ("all", "train"):
        train(args.overrides, init, args.output)
    if args.step in ("all", "package"):
        package(args.output / "model-best")
    log(f"done in {(time.time() - start) / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
