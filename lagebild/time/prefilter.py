"""Which rules can match where: a literal prefilter derived from the rule regexes themselves.

For each rule, `required()` finds a set of strings such that every match of the rule contains at
least one of them ("Uhr", the month names, a digit). One scan of the text for all these strings
(a literal alternation, which Python's regex engine searches fast) gives the places where some
rule can match; each rule then runs only over windows around its own strings. Rules with no
usable requirement run over the whole text. The result is the same as running every rule over
the whole text, as long as no match is longer than `MARGIN` characters around its string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

DIGIT = "0123456789"
MARGIN = 80
_CAP = 256
_DIGIT_CATEGORIES = {C.CATEGORY_DIGIT}

Strings = frozenset[str]


@dataclass(frozen=True)
class _Info:
    finite: Strings | None  # the exact strings the part matches, when few and literal
    required: Strings | None  # strings one of which every match contains


def _score(strings: Strings | None) -> float:
    if not strings:
        return 0.0
    if strings <= set(DIGIT):
        return 3.0
    return float(min(len(s) for s in strings))


def _best(*options: Strings | None) -> Strings | None:
    best = max(options, key=_score, default=None)
    return best if _score(best) >= 2 else None


def _cross(a: Strings, b: Strings) -> Strings | None:
    if len(a) * len(b) > _CAP:
        return None
    return frozenset(x + y for x in a for y in b)


def _char_set(items: list) -> Strings | None:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < 10:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av in _DIGIT_CATEGORIES:
            chars.update(DIGIT)
        else:
            return None
    return frozenset(chars) if len(chars) <= 10 else None


def _sequence(items: list, flags: int) -> _Info:
    """A concatenation: runs of fixed parts multiply out ("[Aa]m" → Am, am); the best run or
    part requirement is the sequence's requirement."""
    empty = frozenset({""})
    run: Strings = empty
    finite: Strings | None = empty
    candidates: list[Strings | None] = []
    for op, av in items:
        info = _element(op, av, flags)
        if info.finite is not None:
            finite = _cross(finite, info.finite) if finite is not None else None
            crossed = _cross(run, info.finite)
            if crossed is None:
                candidates.append(run)
                run = info.finite
            else:
                run = crossed
            continue
        candidates += [run, info.required]
        run, finite = empty, None
    candidates.append(run)
    return _Info(finite, _best(*candidates))


def _element(op, av, flags: int) -> _Info:  # noqa: C901 - one branch per regex node type
    if op is C.LITERAL:
        s = frozenset({chr(av)})
        return _Info(s, s)
    if op is C.IN:
        chars = _char_set(av)
        return _Info(chars, chars)
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return _Info(frozenset({""}), None)
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & C.SRE_FLAG_IGNORECASE or flags & C.SRE_FLAG_IGNORECASE:
            return _Info(None, None)
        return _sequence(list(sub), flags)
    if op is C.BRANCH:
        infos = [_sequence(list(alt), flags) for alt in av[1]]
        finite = None
        if all(i.finite is not None for i in infos):
            union = frozenset().union(*(i.finite for i in infos if i.finite is not None))
            finite = union if len(union) <= _CAP else None
        required = None
        if all(_score(i.required or i.finite) >= 2 for i in infos):
            required = frozenset().union(*(_best(i.required, i.finite) or frozenset() for i in infos))
        return _Info(finite, required)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        inner = _sequence(list(sub), flags)
        if lo == 0:
            finite = inner.finite | {""} if hi == 1 and inner.finite is not None else None
            return _Info(finite, None)
        if lo == hi == 1:
            return inner
        if lo == hi and inner.finite is not None and len(inner.finite) ** lo <= _CAP:
            finite: Strings | None = frozenset({""})
            for _ in range(lo):
                finite = _cross(finite, inner.finite) if finite is not None else None
            return _Info(finite, _best(finite))
        return _Info(None, _best(inner.required, inner.finite))
    return _Info(None, None)


def required(regex: re.Pattern[str]) -> Strings | None:
    """Strings one of which every match of `regex` contains; None when there is no useful set."""
    if regex.flags & re.IGNORECASE:
        return None
    try:
        parsed = P.parse(regex.pattern, regex.flags)
    except re.error:
        return None
    info = _sequence(list(parsed), regex.flags)
    return _best(info.required, info.finite)


class Gate:
    """All rules' required strings in one regex; maps each hit to the rules it lets run."""

    def __init__(self, regexes: list[re.Pattern[str]]):
        self.size = len(regexes)
        self.always: list[int] = []
        self.by_string: dict[str, list[int]] = {}
        for i, regex in enumerate(regexes):
            strings = required(regex)
            if strings is None:
                self.always.append(i)
                continue
            for s in strings:
                self.by_string.setdefault(s, []).append(i)
        self.regex = re.compile(trie_pattern(self.by_string)) if self.by_string else None
        self._cache: dict[str, frozenset[int]] = {}

    def rules_for(self, hit: str) -> frozenset[int]:
        """The rules whose required strings occur in `hit` (a string of the gate regex)."""
        rules = self._cache.get(hit)
        if rules is None:
            found = [i for s, idx in self.by_string.items() if s in hit for i in idx]
            rules = self._cache[hit] = frozenset(found)
        return rules

    def windows(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """For each gated rule, the spans of `text` it must scan (merged, in text order)."""
        out: dict[int, list[tuple[int, int]]] = {}
        if self.regex is None:
            return out
        n = len(text)
        start, end = -1, -(10**9)
        rules: set[int] = set()
        for m in self.regex.finditer(text):
            if m.start() - MARGIN > end:
                _flush(out, rules, start, end, text)
                start, rules = max(0, m.start() - MARGIN), set()
            end = min(n, m.end() + MARGIN)
            rules |= self.rules_for(m.group())
        _flush(out, rules, start, end, text)
        return out


def _flush(out: dict[int, list[tuple[int, int]]], rules: set[int], start: int, end: int, text: str) -> None:
    if start < 0:
        return
    while end < len(text) and not text[end].isspace():
        end += 1
    for r in rules:
        out.setdefault(r, []).append((start, end))


def trie_pattern(strings) -> str:
    """One regex for a set of literal strings, as a trie ("Jahr", "Jahres", "Juni" →
    J(?:ahr(?:es)?|uni)): Python's regex engine tries alternatives one by one, so sharing
    prefixes keeps each position cheap. Longer strings win, as in a longest-first alternation."""
    trie: dict = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body
