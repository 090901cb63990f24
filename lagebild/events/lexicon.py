"""Loading a language's event lexicons (`events/lexicons/<lang>/*.yaml`) into typed lookups."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml

from lagebild.events.inflection import verb_forms
from lagebild.events.ontology import is_valid
from lagebild.kb.lexicon import lexicon as kb_lexicon
from lagebild.time.resources import load as time_resources

LEXICON_DIR = Path(__file__).parent / "lexicons"
TriggerPos = Literal["verb", "noun", "adj"]
# plural and case endings; not -er, which makes people of events (Kampf → Kämpfer)
NOUN_ENDINGS = ("en", "n", "e", "s", "es", "er", "ern")
MIN_COMPOUND_PREFIX = 3

# the time stage's tables of words that name a time (`Woche`, `Montag`, `Mai`, `Herbst`, `Abend`)
TIME_NOUN_TABLES = ("dunit", "weekday", "month", "season", "daypart")


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class TriggerSpec:
    """One lexicon entry: the event a word signals and where its actor and recipient are."""

    key: str
    pos: TriggerPos
    event: str
    mode: str | None = None
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    requires: frozenset[str] = frozenset()
    reciprocal: bool = False
    compound: bool = False
    not_in_pp: bool = False
    needs_object_noun: tuple[str, ...] = ()
    needs_preposition: tuple[str, ...] = ()
    needs_reflexive: bool = False  # only with a reflexive pronoun in the clause ("wünscht sich X")
    needs_subjunctive: bool = False  # only in the subjunctive ("X solle zurücktreten", not "X soll ... haben")
    unless_reflexive: bool = False  # not with one ("verspricht sich davon mehr Sicherheit": expects)
    needs_first_person: bool = False  # only said in the first person ("Ich werde X wählen")
    conditional_only: bool = False
    needs_state_actor: bool = False
    needs_person_actor: bool = False
    needs_quote_speaker: bool = False
    needs_civil_actor: bool = False
    needs_actor_sector: tuple[str, ...] = ()
    not_actor_sector: tuple[str, ...] = ()  # no event when every actor is of these sectors
    not_recipient_sector: tuple[str, ...] = ()  # mentions of these sectors are never its recipient
    no_unnamed_actor: bool = False  # no unnamed crowd stands in for a protest's missing actor
    recipient_in_clause: bool = False  # no event unless its own slots name the recipient (not the context)
    complement: str | None = None  # only where a clause opened by this word follows ("will, dass ...")
    passive_authority: str | None = None  # the sector of the unnamed body that acts in an agentless passive
    copula_only: bool = False
    not_as_manner: bool = False  # no event where it says how a verb's act is done ("hielten sich illegal auf")
    not_preterite: bool = False  # no event in the past indicative ("musste Apple ... bekanntgeben" demands nothing)
    no_implied_authority: bool = False  # (nouns) alone it implies no acting authority ("Untersuchung" is a study too)
    state_variant: str | None = None
    unless_nouns: tuple[str, ...] = ()
    unless_preposition: tuple[str, ...] = ()  # no event with one of these in the clause ("klagte über")
    not_after: tuple[str, ...] = ()
    speaker_event: bool = False
    evaluative: bool = False
    passive_variant: str | None = None
    verbal_variant: str | None = None
    armed_variant: str | None = None
    legal_variant: str | None = None  # TYPE[/mode] done by legal means ("will juristisch gegen X vorgehen"), by anyone
    reflexive_variant: str | None = None
    slot_variants: tuple[tuple[str, str], ...] = ()  # recipient slot → TYPE[/mode] ("gegen" → REJECT)
    attributive: bool = False  # "der am Freitag festgenommene X": done to the person the participle describes
    negated_variant: str | None = None  # TYPE[/mode] when negated ("gestattete keine Reise" is a refusal)
    negated_threat: bool = False  # negated with an act of force or a sanction named: a threat ("schließt X nicht aus")
    own_modals: tuple[str, ...] = ()  # modals that belong to the expression ("kann etwas abgewinnen")
    passive_actor: tuple[str, ...] = ()  # slots that name the actor of the passive besides von/durch


# grammar.yaml word lists a language may leave out (attribute → key); see the comments there
OPTIONAL_WORD_SETS = {
    "predicative_markers": "predicative_markers",
    "order_nouns": "order_nouns",
    "participation_prepositions": "participation_prepositions",
    "bare_participation": "bare_participation_prepositions",
    "cause_prepositions": "cause_prepositions",
    "owner_prepositions": "owner_prepositions",
    "background_prepositions": "background_prepositions",
    "met_after_prepositions": "met_after_prepositions",
    "destination_phrases": "destination_phrases",
    "requested_prepositions": "requested_prepositions",
    "suffering_prepositions": "suffering_prepositions",
    "dying_verbs": "dying_verbs",
    "dying_phrases": "dying_phrases",
    "attack_noun_endings": "attack_noun_endings",
    "harm_verbs": "harm_verbs",
    "gathering_verbs": "gathering_verbs",
    "threat_verbs": "threat_verbs",
    "causing_verbs": "causing_verbs",
    "quantity_words": "quantity_words",
    "amount_prepositions": "amount_prepositions",
    "range_words": "range_words",
    "inclusion_markers": "inclusion_markers",
    "receiving_prepositions": "receiving_prepositions",
    "received_events": "received_events",
    "verbal_manner_words": "verbal_manner_words",
    "legal_manner_words": "legal_manner_words",
    "relation_nouns": "relation_nouns",
    "counterpart_nouns": "counterpart_nouns",
    "honorifics": "honorifics",
    "expletive_es_verbs": "expletive_es_verbs",
    "against_prefixes": "against_prefixes",
    "judging_verbs": "judging_verbs",
    "present_werden_forms": "present_werden_forms",
    "claim_nouns": "claim_nouns",
    "statement_nouns": "statement_nouns",
    "hearsay_nouns": "hearsay_nouns",
    "deed_denying_verbs": "deed_denying_verbs",
    "situation_nouns": "situation_nouns",
    "speech_nouns": "speech_nouns",
    "speech_prepositions": "speech_prepositions",
    "letter_nouns": "letter_nouns",
    "reciprocal_words": "reciprocal_words",
    "perception_verbs": "perception_verbs",
    "describing_verbs": "describing_verbs",
    "first_person": "first_person",
    "first_person_subject": "first_person_subject",
    "first_person_object": "first_person_object",
    "polite_subject": "polite_subject",
    "impersonal_pronouns": "impersonal_pronouns",
    "plural_pronouns": "plural_pronouns",
    "pair_words": "pair_words",
    "indefinite_subjects": "indefinite_subjects",
    "nominative_pronouns": "nominative_pronouns",
    "nominative_relatives": "nominative_relatives",
    "quantifiers": "quantifiers",
    "preposition_nouns": "preposition_nouns",
    "reporting_sectors": "reporting_sectors",
    "answer_particles": "answer_particles",
}

DEFAULT_ACTOR_SLOTS: dict[str, tuple[str, ...]] = {
    "verb": ("subj",), "adj": ("subj",), "noun": ("poss", "durch", "subj"),
}


def _split_variant(variant: str | None) -> tuple[str | None, str | None]:
    if not variant:
        return None, None
    event, _, mode = variant.partition("/")
    return event, mode or None


def _spec(key: str, pos: TriggerPos, raw: dict) -> TriggerSpec:
    requires = raw.get("requires", ())
    spec = TriggerSpec(
        key=key,
        pos=pos,
        event=raw["event"],
        mode=raw.get("mode"),
        actor=tuple(raw.get("actor", DEFAULT_ACTOR_SLOTS[pos])),
        recipient=tuple(raw.get("recipient", ())),
        requires=frozenset([requires] if isinstance(requires, str) else requires),
        reciprocal=bool(raw.get("reciprocal", False)),
        compound=bool(raw.get("compound", False)),
        not_in_pp=bool(raw.get("not_in_pp", False)),
        needs_object_noun=tuple(raw.get("needs_object_noun", ())),
        needs_preposition=tuple(raw.get("needs_preposition", ())),
        needs_reflexive=bool(raw.get("needs_reflexive", False)),
        needs_subjunctive=bool(raw.get("needs_subjunctive", False)),
        unless_reflexive=bool(raw.get("unless_reflexive", False)),
        needs_first_person=bool(raw.get("needs_first_person", False)),
        conditional_only=bool(raw.get("conditional_only", False)),
        needs_state_actor=bool(raw.get("needs_state_actor", False)),
        needs_person_actor=bool(raw.get("needs_person_actor", False)),
        needs_quote_speaker=bool(raw.get("needs_quote_speaker", False)),
        needs_civil_actor=bool(raw.get("needs_civil_actor", False)),
        needs_actor_sector=tuple(raw.get("needs_actor_sector", ())),
        not_actor_sector=tuple(raw.get("not_actor_sector", ())),
        not_recipient_sector=tuple(raw.get("not_recipient_sector", ())),
        no_unnamed_actor=bool(raw.get("no_unnamed_actor", False)),
        recipient_in_clause=bool(raw.get("recipient_in_clause", False)),
        complement=raw.get("complement"),
        passive_authority=raw.get("passive_authority"),
        copula_only=bool(raw.get("copula_only", False)),
        not_as_manner=bool(raw.get("not_as_manner", False)),
        no_implied_authority=bool(raw.get("no_implied_authority", False)),
        not_preterite=bool(raw.get("not_preterite", False)),
        state_variant=raw.get("state_variant"),
        unless_nouns=tuple(raw.get("unless_nouns", ())),
        unless_preposition=tuple(raw.get("unless_preposition", ())),
        not_after=tuple(raw.get("not_after", ())),
        speaker_event=bool(raw.get("speaker_event", False)),
        evaluative=bool(raw.get("evaluative", False)),
        passive_variant=raw.get("passive_variant"),
        verbal_variant=raw.get("verbal_variant"),
        armed_variant=raw.get("armed_variant"),
        legal_variant=raw.get("legal_variant"),
        reflexive_variant=raw.get("reflexive_variant"),
        slot_variants=tuple((raw.get("slot_variants") or {}).items()),
        attributive=bool(raw.get("attributive", False)),
        negated_variant=raw.get("negated_variant"),
        negated_threat=bool(raw.get("negated_threat", False)),
        own_modals=tuple(raw.get("own_modals", ())),
        passive_actor=tuple(raw.get("passive_actor", ())),
    )
    variants = [_split_variant(v) for v in (spec.state_variant, spec.passive_variant, spec.verbal_variant,
                                            spec.armed_variant, spec.legal_variant, spec.reflexive_variant,
                                            spec.negated_variant)]
    variants += [_split_variant(v) for _, v in spec.slot_variants]
    for event, mode in [(spec.event, spec.mode), *variants]:
        if event and not is_valid(event, mode):
            raise LexiconError(f"{pos} {key!r}: {event}/{mode} is not a PLOVER type/mode")
    return spec


@dataclass
class Lexicon:
    lang: str
    verbs: dict[str, TriggerSpec]
    nouns: dict[str, TriggerSpec]
    adjectives: dict[str, TriggerSpec]
    grammar: dict
    modality: dict
    light_verbs: frozenset[str]
    governing_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    coming_verbs: frozenset[str]
    domains: dict
    phrases: dict[str, list[tuple[tuple[str, ...], TriggerSpec]]] = field(default_factory=dict)
    crowd_nouns: frozenset[str] = frozenset()
    unknown_attackers: frozenset[str] = frozenset()
    not_nouns: tuple[str, ...] = ()
    compound_heads: dict[str, TriggerSpec] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.compound_heads = {k: s for k, s in self.nouns.items() if s.compound}
        self._noun_cache: dict[str, tuple[TriggerSpec, str] | None] = {}
        self.prepositions = frozenset(self.grammar["prepositions"])
        self.contractions: dict[str, str] = self.grammar["contractions"]
        self.determiners = frozenset(self.grammar["determiners"])
        self.oblique_determiners = frozenset(self.grammar["oblique_determiners"])
        self.masculine_article = self.grammar.get("masculine_article")
        self.collective_endings = tuple(self.grammar.get("collective_endings", ()))
        self.feminine_endings = tuple(self.grammar.get("feminine_endings", ()))
        self.expert_roles = tuple(self.grammar.get("expert_roles", ()))
        for attribute, key in OPTIONAL_WORD_SETS.items():
            setattr(self, attribute, frozenset(self.grammar.get(key, ())))
        # function words the actors stage knows already (its grammar.tsv): one list for both stages
        actors_grammar = kb_lexicon(self.lang)
        self.possessives = frozenset(actors_grammar.words.get("possessive", ()))  # `seine Truppen`
        self.genitive_articles = frozenset(actors_grammar.words.get("genitive", ()))  # `der Besuch des Präsidenten`
        self.indefinite_determiners = frozenset(actors_grammar.words.get("indefinite", ()))  # `ein Abkommen`
        # `die beiden | Länder`, `alle | Seiten`: the words that end the first half of a pair the actors stage split
        self.pair_words = frozenset(word.lower() for key in ("pair_determiner", "pair_number", "all_sides_determiner")
                                    for word in actors_grammar.words.get(key, ()))
        # and the time stage's units and names: `Diese Woche verbot ...` names no subject
        tables = time_resources(self.lang).tables
        self.time_nouns = frozenset(word.lower() for table in TIME_NOUN_TABLES for word in tables.get(table, {}))
        self.participation_verbs = {verb: frozenset(preps) for verb, preps in
                                    self.grammar.get("participation_verbs", {}).items()}
        self.expecting_verbs = {verb: frozenset(preps) for verb, preps in
                                self.grammar.get("expecting_verbs", {}).items()}
        self.particles = frozenset(self.grammar["separable_particles"])
        # what is left of a trigger verb without its particle (`weisen` of `zurückweisen`): a verb form
        # none of whose readings is a trigger or such a rest cannot start one
        self.particle_rests = frozenset(
            key[len(p):] for key in (*self.verbs, *self.phrases) for p in self.particles if key.startswith(p))
        self.coordinators = frozenset(self.grammar["coordinators"])
        self.clause_coordinators = frozenset(self.grammar["clause_coordinators"])
        self.correlatives = dict(self.grammar.get("correlatives", {}))
        self.subordinators = frozenset(self.grammar["subordinators"])
        self.clause_punctuation = frozenset(self.grammar["clause_punctuation"])
        self.werden_forms = frozenset(self.grammar["werden_forms"])
        self.sein_forms = frozenset(self.grammar["sein_forms"])
        self.conditional_werden = frozenset(self.grammar["conditional_werden"])
        self.reflexives = frozenset(self.grammar["reflexives"])
        self.relative_pronouns = frozenset(self.grammar["relative_pronouns"])
        self.object_control_verbs = frozenset(self.grammar["object_control_verbs"])
        self.preposition_control_verbs: dict[str, str] = dict(self.grammar["preposition_control_verbs"])
        self.occurrence_verbs: dict[str, str] = dict(self.grammar["occurrence_verbs"])
        self.quantity_nouns = frozenset(self.grammar["quantity_nouns"])
        self.carrying_nouns = frozenset(self.grammar.get("carrying_nouns", ()))
        self.perpetration_verbs = frozenset(self.grammar["perpetration_verbs"])
        self.claiming_verbs: dict[str, dict] = dict(self.grammar.get("claiming_verbs", {}))
        self.claimed_deeds = tuple(self.grammar.get("claimed_deeds", ()))
        self.deed_labels = tuple(self.grammar.get("deed_labels", ()))
        self.retaliation_nouns = tuple(self.grammar.get("retaliation_nouns", ()))
        self.judged_acts = {tuple(events.split()): tuple(heads)
                            for events, heads in self.grammar.get("judged_acts", {}).items()}
        self.judged_any_act = tuple(self.grammar.get("judged_any_act", ()))
        self.additive_particles = frozenset(self.grammar.get("additive_particles", ()))
        self.topic_prepositions = frozenset(self.grammar.get("topic_prepositions", ()))
        self.topic_verb_prepositions: dict[str, frozenset[str]] = {
            prep: frozenset(verbs) for prep, verbs in self.grammar.get("topic_verb_prepositions", {}).items()}
        self.referring_objects = frozenset(self.grammar.get("referring_objects", ()))
        self.reaction_verbs = frozenset(self.grammar.get("reaction_verbs", ()))
        self.said_nouns = (*self.claim_nouns, *self.statement_nouns)  # what someone said or claimed
        self.verb_forms = verb_forms(self._all_verbs(), self.lang)

    def _all_verbs(self) -> set[str]:
        verbs = set(self.verbs) | set(self.phrases) | self.light_verbs | self.governing_verbs | self.receiving_verbs \
            | set(self.claiming_verbs)
        return {v for v in verbs if v.isalpha()}

    def preposition(self, word: str) -> str | None:
        """The preposition a word is (contractions resolved), or None."""
        lower = word.lower()
        lower = self.contractions.get(lower, lower)
        return lower if lower in self.prepositions else None

    def noun(self, lemma: str) -> tuple[TriggerSpec, str] | None:
        """The noun entry for a (possibly compound, possibly inflected) noun, and its compound prefix."""
        lower = lemma.lower()
        if lower.endswith(self.not_nouns):
            return None
        if lower not in self._noun_cache:
            self._noun_cache[lower] = self._find_noun(lower)
        return self._noun_cache[lower]

    def _find_noun(self, lower: str) -> tuple[TriggerSpec, str] | None:
        for form in _noun_forms(lower):
            if form in self.nouns:
                return self.nouns[form], ""
        for form in _noun_forms(lower):
            for i in range(MIN_COMPOUND_PREFIX, len(form) - 2):
                head = form[i:]
                if head in self.nouns and head not in self.compound_heads and form[i - 1] != "-":
                    return None  # `Zimmervermittlung` ends in Vermittlung, which makes no compounds; not in Ermittlung
                spec = self.compound_heads.get(head) or (self.nouns.get(head) if form[i - 1] == "-" else None)
                if spec is not None:
                    prefix = form[:i].rstrip("-")
                    return None if prefix.endswith(spec.not_after) else (spec, prefix)
        return None


UMLAUTS = str.maketrans("äöü", "aou")


def _noun_forms(lower: str) -> list[str]:
    """The word and its stems without plural/case endings, also without the plural umlaut
    (Anschläge → anschlag, Luftschlägen → luftschlag)."""
    stems = [lower[: -len(e)] for e in NOUN_ENDINGS if lower.endswith(e) and len(lower) - len(e) >= 3]
    forms = [lower, *stems]
    for stem in stems:
        last = max(stem.rfind("ä"), stem.rfind("ö"), stem.rfind("ü"))
        if last >= 0:
            forms.append(stem[:last] + stem[last].translate(UMLAUTS) + stem[last + 1 :])
    return forms


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key written twice (the second would silently win)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise LexiconError(f"line {key_node.start_mark.line + 1}: {key!r} appears twice")
            seen.add(key)
        return super().construct_mapping(node, deep)


def _read_yaml(lang: str, name: str) -> dict:
    path = LEXICON_DIR / lang / name
    if not path.exists():
        raise LexiconError(f"{path}: missing lexicon file")
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader) or {}
    except LexiconError as err:
        raise LexiconError(f"{path}: {err}") from None
    except yaml.YAMLError as err:  # one line: where and what (`mapping values are not allowed here`)
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise LexiconError(f"{path}: {where}{getattr(err, 'problem', None) or err}") from None


def _with_reporting_verbs(modality: dict, lang: str) -> dict:
    """The verbs of saying and the other words that close speech (`..., so Wolff`) are the language's
    (`lang/<code>/reporting_verbs.txt`, `speech_markers.txt`, shared with quotes)."""
    from lagebild.lang import word_list

    attribution = modality.setdefault("attribution", {})
    attribution["reporting_verbs"] = frozenset(word_list(lang, "reporting_verbs.txt"))
    attribution["speech_markers"] = sorted(word_list(lang, "speech_markers.txt"))  # `..., so Wolff`
    return modality


@lru_cache(maxsize=4)
def load_lexicon(lang: str) -> Lexicon:
    triggers = _read_yaml(lang, "triggers.yaml")
    verbs_of_light = _read_yaml(lang, "light_verbs.yaml")
    return Lexicon(
        lang=lang,
        verbs={k: _spec(k, "verb", v) for k, v in (triggers.get("verbs") or {}).items()},
        nouns={k: _spec(k, "noun", v) for k, v in (triggers.get("nouns") or {}).items()},
        adjectives={k: _spec(k, "adj", v) for k, v in (triggers.get("adjectives") or {}).items()},
        grammar=_read_yaml(lang, "grammar.yaml"),
        modality=_with_reporting_verbs(_read_yaml(lang, "modality.yaml"), lang),
        light_verbs=frozenset(verbs_of_light.get("light_verbs", [])),
        governing_verbs=frozenset(verbs_of_light.get("governing_verbs", [])),
        receiving_verbs=frozenset(verbs_of_light.get("receiving_verbs", [])),
        coming_verbs=frozenset(verbs_of_light.get("coming_verbs", [])),
        domains=_read_yaml(lang, "domains.yaml"),
        phrases=_phrases(triggers.get("phrases") or []),
        crowd_nouns=frozenset(triggers.get("crowd_nouns") or []),
        unknown_attackers=frozenset(triggers.get("unknown_attackers") or []),
        not_nouns=tuple(triggers.get("not_nouns") or []),
    )


def _phrases(raw: list[dict]) -> dict[str, list[tuple[tuple[str, ...], TriggerSpec]]]:
    """`in Untersuchungshaft nehmen`: a verb that signals an event only with one of these nouns."""
    phrases: dict[str, list[tuple[tuple[str, ...], TriggerSpec]]] = {}
    for entry in raw:
        entry = dict(entry)
        verb, nouns = entry.pop("verb"), tuple(n.lower() for n in entry.pop("nouns"))
        phrases.setdefault(verb, []).append((nouns, _spec(f"{verb}+{nouns[0]}", "verb", entry)))
    return phrases


def available_languages() -> list[str]:
    return sorted(p.name for p in LEXICON_DIR.iterdir() if (p / "triggers.yaml").exists())
