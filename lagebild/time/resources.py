"""Language resources of the temporal tagger, read from `time/data/<lang>/` (HeidelTime's model:
the engine knows no words; each language is four plain files).

- `words.tsv`   `table<TAB>word<TAB>value`: normalisation tables (month → 06, zwei → 2, Abend → EV).
                Every table is also a pattern: `%month` matches any of its words.
- `patterns.tsv` `NAME<TAB>regex`: named regex fragments; `%NAME` inside a regex inserts one.
- `rules*.cfg`  one `[rule_name]` block per rule (INI syntax, continuation lines are joined):
    match    regex (with `%` references and named groups)
    type     DATE, TIME, DURATION, SET, or REJECT (a match that only blocks others: "Nr. 1939")
    value    a TIMEX3 template, or `@function` and its arguments (see `normalize.FUNCTIONS`);
             `{group|filter|filter}` inserts a named group through filters (a table name,
             `num`, `02`, `year2`, `century`, ... see `normalize.FILTERS`)
    append   appended to a day-precise value (`TEV`, `T{h|02}:{min}`)
    extent   the named group that is the expression (default: the whole match)
    mod      START, MID, END, APPROX ... (kept for a TIMEX3 `mod`, not in the value)
    priority tie-break between matches of equal length (default 50; higher wins)
- `cues.tsv`    `TENSE<TAB>regex`: words that mark a clause as PAST or FUTURE (for "am Dienstag").
"""

from __future__ import annotations

import configparser
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
TYPES = ("DATE", "TIME", "DURATION", "SET", "REJECT")
_REF = re.compile(r"%([A-Za-z_][A-Za-z0-9_]*)")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)((?:\|[A-Za-z0-9_+-]+)*)\}")


class ResourceError(ValueError):
    """A rule file that cannot be read: the message names the file and the rule."""


