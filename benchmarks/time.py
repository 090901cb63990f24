"""Temporal tagging benchmark on WikiWarsDE (22 German Wikipedia war narratives, TIMEX2 gold).

    python -m benchmarks.time [--data DIR] [--errors N] [--repeat N]
    lagebild bench time [...]

Reads `../shared/data/wikiwarsde/WikiWarsDE_20110412/keyinline/*.key.xml` ($LAGEBILD_SHARED
instead of ../shared when set; --data for another folder) (the inline
annotations; their text and offsets are the `in/*.sgm` documents, tags removed). Each
document's <DATETIME> is the article date; only the <TEXT> part is tagged and scored, so the
22 DATETIME expressions themselves are not counted.

Scoring follows the ACE TERN 2004 scorer as HeidelTime reported WikiWarsDE with it
(HeidelTime 1.8 "EvaluationResults": Extraction lenient / strict, Normalization (value),
Extraction & Normalization lenient + VAL):
- system and gold expressions are paired one-to-one, largest character overlap first;
- strict extent: a pair with identical offsets; relaxed (lenient) extent: any overlapping pair;
  P = pairs / system expressions, R = pairs / gold expressions;
- value accuracy: share of relaxed pairs whose system value equals the gold VAL (TIMEX3 and
  TIMEX2 values share their ISO syntax for what this corpus holds; compared as strings);
- value F1 (relaxed + VAL): P = pairs with the right value / system expressions,
  R = the same / gold expressions.
Speed: characters of <TEXT> per second of `lagebild.timex` over all documents, one process.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lagebild.shared import shared_dir

CORPUS = shared_dir() / "data" / "wikiwarsde" / "WikiWarsDE_20110412" / "keyinline"
HEIDELTIME = {  # HeidelTime 1.8 on WikiWarsDE, its published evaluation (see README)
    "strict": (0.930, 0.830, 0.877),
    "relaxed": (0.989, 0.883, 0.933),
    "value_accuracy": 0.885,
    "value": (0.875, 0.781, 0.825),
}
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    text: str
    value: str


@dataclass
class Document:
    name: str
    date: str
    text: str
    gold: list[Gold]


def read_document(path: Path) -> Document:
    """One keyinline file: the <TEXT> content without tags, and its TIMEX2 spans and values."""
    raw = path.read_text(encoding="utf-8")
    date = re.search(r"<DATETIME>.*?val=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    gold: list[Gold] = []
    length, open_at, open_value = 0, -1, ""
    pos = 0
    for m in _TAG.finditer(body):
        out.append(body[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        if m.group(2) != "TIMEX2":
            continue
        if m.group(1):
            text = "".join(out)[open_at:length]
            gold.append(Gold(open_at, length, text, open_value))
        else:
            open_at, open_value = length, dict(_ATTR.findall(m.group(3))).get("val", "")
    out.append(body[pos:])
    return Document(path.name.split(".")[0], date.group(1) if date else "", "".join(out), gold)


def load_corpus(folder: Path) -> list[Document]:
    files = sorted(folder.glob("*.key.xml"))
    if not files:
        raise FileNotFoundError(
            f"missing WikiWarsDE: no *.key.xml in {folder} "
            "(expected ../shared/data/wikiwarsde/WikiWarsDE_20110412/keyinline/, or pass --data)"
        )
    return [read_document(f) for f in files]


def pair(gold: Sequence[Gold], system: Sequence) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans, largest overlap first."""
    options = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                options.append((-overlap, i, j))
    used_g, used_s, pairs = set(), set(), []
    for _, i, j in sorted(options):
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((i, j))
    return pairs


