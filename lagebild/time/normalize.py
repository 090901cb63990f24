"""Normalisation: from a rule match to a TIMEX3 value, against the article date and the text.

Two reference times, as in HeidelTime:
- the document creation time (`dct`, the article date; may be partial: `2024-06`, or missing),
- the anchor: the last date mentioned before the expression (narrative reference time).

In *news* mode deictic expressions (heute, gestern, vergangene Woche, im Mai) resolve against
the article date, with the tense of their sentence choosing past or future; an anchor in the
same sentence wins for month-only expressions, and weekdays fall back to the last day-precise
date mentioned when the article date has no day. In *narrative* mode (history texts, or no
article date) everything resolves against the anchor and "heute" is PRESENT_REF.
Without an article date nothing deictic is invented: such values stay underspecified (XXXX-XX-XX).

Rule values name a function here with `@name args...`; a plain value is a template.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lagebild.time import values as v
from lagebild.time.resources import Resources, Rule, Template
from lagebild.time.values import Partial

PAST, FUTURE = "PAST", "FUTURE"
UNTIL = "UNTIL"  # a cue of a limit (`bis`), which says nothing of the tense
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_INT = re.compile(r"^[+-]?\d+$")


@dataclass
class Context:
    """What normalisation knows about one document while it walks through its expressions."""

    res: Resources
    text: str
    dct: Partial | None
    narrative: bool
    anchor: Partial | None = None
    anchor_pos: int = -1
    anchor_guessed: bool = False  # the anchor's year was guessed from the tense, not read
    year_guessed: bool = False  # whether the last value's year was guessed from the tense
    section: tuple[int, int] | None = None
    section_line: int = -1
    first_year: int | None = None
    verb_tenses: list[tuple[int, str]] = field(default_factory=list)  # (offset, PAST/FUTURE) from a parse
    _sentences: list[int] | None = field(default=None, repr=False)

    # --- text structure -----------------------------------------------------------------
    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        if self._sentences is None:
            self._sentences = [0] + [m.end() for m in self.res.sentence_end.finditer(self.text)]
        i = bisect.bisect_right(self._sentences, pos) - 1
        end = self._sentences[i + 1] if i + 1 < len(self._sentences) else len(self.text)
        return self._sentences[i], end

    def same_sentence(self, a: int, b: int) -> bool:
        return a >= 0 and self.sentence_bounds(a) == self.sentence_bounds(b)

    def tense(self, pos: int) -> str | None:
        """PAST or FUTURE from the cue nearest to `pos` in its sentence, else None: a cue word, or a
        verb whose tense the parse knows ("demonstrierten am Samstag")."""
        start, end = self.sentence_bounds(pos)
        words = self.res.cues.finditer(self.text, start, end) if self.res.cues else []
        cues = [(m.start(), m.lastgroup) for m in words if m.lastgroup != UNTIL]
        cues += [(at, tense) for at, tense in self.verb_tenses if start <= at < end]
        best, best_distance = None, len(self.text) + 1
        for at, tense in cues:
            distance = abs(at - pos)
            if distance < best_distance:
                best, best_distance = tense, distance
        return best

    def after_limit_word(self, pos: int) -> bool:
        """Whether a limit cue (`bis zum`) stands right before `pos`: a month or day it bounds."""
        if self.res.cues is None:
            return False
        start = self.sentence_bounds(pos)[0]
        return any(m.lastgroup == UNTIL and pos - m.end() <= 6 for m in self.res.cues.finditer(self.text, start, pos))

    # --- reference times ------------------------------------------------------------------
    def year_anchor(self, pos: int) -> Partial | None:
        """The anchor that gives a year to "im Juli": any (narrative) or same-sentence (news)."""
        if self.anchor is None or self.anchor.year is None:
            return None
        if self.narrative or self.dct is None or self.same_sentence(self.anchor_pos, pos):
            return self.anchor
        return None

    def day_base(self, pos: int) -> Partial | None:
        """The day a weekday or clock time counts from: the article day (news) or the anchor day."""
        if not self.narrative and self.dct is not None and self.dct.day is not None:
            return self.dct
        if self.anchor is not None and self.anchor.day is not None and self._near_dct(self.anchor):
            return self.anchor
        return None

    def in_article_month(self, day: Partial) -> bool:
        """Whether a day counted from an anchor lies in the month of an article dated by month (a
        report of November 2015 tells of its Fridays, not of one in October)."""
        if self.narrative or self.dct is None or self.dct.day is not None or self.dct.month is None:
            return True
        return (day.year, day.month) == (self.dct.year, self.dct.month)

    def _near_dct(self, point: Partial) -> bool:
        """Whether a date can be the news of an article of month precision: in its month or the one
        before or after (a birth date of 1998 is no anchor for "am Freitag" in a 2016 report)."""
        if self.narrative or self.dct is None or self.dct.year is None or self.dct.month is None:
            return True
        if point.year is None or point.month is None:
            return False
        return abs((point.year * 12 + point.month) - (self.dct.year * 12 + self.dct.month)) <= 1

    def deictic_base(self) -> Partial | None:
        """What "gestern" or "vergangene Woche" counts from: the article date (news) or the anchor
        (narrative); nothing without an article date (no invented dates)."""
        if self.dct is None:
            return None
        if self.narrative:
            return self.anchor or self.dct
        return self.dct

    def reference_year(self) -> int | None:
        """The year two-digit years and decades are placed near: anchor, else the text's first
        year (narrative), else the article year."""
        if self.anchor is not None and self.anchor.year is not None:
            return self.anchor.year
        if self.narrative and self.first_year is not None:
            return self.first_year
        return self.dct.year if self.dct is not None else None

    def update_anchor(self, value: str, type_: str, pos: int) -> None:
        """Make a DATE/TIME the new anchor (not when it lies outside the section's years)."""
        if type_ not in ("DATE", "TIME") or "X" in value.split("T")[0]:
            return
        p = v.parse(value)
        if p is None or p.year is None:
            return
        line = self.heading_line(pos) if self.narrative else -1
        if line >= 0:
            self._heading(p, pos, line)
        elif self.section is None or self.section[0] <= p.year <= self.section[1]:
            self.anchor, self.anchor_pos, self.anchor_guessed = p, pos, self.year_guessed

    def _heading(self, p: Partial, pos: int, line: int) -> None:
        """A date in a heading ("1862", "Westfront 1944/45") opens a section of those years:
        its first date is the anchor, and asides from other years ("bis 1881") do not move it."""
        assert p.year is not None
        if line != self.section_line or self.section is None:
            self.section, self.section_line = (p.year, p.year), line
            self.anchor, self.anchor_pos = p, pos
        else:
            self.section = (min(self.section[0], p.year), max(self.section[1], p.year))

    def heading_line(self, pos: int) -> int:
        """Start of the line holding `pos` if that line is a heading (short, no final stop), else -1."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        line = self.text[start : end if end >= 0 else len(self.text)].strip()
        if not line or len(line) > 80 or line[-1] in '.!?:;,"“”»)' or line.count(" ") > 9:
            return -1
        return start


# --- filters: `{group|filter}` in templates ------------------------------------------------------


def _num(ctx: Context, s: str) -> str | None:
    s = s.strip()
    if s.isdigit():
        return str(int(s))
    return ctx.res.lookup("number", s)


def _pad(width: int) -> Callable[[Context, str], str | None]:
    def pad(ctx: Context, s: str) -> str | None:
        return f"{int(s):0{width}d}" if s.isdigit() else None

    return pad


def _year2(ctx: Context, s: str) -> str | None:
    """ "39" → the latest year ending so that is at most ten years after the reference year."""
    if not s.isdigit() or len(s) != 2:
        return None
    ref = ctx.reference_year() or 2000
    year = ref - ref % 100 + int(s)
    if year > ref + 10:
        year -= 100
    return f"{year:04d}" if year > 0 else None


def _decade2(ctx: Context, s: str) -> str | None:
    """ "90" (er Jahre) → "199": the latest such decade that starts at most a year after the
    reference year (the twenties in 1919 are the 1920s; the thirties in 2024 the 1930s)."""
    if not s.isdigit() or len(s) != 2 or int(s) % 10:
        return None
    ref = ctx.reference_year() or 2000
    year = ref - ref % 100 + int(s)
    if year > ref + 1:
        year -= 100
    return f"{year // 10:03d}" if year > 0 else None


def _era(ctx: Context, s: str) -> str | None:
    """A year without era ("im Jahr 478"): before Christ when the text is (BC0490 → BC0478)."""
    if not s.isdigit() or not 0 < int(s) <= 9999:
        return None
    ref = ctx.reference_year()
    return f"BC{int(s):04d}" if ref is not None and ref < 0 and int(s) < 1000 else f"{int(s):04d}"


def _century(ctx: Context, s: str) -> str | None:
    n = _num(ctx, s)
    return f"{int(n) - 1:02d}" if n and 1 <= int(n) <= 99 else None


def _decade4(ctx: Context, s: str) -> str | None:
    return s[:3] if s.isdigit() and len(s) == 4 else None


def _bc(ctx: Context, s: str) -> str | None:
    return f"BC{int(s):04d}" if s.isdigit() and 0 < int(s) <= 9999 else None


def _neg(ctx: Context, s: str) -> str | None:
    return str(-int(s)) if _INT.match(s) else None


def _const(value: str) -> Callable[[Context, str], str | None]:
    return lambda ctx, s: value


FILTERS: dict[str, Callable[[Context, str], str | None]] = {
    "zero": _const("0"),
    "minusone": _const("-1"),
    "twelve": _const("12"),
    "twentyfour": _const("24"),
    "num": _num,
    "02": _pad(2),
    "04": _pad(4),
    "year2": _year2,
    "decade2": _decade2,
    "decade4": _decade4,
    "century": _century,
    "bc": _bc,
    "era": _era,
    "neg": _neg,
}


def render(template: Template, match: re.Match[str], ctx: Context) -> str | None:
    out = []
    for literal, group, filters in template:
        out.append(literal)
        if group is None:
            continue
        value = match.group(group) if group in match.re.groupindex else None
        if value is None:
            if "opt" in filters:
                continue
            return None
        for name in filters:
            if name == "opt":
                continue
            fn = FILTERS.get(name)
            value = fn(ctx, value) if fn else ctx.res.lookup(name, value)
            if value is None:
                return None
        out.append(value)
    return "".join(out)


# --- functions: `@name args` values -----------------------------------------------------------


def _year_for(ctx: Context, pos: int, month: int, day: int | None = None) -> int | None:
    anchor = ctx.year_anchor(pos)
    if anchor is not None and not (ctx.anchor_guessed and not ctx.narrative):
        return anchor.year
    if ctx.narrative and ctx.first_year is not None:
        return ctx.first_year
    base = ctx.dct
    if base is None or base.year is None:
        return None
    if base.month is None:
        return base.year
    guessed = _year_by_tense(ctx, pos, base, month, day)
    ctx.year_guessed = True
    if anchor is not None and anchor.year is not None and anchor.year != guessed:
        # (`am 13. November ... getötet, am 22. März ...` in March: a guessed anchor year is no better
        # than this expression's own guess; whichever lies nearer the article date wins)
        return min((guessed, anchor.year), key=lambda y: abs((y - base.year) * 12 + month - base.month))
    return guessed


def _year_by_tense(ctx: Context, pos: int, base: Partial, month: int, day: int | None) -> int:
    """The year of a month (and day) without one: before the article date in a sentence told in the
    past, after it in one told of the future, else the nearest."""
    assert base.year is not None and base.month is not None
    target, ref = (month, day or 0), (base.month, base.day or 0)
    if day is None or base.day is None:
        target, ref = (month, 0), (base.month, 0)
    tense = None if ctx.after_limit_word(pos) else ctx.tense(pos)
    if tense == PAST:
        return base.year if target <= ref else base.year - 1
    if tense == FUTURE:
        return base.year if target >= ref else base.year + 1
    delta = month - base.month
    return base.year - 1 if delta > 4 else base.year + 1 if delta < -8 else base.year


def _offset(year: int | None, args: list[str], index: int) -> int | None:
    """The year moved by an optional offset argument (`@month 6 1`: Juni des folgenden Jahres)."""
    if year is None or len(args) <= index or not _INT.match(args[index]):
        return year
    moved = year + int(args[index])
    return moved if moved != 0 else None


def f_month(ctx: Context, args: list[str], pos: int) -> str | None:
    month = int(args[0])
    year = _offset(_year_for(ctx, pos, month), args, 1)
    return f"{v.format_year(year)}-{month:02d}" if year is not None else f"XXXX-{month:02d}"


def f_daymonth(ctx: Context, args: list[str], pos: int) -> str | None:
    day, month = int(args[0]), int(args[1])
    if len(args) > 2 and args[2].isdigit():
        return f"{int(args[2]):04d}-{month:02d}-{day:02d}"
    year = _offset(_year_for(ctx, pos, month, day), args, 3)
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}"
    return f"{v.format_year(year)}-{month:02d}-{day:02d}"


def f_day(ctx: Context, args: list[str], pos: int) -> str | None:
    day = int(args[0])
    base = ctx.anchor if ctx.anchor is not None and ctx.anchor.month is not None else ctx.dct
    if base is None or base.month is None or base.year is None:
        return f"XXXX-XX-{day:02d}"
    return f"{v.format_year(base.year)}-{base.month:02d}-{day:02d}"


def f_weekday(ctx: Context, args: list[str], pos: int) -> str | None:
    wd = int(args[0])
    base = ctx.day_base(pos)
    base_wd = v.weekday(base) if base is not None else None
    if base is None or base_wd is None:
        return f"XXXX-WXX-{wd}"
    forward, back = (wd - base_wd) % 7, (base_wd - wd) % 7
    tense = ctx.tense(pos)
    if tense == FUTURE:
        delta = forward
    elif tense == PAST:
        delta = -back
    else:
        delta = forward if forward < back else -back
    day = v.add_days(base, delta)
    return v.format_partial(day) if day and ctx.in_article_month(day) else f"XXXX-WXX-{wd}"


def f_season(ctx: Context, args: list[str], pos: int) -> str | None:
    season = args[0]
    year = _offset(_year_for(ctx, pos, SEASON_MONTH.get(season, 1)), args, 1)
    return f"{v.format_year(year) if year is not None else 'XXXX'}-{season}"


_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}


def _shift(base: Partial | None, unit: str, n: int, keep_day: bool = False) -> str:
    """`base` moved by `n` units, at the unit's granularity (the day's, with `keep_day` and a
    day-precise base: "eine Woche später" after "15. Dezember 1917" is 1917-12-22); where
    `base` is too coarse, the unknown parts are X ("einen Tag später" in 1863 → 1863-XX-XX)."""
    if base is None or base.year is None:
        return _UNKNOWN.get(unit, "XXXX")
    if unit in ("day", "week"):
        moved = v.add_days(base, n * (7 if unit == "week" else 1))
        if moved is None:
            return v.format_partial(base, "day") if unit == "day" else f"{v.format_year(base.year)}-WXX"
        if unit == "day" or keep_day:
            return v.format_partial(moved)
        return v.iso_week(moved) or _UNKNOWN[unit]
    if unit in ("month", "quarter"):
        moved = v.add_months(base, n * (3 if unit == "quarter" else 1))
        if moved is None or moved.month is None or moved.year is None:
            return f"{v.format_year(base.year)}-XX" if unit == "month" else _UNKNOWN[unit]
        if unit == "month":
            return v.format_partial(moved, "month")
        return f"{v.format_year(moved.year)}-Q{(moved.month - 1) // 3 + 1}"
    moved = v.add_years(base, n * {"year": 1, "decade": 10, "century": 100}.get(unit, 1))
    if moved is None or moved.year is None:
        return "XXXX"
    if unit == "decade":
        return f"{moved.year // 10:03d}" if moved.year > 0 else "XXXX"
    if unit == "century":
        return f"{moved.year // 100:02d}" if moved.year > 0 else "XXXX"
    return v.format_year(moved.year)


def _signed(s: str) -> int | None:
    return int(s) if _INT.match(s) else None


def f_shift(ctx: Context, args: list[str], pos: int) -> str | None:
    """Deictic: `@shift day -1` (gestern) from the article date (news) or the anchor (narrative)."""
    n = _signed(args[1])
    return None if n is None else _shift(ctx.deictic_base(), args[0], n)


def f_ahead(ctx: Context, args: list[str], pos: int) -> str | None:
    """`@ahead year 3 P3Y` (in drei Jahren): the deictic future, or in a sentence told in the past
    the span it lasted ("In 30 Jahren hat die Firma nie Steuern gezahlt": P30Y)."""
    if ctx.tense(pos) == PAST:
        return args[2]
    return f_shift(ctx, args[:2], pos)


def f_anashift(ctx: Context, args: list[str], pos: int) -> str | None:
    """Anaphoric: `@anashift day 2` (zwei Tage später) from the last date mentioned.

    In news, an anchor too coarse for the unit gives way to the article date."""
    n = _signed(args[1])
    if n is None:
        return None
    unit = args[0]
    need = {"day": 3, "week": 3, "month": 2, "quarter": 2}.get(unit, 1)
    base = ctx.anchor
    if not ctx.narrative and (base is None or _known(base) < need or _planned(ctx, base, pos)):
        base = ctx.dct if ctx.dct is not None and _known(ctx.dct) >= need else base
    if base is None and ctx.narrative:
        base = ctx.dct
    return _shift(base, unit, n, keep_day=unit == "week")


def _planned(ctx: Context, anchor: Partial, pos: int) -> bool:
    """A day after the article's, named in news (`bis Mittwoch`), is no anchor for a sentence told in the past
    (`Am Abend demonstrierten Tausende`): what has happened lies on or before the article day."""
    dct = ctx.dct
    if dct is None or None in (dct.year, dct.month, dct.day) or None in (anchor.year, anchor.month, anchor.day):
        return False
    return anchor > dct and ctx.tense(pos) == PAST


def _known(p: Partial) -> int:
    return sum(x is not None for x in p)


def f_today(ctx: Context, args: list[str], pos: int) -> str | None:
    """ "heute": the article day in news, else PRESENT_REF."""
    if not ctx.narrative and ctx.dct is not None and ctx.dct.day is not None:
        return v.format_partial(ctx.dct)
    return "PRESENT_REF"


def f_clock(ctx: Context, args: list[str], pos: int) -> str | None:
    """`@clock H [M [ZONE]]`: a clock time on the day in context (article day or anchor)."""
    hour, minute = int(args[0]), int(args[1]) if len(args) > 1 and args[1] else 0
    zone = args[2] if len(args) > 2 else ""
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    base = ctx.day_base(pos)
    if ctx.anchor is not None and ctx.same_sentence(ctx.anchor_pos, pos):
        base = ctx.anchor
    if base is None and ctx.narrative:
        base = ctx.anchor
    day = v.format_partial(base, "day") if base is not None else "XXXX-XX-XX"
    return f"{day}T{hour:02d}:{minute:02d}{zone}"


def f_dayclock(ctx: Context, args: list[str], pos: int) -> str | None:
    """`@dayclock D M H [MIN [ZONE]]`: a clock time on a day and month of the year in context."""
    day = f_daymonth(ctx, args[:2], pos)
    if day is None:
        return None
    hour, minute = int(args[2]), int(args[3]) if len(args) > 3 and args[3] else 0
    zone = args[4] if len(args) > 4 else ""
    return f"{day}T{hour:02d}:{minute:02d}{zone}" if 0 <= hour <= 24 and 0 <= minute <= 59 else None


def f_at(ctx: Context, args: list[str], pos: int) -> str | None:
    """`@at DATE H [M]`: a clock time on an explicit day (11. November 1918, 11 Uhr)."""
    hour, minute = int(args[1]), int(args[2]) if len(args) > 2 and args[2] else 0
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    return f"{args[0]}T{hour:02d}:{minute:02d}"


def f_ofyear(ctx: Context, args: list[str], pos: int) -> str | None:
    """A part of the year in context: `@ofyear H2` (in der zweiten Jahreshälfte)."""
    anchor = ctx.year_anchor(pos) or ctx.dct
    year = v.format_year(anchor.year) if anchor is not None and anchor.year is not None else "XXXX"
    return f"{year}-{args[0]}"


def f_clock12(ctx: Context, args: list[str], pos: int) -> str | None:
    """`@clock12 H M a|p`: 4:45 p.m. → 16:45."""
    hour = int(args[0])
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if args[2].lower() == "p" else 0)
    return f_clock(ctx, [str(hour), args[1] if len(args) > 1 else ""], pos)


def f_mdy(ctx: Context, args: list[str], pos: int) -> str | None:
    """`@mdy A B Y`: 06/18/2024 month first, unless A cannot be a month (18/06/2024)."""
    a, b, year = int(args[0]), int(args[1]), int(args[2])
    month, day = (b, a) if a > 12 else (a, b)
    return f"{year:04d}-{month:02d}-{day:02d}"


def f_literal(ctx: Context, args: list[str], pos: int) -> str | None:
    return args[0] if args else None


FUNCTIONS: dict[str, Callable[[Context, list[str], int], str | None]] = {
    "literal": f_literal,
    "month": f_month,
    "daymonth": f_daymonth,
    "day": f_day,
    "weekday": f_weekday,
    "season": f_season,
    "shift": f_shift,
    "anashift": f_anashift,
    "ahead": f_ahead,
    "today": f_today,
    "clock": f_clock,
    "at": f_at,
    "dayclock": f_dayclock,
    "clock12": f_clock12,
    "mdy": f_mdy,
    "ofyear": f_ofyear,
}
_DAY_LEVEL = re.compile(r"^(?:BC)?(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$|^XXXX-WXX-[1-7]$")


def value_of(rule: Rule, match: re.Match[str], ctx: Context, pos: int) -> str | None:
    """The TIMEX3 value of one match, or None when the rule cannot normalise it."""
    args = [render(t, match, ctx) for t in rule.args]
    if any(a is None for a in args):
        return None
    fn = FUNCTIONS.get(rule.func)
    if fn is None:
        return None
    try:
        value = fn(ctx, [a or "" for a in args], pos)
    except (ValueError, OverflowError, IndexError):
        return None
    if value and rule.append:
        suffix = render(rule.append, match, ctx)
        if suffix and _DAY_LEVEL.match(value):
            value += suffix
    if value is None or not v.is_valid(value, value_type(rule, value)):
        return None
    return value


def value_type(rule: Rule, value: str) -> str:
    """The rule's type, or DURATION for the span `@ahead` gives in a sentence told in the past."""
    return "DURATION" if rule.func == "ahead" and v.is_valid(value, "DURATION") else rule.type
