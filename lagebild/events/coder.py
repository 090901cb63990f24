"""The event coder: sentences → event mentions (trigger, frame, aux modes, attribution, date, place).

Language-neutral: everything language-specific comes from the Lexicon.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from lagebild.document import ActorMention, Attribution, Document, Location, Quote
from lagebild.events.clauses import (
    Argument,
    Clause,
    SentenceView,
    clause_says,
    ends_in_zu_infinitive,
    has_head,
    headed_by,
    is_bare_zu_infinitive,
    is_deed,
    is_finite_verb,
    is_reporting_verb,
    lemma,
    lemma_candidates,
    lemma_in,
    looks_like_noun,
    looks_like_verb,
    mention_token_span,
    preposition_before,
    read_sentence,
)
from lagebild.events.frames import (
    Frame,
    fill_frame,
    fill_slot,
    has_indefinite_subject,
    is_passive_clause,
    needed_phrase,
    reports_deaths,
    subject,
    suffering_preposition,
)
from lagebild.events.inflection import preterite_forms
from lagebild.events.lexicon import Lexicon
from lagebild.events.modality import (
    Source,
    attribution,
    awaited,
    conditional_verb_first,
    is_future,
    is_hypothetical,
    is_negated,
    is_uncertain,
    reported_future,
    reporting_clause_source,
    reporting_source,
)
from lagebild.events.ontology import is_valid
from lagebild.events.participants import (
    PARTY_SECTORS,
    RECIPROCAL_STATEMENTS,
    Act,
    Participants,
    armed_actor,
    civil_actor,
    international_body,
    is_named_person,
    is_political,
    political_sides,
    same_country,
    same_side,
    side_of,
    state_actor,
    unnamed_attackers,
    without_actors,
)
from lagebild.events.triggers import Trigger, find_triggers, noun_in_clause
from lagebild.nlp.syntax import attribute_opener, morph_values
from lagebild.store.dedup import actor_key

FUTURE_COOPERATION = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
FUTURE_RETREAT = {"RETREAT": "CONCEDE"}
FORCE_EVENTS = {"ASSAULT", "COERCE", "MOBILIZE"}
# what one threatens by not ruling it out
THREAT_OBJECTS = FORCE_EVENTS | {"SANCTION", "PROTEST"}
# force a political speaker says another side used is an accusation of that side
ACCUSED_FORCE = {"ASSAULT", "COERCE"}
# statements made whatever a condition after them says (it conditions what they threaten or ask for)
CONDITIONED_STATEMENTS = {"THREATEN", "REQUEST", "ACCUSE", "REJECT"}
REFUSABLE = FUTURE_COOPERATION | {"AGREE", "CONCEDE"}  # (`werde nicht nachgeben`: a refusal)
# sentences that reported speech (Konjunktiv I) runs on after its reporting verb
REPORTED_SPEECH_SPAN = 3
DENIAL_SPAN = 6  # sentences within which a negated claim of the accused answers an accusation
# sentences an interview answer may run after its speaker's label (`Stöger: ...`)
INTERVIEW_ANSWER_SPAN = 12
HISTORICAL_YEARS = 2


@dataclass
class EventMention:
    """One event as read in one place of the article, before merging."""

    event: str
    base_event: str
    mode: str | None
    actor: list[ActorMention]
    recipient: list[ActorMention]
    sentence: int
    start: int
    end: int
    trigger: str
    text: str
    aux: list[str] = field(default_factory=list)
    attribution: Attribution | None = None
    date: str | None = None
    date_end: str | None = None
    date_source: str | None = None
    dated_in_sentence: bool = False  # its date comes from its own sentence, not one before
    by_noun: bool = False  # read from an event noun (`Festnahme`), not a verb
    refusal_by_negation: bool = False  # a refusal read from a negated act (`erkennt das Urteil nicht an`), no deed
    location: Location | None = None
    confidence: float = 0.5


def _hosted(frame: Frame, guests: list[ActorMention]) -> bool:
    """`In Kairo traf Kerry mit Shukri zusammen`, `Xi bei einem Treffen mit Erdogan in Peking`: a
    meeting at the home of one side is the other side's visit, the host its recipient."""
    hosts = {m.country for m in (frame.actor if guests is frame.recipient else frame.recipient)}
    places = {m.country for m in frame.place}
    visitors = {m.country for m in guests}
    return len(hosts) == 1 and None not in hosts and hosts <= places and not hosts & visitors and None not in visitors


def future_type(event: str) -> str:
    """PLOVER: future cooperation is AGREE, an announced retreat is CONCEDE; others stay."""
    if event in FUTURE_COOPERATION:
        return "AGREE"
    return FUTURE_RETREAT.get(event, event)


def _in_quote(offset: int, quotes: list[Quote]) -> Quote | None:
    return next((q for q in quotes if q.start <= offset < q.end), None)


def _speaker_mention(quote: Quote, at: int) -> ActorMention | None:
    s = quote.speaker
    if s is None or not (s.country or s.org):
        return None
    return ActorMention(text=s.name or s.country or s.org or "", name=s.name, country=s.country, org=s.org,
                        sector=s.sector, kb_id=s.kb_id, start=at, end=at, sentence=0, kind="name")


def _antecedent_of(pronoun: ActorMention, m: ActorMention, text: str) -> bool:
    """`Vertreter der Eurostaaten haben klargemacht, dass sie ...`: a group named in a clause before, no
    otherwise than the pronoun that takes it up, is the pronoun's antecedent, not someone else."""
    return (pronoun.kind == "pronoun" and m.kind == "descriptor" and m.end < pronoun.start
            and "," in text[m.end:pronoun.start]
            and (m.country, m.org, m.sector, m.name) == (pronoun.country, pronoun.org, pronoun.sector, pronoun.name))


def _politician(label: list[ActorMention]) -> ActorMention | None:
    """The named politician among the actors of a speaker's label."""
    return next((m for m in label if m.kind == "name" and is_political(m)), None)


def _identity(m: ActorMention) -> str | None:
    """Who a mention is, where the KB or the article's names tell: an entry, or a person's name."""
    return m.kb_id or (m.name if m.is_person else None)


def _party(m: ActorMention) -> str | None:
    """Who a mention is, or else which body of which state (`Ein Regierungssprecher`: GBR/GOV)."""
    return _identity(m) or (f"{m.org or m.country}/{m.sector}" if m.org or m.country else None)


