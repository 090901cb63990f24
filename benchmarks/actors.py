"""Actor linking benchmark: mentions in context, with the article date, against the expected actor.

    python -m benchmarks.actors [--cases FILE] [--errors N] [--category NAME]
    lagebild bench actors [...]

The test set (`benchmarks/data/actors_cases.jsonl`, written for this project) holds one case per
line: `text` and `date` of a short article, the `mention` (its `occurrence`-th appearance in the
text) and the expected actor: `country`, `org`, `sector`, `kb_id` (the KB entry: person, country,
organisation, seat of power; null for an unnamed actor), `is_place`, and for people the KB does not
know, the `name` they keep; `expect: null` means the words are no actor (no mention may overlap
them: "Anklage erhoben", "nach dem Essen"). Categories: countries, adjectives (and demonyms),
metonyms (seats of power, capitals), orgs, people (by name, unknown people with their
descriptor's country and sector or their party, names with initials), descriptors (by role and
date), shortrefs (pronouns and short references), sectors, parties (national parties and
parliamentary groups), institutions (social partners, unions, courts, prosecutors, police,
intelligence, ministries, media, NGOs), cities (the gazetteer: cities and regions as places),
grouprefs ("die beiden Länder", possessives, bodies whose country comes from the dateline, a place
in the sentence or the article's home; nouns that are no actor).

Each case runs the nlp and actors stages on its text. The system mention is the actor mention
overlapping the gold span most; a case is correct when all five expected fields equal the
mention's (for `expect: null`: when no mention overlaps). The table gives accuracy per category
and per field.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from benchmarks._common import print_footer

CASES = Path(__file__).parent / "data" / "actors_cases.jsonl"
FIELDS = ("country", "org", "sector", "kb_id", "is_place")
CATEGORIES = ("countries", "adjectives", "metonyms", "orgs", "people", "descriptors", "shortrefs", "sectors",
              "parties", "institutions", "cities", "grouprefs")
TARGET = 0.95


def load_cases(path: Path = CASES) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_span(case: dict) -> tuple[int, int]:
    """Offsets of the mention's `occurrence`-th appearance as whole words."""
    pattern = re.compile(r"(?<!\w)" + re.escape(case["mention"]) + r"(?!\w)")
    found = list(pattern.finditer(case["text"]))[case.get("occurrence", 1) - 1]
    return found.start(), found.end()


def analyse(case: dict):
    """The actor mentions the nlp and actors stages find in the case's text."""
    from lagebild.actors import annotate
    from lagebild.document import Document
    from lagebild.nlp import annotate as nlp_annotate

    doc = Document(id=case["id"], text=case["text"], date=case["date"], language=case["lang"])
    nlp_annotate(doc)
    annotate(doc)
    return doc.actor_mentions


def system_mention(case: dict, mentions) -> object | None:
    start, end = gold_span(case)
    best, best_overlap = None, 0
    for mention in mentions:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap > best_overlap:
            best, best_overlap = mention, overlap
    return best


def score(case: dict, mention) -> dict[str, bool]:
    """Per field: does the mention carry the expected value? (`name` only where the case gives one.)"""
    expect = case["expect"]
    if expect is None:
        return {"none": mention is None}
    fields = FIELDS + (("name",) if "name" in expect else ())
    if mention is None:
        return {field: False for field in fields}
    return {field: getattr(mention, field) == expect.get(field, None if field != "is_place" else False)
            for field in fields}


def describe(mention) -> str:
    if mention is None:
        return "no mention"
    values = " ".join(f"{f}={getattr(mention, f)}" for f in FIELDS)
    return f"{mention.text!r} {values}"


def run(args: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="lagebild bench actors", description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES, help="JSONL test set")
    parser.add_argument("--errors", type=int, default=0, help="print up to N failed cases")
    parser.add_argument("--category", default=None, help="only this category")
    opts = parser.parse_args(list(args))
    cases = [c for c in load_cases(opts.cases) if opts.category in (None, c["category"])]
    analyse({"id": "warm-up", "text": "Putin.", "date": "2024", "lang": "de"})  # load models, KB, matcher
    per_category: dict[str, list[bool]] = defaultdict(list)
    per_field: dict[str, list[bool]] = defaultdict(list)
    failures: list[str] = []
    started = time.perf_counter()
    for case in cases:
        mention = system_mention(case, analyse(case))
        checks = score(case, mention)
        ok = all(checks.values())
        per_category[case["category"]].append(ok)
        for field, good in checks.items():
            per_field[field].append(good)
        if not ok:
            failures.append(f"{case['id']} [{case['date']}] {case['mention']!r} in {case['text']!r}\n"
                            f"    expected {case['expect']}\n    got      {describe(mention)}")
    elapsed = time.perf_counter() - started
    _print_table(per_category, per_field, len(cases), elapsed)
    for failure in failures[: opts.errors]:
        print(failure)
    print_footer("actors", list(args))
    return 0


def _print_table(per_category: dict[str, list[bool]], per_field: dict[str, list[bool]], n: int,
                 elapsed: float) -> None:
    print(f"{'category':<14}{'cases':>7}{'correct':>9}{'accuracy':>10}")
    order = [c for c in CATEGORIES if c in per_category] + sorted(set(per_category) - set(CATEGORIES))
    for category in order:
        results = per_category[category]
        print(f"{category:<14}{len(results):>7}{sum(results):>9}{sum(results) / len(results):>10.3f}")
    total = [ok for results in per_category.values() for ok in results]
    accuracy = sum(total) / len(total) if total else 0.0
    print(f"{'all':<14}{len(total):>7}{sum(total):>9}{accuracy:>10.3f}   (target ≥ {TARGET})")
    fields = "  ".join(f"{f} {sum(v) / len(v):.3f}" for f, v in per_field.items() if v)
    print(f"\nper field: {fields}")
    print(f"{n} cases in {elapsed:.2f} s ({1000 * elapsed / max(n, 1):.1f} ms per case, nlp + actors)")


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
