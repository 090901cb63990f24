"""Scoring extraction against gold files (format: ../shared/samples/README.md).

System events whose aux holds `negated` or `hypothetical` are left out (they claim nothing
happened). The rest are matched one-to-one to gold events: the type must be in the gold's
allowed set and actor and recipient keys must overlap. Recall is over required gold events,
precision over all system events (matching an optional gold event is correct, matching nothing
is a false event). Event-date accuracy is over matched pairs whose gold names dates: the system
date must start with one of them.
"""

from __future__ import annotations

import csv
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from lagebild.document import Actor, Document, Event, Timex
from lagebild.pipeline import extract
from lagebild.readers.text import split_date_prefix
from lagebild.shared import SharedDataMissing, shared_dir

EXCLUDED_AUX = ("negated", "hypothetical")


class GoldError(ValueError):
    pass


@dataclass
class Gold:
    path: Path
    id: str
    text: str
    date: str | None
    language: str
    events: list[dict]
    timexes: list[dict]


@dataclass
class FileScore:
    gold: str
    system_events: int = 0
    correct_events: int = 0
    required: int = 0
    found_required: int = 0
    dated_pairs: int = 0
    correct_dates: int = 0
    gold_timexes: int = 0
    found_timexes: int = 0
    correct_timex_values: int = 0
    misses: list[str] = field(default_factory=list)
    false_events: list[str] = field(default_factory=list)
    wrong_dates: list[str] = field(default_factory=list)
    timex_errors: list[str] = field(default_factory=list)


@dataclass
class Report:
    files: list[FileScore]
    errors: list[str] = field(default_factory=list)

    def total(self) -> FileScore:
        total = FileScore(gold="TOTAL")
        for f in self.files:
            for name in ("system_events", "correct_events", "required", "found_required", "dated_pairs",
                         "correct_dates", "gold_timexes", "found_timexes", "correct_timex_values"):
                setattr(total, name, getattr(total, name) + getattr(f, name))
        return total

    def to_dict(self) -> dict[str, Any]:
        return {"files": [asdict(f) | metrics(f) for f in self.files], "total": metrics(self.total()),
                "errors": self.errors}


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def metrics(score: FileScore) -> dict[str, float | None]:
    p = ratio(score.correct_events, score.system_events)
    r = ratio(score.found_required, score.required)
    f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r > 0 else None
    return {
        "precision": p,
        "recall": r,
        "f1": f1,
        "date_accuracy": ratio(score.correct_dates, score.dated_pairs),
        "timex_recall": ratio(score.found_timexes, score.gold_timexes),
        "timex_value_accuracy": ratio(score.correct_timex_values, score.found_timexes),
    }


# --- loading gold --------------------------------------------------------------------------

def gold_files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.rglob("*.gold.json")))
        else:
            found.append(path)
    return found


def load_gold(path: Path) -> Gold:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path}: no such gold file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GoldError(f"{path}: not a JSON gold file ({err})") from None
    if not isinstance(data, dict) or "file" not in data or "events" not in data:
        raise GoldError(f"{path}: gold needs 'file' and 'events' (see shared/samples/README.md)")
    text, file_date = _article_text(path, data["file"])
    return Gold(
        path=path,
        id=data.get("id") or path.name.removesuffix(".gold.json"),
        text=text,
        date=data.get("date") or file_date,
        language=data.get("language") or "de",
        events=data["events"],
        timexes=data.get("timexes", []),
    )


def _article_text(gold_path: Path, ref: str) -> tuple[str, str | None]:
    """The article a gold file refers to: a text file beside it, or `corpus.csv#row` in shared data."""
    name, _, row = ref.partition("#")
    candidates = [gold_path.parent / name, Path(name), shared_dir() / "data" / name, shared_dir() / name]
    path = next((c for c in candidates if c.is_file()), None)
    if path is None:
        raise GoldError(f"{gold_path}: article {ref!r} not found beside the gold or in {shared_dir()}")
    if row:
        return _csv_row(path, int(row)), None
    raw_date, text = split_date_prefix(path.read_text(encoding="utf-8"))
    return text, raw_date


