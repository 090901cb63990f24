"""Who takes part in an event: completing a frame's actor and recipient from the sentence and the
article (context countries, crowds, unidentified attackers, addressees), and who counts at all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from lagebild.document import ActorMention, Document
from lagebild.events.clauses import (
    Argument,
    Clause,
    SentenceView,
    clause_says,
    has_head,
    headed_by,
    is_bare_zu_infinitive,
    is_deed,
    lemma,
    lemma_in,
    mention_token_span,
    preposition_before,
    topic_label,
)
from lagebild.events.frames import (
    Frame,
    is_passive_clause,
    is_perpetrated_passive,
    needed_phrase,
    reports_deaths,
    suffering_preposition,
    suffers_owned_act,
)
from lagebild.events.lexicon import Lexicon
from lagebild.events.modality import Source, reporting_clause_source
from lagebild.events.triggers import Trigger, noun_trigger
from lagebild.kb.lexicon import lexicon as kb_lexicon
from lagebild.nlp.syntax import morph_values
from lagebild.store.dedup import actor_key

STATE_SECTORS = {"GOV", "MIL", "POLICE", "JUD", "LEG", "IGO", "SPY"}
STATE_FORCES = {"MIL", "POLICE"}  # who fights attackers, and whose shots are no deed one claims
STATE_ORGANS = {"GOV", *STATE_FORCES, "SPY"}  # what answers for the state ("Die Behörden bestritten ...")
PARTY_SECTORS = {"PTY", "OPP"}
CROWD_SECTORS = {"CVL"}  # people at large (`zusätzliche Ärzte`, `die Flüchtlinge`): no body
CIVIL_SECTORS = {"CVL", "OPP", "PTY", "NGO", "LAB", "REL", "REB", "EDU", "MED", "BUS"}
RECIPIENT_FALLBACK_TYPES = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "SANCTION", "COERCE", "AGREE",
                            "PROTEST"}
# what two parties may do to one another ("werfen sich gegenseitig vor")
RECIPROCAL_STATEMENTS = {"ACCUSE", "THREATEN", "REJECT", "SUPPORT", "ASSAULT"}
# `X wurde zu fünf Jahren Haft verurteilt`, `X wurde festgenommen`: a passive with no agent still
# names who acted, by the act itself: a court convicts, the police arrest, the state deports.
IMPLICIT_AUTHORITY = {
    ("SANCTION", "convict"): "JUD",
    ("ACCUSE", "allege"): "JUD",
    ("ACCUSE", "investigate"): "JUD",
    ("COERCE", "arrest"): "POLICE",
    ("ASSAULT", "crowd-control"): "POLICE",
    ("THREATEN", "arrest"): "JUD",
    ("COERCE", "seize"): "POLICE",
    ("COERCE", "deport"): "GOV",
    ("SANCTION", "expel"): "GOV",
    ("COERCE", "curfew"): "GOV",
    ("COERCE", "restrict"): "GOV",
    ("COERCE", "martial-law"): "GOV",
    ("RETREAT", "release"): "GOV",
    ("MOBILIZE", "troops"): "GOV",
    ("MOBILIZE", "police"): "GOV",
    ("CONCEDE", None): "GOV",
    ("ASSAULT", "abduct"): "UAF",  # `X wurde entführt`: by someone the text cannot name
    ("ASSAULT", "explosives"): "UAF",  # `ein Bombenanschlag wurde verübt`
    ("ASSAULT", "suicide-attack"): "UAF",  # `bei einem Selbstmordanschlag wurden 30 Menschen getötet`
}
# attacks whose perpetrator may stay unnamed (`ein Bombenanschlag wurde verübt`)
BOMBINGS = {"explosives", "suicide-attack"}
# other attacks that may: `bei einem Angriff auf vier Männer wurde ein 31-Jähriger getötet` (air strikes are
# not among them: someone flies them)
UNNAMED_ASSAULTS = {None, "firearms", "sexual", "beat"}
# modes whose passive is an event whoever suffers it, named or not (`der Häftling wurde freigelassen`,
# `das Lager wurde geräumt`)
DONE_TO_ANYONE = {"convict", "arrest", "restrict", "troops", "police", "release", "seize", "deport"}
# modes imposed on a place, not on anyone (`in Kairo wurde eine Ausgangssperre verhängt`)
IMPOSED_ON_PLACES = {"curfew", "martial-law"}


def several_sides(actors: list[ActorMention]) -> bool:
    return len({actor_key(a) for a in actors}) > 1


def meeting_of_all(event: str, actors: list[ActorMention]) -> bool:
    """`die beiden sprachen`, `Kerry und Lawrow trafen sich`: a meeting that names several sides as its
    actors has no host; its recipients are named in it."""
    return event == "CONSULT" and several_sides(actors)


def international_body(actors: list[ActorMention]) -> bool:
    return bool(actors) and all(m.org and not m.country for m in actors)


def is_political(m: ActorMention) -> bool:
    """Someone who can act politically: a state, an organisation, a body, or someone in office."""
    return bool(m.country or m.org or m.sector)


def is_named_person(m: ActorMention) -> bool:
    """A person named but not known (`Abderaman A.`): someone things are done to."""
    if m.kind == "pronoun":  # `gegen ihn`, him being such a person
        return bool(m.name) and m.name[:1].isupper()
    return m.kind == "name" and (m.name or m.text)[:1].isupper()  # `den Ex-Politiker Luis Durnwalder`


def state_actor(actors: list[ActorMention]) -> bool:
    return any(m.sector in STATE_SECTORS or (m.kind in ("country", "org", "place") and not m.sector) for m in actors)


def armed_actor(actors: list[ActorMention]) -> bool:
    """Armed forces or an armed group."""
    return any(m.sector in ("MIL", *ARMED_GROUP_SECTORS) for m in actors)


def civil_actor(actors: list[ActorMention]) -> bool:
    return any(m.sector in CIVIL_SECTORS for m in actors)


def political_sides(actors: list[ActorMention], recipients: list[ActorMention]) -> bool:
    """Politicians and parties on both sides: what they do to each other is done with words."""
    def political(m: ActorMention) -> bool:
        return m.sector in ("PTY", "OPP") or (m.is_person and m.sector in ("GOV", "LEG", "PTY", "OPP"))

    return bool(actors) and bool(recipients) and all(political(m) for m in actors + recipients)


def same_side(a: ActorMention, b: ActorMention) -> bool:
    """One organisation, or one country's state (or one country's people): `ein Polizeisprecher` speaks
    for `die Polizei`, not for the rebels of his country."""
    if a.org or b.org:
        return a.org == b.org
    return a.country == b.country and state_actor([a]) == state_actor([b])


def same_country(actors: list[ActorMention], recipients: list[ActorMention]) -> bool:
    a = {m.country for m in actors if m.country}
    r = {m.country for m in recipients if m.country}
    return bool(a) and a == r and not any(m.org for m in recipients)


def _armed_group(actors: list[ActorMention]) -> bool:
    """Rebels, militias or unnamed attackers fighting at home (`Rebellen griffen einen Kontrollposten bei
    Aleppo an`): the place they attack stands for its state."""
    return bool(actors) and all(m.sector in ARMED_GROUP_SECTORS for m in actors)


def side_of(m: ActorMention) -> str | None:
    """Which party a mention stands for: its organisation, its KB entry, its sector or its country."""
    return m.org or m.kb_id or m.sector or m.country


def unnamed_attackers(actors: list[ActorMention]) -> bool:
    """`Angreifer`, `ein Selbstmordattentäter`, or no one said: attackers no name or state stands for."""
    return all(m.kind == "descriptor" and not (m.org or m.kb_id or m.name) and m.sector not in STATE_SECTORS
               for m in actors)


def without_actors(recipients: list[ActorMention], actors: list[ActorMention]) -> list[ActorMention]:
    """An actor is not its own recipient: drop recipients that name the same person, organisation,
    or (for states) the same country."""
    kb_ids = {a.kb_id for a in actors if a.kb_id}
    orgs = {a.org for a in actors if a.org}
    states = {a.country for a in actors if a.country and (a.kind in ("country", "place") or a.sector in ("GOV", "MIL"))}
    spans = {(a.start, a.end) for a in actors}
    return [
        r for r in recipients
        if (r.start, r.end) not in spans
        and not (r.kb_id and r.kb_id in kb_ids)
        and not (r.org and r.org in orgs)
        and not (r.kind in ("country", "place") and not r.org and r.country in states)
    ]


def is_dateline(text: str, m: ActorMention, lang: str) -> bool:
    """Whether the mention is the article's dateline (`Ankara –`, `Washington (Reuters) –`)."""
    after = text[m.end : m.end + 6].lstrip()
    return m.start < 40 and (kb_lexicon(lang).word("dateline", after[:1]) or after.startswith("("))


