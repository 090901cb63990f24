"""Group hits into actor phrases: a descriptor with its determiner, adjectives, owner ("Russlands",
"des Weißen Hauses") and apposed name ("US-Außenminister John Kerry"); names; pronouns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from lagebild.actors.matching import UNKNOWN_BODY, DocView, Hit, is_acronym
from lagebild.kb import load
from lagebild.kb.lexicon import Descriptor, Item, Lexicon
from lagebild.kb.tables import data_path, inflect, read_lines
from lagebild.lang import word_list
from lagebild.nlp.syntax import attribute_opener, morph_values

OWNER_KINDS = ("country", "place", "org", "institution")
PLACE_KINDS = ("country", "place")
PERSON_TYPES = ("person", "leader", "head", "inherit")
MAX_COMPLEMENT = 12  # words of a genitive complement or bracket between a role and its apposed name
COMPLEMENT_MARKS = ("(", ")")
_AGE = re.compile(r"^\d+-?[a-zäöü]*$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")  # `N.`: a surname cut to its initial
_ADJ_ENDINGS = {"de": ("e", "en", "er", "es", "em")}


@dataclass
class Phrase:
    """A candidate actor mention over tokens [start, end)."""

    start: int
    end: int
    kind: str  # descriptor | entity | compound | pronoun | unknown | namepart | organisation
    hit: Hit | None = None
    owner: Item | None = None
    owner_ref: str | None = None
    owner_phrase: Phrase | None = None
    person: Hit | None = None
    unknown: tuple[int, int] | None = None
    flags: set[str] = field(default_factory=set)
    definite: bool = True
    det: str | None = None
    is_place: bool = False
    sector: str | None = None  # an organisation the KB does not know: the sector its name tells
    singular: bool = False
    gender: str | None = None
    pair: int | None = None  # "die beiden | Länder": which of the two referents this half denotes
    party: Item | None = None  # "Karl Schnell (FPÖ)": the party in parentheses
    affiliation: Item | None = None  # "Nevena Milutinovic von Save the Children": the organisation named after

    @property
    def descriptor(self) -> Descriptor | None:
        return self.hit.head if self.hit is not None else None

    @property
    def head_word(self) -> str:
        """The last part of the matched word: `Botschafter` in `UNO-Botschafter`."""
        return self.hit.text.rsplit("-", 1)[-1] if self.hit is not None else ""


class PhraseBuilder:
    """Builds the phrases of one document (one instance per document)."""

    def __init__(self, view: DocView, hits: list[Hit], lex: Lexicon) -> None:
        self.view, self.sdoc, self.words, self.hits, self.lex = view, view.sdoc, view.words, hits, lex
        sdoc = view.sdoc
        self.by_start = {h.start: h for h in hits}
        self.by_end = {h.end: h for h in hits}
        self.used: set[int] = set()
        self.surnames: set[int] = set()  # place names and namesakes' surnames that are part of a name here
        self.forenames: dict[int, int] = {}  # a known person's given names before another's surname: start → end
        self.spelt_otherwise: dict[int, int] = {}  # a known person's surname → the first name before it
        self.has_pos = sdoc.has_annotation("POS")
        self.has_ner = sdoc.has_annotation("ENT_IOB") and any(e.label_ == "PER" for e in sdoc.ents)
        self.parts = self._name_parts([Phrase(h.start, h.end, "entity", hit=h) for h in hits if h.has("person")])

    def build(self) -> list[Phrase]:
        self._drop_surname_places()
        phrases = [self._descriptor(h) for h in self.hits if h.head is not None and h.start not in self.used]
        phrases = [p for p in phrases if p is not None and self._complete(p)]
        phrases += self._namesakes()
        for start, end in self.forenames.items():
            phrases.append(Phrase(start, end + 1, "unknown", unknown=(start, end + 1)))
            self.used.update(range(start, end + 1))
        for hit in self.hits:
            if self._money(hit):
                continue
            if hit.start not in self.used and (hit.entity is not None or hit.mods):
                phrases.append(self._entity(hit) if hit.entity is not None else Phrase(hit.start, hit.end, "compound",
                                                                                       hit=hit))
                self.used.add(hit.start)
        phrases.sort(key=lambda p: p.start)
        phrases = self._surnames_again(self._name_then_role(self._add_free_words(self._add_organisations(phrases))))
        self.dateline = self._dateline_tokens()
        for i, phrase in enumerate(phrases):
            if phrase.kind == "compound" or (phrase.kind == "entity" and phrase.hit.entity.kind in PLACE_KINDS) \
                    or self._adjective_of_place(phrase):
                phrase.is_place = self._is_place(phrase, phrases[i - 1] if i else None)
        phrases = [p for p in phrases if not self._weak_place(p) or self._bare_place(p)]
        phrases = self._attach_affiliations(self._attach_parties(self._titled_by_organisation(phrases)))
        return self._split_pairs(phrases)

    def _money(self, hit: Hit) -> bool:
        """`200 australische Dollar`: a currency, not the country its adjective names."""
        return hit.entity is not None and hit.entity.kind == "adj" and hit.end < len(self.words) \
            and bool(self.lex.word("currency", self.words[hit.end]))

    def _drop_surname_places(self) -> None:
        """`Generalmajor Yair Golan`: a place name after a role and an unknown first name is a surname;
        `Martina Kogler`: a known person's surname after another first name is a namesake's."""
        surnames: set[int] = set()
        for hit in self.hits:
            first = self._first_name_before(hit)
            if self._surname_place(hit) or (first is not None and self._namesake(hit, first)):
                surnames.add(hit.start)
            elif first is not None and _first_name_variant(self.words[first], hit):
                self.spelt_otherwise[hit.start] = first  # `Ahmed Davutoglu`: the KB's Ahmet
        self.surnames = surnames
        self.forenames = {h.start: h.end for h in self.hits
                          if h.start not in surnames and self._forenames_of_another(h)}
        if surnames or self.forenames:
            self.hits = [h for h in self.hits if h.start not in surnames and h.start not in self.forenames]
            self.by_start = {h.start: h for h in self.hits}
            self.by_end = {h.end: h for h in self.hits}

    def _surname_place(self, hit: Hit) -> bool:
        """A city or region right after a person's role, or after a role and an unknown first name
        (`Generalmajor Golan`, `Generalmajor Yair Golan`): no place but a surname."""
        if hit.end - hit.start != 1 or hit.head is not None or hit.entity is None or hit.entity.kind != "place":
            return False
        role = self.by_end.get(hit.start)
        if role is not None and role.head is not None:
            return role.head.type == "person" and role.head.plural is False
        first = hit.start - 1
        role = self.by_end.get(first)
        return (first >= 1 and self._name_word(first) and not _known_word(self.lex.lang, self.words[first])
                and role is not None and role.head is not None and role.head.type == "person")

    def _forenames_of_another(self, hit: Hit) -> bool:
        """`Juan Carlos Varela`: a known person the KB names by given names only (Spain's king), with an
        unknown surname after them that the tagger reads as a name, is someone else."""
        after = hit.end
        if hit.entity is None or hit.entity.kind != "person" or after >= len(self.words):
            return False
        if not all(word in _any_given_names() for word in self.words[hit.start:after]):
            return False
        if self.view.sent_id[after] != self.view.sent_id[hit.start] or not self._name_word(after):
            return False
        if _name_goes_on(hit, " ".join(self.words[hit.start:after + 1])):
            return False  # `Tsai Ing Wen`: the KB's `Tsai Ing-wen`, written apart
        tagged = self.has_ner and any(e.label_ == "PER" and e.start <= after < e.end for e in self.sdoc.ents)
        return tagged or not _known_word(self.lex.lang, self.words[after])

    def _namesake(self, hit: Hit, first: int) -> bool:
        """The surname of a person the KB knows by full name, after a first name that the KB gives
        that person in none of its spellings."""
        return not _first_name_variant(self.words[first], hit) and _has_full_name(hit)

    def _ends_in_role(self, word: str) -> bool:
        return any(self.lex.match_descriptor(word[cut].upper() + word[cut + 1:]) is not None
                   for cut in range(len(word) - 3))

    def _namesakes(self) -> list[Phrase]:
        """A namesake's first name and surname, not taken into a role phrase, are one unknown name."""
        found = []
        for i in sorted(self.surnames):
            first = i - 1
            if first >= 0 and first not in self.used and i not in self.used and first not in self.by_start \
                    and self._name_word(first):
                found.append(Phrase(first, i + 1, "unknown", unknown=(first, i + 1)))
                self.used.update((first, i))
        return found

    def _first_name_before(self, hit: Hit) -> int | None:
        """The unknown capitalised word right before a one-word person hit, in the same sentence."""
        first = hit.start - 1
        if hit.end - hit.start != 1 or hit.entity is None or hit.entity.kind != "person" or first < 0:
            return None
        if self.view.sent_id[first] != self.view.sent_id[hit.start] or not self._name_word(first):
            return None
        if self._ends_in_role(self.words[first]):
            return None  # `Digitalkommissar Oettinger`
        tagged = self.has_ner and any(e.label_ == "PER" and e.start <= first < e.end for e in self.sdoc.ents)
        return first if tagged or self.words[first] in _given_names() else None

    def _surnames_again(self, phrases: list[Phrase]) -> list[Phrase]:
        """`Netanjahu kritisierte Golan` after `Generalmajor Yair Golan`: the surname alone is the person."""
        if not self.surnames:
            return phrases
        named = {form: i for i in sorted(self.surnames, reverse=True)
                 for form in name_parts(self.words[i], self.lex.lang)}
        return [
            Phrase(p.start, p.end, "namepart")
            if p.kind == "entity" and p.end - p.start == 1 and named.get(self.words[p.start], p.start) < p.start
            else p
            for p in phrases
        ]

    def _complete(self, phrase: Phrase) -> bool:
        """Whether a noun that needs an owner or a determiner to be an actor has one ("die Botschaft
        in Kabul", not "eine klare Botschaft"; "die Führung", not "in Führung gehen")."""
        needs = phrase.descriptor.needs if phrase.descriptor is not None else None
        if needs is None or needs == "named":
            return True
        owned = phrase.owner is not None or phrase.owner_ref is not None or phrase.owner_phrase is not None
        bracketed = phrase.start > 0 and self.words[phrase.start - 1] == "("  # "Astrid Rössler (Grüne)"
        if needs == "new":  # `die Landesregierung` stands alone; `eine Koalition mit der FPÖ` is no body yet
            return owned or (phrase.det is not None and phrase.definite)
        fused = phrase.start > 0 and self.lex.word("contracted_article", self.words[phrase.start - 1].lower())
        named_owner = phrase.start > 0 and self._genitive_name(self.sdoc[phrase.start - 1])  # `Days Familie`
        # (`Eltern der Mädchen`: an owner the actors stage does not know as an actor)
        genitive_after = phrase.end < len(self.words) and self.lex.word("genitive", self.words[phrase.end])
        return owned or (needs == "det" and (phrase.det is not None or bracketed or fused or named_owner
                                             or genitive_after))

    @staticmethod
    def _genitive_name(token: Token) -> bool:
        return token.pos_ == "PROPN" and token.text.endswith("s") and not token.text.endswith("ss")

    # --- places: weak names, datelines ----------------------------------------------------------

    def _weak_place(self, phrase: Phrase) -> bool:
        hit = phrase.hit
        if phrase.kind != "entity" or hit is None:
            return False
        named = [item for item in hit.items if item.kind in ("place", "country", "org", "institution", "person")]
        return bool(named) and all(item.weak and item.kind == "place" for item in named)

    def _bare_place(self, phrase: Phrase) -> bool:
        """An ambiguous place name is a place only right after a preposition ("in Essen", not "nach dem
        Essen") or as the dateline."""
        if phrase.start in self.dateline:
            return True
        before = self.words[phrase.start - 1] if phrase.start else ""
        # "in Essen", "Grenzübergang Spielfeld"
        return self.lex.word("bare_locative", before) or self.lex.word("place_noun", before)

    def _dateline_tokens(self) -> set[int]:
        """First tokens of the place names of a dateline ("Wien – ", "Gaza/Jerusalem – ") in the first
        sentences."""
        for start, end in self.view.sent_bounds[:4]:
            i, names = start, []
            while i < end and i in self.by_start:
                hit = self.by_start[i]
                if hit.entity is None or hit.entity.kind not in PLACE_KINDS:
                    break
                names.append(i)
                i = hit.end
                if i < end and self.words[i] == "/":
                    i += 1
                    continue
                break
            if names and i < end and self.lex.word("dateline", self.words[i]):
                return set(names)
        return set()

    # --- party affiliation, pairs ---------------------------------------------------------------

    def _attach_parties(self, phrases: list[Phrase]) -> list[Phrase]:
        """ "Karl Schnell (FPÖ)": the party in parentheses after a person joins the person's mention."""
        kb = load()
        by_start = {p.start: p for p in phrases}
        dropped: set[int] = set()
        for phrase in phrases:
            k = phrase.end
            if not self._person_like(phrase) or k + 2 >= len(self.words) or self.words[k] != "(":
                continue
            inner = by_start.get(k + 1)
            if inner is None or inner.hit is None or inner.end >= len(self.words) or self.words[inner.end] != ")":
                continue
            item = inner.hit.entity
            if inner.kind == "descriptor" and inner.hit.text in self.lex.national and inner.descriptor.sector == "PTY":
                item = Item("national", inner.hit.text)  # "Peter Pilz (Grüne)"
            elif inner.kind != "entity":
                continue
            entry = kb.get(item.ref) if item is not None and item.kind in ("institution", "org") else None
            if item is None or (item.kind != "national" and (entry is None or entry.sector != "PTY")):
                continue
            phrase.party, phrase.end = item, inner.end + 1
            dropped.add(inner.start)
        return [p for p in phrases if p.start not in dropped]

    def _attach_affiliations(self, phrases: list[Phrase]) -> list[Phrase]:
        """`Nevena Milutinovic von Save the Children`, `Renate Anderl vom ÖGB`: an unknown person named with
        `von` and an organisation the KB knows belongs to it; the two are one mention, as with a role noun."""
        by_start = {p.start: p for p in phrases}
        dropped: set[int] = set()
        for phrase in phrases:
            k = phrase.end
            if phrase.kind != "unknown" or k + 1 >= len(self.words) or not self.lex.word("of", self.words[k]):
                continue
            org = by_start.get(k + 2 if self._determiner(self.words[k + 1].lower()) else k + 1)
            item = org.hit.entity if org is not None and org.kind == "entity" else None
            if item is not None and item.kind in ("org", "institution"):
                phrase.affiliation, phrase.end = item, org.end
                dropped.add(org.start)
        return [p for p in phrases if p.start not in dropped]

    def _titled_by_organisation(self, phrases: list[Phrase]) -> list[Phrase]:
        """`UN-Flüchtlingskommissar Filippo Grandi`: an organisation the KB names by its head's title, right
        before a person's name, is that person's organisation; the two are one mention."""
        by_start = {p.start: p for p in phrases}
        titles: list[Phrase] = []
        for phrase in phrases:
            title = phrase.hit.entity if phrase.kind == "entity" and phrase.hit is not None else None
            person = by_start.get(phrase.end)
            if title is None or title.kind not in ("org", "institution") or person is None \
                    or not self._person_like(person) or person.kind == "descriptor" \
                    or not self._names_a_head(phrase.hit.text):
                continue
            person.start = phrase.start
            if person.kind == "unknown":
                person.affiliation = title
            titles.append(phrase)
        return [p for p in phrases if not any(p is title for title in titles)]

    def _names_a_head(self, word: str) -> bool:
        """`UN-Menschenrechtskommissar`: a word that ends in a person's role."""
        for cut in range(len(word) - 3):
            descriptor = self.lex.match_descriptor(word[cut].upper() + word[cut + 1:])
            if descriptor is not None and descriptor.type in PERSON_TYPES and not descriptor.plural:
                return True
        return False

    def _person_like(self, phrase: Phrase) -> bool:
        if phrase.kind in ("unknown", "namepart"):
            return True
        if phrase.kind == "entity":
            return phrase.hit.entity.kind == "person"
        return phrase.kind == "descriptor" and (phrase.person is not None or phrase.unknown is not None)

    def _split_pairs(self, phrases: list[Phrase]) -> list[Phrase]:
        """ "die beiden Länder" → "die beiden" (the first of the two countries named last) + "Länder"
        (the second): two adjacent mentions, one per referent."""
        out: list[Phrase] = []
        for phrase in phrases:
            if phrase.kind != "descriptor" or not self._pair_phrase(phrase):
                out.append(phrase)
                continue
            head = phrase.hit.start
            first = Phrase(phrase.start, head, "pair", hit=phrase.hit, det=phrase.det, pair=0, flags=phrase.flags)
            second = Phrase(head, phrase.end, "pair", hit=phrase.hit, det=phrase.det, pair=1, flags=phrase.flags)
            out += [first, second]
        return out

    def _pair_word(self, i: int) -> bool:
        """ "beide(n)", or "zwei" after a definite article ("die zwei Länder"; not "zwei Länder")."""
        if self.lex.word("pair_determiner", self.words[i]):
            return True
        return i > 0 and self.lex.word("pair_number", self.words[i].lower()) and \
            self.lex.word("determiner", self.words[i - 1].lower()) and \
            not self.lex.word("indefinite", self.words[i - 1].lower())

    def _pair_phrase(self, phrase: Phrase) -> bool:
        descriptor = phrase.descriptor
        if descriptor is None or phrase.owner is not None or phrase.owner_ref or phrase.owner_phrase:
            return False
        if phrase.person is not None or phrase.unknown is not None or phrase.hit.start <= phrase.start:
            return False
        sides = descriptor.type == "side_ref"
        if not any(self._pair_word(i) or sides and self.lex.word("all_sides_determiner", self.words[i])
                   for i in range(phrase.start, phrase.hit.start)):
            return False
        head = self.words[phrase.hit.start]
        country = descriptor.type == "country_ref" or self.lex.word("country_plural", head)
        people = descriptor.type in PERSON_TYPES  # "die beiden Präsidenten": "beide" makes any form plural
        return country or people or sides

    # --- names ----------------------------------------------------------------------------------

    def _entity(self, hit: Hit) -> Phrase:
        """A name; an organisation takes its own country's adjective ("die russische Duma"),
        a demonym after "der" is one person ("der Russe")."""
        phrase = Phrase(hit.start, hit.end, "entity", hit=hit)
        kind = hit.entity.kind
        first = self.spelt_otherwise.get(hit.start)
        if first is not None and first not in self.used:
            phrase.start = first
            self.used.add(first)
        if kind in ("org", "institution"):
            adjective = self.by_end.get(hit.start)
            entry = load().get(hit.entity.ref)
            if adjective is not None and adjective.entity and adjective.entity.kind == "adj" and entry is not None \
                    and adjective.entity.ref == entry.country and adjective.start not in self.used:
                self.used.add(adjective.start)
                phrase.start = adjective.start
        elif kind == "demonym" and hit.start > 0:
            before = self.words[hit.start - 1].lower()
            ending = self.lex.value("singular_determiner", before) or ""
            genitive = hit.start > 1 and self.words[hit.start - 2].istitle() and not self.view.starts_sentence(
                hit.start - 2)  # "die Rechte der Palästinenser"
            if self.lex.word("singular_determiner", before) and hit.text.endswith(ending) and not genitive:
                phrase.start, phrase.singular = hit.start - 1, True
        return phrase

    # --- descriptors --------------------------------------------------------------------------

    def _descriptor(self, hit: Hit, limit: int = 0) -> Phrase | None:
        if hit.start in self.used:
            return None
        self.used.add(hit.start)
        phrase = Phrase(hit.start, hit.end, "descriptor", hit=hit, flags=set(hit.flags), gender=hit.head.gender)
        phrase.owner = hit.owner
        if UNKNOWN_BODY in hit.flags and phrase.owner is None:  # `ÖRAK-Präsident`: that body's, no state's
            phrase.owner_phrase = Phrase(hit.start, hit.end, "organisation", unknown=(hit.start, hit.end))
        self._expand_left(phrase, max(limit, self.view.sent_first[hit.start]))
        self._expand_right(phrase)
        return phrase

    def _expand_left(self, phrase: Phrase, floor: int) -> None:
        j = phrase.start - 1
        while j >= floor:
            token = self.sdoc[j]
            owner = self._left_owner(j) if phrase.owner is None or self._envoy_to_organisation(phrase) else None
            if owner is not None:
                phrase.owner, phrase.start, j = owner.entity, owner.start, owner.start - 1
                self.used.add(owner.start)
                continue
            owner_start = self._name_owner(phrase, j)
            if owner_start is not None:
                phrase.start, j = owner_start, owner_start - 1
                continue
            if self._flag(token.text):
                phrase.flags.add(self._flag(token.text) or "")
                phrase.start, j = j, j - 1
                continue
            if self._closes_left(token, phrase):
                phrase.start = j
                if j > floor and self._quantifier(j) and self.lex.word("determiner", self.words[j - 1].lower()):
                    phrase.start = j - 1  # "die beiden Minister"
                return
            if not self._adjective_like(token):
                # `Das in Den Haag ansässige Gericht`: definite, as its article says
                leading = self.lex.word("leading_participle", token.text)  # (tagged as a verb)
                if j + 1 < phrase.start or leading:
                    opener = attribute_opener(self.sdoc, j if leading else j + 1, floor, self._determiner)
                    if opener is not None:
                        self._leader_owns(phrase, opener)
                        self._closes_left(self.sdoc[opener], phrase)
                break
            j -= 1  # an adjective counts only once a determiner confirms it ("sagte Präsident ...")

    def _leader_owns(self, phrase: Phrase, opener: int) -> None:
        """`die von Saudi-Arabien angeführte Militärkoalition`: the leader named in the attribute owns the group."""
        words = range(opener + 1, phrase.start)
        if phrase.owner is not None or not any(self.lex.word("leading_participle", self.words[k]) for k in words):
            return
        von = next((k for k in words if self.lex.word("of", self.words[k])), None)
        if von is None:
            return
        start = von + 2 if self._determiner(self.words[von + 1].lower()) else von + 1
        hit = self.by_start.get(start)
        if hit is not None and hit.entity is not None and hit.start not in self.used:
            phrase.owner = hit.entity
            self.used.add(hit.start)

    def _envoy_to_organisation(self, phrase: Phrase) -> bool:
        """`der israelische UNO-Botschafter`: an envoy to an organisation is his country's, as the
        adjective before the compound says."""
        return phrase.owner is not None and phrase.owner.kind == "org" and self.lex.word("envoy", phrase.head_word)

    def _determiner(self, word: str) -> bool:
        return bool(self.lex.word("determiner", word))

    def _quantifier(self, j: int) -> bool:
        """`beiden`, `vielen` may follow an article ("die beiden Minister"); an article may not
        ("in dem der Diplomat")."""
        word = self.words[j]
        return self.lex.word("pair_determiner", word) or (
            self.lex.word("indefinite", word.lower()) and not self.lex.word("singular_determiner", word.lower())
            and word.lower() not in ("ein", "eine", "einer", "eines", "einem", "einen")
        )

    def _closes_left(self, token: Token, phrase: Phrase) -> bool:
        lower = token.text.lower()
        possessive = self.lex.value("possessive", lower) or self.lex.value("possessive", token.text)
        if possessive == "m" and self.lex.lang == "de":
            possessive = "mn"  # "sein(e)": a man, or a neuter or masculine country or body ("Israel ... seine Armee")
        if possessive and phrase.owner is None:
            phrase.owner_ref = "possessive:" + possessive
            return True
        if self.lex.word("determiner", lower) or self.lex.word("determiner", token.text):
            phrase.definite = not (self.lex.word("indefinite", lower) or self.lex.word("indefinite", token.text))
            phrase.det = lower
            return True
        return False

    def _left_owner(self, j: int) -> Hit | None:
        """A hit ending at token j that owns the noun to its right: an adjective, a genitive name."""
        text = self.words[j]
        if self.lex.word("genitive", text) and self.lex.lang != "de":
            hit = self.by_end.get(j)  # "Russia 's president"
            return hit if hit and hit.entity and hit.start not in self.used else None
        hit = self.by_end.get(j + 1)
        if hit is None or hit.start in self.used or hit.head is not None:
            return None
        if hit.entity is None and hit.owner is not None and self.lex.word("leading_participle",
                                                                          hit.text.rpartition("-")[2]):
            return Hit(hit.start, hit.end, items=[hit.owner], text=hit.text)  # `die US-geführte Koalition`
        if hit.entity is None:
            return None
        if hit.entity.kind == "adj":
            return hit
        if self.lex.lang == "de":
            return hit if hit.text in self.lex.genitives and hit.entity.kind != "demonym" else None
        return hit if hit.entity.kind in OWNER_KINDS else None

    def _name_owner(self, phrase: Phrase, j: int) -> int | None:
        """ "Kims Sprecher", "Kim's spokesman": a person named elsewhere in the text owns the noun."""
        if phrase.owner is not None or phrase.owner_ref is not None or j != phrase.start - 1:
            return None
        start = j
        if self.lex.lang != "de" and self.lex.word("genitive", self.words[j]) and j > 0:
            start = j - 1
        word = self.words[start]
        if word not in self.parts or (self.lex.lang == "de" and not word.endswith("s")):
            return None
        phrase.owner_ref = "name:" + word
        return start

    def _flag(self, text: str) -> str | None:
        return self.lex.value("modifier", text)

    def _adjective_like(self, token: Token) -> bool:
        if _AGE.match(token.text) or token.text == "-":
            return True
        if self.has_pos:  # (the tag too: `im Brüsseler Stadtteil` may come as a NOUN tagged ADJA)
            return token.pos_ in ("ADJ", "NUM") or token.tag_ == "ADJA"
        endings = _ADJ_ENDINGS.get(self.lex.lang)
        return token.is_lower and token.is_alpha and (endings is None or token.text.endswith(endings))

    def _expand_right(self, phrase: Phrase) -> None:
        if phrase.owner is None and (phrase.owner_ref is None or self._colleague_from(phrase)):
            self._complement(phrase)
        descriptor = phrase.descriptor
        if descriptor is not None and descriptor.type in PERSON_TYPES + ("group",):
            self._apposition(phrase, descriptor)

    def _colleague_from(self, phrase: Phrase) -> bool:
        """`seinem Amtskollegen aus Frankreich`: the colleague's country is where he comes from, not the
        possessor's."""
        k = phrase.end
        return k < len(self.words) and bool(self.lex.word("origin", self.words[k])) \
            and bool(self.lex.word("colleague", phrase.head_word))

    def _complement(self, phrase: Phrase) -> None:
        k = phrase.end
        if k >= len(self.sdoc):
            return
        text = self.words[k]
        direct = self.by_start.get(k)
        if direct and direct.entity and direct.entity.kind in OWNER_KINDS and direct.text in self.lex.genitives:
            self._take_owner(phrase, direct)  # "der Präsident Russlands"
            return
        if direct and direct.entity and direct.entity.kind == "place" and not direct.entity.weak and \
                phrase.descriptor is not None and phrase.descriptor.type == "group" and \
                phrase.descriptor.sector in ("JUD", "POLICE") and direct.start not in self.used:
            self._take_owner(phrase, direct)  # "die Staatsanwaltschaft Wien", "das Landesgericht Korneuburg"
            return
        if direct and direct.entity and direct.entity.kind == "person" and phrase.descriptor is not None \
                and phrase.descriptor.type == "group" and phrase.descriptor.sector == "GOV" \
                and direct.start not in self.used:
            self._take_owner(phrase, direct)  # "die Regierung Orbán": the government its head leads
            return
        if self.lex.word("genitive", text) or self.lex.word("of", text) or self._seat(phrase, k) \
                or self._colleague_from(phrase):
            m = k + 1
            while m < len(self.sdoc) and m not in self.by_start and self._skippable(self.sdoc[m]):
                m += 1
            hit = self.by_start.get(m)
            if hit is None or hit.start in self.used:
                return
            if hit.entity is not None and hit.entity.kind == "adj" and self._unknown_noun(hit.end):
                # `Präsident des Österreichischen Rechtsanwaltskammertages`: an organisation the KB
                # does not know, not the country its adjective names
                span = (hit.start, hit.end + 1)
                phrase.owner_phrase = Phrase(*span, "organisation", unknown=span,
                                             sector=self._organisation_sector(*span))
                phrase.end = span[1]
                self.used.add(hit.start)
            elif hit.entity is not None and hit.entity.kind in OWNER_KINDS:
                self._take_owner(phrase, hit)
            elif hit.head is not None and hit.head.type in ("group", "country_ref", "inherit"):
                inner = self._descriptor(hit, limit=k + 1)
                if inner is not None:
                    phrase.owner_phrase, phrase.end = inner, inner.end
            elif hit.entity is not None and hit.entity.kind == "adj":
                # `Sprecher der russischen Regierung`, `des ukrainischen Militärs`: a person of a body its adjective
                # places (`die EU-Staaten der griechischen Bevölkerung` is a dative, no owner)
                body = self.by_start.get(hit.end)
                speaker = phrase.descriptor is not None and phrase.descriptor.type in PERSON_TYPES + ("inherit",)
                if speaker and body is not None and body.start not in self.used and body.head is not None \
                        and body.head.type in ("group", "inherit"):
                    inner = self._descriptor(body, limit=k + 1)
                    if inner is not None:
                        phrase.owner_phrase, phrase.end = inner, inner.end

    def _unknown_noun(self, i: int) -> bool:
        """A capitalised word the KB and the vocabulary do not know (`Rechtsanwaltskammertages`)."""
        return (i < len(self.words) and self.words[i][:1].isupper() and self.words[i].isalpha()
                and i not in self.by_start and not _known_word(self.lex.lang, self.words[i]))

    def _seat(self, phrase: Phrase, k: int) -> bool:
        """`die Führung in Pjöngjang`; not a destination (`Truppen in die Ukraine`)."""
        descriptor = phrase.descriptor
        grouped = descriptor is not None and descriptor.type in ("group", "inherit", "leader")
        if not (grouped and self.lex.word("seat", self.words[k])):
            return False
        return not (k + 1 < len(self.words) and self.lex.word("direction_article", self.words[k + 1]))

    def _skippable(self, token: Token) -> bool:
        return self.lex.word("determiner", token.text.lower()) or self._adjective_like(token)

    def _take_owner(self, phrase: Phrase, hit: Hit) -> None:
        phrase.owner, phrase.end = hit.entity, hit.end
        self.used.add(hit.start)

    def _apposition(self, phrase: Phrase, descriptor: Descriptor) -> None:
        k = self._past_seat(phrase.end)
        comma = k < len(self.words) and self.words[k] == ","
        if not comma and descriptor.type in PERSON_TYPES and not descriptor.plural:
            distant = self._past_complement(phrase.end)
            if distant is not None and self._apposed_name_closed(distant + 1):
                k, comma = distant, True
                if not self.lex.word("remit", self.words[phrase.end]):
                    self._owner_within(phrase, phrase.end, distant)
        if not comma:
            k = phrase.end
        hit = self.by_start.get(k + 1 if comma else k)
        if hit is None:
            hit = self._person_after_first_names(k + 1 if comma else k)
        if hit is not None and hit.start not in self.used and hit.head is None and hit.entity is not None:
            wanted = ("person",) if descriptor.type != "group" else ("org", "institution")
            if not comma and self.lex.word("country_role", phrase.head_word):  # "das NATO-Mitglied Türkei"
                wanted += ("country",)
            if hit.entity.kind in wanted:
                phrase.person, phrase.end = hit, hit.end
                self.used.add(hit.start)
                return
        if descriptor.type in PERSON_TYPES and not descriptor.plural:
            span = self._unknown_name(k + 1 if comma else k)
            # "der Kommissar des Europarats, Nils Muiznieks, hat ...": a name set off by commas
            closed = span is not None and (not comma or self.words[span[1]:span[1] + 1] == [","])
            if span is not None and closed:
                phrase.unknown, phrase.end = span, span[1]

    def _person_after_first_names(self, k: int) -> Hit | None:
        """`Ministerpräsident Ahmed Davutoglu`, `FPÖ-Chef Heinz Christian Strache`: first names the KB
        spells otherwise or writes joined, then a known surname."""
        for j in range(k + 1, min(k + 3, len(self.words))):
            if not self._name_word(j - 1):
                return None
            following = self.by_start.get(j)
            if following is not None:
                return following if _first_name_variant(self.words[k], following) else None
        return None

    def _past_complement(self, k: int) -> int | None:
        """`der Manager der deutschen Nationalmannschaft, Oliver Bierhoff,`, `Der Präsident des
        Deutschen Fußballbundes (DFB), Reinhard Grindel,`, `der UN-Sondergesandte für Syrien, Staffan de
        Mistura,`: the comma after a genitive complement, a remit or a bracket that the role phrase did
        not take in, where no verb comes between."""
        if k >= len(self.words) or not (self.words[k] == "(" or self.lex.word("genitive", self.words[k])
                                        or self.lex.word("of", self.words[k]) or self.lex.word("remit", self.words[k])):
            return None
        for m in range(k + 1, min(k + MAX_COMPLEMENT, len(self.words))):
            if self.words[m] == ",":
                return m
            if self.sdoc[m].pos_ in ("VERB", "AUX") or self.sdoc[m].is_sent_start or not (
                    self.words[m].replace("-", "").isalpha() or self.words[m] in COMPLEMENT_MARKS):
                return None
        return None

    def _apposed_name_closed(self, k: int) -> bool:
        """A person's name starts at k and a comma or a bracket closes it."""
        hit = self.by_start.get(k)
        if hit is not None and hit.entity is not None and hit.entity.kind == "person":
            end = hit.end
        else:
            span = self._unknown_name(k)
            if span is None:
                return False
            end = span[1]
        return self.words[end:end + 1] in ([","], ["("])

    def _owner_within(self, phrase: Phrase, start: int, end: int) -> None:
        """The first organisation, institution or country of a complement passed over is the role's."""
        if phrase.owner is not None or phrase.owner_phrase is not None or phrase.owner_ref is not None:
            return
        owner = next((h for i in range(start, end) if (h := self.by_start.get(i)) is not None
                      and h.entity is not None and h.entity.kind in OWNER_KINDS and h.start not in self.used), None)
        if owner is not None:
            phrase.owner = owner.entity
            self.used.add(owner.start)

    def _past_seat(self, k: int) -> int:
        """`der Vertreter der EU-Kommission in Wien, Jörg Wojahn`: where the role sits stands between
        it and the apposed name."""
        hit = self.by_start.get(k + 1) if k < len(self.words) and self.lex.word("seat", self.words[k]) else None
        if hit is None or hit.entity is None or hit.entity.kind != "place" or hit.start in self.used:
            return k
        return hit.end

    def _unknown_name(self, k: int) -> tuple[int, int] | None:
        """A name right after a role noun that the KB does not know ("Oppositionsführer X Y")."""
        if self.has_ner:
            ent = next((e for e in self.sdoc.ents if e.start == k and e.label_ == "PER"), None)
            if ent is not None:
                end = ent.end
                while end > ent.start + 1 and self.words[end - 1].islower():
                    end -= 1  # `Ahmed al-Asir von einem Militärgericht`: the tagger ran on
                return (ent.start, end + 1 if end in self.surnames else self._past_surname(ent.start, end))
            if any(e.start == k for e in self.sdoc.ents) and k not in self.surnames:
                return None  # the tagger read it as a place or organisation
        end = k
        while end < min(k + 3, len(self.words)) and self._name_word(end):
            end += 1
        if end == k or _known_word(self.lex.lang, self.words[end - 1]):
            return None
        if end == k + 1 and k not in self.surnames and (
                self._abstract_noun(self.words[k]) or self.has_ner and self.sdoc[k].pos_ == "NOUN"):
            return None  # `wirft dem Finanzminister Zynismus vor`, `warf dem Premier Panikmache vor`
        return (k, end)

    def _past_surname(self, start: int, end: int) -> int:
        """`Gabi Sprickler-Falschlunger`: where the tagger stopped after a first name, an unknown
        capitalised word right after it is the surname."""
        if end != start + 1 or end >= len(self.words) or not self._name_word(end) or self._function_word(end) \
                or _known_word(self.lex.lang, self.words[end]) or self.sdoc[end].is_sent_start:
            return end
        return end + 1

    def _abstract_noun(self, word: str) -> bool:
        endings = self.lex.words.get("abstract_ending", ())
        return any(word.endswith(e) and len(word) > len(e) + 2 for e in endings)

    def _name_word(self, i: int) -> bool:
        text = self.words[i]
        return i in self.surnames or (
            text[:1].isupper() and text.replace("-", "").isalpha() and i not in self.by_start
            and not self.lex.items(text)
        )

    # --- pronouns and unknown names -----------------------------------------------------------

    def _add_free_words(self, phrases: list[Phrase]) -> list[Phrase]:
        covered = [False] * len(self.words)
        for phrase in phrases:
            covered[phrase.start:phrase.end] = [True] * (phrase.end - phrase.start)
        extra = self._initial_names(covered)
        parts = self._name_parts(phrases)
        for ent in self._person_names():
            initial_only = all(len(t.text) <= 2 for t in ent)  # `der General a. D.`: no one's name
            if not any(covered[ent.start:ent.end]) and not initial_only:
                known = [i for i in range(ent.start, ent.end) if self.words[i] in parts]
                start, end = (known[0], known[0] + 1) if known else (ent.start, self._past_surname(ent.start, ent.end))
                extra.append(Phrase(start, end, "namepart") if known else Phrase(start, end, "unknown",
                                                                                  unknown=(start, end)))
                covered[start:end] = [True] * (end - start)
        parts |= self._name_parts(extra)
        for i, word in enumerate(self.words):
            if covered[i]:
                continue
            # "Sie" mid-sentence is the polite "you"
            polite = self._polite(i) and self.lex.lang == "de"
            gender = None if polite else self._pronoun(i)
            demonstrative = None if polite or gender else self._demonstrative(i)
            if gender or demonstrative:
                flags = {"demonstrative"} if demonstrative else set()
                extra.append(Phrase(i, i + 1, "pronoun", gender=gender or demonstrative, flags=flags))
            elif word in parts:
                extra.append(Phrase(i, i + 1, "namepart"))  # "Kims", "Jaschin": the person named before
        return sorted(phrases + extra, key=lambda p: p.start)

    def _function_word(self, i: int) -> bool:
        """`Unterstützung von Döpfner Am Sonntag ...` (a heading without its full stop): `Am` is no surname."""
        return self.words[i].lower() in word_list(self.lex.lang, "function_words.txt")

    def _person_names(self) -> list[Span]:
        """The tagger's person names, with the names it took for places or organisations (`_mistaken_name`);
        two it tagged side by side are one (`Manfred` `Weber`)."""
        names: list[Span] = []
        for ent in self.sdoc.ents if self.sdoc.has_annotation("ENT_IOB") else ():
            if ent.label_ != "PER" and not _mistaken_name(ent):
                continue
            if names and names[-1].end == ent.start:
                names[-1] = self.sdoc[names[-1].start:ent.end]
            else:
                names.append(ent)
        return names

    def _name_then_role(self, phrases: list[Phrase]) -> list[Phrase]:
        """`Rupert Wolff, Präsident des Rechtsanwaltskammertages`: a name the KB does not know, then
        its role set off by a comma; the role phrase takes the name."""
        by_start = {p.start: p for p in phrases}
        merged: set[int] = set()
        for name in phrases:
            role = by_start.get(name.end + 1)
            if (name.kind != "unknown" or role is None or self.words[name.end] != ","
                    or role.kind != "descriptor" or role.descriptor is None):
                continue
            # `Rupert Wolff, der Präsident des Rechtsanwaltskammertages, kritisierte`: with its article
            # only where a comma closes it, after any complement it did not take in
            comma = role.end if self.words[role.end:role.end + 1] == [","] else self._past_complement(role.end)
            lone_role = role.unknown is None and role.person is None and (role.det is None or comma is not None)
            if role.descriptor.type in PERSON_TYPES and not role.descriptor.plural and lone_role:
                if role.det is not None and comma is not None:
                    self._owner_within(role, role.end, comma)
                    role.end = comma
                role.unknown, role.start = name.unknown, name.start
                merged.add(name.start)
        return [p for p in phrases if not (p.kind == "unknown" and p.start in merged)]

    def _initial_names(self, covered: list[bool]) -> list[Phrase]:
        """`Rabah N.`, `Fayçal C.`: a suspect the press names by first name and initial."""
        found = []
        for i in range(len(self.words) - 1):
            initial = _INITIAL.match(self.words[i + 1]) and self.words[i + 1][0].isupper()
            if not initial or covered[i] or covered[i + 1] or not self._name_word(i):
                continue
            if _known_word(self.lex.lang, self.words[i]):
                continue
            found.append(Phrase(i, i + 2, "unknown", unknown=(i, i + 2)))
            covered[i:i + 2] = [True, True]
        return found

    def _add_organisations(self, phrases: list[Phrase]) -> list[Phrase]:
        """Organisations the KB does not know whose name tells their sector: tagged by the pipeline
        or a run of capitalised words before an organisation word (`die Koza Ipek Holding`). A
        country adjective inside the name is part of it (`Deutscher Fußball-Bund`)."""
        spans = {(e.start, e.end) for e in self.sdoc.ents if e.label_ == "ORG"}
        spans |= self._organisation_runs()
        named = self._named_organisation_runs()
        for start, end in sorted(spans | set(named)):
            sector = self._organisation_sector(start, end, single=end - start == 1) or named.get((start, end))
            inside = [p for p in phrases if p.start < end and start < p.end]
            adjectives = all(p.kind == "entity" and p.hit.entity.kind in ("adj", "demonym") and start <= p.start
                             and p.end <= end for p in inside)
            if adjectives and (sector or self._capitalised_adjective(inside)):
                phrases = [p for p in phrases if p not in inside]
                organisation = Phrase(start, end, "organisation", unknown=(start, end), sector=sector)
                holder = self._role_before(phrases, start)
                if holder is not None:  # `der Präsident des Deutschen Fußballbundes`: its president
                    holder.owner_phrase, holder.end = organisation, end
                else:
                    phrases.append(organisation)
        phrases += [Phrase(i, i + 1, "organisation", unknown=(i, i + 1)) for i in self._acronyms(phrases)]
        return sorted(phrases, key=lambda p: p.start)

    def _capitalised_adjective(self, inside: list[Phrase]) -> bool:
        """`die Deutsche Post`: a country adjective written with a capital inside a sentence, before a
        noun, is part of a name (`die deutsche Regierung` is not; a city's adjective, `Wiener`, always
        has one; `der Deutsche Jan Frodeno` is a German)."""
        kb = load()
        return bool(inside) and all(
            p.hit.entity.kind == "adj" and getattr(kb.get(p.hit.entity.ref), "kind", None) == "country"
            and self.words[p.start][:1].isupper() and not self.view.starts_sentence(p.start)
            and p.end < len(self.sdoc) and self.sdoc[p.end].pos_ == "NOUN" for p in inside)

    def _acronyms(self, phrases: list[Phrase]) -> list[int]:
        """`die JG`, `der ÖH`: an abbreviation the KB does not know, after an article, names an
        organisation (its sector untold)."""
        covered = {i for p in phrases for i in range(p.start, p.end)}
        return [
            i for i, word in enumerate(self.words)
            if i > 0 and is_acronym(word) and i not in covered
            and i not in self.by_start and self.lex.word("determiner", self.words[i - 1].lower())
        ]

    def _role_before(self, phrases: list[Phrase], start: int) -> Phrase | None:
        """A role or body noun right before a genitive article opening the organisation's name."""
        if start < 2 or not self.lex.word("genitive", self.words[start - 1].lower()):
            return None
        return next((p for p in phrases if p.kind == "descriptor" and p.end == start - 1 and p.owner is None
                     and p.owner_phrase is None), None)

    def _organisation_runs(self) -> set[tuple[int, int]]:
        runs = set()
        for i, word in enumerate(self.words):
            if not word[:1].isupper() or not self._organisation_sector(i, i + 1, single=True):
                continue
            start = i
            while start > 0 and i - start < 3 and self._organisation_name_word(start - 1):
                start -= 1
            if start < i or self._lone_organisation(i):
                runs.add((start, i + 1))
        return runs

    def _named_organisation_runs(self) -> dict[tuple[int, int], str]:
        """`der Verein Asyl in Not`, `die Plattform Asyl`: an organisation word after an article, then
        the capitalised words of a name the KB does not know; the word tells the sector."""
        runs: dict[tuple[int, int], str] = {}
        for i in range(1, len(self.words) - 1):
            sector = self._organisation_sector(i, i + 1, single=True)
            if sector in (None, "BUS") or not self.lex.word("determiner", self.words[i - 1].lower()):
                continue
            end = i + 1
            while end < len(self.words) and end - i <= 3 and self._unknown_capitalised(end):
                end += 1
            if end > i + 1 and not self._owner_or_object(i + 1, end):
                runs[(i, end)] = sector
        return runs

    def _owner_or_object(self, start: int, end: int) -> bool:
        """`die Initiative Della Vedovas` (a genitive owner), `bittet die Organisation Privatpersonen`
        (a plural object): no name of the organisation. A word the pipeline tagged as a name is none
        (`die Initiative Straniakstraße`, which the tagger may read as a plural noun)."""
        first, last = self.sdoc[start], self.sdoc[end - 1]
        plural_noun = first.pos_ == "NOUN" and "Plur" in morph_values(first, "Number")
        return self._genitive_name(last) or (plural_noun and not first.ent_type_)

    def _unknown_capitalised(self, i: int) -> bool:
        word = self.words[i]
        return word[:1].isupper() and word.replace("-", "").isalpha() and i not in self.by_start

    def _lone_organisation(self, i: int) -> bool:
        """`die Richtervereinigung`, `der Ärzteverband`: one compound ending in an organisation word,
        after an article. Company words stay out alone (`die Kontaktgruppe` is no company), and so does a
        compound before a name (`die Industrieländer-Organisation OECD` is the OECD)."""
        name_follows = i + 1 < len(self.words) and self.words[i + 1][:1].isupper()
        return (i > 0 and not name_follows and self.lex.word("determiner", self.words[i - 1].lower())
                and _compound_sector(self.lex.lang, self.words[i].lower()) not in (None, "BUS"))

    def _organisation_name_word(self, i: int) -> bool:
        hit = self.by_start.get(i)
        adjective = hit is not None and hit.entity is not None and hit.entity.kind == "adj" and hit.end == i + 1
        return adjective or (self._name_word(i) and not _known_word(self.lex.lang, self.words[i])
                             and not self.view.starts_sentence(i))

    def _organisation_sector(self, start: int, end: int, single: bool = False) -> str | None:
        """An organisation the KB does not know, by the word its name ends in (`Koza Ipek Holding`,
        `Deutscher Fußball-Bund`): its sector, or None where the name tells none."""
        if end - start < 2 and not single:
            return None
        return _last_word_sector(self.lex.lang, self.words[end - 1])

    def _name_parts(self, phrases: list[Phrase]) -> set[str]:
        """First and last words of every person named in the document (genitives included)."""
        kb = load()
        names: list[str] = []
        for phrase in phrases:
            for hit in (phrase.hit, phrase.person):
                if hit is not None:
                    for item in hit.items:
                        entry = kb.get(item.ref) if item.kind == "person" else None
                        names += entry.names.get("*", []) if entry is not None else []
            if phrase.unknown is not None:
                names.append(" ".join(self.words[phrase.unknown[0]:phrase.unknown[1]]))
        return {variant for name in names for variant in name_parts(name, self.lex.lang)}

    def _pronoun(self, i: int) -> str | None:
        text = self.words[i]
        pronouns = self.lex.values.get("pronoun", {})
        gender = pronouns.get(text) or pronouns.get(text.lower())
        if gender and self.lex.word("possessive", text.lower()) and self._before_noun_phrase(i):
            return None  # `ihr Land` is hers; `warfen ihr vor` is she
        if gender == "fp" and self._beside_singular_verb(i):
            return "fs"  # `zeigte sie sich kritisch`: a singular verb makes `sie` a woman or a body, not a group
        if gender == "fp" and self._beside_verb(i, "Plur") and not self._polite(i):
            return "p"  # `Sie forderten, ...`: a plural verb makes `sie` a group or a body, not a woman
        return gender

    def _polite(self, i: int) -> bool:
        """`Sie` mid-sentence is the polite "you"."""
        return self.words[i][:1].isupper() and not self.view.starts_sentence(i)

    def _before_noun_phrase(self, i: int) -> bool:
        nxt = self.sdoc[i + 1] if i + 1 < len(self.sdoc) else None
        return nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET")

    def _demonstrative(self, i: int) -> str | None:
        """`Dieser trat zurück`: a demonstrative standing alone, not before a noun (`dieser Plan`), tagged
        as a pronoun or right before a verb, which is in the singular; its gender."""
        gender = self.lex.value("demonstrative_pronoun", self.words[i].lower())
        if gender is None or not self._beside_singular_verb(i):
            return None
        nxt = self.sdoc[i + 1] if i + 1 < len(self.sdoc) else None
        alone = self.sdoc[i].pos_ == "PRON" or (nxt is not None and nxt.pos_ in ("VERB", "AUX"))
        return gender if alone else None

    def _beside_singular_verb(self, i: int) -> bool:
        return self._beside_verb(i, "Sing")

    def _beside_verb(self, i: int, number: str) -> bool:
        """A finite verb of that number (Sing, Plur) right before or after the word."""
        beside = [self.sdoc[j] for j in (i - 1, i + 1) if 0 <= j < len(self.sdoc)]
        return any(t.pos_ in ("VERB", "AUX") and "Fin" in morph_values(t, "VerbForm")
                   and morph_values(t, "Number") == (number,) for t in beside)

    # --- places ---------------------------------------------------------------------------------

    def _is_place(self, phrase: Phrase, previous: Phrase | None) -> bool:
        """After a locative preposition ("in Nordkorea", "in der Hauptstadt Pjöngjang")."""
        hit = phrase.hit
        if hit is not None and self._possessor(hit):
            return False
        if phrase.start in self.dateline or (self.view.starts_sentence(phrase.start) and phrase.end < len(self.words)
                                             and self.lex.word("dateline", self.words[phrase.end])):
            return True  # "Wien – Die Regierung ...": where the report comes from
        j, steps = phrase.start - 1, 0
        city = self._city_or_region(phrase)
        while j >= 0 and steps < 5:
            text = self.words[j]
            if self.lex.word("locative", text) or self.lex.word("locative", text.lower()):
                return True
            if city and self.lex.word("place_locative", text):
                return True  # "auf Lesbos", "vor Lampedusa"
            if self.lex.word("list_word", text) and previous is not None and previous.end == j:
                return previous.is_place
            adjective = self.by_end.get(j + 1)  # "im Salzburger Pinzgau", "am Wiener Westbahnhof"
            if adjective is not None and adjective.entity is not None and adjective.entity.kind == "adj":
                j, steps = adjective.start - 1, steps + 1
                continue
            if not (self._skippable(self.sdoc[j]) or self.lex.word("place_noun", text.rsplit("-", 1)[-1])):
                return False  # (`im US-Bundesstaat Florida`: a place noun after a country's prefix too)
            j, steps = j - 1, steps + 1
        return False

    def _adjective_of_place(self, phrase: Phrase) -> bool:
        """`in der afghanischen Stadt Kunduz`: a country's adjective before a place noun."""
        return phrase.kind == "entity" and phrase.hit.entity.kind == "adj" and phrase.end < len(self.words) \
            and bool(self.lex.word("place_noun", self.words[phrase.end]))

    def _city_or_region(self, phrase: Phrase) -> bool:
        item = phrase.hit.entity if phrase.hit is not None else None
        entry = load().get(item.ref) if item is not None and item.kind == "place" else None
        return entry is not None and (entry.is_city or entry.is_region)

    def _possessor(self, hit: Hit) -> bool:
        """A genitive name before a noun ("bei Russlands Angriffskrieg") owns it; it is no place."""
        if hit.text not in self.lex.genitives or hit.end >= len(self.sdoc):
            return False
        following = self.words[hit.end]
        return following[:1].isupper() and following.isalpha()


def _first_name_variant(word: str, hit: Hit) -> bool:
    """`Ahmed` before `Davutoglu` is the KB's `Ahmet`, `Boiko` its `Bojko`: the same first two letters
    as the first name of the person the surname names (`Bischof Manfred Scheuer` is not Andreas)."""
    item = hit.entity
    entry = load().get(item.ref) if item is not None and item.kind == "person" else None
    if entry is None:
        return False
    given = {part.lower() for name in entry.names.get("*", []) if " " in name
             for part in re.split(r"[\s-]", name.rsplit(" ", 1)[0])}
    return any(part[:2] == word[:2].lower() for part in given)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The first names of the people the KB writes out in full (`Werner`, `Angela`)."""
    return frozenset(name.split()[0] for entry in load().of_kind("person")
                     for name in entry.names.get("*", []) if " " in name and name[:1].isupper())


@lru_cache(maxsize=1)
def _listed_given_names() -> frozenset[str]:
    """Given names as such (the KB's first words also hold particles: `Le` Pen, `Abu` Bakr)."""
    return frozenset(read_lines(data_path("female_given_names.txt")) + read_lines(data_path("given_names.txt")))


@lru_cache(maxsize=1)
def _any_given_names() -> frozenset[str]:
    return _given_names() | _listed_given_names()


@lru_cache(maxsize=1)
def _surname_endings() -> tuple[str, ...]:
    return tuple(read_lines(data_path("surname_endings.txt")))


def _mistaken_name(ent: Span) -> bool:
    """`Nevena Milutinovic von Save the Children`: an unknown name of two or three words the NER tagged as a
    place or an organisation is a person's when it opens with a given name or ends as family names do."""
    words = [t.text for t in ent]
    if ent.label_ not in ("LOC", "ORG", "MISC") or not 2 <= len(words) <= 3:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    last = words[-1].lower()
    return words[0] in _listed_given_names() or any(last.endswith(e) and len(last) > len(e) + 2
                                                    for e in _surname_endings())


def _name_goes_on(hit: Hit, words: str) -> bool:
    """Whether one of the KB's names for the hit's person starts with these words (hyphens as spaces)."""
    entry = load().get(hit.entity.ref)
    wanted = words.replace("-", " ").lower()
    return entry is not None and any(name.replace("-", " ").lower().startswith(wanted)
                                     for names in entry.names.values() for name in names)


def _has_full_name(hit: Hit) -> bool:
    entry = load().get(hit.entity.ref)
    return entry is not None and any(" " in name for name in entry.names.get("*", []))


@lru_cache(maxsize=4)
def _organisation_words(lang: str) -> dict[str, str]:
    """Lower-case organisation word → sector (the first listed wins where two differ only in case)."""
    from lagebild.kb.lexicon import lexicon

    words: dict[str, str] = {}
    for form, sector in lexicon(lang).values.get("organisation_word", {}).items():
        words.setdefault(form.lower(), sector)
    return words


@lru_cache(maxsize=65536)
def _last_word_sector(lang: str, word: str) -> str | None:
    """The sector of the organisation word a name's last word is or ends in."""
    from lagebild.kb.lexicon import lexicon

    last = word.rsplit("-", 1)[-1]
    last = last[:1].upper() + last[1:]
    # `des Deutschen Fußballbundes`: the genitive of a compound ending in an organisation word
    candidates = [last] + [last[: -len(ending)] for ending in ("es", "s") if last.endswith(ending)]
    for candidate in candidates:
        found = lexicon(lang).value("organisation_word", candidate) or _compound_sector(lang, candidate.lower())
        if found:
            return found
    return None


@lru_cache(maxsize=65536)
def _compound_sector(lang: str, low: str) -> str | None:
    """`fußballbund` ends in `bund`: the sector of the longest organisation word a compound ends in
    (both the word and the part before it at least three letters)."""
    words = _organisation_words(lang)
    return next((words[low[cut:]] for cut in range(3, len(low) - 2) if low[cut:] in words), None)


@lru_cache(maxsize=2)
def _vocabulary(lang: str) -> frozenset[str]:
    """Known words (spaCy's lemma lookup table): a capitalised word outside it may be a name."""
    import gzip
    import json
    from importlib.util import find_spec

    spec = find_spec("spacy_lookups_data")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = f"{list(spec.submodule_search_locations)[0]}/data/{lang}_lemma_lookup.json.gz"
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            table = json.load(handle)
    except OSError:
        return frozenset()
    return frozenset(table) | frozenset(table.values())


@lru_cache(maxsize=4096)
def name_parts(name: str, lang: str) -> frozenset[str]:
    """The words a person can later be called by alone: first and last word, with genitives."""
    words = name.split()
    found = {words[0], words[-1]} if words else set()
    # `al-Asir` opens a sentence or follows a title as `Al-Asir`
    found |= {w[:1].upper() + w[1:] for w in found if "-" in w and w[:1].islower()}
    return frozenset(v for word in found if len(word) > 2 for v in inflect(word, "genitive", lang))


def _known_word(lang: str, text: str) -> bool:
    return text in _vocabulary(lang)
