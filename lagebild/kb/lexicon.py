"""The language lexicon the actors stage matches against: every KB surface form with what it
denotes, the role/group descriptors, and the function words (from `data/<lang>/*.tsv`)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from lagebild.kb import load
from lagebild.kb.base import KnowledgeBase
from lagebild.kb.model import Entry
from lagebild.kb.tables import data_path, inflect, read_lines, read_tsv, split_list

# Item kinds, in the order a surface form shared by several kinds is read.
KIND_ORDER = ("place", "org", "institution", "country", "person", "adj", "demonym", "descriptor")


@dataclass(frozen=True)
class Item:
    """What a surface form can denote: a KB entry (kind + kb_id) or a descriptor (ref = index)."""

    kind: str
    ref: str
    weak: bool = False


@dataclass(frozen=True)
class Descriptor:
    """A role or group noun ("Staatschef", "Armee") with what it denotes (see descriptors.tsv)."""

    index: int
    type: str
    role: str | None
    titles: frozenset[str]
    sector: str | None
    default: str | None
    gender: str
    plural: bool | None = False  # None: the same form is singular and plural ("der/die Rebellen")
    needs: str | None = None  # "owner" / "det" / "new" / "named": see descriptors.tsv


@dataclass
class Lexicon:
    lang: str
    surfaces: dict[str, list[Item]] = field(default_factory=lambda: defaultdict(list))
    descriptors: list[Descriptor] = field(default_factory=list)
    patterns: list[tuple[re.Pattern[str], Descriptor]] = field(default_factory=list)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    female_suffix: str = ""
    genitives: set[str] = field(default_factory=set)
    national: set[str] = field(default_factory=set)  # generic names that denote a body in a country

    def items(self, text: str) -> list[Item]:
        return self.surfaces.get(text, [])

    def descriptor(self, item: Item) -> Descriptor:
        return self.descriptors[int(item.ref)]

    def word(self, category: str, text: str) -> bool:
        return text in self.words.get(category, ())

    def value(self, category: str, text: str) -> str | None:
        return self.values.get(category, {}).get(text)

    def match_descriptor(self, text: str) -> Descriptor | None:
        """The descriptor a single word is (its own form, or a regular-expression row)."""
        for item in self.surfaces.get(text, []):
            if item.kind == "descriptor":
                return self.descriptor(item)
        for pattern, descriptor in self.patterns:
            if pattern.fullmatch(text):
                return descriptor
        return None


@lru_cache(maxsize=4)
def lexicon(lang: str = "de") -> Lexicon:
    """The lexicon for `lang`, built once from the KB and the language's data files."""
    lex = Lexicon(lang=lang)
    kb = load()
    _add_entries(lex, kb, lang)
    _add_descriptors(lex, lang)
    _add_grammar(lex, lang)
    for items in lex.surfaces.values():
        items.sort(key=lambda item: KIND_ORDER.index(item.kind))
    return lex


def _add(lex: Lexicon, form: str, item: Item) -> None:
    items = lex.surfaces[form]
    if item not in items:
        items.append(item)


def _add_cased(lex: Lexicon, form: str, item: Item) -> None:
    """A lower-case form also matches capitalised at the start of a sentence."""
    _add(lex, form, item)
    if form[:1].islower():
        _add(lex, form[:1].upper() + form[1:], item)


def _add_entries(lex: Lexicon, kb: KnowledgeBase, lang: str) -> None:
    weak_names = set(read_lines(data_path(lang, "ambiguous_names.txt")))
    for entry in kb:
        lex.national.update(entry.national.get(lang, []))
        if entry.kind == "person":
            _add_person(lex, entry, lang, weak_names)
            continue
        forms = entry.names.get(lang, [])
        for form in forms:
            _add_cased(lex, form, Item(entry.kind, entry.kb_id, weak=form in entry.weak_forms))
        lex.genitives.update(form for form in forms if form.endswith("s") and form[:-1] in forms)
        for form in entry.adjectives.get(lang, []):
            _add_cased(lex, form, Item("adj", entry.kb_id))
        for form in entry.demonyms.get(lang, []):
            _add(lex, form, Item("demonym", entry.kb_id))


def _add_person(lex: Lexicon, entry: Entry, lang: str, weak_names: set[str]) -> None:
    base = entry.names.get("*", [])
    weak = {form for form in base if form in weak_names}
    weak |= {g for form in weak for g in inflect(form, "genitive", lang)}
    lex.genitives.update(entry.names.get(lang, []) if lang == "de" else [])
    for form in entry.forms(lang):
        if lang != "de" and form in entry.names.get("de", []):
            continue
        _add_cased(lex, form, Item("person", entry.kb_id, weak=form in weak))  # `De Mistura sagte`


def _add_descriptors(lex: Lexicon, lang: str) -> None:
    female = _grammar_value(lang, "female_suffix")
    lex.female_suffix = female
    from lagebild.kb.build import decline

    for row in read_tsv(data_path(lang, "descriptors.tsv")):
        singular = [f for form in split_list(row["singular"]) for f in decline(form, lang)]
        plural = [f for form in split_list(row["plural"]) for f in decline(form, lang)]
        common = dict(
            type=row["type"], role=row.get("role") or None, titles=frozenset(split_list(row.get("titles"))),
            sector=row.get("sector") or None, default=row.get("default") or None, needs=row.get("needs") or None,
        )
        both = set(singular) & set(plural)
        for form in singular:
            gender = "f" if female and form.endswith(female) and form[: -len(female)] in singular else row["gender"]
            number = None if form in both else False
            _add_descriptor_form(lex, form, Descriptor(len(lex.descriptors), gender=gender, plural=number, **common))
        for form in plural:
            if form not in both:
                _add_descriptor_form(lex, form, Descriptor(len(lex.descriptors), gender="p", plural=True, **common))


def _add_descriptor_form(lex: Lexicon, form: str, descriptor: Descriptor) -> None:
    lex.descriptors.append(descriptor)
    if form.startswith("re:"):
        lex.patterns.append((re.compile(form[3:]), descriptor))
        return
    for item in lex.surfaces.get(form, []):
        if item.kind == "descriptor":
            return  # first row wins (a form that is singular in one row and plural in another)
    _add_cased(lex, form, Item("descriptor", str(descriptor.index)))


def _grammar_value(lang: str, category: str) -> str:
    for row in read_tsv(data_path(lang, "grammar.tsv")):
        if row["category"] == category:
            return row["forms"]
    return ""


def _add_grammar(lex: Lexicon, lang: str) -> None:
    words: dict[str, set[str]] = defaultdict(set)
    values: dict[str, dict[str, str]] = defaultdict(dict)
    for row in read_tsv(data_path(lang, "grammar.tsv")):
        category, value = row["category"], row.get("value", "")
        forms = split_list(row["forms"])
        if category == "modifier":
            forms = [f for stem in forms for f in inflect(stem, "adjective", lang)]
            forms += [f[:1].upper() + f[1:] for f in forms]
        words[category].update(forms)
        if value:
            values[category].update({form: value for form in forms})
    lex.words = {category: frozenset(forms) for category, forms in words.items()}
    lex.values = dict(values)
