"""The tagger: scan a text with every rule of a language, keep the best non-overlapping matches,
then normalise them in text order (so each can anchor the next).

Matching is one compiled regex per rule, run only over windows of the text around trigger
words (`TRIGGER` in the language's patterns.tsv: digits, month and weekday names, time words);
text without a trigger is never scanned by the rules. Overlaps are resolved longest-first, then
by rule priority, then leftmost; REJECT rules win like any other rule and are then dropped.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lagebild.document import Timex
from lagebild.time import values as v
from lagebild.time.normalize import Context, render, value_of
from lagebild.time.resources import Resources, Rule

WINDOW = 60


class Candidate(NamedTuple):
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def windows(text: str, res: Resources) -> list[tuple[int, int]]:
    """Merged spans of `text` around trigger words, widened to whitespace."""
    trigger = res.patterns.get("TRIGGER")
    if trigger is None:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    n = len(text)
    for m in _trigger_regex(res).finditer(text):
        start, end = max(0, m.start() - WINDOW), min(n, m.end() + WINDOW)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return [(s, _to_space(text, e)) for s, e in spans]


_TRIGGERS: dict[str, re.Pattern[str]] = {}


def _trigger_regex(res: Resources) -> re.Pattern[str]:
    regex = _TRIGGERS.get(res.lang)
    if regex is None:
        regex = _TRIGGERS[res.lang] = re.compile(res.patterns["TRIGGER"])
    return regex


def _to_space(text: str, end: int) -> int:
    while end < len(text) and not text[end].isspace():
        end += 1
    return end


def candidates(text: str, res: Resources) -> list[Candidate]:
    found: list[Candidate] = []
    spans = windows(text, res)
    for rule in res.rules:
        regex, extent = rule.regex, rule.extent
        for ws, we in spans:
            for m in regex.finditer(text, ws, we):
                start, end = m.span(extent) if extent else m.span()
                if start < end:
                    found.append(Candidate(start, end, rule, m))
    return found


def select(found: list[Candidate], length: int) -> list[Candidate]:
    """Longest first, then priority, then leftmost; no two kept candidates overlap."""
    taken = bytearray(length + 1)
    kept = []
    for c in sorted(found, key=lambda c: (c.start - c.end, -c.rule.priority, c.start)):
        if taken.find(1, c.start, c.end) == -1:
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return [c for c in kept if c.rule.type != "REJECT"]


def is_narrative(years: list[int], dct: v.Partial | None) -> bool:
    """History rather than news: no article date, or most explicit years far from it."""
    if dct is None or dct.year is None:
        return True
    if not years:
        return False
    near = sum(abs(y - dct.year) <= 2 for y in years)
    return near * 2 < len(years)


def explicit_years(selected: list[Candidate], ctx: Context) -> list[int]:
    """The years the text states outright (1939, Juni 1940, 490 v. Chr. as -490)."""
    years = []
    for c in selected:
        if c.rule.func != "literal" or c.rule.type != "DATE" or not c.rule.args:
            continue
        value = render(c.rule.args[0], c.match, ctx)
        p = v.parse(value) if value else None
        if p is not None and p.year is not None:
            years.append(p.year)
    return years


def tag(
    text: str,
    dct: v.Partial | None,
    res: Resources,
    narrative: bool | None = None,
    anchor: v.Partial | None = None,
) -> list[Timex]:
    """Time expressions of `text`, normalised in text order (`narrative` None: decide here)."""
    ctx = Context(res=res, text=text, dct=dct, narrative=bool(narrative), anchor=anchor)
    selected = select(candidates(text, res), len(text))
    if narrative is None:
        ctx.narrative = is_narrative(explicit_years(selected, ctx), dct)
    out: list[Timex] = []
    for c in selected:
        value = value_of(c.rule, c.match, ctx, c.start)
        if value is None:
            continue
        type_ = c.rule.type
        out.append(Timex(start=c.start, end=c.end, text=text[c.start : c.end], type=type_, value=value))  # type: ignore[arg-type]
        ctx.update_anchor(value, type_, c.start)
    return out
