"""Readers for the corpora in ../shared/data, each turned into spaCy `Doc`s with gold annotation.

Used by the training script (ship corpora) and by `benchmarks/nlp.py` (eval corpora).
Contractions that UD splits into syntactic words ("im" = "in dem") stay one token, as the
tokenizer produces them: the token takes the first word's POS/lemma/head and the morphology of
the last word (the article carries case, gender and number).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc
from spacy.training import iob_to_biluo
from spacy.vocab import Vocab

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"

GSD_DEV = DATA / "ud_german_gsd" / "de_gsd-ud-dev.conllu"
GSD_TEST = DATA / "ud_german_gsd" / "de_gsd-ud-test.conllu"
PUD = DATA / "ud_german_pud" / "de_pud-ud-test.conllu"
GERMEVAL_DEV = DATA / "germeval2014" / "NER-de-dev.tsv"
GERMEVAL_TEST = DATA / "germeval2014" / "NER-de-test.tsv"
LER = [DATA / "legal_ler" / "ler_dev.conll", DATA / "legal_ler" / "ler_test.conll"]
STURM = [DATA / "neiss_sturm" / f"{s}_sturm.conll" for s in ("train", "dev", "test")]
EUROPEANA = [DATA / "europeana_ner" / f"enp_DE.{s}.bio" for s in ("lft", "onb", "sbb")]
SMARTDATA = [DATA / "smartdata" / "train.json.gz", DATA / "smartdata" / "test.json.gz"]


class MissingCorpus(FileNotFoundError):
    pass


def require(*paths: Path) -> None:
    """Raise with the first missing file named, so a run without ../shared says what it lacks."""
    for path in paths:
        if not path.exists():
            raise MissingCorpus(f"missing corpus file: {path} (the corpora live in ../shared/data)")


# --- UD (CoNLL-U) -------------------------------------------------------------------------


def read_conllu(path: Path) -> Iterator[list[dict]]:
    """Sentences of a CoNLL-U file; each token a dict, multiword tokens merged into one."""
    require(path)
    rows: list[list[str]] = []
    with path.open(encoding="utf8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield _merge_multiwords(rows)
                rows = []
            elif not line.startswith("#"):
                rows.append(line.split("\t"))
    if rows:
        yield _merge_multiwords(rows)


def _merge_multiwords(rows: list[list[str]]) -> list[dict]:
    words = {r[0]: r for r in rows if r[0].isdigit()}
    new_index: dict[str, int] = {}  # word id -> token position
    tokens: list[dict] = []
    covered: set[str] = set()
    for r in rows:
        if "." in r[0] or r[0] in covered:
            continue
        if "-" in r[0]:
            first, last = (int(x) for x in r[0].split("-"))
            ids = [str(i) for i in range(first, last + 1)]
            covered.update(ids)
            head_word, last_word = words[ids[0]], words[ids[-1]]
            for i in ids:
                new_index[i] = len(tokens)
            tokens.append(_token(r[1], head_word, last_word[5], r[9], ids))
        else:
            new_index[r[0]] = len(tokens)
            tokens.append(_token(r[1], r, r[5], r[9], [r[0]]))
    for tok in tokens:
        head = tok.pop("head_id")
        tok["head"] = new_index[head] if head != "0" else None
    for i, tok in enumerate(tokens):
        if tok["head"] == i:  # a contraction whose first word depends on its last one
            tok["head"] = None if tok["dep"] == "root" else tok["head"]
    return tokens


def _token(text: str, row: list[str], feats: str, misc: str, ids: list[str]) -> dict:
    return {
        "text": text,
        "lemma": row[2],
        "pos": row[3],
        "tag": row[4] if len(ids) == 1 else "APPRART",
        "morph": "" if feats == "_" else feats,
        "head_id": row[6],
        "dep": row[7],
        "space": "SpaceAfter=No" not in misc,
    }


def ud_doc(vocab: Vocab, sents: list[list[dict]]) -> Doc:
    """One Doc from consecutive UD sentences (so the parser also learns sentence boundaries)."""
    words, spaces, lemmas, pos, tags, morphs, heads, deps, starts = [], [], [], [], [], [], [], [], []
    for sent in sents:
        offset = len(words)
        for i, tok in enumerate(sent):
            words.append(tok["text"])
            spaces.append(tok["space"] or i == len(sent) - 1)
            lemmas.append(tok["lemma"])
            pos.append(tok["pos"])
            tags.append(tok["tag"])
            morphs.append(tok["morph"])
            heads.append(offset + (tok["head"] if tok["head"] is not None else i))
            deps.append("ROOT" if tok["head"] is None else tok["dep"])
            starts.append(i == 0)
    return Doc(
        vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags, morphs=morphs,
        heads=heads, deps=deps, sent_starts=starts,
    )


def ud_docs(vocab: Vocab, path: Path, group: int = 10) -> list[Doc]:
    sents = list(read_conllu(path))
    return [ud_doc(vocab, sents[i : i + group]) for i in range(0, len(sents), group)]


# --- NER corpora: label mapping to PER / LOC / ORG / MISC -----------------------------------

GERMEVAL_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
LER_MAP = {
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "MISC",
}  # norms, case law, contracts and literature (GS, VO, EUN, VS, VT, RS, LIT) are no entities
STURM_MAP = {"pers": "PER", "place": "LOC"}
PLAIN_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


def germeval_label(label: str) -> str | None:
    """GermEval classes → ours: derivations ("deutschen") and OTH become MISC, parts are dropped."""
    if label.endswith("part"):
        return None
    if label.endswith("deriv"):
        return "MISC"
    return GERMEVAL_MAP.get(label)


def map_iob(tags: list[str], mapping) -> list[str]:
    """Re-label an IOB2 sequence; unmapped entities become O, orphan I- tags start an entity."""
    out: list[str] = []
    for tag in tags:
        if tag == "O" or "-" not in tag:
            out.append("O")
            continue
        prefix, label = tag.split("-", 1)
        new = mapping(label) if callable(mapping) else mapping.get(label)
        if new is None:
            out.append("O")
        elif prefix == "I" and out and out[-1] != "O" and out[-1][2:] == new:
            out.append("I-" + new)
        else:
            out.append("B-" + new)
    return out


def ner_doc(vocab: Vocab, words: list[str], iob: list[str]) -> Doc:
    doc = Doc(vocab, words=words)
    doc.ents = []  # every token annotated (O), not missing
    from spacy.training import biluo_tags_to_spans

    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(iob))
    return doc


def read_germeval(path: Path) -> Iterator[tuple[list[str], list[str], list[str]]]:
    """(words, outer IOB, inner IOB) per sentence of a GermEval 2014 TSV file."""
    require(path)
    words: list[str] = []
    outer: list[str] = []
    inner: list[str] = []
    with path.open(encoding="utf8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                if words:
                    yield words, outer, inner
                words, outer, inner = [], [], []
                continue
            words.append(cols[1])
            outer.append(cols[2])
            inner.append(cols[3])
    if words:
        yield words, outer, inner


def read_bio(path: Path, sep: str | None = None) -> Iterator[tuple[list[str], list[str]]]:
    """Two-column token/tag files (blank line between sentences); malformed lines are skipped."""
    require(path)
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf8", errors="replace") as f:
        for line in f:
            cols = line.split(sep)
            if not cols:
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            if len(cols) != 2 or cols[0].startswith("-DOCSTART-"):
                continue
            tag = cols[1]
            if not re.fullmatch(r"O|[BI]-[A-Za-z]+", tag):
                tag = "O"
            words.append(cols[0])
            tags.append(tag)
    if words:
        yield words, tags


def germeval_docs(vocab: Vocab, path: Path) -> list[Doc]:
    return [ner_doc(vocab, w, map_iob(o, germeval_label)) for w, o, _ in read_germeval(path)]


def ler_docs(vocab: Vocab, entity_sentences_only: bool = True) -> list[Doc]:
    docs = []
    for path in LER:
        for words, tags in read_bio(path):
            iob = map_iob(tags, LER_MAP)
            if entity_sentences_only and all(t == "O" for t in iob):
                continue
            docs.append(ner_doc(vocab, words, iob))
    return docs


def sturm_docs(vocab: Vocab) -> list[Doc]:
    return [ner_doc(vocab, w, map_iob(t, STURM_MAP)) for p in STURM for w, t in read_bio(p)]


def europeana_docs(vocab: Vocab) -> list[Doc]:
    mapping = {k.upper(): v for k, v in PLAIN_MAP.items()}
    return [
        ner_doc(vocab, w, map_iob([t.upper() for t in tags], mapping))
        for p in EUROPEANA
        for w, tags in read_bio(p)
    ]


# --- SmartData (JSON documents with character spans) --------------------------------------

SMARTDATA_MAP = {
    "person": "PER",
    "location": "LOC", "location-city": "LOC", "location-stop": "LOC", "location-street": "LOC",
    "organization": "ORG", "organization-company": "ORG",
}


def read_smartdata(path: Path) -> Iterator[dict]:
    require(path)
    with gzip.open(path, "rt", encoding="utf8") as f:
        text = f.read()
    decoder = json.JSONDecoder()
    i = 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return
        doc, i = decoder.raw_decode(text, i)
        yield doc


def smartdata_docs(nlp, common_nouns: set[str]) -> list[Doc]:
    """SmartData v1 train+test (= all documents), one Doc per text line, with our labels.

    SmartData also marks nominal mentions ("Gruppe" for a company) and adjectives
    ("dänischen" as location); the first are dropped, the second become MISC like GermEval's
    derivations.
    """
    docs = []
    for path in SMARTDATA:
        for item in read_smartdata(path):
            text = item["text"]["string"]
            mentions = (item.get("conceptMentions") or {}).get("array", [])
            spans = [
                (m["span"]["start"], m["span"]["end"], SMARTDATA_MAP[m["type"]])
                for m in mentions
                if m["type"] in SMARTDATA_MAP
            ]
            docs.extend(_smartdata_lines(nlp, text, spans, common_nouns))
    return docs


def _smartdata_lines(nlp, text: str, spans, common_nouns: set[str]) -> Iterable[Doc]:
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            doc = nlp.make_doc(line)
            ents = []
            for s, e, label in spans:
                if s >= start and e <= end:
                    span = doc.char_span(s - start, e - start, label=label, alignment_mode="expand")
                    label = _smartdata_label(span, common_nouns) if span is not None else None
                    if label:
                        ents.append(doc.char_span(s - start, e - start, label=label, alignment_mode="expand"))
            doc.ents = _non_overlapping(ents)
            yield doc
        start = end + 1


def _smartdata_label(span, common_nouns: set[str]) -> str | None:
    if not span.text[:1].isupper() and not span.text[:1].isdigit():
        return "MISC" if span.label_ == "LOC" else None
    if len(span) == 1 and span.text in common_nouns:
        return None
    return span.label_


def _non_overlapping(spans):
    spans = sorted(spans, key=lambda s: (s.start, -len(s)))
    out, last = [], -1
    for span in spans:
        if span.start >= last:
            out.append(span)
            last = span.end
    return out
