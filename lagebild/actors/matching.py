"""Find KB names, descriptors and compounds in a spaCy Doc: one `Hit` per matched token span."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from lagebild.kb import load
from lagebild.kb.lexicon import Descriptor, Item, Lexicon, lexicon
from lagebild.nlp.syntax import is_compound_part

ENTITY_KINDS = ("country", "place", "org", "institution", "person", "adj", "demonym", "national")
_MATCHERS: dict[tuple[str, int], PhraseMatcher] = {}
_DIGIT = re.compile(r"\d")
UNKNOWN_BODY = "unknown_body"  # a compound's first part abbreviates a body the KB does not know


@dataclass
class Hit:
    """A matched span: what its words denote (`items`), or a compound's head and modifiers."""

    start: int
    end: int
    items: list[Item] = field(default_factory=list)
    head: Descriptor | None = None
    mods: list[Item] = field(default_factory=list)
    flags: frozenset[str] = frozenset()
    text: str = ""

    @property
    def entity(self) -> Item | None:
        """The KB entry the span names (the first of several readings)."""
        return next((item for item in self.items if item.kind in ENTITY_KINDS), None)

    @property
    def owner(self) -> Item | None:
        """For a compound ("US-Außenminister"): the entry its modifier names."""
        return next((item for item in reversed(self.mods) if item.kind in ENTITY_KINDS), None)

    def has(self, *kinds: str) -> bool:
        return any(item.kind in kinds for item in self.items)


def matcher(lang: str, vocab: Vocab) -> PhraseMatcher:
    """A PhraseMatcher over every surface form of the lexicon (built once per vocab)."""
    key = (lang, id(vocab))
    if key not in _MATCHERS:
        from lagebild.nlp import load as load_nlp

        nlp = load_nlp(lang)
        found = PhraseMatcher(vocab, attr="ORTH")
        forms = list(lexicon(lang).surfaces)
        for form, doc in zip(forms, nlp.tokenizer.pipe(forms), strict=True):
            found.add(form, [doc])
        _MATCHERS[key] = found
    return _MATCHERS[key]


@dataclass
class DocView:
    """What the stage reads of a spaCy Doc, computed once: words and sentence numbers."""

    sdoc: Doc
    words: list[str]
    sent_id: list[int]
    sent_first: list[int]
    sent_bounds: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def of(cls, sdoc: Doc) -> DocView:
        sent_id = [0] * len(sdoc)
        sent_first = [0] * len(sdoc)
        bounds = [(sent.start, sent.end) for sent in sdoc.sents]
        for i, (start, end) in enumerate(bounds):
            sent_id[start:end] = [i] * (end - start)
            sent_first[start:end] = [start] * (end - start)
        strings = sdoc.vocab.strings
        words = [strings[orth] for orth in sdoc.to_array(ORTH).tolist()] if len(sdoc) else []
        return cls(sdoc, words, sent_id, sent_first, bounds)

    def starts_sentence(self, i: int) -> bool:
        return self.sent_first[i] == i


def find_hits(view: DocView, lang: str) -> list[Hit]:
    """Non-overlapping hits, longest first, then single-word compounds in the gaps."""
    lex = lexicon(lang)
    sdoc = view.sdoc
    spans = sorted(matcher(lang, sdoc.vocab)(sdoc), key=lambda m: (m[1] - m[2], m[1]))
    taken = [False] * len(sdoc)
    hits: list[Hit] = []
    for match_id, start, end in spans:
        if any(taken[start:end]):
            continue
        form = sdoc.vocab.strings[match_id]
        hit = Hit(start, end, items=list(lex.items(form)), text=form)
        descriptor = next((i for i in hit.items if i.kind == "descriptor"), None)
        if descriptor is not None:
            hit.head = lex.descriptor(descriptor)
        hits.append(hit)
        taken[start:end] = [True] * (end - start)
    closed = _closed_prefixes(lang)
    for i, word in enumerate(view.words):
        if not taken[i] and len(word) > 3:
            hit = _word_hit(word, i, lex, closed)
            if hit is not None:
                hits.append(hit)
    return sorted((_with_shared_modifier(h, view.words, lex) for h in hits), key=lambda h: h.start)


def _with_shared_modifier(hit: Hit, words: list[str], lex: Lexicon) -> Hit:
    """`die EU-Staats- und Regierungschefs`: the modifier of a cut-off compound before `und` is the
    next compound's too (the EU's heads of government)."""
    i = hit.start
    if hit.mods or hit.head is None or hit.end != i + 1 or i < 2 or not lex.word("list_word", words[i - 1]):
        return hit
    cut = words[i - 2]
    if not cut.endswith("-") or "-" not in cut[:-1]:
        return hit
    joined = _hyphen_compound(cut[:-1].rsplit("-", 1)[0] + "-" + words[i], i, lex)
    return joined if joined is not None and joined.mods else hit


