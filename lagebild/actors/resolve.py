"""Resolve phrases to actors: KB entries valid at the article date, descriptors to office holders,
short references and pronouns to the last fitting actor of the article."""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.actors.matching import DocView
from lagebild.actors.phrases import PERSON_TYPES, Phrase, name_parts
from lagebild.kb.base import KnowledgeBase, role_matches, title_matches
from lagebild.kb.dates import period
from lagebild.kb.lexicon import Descriptor, Item, Lexicon
from lagebild.kb.model import Entry
from lagebild.nlp.syntax import morph_values

BLOCKING_FLAGS = {"former", "then", "future", "deputy"}  # not the holder at the article date
# Sectors of bodies and office holders that belong to the country an article is set in; civilians,
# rebels, media, business, NGOs and clergy there may be foreigners ("Flüchtlinge" in Vienna).
NATIONAL_SECTORS = ("GOV", "MIL", "POLICE", "JUD", "LEG", "SPY", "OPP", "PTY")
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
    descriptor: int | None = None  # the descriptor row it was introduced with ("Botschafter")
    sentence: int = 0
    position: int = 0


@dataclass
class Context:
    """Where an article is set, for bodies it names without saying whose ("die Polizei"): its
    dateline's country, the places each sentence names, its most named country."""

    dateline: str | None = None
    places: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # sentence → (token, country)
    focus: str | None = None
    tally: dict[str, int] = field(default_factory=dict)  # country → how often the article names it
    country_names: list[tuple[int, str]] = field(default_factory=list)  # (token, country) of each country's name
    scenes: dict[int, str] = field(default_factory=dict)  # sentence → country of the place that opens it

    def country(self, sentence: int, position: int, home: str | None = None) -> str | None:
        if sentence in self.scenes:
            return self.scenes[sentence]
        if self.dateline:
            return self.dateline
        here = self.places.get(sentence)
        if here:
            return min(here, key=lambda p: abs(p[0] - position))[1]
        return self.focus or home