def _csv_row(path: Path, row: int) -> str:
    with path.open(encoding="utf-8") as handle:
        for i, record in enumerate(csv.reader(handle, delimiter=";", quotechar="'")):
            if i == row:
                return record[1]
    raise GoldError(f"{path}: no row {row}")


# --- matching ------------------------------------------------------------------------------

def _key_matches(key: str, actor: Actor) -> bool:
    if key == "*":
        return True
    if key.isupper():
        return key in (actor.country, actor.org, actor.kb_id)
    needle = key.lower()
    haystack = " ".join(x for x in (actor.name, actor.text, actor.kb_id) if x).lower()
    return needle in haystack


def _side_matches(keys: list[str], actors: list[Actor]) -> bool:
    if "*" in keys:
        return True
    return any(_key_matches(k, a) for k in keys for a in actors)


def compatible(event: Event, gold: dict) -> bool:
    return (
        event.event in gold["event"]
        and _side_matches(gold.get("actor", ["*"]), event.actor)
        and _side_matches(gold.get("recipient", ["*"]), event.recipient)
    )


def _named_side_matches(keys: list[str], actors: list[Actor]) -> bool:
    """Whether the side matches by a name, where the gold names any (not just by a country code)."""
    names = [k for k in keys if k != "*" and not k.isupper()]
    return not names or any(_key_matches(k, a) for k in names for a in actors)


def _matches_by_name(event: Event, gold: dict) -> bool:
    return _named_side_matches(gold.get("actor", ["*"]), event.actor) and _named_side_matches(
        gold.get("recipient", ["*"]), event.recipient
    )


def _read_at_cue(event: Event, gold: dict) -> bool:
    """Whether one of the event's mentions lies in the sentence of the gold event's cue."""
    cue = " ".join(gold.get("cue", "").split())
    return bool(cue) and any(cue in " ".join(m.text.split()) or " ".join(m.text.split()) in cue for m in event.mentions)


def match_events(events: list[Event], gold: list[dict]) -> dict[int, int]:
    """Maximum one-to-one matching system → gold, required gold events first (augmenting paths).

    Within each of the two rounds, pairs read at the gold event's cue go first, then pairs that agree
    by name: where two gold events of one country compete for one system event, the one it stands for
    is the one found (and listed, and dated). The counts are those of any maximum matching."""
    edges = {i: [j for j, g in enumerate(gold) if compatible(e, g)] for i, e in enumerate(events)}
    named = {i: [j for j in js if _matches_by_name(events[i], gold[j])] for i, js in edges.items()}
    cued = {i: [j for j in js if _read_at_cue(events[i], gold[j])] for i, js in edges.items()}
    gold_owner: dict[int, int] = {}

    def augment(i: int, usable: dict[int, list[int]], allowed: set[int], seen: set[int]) -> bool:
        for j in usable[i]:
            if j in allowed and j not in seen:
                seen.add(j)
                if j not in gold_owner or augment(gold_owner[j], usable, allowed, seen):
                    gold_owner[j] = i
                    return True
        return False

    required = {j for j, g in enumerate(gold) if g.get("required", True)}
    for allowed in (required, set(range(len(gold)))):
        for usable in (cued, named, edges):
            for i in range(len(events)):
                if i not in gold_owner.values():
                    augment(i, usable, allowed, set())
    return {i: j for j, i in gold_owner.items()}


def _describe(event: Event) -> str:
    who = "+".join(a.org or a.country or a.name or a.text for a in event.actor) or "?"
    whom = "+".join(a.org or a.country or a.name or a.text for a in event.recipient) or "-"
    trigger = event.mentions[0].trigger if event.mentions else ""
    return f"{event.event} {who} → {whom} ({event.date or 'no date'}) «{trigger}»"