class SentenceCoder:
    """Codes the event mentions of one sentence."""

    def __init__(self, doc: Document, lex: Lexicon, prefix_resolver) -> None:
        self.reporting_verbs = lex.modality["attribution"]["reporting_verbs"]
        self.speech_markers = frozenset(lex.modality["attribution"].get("speech_markers", ()))
        self.doc = doc
        self.lex = lex
        self.sdoc: Doc = doc.spacy_doc
        self.resolve_prefix = prefix_resolver
        self.participants = Participants(doc, lex)
        self.previous_subject: list[ActorMention] = []
        self.previous_found: list[EventMention] = []
        self.sentences = list(self.sdoc.sents)
        self.sentence_starts = [sent.start for sent in self.sentences]
        self.last_speaker: tuple[int, Source] | None = None  # (sentence, source) of the last reporting clause

    def code(self, view: SentenceView, mentions: list[ActorMention], carried: Source | None) -> list[EventMention]:
        found_triggers = find_triggers(view, self.lex)
        triggers = self._keep_relevant(found_triggers, view)
        coded = [(t, m) for t in triggers if (m := self._code_trigger(t, view, mentions, carried)) is not None]
        self._demanded(coded, found_triggers, view)
        found = [split for t, m in coded if not self._threatened(t, m, coded, view) for visit in _split_visits(m)
                 for split in _split_mutual(visit)]
        main = next((subj for c in view.clauses if (subj := subject(c, view)) is not None), None)
        self.previous_subject = list(main.mentions) if main is not None else []
        self.previous_found = list(found)
        reported = self._sentence_source(view)
        accusations = [accusation for m in found if (accusation := self._reported_accusation(m, reported, view))]
        found += [a for a in accusations if not _accused_already(a, found)]
        if reported is not None and reported.mention is not None:
            self.last_speaker = (view.index, reported)
        acts = [(m.start, Act(m.base_event, lambda m=m: m.actor, lambda m=m: m.recipient,
                              future_type(m.base_event) if "future" in m.aux else m.base_event,
                              not {"negated", "hypothetical"} & set(m.aux) and not m.refusal_by_negation))
                for m in found]
        if reported is not None and reported.mention is not None:
            acts.append((reported.mention.start, Act(None, lambda speaker=reported.mention: [speaker])))
        acts.sort(key=lambda act: act[0])
        self.participants.record_acts(view.index, [act for _, act in acts])
        return found

    def denial(self, view: SentenceView, found: list[EventMention]) -> EventMention | None:
        """`Ein Regierungssprecher versicherte, der Premier habe keinen Anteil an einem Offshore-Fonds`: a
        negated claim about one accused before, reported by him or his side, rejects the accusation; so does
        any answer of the accused (`Malmström konterte, dass ...`)."""
        # (the cheap questions first: this is asked of every sentence without an event)
        accusations = [m for m in reversed(found) if m.base_event == "ACCUSE"
                       and view.index - m.sentence <= DENIAL_SPAN and not {"negated", "hypothetical"} & set(m.aux)]
        if not accusations:
            return None
        source = self._sentence_source(view)
        if source is None or source.mention is None:
            return None
        speaker = source.mention
        told = [c for c in view.clauses if reporting_clause_source(view, c, self.lex) is not None]
        verb = next((t for c in view.clauses if c not in told for t in self.sdoc[c.start:c.end]
                     if t.pos_ in ("VERB", "AUX") and is_reporting_verb(t, list(self.sdoc[c.start:c.end]),
                                                                         self.lex)), None)
        if verb is None:
            return None
        if self._rebuttal(verb):
            about = {_party(speaker)}
        elif any(clause_says(self.sdoc, c, self.lex.modality["negation"]["words"]) for c in told):
            about = {_party(m) for c in told if (subj := subject(c, view)) is not None for m in subj.mentions}
        else:
            return None
        about -= {None}
        accusation = next((m for m in accusations if about & {_party(a) for a in m.recipient}
                           and _party(speaker) not in {_party(a) for a in m.actor}), None)
        if accusation is None or not accusation.actor:
            return None
        return EventMention(event="REJECT", base_event="REJECT", mode=None, actor=[speaker],
                            recipient=list(accusation.actor), sentence=view.index, start=verb.idx,
                            end=verb.idx + len(verb.text), trigger=verb.text, text=view.span.text.strip(),
                            attribution=Attribution(text=source.text), confidence=0.5)

    def _rebuttal(self, verb: Token) -> bool:
        rebuttals = self.lex.modality["attribution"].get("rebuttal_verbs", ())
        return any(stem in rebuttals for stem in lemma_candidates(verb, self.lex))

    def _demanded(self, coded: list[tuple[Trigger, EventMention]], found: list[Trigger], view: SentenceView) -> None:
        """`Alfano solle zurücktreten, sagte Calderoli`: what a speaker demands in the subjunctive has not
        happened and is not planned either (nor where the demand is the reporting verb's: `Amazon solle den
        Tarifvertrag anerkennen, forderte Bärschneider`, whose modal is no trigger of its own)."""
        demands = [view.clause_of(t.token) for t in found if t.spec.speaker_event and t.spec.needs_subjunctive
                   and self._demanding_modal(t, view)]
        for t, m in coded:
            if t.spec.speaker_event or "future" not in m.aux or view.clause_of(t.token) not in demands:
                continue
            m.aux = [a for a in m.aux if a != "future"] + ["hypothetical"]
            m.event = m.base_event

    def _threatened(self, trigger: Trigger, mention: EventMention, coded: list[tuple[Trigger, EventMention]],
                    view: SentenceView) -> bool:
        """`Die Gewerkschaft hatte damit gedroht, wöchentlich zu streiken`: the act a threat names in its
        zu-infinitive is what the threat is about, no event of its own."""
        clause = view.clause_of(trigger.token)
        if mention.base_event == "THREATEN" or clause.opener is not None \
                or not ends_in_zu_infinitive(self.sdoc, clause):
            return False
        return any(m.base_event == "THREATEN" and t.token < clause.start
                   and lemma_in(self.sdoc[t.token], self.lex.threat_verbs, self.lex) for t, m in coded)

    def _reported_accusation(self, mention: EventMention, reported: Source | None,
                             view: SentenceView) -> EventMention | None:
        """`Russland habe die Waffenruhe gebrochen, sagte ein Sprecher des ukrainischen Militärs`: force that
        a political speaker says another side used is the speaker's accusation of that side (the force itself
        stays the reported claim it is)."""
        speaker = reported.mention if reported is not None else None
        if speaker is None or mention.event not in ACCUSED_FORCE or mention.aux or not mention.actor \
                or mention.attribution is None or mention.attribution.text != reported.text:
            return None
        if not (speaker.country or speaker.org) or speaker.sector in self.lex.reporting_sectors:
            return None
        # (the accused are named, and a state or an armed group: not an unnamed authority, not a civilian)
        if not all(actor.text for actor in mention.actor) \
                or not (state_actor(mention.actor) or armed_actor(mention.actor)) \
                or any(same_side(speaker, actor) or self._lone_attacker(actor) for actor in mention.actor):
            return None
        verb = next((t for t in view.span if t.text in reported.text.split()
                     and lemma_in(t, self.reporting_verbs, self.lex)), None)
        if verb is None:
            return None
        return replace(mention, event="ACCUSE", base_event="ACCUSE", mode="allege", actor=[speaker],
                       recipient=list(mention.actor), start=verb.idx, end=verb.idx + len(verb.text),
                       trigger=verb.text, attribution=None, by_noun=False)

    def _lone_attacker(self, actor: ActorMention) -> bool:
        """`Der Attentäter habe sich in die Luft gesprengt, teilte der Gouverneur mit`: one unnamed attacker
        told of is no side accused."""
        span = mention_token_span(self.sdoc, actor)
        return unnamed_attackers([actor]) and span is not None \
            and morph_values(self.sdoc[span[1] - 1], "Number") == ("Sing",)

    def _sentence_source(self, view: SentenceView) -> Source | None:
        """The first reporting clause of the sentence: asked for from its first clause it is the first
        among the others; the first clause itself (by its verb, or as the clause before a colon) is
        left to ask for from the second."""
        return next((source for clause in view.clauses[:2]
                     if (source := reporting_clause_source(view, clause, self.lex))), None)

    def _continued_speech(self, view: SentenceView, clause: Clause) -> Source | None:
        """`..., sagte Kurz. Es brauche einen neuen Ansatz der EU.`: speech in Konjunktiv I goes on
        in the sentences after its reporting verb, still the speaker's."""
        if self.last_speaker is None or view.index - self.last_speaker[0] > REPORTED_SPEECH_SPAN:
            return None
        subjunctive = any("Sub" in morph_values(self.sdoc[i], "Mood") and "Pres" in morph_values(self.sdoc[i], "Tense")
                          for i in range(clause.start, clause.end))
        return self.last_speaker[1] if subjunctive else None

    # --- which triggers count ------------------------------------------------------------
    def _keep_relevant(self, triggers: list[Trigger], view: SentenceView) -> list[Trigger]:
        # (a verb that is a trigger only before its complement is no verb of the clause otherwise;
        # `will die Post zwingen, dass ...`: the complement is the other verb's)
        triggers = [t for t in triggers if not t.spec.complement or self._before_complement(t, view)]
        # (`soll es zu Übergriffen gekommen sein` is hearsay, no modal of demand standing in the clause)
        triggers = [t for t in triggers if not t.spec.needs_subjunctive or self._demanding_modal(t, view)]
        # `die Armutskonferenz`: a noun that is the whole name of an organisation is no act
        named = {arg.end - 1 for arg in view.args for m in arg.mentions
                 if m.kind == "org" and "-" not in m.text and m.text == self.sdoc[arg.end - 1].text}
        relevant = [t for t in triggers if self._relevant(t, view.clause_of(t.token), triggers, view)
                    and not (t.spec.pos == "noun" and t.token in named)]
        # a phrase's noun is the phrase's, unless the phrase does not hold (`sorgte für Kritik der
        # Opposition` is the opposition's criticism; `sorgte bei der Opposition für Kritik`, the phrase)
        in_phrases = {t.phrase_noun for t in relevant if t.phrase_noun is not None}
        # `forderten, dass Kriegsverbrechen geahndet werden müssten`: the demand its own verb names
        # is not made a second time by the speaker
        said = {t.spec.event for t in relevant if t.spec.pos == "verb" and not t.spec.speaker_event}
        return [t for t in relevant if t.token not in in_phrases
                and not (t.spec.speaker_event and t.spec.event in said)]

    def _demanding_modal(self, t: Trigger, view: SentenceView) -> bool:
        """A subjunctive modal in an active, undated clause: `Alfano solle zurücktreten`, not plans
        (`Panzer sollten stationiert werden`, `solle am Samstag nach Minsk zurückkehren`)."""
        clause = view.clause_of(t.token)
        words = self.sdoc[clause.start:clause.end]
        passive = any(w.text.lower() in self.lex.werden_forms for w in words)
        dated = any(words.start_char <= x.start < words.end_char for x in self.doc.timexes)
        return "Sub" in morph_values(self.sdoc[t.token], "Mood") and not passive and not dated

    def _before_complement(self, t: Trigger, view: SentenceView) -> bool:
        clause = view.clause_of(t.token)
        return _complement_follows(view, clause, t.spec.complement) and not self._clause_has_other_verb(t, clause)

    def _relevant(self, t: Trigger, clause: Clause, triggers: list[Trigger], view: SentenceView) -> bool:
        spec = t.spec
        if spec.pos == "noun" and (self._governed_by_verb(t, clause, triggers) or self._predicative(t)
                                   or self._bracketed_name(t) or self._requested(t, triggers)):
            return False
        # a verb + noun expression (`Anklage erheben`) is the event itself, not a light verb carrying it
        light = spec.pos == "verb" and t.phrase_noun is None and lemma_in(self.sdoc[t.token], self.lex.light_verbs,
                                                                          self.lex)
        if light and self._has_noun_trigger(clause, triggers):
            return False
        modifier = spec.not_in_pp or self._clause_has_verb_trigger(clause, triggers, other_than=spec.event)
        if (spec.pos == "noun" and modifier and self._in_prepositional_phrase(t) and not self._has_own_actor(t, clause)
                and not self._taking_part(t, clause) and not self._met_before(t)):
            return False
        # (`fand X, der ..., lobende Worte`: the noun may stand after the relative clause)
        if spec.needs_object_noun and not noun_in_clause(self.sdoc, t.token, view.completed(clause),
                                                         spec.needs_object_noun):
            return False
        if t.phrase_noun is not None and "actor" in spec.requires and not self._actor_phrase_present(t, clause):
            return False  # `sorgte für Kritik der Opposition`: not the phrase, whose actor comes with `bei`
        if spec.needs_preposition and not clause_says(self.sdoc, clause, spec.needs_preposition) \
                and not ("zu" in spec.needs_preposition and self._zu_infinitive_after(clause, view)):
            return False
        if spec.unless_preposition and clause_says(self.sdoc, clause, spec.unless_preposition):
            return False
        if spec.not_preterite and self.sdoc[t.token].lower_ in preterite_forms(spec.key, self.lex.lang):
            return False
        if spec.needs_first_person and not clause_says(self.sdoc, clause, self.lex.first_person_subject):
            return False
        if (spec.needs_reflexive or spec.unless_reflexive) \
                and spec.needs_reflexive != clause_says(self.sdoc, clause, self.lex.reflexives):
            return False
        return not (spec.unless_nouns and noun_in_clause(self.sdoc, t.token, clause, spec.unless_nouns))

    def _zu_infinitive_after(self, clause: Clause, view: SentenceView) -> bool:
        """`verpflichtet sich, die Anreicherung zu beschränken`: after a reflexive verb, a zu-infinitive clause
        stands for the zu-phrase (`ist verpflichtet, ... zu stellen` states a duty)."""
        later = [c for c in view.clauses if c.start >= clause.end]
        return bool(later) and clause_says(self.sdoc, clause, self.lex.reflexives) \
            and is_bare_zu_infinitive(self.sdoc, later[0], self.lex)

    def _actor_phrase_present(self, t: Trigger, clause: Clause) -> bool:
        """Whether a phrase that names its actor only by prepositions (`bei`, `in`) has one of them."""
        if not t.spec.actor or not all(self.lex.preposition(slot) for slot in t.spec.actor):
            return True
        return any(self.lex.preposition(self.sdoc[i].text) in t.spec.actor for i in range(clause.start, clause.end))

    def _governed_by_verb(self, noun: Trigger, clause: Clause, triggers: list[Trigger]) -> bool:
        """`Sanktionen fordern`, `die Vorwürfe der Ukraine zurückweisen`: the verb's event, not the
        noun's. A noun with its own actor inside a prepositional phrase stays an event of its own
        (`dankte für Nordkoreas Unterstützung`)."""
        own_actor = self._has_own_actor(noun, clause)
        in_pp = self._in_prepositional_phrase(noun)
        if not in_pp and any(
            lemma_in(self.sdoc[i], self.lex.governing_verbs, self.lex) and self.sdoc[i].text.islower()
            and not self._bracket_closed(i, noun.token)
            for i in range(clause.start, clause.end) if i != noun.token
        ):
            return True
        for t in triggers:
            if t.spec.pos != "verb" or t.spec.copula_only or not clause.contains(t.token) or t.token > noun.token:
                continue
            if self._bracket_closed(t.token, noun.token):
                continue
            if self._announced_instead(t, noun, clause):
                continue  # `kündigten Sanktionen an`: no announced aid, so the sanctions are the event (to come)
            verb = self.sdoc[t.token]
            if lemma_in(verb, self.lex.light_verbs, self.lex):
                continue
            governing = t.spec.key in self.lex.governing_verbs or lemma_in(verb, self.lex.governing_verbs, self.lex)
            if governing and not in_pp:  # the key covers separated particles: `stritt die Vorwürfe ab`
                return True
            if t.spec.event != noun.spec.event and not own_actor:
                return True
        return False

    def _requested(self, noun: Trigger, triggers: list[Trigger]) -> bool:
        """`Forderung nach einem Rücktritt`, `pochten auf eine Freilassung`: the act a request asks for
        has not happened; the request is the event."""
        at = self._preposition_index(noun)
        if at is None or self.lex.preposition(self.sdoc[at].text) not in self.lex.requested_prepositions:
            return False
        heads = {self.sdoc[noun.token].head.i, at - 1}  # (the parser may hang the phrase on the verb)
        return any(t.token in heads and t.spec.event == "REQUEST" for t in triggers)

    def _announced_instead(self, verb: Trigger, noun: Trigger, clause: Clause) -> bool:
        """An announcing verb whose own event needs an object noun it lacks announces the noun's event."""
        announcing = self.lex.modality["future"]["announcing_verbs"]
        return verb.spec.key in announcing and bool(verb.spec.needs_object_noun) \
            and not self._in_prepositional_phrase(noun) \
            and not noun_in_clause(self.sdoc, verb.token, clause, verb.spec.needs_object_noun)

    def _bracket_closed(self, verb: int, noun: int) -> bool:
        """The noun stands after the separated particle of the verb: the verb's bracket is closed
        (`werfen dem Minister Zynismus vor – Auch Kritik der Grünen`)."""
        return any(c.dep_ in ("compound:prt", "svp") and verb < c.i < noun for c in self.sdoc[verb].children)

    def _has_own_actor(self, noun: Trigger, clause: Clause) -> bool:
        """`Nordkoreas Unterstützung`, `russische Angriffe`, `der Besuch Putins`, `der Rücktritt von X`."""
        # (`die Hinrichtung des Geistlichen`: a genitive with its article after a noun that takes it as recipient
        # is none; `mit Unterstützung Russlands` names the supporter)
        patient = "gen" in noun.spec.recipient
        if any(a.possessed_noun == noun.token
               and not (patient and a.start > noun.token and self.sdoc[a.start].pos_ == "DET") for a in clause.args):
            return True
        nxt = noun.token + 1
        return nxt < clause.end and self.sdoc[nxt].text.lower() == "von" and any(
            a.prep == "von" and a.start in (nxt + 1, nxt + 2) for a in clause.args
        )

    def _clause_has_verb_trigger(self, clause: Clause, triggers: list[Trigger], other_than: str = "") -> bool:
        """A verb of another event in the clause makes a noun in a prepositional phrase its
        circumstance (`kritisierte wegen der Angriffe`); one of the same event is the same act
        (`bei einem US-Luftangriff getötet`)."""
        return any(
            t.spec.pos in ("verb", "adj") and not t.spec.copula_only and clause.contains(t.token)
            and t.spec.event != other_than
            for t in triggers
        )

    def _names_harm(self, clause: Clause, trigger: Trigger) -> bool:
        """An event noun of force, sanction or protest in the clause besides the trigger."""
        for i in range(clause.start, clause.end):
            tok = self.sdoc[i]
            if i == trigger.token or not tok.text[:1].isupper():
                continue
            found = next((f for f in map(self.lex.noun, lemma_candidates(tok)) if f is not None), None)
            if found is not None and found[0].event in THREAT_OBJECTS:
                return True
        return False

    def _has_noun_trigger(self, clause: Clause, triggers: list[Trigger]) -> bool:
        """An event noun the light verb carries: in the clause, not inside a prepositional phrase, nor the
        genitive of a noun inside one (`sprach sich für eine Verlängerung der Waffenruhe aus`)."""
        return any(
            t.spec.pos == "noun" and clause.contains(t.token) and not self._in_prepositional_phrase(t)
            and not self._attribute_in_prepositional_phrase(t)
            for t in triggers
        )

    def _attribute_in_prepositional_phrase(self, trigger: Trigger) -> bool:
        head = self._genitive_head(trigger)
        return head is not None and looks_like_noun(self.sdoc[head]) \
            and preposition_before(self.sdoc, head, self.lex) is not None

    def _bracketed_name(self, trigger: Trigger) -> bool:
        """`am Verzicht auf Grenzkontrollen (Schengener Abkommen) teilnehmen`: a name in brackets, of a
        thing the sentence speaks about, is no act."""
        before, after = trigger.token - 1, trigger.token + 1
        while before >= 0 and (self.sdoc[before].pos_ in ("ADJ", "DET", "PROPN") or self.sdoc[before].is_title):
            before -= 1
        return before >= 0 and self.sdoc[before].text == "(" and after < len(self.sdoc) and self.sdoc[after].text == ")"

    def _predicative(self, trigger: Trigger) -> bool:
        """`bezeichnete die Behandlung als eine Art Völkermord`: a label someone gives, not an event."""
        i = trigger.token - 1
        for _ in range(4):
            if i < 0:
                return False
            word = self.sdoc[i].text
            if word.lower() in self.lex.predicative_markers:
                return True
            if not (word.lower() in self.lex.determiners or word.islower() or word.lower() in self.lex.quantity_nouns):
                return False
            i -= 1
        return False

    def _in_prepositional_phrase(self, trigger: Trigger) -> bool:
        i = self._preposition_index(trigger)
        if i is None:
            return False
        return not (self.sdoc[i].text == "von" and i > 0 and self.sdoc[i - 1].text.lower() in self.lex.quantity_nouns)

    # --- one trigger ---------------------------------------------------------------------
    def _code_trigger(
        self, trigger: Trigger, view: SentenceView, mentions: list[ActorMention], carried: Source | None
    ) -> EventMention | None:
        clause = view.clause_of(trigger.token)
        prefix_actor = self._prefix_actor(trigger, view.index)
        frame = fill_frame(trigger, view, self.lex, prefix_actor)
        if trigger.described is not None and not frame.recipient:
            return None
        if trigger.spec.recipient_in_clause and not (frame.recipient or frame.passive or self._has_object(clause)):
            return None
        if not frame.actor and (self._referential_es(trigger, clause) or self._agreed_by_man(trigger, clause)):
            frame.actor, frame.actor_slot = list(self.previous_subject), "subj"
        parties = self._pair_taken_up(frame, clause, view)
        if parties:
            frame.actor = parties
        if frame.passive and trigger.spec.passive_variant:
            trigger = _with_variant(trigger, trigger.spec.passive_variant)
        if trigger.spec.legal_variant and clause_says(self.sdoc, clause, self.lex.legal_manner_words):
            # a lawsuit: anyone may file one
            trigger = _with_variant(trigger, trigger.spec.legal_variant, needs_state_actor=False, armed_variant=None)
        stance = self._stance_preposition(trigger, clause, frame)
        slot_variant = dict(trigger.spec.slot_variants).get(frame.recipient_slot or stance)
        if slot_variant:
            trigger = _with_variant(trigger, slot_variant)
        if trigger.spec.reflexive_variant and self._reflexive_after(trigger):
            trigger = _with_variant(trigger, trigger.spec.reflexive_variant)
        if trigger.spec.evaluative and trigger.spec.event == "ACCUSE" and self._judges_a_claim(trigger, clause):
            trigger = _with_variant(trigger, "REJECT")
        spec = trigger.spec
        tok = self.sdoc[trigger.token]
        quote = _in_quote(tok.idx, self.doc.quotes)
        said_of = spec.speaker_event or (spec.evaluative and self._speaker_judges(trigger, clause))
        judge = self._judge_for(trigger, clause) if spec.evaluative and said_of else None
        if judge is not None:  # `Für die Grünen ist der Vorschlag inakzeptabel`: they judge, not the speaker
            first, last = self.sdoc[clause.start].idx, self.sdoc[clause.end - 1].idx
            judged = [m for m in frame.actor or frame.recipient if first <= m.start <= last]
            frame.actor, frame.recipient, frame.actor_slot = judge, judged, "für"
        elif said_of and not self._said_of(frame, view, clause, quote, tok.idx, "recipient" in spec.requires,
                                           blame=spec.event == "ACCUSE"):
            return None
        # (a stay, `Putin war in Belarus`, is no statement)
        self._speaker_as_actor(frame, clause, quote, tok.idx, verbal=spec.pos != "noun" and not spec.copula_only)
        self._speaker_as_recipient(frame, clause, quote, tok.idx)
        if spec.pos != "noun" and not spec.copula_only and frame.actor_slot in ("subj", None):
            self._interviewee_addressed(frame, clause, view.index)  # (`Sie waren Premierminister`: no stay)
        if spec.event == "CONSULT" and spec.pos == "noun" and not frame.actor and frame.recipient_slot == "mit":
            self._speaker_met(frame, clause, quote, tok.idx)
        if spec.pos == "noun" and self._received(trigger, clause, view):
            self._as_received(frame, trigger, view)
        elif spec.pos == "noun" and (sender := self._sender(trigger, view)) is not None:
            frame.actor, frame.actor_slot = list(sender.mentions), "von"
            frame.recipient = [m for m in frame.recipient if m not in frame.actor]
        elif spec.pos == "noun" and self._subject_suffered(trigger, clause):
            self._as_suffered(frame, view.clause_of(trigger.token), view)
        elif spec.pos == "noun" and frame.actor_slot == "subj" and not self._subject_acts(trigger, clause, view):
            frame.actor = []
        elif spec.pos == "noun" and frame.actor_slot == "poss" and self._taking_part(trigger, clause):
            self._as_guest(frame, clause, view)
        visitor = prefix_actor is not None and prefix_actor.is_person and spec.event == "CONSULT"
        if prefix_actor is not None and (self._prefix_is_actor(trigger, prefix_actor) or visitor):
            if frame.recipient_slot == "compound":
                frame.actor, frame.recipient = [prefix_actor], []
            elif frame.actor_slot in ("subj", None):
                # `X wurde bei einem US-Luftangriff getötet`: the US act, X is hit
                if frame.actor and not frame.recipient and spec.event == "ASSAULT":
                    frame.recipient = frame.actor
                frame.actor = [prefix_actor]
        if spec.copula_only and (self._clause_has_other_verb(trigger, clause) or self._judged_state(tok)):
            return None
        if spec.event == "PROTEST" and not frame.recipient:
            frame.recipient = self._protested_against(trigger, view.index)
        condition = self._condition_of_harm(trigger, view, clause)
        threat = condition is not None
        if spec.conditional_only and not threat:
            return None
        if condition is not None:
            trigger = self._as_threat(trigger, frame, view, clause, quote, tok.idx)
            spec = trigger.spec
            if not frame.recipient:
                frame.recipient = self._conditioned(condition, frame)
        speech = carried or (None if quote else self._continued_speech(view, clause))
        self.participants.complete(frame, trigger, view, mentions, speech)
        slot_variant = dict(trigger.spec.slot_variants).get(frame.recipient_slot or "")
        if slot_variant:  # `sprach sich gegen eine Koalition mit der FPÖ aus`: found deeper in the phrase
            trigger = _with_variant(trigger, slot_variant)
        if not self._frame_acceptable(trigger, frame, quote):
            return None
        if spec.reciprocal and frame.recipient_slot == "mit" and _hosted(frame, guests=frame.recipient):
            frame.actor, frame.recipient = frame.recipient, frame.actor
        elif spec.reciprocal and frame.recipient_slot == "mit" and not _hosted(frame, guests=frame.actor) \
                and not same_country(frame.actor, frame.recipient):  # (two parties of one state stay two sides)
            frame.actor, frame.recipient, frame.met = frame.actor + frame.recipient, [], frame.recipient
        return self._mention(trigger, view, clause, frame, mentions, carried, quote, threat)

    def _condition_of_harm(self, trigger: Trigger, view: SentenceView, clause: Clause) -> Clause | None:
        """The clause next to a sanction's or attack's own that makes it conditional (`wenn ...`,
        `Sollten die Separatisten ...`), if there is one."""
        threat = self.lex.modality.get("threat")
        if not threat:
            return None
        harm = trigger.spec.event in threat["consequence_events"]
        if not harm and trigger.spec.event not in threat.get("refusal_consequence_events", ()):
            return None
        index = view.clauses.index(clause)
        before = view.clauses[index - 1] if index else None
        after = view.clauses[index + 1] if index + 1 < len(view.clauses) else None
        # `Sollten ..., werde ...`, `(Aber) wenn ..., wird ...`: a condition opening the sentence governs
        # the clause after it; `... wird ..., wenn ...`: a later one the clause before it
        if before is not None and ((index == 1 and self._condition(before, threat))
                                   or conditional_verb_first(self.sdoc, before, self.lex)):
            condition = before
        elif after is not None and self._condition(after, threat):
            condition = after
        else:
            return None
        return condition if harm or self._refusal(condition) else None

    def _condition_before(self, view: SentenceView, idx: int) -> bool:
        """`Sollten die Separatisten vorrücken, ...` before the clause; not `Alle, die ..., sollten das tun, ...`,
        where the verb after a relative clause goes on with the subject before it."""
        resumed = idx > 1 and view.clauses[idx - 2].opener == "relative"
        return not resumed and conditional_verb_first(self.sdoc, view.clauses[idx - 1], self.lex)

    def _conditioned(self, condition: Clause, frame: Frame) -> list[ActorMention]:
        """A threat without a target of its own threatens the one the condition is put to, named as
        the condition's subject (`Sollte Russland nicht abziehen, werde die EU Sanktionen beschließen`)."""
        first, last = self.sdoc[condition.start].idx, self.sdoc[condition.end - 1].idx
        named = next((a for a in condition.args if a.is_bare and not a.oblique), None)
        if named is None:
            return []
        return without_actors([m for m in named.mentions if first <= m.start <= last], frame.actor)

    def _refusal(self, clause: Clause) -> bool:
        """`sollte die Türkei dem Wunsch nicht nachkommen`: a condition that the other side refuses."""
        return clause_says(self.sdoc, clause, self.lex.modality["negation"]["words"])

    def _condition(self, clause: Clause, threat: dict) -> bool:
        """`wenn ...`, `aber wenn ...`, `Sollten ...`."""
        opening = [self.sdoc[i].lower_ for i in range(clause.start, clause.end) if self.sdoc[i].is_alpha][:2]
        return any(w in threat["condition_openers"] for w in opening) or conditional_verb_first(
            self.sdoc, clause, self.lex)

    def _as_threat(self, trigger: Trigger, frame: Frame, view: SentenceView, clause: Clause,
                   quote: Quote | None, at: int) -> Trigger:
        """The harm becomes a threat; the one who announces it threatens, unless a state or body
        already stands as its actor."""
        # `Kurz sagte, ... Aber wenn ..., wird das Konsequenzen geben.`: speech right after its speaker
        speaker = self._speaker(view, clause, quote, at, just_said=True)
        first, last = self.sdoc[clause.start], self.sdoc[clause.end - 1]
        own = [m for m in frame.actor if first.idx <= m.start < last.idx + len(last) and is_political(m)]
        if speaker is not None and not own:
            frame.actor, frame.actor_slot = [speaker], "speaker"
        mode = trigger.spec.mode
        return _with_variant(trigger, f"THREATEN/{mode}" if mode and is_valid("THREATEN", mode) else "THREATEN")

    def _protested_against(self, noun: Trigger, sentence: int) -> list[ActorMention]:
        """`anti-chinesische Proteste`, `antiamerikanische Demonstrationen`: the country an anti-
        adjective before the noun names is what the crowd protests against."""
        for tok in reversed(self.sdoc[max(0, noun.token - 3) : noun.token]):
            low = tok.lower_
            prefix = next((p for p in sorted(self.lex.against_prefixes, key=len, reverse=True)
                           if low.startswith(p) and len(low) > len(p) + 3), None)
            if prefix is None:
                continue
            found = self.resolve_prefix(tok.text[len(prefix):], self.doc)
            if found is not None and found.kind == "country":
                return [found.model_copy(update={"start": tok.idx, "end": tok.idx + len(tok.text),
                                                 "sentence": sentence, "text": tok.text})]
        return []

    def _as_guest(self, frame: Frame, clause: Clause, view: SentenceView) -> None:
        """`Bashir hält sich zu einem Gipfeltreffen der AU auf`: the subject takes part in the event
        of the noun's owner, who hosts it."""
        guest = subject(clause, view)
        if guest is None or any(m in frame.actor for m in guest.mentions):
            return
        frame.recipient = frame.actor + [m for m in frame.recipient if m not in frame.actor]
        frame.actor, frame.actor_slot, frame.recipient_slot = list(guest.mentions), "subj", "poss"

    def _received(self, noun: Trigger, clause: Clause, view: SentenceView) -> bool:
        """`erhielt eine Einladung von der Allianz`, `eroberten mit Unterstützung der USA die Stadt`: the
        subject receives what the noun names."""
        if self._given_with(noun, clause, view):
            return True
        return any(
            lemma_in(self.sdoc[i], self.lex.receiving_verbs, self.lex) and self.sdoc[i].text.islower()
            for i in range(clause.start, clause.end) if i != noun.token
        )

    def _given_with(self, noun: Trigger, clause: Clause, view: SentenceView) -> bool:
        """Support a state, body or party gives to the subject of a full clause (`mit Unterstützung der USA`,
        not `mit Hilfe von Schleppern`)."""
        if noun.spec.event not in self.lex.received_events:
            return False
        at = preposition_before(self.sdoc, noun.token, self.lex)
        if at is None or self.sdoc[at].lower_ not in self.lex.receiving_prepositions:
            return False
        if not any(is_finite_verb(self.sdoc[i], self.lex) for i in range(clause.start, clause.end)):
            return False
        giver = self._giver(noun, clause, view)
        # (`mit Unterstützung der Kommunisten` too: parties support governments)
        return giver is not None and (state_actor(giver.mentions) or any(m.sector in PARTY_SECTORS
                                                                         for m in giver.mentions))

    def _giver(self, noun: Trigger, clause: Clause, view: SentenceView) -> Argument | None:
        """Who gives what the noun names: the noun's owner, or `von` (`mit Unterstützung kurdischer Kämpfer eine
        Offensive zur Rückeroberung von Mossul`: the fighters)."""
        return self._first_argument(("poss", "gen", "von"), noun, clause, view)

    def _first_argument(self, slots: tuple[str, ...], noun: Trigger, clause: Clause,
                        view: SentenceView) -> Argument | None:
        found = next((found for slot in slots if (found := fill_slot(slot, noun, clause, view, self.lex, None))), None)
        return found if isinstance(found, Argument) else None

    def _as_received(self, frame: Frame, noun: Trigger, view: SentenceView) -> None:
        """The giver (the noun's owner, or `von`) acts; the subject is the recipient."""
        clause = view.clause_of(noun.token)
        giver = self._giver(noun, clause, view)
        receiver = subject(clause, view)
        frame.actor = list(giver.mentions) if giver is not None else []
        frame.recipient = [m for m in receiver.mentions if m not in frame.actor] if receiver is not None else []
        frame.actor_slot, frame.recipient_slot = "von", "subj"

    def _sender(self, noun: Trigger, view: SentenceView) -> Argument | None:
        """`Kritik an der Regierung kam von den Grünen`: the one an event noun (no prepositional phrase)
        comes from (`von`, `aus`) acts."""
        clause = view.clause_of(noun.token)
        coming = preposition_before(self.sdoc, noun.token, self.lex) is None and any(
            lemma_in(self.sdoc[i], self.lex.coming_verbs, self.lex) and self.sdoc[i].pos_ == "VERB"
            for i in range(clause.start, clause.end) if i != noun.token)
        if not coming:
            return None
        found = self._first_argument(("von", "aus"), noun, clause, view)
        return found if found is not None and found.mentions else None

    def _stance_preposition(self, trigger: Trigger, clause: Clause, frame: Frame) -> str:
        """The preposition a `needs_preposition` verb takes its stance with (`für`/`gegen`); a recipient
        outside that phrase is left to the phrase (`für Sanktionen gegen Russland`: not against Russia)."""
        phrase = needed_phrase(trigger, clause, self.sdoc, self.lex) if trigger.spec.needs_preposition else None
        if phrase is None:
            return ""
        from_a_phrase = frame.recipient_slot in trigger.spec.needs_preposition
        if from_a_phrase and not all(phrase.holds(m) for m in frame.recipient):
            frame.recipient, frame.recipient_slot = [], None
        return phrase.preposition

    def _as_suffered(self, frame: Frame, clause: Clause, view: SentenceView) -> None:
        """The passive's subject is hit; the noun's owner or prefix (`der Taliban`, `US-`) acts, or the other side
        of a clash (`Bei Zusammenstößen mit der Polizei wurden zwei Demonstranten getötet`)."""
        if frame.actor_slot == "subj":
            frame.actor, frame.actor_slot = [], None
        if not frame.actor and frame.recipient_slot == "mit":
            frame.actor, frame.actor_slot, frame.recipient, frame.recipient_slot = frame.recipient, "mit", [], None
        hit = subject(clause, view)
        if hit is not None and not frame.recipient:
            frame.recipient = [m for m in hit.mentions if m not in frame.actor]
            frame.recipient_slot = "subj"

    def _speaker(self, view: SentenceView, clause: Clause, quote: Quote | None, at: int,
                 just_said: bool = False) -> ActorMention | None:
        """Who says the clause: its reporting clause, the quote's speaker, the speaker whose
        Konjunktiv I speech goes on, (`just_said`) the one whose reporting verb ended the sentence before,
        or in an interview the one answering."""
        if quote is not None:
            source = reporting_clause_source(view, clause, self.lex)
            return source.mention if source is not None else _speaker_mention(quote, at)
        source = reporting_clause_source(view, clause, self.lex) or self._continued_speech(view, clause)
        if source is None and just_said and self.last_speaker and self.last_speaker[0] == view.index - 1:
            source = self.last_speaker[1]
        return source.mention if source is not None else self._interviewee(view.index)

    def _interviewer(self, speaker: ActorMention) -> bool:
        """`STANDARD: ... braucht die Regierung die Grünen`: a newspaper's label in an interview asks."""
        return speaker.sector in self.lex.reporting_sectors and self.doc.text[speaker.end:speaker.end + 1] == ":"

    def _said_of(self, frame: Frame, view: SentenceView, clause: Clause, quote: Quote | None, at: int,
                 needs_judged: bool = False, blame: bool = False) -> bool:
        """`Die EU habe versagt, sagte Niessl`: the speaker accuses the one the clause is about;
        `die EU müsse handeln`: demands of it (`wir brauchen Grenzschutz`: of those the speaker speaks
        for, while `wir haben versagt` blames no one)."""
        speaker = self._speaker(view, clause, quote, at)
        judged = frame.actor or frame.recipient or self._body_in_compound(clause, view.index)
        if speaker is None or self._interviewer(speaker) or (blame and self._of_oneself(clause)):
            return False
        if clause.opener == "relative" and not blame:
            return False  # `jede Unterstützung, die sie brauchen`: what a relative clause says describes, asks nothing
        if blame and clause.opener in self.lex.modality["hypothetical"]["conditional_words"]:
            return False  # `..., falls die Waffenruhe scheitere`: a failure supposed blames no one
        own_state = all(m.kind == "country" for m in judged) and same_country([speaker], judged)
        # `Es brauche eine Lösung, meinte Schieder`: an impersonal demand is made of whom he addresses
        impersonal = not judged and any(self.sdoc[i].lower_ in self.lex.impersonal_pronouns
                                        for i in range(clause.start, clause.end))
        if needs_judged and ((not judged and not impersonal) or own_state):
            return False  # `die USA müssten ..., sagte Carter`: what one's own state must do is no demand
        # `die Polizeiaktion verstoße gegen die Verfassung`: judged, but not an actor we know; the
        # addressee is then looked for as for any statement
        frame.actor, frame.recipient, frame.actor_slot = [speaker], judged, "speaker"
        return True

    def _of_oneself(self, clause: Clause) -> bool:
        """`Ich habe einen Fehler gemacht, sagte Strache`: speakers blaming themselves accuse no one."""
        return clause_says(self.sdoc, clause, self.lex.first_person_subject)

    def _body_in_compound(self, clause: Clause, sentence: int) -> list[ActorMention]:
        """`die Polizeiaktion verstoße gegen die Verfassung`: a national body that the first part of a
        noun in the clause names is the one judged."""
        for tok in self.sdoc[clause.start:clause.end]:
            if tok.pos_ != "NOUN" or len(tok.text) < 8:
                continue
            for end in range(len(tok.text) - 3, 3, -1):
                found = self.resolve_prefix(tok.text[:end], self.doc)
                if found is not None and found.kind == "descriptor":
                    return [found.model_copy(update={"start": tok.idx, "end": tok.idx + end, "sentence": sentence,
                                                     "text": tok.text[:end]})]
        return []

    def _has_object(self, clause: Clause) -> bool:
        """An accusative object in the clause, named or not (`hielt die Männer fest`; `hielt er fest`
        has none: it states)."""
        return any(self.sdoc[i].dep_ == "obj" and self.sdoc[i].pos_ in ("NOUN", "PROPN", "PRON")
                   for i in range(clause.start, clause.end))

    def _pair_taken_up(self, frame: Frame, clause: Clause, view: SentenceView) -> list[ActorMention]:
        """`Poroschenko und Putin telefonierten. Sie vereinbarten ...`: a plural `sie` opening the sentence
        takes up the several the sentence before was about, not one of them (none: the frame's own actors stay)."""
        first = self.sdoc[view.span.start]
        if first.lower_ not in self.lex.plural_pronouns and first.lower_ not in self.lex.pair_words:
            return []
        taken_up = len(frame.actor) == 1 and frame.actor[0].start == first.idx
        # `Beide kritisierten die USA`: the parser took the object for the subject (it is found again as the object)
        misread = self._pair_before_verb(first) and bool(frame.actor) and not taken_up
        if not (taken_up or misread or not frame.actor and clause.start == first.i):
            return []
        verb = next((t for t in self.sdoc[clause.start:clause.end] if is_finite_verb(t, self.lex)), None)
        plural = first.lower_ in self.lex.pair_words or any(
            t is not None and morph_values(t, "Number") == ("Plur",) for t in (first, verb))
        return self._parties(self.previous_found) if plural else []

    def _pair_before_verb(self, first: Token) -> bool:
        """`Beide kritisierten ...`: a pair word standing alone before a plural finite verb is the subject
        (`Beide lobte der Präsident` puts the object first)."""
        following = self.sdoc[first.i + 1] if first.i + 1 < len(self.sdoc) else None
        return (first.lower_ in self.lex.pair_words and following is not None
                and is_finite_verb(following, self.lex) and morph_values(following, "Number") != ("Sing",))

    def _parties(self, found: list[EventMention]) -> list[ActorMention]:
        """The several a sentence is about: its subject when that names two or more (not owners in the genitive:
        `die Staatsspitzen der Visegrád-Staaten sowie Mazedoniens und Bulgariens`), else the sides of an event
        they did together (`Juncker traf sich mit Tsipras`)."""
        heads = [m for m in self.previous_subject if not self._genitive(m)]
        if len(heads) == len(self.previous_subject) and len({_identity(m) or m.text for m in heads}) >= 2:
            return heads
        return next((list(m.actor) for m in found if len({_identity(a) or a.text for a in m.actor}) >= 2
                     and not any(self._genitive(a) for a in m.actor)), [])

    def _genitive(self, m: ActorMention) -> bool:
        span = self.sdoc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and morph_values(span[-1], "Case") == ("Gen",)

    def _referential_es(self, trigger: Trigger, clause: Clause) -> bool:
        """`Das Militär drohte ... Es warf der Regierung vor, ...`: `es` opening a main clause with
        a verb of action stands for the subject of the sentence before (`es gibt`, `es droht`
        and the like are expletive)."""
        words = [self.sdoc[i] for i in range(clause.start, min(clause.end, clause.start + 2))]
        return (trigger.spec.pos == "verb" and len(words) == 2 and words[0].text == "Es"
                and words[1].i == trigger.token and lemma(words[1]) not in self.lex.expletive_es_verbs)

    def _agreed_by_man(self, trigger: Trigger, clause: Clause) -> bool:
        """`Man einigte sich auf ...`, `man vereinbarte`: the indefinite subject of an agreement. With a
        partner named (`man habe sich mit der Krone geeinigt`) it is one side, which the text leaves unsaid."""
        if trigger.spec.pos != "verb" or trigger.spec.event != "AGREE":
            return False
        return not any(self.lex.preposition(self.sdoc[i].text) == "mit" for i in range(clause.start, clause.end)) \
            and has_indefinite_subject(clause, self.sdoc, self.lex)

    def _before_condition(self, clause: Clause, trigger: Trigger) -> Clause:
        """`hat der Regierung mit einer Klage gedroht, falls sie ... nicht begrenzt`: a condition the tagger did not
        cut off belongs to what is threatened or asked for, not to the threat or the demand itself."""
        if trigger.spec.event not in CONDITIONED_STATEMENTS:
            return clause
        openers = self.lex.modality["hypothetical"]["clause_openers"]
        cut = next((i for i in range(trigger.token + 1, clause.end)
                    if self.sdoc[i].lower_ in openers and self.sdoc[i - 1].text == ","), None)
        if cut is None:
            return clause
        return Clause(clause.start, cut - 1, [a for a in clause.args if a.start < cut], opener=clause.opener)

    def _said_in_words(self, clause: Clause) -> bool:
        """`griff den Konzernchef scharf an`, `griff in seiner Siegesrede die Parteiführung an`: a manner or a
        speech that makes an attack one of words."""
        return clause_says(self.sdoc, clause, self.lex.verbal_manner_words) or any(
            self._in_speech(i) for i in range(clause.start, clause.end))

    def _in_speech(self, i: int) -> bool:
        token = self.sdoc[i]
        if token.pos_ != "NOUN" or not headed_by(token, self.lex.speech_nouns):
            return False
        before = preposition_before(self.sdoc, i, self.lex)
        return before is not None and self.lex.preposition(self.sdoc[before].text) in self.lex.speech_prepositions

    def _judge_for(self, trigger: Trigger, clause: Clause) -> list[ActorMention] | None:
        """`Für` + an actor opening the sentence (`Auch für die Grünen ist ...`) names who judges."""
        found = next((a for a in clause.args if a.prep == "für" and a.end <= trigger.token
                      and any(self.lex.preposition(t.text) == "für" and self._opens_sentence(t)
                              for t in self.sdoc[max(clause.start, a.start - 3):a.start])), None)
        if found is None or not all(is_political(m) for m in found.mentions):
            return None
        return list(found.mentions)

    def _opens_sentence(self, token: Token) -> bool:
        """Capitalised, or after a capitalised additive particle (`Auch für die Grünen`)."""
        before = self.sdoc[token.i - 1] if token.i else None
        return token.text[:1].isupper() or before is not None and before.text[:1].isupper() \
            and before.text.lower() in self.lex.additive_particles

    def _speaker_judges(self, trigger: Trigger, clause: Clause) -> bool:
        """`die Aussagen seien inakzeptabel`, `Faymann hat das eindrucksvoll gemacht, sagte Fischer`:
        the judgement is the speaker's, not the subject's, unless the clause's verb is one of judging
        (`nannte X geschmacklos`, `hält X für problematisch`)."""
        words = [self.sdoc[i] for i in range(clause.start, clause.end) if i != trigger.token]
        if any(w.text.lower() in self.lex.sein_forms for w in words):
            return True
        return not any(lemma_in(w, self.lex.judging_verbs, self.lex) for w in words if w.text.islower())

    def _judges_a_claim(self, trigger: Trigger, clause: Clause) -> bool:
        """`nannte die Vorwürfe absurd`, `die Forderungen seien inakzeptabel`: what is judged is a claim."""
        judged = [self.sdoc[i] for i in range(clause.start, clause.end)
                  if i != trigger.token and self.sdoc[i].dep_ in ("obj", "nsubj", "nsubj:pass")]
        return any(has_head(lemma(tok), claim) for tok in judged for claim in self.lex.claim_nouns)

    def _judged_state(self, copula: Token) -> bool:
        """`Die Botschafterin in Österreich ist überzeugt`: a copula whose predicate is an adjective governing
        no place tells a state of mind, not a stay (`war kurz in Paris` is one)."""
        head = copula.head
        return copula.dep_ == "cop" and head.pos_ in ("ADJ", "VERB") and not any(
            c.dep_ in ("obl", "nmod") and c.pos_ == "PROPN" for c in head.children)

    def _clause_has_other_verb(self, trigger: Trigger, clause: Clause) -> bool:
        return any(
            i != trigger.token and self.sdoc[i].pos_ == "VERB" for i in range(clause.start, clause.end)
        )

    def _speaker_as_actor(self, frame: Frame, clause: Clause, quote: Quote | None, at: int, verbal: bool) -> None:
        """`Ich kritisiere die ÖVP`, said by Stöger: the speaker acts; what the clause named as its
        subject without the pronoun (`die ÖVP`) is acted on."""
        words = {self.sdoc[i].text.lower() for i in range(clause.start, clause.end)}
        speaking_subject = verbal and frame.actor_slot == "subj" and bool(words & self.lex.first_person_subject)
        if frame.actor and not speaking_subject:
            return
        if words & self.lex.first_person:
            speaker = self._clause_speaker(clause, quote, at)
            if speaker is None and speaking_subject:  # whoever says `ich`: no one the text names
                sentence = self._sentence_index(clause.start)
                speaker = ActorMention(text="", start=at, end=at, sentence=sentence, kind="pronoun")
            if speaker is not None and speaker not in frame.actor:
                if speaking_subject and not frame.recipient:
                    frame.recipient = frame.actor
                frame.actor, frame.actor_slot = [speaker], "speaker"

    def _speaker_as_recipient(self, frame: Frame, clause: Clause, quote: Quote | None, at: int) -> None:
        """`Hundstorfer hat sich bei mir entschuldigt`, said by Hofer: a first-person object is the speaker."""
        words = {self.sdoc[i].text.lower() for i in range(clause.start, clause.end)}
        if frame.recipient or not words & self.lex.first_person_object:
            return
        speaker = self._clause_speaker(clause, quote, at)
        if speaker is not None and speaker not in frame.actor:
            frame.recipient = [speaker]

    def _interviewee_addressed(self, frame: Frame, clause: Clause, index: int) -> None:
        """`STANDARD: Gestern trafen Sie Guterres.`: the polite `Sie` of the interviewer's statement is the one
        interviewed; what the clause named besides (`Sie kritisieren Ungarn`) is acted on."""
        polite = any(self.sdoc[i].text in self.lex.polite_subject and not self.sdoc[i].is_sent_start
                     for i in range(clause.start, clause.end))
        if not polite or self.sentences[index].text.rstrip().endswith("?") or not self._interviewer_asks(index):
            return  # (a question says nothing of what was done)
        interviewee = self._interview_partner
        if interviewee is None or interviewee in frame.actor:
            return
        if not frame.recipient:  # (not the interviewer's label, `STANDARD: Sie fordern ...`)
            frame.recipient = [m for m in frame.actor if m.sector not in self.lex.reporting_sectors]
        frame.actor, frame.actor_slot = [interviewee], "speaker"

    def _interviewer_asks(self, index: int) -> bool:
        """Whether the sentence belongs to the interviewer's turn: the label that opens its turn is the
        interviewer's (`STANDARD:`), which names no politician."""
        turn = self._turn_label(index)
        return turn is not None and turn[1] is None

    @cached_property
    def _interview_partner(self) -> ActorMention | None:
        """The one an interview asks: the first politician a speaker's label names."""
        labels = (self._label_mentions(sent) for sent in self.sentences)
        return next((person for label in labels if label and (person := _politician(label))), None)

    def _turn_label(self, index: int) -> tuple[Span, ActorMention | None] | None:
        """The speaker's label that opens the turn the sentence belongs to, and the politician it names."""
        for sent in self.sentences[max(0, index - INTERVIEW_ANSWER_SPAN):index + 1][::-1]:
            label = self._label_mentions(sent)
            if label is not None:
                return sent, _politician(label)
        return None

    def _label_mentions(self, sent: Span) -> list[ActorMention] | None:
        """The actors a speaker's label (`Jagland:`, `STANDARD:`) at the head of the sentence names; None
        where the sentence opens with no label."""
        words = [t for t in sent if not t.is_space][:4]
        colon = next((t for t in words if t.text == ":"), None)
        if colon is None or colon.i == sent.start or not all(t.text[:1].isupper() for t in words if t.i < colon.i):
            return None
        return [m for m in self.doc.actor_mentions if sent.start_char <= m.start < colon.idx]

    def _speaker_met(self, frame: Frame, clause: Clause, quote: Quote | None, at: int) -> None:
        """`Es habe mit Kern ein Gespräch gegeben, sagte Mitterlehner`: a meeting there was with
        someone, naming no one else, is the speaker's."""
        words = [self.sdoc[i] for i in range(clause.start, clause.end)]
        impersonal = any(w.lower_ in self.lex.impersonal_pronouns for w in words)
        if not impersonal or not any(lemma_in(w, self.lex.expletive_es_verbs, self.lex) for w in words):
            return
        speaker = self._clause_speaker(clause, quote, at)
        if speaker is not None and speaker not in frame.recipient:
            frame.actor, frame.actor_slot = [speaker], "speaker"

    def _clause_speaker(self, clause: Clause, quote: Quote | None, at: int) -> ActorMention | None:
        """Who speaks the clause: the quote's speaker, else the one the text names without quotes."""
        return _speaker_mention(quote, at) if quote is not None else self._unmarked_speaker(clause)

    def _unmarked_speaker(self, clause: Clause) -> ActorMention | None:
        """`Ich entschuldige mich bei Herrn Boateng` after `..., sagte Petry` or `Petry ...:`: speech
        without quotation marks (as in scraped news) belongs to the speaker the text names with a
        reporting verb or a colon, in this sentence or the two before."""
        here = self.sdoc[clause.start].sent
        index = self._sentence_index(here.start)
        framed = False  # whether this sentence has a reporting frame of its own
        for sent in [here] + self.sentences[max(0, index - 2):index][::-1]:
            reporting = {t.i for t in sent
                         if lemma_in(t, self.reporting_verbs, self.lex) and not self._said_in_first_person(t)}
            anchors = [t for t in sent if (t.text == ":" or t.i in reporting or self._speech_marker(t))
                       and not clause.start < t.i < clause.end]  # (the colon opening it counts)
            if not anchors:
                continue
            framed = framed or sent == here
            inside = (self.sdoc[clause.start].idx, self.sdoc[clause.end - 1].idx)
            speakers = [m for m in self.doc.actor_mentions if sent.start_char <= m.start < sent.end_char
                        and _may_speak(m, ("name", "descriptor", "org"))
                        and not inside[0] <= m.start <= inside[1]]  # whom the first person speaks of
            anchor = anchors[0].idx
            if anchors[0].text == ":":  # `Petry: ...`; what follows the colon is spoken of (`STANDARD: Und die FPÖ?`)
                speakers = [m for m in speakers if m.start < anchor]
            if speakers:
                return min(speakers, key=lambda m: abs(m.start - anchor))
        return self._interviewee(index) or (None if framed else self._closing_speaker(index))

    def _closing_speaker(self, index: int) -> ActorMention | None:
        """`Wir sind zu einem Abkommen gelangt. Es werden keine Mauern errichtet, kommentierte Alfano`:
        speech without quotation marks that runs on into a sentence closed by `, <reporting verb> X`."""
        if index + 1 >= len(self.sentences):
            return None
        after = self.sentences[index + 1]
        verb = next((t for t in after if lemma_in(t, self.reporting_verbs, self.lex) and t.i > after.start
                     and self.sdoc[t.i - 1].text == ","), None)
        if verb is None:
            return None
        # (a named person only: the sentence before is given to someone the text does not name there)
        return next((m for m in self.doc.actor_mentions if verb.idx < m.start < after.end_char
                     and _may_speak(m, ("name",))), None)

    def _said_in_first_person(self, verb: Token) -> bool:
        """`Ich kritisiere die ÖVP`: a reporting verb with `ich`/`wir` beside it is speech, not its frame."""
        beside = [self.sdoc[i] for i in (verb.i - 1, verb.i + 1) if 0 <= i < len(self.sdoc)]
        return any(t.lower_ in self.lex.first_person_subject for t in beside)

    def _sentence_index(self, token: int) -> int:
        """The index of the sentence the token stands in."""
        return bisect.bisect_right(self.sentence_starts, token) - 1

    def _speech_marker(self, token: Token) -> bool:
        """`..., so Wolff`: a word other than a verb that closes speech, right after a comma."""
        return token.lower_ in self.speech_markers and token.i > 0 and self.sdoc[token.i - 1].text == ","

    def _interviewee(self, index: int) -> ActorMention | None:
        """`STANDARD: ... ? Stöger: Ich ... . Wir ... .`: in an interview the answer runs from its
        speaker's label to the next label."""
        turn = self._turn_label(index)
        if turn is None:
            return None
        sent, person = turn
        if person is None and self._answer_after(sent, index):
            return self._introduced_interviewee(sent)
        return person  # the interviewer's label (`STANDARD:`) ends the answer before it

    def _answer_after(self, question: Span, index: int) -> bool:
        """`STANDARD: Wen werden Sie wählen? Ich ...`: a sentence after the interviewer's question (up
        to its question mark) answers it, unlabelled."""
        start = self._sentence_index(question.start)
        asked = [i for i in range(start, index) if self.sentences[i].text.rstrip().endswith("?")]
        return bool(asked) and index > asked[0]

    def _introduced_interviewee(self, first_label: Span) -> ActorMention | None:
        """The person an interview introduces before the interviewer first asks: its first named politician."""
        label = next((sent for sent in self.sentences if sent.start <= first_label.start
                      and any(t.text == ":" for t in list(sent)[:4])), first_label)
        return next((m for m in self.doc.actor_mentions if m.start < label.start_char and m.kind == "name"
                     and is_political(m) and m.sector != "MED"), None)

    def _subject_acts(self, trigger: Trigger, clause: Clause, view: SentenceView) -> bool:
        """Whether the clause subject is the actor of an event noun: not when the noun is the
        background of an active clause (`nach dem Anschlag nahm die Polizei ... fest`) or an
        attribute of another noun (`die Verantwortlichen der Anschläge`, `Zusammenhang mit dem Anschlag`)."""
        if self._claimed_deed(trigger, clause):
            return True
        preposition = self._preposition_before(trigger)
        if preposition in self.lex.background_prepositions and not is_passive_clause(self.sdoc, clause, self.lex):
            return self._met_before(trigger)
        if is_bare_zu_infinitive(self.sdoc, clause, self.lex):  # `beschlossen, die Sanktionen zu verlängern`
            return self._light_verb_after(trigger, clause)
        if self._noun_is_subject(trigger, clause) or awaited(self.sdoc, trigger, clause, self.lex):
            return False
        if self._attribute_of_noun(trigger) and not self._taking_part(trigger, clause):
            return False  # (`übernahm die Verantwortung für den Anschlag`: the subject claims it)
        if self._in_subject_attribute(trigger, clause, view) or self._caused(trigger, clause):
            return False
        return self._noun_after_verb(trigger, clause, view, preposition)

    def _met_before(self, trigger: Trigger) -> bool:
        """`Nach einem Treffen mit Lawrow sagte Kerry`, `nach einem Gespräch mit Merkel`: a reciprocal event
        noun followed by its partner, told as what came before the clause, is the subject's own meeting."""
        after = trigger.token + 1
        return self._preposition_before(trigger) in self.lex.met_after_prepositions and trigger.spec.reciprocal \
            and after < len(self.sdoc) and self.lex.preposition(self.sdoc[after].text) == "mit"

    def _caused(self, trigger: Trigger, clause: Clause) -> bool:
        """`Der Tausch hat Sorgen befeuert`: the subject caused what the noun names."""
        return any(lemma_in(self.sdoc[i], self.lex.causing_verbs, self.lex)
                   for i in range(clause.start, clause.end) if i != trigger.token)

    def _in_subject_attribute(self, trigger: Trigger, clause: Clause, view: SentenceView) -> bool:
        """`Der bei dem Anschlag verletzte Polizist erlag seinen Verletzungen`: the noun stands in an attribute
        of the subject's own phrase, which tells what befell the subject, not what it did."""
        subj = subject(clause, view)
        if subj is None or subj.start <= trigger.token or not self.sdoc[subj.start - 1].text.islower():
            return False
        opener = attribute_opener(self.sdoc, subj.start - 1, clause.start, lambda word: word in self.lex.determiners)
        return opener is not None and opener < trigger.token

    def _claimed_deed(self, trigger: Trigger, clause: Clause) -> bool:
        """`Die PKK bekannte sich zu einem Selbstmordanschlag`: the attack the subject claims."""
        return is_deed(self.sdoc[trigger.token], self.lex) and _claim_verb(self.sdoc, clause, self.lex) is not None

    def _subject_suffered(self, trigger: Trigger, clause: Clause) -> bool:
        """`Zwölf Zivilisten wurden bei dem Luftangriff getötet`, `Bei dem Überfall sind fünf Soldaten ums Leben
        gekommen`: the subject of a passive or of a report of deaths suffered the noun's act."""
        return suffering_preposition(self.sdoc, trigger.token, self.lex) is not None and (
            is_passive_clause(self.sdoc, clause, self.lex) or reports_deaths(self.sdoc, clause, self.lex))

    def _noun_is_subject(self, trigger: Trigger, clause: Clause) -> bool:
        """`dass die Einigung ... Ägypten sicherer mache`: the event noun opens its clause as its
        subject; no other argument of the clause did it."""
        i = trigger.token - 1
        while i >= clause.start and self.sdoc[i].pos_ in ("DET", "ADJ"):
            i -= 1
        opens = i < clause.start or self.sdoc[i].lower_ in self.lex.subordinators or (
            i == clause.start and self.sdoc[i].is_punct)
        first = self.sdoc[i + 1]
        return (opens and i + 1 < trigger.token and first.lower_ in self.lex.determiners
                and first.lower_ not in self.lex.oblique_determiners)

    def _before_phrase(self, trigger: Trigger) -> int:
        """The token before the event noun's phrase (its determiners and adjectives)."""
        i = trigger.token - 1
        while i >= 0 and (self.sdoc[i].lower_ in self.lex.determiners or self.sdoc[i].pos_ == "ADJ"):
            i -= 1
        return i

    def _genitive_head(self, trigger: Trigger) -> int | None:
        """The noun whose genitive the event noun is: `Verlängerung` in `eine Verlängerung der Waffenruhe`."""
        i = self._before_phrase(trigger)
        if i < 0 or i == trigger.token - 1 or self.lex.preposition(self.sdoc[i].text) \
                or self.sdoc[i + 1].lower_ not in self.lex.genitive_articles:
            return None
        return i

    def _attribute_of_noun(self, trigger: Trigger) -> bool:
        i = self._before_phrase(trigger)
        preposition = self.lex.preposition(self.sdoc[i].text) if i >= 0 else None
        if preposition:
            i -= 1
        elif self._genitive_head(trigger) is None:
            return False
        head = self.sdoc[i] if i >= 0 else None
        if head is None or head.pos_ != "NOUN" or head.ent_type_ or lemma_in(head, self.lex.quantity_nouns):
            return False
        if not preposition and lemma_in(head, self.lex.carrying_nouns) and not self._attribute_in_prepositional_phrase(
                trigger):
            return False  # `haben die Verlängerung der Sanktionen beschlossen`: they impose them
        # `die Reise mit einem Aufruf begonnen`: a participation phrase may belong to the verb
        return preposition not in self.lex.participation_prepositions or lemma_in(head, self.lex.relation_nouns)

    def _noun_after_verb(self, trigger: Trigger, clause: Clause, view: SentenceView, preposition: str | None) -> bool:
        subj = subject(clause, view)
        if subj is not None and subj.start < trigger.token:
            return True
        if preposition in self.lex.participation_prepositions:
            return True  # `Bei einem Überfall ... haben Kämpfer des IS ...`: the subject took part
        if self._taking_part(trigger, clause):
            return True
        if trigger.token > 0 and self.sdoc[trigger.token - 1].lower_ in self.lex.bare_participation:
            return True  # `Zu Besuch in Sarajevo stellte Kurz klar`
        if preposition is None and self._carried_by_light_verb_after(trigger, clause):
            return True  # `Scharfe Kritik übte die Opposition`: the object put first
        return any(looks_like_verb(self.sdoc[i], self.lex) for i in range(clause.start, trigger.token))

    def _carried_by_light_verb_after(self, trigger: Trigger, clause: Clause) -> bool:
        """The noun opens its clause (after determiners and adjectives) and a light verb follows."""
        first = next((i for i in range(clause.start, clause.end) if self.sdoc[i].is_alpha), clause.end)
        opening = all(self.sdoc[i].pos_ in ("DET", "ADJ") or self.sdoc[i].dep_ in ("det", "amod")
                      or self.sdoc[i].lower_ in self.lex.determiners for i in range(first, trigger.token))
        return opening and self._light_verb_after(trigger, clause)

    def _light_verb_after(self, trigger: Trigger, clause: Clause) -> bool:
        return any(lemma_in(self.sdoc[i], self.lex.light_verbs, self.lex) and self.sdoc[i].pos_ in ("VERB", "AUX")
                   for i in range(trigger.token + 1, clause.end))

    def _reflexive_after(self, trigger: Trigger) -> bool:
        """`sperrt er sich gegen das Vorhaben`: a reflexive within two words after the verb."""
        words = self.sdoc[trigger.token + 1 : trigger.token + 3]
        return any(t.lower_ in self.lex.reflexives for t in words)

    def _taking_part(self, trigger: Trigger, clause: Clause) -> bool:
        """`beteiligen sich an den Kämpfen gegen den IS`: the subject takes part in the event."""
        preposition = self._preposition_before(trigger)
        verbs = {verb for verb, preps in self.lex.participation_verbs.items() if preposition in preps}
        return bool(verbs) and any(lemma_in(self.sdoc[i], verbs) for i in range(clause.start, clause.end))

    def _preposition_before(self, trigger: Trigger) -> str | None:
        i = self._preposition_index(trigger)
        return self.lex.preposition(self.sdoc[i].text) if i is not None else None

    def _preposition_index(self, trigger: Trigger) -> int | None:
        return preposition_before(self.sdoc, trigger.token, self.lex)

    def _prefix_actor(self, trigger: Trigger, sentence: int) -> ActorMention | None:
        if not trigger.compound_prefix:
            return None
        tok = self.sdoc[trigger.token]
        found = self.resolve_prefix(trigger.compound_prefix, self.doc)
        if found is None:
            return None
        return found.model_copy(update={"start": tok.idx, "end": tok.idx + len(trigger.compound_prefix),
                                        "sentence": sentence, "text": tok.text[: len(trigger.compound_prefix)]})

    def _prefix_is_actor(self, trigger: Trigger, prefix_actor: ActorMention) -> bool:
        """`EU-Sanktionen`, `US-Angriffe`: an abbreviation before a noun names who acts (as a person
        before a visit does: `Merkel-Besuch`, `Papstbesuch`; `Merkel-Kritik` is criticism of her);
        so does a national body before an act of force (`Armeeoffensive`, `Polizeieinsatz`)."""
        prefix = self.sdoc[trigger.token].text[: len(trigger.compound_prefix)]
        force = prefix_actor.kind == "descriptor" and trigger.spec.event in FORCE_EVENTS
        return (prefix.isupper() and trigger.spec.event not in ("CONSULT", "AID", "SUPPORT")) or force

    def _members_met(self, trigger: Trigger, frame: Frame) -> bool:
        """`Die EU-Außenminister trafen sich in Luxemburg`, `Der EZB-Rat kommt zusammen`: the members of an
        international body meet one another."""
        if not international_body(frame.actor):
            return False
        sentence = self.sdoc[trigger.token].sent
        return lemma_in(self.sdoc[trigger.token], self.lex.gathering_verbs, self.lex) \
            or any(t.lower_ in self.lex.reflexives for t in sentence)

    def _frame_acceptable(self, trigger: Trigger, frame: Frame, quote: Quote | None) -> bool:
        spec = trigger.spec
        # (what a speaker says of someone is not said to the paper that prints it: `sagte sie dem STANDARD`)
        unaddressed = (*spec.not_recipient_sector, *(self.lex.reporting_sectors if spec.speaker_event else ()))
        frame.recipient = [m for m in frame.recipient if (is_political(m) or is_named_person(m))
                           and m.sector not in unaddressed]
        frame.actor = [m for m in frame.actor if is_political(m)] or self.participants.named_actors(trigger, frame)
        if not frame.actor:
            return False
        # no one acts on themselves, but two sides may act on each other (`Beide Seiten werfen sich vor`)
        identities = [_identity(m) for m in frame.actor]
        mutual = len(frame.recipient) > 1 and [_identity(m) for m in frame.recipient] == identities
        if not mutual:
            selves = set(identities) - {None}
            frame.recipient = [m for m in frame.recipient if _identity(m) not in selves
                               and not any(_antecedent_of(a, m, self.doc.text) for a in frame.actor)]
        reciprocal_group = spec.reciprocal and (len({m.country or m.org or m.text for m in frame.actor}) > 1
                                                or self._members_met(trigger, frame))
        if "recipient" in spec.requires and not frame.recipient and not reciprocal_group:
            return False
        # (an act with an armed variant an armed group may do as well: `die Taliban besetzten ...`)
        armed = bool(spec.armed_variant) and armed_actor(frame.actor)
        if spec.needs_state_actor and not state_actor(frame.actor) and not armed:
            return False
        if spec.needs_civil_actor and not civil_actor(frame.actor):
            return False
        if spec.needs_actor_sector and not any(m.sector in spec.needs_actor_sector for m in frame.actor):
            return False
        if spec.not_actor_sector and all(m.sector in spec.not_actor_sector for m in frame.actor):
            return False
        if spec.needs_person_actor and not any(m.kind in ("name", "descriptor", "pronoun") for m in frame.actor):
            return False
        if spec.needs_quote_speaker and (quote is None or frame.actor_slot != "speaker"):
            return False
        return not (spec.mode == "visit" and same_country(frame.actor, frame.recipient))

    def _mention(
        self,
        trigger: Trigger,
        view: SentenceView,
        clause: Clause,
        frame: Frame,
        mentions: list[ActorMention],
        carried: Source | None,
        quote: Quote | None,
        threat: bool = False,
    ) -> EventMention:
        """`threat`: a conditional harm coded as a threat, real and present however it is worded."""
        spec = trigger.spec
        aux = []
        own = self._before_condition(clause, trigger)
        if is_negated(self.sdoc, trigger, own, self.lex):
            aux.append("negated")
        idx = view.clauses.index(clause)
        conditioned = idx > 0 and self._condition_before(view, idx)
        if (is_hypothetical(self.sdoc, own, self.lex, trigger) or conditioned) and not threat:
            aux.append("hypothetical")  # (`Sollte X geklagt haben, werde Y zahlen müssen`: the consequence too)
        if is_future(self.sdoc, trigger, clause, self.lex, view.clauses[idx - 1] if idx else None) and not threat:
            aux.append("future")
        carried = carried or (None if quote else self._continued_speech(view, clause))
        source = attribution(view, clause, mentions, self.lex, carried) or _quote_attribution(quote)
        reported = source is not None or reporting_clause_source(view, clause, self.lex) is not None
        if "hypothetical" in aux and reported and reported_future(self.sdoc, clause, self.lex):
            aux = [a for a in aux if a != "hypothetical"] + (["future"] if "future" not in aux else [])
        tok = self.sdoc[trigger.token]
        end_tok = self.sdoc[trigger.particle] if trigger.particle is not None else tok
        event, mode = spec.event, spec.mode
        variant, refusal = None, False
        if spec.state_variant and state_actor(frame.actor) and not civil_actor(frame.actor):
            variant = spec.state_variant
        if spec.verbal_variant and (political_sides(frame.actor, frame.recipient) or self._said_in_words(clause)):
            variant = spec.verbal_variant
        if spec.armed_variant and armed_actor(frame.actor):
            variant = spec.armed_variant
        if spec.negated_threat and "negated" in aux and self._names_harm(clause, trigger):
            variant = "THREATEN"  # `schließt Militärschläge nicht aus`
            aux.remove("negated")
        # `gestattete ihm keine Reise`: a refusal (not in a relative clause, which describes: `Länder, die den
        # Gerichtshof nicht anerkennen`)
        elif spec.negated_variant and "negated" in aux and clause.opener != "relative":
            variant, refusal = spec.negated_variant, True
            aux.remove("negated")
        elif _declared_refusal(spec.event, aux) and not all(m.sector == "BUS" for m in frame.actor):
            variant, refusal = "REJECT", True
            aux[:] = [a for a in aux if a not in ("negated", "future")]
            if frame.met:  # `will mit den Rebellen nicht verhandeln`: the rebels are refused
                frame.actor, frame.recipient = [a for a in frame.actor if a not in frame.met], frame.met
        if variant:
            event, _, variant_mode = variant.partition("/")
            mode = variant_mode or None
        mention = EventMention(
            event=event,
            base_event=event,
            mode=mode,
            actor=frame.actor,
            recipient=frame.recipient,
            sentence=view.index,
            start=tok.idx,
            end=end_tok.idx + len(end_tok.text),
            trigger=trigger.text,
            text=view.span.text.strip(),
            aux=aux,
            attribution=source,
            location=_location(frame),
            confidence=_confidence(frame, uncertain=is_uncertain(self.sdoc, clause, self.lex)),
            by_noun=spec.pos == "noun",
            refusal_by_negation=refusal,
        )
        return mention