class Resolver:
    """Resolves one document's phrases in order, keeping the actors seen so far."""

    def __init__(self, view: DocView, kb: KnowledgeBase, lex: Lexicon, date: str | None,
                 home: str | None = None, context: Context | None = None) -> None:
        self.view, self.sdoc, self.kb, self.lex, self.date, self.home = view, view.sdoc, kb, lex, date, home
        self.context = context or Context()
        self.history: list[Actor] = []
        self.name_parts: dict[str, Actor] = {}
        self._pairs: dict[int, tuple[Actor, Actor] | None] = {}

    def resolve(self, phrase: Phrase) -> Actor | None:
        handler = getattr(self, f"_{phrase.kind}")
        actor = handler(phrase)
        if actor is not None and phrase.party is not None:
            self._with_party(actor, phrase.party, phrase)
        if actor is not None:
            actor.sentence, actor.position = self.view.sent_id[phrase.start], phrase.start
            if not self._speaker_label(phrase):  # `STANDARD: Obwohl sie ...`: no one a pronoun refers to
                self.history.append(actor)
            if actor.person and actor.name:
                self._remember_name(actor)
        return actor

    def _speaker_label(self, phrase: Phrase) -> bool:
        words = self.view.words
        return self.view.starts_sentence(phrase.start) and phrase.end < len(words) and words[phrase.end] == ":"

    def _with_party(self, actor: Actor, party: Item, phrase: Phrase) -> None:
        """ "Karl Schnell (FPÖ)": a person named with a party is of its country and, without an office
        at the date, of the party sector."""
        entry = self._national_item(party, phrase) if party.kind == "national" else self.kb.get(party.ref)
        country = entry.country if entry is not None else self.context.country(
            self.view.sent_id[phrase.start], phrase.start, self.home)
        actor.country = actor.country or country
        actor.sector = actor.sector or "PTY"

    def _national_item(self, item: Item, phrase: Phrase) -> Entry | None:
        """The body a generic name in a compound or in parentheses denotes in the article's country."""
        country = self.context.country(self.view.sent_id[phrase.start], phrase.start, self.home)
        return self.kb.national(item.ref, country, self.lex.lang)

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
        if hit.entity.kind == "person":  # a surname that is also a word is a person when a party follows
            weak = all(i.weak for i in hit.items if i.kind == "person") and phrase.party is None
            return self._person(people, weak=weak, phrase=phrase)
        if hit.entity.kind in ("adj", "demonym") and self.kb.entries[hit.entity.ref].kind == "place":
            return None  # "die Wiener Gastronomie": a city's adjective names no actor alone
        if phrase.singular:  # "der Russe": the last Russian named
            country = self.kb.entries[hit.entity.ref].country
            earlier = next((a for a in reversed(self.history) if a.person and a.country == country), None)
            if earlier is not None:
                return Actor("descriptor", earlier.name, earlier.country, earlier.org, earlier.sector,
                             earlier.kb_id, person=True, gender=earlier.gender, source=earlier.source)
        actor = self._entry_actor(hit.entity, phrase.is_place)
        if actor.source == "org":
            actor.gender = self._body_gender(phrase)
        return actor

    def _body_gender(self, phrase: Phrase) -> str:
        """The gender a pronoun takes up a named body with: that of the last word before the name's
        first lower-case word (`Internationaler Strafgerichtshof`, `UN-Hochkommissar für Menschenrechte`:
        er; `Europäische Kommission`: sie)."""
        words = self.view.words[phrase.hit.start:phrase.hit.end]
        head = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
        endings = tuple(self.lex.words.get("masculine_body_ending", ()))
        return "m" if head and endings and words[head - 1].lower().endswith(endings) else "f"

    def _compound(self, phrase: Phrase) -> Actor | None:
        item = phrase.hit.owner
        if item is not None and item.kind == "national":
            entry = self._national_item(item, phrase)
            item = Item(entry.kind, entry.kb_id) if entry is not None else None
        if item is None:
            return None
        entry = self.kb.get(item.ref)
        place = item.kind == "country" or (item.kind == "place" and entry is not None and not entry.head_role)
        actor = self._entry_actor(item, place)
        actor.is_place = place
        return actor

    def _entry_actor(self, item: Item, is_place: bool) -> Actor:
        named = item.kind not in ("country", "adj", "demonym")  # "Deutschland" is Germany in Vienna too
        entry = self.kb.entries[self.kb.variant(item.ref, self.home) if named else item.ref]
        if item.kind in ("adj", "demonym", "country"):
            return Actor("country", entry.name, entry.country, None, None, entry.kb_id, is_place, source=item.kind,
                         gender=entry.gender)
        if item.kind == "place" and (is_place or entry.is_city):
            return Actor("place", entry.name, entry.place_country or entry.country, None, None, entry.kb_id, is_place,
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
        """Of several people with the name: one whose office at the date the descriptor names, else one
        in office, else anyone; among equals one of the article's countries ("Sobotka" in Vienna)."""
        if len(candidates) == 1:
            return candidates[0]
        homes = [c for c in (self.context.dateline, self.context.focus, self.home) if c]
        until = (period(self.date) or ("9999-12-31", "9999-12-31"))[1]

        def score(kb_id: str) -> tuple[int, int, str, int]:
            roles = self.kb.roles_at(kb_id, self.date)
            fits = descriptor is not None and any(self._fits(r, descriptor) for r in roles)
            countries = {self.kb.entries[kb_id].country} | {r.country for r in roles}
            local = min((homes.index(c) for c in countries if c in homes), default=len(homes))
            # the one in office most recently before the date ("Clinton" in 2016: Hillary)
            latest = max((r.days()[0] for r in self.kb.entries[kb_id].roles if r.days()[0] <= until), default="")
            return (0 if fits else 1 if roles else 2, local, _negate_day(latest), candidates.index(kb_id))

        return min(candidates, key=score)

    def _fits(self, role, descriptor: Descriptor) -> bool:
        """Whether an office is one the descriptor names: by title where it lists titles, else by role."""
        if descriptor.titles:
            keys, loose = descriptor.titles, descriptor.role == "other"  # "Landeshauptmann von Kärnten"
            return title_matches(role.title_de, keys, loose=loose) or title_matches(role.title_en, keys, loose=loose)
        return descriptor.role is not None and role_matches(descriptor.role, role.role)

    def _person_actor(self, kb_id: str, kind: str) -> Actor:
        info = self.kb.actor(kb_id, self.date, prefer=(self.context.dateline, self.context.focus, self.home))
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
        actor = Actor("name", name, person=True, gender="m", source="unknown")
        if phrase.affiliation is not None:  # `Nevena Milutinovic von Save the Children`: of that organisation
            body = self._entry_actor(phrase.affiliation, False)
            actor.country, actor.org, actor.sector = body.country, body.org, body.sector
        return actor

    def _organisation(self, phrase: Phrase) -> Actor | None:
        """A company, federation or union the KB does not know, in the country of its context."""
        start, end = phrase.unknown
        country = self.context.country(self.view.sent_id[start], start, self.home)
        return Actor("org", self.sdoc[start:end].text, country, None, phrase.sector, source="unknown")

    # --- pronouns -----------------------------------------------------------------------------

    def _pronoun(self, phrase: Phrase) -> Actor | None:
        found = None
        if "demonstrative" in phrase.flags:
            found = self._sole_previous_person(phrase.gender or "m", phrase.start)
        else:
            if self.view.starts_sentence(phrase.start):
                gender = phrase.gender or "m"
                found = self._previous_subject(gender, phrase.start)
                if found is None and gender == "m":  # no man there: a body a masculine noun names
                    found = self._previous_subject("mb", phrase.start)
            nominative = "Nom" in morph_values(self.sdoc[phrase.start], "Case")
            found = found or self._antecedent(phrase.gender or "m", phrase.start, outside_clause=True,
                                              subject=nominative)
        if found is None:
            return None
        return Actor("pronoun", found.name, found.country, found.org, found.sector, found.kb_id,
                     person=found.person, gender=found.gender, source=found.source)

    def _antecedent(self, gender: str, position: int, same_sentence_first: bool = False,
                    outside_clause: bool = False, subject: bool = False) -> Actor | None:
        fitting = [a for a in self.history if a.position < position and _agrees(a, gender)]
        if outside_clause:
            fitting = [a for a in fitting if not self._same_clause(a.position, position)]
        if not fitting:
            return None
        if same_sentence_first:
            sentence = self.view.sent_id[position]
            local = [a for a in fitting if a.sentence == sentence and a.person]
            if local:
                return local[0]
        last = fitting[-1]
        if subject and self._embedded(last.position):
            # `Die Regierung gab vor der Präsentation der Kommission bekannt, dass sie ...`: a subject
            # pronoun takes up a phrase of its own, not one inside another
            unembedded = [a for a in fitting if a.sentence == last.sentence and not self._embedded(a.position)]
            return unembedded[-1] if unembedded else last
        return last

    def _embedded(self, position: int) -> bool:
        """A phrase inside another: after a preposition, or a genitive after a noun."""
        article = position if self.sdoc[position].pos_ == "DET" else position - 1
        if article < 0 or self.sdoc[article].pos_ != "DET":
            article = None
        start = position if article is None else article
        if start == 0:
            return False
        before = self.sdoc[start - 1]
        return before.pos_ == "ADP" or (before.pos_ in ("NOUN", "PROPN") and article is not None
                                        and self.lex.word("genitive", self.view.words[article].lower()))

    def _previous_subject(self, gender: str, position: int) -> Actor | None:
        """`Die USA haben keinen Hinweis, dass die Diplomaten ... Sie würden aber ...`: a pronoun
        opening a sentence continues the topic, the first fitting actor of the sentence before."""
        sentence = self.view.sent_id[position]
        before = [a for a in self.history if a.sentence == sentence - 1 and _agrees(a, gender)]
        before.sort(key=lambda a: self._in_partitive(a.position))  # the one picked, named after it
        return before[0] if before else None

    def _sole_previous_person(self, gender: str, position: int) -> Actor | None:
        """`Ursprünglich soll Karayazili Spitzenkandidat gewesen sein. Dieser trat zurück.`: a
        demonstrative takes up the one fitting person of the sentence before. Of several it takes up
        the later, not the subject (`Musk machte dem Hacker ein Angebot. Dieser lehnte ab.`), which the
        phrases alone do not tell reliably: then it stays open."""
        sentence = self.view.sent_id[position]
        named = [a for a in self.history if a.sentence == sentence - 1 and a.person and a.name and _agrees(a, gender)]
        return named[0] if len({a.kb_id or a.name for a in named}) == 1 else None

    def _in_partitive(self, position: int) -> bool:
        """`Einer der Attentäter wurde als Samy A. identifiziert`: the group one is picked from."""
        words = self.view.words
        return position >= 1 and self.lex.word("genitive", words[position].lower()) \
            and self.lex.word("partitive", words[position - 1].lower())

    def _same_clause(self, start: int, end: int) -> bool:
        if self.view.sent_id[start] != self.view.sent_id[end]:
            return False
        return not any(self.lex.word("clause_boundary", w) for w in self.view.words[start + 1 : end])

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
            actor = self._in_context(base, phrase)
            plain = self.lex.match_descriptor(phrase.hit.text) == descriptor  # not `Kammerpräsident`
            holder = self._office_holder(descriptor, actor.country) if plain and owner is None else None
            if holder is not None and self._named_as(holder, name):
                return self._person_actor(holder, "descriptor")  # `Verteidigungsminister Carter`
            if holder is not None:
                actor.country = self._country_of_unknown_holder(descriptor, phrase) or actor.country
            elif plain and owner is None and descriptor.role:
                actor.country = self._country_of_unknown_holder(descriptor, phrase, recent_only=True) or actor.country
            return actor
        national = self._national(phrase, owner)
        if national is not None:
            return national
        handler = getattr(self, f"_d_{descriptor.type}", self._d_person)
        actor = handler(phrase, descriptor, owner)
        if actor is not None and owner is None and descriptor.type not in ("country_ref", "age_ref"):
            actor = self._in_context(actor, phrase)
        return actor

    def _national(self, phrase: Phrase, owner: Actor | None) -> Actor | None:
        """A generic name that means one institution in a country: "das Innenministerium" in a Vienna
        report, "das russische Außenministerium", "die Sozialdemokraten" in Sweden."""
        head = phrase.head_word
        if not head or phrase.flags & {"former", "then"}:
            return None
        if owner is not None:
            country = owner.country if not owner.org else None
        elif phrase.owner_ref or phrase.owner_phrase or not phrase.definite and phrase.det is not None:
            return None
        else:
            country = self.context.country(self.view.sent_id[phrase.start], phrase.start, self.home)
        entry = self.kb.national(head, country, self.lex.lang)
        if entry is None and owner is None:
            entry = self._national_of_country_named(head, phrase)
        if entry is None:
            return None
        return self._entry_actor(Item(entry.kind, entry.kb_id), False)

    def _national_of_country_named(self, head: str, phrase: Phrase) -> Entry | None:
        """`US-Präsident Obama ... Er werde jedes Gesetz des Kongresses blockieren` in a Vienna report: a name
        only one country's institution bears is that one where this sentence or the one before names it."""
        countries = self.kb.national_countries(head, self.lex.lang)
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        sentence = self.view.sent_id[phrase.start]
        named = any(a.country == country for a in self.history if a.sentence >= sentence - 1)
        return self.kb.national(head, country, self.lex.lang) if named else None

    def _in_context(self, actor: Actor, phrase: Phrase) -> Actor:
        """A national body or person without an owner ("die Polizei", "ein Soldat") is of the country
        the article is set in: its dateline, a place in the sentence, its most named country."""
        if phrase.descriptor is None:
            return actor
        # "Ex-Sozialminister X": out of office, still of the country
        sector = phrase.descriptor.sector if "former" in phrase.flags else actor.sector
        if actor.country or actor.org or actor.kb_id or sector not in NATIONAL_SECTORS:
            return actor
        if "other" in phrase.flags:  # `Ungarn und andere Staaten`: not the ones the text is about
            return actor
        if phrase.descriptor.default:
            return actor
        # (`das Regime` is the one the text is about, not the dateline's government)
        sentence = self.view.sent_id[phrase.start]
        named = self._last_country_named(phrase.start) \
            if phrase.descriptor.needs == "named" and sentence not in self.context.scenes else None
        actor.country = self._recent_country(actor.sector, phrase) or named or self.context.country(
            sentence, phrase.start, self.home)
        return actor

    def _office_holder(self, descriptor: Descriptor, country: str | None) -> str | None:
        """The one holder the KB knows of the office a plain role noun names, in `country` at the date.
        An unknown name with that role (`Außenminister Nikola Poposki` in an Austrian paper, where the
        KB knows Austria's foreign minister) is then another country's."""
        if country is None or descriptor.type != "person" or not descriptor.role or descriptor.plural:
            return None
        return self._single_holder(descriptor.role, country, None, descriptor.titles)

    def _named_as(self, kb_id: str, name: str) -> bool:
        """Whether `name` is a short form of the person's KB name (its last word, `Carter`)."""
        entry = self.kb.get(kb_id)
        return entry is not None and any(form.split()[-1] == name.split()[-1] for form in entry.names.get("*", []))

    def _country_of_unknown_holder(self, descriptor: Descriptor, phrase: Phrase,
                                   recent_only: bool = False) -> str | None:
        """The country whose holder of the office the KB does not know: one named in this sentence or the one
        before (`Bulgarien baut ... aus. ..., sagte Außenminister Daniel Mitrow`), else (unless `recent_only`)
        the one the article names most, if any."""
        sentence = self.view.sent_id[phrase.start]
        recent = [a.country for a in reversed(self.history)
                  if a.sentence >= sentence - 1 and a.country and not a.is_place]
        by_tally = [] if recent_only else sorted(self.context.tally, key=lambda c: -self.context.tally[c])
        for country in dict.fromkeys(recent + by_tally):
            entry = self.kb.get(country)
            if entry is not None and entry.kind == "country" and self._office_holder(descriptor, country) is None:
                return country
        return None

    def _recent_country(self, sector: str | None, phrase: Phrase) -> str | None:
        """ "die syrische Regierung ... das Regime": the country of an actor of the same sector in this
        sentence or the one before; a state named by its name that opened the sentence before counts as its
        government (`Die USA äußerten sich besorgt. Außenamtssprecher John Kirby ...`)."""
        sentence = self.view.sent_id[phrase.start]
        if sentence in self.context.scenes:
            return None  # `In Wien nahm die Polizei ...`: the scene's
        opener_before = next((a for a in self.history if a.sentence == sentence - 1), None) if sector == "GOV" else None
        if opener_before is not None and opener_before.position - self.view.sent_bounds[sentence - 1][0] > 1:
            opener_before = None  # (the subject opening it, `Die USA äußerten ...`; not `Ansuchen an USA und Irland`)
        for earlier in reversed(self.history):
            if earlier.sentence < sentence - 1:
                break
            state = sector == "GOV" and earlier is opener_before and earlier.source == "country"
            if (earlier.sector == sector or state) and earlier.country and not earlier.org and not earlier.is_place:
                return earlier.country
        return None

    # --- "die beiden Länder" ----------------------------------------------------------------------

    def _pair(self, phrase: Phrase) -> Actor | None:
        """One half of "die beiden Länder"/"der beiden Politiker": the first or second of the two
        countries or people named last (in the order they were named)."""
        key = phrase.hit.start
        if key not in self._pairs:
            self._pairs[key] = self._pair_referents(phrase)
        found = self._pairs[key]
        if found is None:
            if phrase.pair:
                return None
            whole = Phrase(phrase.start, phrase.hit.end, "descriptor", hit=phrase.hit, det=phrase.det,
                           flags=set(phrase.flags), gender=phrase.hit.head.gender)
            phrase.end = whole.end  # the mention spans the whole group ("jener beiden Männer, die ...")
            return self._descriptor(whole)
        earlier = found[phrase.pair or 0]
        return Actor("descriptor", earlier.name, earlier.country, earlier.org, earlier.sector, earlier.kb_id,
                     person=earlier.person, gender=earlier.gender, source=earlier.source)

    def _pair_referents(self, phrase: Phrase) -> tuple[Actor, Actor] | None:
        """The two countries (or people) the pair means: from the sentences just before (and the start of
        its own), widened until two are named; among more than two, the ones the article names most
        ("Die USA sind besorgt über die Beziehungen der beiden Länder": Russia and North Korea)."""
        head = self.view.words[phrase.hit.start]
        countries = phrase.hit.head.type == "country_ref" or self.lex.word("country_plural", head)
        sides = phrase.hit.head.type == "side_ref"
        earlier = [a for a in self.history if a.position < phrase.start]

        def key(actor: Actor) -> str | None:
            if actor.kind == "pronoun":
                return None
            if sides:  # "beide Seiten": the two parties named last, whatever they are (rebels and government)
                if actor.is_place or actor.sector == "JUD":
                    return None  # (a court judges between the sides)
                if actor.country and not actor.org and (actor.sector in ("GOV", "MIL") or actor.source == "country"):
                    return actor.country  # (Xi Jinping, Peking and China are one side)
                sided = actor.country or actor.sector
                return actor.kb_id or actor.org or actor.name or sided and f"{actor.country}/{actor.sector}"
            if countries:  # (a town only says where: `Sondersitzung in Brüssel` names no side)
                return actor.country if actor.kind != "place" else None
            return (actor.kb_id or actor.name) if actor.person and actor.name and actor.kind != "pronoun" else None

        counts: dict[str, int] = {}
        for actor in earlier:
            k = key(actor)
            if k:
                counts[k] = counts.get(k, 0) + 1
        sentence = self.view.sent_id[phrase.start]

        def named_in(first: int, last: int) -> dict[str, Actor]:
            found: dict[str, Actor] = {}
            for actor in earlier:
                k = key(actor)
                if first <= actor.sentence <= last and k and k not in found:
                    found[k] = actor
            return found

        # its own sentence or one of the two before names both ("Putin reist nach Vietnam. ... beider
        # Länder"), else the article's two most named countries of the last sentences; "beide Seiten" are always
        # the two the last sentences name most (not whoever calls on them: `Die Nato rief beide Seiten auf`)
        window: dict[str, Actor] = {}
        for back in () if sides else (sentence, sentence - 1, sentence - 2):
            window = named_in(back, back) if back >= 0 else {}
            if len(window) >= 2:
                break
        else:
            window = named_in(max(0, sentence - 8), sentence - 1)
        if len(window) < 2:
            return None
        order = list(window)
        best = sorted(order, key=lambda k: (-counts[k], order.index(k)))[:2]
        first, second = sorted((window[k] for k in best), key=lambda a: a.position)
        if countries:
            return self._country_actor(first.country), self._country_actor(second.country)
        # two states' sides are the states (not who spoke for them)
        if sides and None not in (first.country, second.country) and first.country != second.country:
            first, second = (self._country_actor(a.country) if key(a) == a.country else a for a in (first, second))
        return first, second

    def _country_actor(self, country: str) -> Actor:
        entry = self.kb.entries[country]
        return Actor("country", entry.name, entry.country, kb_id=entry.kb_id, source="country", gender=entry.gender)

    def _owner(self, phrase: Phrase) -> Actor | None:
        """The actor the phrase's owner stands for (entry, possessive antecedent, inner phrase)."""
        if phrase.owner is not None:
            item = phrase.owner
            if item.kind == "national":
                entry = self._national_item(item, phrase)
                return self._entry_actor(Item(entry.kind, entry.kb_id), False) if entry is not None else None
            if item.kind == "person":
                return self._person_actor(item.ref, "name")
            return self._entry_actor(item, False)
        if phrase.owner_ref and phrase.owner_ref.startswith("possessive:"):
            gender = phrase.owner_ref.split(":", 1)[1]
            return self._antecedent(gender, phrase.start, same_sentence_first=True)
        if phrase.owner_ref and phrase.owner_ref.startswith("name:"):
            return self.name_parts.get(phrase.owner_ref.split(":", 1)[1])
        if phrase.owner_phrase is not None:
            return getattr(self, f"_{phrase.owner_phrase.kind}")(phrase.owner_phrase)
        return None

    def _base(self, descriptor: Descriptor, owner: Actor | None, phrase: Phrase) -> Actor:
        sector = descriptor.sector
        if descriptor.type == "inherit" and owner is not None and owner.source != "country":
            sector = owner.sector or sector
        if owner is not None and owner.source == "unknown" and owner.kind == "org":
            sector = owner.sector  # `der Präsident des Deutschen Fußballbundes` holds no state office
        if sector == "IGO" and owner is not None and not owner.org:
            sector = owner.sector if owner.source in ("org", "institution") and owner.sector else "GOV"
        if "former" in phrase.flags:
            sector = None
        country = owner.country if owner else None
        org = owner.org if owner else None
        if owner is None and descriptor.default:
            default = self.kb.get(self.kb.variant(descriptor.default, self.home))
            country = default.country if default else None
            org = default.org if default and default.kind == "org" else org
        return Actor("descriptor", None, country, org, sector, gender=self._gender(phrase), source=descriptor.type,
                     person=descriptor.type in PERSON_TYPES and not self._plural(phrase), descriptor=descriptor.index)

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
        before = [self.sdoc[i] for i in range(phrase.start, phrase.hit.start)]
        if all(t.like_num or t.pos_ == "ADJ" for t in before) and phrase.person is None and phrase.unknown is None:
            # `Vertreter der Eurostaaten haben ...`, `100 ausländische Beamte`: a bare noun of both forms (no
            # owner before it: `Nordkoreas Machthaber`), as the tagger reads it
            return morph_values(self.sdoc[phrase.hit.end - 1], "Number") == ("Plur",)
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
        actor.descriptor = descriptor.index
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
        word = self.view.words[phrase.hit.start]
        spokesperson = self.lex.word("spokesperson", word) and not self._plural(phrase) \
            and not (phrase.definite and any(a.descriptor == descriptor.index for a in self.history))
        members = self.lex.word("members", word) and phrase.definite
        if owner is None and (spokesperson or members):
            owner = self._organisation_before(phrase)  # (`der Sprecher` after one named before: that one)
            if members and owner is not None:
                return self._referring_to(owner)  # (the members acting together: the body itself)
        return self._base(descriptor, owner, phrase)

    def _organisation_before(self, phrase: Phrase) -> Actor | None:
        """The organisation (or a state's body the KB knows, `Das Außenministerium in Peking`) that opened the
        sentence before: whom `ein Sprecher` speaks for."""
        sentence = self.view.sent_id[phrase.start]
        first = next((a for a in self.history if a.sentence == sentence - 1), None)
        known = first is not None and (first.org or first.kb_id)
        return first if known and first.source in ("org", "institution") else None

    def _d_group(self, phrase: Phrase, descriptor: Descriptor, owner: Actor | None) -> Actor | None:
        if owner is not None and owner.source in ("org", "institution") and owner.sector == descriptor.sector:
            return owner  # "the Law and Justice party", "die Hamas-Miliz": the body itself
        base = self._base(descriptor, owner, phrase)
        if owner is not None or self._plural(phrase):
            return base
        found = self._group_antecedent(phrase, base)
        # `die Kommission` with no body of that name before it: which one is not said
        return None if found.sector == "IGO" and not found.org else found

    def _group_antecedent(self, phrase: Phrase, base: Actor) -> Actor:
        """"den Gerichtshof" after "der Internationale Strafgerichtshof"; "die Islamisten" after "die Hamas"."""
        if phrase.det is None or not phrase.definite or base.country or base.org or phrase.owner_ref \
                or phrase.owner_phrase or phrase.descriptor.needs == "new":
            return base
        any_body = not phrase.descriptor.sector  # `die Organisation`: whichever body was named last
        scene = self.context.scenes.get(self.view.sent_id[phrase.start])
        for earlier in reversed(self.history):
            if scene and earlier.country and earlier.country != scene:
                continue  # `In Athen demonstrierten Tausende vor dem Parlament`: not the Bundestag named before
            if earlier.source in ("org", "institution") and (
                    any_body or (earlier.sector == base.sector and self._may_refer_to(phrase, earlier))):
                return self._referring_to(earlier)
        return base

    @staticmethod
    def _referring_to(earlier: Actor) -> Actor:
        """A descriptor that stands for a body named before."""
        return Actor("descriptor", earlier.name, earlier.country, earlier.org, earlier.sector,
                     earlier.kb_id, gender=earlier.gender, source=earlier.source)

    def _may_refer_to(self, phrase: Phrase, earlier: Actor) -> bool:
        """A government noun refers back to an executive ("die Regierung" after "Bundesregierung", not
        after "Volksanwaltschaft") or to a body whose name it ends ("das Ministerium"); an international
        body's noun only to a body whose name it ends ("die Kommission" after "EU-Kommission", not
        after "Europarat"; "die Polizei" not after "Europol")."""
        body = self.kb.get(earlier.org) if earlier.org and not earlier.country else None
        international = body is not None and body.sector == "IGO"
        if earlier.sector not in ("GOV", "IGO") and not international:
            return True
        entry = self.kb.get(earlier.kb_id) if earlier.kb_id else None
        if entry is None or entry.head_role in ("head_of_state", "head_of_government"):
            return True
        head = phrase.head_word.lower()
        return any(form.lower().endswith(head) for form in entry.forms(self.lex.lang))

    def _d_country_ref(self, phrase: Phrase, descriptor: Descriptor, owner: Actor | None) -> Actor | None:
        if owner is None and (self._plural(phrase) or not phrase.definite):
            return None  # "die Länder" without "beide", "ein Land", "jedes andere Land": which ones is not said
        if owner is not None and owner.country:
            entry = self.kb.get(owner.country)
        else:
            entry = self.kb.get(self._last_country_named(phrase.start) or "")
        if entry is None:
            return None
        return Actor("descriptor", entry.name, entry.country, kb_id=entry.kb_id, source="country",
                     gender=entry.gender)

    def _last_country_named(self, position: int) -> str | None:
        """The country named last before `position`, as an actor or anywhere else ("Briefkastenfirmen in
        Panama ... warf dem Land vor")."""
        # (`seit einem nordkoreanischen Atomtest – dem vierten des Landes`: an adjective names it too)
        actor = next((a for a in reversed(self.history) if a.position < position and (
            a.source == "country" or (a.kind == "country" and not a.is_place))), None)
        named = [(start, country) for start, country in self.context.country_names if start < position]
        if named and (actor is None or named[-1][0] > actor.position):
            return named[-1][1]
        return actor.country if actor is not None else None

    def _d_side_ref(self, phrase: Phrase, descriptor: Descriptor, owner: Actor | None) -> Actor | None:
        return None  # "die Seiten" means someone only as "beide Seiten"

    def _d_age_ref(self, phrase: Phrase, descriptor: Descriptor, owner: Actor | None) -> Actor | None:
        last = next((a for a in reversed(self.history) if a.person and a.name), None)
        if last is None or not phrase.definite:
            # `Die Polizei schoss auf den 21-Jährigen`, `Ein Mann griff ... an`: someone the text does not name
            country = self.context.country(self.view.sent_id[phrase.start], phrase.start, self.home)
            return Actor("descriptor", None, country, None, "CVL", None, person=True, source="unknown")
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
        if owner is not None and owner.source == "unknown":
            return None  # the KB knows no office in an organisation it does not know
        if owner is not None and (owner.country or owner.org):
            return self._single_holder(role, owner.country, owner.org, titles, owner)
        earlier = self._role_antecedent(role, titles, roles, descriptor)
        if earlier is not None or not phrase.definite:
            return earlier
        default = self.kb.get(self.kb.variant(descriptor.default, self.home)) if descriptor.default else None
        if default is None:
            # "Ankara – Der Präsident ...": the office of the country the article is set in
            if role is None and not titles:
                return None
            country = self._recent_country(descriptor.sector, phrase) or self.context.country(
                self.view.sent_id[phrase.start], phrase.start, self.home)
            return self._single_holder(role, country, None, titles) if country else None
        return self._single_holder(role, default.country, default.org if default.kind == "org" else None, titles)

    def _single_holder(self, role: str | None, country: str | None, org: str | None, titles: frozenset[str],
                       owner: Actor | None = None) -> str | None:
        """The one holder of the office at the date; None where several hold it at once (nine
        Landeshauptleute) unless the owner is a region whose name the title holds ("Kärntner
        Landeshauptmann": "Landeshauptmann von Kärnten")."""
        found = self.kb.holders(role, country, org, self.date, titles)
        region = self.kb.get(owner.kb_id) if owner is not None and owner.kb_id else None
        if region is not None and (region.is_region or region.is_city):
            names = set(region.names.get("de", [])) | set(region.names.get("en", []))
            found = [r for r in found if any(n in r.title_de or n in r.title_en for n in names)]
        if not found:
            return None
        if len(found) > 1 and found[1].kb_id != found[0].kb_id and self._concurrent(found[0], found[1]):
            return None
        return found[0].kb_id

    def _concurrent(self, a, b) -> bool:
        """Whether two offices were both held throughout the article date (not handed over within it)."""
        when = period(self.date)
        if when is None:
            return a.end is None and b.end is None
        return all(r.days()[0] < when[0] and r.days()[1] > when[1] for r in (a, b))

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
        people = [a for a in reversed(self.history) if a.person and a.sector == base.sector and a.name]
        # "der Diplomat" is the ambassador named before, not the minister named since
        same_role = [a for a in people if a.descriptor == base.descriptor]
        earlier = (same_role or people or [None])[0]
        if earlier is None:
            return base
        return Actor("descriptor", earlier.name, earlier.country, earlier.org, earlier.sector, earlier.kb_id,
                     person=True, gender=earlier.gender, source=earlier.source, descriptor=earlier.descriptor)

    def _as_person(self, kb_id: str | None, base: Actor) -> Actor:
        if kb_id is None:
            return base
        actor = self._person_actor(kb_id, "descriptor")
        actor.sector = actor.sector or base.sector
        actor.gender = base.gender if base.gender == "f" else actor.gender
        return actor


def _negate_day(day: str) -> str:
    """A sort key that orders ISO days latest first."""
    return "".join(chr(0x7F - ord(c)) for c in day)


def _agrees(actor: Actor, gender: str) -> bool:
    """Whether a pronoun of `gender` (m, mb = a man or a masculine body, f, fp, fs = feminine singular,
    p = plural, n) can refer to `actor`."""
    if actor.is_place or actor.kind == "place":
        return False
    if gender == "fs":  # one woman, or a feminine body; not a group
        if actor.person:
            return actor.gender == "f"
        return actor.gender != "p" and (actor.source in ("org", "institution") or actor.gender == "f")
    if gender == "p":  # not one woman, nor a body a feminine noun names (`die Polizei`), but a named one may be
        singular = actor.gender == "f" and (actor.person or actor.source not in ("org", "institution", "country"))
        return not singular and _agrees(actor, "fp")
    if gender == "m":
        return actor.person and actor.gender != "f"
    if gender == "mb":  # a man, or a body named by a masculine noun (`Der Sicherheitsrat tagte. Er ...`)
        return actor.gender != "f" if actor.person else actor.gender == "m" and actor.source == "org"
    if gender == "mn":  # "sein": a man, or a masculine or neuter country or body
        return actor.gender != "f" and (actor.person or actor.gender in ("m", "n", None)) and actor.source != "org"
    if gender == "f":
        return actor.person and actor.gender == "f"
    if actor.person:
        return actor.gender in ("f", "p")
    return actor.source in ("org", "institution") or actor.gender in ("f", "p")
