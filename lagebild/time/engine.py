"""The tagger: scan a text with every rule of a language, keep the best non-overlapping matches,
then normalise them in text order (so each can anchor the next).

Matching is one compiled regex per rule, run only over windows of the text around the strings
that rule needs (derived from the regex itself, see `prefilter`); text without any of them is
never scanned by that rule. Overlaps are resolved longest-first, then by rule priority, then
leftmost; REJECT rules win like any other rule and are then dropped.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import NamedTuple

from lagebild.document import Timex
from lagebild.time import values as v
from lagebild.time.normalize import Context, render, value_of, value_type
from lagebild.time.prefilter import Gate
from lagebild.time.resources import Resources, Rule


class Candidate(NamedTuple):
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


_GATES: dict[str, Gate] = {}


def gate(res: Resources) -> Gate:
    found = _GATES.get(res.lang)
    if found is None or found.size != len(res.rules):
        found = _GATES[res.lang] = Gate([r.regex for r in res.rules])
    return found


def candidates(text: str, res: Resources) -> list[Candidate]:
    """Every match of every rule, each rule run only where its required strings occur."""
    found: list[Candidate] = []
    g = gate(res)
    spans = g.windows(text)
    for i in g.always:
        spans[i] = [(0, len(text))]
    for i, windows in spans.items():
        _scan(text, res.rules[i], windows, found)
    return found


def _scan(text: str, rule: Rule, windows: list[tuple[int, int]], found: list[Candidate]) -> None:
    if rule.fast is None:
        for ws, we in windows:
            for m in rule.regex.finditer(text, ws, we):
                _add(found, rule, m, rule.extent)
        return
    group = rule.extent or "_m"
    for ws, we in windows:
        if ws == 0 and (m := rule.regex.match(text, 0, we)):
            _add(found, rule, m, rule.extent)
        for m in rule.fast.finditer(text, max(0, ws - 1), we):
            _add(found, rule, m, group)


def _add(found: list[Candidate], rule: Rule, m: re.Match[str], group: str | None) -> None:
    start, end = m.span(group) if group else m.span()
    if start < end:
        found.append(Candidate(start, end, rule, m))


_SELECTIONS: OrderedDict[tuple[int, str], tuple[Resources, list[Candidate]]] = OrderedDict()
SELECTIONS_KEPT = 64  # more than a batch: the pipeline tags an undated article twice, a batch apart


def selection(text: str, res: Resources) -> list[Candidate]:
    """`select(candidates(text, res))`, kept for the last texts: the pipeline tags an undated article
    twice (for its reference date before the nlp stage, then for its timexes) and need not scan it twice."""
    key = (id(res), text)
    found = _SELECTIONS.get(key)
    if found is None or found[0] is not res:
        found = _SELECTIONS[key] = (res, select(candidates(text, res), len(text)))
        if len(_SELECTIONS) > SELECTIONS_KEPT:
            _SELECTIONS.popitem(last=False)
    return found[1]


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


def is_narrative(years: list[int], dct: v.Partial | None, mentions_of_now: int = 0) -> bool:
    """History rather than news: no article date, or most explicit years far from it. A text that
    speaks of the present (`derzeit`, `jetzt`, `heute`) or of days of the week (`am Donnerstag`, the
    news of the day) needs two far years and twice as many as such mentions: a birth date or
    `2011` for Gaddafi's fall is an aside, and so are three years of background in a report that
    says `Montag`, `Sonntag` and `derzeit`. One far year alone is background too (`der letzte war im Jahr
    2005` in a report of 2015)."""
    if dct is None or dct.year is None:
        return True
    near = sum(abs(y - dct.year) <= 2 for y in years)
    far = len(years) - near
    return near * 2 < len(years) and far >= max(2, 2 * mentions_of_now)


def mentions_of_now(selected: list[Candidate], ctx: Context) -> int:
    """How often the text names the present: a vague present reference, today or a weekday."""
    return sum(c.rule.func in ("today", "weekday") or (c.rule.func == "literal" and bool(c.rule.args)
                                                       and render(c.rule.args[0], c.match, ctx) == "PRESENT_REF")
               for c in selected)


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
    verb_tenses: list[tuple[int, str]] | None = None,
) -> list[Timex]:
    """Time expressions of `text`, normalised in text order (`narrative` None: decide here).
    `verb_tenses`: (offset, PAST/FUTURE) of verbs whose tense a parse knows, as extra tense cues."""
    ctx = Context(res=res, text=text, dct=dct, narrative=bool(narrative), anchor=anchor,
                  verb_tenses=sorted(verb_tenses or []))
    selected = selection(text, res)
    years = explicit_years(selected, ctx)
    if narrative is None:
        ctx.narrative = is_narrative(years, dct, mentions_of_now(selected, ctx))
    ctx.first_year = years[0] if years else None
    out: list[Timex] = []
    for c in selected:
        ctx.year_guessed = False
        value = value_of(c.rule, c.match, ctx, c.start)
        if value is None:
            continue
        type_ = value_type(c.rule, value)
        out.append(Timex(start=c.start, end=c.end, text=text[c.start : c.end], type=type_, value=value))  # type: ignore[arg-type]
        ctx.update_anchor(value, type_, c.start)
    return out