def _declared_refusal(event: str, aux: list[str]) -> bool:
    """`Die USA wollen das nicht verhandeln`, `kündigte an, Kahr nicht zu wählen`: cooperation one
    declares one will not give is refused now (a company's business is no refusal of this kind)."""
    return event in REFUSABLE and "negated" in aux and "future" in aux and "hypothetical" not in aux


def _complement_follows(view: SentenceView, clause: Clause, opener: str) -> bool:
    """`Poposki will, dass Hotspots ausgebaut werden`: the next clause, right after, opens with `opener`."""
    index = next((i for i, c in enumerate(view.clauses) if c is clause), None)
    following = view.clauses[index + 1] if index is not None and index + 1 < len(view.clauses) else None
    return following is not None and following.opener == opener and following.start <= clause.end + 1


def _with_variant(trigger: Trigger, variant: str, **changes) -> Trigger:
    event, _, mode = variant.partition("/")
    return replace(trigger, spec=replace(trigger.spec, event=event, mode=mode or None, **changes))


def _location(frame: Frame) -> Location | None:
    place = next((m for m in frame.place if m.is_place or m.kind == "place"), None)
    return Location(text=place.text, country=place.country) if place else None


def _confidence(frame: Frame, uncertain: bool = False) -> float:
    score = 0.5
    if frame.actor_slot in ("subj", "poss", "speaker") and any(m.kb_id for m in frame.actor):
        score += 0.2
    if frame.recipient:
        score += 0.15
    if uncertain:
        score -= 0.2
    return round(min(score, 0.95), 2)