def home_country(doc: Document) -> str | None:
    """The country an article is set in: its dateline, else its most named country."""
    head = [m for m in doc.actor_mentions if m.start < 40 and m.country]
    if head and is_dateline(doc.text, head[0], doc.language):
        return head[0].country
    counts: dict[str, int] = {}
    for m in doc.actor_mentions:
        if m.country:
            counts[m.country] = counts.get(m.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _inflected_in(word: str, words: frozenset[str]) -> bool:
    """`Angreifern` is `Angreifer`: a listed word with a case ending."""
    return word in words or any(word[: -len(e)] in words for e in ("n", "en", "s", "e") if word.endswith(e))


ARMED_GROUP_SECTORS = ("REB", "UAF")
# what is said or decided about someone named in the sentence before ("Orban setzte ... ab. Die
# Gewerkschaften kritisierten ..."); arrests and attacks name whom they hit in their own sentence
ADDRESSEE_LOOKBACK = 2  # sentences
JUDGING_EVENTS = {"ACCUSE", "REJECT", "SUPPORT"}  # condemning, refusing or welcoming an act judges its doer
BANNING_EVENTS = {"COERCE"}  # banning an act (`verbot den Streik`) is done to its doer
ANSWERED_ACTS = frozenset({"ACCUSE", "REQUEST", "THREATEN"})  # what a refusal or denial answers
DONE_ACTS = ("COERCE", "SANCTION", "ASSAULT", "RETREAT", "CONCEDE", "REJECT", "SUPPORT", "AID", "MOBILIZE",
             "COOPERATE")  # acts, not statements, consultations, demands or offers
PUNISHING_ACTS = frozenset({"SANCTION"})  # aimed at whom was condemned just before
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})  # what a threat of retaliation answers
ADDRESSED_ACROSS_SENTENCES = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "SANCTION", "AGREE"}


def _own_body(candidate: ActorMention, actor: ActorMention) -> bool:
    """`HDP-Chef Demirtas`: the HDP is his own party, not whom he addresses; the chancellor is part of
    the government that acts, and the government of the country that acts (`Deutschland lehne ... ab`)."""
    party = bool(candidate.text) and f"{candidate.text}-" in actor.text
    acting_state = actor.sector == "GOV" or actor.kind == "country" and not actor.org
    government = not actor.is_person and acting_state and candidate.sector == "GOV" \
        and actor.country == candidate.country
    return party or government


def _parties(m: ActorMention) -> set[str]:
    """The parties a mention stands for, for telling whether an act was addressed to the one who answers it: a
    state (its name, its capital, its government, its forces, a member of its government), else an entry, a name
    or an organisation (not `coder._identity`, which tells people apart)."""
    state = m.country if m.country and not m.org and (m.kind == "country" or m.sector in STATE_ORGANS) else None
    if state and not m.is_person:
        return {state}
    return {p for p in (m.kb_id or m.name or m.org, state) if p}


def _adjective(m: ActorMention) -> bool:
    """`italienische`: a country named by its adjective alone."""
    return m.kind != "pronoun" and m.text[:1].islower() and " " not in m.text


def _named(actors: list[ActorMention]) -> list[ActorMention]:
    return [m for m in actors if m.text]


def _unowned(noun: Token, lex: Lexicon) -> bool:
    """A noun without an owner of its own (`die Kritik`, not `die Kritik der EU`, `seine Kritik`, `die Kritik von
    Amnesty`); a phrase with another preposition is none (`die Offensive mit Luftangriffen`)."""
    return not any(child.dep_ == "det:poss" or (child.dep_ == "nmod" and _owner_marked(child, lex))
                   for child in noun.children)


def _owner_marked(nmod: Token, lex: Lexicon) -> bool:
    """A genitive, or a phrase with von (the slot of whoever does what the noun names)."""
    case = next((c.text for c in nmod.children if c.dep_ == "case"), None)
    return case is None or lex.preposition(case) == "von"


class Act(NamedTuple):
    """An act told in a sentence (its event type) or a statement (None), and who did it: read when asked,
    since a claim later in the text may still name the attacker (`Die Taliban bekannten sich zu der Tat`)."""
    event: str | None
    actors: Callable[[], list[ActorMention]]
    recipients: Callable[[], list[ActorMention]] = list
    coded_as: str | None = None  # the event as coded, after its modality (aid to come: AGREE)
    told_as_done: bool = True  # (not `erkenne das Urteil nicht an`, not `falls ... scheitere`)


class Judged(NamedTuple):
    """An act judged by its noun: the event types it may be, and whether it is a deed one claims or condemns
    (`der Anschlag`, `die Tat`)."""
    events: tuple[str, ...]
    deed: bool = False
    any_act: bool = False  # (`das Ergebnis`: of any act; where none was told, the sentences before say whose)