def prf(correct: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    p = correct / n_system if n_system else 0.0
    r = correct / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Counts:
    system: int = 0
    gold: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0


def evaluate(docs: list[Document], errors: int = 0) -> tuple[Counts, float, int]:
    from lagebild import timex

    timex("Am 1. Mai 2024 um 9 Uhr.", "2024-05", "de")  # load and compile the rules before timing
    counts, seconds, chars, shown = Counts(), 0.0, 0, 0
    for doc in docs:
        began = time.perf_counter()
        system = timex(doc.text, doc.date or None, "de")
        seconds += time.perf_counter() - began
        chars += len(doc.text)
        pairs = pair(doc.gold, system)
        counts.system += len(system)
        counts.gold += len(doc.gold)
        counts.relaxed += len(pairs)
        for i, j in pairs:
            g, s = doc.gold[i], system[j]
            counts.strict += (g.start, g.end) == (s.start, s.end)
            counts.value += g.value == s.value
            if g.value != s.value and shown < errors:
                shown += 1
                print(f"VALUE {doc.name}@{g.start}: {g.text!r} gold {g.value} | {s.text!r} {s.value}")
        shown = _show_misses(doc, pairs, system, errors, shown)
    return counts, seconds, chars


def _show_misses(doc: Document, pairs: list[tuple[int, int]], system: list, errors: int, shown: int) -> int:
    paired_g, paired_s = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, g in enumerate(doc.gold):
        if i not in paired_g and shown < errors:
            shown += 1
            context = doc.text[max(0, g.start - 40) : g.end + 20].replace("\n", " ")
            print(f"MISS  {doc.name}@{g.start}: {g.text!r} {g.value}   …{context}…")
    for j, s in enumerate(system):
        if j not in paired_s and shown < errors:
            shown += 1
            context = doc.text[max(0, s.start - 40) : s.end + 20].replace("\n", " ")
            print(f"EXTRA {doc.name}@{s.start}: {s.text!r} {s.value}   …{context}…")
    return shown


def table(counts: Counts, seconds: float, chars: int, n_docs: int) -> str:
    strict = prf(counts.strict, counts.system, counts.gold)
    relaxed = prf(counts.relaxed, counts.system, counts.gold)
    value = prf(counts.value, counts.system, counts.gold)
    accuracy = counts.value / counts.relaxed if counts.relaxed else 0.0
    ht = HEIDELTIME
    rows = [
        f"WikiWarsDE: {n_docs} documents, {counts.gold} gold TIMEX2, {counts.system} system timexes",
        "",
        f"{'':30} {'P':>6} {'R':>6} {'F1':>6}   HeidelTime 1.8 F1",
        _row("extent strict", strict, ht["strict"][2]),
        _row("extent relaxed", relaxed, ht["relaxed"][2]),
        _row("value (relaxed + VAL)", value, ht["value"][2]),
        f"{'value accuracy (relaxed pairs)':30} {accuracy:>20.3f}   {ht['value_accuracy']:.3f}",
        f"{'speed':30} {chars / seconds if seconds else 0:>14,.0f} chars/s ({chars:,} chars in {seconds:.2f} s)",
    ]
    return "\n".join(rows)


def _row(name: str, scores: tuple[float, float, float], reference: float) -> str:
    p, r, f = scores
    return f"{name:30} {p:6.3f} {r:6.3f} {f:6.3f}   {reference:.3f}"


def run(args: list[str]) -> int:
    """Run the benchmark; print the table and the command that produced it. 0 ok, 2 no data."""
    parser = argparse.ArgumentParser(prog="lagebild bench time", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=CORPUS, help="folder of WikiWarsDE *.key.xml files")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors (misses, extras, values)")
    parser.add_argument("--repeat", type=int, default=1, help="tag the corpus N times (speed: best run)")
    opts = parser.parse_args(args)
    try:
        docs = load_corpus(opts.data)
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    counts, seconds, chars = evaluate(docs, opts.errors)
    for _ in range(opts.repeat - 1):
        seconds = min(seconds, evaluate(docs)[1])
    print(table(counts, seconds, chars, len(docs)))
    print(f"\ncommand: {command(args)}")
    return 0


def command(args: list[str]) -> str:
    """How this run was started: `lagebild bench time ...` or `python -m benchmarks.time ...`."""
    program = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    prefix = "lagebild bench time" if program == "lagebild" else "python -m benchmarks.time"
    return " ".join([prefix, *args])


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))