def _describe_gold(g: dict) -> str:
    return f"{'/'.join(g['event'])} {'+'.join(g.get('actor', []))} → {'+'.join(g.get('recipient', []))}" + (
        f" — {g['note']}" if g.get("note") else ""
    )


# --- scoring -------------------------------------------------------------------------------

def score_document(doc: Document, gold: Gold) -> FileScore:
    score = FileScore(gold=str(gold.path))
    events = [e for e in doc.events if not any(a in EXCLUDED_AUX for a in e.aux)]
    matching = match_events(events, gold.events)
    score.system_events = len(events)
    score.correct_events = len(matching)
    matched_gold = set(matching.values())
    for j, g in enumerate(gold.events):
        if g.get("required", True):
            score.required += 1
            if j in matched_gold:
                score.found_required += 1
            else:
                score.misses.append(_describe_gold(g))
    for i, e in enumerate(events):
        if i not in matching:
            score.false_events.append(_describe(e))
            continue
        allowed_dates = gold.events[matching[i]].get("date")
        if allowed_dates:
            score.dated_pairs += 1
            if e.date and any(e.date.startswith(d) for d in allowed_dates):
                score.correct_dates += 1
            else:
                score.wrong_dates.append(f"{_describe(e)}: expected {' or '.join(allowed_dates)}")
    _score_timexes(doc.timexes, gold.timexes, score)
    return score


def _score_timexes(found: list[Timex], gold: list[dict], score: FileScore) -> None:
    unused = list(found)
    for g in gold:
        score.gold_timexes += 1
        same_text = [t for t in unused if t.text.split() == g["text"].split()]
        if not same_text:
            score.timex_errors.append(f"missed {g['text']!r} ({g['value']})")
            continue
        hit = next((t for t in same_text if t.value == g["value"]), same_text[0])
        unused.remove(hit)
        score.found_timexes += 1
        if hit.value == g["value"]:
            score.correct_timex_values += 1
        else:
            score.timex_errors.append(f"{g['text']!r}: {hit.value} instead of {g['value']}")


def evaluate_files(paths: list[Path]) -> Report:
    report = Report(files=[])
    files = gold_files(paths)
    if not files:
        raise GoldError(f"no gold files in {', '.join(map(str, paths))}")
    for path in files:
        try:
            gold = load_gold(path)
        except (GoldError, SharedDataMissing, OSError) as err:
            report.errors.append(str(err))
            continue
        doc = extract(gold.text, date=gold.date, lang=gold.language, id=gold.id)
        report.files.append(score_document(doc, gold))
    return report


def _pct(value: float | None) -> str:
    return "  –  " if value is None else f"{value:5.3f}"


def render_report(report: Report, verbose: bool = False) -> str:
    lines = [f"{'gold':<44} {'sys':>4} {'ok':>4} {'req':>4} {'found':>5}   P      R      F1     date   timex"]
    for f in [*report.files, report.total()]:
        m = metrics(f)
        name = Path(f.gold).name.removesuffix(".gold.json") if f.gold != "TOTAL" else "TOTAL"
        lines.append(
            f"{name[:44]:<44} {f.system_events:>4} {f.correct_events:>4} {f.required:>4} {f.found_required:>5}  "
            f"{_pct(m['precision'])}  {_pct(m['recall'])}  {_pct(m['f1'])}  {_pct(m['date_accuracy'])}  "
            f"{_pct(m['timex_value_accuracy'] if m['timex_recall'] else None)}"
        )
        if verbose and f.gold != "TOTAL":
            lines += [f"    miss:  {x}" for x in f.misses]
            lines += [f"    false: {x}" for x in f.false_events]
            lines += [f"    date:  {x}" for x in f.wrong_dates]
            lines += [f"    timex: {x}" for x in f.timex_errors]
    lines += [f"error: {e}" for e in report.errors]
    return "\n".join(lines)