def is_acronym(word: str) -> bool:
    """`JG`, `ÖRAK`: an abbreviation written in capitals."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _word_hit(text: str, i: int, lex: Lexicon, closed: re.Pattern[str] | None) -> Hit | None:
    if _DIGIT.search(text):
        descriptor = lex.match_descriptor(text)
        if descriptor is not None:
            return Hit(i, i + 1, head=descriptor, text=text)
    if "-" in text.strip("-"):
        return _hyphen_compound(text, i, lex)
    if text[0].isupper():
        match = closed.match(text) if closed is not None else None
        hit = _closed_compound(text, match.group(1), i, lex) if match else None
        return hit or _role_compound(text, i, lex)
    return None


COMPOUND_ROLE_TYPES = ("person", "group", "inherit")


def _role_compound(text: str, i: int, lex: Lexicon) -> Hit | None:
    """`Gesundheitsstadträtin`, `Verfahrensrichter`: a compound whose last part is a role or body
    noun is that role (the longest such part). References (`Bundesland`, `Webseite`), nouns that
    need an owner and things (`Lautsprecher`) stay out."""
    if lex.word("not_role", text):
        return None
    for cut in range(3, len(text) - 3):
        first, head = text[:cut], text[cut].upper() + text[cut + 1:]
        descriptor = lex.match_descriptor(head)
        if descriptor is None:
            continue
        if not (_plain_role(descriptor) and is_compound_part(first)) or first.endswith("-"):
            return None
        return _role_hit(text, head, descriptor, i, lex)
    return None


def _plain_role(descriptor: Descriptor) -> bool:
    """A role or group noun that needs no owner: a compound ending in it is that role."""
    return descriptor.type in COMPOUND_ROLE_TYPES and descriptor.needs is None


def _role_hit(text: str, head: str, descriptor: Descriptor, i: int, lex: Lexicon) -> Hit:
    """The hit of a compound that is the role its last part `head` names."""
    items = [item for item in lex.surfaces.get(head, []) if item.kind == "descriptor"]
    return Hit(i, i + 1, items=items, head=descriptor, text=text)


@lru_cache(maxsize=4)
def _closed_prefixes(lang: str) -> re.Pattern[str] | None:
    prefixes = sorted(lexicon(lang).values.get("closed_prefix", {}), key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, prefixes)) + r")\w{3,}$") if prefixes else None


def _hyphen_compound(text: str, i: int, lex: Lexicon) -> Hit | None:
    """ "US-Außenminister", "Kreml-Chef", "Ex-Präsident", "Nordkorea-Reise" (modifiers only)."""
    *parts, last = text.split("-")
    if lex.word("currency", last):
        return None  # "US-Dollar" is money
    if all(lex.word("branch_prefix", part) for part in parts):  # "Landes-ÖVP", "Bundes-SPÖ"
        body = [it for it in lex.items(last) if it.kind in ENTITY_KINDS and not it.weak]
        if body:
            return Hit(i, i + 1, items=body, text=text)
    head = lex.match_descriptor(last) or lex.match_descriptor(last[:1].upper() + last[1:]) or _role_suffix(last, lex)
    mods: list[Item] = []
    flags: set[str] = set()
    plain = head is not None and _plain_role(head)
    for part in parts:
        entity = next((it for it in lex.items(part) if it.kind in ENTITY_KINDS and not it.weak), None)
        if entity is not None:
            mods.append(entity)
        elif part in lex.national:
            mods.append(Item("national", part))  # "Grünen-Abgeordnete": the Greens of the article's country
        elif lex.value("prefix", part):
            flags.add(lex.value("prefix", part) or "")
        elif is_acronym(part) and head is not None:
            flags.add(UNKNOWN_BODY)  # `ÖRAK-Präsident`: the head of a body the KB does not know
        elif not (plain and part[:1].isupper() and is_compound_part(part)):
            return None
    if not mods and not flags and plain:  # `Flüchtlings-NGOs`: a kind of group, as `Hilfsorganisationen`
        return _role_hit(text, last, head, i, lex)
    if not mods and not (flags and head):
        return None
    return Hit(i, i + 1, head=head, mods=mods, flags=frozenset(flags), text=text)


def _role_suffix(word: str, lex: Lexicon) -> Descriptor | None:
    """`Gesundheitskommissar` in `EU-Gesundheitskommissar`: the role the word's last part names (the
    hyphenated modifier is its owner, so roles that need one count too)."""
    for cut in range(3, len(word) - 3):
        descriptor = lex.match_descriptor(word[cut].upper() + word[cut + 1:])
        if descriptor is not None:
            plain = descriptor.type in COMPOUND_ROLE_TYPES and is_compound_part(word[:cut])
            return descriptor if plain else None
    return None


def _closed_compound(text: str, prefix: str, i: int, lex: Lexicon) -> Hit | None:
    """ "Kremlchef", "Natochef": a prefix naming an actor written together with a role noun."""
    rest = text[len(prefix):]
    head = lex.match_descriptor(rest[:1].upper() + rest[1:])
    kb_id = lex.values["closed_prefix"][prefix]
    entry = load().get(kb_id)
    if head is None or entry is None:
        return None
    return Hit(i, i + 1, head=head, mods=[Item(entry.kind, kb_id)], text=text)
