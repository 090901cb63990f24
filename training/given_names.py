"""Rebuild `lagebild/kb/data/given_names.txt`: first names read off the person names of the ship corpora.

The NER model often tags a foreign name it has not seen as a place or an organisation ("Nevena
Milutinovic", "Rebecca Harms"); the actors stage reads such a name as a person's when its first word is a
given name. This script collects the first words of multi-word person names in the contemporary news
corpora marked "ship" in ../shared/README.md (GermEval 2014 dev, SmartData v1) and keeps those seen at
least twice and more often as a person's first word than as a place's or an organisation's. (The
historical letters and newspapers name people surname first and spell them in many ways: left out.)

    python -m training.given_names
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from training.corpora import GERMEVAL_DEV, SMARTDATA, read_germeval, read_smartdata

OUT = __import__("pathlib").Path(__file__).resolve().parents[1] / "lagebild" / "kb" / "data" / "given_names.txt"
MIN_COUNT = 2

HEADER = """\
# Given names (any language), the first words of multi-word person names in the ship news corpora
# (GermEval 2014 dev, SmartData v1) seen at least twice and mostly as a person's. An unknown name
# the NER tags as a place or an organisation is a person's when it starts with one of them.
# Rebuilt by `python -m training.given_names`; one name per line.
"""


def _entities(words: list[str], tags: list[str]) -> Iterator[tuple[str, list[str]]]:
    """(label, words) of each entity of an IOB2 sequence (labels upper-cased, first letters kept)."""
    current: list[str] = []
    label = ""
    for word, tag in zip(words, tags, strict=True):
        if tag.startswith("I-") and current and tag[2:].upper() == label:
            current.append(word)
            continue
        if current:
            yield label, current
        current, label = ([word], tag[2:].upper()) if tag[:2] in ("B-", "I-") else ([], "")
    if current:
        yield label, current


def _labelled_spans() -> Iterator[tuple[str, list[str]]]:
    for words, outer, _ in read_germeval(GERMEVAL_DEV):
        yield from _entities(words, outer)
    for path in SMARTDATA:
        for item in read_smartdata(path):
            text = item["text"]["string"]
            for m in (item.get("conceptMentions") or {}).get("array", []):
                label = {"person": "PER", "organization": "ORG", "location": "LOC"}.get(m["type"].split("-")[0])
                if label:
                    yield label, text[m["span"]["start"]:m["span"]["end"]].split()


def _name_word(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and word[0].isupper() and not word.isupper()


def collect() -> list[str]:
    person: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for label, words in _labelled_spans():
        if len(words) < 2 or not _name_word(words[0]):
            continue
        if label == "PER":
            person[words[0]] += 1
        elif label in ("LOC", "ORG"):
            other[words[0]] += 1
    return sorted(w for w, n in person.items() if n >= MIN_COUNT and n > other[w])


def main() -> None:
    names = collect()
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in names), encoding="utf8")
    print(f"{len(names)} given names -> {OUT}")


if __name__ == "__main__":
    main()
