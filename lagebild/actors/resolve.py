"""Resolve phrases to actors: KB entries valid at the article date, descriptors to office holders,
short references and pronouns to the last fitting actor of the article."""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.actors.matching import DocView
from lagebild.actors.phrases import PERSON_TYPES, Phrase, name_parts
from lagebild.kb.base import KnowledgeBase, role_matches, title_matches
from lagebild.kb.lexicon import Descriptor, Item, Lexicon

BLOCKING_FLAGS = {"former", "future", "deputy"}
LEADER_ROLES = ("head_of_state", "head_of_government", "igo_head", "party_leader", "military_chief")


@dataclass
class Actor:
    """A resolved actor (what an ActorMention carries, plus what coreference needs)."""

    kind: str
    name: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    is_place: bool = False
    person: bool = False
    gender: str | None = None
    source: str = ""  # the KB kind or descriptor type it came from
    sentence: int = 0
    position: int = 0


class Resolver:
    """Resolves one document's phrases in order, keeping the actors seen so far."""

    def __init__(self, view: DocView, kb: KnowledgeBase, lex: Lexicon, date: str | None,
                 home: str | None = None) -> None:
        self.view, self.sdoc, self.kb, self.lex, self.date, self.home = view, view.sdoc, kb, lex, date, home
        self.history: list[Actor] = []
        self.name_parts: dict[str, Actor] = {}

    def resolve(self, phrase: Phrase) -> Actor | None:
        handler = getattr(self, f"_{phrase.kind}")
        actor = handler(phrase)
        if actor is not None:
            actor.sentence, actor.position = self.view.sent_id[phrase.start], phrase.start
            self.history.append(actor)
            if actor.person and actor.name:
                self._remember_name(actor)
        return actor

    def _remember_name(self, actor: Actor) -> None:
        """First and last words of the person's names, for later short references ("Kims")."""
        entry = self.kb.get(actor.kb_id) if actor.kb_id else None
        forms = entry.names.get("*", []) if entry is not None else [actor.name or ""]
        for form in forms:
            for part in name_parts(form, self.lex.lang):
                self.name_parts[part] = actor

    def _namepart(self, phrase: Phrase) -> Actor | None:
        earlier = self.name_parts.get(self.view.words[phrase.start])
        if earlier is None:
            return None
        return Actor("name", earlier.name, earlier.country, earlier.org, earlier.sector, earlier.kb_id,
                     person=True, gender=earlier.gender, source=earlier.source)

    # --- names --------------------------------------------------------------------------------

    def _entity(self, phrase: Phrase) -> Actor | None:
        hit = phrase.hit
        people = [item.ref for item in hit.items if item.kind == "person"]
        if hit.entity.kind == "person":
            return self._person(people, weak=all(i.weak for i in hit.items if i.kind == "person"), phrase=phrase)
        if phrase.singular:  # "der Russe": the last Russian named
            country = self.kb.entries[hit.entity.ref].country
            earlier = next((a for a in reversed(self.history) if a.person and a.country == country), None)
            if earlier is not None:
                return Actor("descriptor", earlier.name, earlier.country, earlier.org, earlier.sector,
                             earlier.kb_id, person=True, gender=earlier.gender, source=earlier.source)
        return self._entry_actor(hit.entity, phrase.is_place)

    def _compound(self, phrase: Phrase) -> Actor | None:
        item = phrase.hit.owner
        if item is None:
            return None
        entry = self.kb.get(item.ref)
        place = item.kind == "country" or (item.kind == "place" and entry is not None and not entry.head_role)
        actor = self._entry_actor(item, place)
        actor.is_place = place
        return actor

    def _entry_actor(self, item: Item, is_place: bool) -> Actor:
        entry = self.kb.entries[self.kb.variant(item.ref, self.home)]
        if item.kind in ("adj", "demonym", "country"):
            return Actor("country", entry.name, entry.country, None, None, entry.kb_id, is_place, source=item.kind,
                         gender=entry.gender)
        if item.kind == "place" and is_place:
            return Actor("place", entry.name, entry.place_country or entry.country, None, None, entry.kb_id, True,
                         source="place")
        kind = "country" if item.kind == "place" else "org"
        return Actor(kind, entry.name, entry.country, entry.org, entry.sector_at(self.date), entry.kb_id, is_place,
                     source=item.kind, gender="f" if item.kind == "org" else None)

    def _person(self, candidates: list[str], weak: bool, phrase: Phrase,
                descriptor: Descriptor | None = None) -> Actor | None:
        seen = [a.kb_id for a in reversed(self.history) if a.person and a.kb_id in candidates]
        if weak and not seen:
            return None
        if weak and self.view.starts_sentence(phrase.start) and not seen:
            return None
        kb_id = seen[0] if seen else self._best_candidate(candidates, descriptor)
        return self._person_actor(kb_id, "name")

    def _best_candidate(self, candidates: list[str], descriptor: Descriptor | None) -> str:
        def score(kb_id: str) -> tuple[int, int]:
            roles = self.kb.roles_at(kb_id, self.date)
            fits = descriptor is not None and any(self._fits(r, descriptor) for r in roles)
            return (0 if fits else 1 if roles else 2, candidates.index(kb_id))

        return min(candidates, key=score)

    def _fits(self, role, descriptor: Descriptor) -> bool:
        """Whether an office is one the descriptor names: by title where it lists titles, else by role."""
        if descriptor.titles:
            keys = descriptor.titles
            return title_matches(role.title_de, keys) or title_matches(role.title_en, keys)
        return descriptor.role is not None and role_matches(descriptor.role, role.role)

    def _person_actor(self, kb_id: str, kind: str) -> Actor:
        info = self.kb.actor(kb_id, self.date)
        entry = self.kb.entries[kb_id]
        return Actor(kind, info["name"], info["country"], info["org"], info["sector"], kb_id, person=True,
                     gender=entry.gender, source="person")

    def _unknown(self, phrase: Phrase) -> Actor | None:
        start, end = phrase.unknown
        name = self.sdoc[start:end].text
        known = self.name_parts.get(name) or self.name_parts.get(self.view.words[end - 1])
        if known is not None:  # "Kims" tagged PER: the Kim named before
            return Actor("name", known.name, known.country, known.org, known.sector, known.kb_id, person=True,
                         gender=known.gender, source=known.source)
        for earlier in reversed(self.history):
            if earlier.person and earlier.kb_id is None and earlier.name and earlier.name.split()[-1] == name:
                return Actor("name", earlier.name, earlier.country, earlier.org, earlier.sector, person=True,
                             gender=earlier.gender, source="unknown")
        return Actor("name", name, person=True, gender="m", source="unknown")

    # --- pronouns -----------------------------------------------------------------------------

    def _pronoun(self, phrase: Phrase) -> Actor | None:
        found = self._antecedent(phrase.gender or "m", phrase.start)
        if found is None:
            return None
        return Actor("pronoun", found.name, found.country, found.org, found.sector, found.kb_id,
                     person=found.person, gender=found.gender, source=found.source)

    def _antecedent(self, gender: str, position: int, same_sentence_first: bool = False) -> Actor | None:
        fitting = [a for a in self.history if a.position < position and _agrees(a, gender)]
        if not fitting:
            return None
        if same_sentence_first:
            sentence = self.view.sent_id[position]
            local = [a for a in fitting if a.sentence == sentence and a.person]
            if local:
                return local[0]
        return fitting[-1]

    # --- descriptors --------------------------------------------------------------------------

    def _descriptor(self, phrase: Phrase) -> Actor | None:
        descriptor = phrase.descriptor
        owner = self._owner(phrase)
        if phrase.person is not None:
            return self._apposed(phrase, descriptor, owner)
        if phrase.unknown is not None:
            name = self.sdoc[phrase.unknown[0]:phrase.unknown[1]].text
            base = self._base(descriptor, owner, phrase)
            base.kind, base.name, base.person, base.source = "name", name, True, "unknown"
            return base
        handler = getattr(self, f"_d_{descriptor.type}", self._d_person)
        return handler(phrase, descriptor, owner)

    def _owner(self, phrase: Phrase) -> Actor | None:
        """The actor the phrase's owner stands for (entry, possessive antecedent, inner phrase)."""
        if phrase.owner is not None:
            item = phrase.owner
            if item.kind == "person":
                return self._person_actor(item.ref, "name")
            return self._entry_actor(item, False)
        if phrase.owner_ref and phrase.owner_ref.startswith("possessive:"):
            gender = phrase.owner_ref.split(":", 1)[1]
            return self._antecedent(gender, phrase.start, same_sentence_first=True)
        if phrase.owner_ref and phrase.owner_ref.startswith("name:"):
            return self.name_parts.get(phrase.owner_ref.split(":", 1)[1])
        if phrase.owner_phrase is not None:
            return self._descriptor(phrase.owner_phrase)
        return None

    def _base(self, descriptor: Descriptor, owner: Actor | None, phrase: Phrase) -> Actor:
        sector = descriptor.sector
        if descriptor.type == "inherit" and owner is not None and owner.source != "country":
            sector = owner.sector or sector
        if "former" in phrase.flags:
            sector = None
        country = owner.country if owner else None
        org = owner.org if owner else None
        if owner is None and descriptor.default:
            default = self.kb.get(self.kb.variant(descriptor.default, self.home))
            country = default.country if default else None
            org = default.org if default and default.kind == "org" else org
        return Actor("descriptor", None, country, org, sector, gender=self._gender(phrase), source=descriptor.type,
                     person=descriptor.type in PERSON_TYPES and not self._plural(phrase))

    def _gender(self, phrase: Phrase) -> str | None:
        """The phrase's grammatical gender for pronouns: plural, else from its determiner, else the noun's."""
        if self._plural(phrase):
            return "p"
        if phrase.det is not None and phrase.gender != "f":
            return "f" if self.lex.word("feminine_determiner", phrase.det) else "m"
        return phrase.gender

    def _plural(self, phrase: Phrase) -> bool:
        """Whether the phrase denotes several: by the noun's form, else by its determiner ("die Rebellen")."""
        descriptor = phrase.descriptor
        if descriptor is None or descriptor.plural is not None:
            return bool(descriptor and descriptor.plural)
        return phrase.det is not None and self.lex.word("plural_determiner", phrase.det)

    def _apposed(self, phrase: Phrase, descriptor: Descriptor, owner: Actor | None) -> Actor | None:
        hit = phrase.person
        if hit.entity.kind != "person":
            return self._entry_actor(hit.entity, False)
        candidates = [item.ref for item in hit.items if item.kind == "person"]
        actor = self._person_actor(self._best_candidate(candidates, descriptor), "name")
        base = self._base(descriptor, owner, phrase)
        actor.country = actor.country or base.country
        actor.org = actor.org or base.org
        actor.sector = actor.sector or base.sector
        return actor

    def _d_person(self, phrase: Phrase, descriptor: Descriptor, owner: Actor | None) -> Actor | None:
        base = self._base(descriptor, owner, phrase)
        plural = self._plural(phrase)
        if plural and owner is None:
            return self._group_antecedent(phrase, base)
        if plural or phrase.flags & BLOCKING_FLAGS:
            return base
        if descriptor.role is None and not descriptor.titles:
            return self._same_sector(phrase, base) if owner is None else base
        holder = self._holder(descriptor.role, descriptor.titles, owner, phrase, descriptor)
        return self._as_person(holder, base)

    def _d_leader(self, phrase: Phrase, descriptor: Descriptor, owner: Actor | None) -> Actor | None:
        base = self._base(descriptor, owner, phrase)
        if phrase.flags & BLOCKING_FLAGS or self._plural(phrase):
            return base
        role = self._leader_role(owner)
        holder = self._holder(role, frozenset(), owner, phrase, descriptor, LEADER_ROLES)
        return self._as_person(holder, base)

    def _d_head(self, phrase: Phrase, descriptor: Descriptor, owner: Actor | None) -> Actor | None:
        base = self._base(descriptor, owner, phrase)
        if owner is not None:
            base.sector = owner.sector or base.sector
        if owner is None or phrase.flags & BLOCKING_FLAGS:
            return base
        holder = self._holder(self._leader_role(owner), frozenset(), owner, phrase, descriptor)
        return self._as_person(holder, base)

    def _d_inherit(self, phrase: Phrase, descriptor: Descriptor, owner: Actor | None) -> Actor | None:
        return self._base(descriptor, owner, phrase)

    def _d_group(self, phrase: Phrase, descriptor: Descriptor, owner: Actor | None) -> Actor | None:
        base = self._base(descriptor, owner, phrase)
        if owner is not None or self._plural(phrase):
            return base
        return self._group_antecedent(phrase, base)

    def _group_antecedent(self, phrase: Phrase, base: Actor) -> Actor:
        """"den Gerichtshof" after "der Internationale Strafgerichtshof"; "die Islamisten" after "die Hamas"."""
        if phrase.det is None or not phrase.definite or base.country or base.org or phrase.owner_ref \
                or phrase.owner_phrase:
            return base
        for earlier in reversed(self.history):
            if earlier.source in ("org", "institution") and earlier.sector == base.sector:
                return Actor("descriptor", earlier.name, earlier.country, earlier.org, earlier.sector,
                             earlier.kb_id, gender=earlier.gender, source=earlier.source)
        return base

    def _d_country_ref(self, phrase: Phrase, descriptor: Descriptor, owner: Actor | None) -> Actor | None:
        if owner is not None and owner.country:
            entry = self.kb.get(owner.country)
        else:
            last = next((a for a in reversed(self.history) if a.source == "country"), None)
            entry = self.kb.get(last.country) if last else None
        if entry is None:
            return None
        return Actor("descriptor", entry.name, entry.country, kb_id=entry.kb_id, source="country",
                     gender=entry.gender)

    def _d_age_ref(self, phrase: Phrase, descriptor: Descriptor, owner: Actor | None) -> Actor | None:
        last = next((a for a in reversed(self.history) if a.person and a.name), None)
        if last is None:
            return None
        return Actor("descriptor", last.name, last.country, last.org, last.sector, last.kb_id, person=True,
                     gender=last.gender, source="person")

    def _leader_role(self, owner: Actor | None) -> str | None:
        """Whose office the head of `owner` holds: an entry's head role, a country's executive."""
        if owner is None:
            return None
        entry = self.kb.get(owner.kb_id) if owner.kb_id else None
        if entry is not None and entry.kind != "country":
            return entry.head_role  # "BKA-Chef": none known, never the chancellor
        country = self.kb.get(owner.country) if owner.country else None
        return country.executive if country is not None and country.executive else "head_of_state"

    def _holder(self, role: str | None, titles: frozenset[str], owner: Actor | None, phrase: Phrase,
                descriptor: Descriptor, roles: tuple[str, ...] = ()) -> str | None:
        if owner is not None and owner.source == "institution":
            return self._institution_holder(role, owner)
        if owner is not None and (owner.country or owner.org):
            found = self.kb.holder(role, owner.country, owner.org, self.date, titles)
            return found.kb_id if found else None
        earlier = self._role_antecedent(role, titles, roles, descriptor)
        if earlier is not None or not phrase.definite:
            return earlier
        default = self.kb.get(self.kb.variant(descriptor.default, self.home)) if descriptor.default else None
        if default is None:
            return None
        found = self.kb.holder(role, default.country, default.org if default.kind == "org" else None,
                               self.date, titles)
        return found.kb_id if found else None

    def _institution_holder(self, role: str | None, owner: Actor) -> str | None:
        """ "SPD-Chef": a holder of `role` in the country whose title names the institution ("SPD-Vorsitzender")."""
        entry = self.kb.get(owner.kb_id) if owner.kb_id else None
        if role is None or entry is None:
            return None
        names = {form for form in entry.forms(self.lex.lang) if len(form) <= 8}
        for held in self.kb.holders(role, owner.country, None, self.date):
            words = set(held.title_de.replace("-", " ").split()) | set(held.title_en.replace("-", " ").split())
            if words & names:
                return held.kb_id
        return None

    def _role_antecedent(self, role: str | None, titles: frozenset[str], roles: tuple[str, ...],
                         descriptor: Descriptor) -> str | None:
        for earlier in reversed(self.history):
            if not earlier.person or earlier.kb_id is None:
                continue
            for held in self.kb.roles_at(earlier.kb_id, self.date):
                if held.role in roles or self._fits(held, descriptor):
                    return earlier.kb_id
        return None

    def _same_sector(self, phrase: Phrase, base: Actor) -> Actor:
        if phrase.det is None or not phrase.definite or base.sector is None:
            return base
        for earlier in reversed(self.history):
            if earlier.person and earlier.sector == base.sector and earlier.name:
                return Actor("descriptor", earlier.name, earlier.country, earlier.org, earlier.sector,
                             earlier.kb_id, person=True, gender=earlier.gender, source=earlier.source)
        return base

    def _as_person(self, kb_id: str | None, base: Actor) -> Actor:
        if kb_id is None:
            return base
        actor = self._person_actor(kb_id, "descriptor")
        actor.sector = actor.sector or base.sector
        actor.gender = base.gender if base.gender == "f" else actor.gender
        return actor


def _agrees(actor: Actor, gender: str) -> bool:
    """Whether a pronoun of `gender` (m, f, fp, n) can refer to `actor`."""
    if actor.is_place or actor.kind == "place":
        return False
    if gender == "m":
        return actor.person and actor.gender != "f"
    if gender == "f":
        return actor.person and actor.gender == "f"
    if actor.person:
        return actor.gender in ("f", "p")
    return actor.source == "org" or actor.gender in ("f", "p")
