"""Find KB names, descriptors and compounds in a spaCy Doc: one `Hit` per matched token span."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from lagebild.kb import load
from lagebild.kb.lexicon import Descriptor, Item, Lexicon, lexicon

ENTITY_KINDS = ("country", "place", "org", "institution", "person", "adj", "demonym")
_MATCHERS: dict[tuple[str, int], PhraseMatcher] = {}


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


def find_hits(sdoc: Doc, lang: str) -> list[Hit]:
    """Non-overlapping hits, longest first, then single-word compounds in the gaps."""
    lex = lexicon(lang)
    spans = sorted(matcher(lang, sdoc.vocab)(sdoc), key=lambda m: (m[1] - m[2], m[1]))
    taken = [False] * len(sdoc)
    hits: list[Hit] = []
    for match_id, start, end in spans:
        if any(taken[start:end]):
            continue
        form = sdoc.vocab.strings[match_id]
        hit = Hit(start, end, items=list(lex.items(form)), text=form)
        if hit.has("descriptor"):
            hit.head = lex.descriptor(next(i for i in hit.items if i.kind == "descriptor"))
        hits.append(hit)
        taken[start:end] = [True] * (end - start)
    for token in sdoc:
        if not taken[token.i]:
            hit = _word_hit(token.text, token.i, lex)
            if hit is not None:
                hits.append(hit)
    return sorted(hits, key=lambda h: h.start)


def _word_hit(text: str, i: int, lex: Lexicon) -> Hit | None:
    descriptor = lex.match_descriptor(text)
    if descriptor is not None:
        return Hit(i, i + 1, head=descriptor, text=text)
    if "-" in text.strip("-"):
        return _hyphen_compound(text, i, lex)
    return _closed_compound(text, i, lex)


def _hyphen_compound(text: str, i: int, lex: Lexicon) -> Hit | None:
    """ "US-Außenminister", "Kreml-Chef", "Ex-Präsident", "Nordkorea-Reise" (modifiers only)."""
    *parts, last = text.split("-")
    head = lex.match_descriptor(last) or lex.match_descriptor(last[:1].upper() + last[1:])
    mods: list[Item] = []
    flags: set[str] = set()
    for part in parts:
        entity = next((it for it in lex.items(part) if it.kind in ENTITY_KINDS and not it.weak), None)
        if entity is not None:
            mods.append(entity)
        elif lex.value("prefix", part):
            flags.add(lex.value("prefix", part) or "")
        else:
            return None
    if not mods and not (flags and head):
        return None
    return Hit(i, i + 1, head=head, mods=mods, flags=frozenset(flags), text=text)


def _closed_compound(text: str, i: int, lex: Lexicon) -> Hit | None:
    """ "Kremlchef", "Natochef": a prefix naming an actor written together with a role noun."""
    for prefix, kb_id in lex.values.get("closed_prefix", {}).items():
        if text.startswith(prefix) and len(text) > len(prefix) + 2:
            rest = text[len(prefix):]
            head = lex.match_descriptor(rest[:1].upper() + rest[1:])
            entry = load().get(kb_id)
            if head is not None and entry is not None:
                return Hit(i, i + 1, head=head, mods=[Item(entry.kind, kb_id)], text=text)
    return None