def _quote_attribution(quote: Quote | None) -> Attribution | None:
    if quote is None or quote.speaker is None:
        return None
    s = quote.speaker
    from lagebild.document import AttributionSource

    return Attribution(text=f"Zitat: {s.name or s.country or s.org}",
                       actor=AttributionSource(name=s.name, country=s.country, org=s.org, sector=s.sector))


def _split_visits(mention: EventMention) -> list[EventMention]:
    """A trip to three countries is three visits, meeting two people two meetings (each with its
    own host), meeting a country's state, government and party one meeting; mediating between two
    sides is one act with both."""
    hosts = list(dict.fromkeys(_host(m) for m in mention.recipient))
    if mention.base_event != "CONSULT" or mention.mode == "third-party" or len(hosts) < 2:
        return [mention]
    return [EventMention(**{**mention.__dict__, "recipient": [m for m in mention.recipient if _host(m) == host]})
            for host in hosts]


def _host(m: ActorMention) -> str:
    return (m.kb_id if m.is_person else None) or m.country or m.org or m.kb_id or m.text


def _split_mutual(mention: EventMention) -> list[EventMention]:
    """`Die Ukraine und die Separatisten haben sich gegenseitig vorgeworfen, ...`: each side accuses the other."""
    sides = list(dict.fromkeys(side_of(m) for m in mention.actor))
    if mention.base_event not in RECIPROCAL_STATEMENTS or len(sides) < 2 or mention.actor != mention.recipient:
        return [mention]
    return [EventMention(**{**mention.__dict__, "actor": [m for m in mention.actor if side_of(m) == side],
                            "recipient": [m for m in mention.actor if side_of(m) != side]})
            for side in sides]