class Participants:
    """Completes frames against one article."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.lex = lex
        self.sdoc: Doc = doc.spacy_doc
        self.home = home_country(doc)
        self.doc_mentions = doc.actor_mentions
        self.entities = doc.entities
        modifiers = kb_lexicon(lex.lang).values.get("modifier", {})
        self.others = frozenset(w.lower() for w, meaning in modifiers.items() if meaning == "other")
        self.acts: dict[int, list[Act]] = {}  # sentence -> who acted or spoke there, in order
        self.completed: tuple[int, list[Frame]] = (-1, [])  # the frames completed so far in the current sentence

    def named_actors(self, trigger: Trigger, frame: Frame) -> list[ActorMention]:
        """People named whom the KB does not know, where their own act or judgement (a verb, an adjective) is
        aimed at a state, a body or an organisation: `Nguyen Van Ly wies die Behörden zurecht`, `X zeigte sich
        von der EU-Kommission enttäuscht` (an event noun's owner may as well be whom it befalls). Alone they
        could be anyone; one the article introduces as an expert (`der Politikwissenschafter X`, `X,
        Chefvolkswirt bei ...`) comments on the conflict and is no party to it."""
        aimed_at_body = any(is_political(m) and m.sector not in CROWD_SECTORS and not _adjective(m)
                            for m in frame.recipient)
        if trigger.spec.pos == "noun" or not aimed_at_body:
            return []
        return [m for m in frame.actor if m.kind == "name" and is_named_person(m) and self._introduced_by_name(m)]

    def _introduced_by_name(self, person: ActorMention) -> bool:
        """The article first names the person as a person (first and last name, or a name the entity
        recogniser calls one), and not as an expert."""
        surname = (person.name or person.text).split()[-1]
        first = next((m for m in self.doc_mentions
                      if m.kind == "name" and (m.name or m.text).split()[-1] == surname), person)
        span = self.sdoc.char_span(first.start, first.end, alignment_mode="expand")
        if span is None or not all(t.is_title for t in span):
            return False
        recognised = any(e.label == "PER" and e.start <= first.start < e.end for e in self.entities)
        if len(span) < 2 and not recognised:
            return False
        return not self._introduced_as_expert(span)

    def _introduced_as_expert(self, span: Span) -> bool:
        """A role right before the name or in an apposition after it ends in an expert word."""
        sentence = span.sent
        before = self.sdoc[max(sentence.start, span.start - 3):span.start]
        apposed = self.sdoc[span.end:span.end + 1].text == ","
        after = self.sdoc[span.end:min(sentence.end, span.end + 12)] if apposed else []
        return any(t.lower_.endswith(self.lex.expert_roles) for t in (*before, *after) if t.is_title)

    def complete(self, frame: Frame, trigger: Trigger, view: SentenceView, mentions: list[ActorMention],
                 speech: Source | None = None) -> None:
        """Fill in what the frame leaves open; `speech` is the source of the speech the sentence goes on with
        (`..., teilte der FSB mit. Mehrere Verdächtige seien festgenommen worden`)."""
        event = trigger.spec.event
        came_about = event == "ASSAULT" and self._came_about(view, trigger)
        if came_about and frame.actor_slot == "subj" and self._attack_noun(trigger):
            frame.actor = []  # `es kam zu Übergriffen auf einen 14-jährigen Afghanen`: `es` did nothing
        frame.actor = [self._as_crowd(m) for m in frame.actor]
        if event == "PROTEST" and not frame.actor and not trigger.spec.no_unnamed_actor:
            frame.actor = self._unnamed(view, mentions, self.lex.crowd_nouns, "CVL") or [
                self._authority("CVL", view, trigger)
            ]
        if event == "ASSAULT" and not frame.actor:
            frame.actor = self._unnamed(view, mentions, self.lex.unknown_attackers, "UAF")
        if trigger.spec.mode == "crowd-control" and not frame.recipient:
            frame.recipient = self._protesters(view, trigger)
        unnamed_attack = event == "ASSAULT" and self._unnamed_attack(view, trigger, came_about)
        authority = (event, trigger.spec.mode) in IMPLICIT_AUTHORITY or unnamed_attack or bool(
            trigger.spec.passive_authority)
        someone = frame.recipient or (
            trigger.spec.mode in DONE_TO_ANYONE and self._nominative_noun(view, trigger)
        ) or bool(trigger.spec.needs_object_noun) or trigger.spec.mode in IMPOSED_ON_PLACES
        warrant = (event, trigger.spec.mode) == ("THREATEN", "arrest") and bool(frame.recipient)
        noun = trigger.spec.pos == "noun" and not trigger.spec.no_implied_authority and (
            event == "COERCE" or trigger.spec.mode in ("convict", "investigate") or warrant or unnamed_attack)
        stated = frame.passive and someone or noun
        # (`Die Sanktionen gegen den Iran sind aufgehoben`: lifted by whoever imposed them, no state's own body)
        imposed_by_others = event == "CONCEDE" and frame.recipient_slot == "gegen"
        if not frame.actor and authority and (stated or self._opened_in_passive(view, trigger)) \
                and not imposed_by_others and not self._penalty_by_law(view, trigger, frame):
            sector = IMPLICIT_AUTHORITY.get((event, trigger.spec.mode)) or trigger.spec.passive_authority or "UAF"
            reporter = self._reporting_state(view, trigger, speech) if sector in STATE_SECTORS else None
            frame.actor = [reporter or self._authority(sector, view, trigger)]
        # (the place an unnamed authority acts in is not where what it does goes: `wurde an die USA ausgeliefert`,
        # `wurden nach Frankreich zurückgeführt`)
        sent_to = self._destinations(mentions) if trigger.spec.mode == "deport" else []
        frame.actor = [self._in_context(m, [p for p in mentions if p not in frame.recipient and p not in sent_to])
                       for m in frame.actor]
        frame.recipient = [self._in_context(m, mentions) for m in frame.recipient]
        if event == "ASSAULT" and not frame.recipient and trigger.spec.pos == "noun":
            frame.recipient = self._attacked_town(view, trigger, frame)
        unplaced = frame.recipient and not any(m.country or m.org for m in frame.recipient)
        if trigger.spec.mode == "visit" and unplaced and frame.place:
            frame.recipient = []  # `In Bolivien will er die Haftanstalt Palmasola besuchen`: Bolivia is visited
        if event in ("CONSULT", "ASSAULT") and not frame.recipient and not meeting_of_all(event, frame.actor) \
                and not (event == "CONSULT" and international_body(frame.actor)):
            # (`Kerry und Lawrow trafen sich in Genf`: the place of a meeting of all is no party to it,
            # nor is the seat of an international body's meeting: `Die EU-Außenminister berieten in Luxemburg`)
            frame.recipient = [m for m in frame.place if not same_country(frame.actor, [m])
                               or (event == "ASSAULT" and _armed_group(frame.actor))]
        frame.recipient = without_actors(frame.recipient, frame.actor)
        if not frame.recipient and self._each_other(frame, trigger, view):
            frame.recipient = list(frame.actor)
        # `jene, die von der PKK unterstützt werden`: a passive relative clause's recipient is its
        # antecedent; when that names no actor, none is guessed
        relative_passive = frame.passive and view.clause_of(trigger.token).opener == "relative"
        between = frame.actor_slot == "after:zwischen"  # `das Abkommen zwischen A und B`: both sides named
        # (`Kiew und Moskau vereinbarten eine Waffenruhe`: an agreement of several sides is one among them)
        agreed_among = event == "AGREE" and several_sides(frame.actor)
        if not frame.recipient and event in ADDRESSED_ACROSS_SENTENCES:
            frame.recipient = self._written_to(view, trigger, frame)
        if not frame.recipient and trigger.spec.needs_preposition:
            frame.recipient = self._inside_phrase(frame, trigger, view, mentions)
        elif (not frame.recipient and event in RECIPIENT_FALLBACK_TYPES and not relative_passive and not between
              and not agreed_among):
            frame.recipient = self._addressee(frame, mentions, trigger, view)
        if not frame.recipient and event == "PROTEST" and not state_actor(frame.actor):
            frame.recipient = self._government_of(frame.actor, view, trigger)
        self._remember(frame, view.index)

    def _destinations(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """The places people are sent to: `nach Frankreich`, `in die Türkei`."""
        def sent_there(m: ActorMention) -> bool:
            span = mention_token_span(self.sdoc, m)
            at = preposition_before(self.sdoc, span[0], self.lex) if span is not None else None
            if at is None:
                return False
            word, following = self.sdoc[at].lower_, self.sdoc[at + 1].lower_ if at + 1 < len(self.sdoc) else ""
            return word in self.lex.destination_phrases or f"{word} {following}" in self.lex.destination_phrases
        return [m for m in mentions if (m.is_place or m.kind == "place") and sent_there(m)]

    def _in_context(self, m: ActorMention, mentions: list[ActorMention]) -> ActorMention:
        """`die Polizei`, `die Staatsanwaltschaft`: a national body without a country takes the country
        of the place named in its sentence (the dateline last), else the article's; `seine Truppen`
        that of their owner, the first actor of the sentence. Words like `andere` make a body someone
        else's (`andere Staaten`)."""
        if m.country or m.org or not m.sector or m.kind not in ("descriptor", "pronoun", "org"):
            return m
        words = m.text.lower().split()
        if any(w in self.others for w in words[:3]):
            return m
        if words and words[0] in self.lex.possessives:
            owner = next((o.country for o in mentions if o.country and o.start < m.start and not o.is_place), None)
            country = owner or self.home
        else:
            places = [p for p in mentions if p.country and (p.is_place or p.kind == "place")]
            # a place the sentence names wins over its dateline (`Berlin – ... in der Türkei festgenommen`)
            place = next((p for p in places if not is_dateline(self.sdoc.text, p, self.lex.lang)),
                         places[0] if places else None)
            country = place.country if place is not None else self.home
        return m.model_copy(update={"country": country}) if country else m

    def _penalty_by_law(self, view: SentenceView, trigger: Trigger, frame: Frame) -> bool:
        """`Unerlaubter Grenzübertritt wird mit Haft bestraft`: a conviction in the present passive
        with no judge named is what the law provides, not a sentence passed."""
        if not frame.passive or trigger.spec.mode != "convict":
            return False
        clause = view.clause_of(trigger.token)
        forms = {self.sdoc[i].lower_ for i in range(clause.start, clause.end)} & self.lex.werden_forms
        return bool(forms) and forms <= self.lex.present_werden_forms

    def _opened_in_passive(self, view: SentenceView, trigger: Trigger) -> bool:
        """`wurde eine Untersuchung eingeleitet`: a body opened it, though the noun alone implies none."""
        return trigger.spec.no_implied_authority and is_passive_clause(self.sdoc, view.clause_of(trigger.token),
                                                                       self.lex)

    def _perpetrated_in_passive(self, view: SentenceView, trigger: Trigger) -> bool:
        """`In Bingöl wurde ein Bombenanschlag verübt`: committed by someone the text leaves unnamed."""
        return is_perpetrated_passive(self.sdoc, view.clause_of(trigger.token), self.lex)

    def _unnamed_attack(self, view: SentenceView, trigger: Trigger, came_about: bool) -> bool:
        """An attack whose perpetrator the text leaves unnamed: a bombing committed in the passive, one that
        befell its victims or came about; another attack (no clash, no collision) that came about or whose
        victims died or were hurt."""
        if trigger.spec.mode in BOMBINGS:
            return came_about or self._perpetrated_in_passive(view, trigger) or self._befell_victims(view, trigger)
        return trigger.spec.mode in UNNAMED_ASSAULTS and self._attack_noun(trigger) and (
            came_about or self._befell_victims(view, trigger, harmed=True))

    def _befell_victims(self, view: SentenceView, trigger: Trigger, harmed: bool = False) -> bool:
        """`Bei einem Anschlag in Kabul wurden 30 Menschen getötet`, `... sind Dutzende ums Leben gekommen`:
        those the clause names suffered an attack first reported here (`einem`; `bei dem Anschlag` takes up
        one told before), whose perpetrator the text leaves unnamed. `harmed`: a passive must be one of harm
        (`Bei einem Angriff auf vier Männer ist ein 31-Jähriger getötet worden`)."""
        at = suffering_preposition(self.sdoc, trigger.token, self.lex)
        if at is None or not any(t.lower_ in self.lex.indefinite_determiners for t in self.sdoc[at:trigger.token]):
            return False
        clause = view.clause_of(trigger.token)
        if reports_deaths(self.sdoc, clause, self.lex):
            return True
        passive = is_passive_clause(self.sdoc, clause, self.lex)
        return passive and (not harmed or any(lemma_in(self.sdoc[i], self.lex.harm_verbs, self.lex)
                                              for i in range(clause.start, clause.end)))

    def _attack_noun(self, trigger: Trigger) -> bool:
        """An attack (no clash, no collision): `Angriff`, `Messerangriff`, `Überfall`, `Übergriff`."""
        noun = self.sdoc[trigger.token].text
        return trigger.spec.pos == "noun" and any(has_head(noun, head) for head in self.lex.attack_noun_endings)

    def _came_about(self, view: SentenceView, trigger: Trigger) -> bool:
        """`In Dresden kam es zu Angriffen auf Flüchtlinge`: an attack the clause says happened."""
        at = preposition_before(self.sdoc, trigger.token, self.lex)
        if trigger.spec.pos != "noun" or at is None:
            return False
        preposition = self.lex.preposition(self.sdoc[at].text)
        verbs = frozenset(verb for verb, prep in self.lex.occurrence_verbs.items() if prep == preposition)
        clause = view.clause_of(trigger.token)
        words = [self.sdoc[i] for i in range(clause.start, clause.end)]
        return any(w.lower_ in self.lex.impersonal_pronouns for w in words) and any(
            lemma_in(w, verbs, self.lex) for w in words)

    def _inside_phrase(self, frame: Frame, trigger: Trigger, view: SentenceView,
                       mentions: list[ActorMention]) -> list[ActorMention]:
        """`sich für einen Dialog mit dem Iran aussprechen`: a verb whose recipient is its prepositional
        phrase names it there, deeper in the phrase, or nowhere (`für faire Quoten`)."""
        phrase = needed_phrase(trigger, view.clause_of(trigger.token), self.sdoc, self.lex)
        if phrase is None:
            return []
        inside = [m for m in self._addressee_candidates(frame, mentions) if phrase.holds(m)]
        if inside:
            frame.recipient_slot = phrase.preposition
        return inside[:1]

    def _protesters(self, view: SentenceView, trigger: Trigger) -> list[ActorMention]:
        """`Proteste der Opposition wurden niedergeschlagen`, `löste die Demonstration der Opposition
        auf`: a crowd is dispersed by dispersing its protest; the protest's owner is hit."""
        clause = view.clause_of(trigger.token)
        for arg in clause.args:
            owned = arg.possessed_noun
            spec = self.lex.noun(lemma(self.sdoc[owned])) if owned is not None else None
            if spec is not None and spec[0].event == "PROTEST":
                return list(arg.mentions)
        return []

    def _unnamed(self, view: SentenceView, mentions: list[ActorMention], words: frozenset[str],
                 sector: str) -> list[ActorMention]:
        """`Tausende Menschen demonstrierten` (civilians), `Unbekannte schossen` (unidentified armed):
        participants the text does not name."""
        for tok in view.span:
            if _inflected_in(tok.text.lower(), words) and not self._describes_event(tok):
                inside = next((m for m in mentions if m.start <= tok.idx < m.end), None)
                if inside is not None:
                    return [inside] if sector == "UAF" else []
                return [ActorMention(text=tok.text, sector=sector, start=tok.idx, end=tok.idx + len(tok.text),
                                     sentence=view.index, kind="descriptor")]
        return []

    def _attacked_town(self, view: SentenceView, trigger: Trigger, frame: Frame) -> list[ActorMention]:
        """`die Anschläge von Paris`: the city after `von` is where the attack hit, its state the target."""
        clause = view.clause_of(trigger.token)
        town = next((a for a in clause.args if a.prep == "von" and a.start > trigger.token
                     and a.start - trigger.token <= 2 and all(m.is_place_entry for m in a.mentions)), None)
        if town is None or any(m in frame.actor for m in town.mentions):
            return []
        return [m.model_copy(update={"org": None, "sector": None}) for m in town.mentions]

    def _written_to(self, view: SentenceView, trigger: Trigger, frame: Frame) -> list[ActorMention]:
        """`In einem Brief an Kanzlerin Merkel forderte die Staatsregierung ...`: whom a letter is written to is
        addressed, of one's own side or not."""
        clause = view.clause_of(trigger.token)
        for arg in clause.args:
            noun = self._noun_before_phrase(arg, clause)
            if arg.prep == "an" and noun is not None and headed_by(noun, self.lex.letter_nouns):
                return [m for m in arg.mentions if m not in frame.actor]
        return []

    def _state_of_affairs_in(self, view: SentenceView, trigger: Trigger, frame: Frame) -> list[ActorMention]:
        """`besorgt über die Lage in Venezuela`, `kritisierte die Menschenrechtslage in China`: the state of
        a place right after a noun of how things stand there."""
        clause = view.clause_of(trigger.token)
        for arg in clause.args:
            noun = self._noun_before_phrase(arg, clause)
            if arg.prep != "in" or noun is None or not headed_by(noun, self.lex.situation_nouns):
                continue
            places = [m for m in arg.mentions if m.country and not same_country(frame.actor, [m])]
            if places:
                return [m.model_copy(update={"org": None, "sector": None}) for m in places]
        return []

    def _noun_before_phrase(self, arg: Argument, clause: Clause) -> Token | None:
        """The noun right before the preposition of a prepositional argument (`Lage` in `die Lage in Venezuela`)."""
        at = preposition_before(self.sdoc, arg.start, self.lex) if arg.prep is not None else None
        return self.sdoc[at - 1] if at is not None and at - 1 >= clause.start else None

    def _describes_event(self, tok) -> bool:
        """`des bewaffneten Kampfes` describes the fight; `einer bewaffneten Gruppe` names attackers."""
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return tok.text.islower() and nxt is not None and self.lex.noun(lemma(nxt)) is not None

    def _nominative_noun(self, view: SentenceView, trigger: Trigger) -> bool:
        """`ein 26-Jähriger wurde verurteilt`: someone stands in the nominative, named or not."""
        for t in view.span:
            if t.i >= trigger.token:
                break
            # (the parser's subject where the tagger's case is wrong: `ist eine Frau festgenommen worden`)
            nominative = "Nom" in morph_values(t, "Case") or t.dep_ in ("nsubj", "nsubj:pass")
            capital = t.text[:1].isupper() or t.text[:1].isdigit()
            nominalised = capital and t.i > 0 and "Nom" in morph_values(self.sdoc[t.i - 1], "Case")
            if t.pos_ in ("NOUN", "PROPN") and nominative or t.pos_ == "ADJ" and nominalised:
                return True
        return False

    def _reporting_state(self, view: SentenceView, trigger: Trigger, speech: Source | None) -> ActorMention | None:
        """`Das US-Verteidigungsministerium teilte mit, es sollten Panzer stationiert werden`: the
        state body that reports its own passive act did it, also in the speech it goes on with."""
        source = reporting_clause_source(view, view.clause_of(trigger.token), self.lex)
        if source is None and trigger.described is None:  # (`der festgenommene X` is named, not reported)
            source = speech
        speaker = source.mention if source is not None else None
        return speaker if speaker is not None and speaker.sector in STATE_SECTORS else None

    def _authority(self, sector: str, view: SentenceView, trigger: Trigger) -> ActorMention:
        """The unnamed authority of a passive act (or the unnamed crowd of a protest), in the
        country where it happened."""
        at = self.sdoc[trigger.token].idx
        return ActorMention(text="", sector=sector, start=at, end=at, sentence=view.index, kind="descriptor")

    def _government_of(self, actors: list[ActorMention], view: SentenceView, trigger: Trigger) -> list[ActorMention]:
        """A street protest without a named addressee is a protest against the government of the
        country it happens in (the crowd's country); a state's protest is a word against someone else."""
        country = next((a.country for a in actors if a.country), None)
        if country is None:
            return []
        at = self.sdoc[trigger.token].idx
        return [ActorMention(text="", country=country, sector="GOV", start=at, end=at, sentence=view.index,
                             kind="descriptor")]

    def _as_crowd(self, m: ActorMention) -> ActorMention:
        """`tausende Ungarn`, `10.000 Menschen`: a counted nationality is people, not the state."""
        if m.kind != "country" or m.sector:
            return m
        span = self.sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return m
        before = self.sdoc[span.start - 1]
        counted = before.text.lower() in self.lex.crowd_nouns or before.text.lower() in self.lex.quantifiers
        if before.like_num or counted:
            return m.model_copy(update={"sector": "CVL", "kind": "descriptor"})
        return m

    def _each_other(self, frame: Frame, trigger: Trigger, view: SentenceView) -> bool:
        """`Beide Seiten werfen sich vor ...`, `machen sich gegenseitig verantwortlich`: two parties
        that accuse or threaten one another."""
        parties = {side_of(m) for m in frame.actor}
        if len(parties) < 2 or trigger.spec.event not in RECIPROCAL_STATEMENTS:
            return False
        clause = view.clause_of(trigger.token)
        if clause_says(self.sdoc, clause, self.lex.reciprocal_words):
            return True
        nxt = self.sdoc[trigger.token + 1] if trigger.token + 1 < len(self.sdoc) else None
        # `sprachen sich für X aus`: a reflexive that fills no object slot of the verb is part of it
        object_slot = any(slot in ("obj", "dat") for slot in trigger.spec.recipient)
        return trigger.spec.pos == "verb" and object_slot and nxt is not None and nxt.lower_ in self.lex.reflexives

    def _addressee(
        self, frame: Frame, mentions: list[ActorMention], trigger: Trigger, view: SentenceView
    ) -> list[ActorMention]:
        """A verbal event's addressee often stands elsewhere in the sentence (`kritisierte, dass
        Israel ...`): the nearest other political actor, later ones first; else the last one the
        sentence before named (`Orban setzte ... ab. Die Gewerkschaften kritisierten ...`). The
        subject of a later main clause of its own acts there (`..., und die EU-Kommission klärt ab`)."""
        sentence = view.index
        speaker = self._speaker_of_own_side(frame, trigger, view)
        sufferers = [m for arg in view.args if suffers_owned_act(arg, self.sdoc, self.lex) for m in arg.mentions]
        denying = trigger.spec.event == "REJECT" and lemma_in(self.sdoc[trigger.token], self.lex.deed_denying_verbs,
                                                               self.lex)
        banned = self._judged_act(trigger) if trigger.spec.event in BANNING_EVENTS else None
        if banned is not None and not banned.any_act:
            return self._banned_doers(frame, banned, sentence)  # (`verbot den Streik`: whoever strikes)
        candidates = [m for m in self._addressee_candidates(frame, mentions)
                      if not self._in_later_main_clause(m, trigger, view) and m != speaker and m not in sufferers
                      and not (denying and self._in_denied_deed(m, trigger, view))]
        if not candidates:
            if not any(m.text for m in frame.actor):
                return []  # unnamed protesters or attackers: no addressee from another sentence
            if trigger.spec.event not in ADDRESSED_ACROSS_SENTENCES:
                return []
            if situation := self._state_of_affairs_in(view, trigger, frame):
                return situation  # (`besorgt über die Lage in Venezuela`: the state where things stand so)
            also = clause_says(self.sdoc, view.clause_of(trigger.token), self.lex.additive_particles)
            if also and (same := self._addressee_before(frame, trigger.spec.event, sentence)):
                return same  # (`Maduro verurteilte die Suspendierung ... Auch Bolivien kritisierte die Entscheidung`)
            act = self._judged_act(trigger)
            if act is not None:
                doer = self._doer_before(frame, act, sentence)
                # (`begrüßte das Urteil` of a court the KB does not place: no one else instead)
                if doer or (doer is not None and act.any_act) or (trigger.spec.event != "REJECT" and not act.any_act):
                    return doer or []
                if trigger.spec.event == "REJECT":
                    return self._who_addressed(frame, sentence)  # (`wies die Kritik zurück` after a demand)
            if self._takes_up_what_was_said(trigger):
                return self._claimant_before(frame, sentence)
            if self._reaction(trigger, view):
                return self._claimant_before(frame, sentence, lookback=None)  # (to the news, however far back)
            answered = self._answered(trigger, view)
            if answered is not None and any(has_head(answered, word) for word in self.lex.hearsay_nouns):
                return []  # (`dementierte das Gerücht`: no one's)
            if trigger.spec.event == "REJECT" and (asker := self._who_addressed(frame, sentence)):
                return asker
            if self._retaliation(trigger, view) and (attacker := self._who_addressed(frame, sentence, HOSTILE_ACTS)):
                return attacker
            if answered is not None:
                return self._claimant_before(frame, sentence)
            same_doer = self._addressed_by_same_actor(frame, sentence)
            if same_doer:
                return same_doer
            if trigger.spec.event in PUNISHING_ACTS and (accused := self._accused_before(frame, sentence)):
                return accused
            for back in range(1, ADDRESSEE_LOOKBACK + 1):
                earlier = [m for m in self.doc_mentions if m.sentence == sentence - back]
                previous = self._addressee_candidates(frame, earlier)
                if previous:
                    return previous[-1:]
            return []
        judged = self._judged_elsewhere(frame, candidates, trigger, view)
        if judged:
            return judged
        tok = self.sdoc[trigger.token].idx
        after = [m for m in candidates if m.start > tok]
        before = [m for m in candidates if m.start < tok]
        if self._reporting_inversion(trigger):
            after, before = [], before + after
        pick = after[0] if after else (before[-1] if before else None)
        return [pick] if pick is not None else []

    def _remember(self, frame: Frame, sentence: int) -> None:
        if self.completed[0] != sentence:
            self.completed = (sentence, [])
        self.completed[1].append(frame)

    def _addressed_by_same_actor(self, frame: Frame, sentence: int) -> list[ActorMention]:
        """`Die Mitglieder verurteilten den Test und kündigten Strafmaßnahmen an`: the same actor's act before
        in the sentence that names whom it addresses addresses the one that names no one."""
        if self.completed[0] != sentence:
            return []
        own = {(m.start, m.end) for m in frame.actor}
        earlier = (f for f in reversed(self.completed[1]) if f.recipient and {(m.start, m.end) for m in f.actor} == own)
        return next((list(f.recipient) for f in earlier), [])

    def _accused_before(self, frame: Frame, sentence: int) -> list[ActorMention]:
        """`Südkorea, Japan und die USA verurteilten den Test. Der Sicherheitsrat kündigte weitere Strafmaßnahmen an`:
        a sanction that names no one is aimed at whom the sentences just before condemned."""
        for act in self._acts_before(sentence, ADDRESSEE_LOOKBACK):
            if act.event == "ACCUSE" and (accused := _named(act.recipients())) and self._addressable(frame, accused):
                return accused
        return []

    def _who_addressed(self, frame: Frame, sentence: int, events: frozenset[str] = ANSWERED_ACTS
                       ) -> list[ActorMention]:
        """`Erdoğan machte Gülen verantwortlich. ... Gülen bestritt jede Beteiligung`, `Moskau warf Kiew Anschläge
        vor. ... Die ukrainische Regierung wies die Vorwürfe zurück`: a refusal or denial that names no one answers
        the last accusation, demand or threat made of the one who refuses, however far back; a threat of
        retaliation, the last attack on the one who threatens."""
        own = set().union(*map(_parties, frame.actor))
        for act in self._acts_before(sentence):
            if act.event in events and own & set().union(*map(_parties, act.recipients())):
                actors = act.actors()
                if self._addressable(frame, actors):
                    return _named(actors)
                # (`Das Verhandlungskomitee der Opposition warf der Regierung vor ... Die syrische Regierung
                # wies die Vorwürfe zurück`: the accuser at home, whom a state's organ addresses no other way)
                return [m for m in _named(actors) if m.country and not own & _parties(m)]
        return []

    def record_acts(self, sentence: int, acts: list[Act]) -> None:
        """Who acted in a sentence or spoke there, for the claims and acts later sentences answer."""
        self.acts[sentence] = acts

    def _answered(self, trigger: Trigger, view: SentenceView) -> str | None:
        """`Putin wies die Kritik zurück`, `Der Iran verurteilte die Äußerungen`: the lemma of something
        said that the clause names, whose speaker it leaves unsaid."""
        if trigger.spec.pos != "verb":
            return None
        clause = view.clause_of(trigger.token)
        return next((lemma(tok) for tok in self.sdoc[clause.start:clause.end]
                     if tok.pos_ == "NOUN" and tok.i not in (trigger.token, trigger.phrase_noun)
                     # (the tagger may call it the subject: any such noun of the clause)
                     and _unowned(tok, self.lex)
                     and any(has_head(lemma(tok), word) for word in self.lex.said_nouns)), None)

    def _retaliation(self, trigger: Trigger, view: SentenceView) -> bool:
        """`Die Huthis drohten mit Vergeltung`: a threat of retaliation (grammar.yaml retaliation_nouns)."""
        if trigger.spec.event != "THREATEN":
            return False
        clause = view.clause_of(trigger.token)
        return any(tok.pos_ == "NOUN" and headed_by(tok, self.lex.retaliation_nouns)
                   for tok in self.sdoc[clause.start:clause.end])

    def _takes_up_what_was_said(self, trigger: Trigger) -> bool:
        """`Peking lehnt das ab`: a pronoun as the object of a judging verb takes up what the sentence before said."""
        if trigger.spec.pos != "verb" or trigger.spec.event not in JUDGING_EVENTS:
            return False
        # (the parser may call a lone `das` the subject)
        return any(child.dep_ in ("obj", "nsubj") and child.lower_ in self.lex.referring_objects
                   for child in self.sdoc[trigger.token].children)

    def _reaction(self, trigger: Trigger, view: SentenceView) -> bool:
        """`Der Iran reagierte empört`: a judgement told as a reaction to what came before."""
        if trigger.spec.event not in JUDGING_EVENTS:
            return False
        clause = view.clause_of(trigger.token)
        return any(lemma_in(tok, self.lex.reaction_verbs, self.lex) for tok in self.sdoc[clause.start:clause.end])

    def _acts_before(self, sentence: int, lookback: int | None = None) -> Iterator[Act]:
        """The acts recorded in the sentences before this one, the latest first; only in the last `lookback`
        sentences if given."""
        first = 0 if lookback is None else max(0, sentence - lookback)
        for earlier in range(sentence - 1, first - 1, -1):
            yield from reversed(self.acts.get(earlier, []))

    def _claimant_before(self, frame: Frame, sentence: int, lookback: int | None = ADDRESSEE_LOOKBACK
                         ) -> list[ActorMention]:
        """Whoever said or did the last thing in the sentences before, when one the actor may address:
        the claim answered is theirs (`Hollande forderte Russland auf, ... Putin wies die Kritik zurück`)."""
        for act in self._acts_before(sentence, lookback):
            actors = act.actors()
            if self._addressable(frame, actors):
                return _named(actors)
        return []

    def _doer_before(self, frame: Frame, judged: Judged, sentence: int) -> list[ActorMention] | None:
        """Who did an act of this kind last in the article before: `Der Senat suspendierte Rousseff. ...
        Maduro verurteilte die Suspendierung` condemns the senate. A deed (`lobte den Anschlag`) is the last
        one by others than the state's forces, where there is one (not the police shooting the attackers).
        None where no such act was told."""
        acts = self._done_before(judged, sentence)
        if judged.deed:
            acts = [act for act in acts if not any(m.sector in STATE_FORCES for m in act.actors())] or acts
        act = acts[0] if acts else None
        if act is None:
            return None
        # (`türkische Soldaten und syrische Rebellen griffen an ... Die syrische Regierung verurteilte den
        # Einmarsch`: of the doers, those it may address)
        named = _named(act.actors())
        return [m for m in named if m in self._addressee_candidates(frame, named)]

    def _banned_doers(self, frame: Frame, banned: Judged, sentence: int) -> list[ActorMention]:
        """`Die Opposition demonstrierte. Die Polizei verbot die Kundgebung`: who last did an act of the kind
        banned, of the same state as the banning body or not."""
        acts = self._done_before(banned, sentence)
        if not acts:
            return []
        return [m for m in _named(acts[0].actors())
                if not any(m.text == a.text or _own_body(m, a) for a in frame.actor)]

    def _done_before(self, judged: Judged, sentence: int) -> list[Act]:
        """The acts of the judged kind told as done before the sentence, the last first."""
        return [act for act in self._acts_before(sentence) if act.event in judged.events and act.told_as_done]

    def _addressee_before(self, frame: Frame, event: str, sentence: int) -> list[ActorMention]:
        """`Washington werde Berater nach Nigeria schicken. Auch Großbritannien bot Unterstützung an`: one
        more actor doing the same addresses whom the last such act in the sentences before addressed."""
        for act in self._acts_before(sentence, ADDRESSEE_LOOKBACK):
            if event in (act.event, act.coded_as) and (recipients := act.recipients()):
                # (already found fit to be addressed: `nach Nigeria` stays a recipient here)
                own = {(a.country, a.org, a.kb_id) for a in frame.actor}
                return [m for m in _named(recipients) if (m.country, m.org, m.kb_id) not in own]
        return []

    def _addressable(self, frame: Frame, actors: list[ActorMention]) -> bool:
        named = _named(actors)
        return bool(named) and len(self._addressee_candidates(frame, named)) == len(named)

    def _judged_act(self, trigger: Trigger) -> Judged | None:
        """`Maduro verurteilte die Suspendierung`, `Die USA verurteilten die Tat`: what is judged is an act
        (its event type) whose doer the sentence leaves unsaid, not whoever the sentence before named, also
        one carried on (`begrüßte die Verlängerung der Sanktionen`: whoever imposed them)."""
        verb = self.sdoc[trigger.token]
        if trigger.spec.pos == "noun" or trigger.spec.event not in JUDGING_EVENTS | BANNING_EVENTS:
            return None
        if trigger.phrase_noun is not None and headed_by(self.sdoc[trigger.phrase_noun], self.lex.deed_labels):
            return Judged(("ASSAULT",), deed=True)  # (`sprach von einem Kriegsverbrechen`: the last attack)
        # (`hatte den Putschversuch verurteilt`: the parser may hang the object on the auxiliary)
        children = [*verb.children, *(c for aux in verb.children if aux.dep_ == "aux" for c in aux.children)]
        subjects_before = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
        for child in children:
            # (`Ban lobte das Abkommen`: the parser may read a second subject after the verb; what was said
            # there, `wies die Kritik zurück`, is answered, see _answered)
            second_subject = child.dep_ == "nsubj" and child.i > verb.i and bool(subjects_before) \
                and not any(has_head(lemma(child), word) for word in self.lex.said_nouns)
            # (`Salim al-Muslit begrüßte die Einigung`, `Man lehne den Test ab`: a subject or a time read where the
            # form says accusative, with no preposition, is the object)
            accusative = child.dep_ in ("nsubj", "obl:tmod") and child.i > verb.i \
                and morph_values(child, "Case") == ("Acc",) and not any(c.dep_ == "case" for c in child.children)
            # (`bestürzt über die Hinrichtungen`, `protestierte gegen die Festnahme`: the PP naming the addressee)
            addressing_pp = child.dep_ == "obl" and any(
                c.dep_ == "case" and c.lower_ in trigger.spec.recipient for c in child.children)
            if child.dep_ not in ("obj", "obl:arg") and not (second_subject or accusative or addressing_pp) \
                    or child.pos_ != "NOUN" or child.i == trigger.phrase_noun:
                continue
            child = self._carried(child)
            if not _unowned(child, self.lex):
                continue
            judged = next((events for events, heads in self.lex.judged_acts.items() if headed_by(child, heads)), None)
            if judged is not None:
                return Judged(judged)
            if headed_by(child, self.lex.judged_any_act):
                return Judged(DONE_ACTS, any_act=True)
            noun = noun_trigger(child, self.lex)
            if noun is not None:
                return Judged((noun.spec.event,), is_deed(child, self.lex))
            if is_deed(child, self.lex):
                return Judged(("ASSAULT",), deed=True)  # (`die Tat`: the attacks claims are about)
        return None

    def _speaker_of_own_side(self, frame: Frame, trigger: Trigger, view: SentenceView) -> ActorMention | None:
        """`Die Palästinenser würden sich weiter wehren, sagte er`: who reports what his own side does is
        not whom it addresses."""
        source = reporting_clause_source(view, view.clause_of(trigger.token), self.lex)
        speaker = source.mention if source is not None else None
        if speaker is None or not speaker.country or speaker.country not in {a.country for a in frame.actor}:
            return None
        return speaker

    def _carried(self, noun: Token) -> Token:
        """`die Verlängerung der Sanktionen`: more of the act in the genitive."""
        if not lemma_in(noun, self.lex.carrying_nouns, self.lex):
            return noun
        return next((g for g in noun.children if g.dep_ == "nmod" and g.pos_ == "NOUN" and g.i > noun.i
                     and noun_trigger(g, self.lex) is not None and _unowned(g, self.lex)), noun)

    def _judged_elsewhere(self, frame: Frame, candidates: list[ActorMention], trigger: Trigger,
                          view: SentenceView) -> list[ActorMention]:
        """`Die USA begrüßten die Einigung, warnten Moskau aber ...`: an act judged in a clause that names no
        one else is the act's doer's, not the one another clause of the sentence names."""
        clause = view.clause_of(trigger.token)
        if any((span := mention_token_span(self.sdoc, m)) and clause.contains(span[0]) for m in candidates):
            return []
        act = self._judged_act(trigger)
        return (self._doer_before(frame, act, view.index) or []) if act is not None else []

    def _in_denied_deed(self, m: ActorMention, trigger: Trigger, view: SentenceView) -> bool:
        """`bestreitet, Zivilisten gezielt anzugreifen` (a verb of `deed_denying_verbs`): whom a denied deed would
        hit is not whom the denial answers."""
        span = mention_token_span(self.sdoc, m)
        if span is None or span[0] <= trigger.token:
            return False
        clause = view.clause_of(span[0])
        return clause is not view.clause_of(trigger.token) and is_bare_zu_infinitive(self.sdoc, clause, self.lex)

    def _in_later_main_clause(self, m: ActorMention, trigger: Trigger, view: SentenceView) -> bool:
        """Whether a later coordinated main clause has `m` as its own subject, or as any argument of its own verb
        where the trigger is an act (not a statement)."""
        span = self.sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start <= trigger.token:
            return False
        clause = view.clause_of(span.start)
        if clause is view.clause_of(trigger.token) or clause.opener not in self.lex.clause_coordinators:
            return False
        own = next((a for a in clause.args if a.is_bare), None)
        if own is not None and m in own.mentions and any(
                self.sdoc[i].pos_ in ("VERB", "AUX") for i in range(own.end, clause.end)):
            return True
        # (`verlängerte den Ausnahmezustand und kündigte Luftangriffe gegen den IS an`: an act's addressee is not
        # whom the later clause's own verb addresses; a judgement's often is, `verurteilten den Test und forderten
        # Nordkorea auf`)
        return trigger.spec.event not in ADDRESSED_ACROSS_SENTENCES and any(m in a.mentions for a in clause.args) \
            and any(self.sdoc[i].pos_ in ("VERB", "AUX") for i in range(clause.start, clause.end))

    def _addressee_candidates(self, frame: Frame, mentions: list[ActorMention]) -> list[ActorMention]:
        """Political actors other than the actor; a national body (`vom Innenressort`) counts with
        the country of its context."""
        taken = {(m.country, m.org, m.kb_id, m.text) for m in frame.actor}
        own = {m.country for m in frame.actor}
        own_ids = {m.kb_id for m in frame.actor if m.kb_id} | {m.name for m in frame.actor if m.name}
        return [
            m for m in (self._in_context(m, mentions) for m in mentions)
            if (m.country, m.org, m.kb_id, m.text) not in taken and not m.is_place and m.kind != "place"
            and not (m.is_place_entry and (m.sector != "GOV" or self._after_preposition(m)))
            and (m.country or m.org or m.kind == "name")
            and (m.kb_id or m.org or m.country not in own or (m.sector == "GOV" and civil_actor(frame.actor))
                 or (m.sector in ("GOV", "MIL", "POLICE") and _armed_group(frame.actor))
                 or self._counterpart(m))
            and not (m.kind == "country" and m.country in own and not civil_actor(frame.actor))
            and not any(a.start <= m.start < a.end for a in frame.actor)
            and m.kb_id not in own_ids and m.name not in own_ids  # `er` for the speaker himself
            and not any(_own_body(m, a) for a in frame.actor)
            and m.sector != "MED"  # `sagte er der APA`: whom it was told to, not whom it is about
            and not (m.kind == "country" and topic_label(self.sdoc, m, mention_token_span(self.sdoc, m)))
            and not self._where_actor_sits(m, frame)
        ]

    def _where_actor_sits(self, m: ActorMention, frame: Frame) -> bool:
        """`Die Republikaner im Kongress lehnen ... ab`: the body the actor sits in is part of the actor."""
        span = mention_token_span(self.sdoc, m)
        if span is None:
            return False
        head = self.sdoc[span[0]:span[1]].root
        if head.dep_ != "nmod" or not any(c.dep_ == "case" and self.lex.preposition(c.text) == "in"
                                          for c in head.children):
            return False
        actor_spans = (mention_token_span(self.sdoc, a) for a in frame.actor)
        return any(s is not None and s[0] <= head.head.i < s[1] for s in actor_spans)

    def _counterpart(self, m: ActorMention) -> bool:
        """`der Koalitionspartner`: a party named by its role towards the speaker's own, in the same country."""
        words = m.text.lower().split()
        return m.kind == "descriptor" and bool(words) and words[-1] in self.lex.counterpart_nouns

    def _after_preposition(self, m: ActorMention) -> bool:
        """`der Terroranschlag von Paris`: a capital after a preposition is a place."""
        span = self.sdoc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.start > 0 and bool(self.lex.preposition(self.sdoc[span.start - 1].text))

    def _reporting_inversion(self, trigger: Trigger) -> bool:
        """`Israel gehe dem nicht nach, kritisierte Wibisono`: what is criticised comes first."""
        i = trigger.token - 1
        while i >= 0 and self.sdoc[i].is_space:
            i -= 1
        return i >= 0 and self.sdoc[i].text in (",", ":", "“", '"', "«")