Template = tuple[tuple[str, str | None, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    type: str
    func: str
    args: tuple[Template, ...]
    append: Template = ()
    extent: str | None = None
    mod: str | None = None
    priority: int = 50
    fast: re.Pattern[str] | None = None  # `regex` as "\W(?P<_m>...)", when it starts with (?<!\w)


@dataclass(frozen=True)
class Resources:
    lang: str
    rules: tuple[Rule, ...]
    tables: dict[str, dict[str, str]]
    cues: re.Pattern[str] | None
    sentence_end: re.Pattern[str]
    patterns: dict[str, str] = field(default_factory=dict)

    def lookup(self, table: str, word: str) -> str | None:
        entries = self.tables.get(table)
        if entries is None:
            return None
        key = " ".join(word.split())
        return entries.get(key) or entries.get(key.lower()) or entries.get(key.rstrip(".").lower())


def compile_template(text: str) -> Template:
    """`"{y}-{m|month}"` → (("", "y", ()), ("-", "m", ("month",)))."""
    parts: list[tuple[str, str | None, tuple[str, ...]]] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(text):
        filters = tuple(f for f in m.group(2).split("|") if f)
        parts.append((text[pos : m.start()], m.group(1), filters))
        pos = m.end()
    if pos < len(text) or not parts:
        parts.append((text[pos:], None, ()))
    return tuple(parts)


def _read_rows(path: Path, columns: int) -> list[list[str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < columns:
            raise ResourceError(f"{path}:{number}: expected {columns} tab-separated columns")
        rows.append([c.strip() for c in cells[:columns]])
    return rows


def _tables(path: Path) -> tuple[dict[str, dict[str, str]], dict[str, list[str]]]:
    """The lookup tables (each word also lower-cased) and each table's words as written."""
    tables: dict[str, dict[str, str]] = {}
    forms: dict[str, list[str]] = {}
    for table, word, value in _read_rows(path, 3):
        entries = tables.setdefault(table, {})
        entries.setdefault(word, value)
        entries.setdefault(word.lower(), value)
        forms.setdefault(table, []).append(word)
    return tables, forms


def _table_pattern(words: list[str]) -> str:
    """All words of a table, longest first; lower-case words also capitalised (sentence start)."""
    forms = {w for w in words if w} | {w[0].upper() + w[1:] for w in words if w and w[0].islower()}
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


class _Expander:
    def __init__(self, patterns: dict[str, str], tables: dict[str, list[str]], source: Path):
        self.raw = patterns
        self.tables = tables
        self.source = source
        self.done: dict[str, str] = {}

    def expand(self, regex: str, stack: tuple[str, ...] = ()) -> str:
        return _REF.sub(lambda m: self.pattern(m.group(1), stack), regex)

    def pattern(self, name: str, stack: tuple[str, ...]) -> str:
        if name in self.done:
            return self.done[name]
        if name in stack:
            raise ResourceError(f"{self.source}: pattern %{name} refers to itself")
        if name in self.raw:
            value = "(?:" + self.expand(self.raw[name], (*stack, name)) + ")"
        elif name in self.tables:
            value = _table_pattern(self.tables[name])
        else:
            raise ResourceError(f"{self.source}: unknown pattern %{name}")
        self.done[name] = value
        return value


def _rule(name: str, section: configparser.SectionProxy, expander: _Expander, path: Path) -> Rule:
    def get(key: str, default: str = "") -> str:
        return "".join(line.strip() for line in section.get(key, default).splitlines())

    type_ = get("type").upper()
    if type_ not in TYPES:
        raise ResourceError(f"{path} [{name}]: type must be one of {', '.join(TYPES)}")
    try:
        regex = re.compile(expander.expand(get("match")))
    except (re.error, ResourceError) as err:
        raise ResourceError(f"{path} [{name}]: {err}") from None
    words = get("value").split() if type_ != "REJECT" else ["-"]
    if not words:
        raise ResourceError(f"{path} [{name}]: no value")
    func, args = (words[0][1:], words[1:]) if words[0].startswith("@") else ("literal", words[:1])
    extent = get("extent") or None
    if extent and extent not in regex.groupindex:
        raise ResourceError(f"{path} [{name}]: extent group {extent!r} is not in the pattern")
    return Rule(
        name=name,
        regex=regex,
        fast=_fast_form(regex),
        type=type_,
        func=func,
        args=tuple(compile_template(a) for a in args),
        append=compile_template(get("append")) if get("append") else (),
        extent=extent,
        mod=get("mod") or None,
        priority=int(get("priority", "50")),
    )


_NO_WORD_BEFORE = "(?<!\\w)"


def _fast_form(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    r"""`(?<!\w)X` as `\W(?P<_m>X)`: a pattern that starts by consuming a character class lets
    Python's regex engine skip, in C, every position inside a word; the match is group `_m`."""
    pattern = regex.pattern
    if not pattern.startswith(_NO_WORD_BEFORE):
        return None
    rest = pattern[len(_NO_WORD_BEFORE) :]
    try:
        if re.compile(rest).groups != regex.groups or "|" in _top_level(rest):
            return None
        return re.compile(r"\W(?P<_m>" + rest + ")")
    except re.error:
        return None


def _top_level(pattern: str) -> str:
    """The characters of `pattern` outside any group or class (to see a top-level `|`)."""
    out, depth, i, in_class = [], 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            out.append(ch)
        i += 1
    return "".join(out)


def _rules(path: Path, expander: _Expander) -> tuple[Rule, ...]:
    parser = configparser.ConfigParser(interpolation=None, comment_prefixes=("#",), delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    except configparser.Error as err:
        raise ResourceError(str(err)) from None
    return tuple(_rule(name, parser[name], expander, path) for name in parser.sections())


def _cues(path: Path, expander: _Expander) -> re.Pattern[str] | None:
    if not path.exists():
        return None
    by_tense: dict[str, list[str]] = {}
    for tense, regex in _read_rows(path, 2):
        by_tense.setdefault(tense.upper(), []).append(expander.expand(regex))
    alternatives = [f"(?P<{t}>" + "|".join(rs) + ")" for t, rs in by_tense.items()]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


@lru_cache(maxsize=8)
def load(lang: str) -> Resources:
    """The compiled resources of `lang` (a folder under `time/data/`)."""
    return load_folder(DATA_DIR / lang, lang)


def load_folder(folder: Path, lang: str) -> Resources:
    """Compile the resources in `folder`; a `ResourceError` names the file (and rule) at fault."""
    if not any(folder.glob("rules*.cfg")):
        raise ResourceError(f"no temporal rules for language {lang!r} (looked in {folder})")
    tables, forms = _tables(folder / "words.tsv")
    patterns = dict(_read_rows(folder / "patterns.tsv", 2))
    expander = _Expander(patterns, forms, folder / "patterns.tsv")
    compiled = tuple(r for path in sorted(folder.glob("rules*.cfg")) for r in _rules(path, expander))
    sentence_end = re.compile(expander.expand(patterns.get("SENTENCE_END", r"[.!?]\s+|\n")))
    return Resources(
        lang=lang,
        rules=compiled,
        tables=tables,
        cues=_cues(folder / "cues.tsv", expander),
        sentence_end=sentence_end,
        patterns={k: expander.pattern(k, ()) for k in patterns},
    )