def _may_speak(mention: ActorMention, kinds: tuple[str, ...]) -> bool:
    """A political actor of one of these kinds that is no place and no news medium (`sagte Gnesda zur
    APA`: the agency only listens)."""
    return mention.kind in kinds and is_political(mention) and not mention.is_place and mention.sector != "MED"


def code_sentences(doc: Document, lex: Lexicon, prefix_resolver) -> list[EventMention]:
    sdoc: Doc = doc.spacy_doc
    coder = SentenceCoder(doc, lex, prefix_resolver)
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in doc.actor_mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    views = [read_sentence(sdoc, sent, i, by_sentence.get(i, []), lex) for i, sent in enumerate(sdoc.sents)]
    found: list[EventMention] = []
    for index, view in enumerate(views):
        mentions = by_sentence.get(index, [])
        carried = None
        if index + 1 < len(views):
            carried = reporting_source(views[index + 1], by_sentence.get(index + 1, []), lex)
        coded = coder.code(view, mentions, carried)
        claims = [m for m in coded if not {"negated", "hypothetical"} & set(m.aux)]
        denial = None if claims else coder.denial(view, found)
        found.extend(coded + ([denial] if denial else []))
        _credit_claims(view, found, lex)  # (before later sentences judge the attacks it names)
    return found


def _accused_already(accusation: EventMention, found: list[EventMention]) -> bool:
    """`Der Angriff der Türkei sei nicht gerechtfertigt, sagte Merkel`: the speaker's judgement is the
    accusation."""
    def keys(actors: list[ActorMention]) -> set[str]:
        return {actor_key(a) for a in actors}

    return any(m.base_event == "ACCUSE" and m.sentence == accusation.sentence
               and keys(m.actor) == keys(accusation.actor) and keys(m.recipient) & keys(accusation.recipient)
               for m in found)


def _credit_claims(view: SentenceView, found: list[EventMention], lex: Lexicon) -> None:
    """`Zu den Angriffen bekannte sich die IS-Miliz`: who claims an attack made the attacks told up to
    there with no attacker named."""
    for clause in view.clauses:
        claimant = _claimant(view, clause, lex)
        if not claimant:
            continue
        for m in found:
            if m.base_event == "ASSAULT" and m.sentence <= view.index and unnamed_attackers(m.actor) \
                    and not {"negated", "hypothetical", "future"} & set(m.aux):
                m.actor = list(claimant)


def _claim_verb(sdoc: Doc, clause: Clause, lex: Lexicon) -> dict | None:
    """The clause's verb of claiming an attack (`bekannte sich zu`, `übernahm die Verantwortung für`)."""
    for i in range(clause.start, clause.end):
        verb = next((c for c in lemma_candidates(sdoc[i], lex) if c in lex.claiming_verbs), None)
        if verb is None:
            continue
        claim = lex.claiming_verbs[verb]
        reflexive = any(sdoc[j].lower_ in lex.reflexives for j in range(clause.start, clause.end))
        if (reflexive or not claim.get("reflexive")) \
                and (not claim.get("object") or noun_in_clause(sdoc, -1, clause, (claim["object"],))):
            return claim
    return None


def _claimant(view: SentenceView, clause: Clause, lex: Lexicon) -> list[ActorMention]:
    sdoc = view.span.doc
    if _claim_verb(sdoc, clause, lex) is None or not noun_in_clause(sdoc, -1, clause, lex.claimed_deeds):
        return []
    claimant = subject(clause, view)
    if claimant is None or unnamed_attackers(claimant.mentions):
        return []
    return list(claimant.mentions)
