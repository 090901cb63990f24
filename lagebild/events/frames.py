"""Filling a trigger's frame: which arguments are its actor and recipient.

Slots (see lexicons/de/triggers.yaml): subj, obj, poss, gen, compound, place, and prepositions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from lagebild.document import ActorMention
from lagebild.events.clauses import (
    Argument,
    Clause,
    SentenceView,
    ends_in_zu_infinitive,
    follows_without_subject,
    head_number,
    is_bare_zu_infinitive,
    is_finite_verb,
    is_reporting_verb,
    lemma,
    lemma_candidates,
    lemma_in,
    looks_like_verb,
    mistagged_verb,
    preposition_before,
)
from lagebild.events.lexicon import Lexicon
from lagebild.events.modality import is_source_noun, source_named
from lagebild.events.triggers import Trigger, agent_phrase
from lagebild.nlp.syntax import morph_values

# acts done to the genitive owner of their noun (`die Festnahme des Oppositionsführers`)
DONE_TO_OWNER = frozenset({"COERCE", "SANCTION", "ASSAULT", "COOPERATE"})


@dataclass
class Frame:
    actor: list[ActorMention] = field(default_factory=list)
    recipient: list[ActorMention] = field(default_factory=list)
    actor_slot: str | None = None
    recipient_slot: str | None = None
    place: list[ActorMention] = field(default_factory=list)
    passive: bool = False
    met: list[ActorMention] = field(default_factory=list)  # partners a reciprocal act joined to its actors


def is_passive_clause(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """`... sind nach einer Messerattacke erschossen worden`: a form of werden and some past
    participle; the subject suffered the clause's act (whatever the event noun in it)."""
    words = [sdoc[i] for i in clause.own_indices()]
    return _has_werden(words, lex) and any("Part" in morph_values(w, "VerbForm") for w in words) \
        or _subjunctive_passive(words, lex)


def suffering_preposition(sdoc: Doc, noun: int, lex: Lexicon) -> int | None:
    """`bei dem Luftangriff`: the preposition before an event noun, where it is one of suffering."""
    at = preposition_before(sdoc, noun, lex)
    if at is None and noun > 1 and sdoc[noun - 1].lower_ in lex.coordinators and sdoc[noun - 2].pos_ == "NOUN":
        at = preposition_before(sdoc, noun - 2, lex)  # `bei Anschlägen und Zusammenstößen`
    return at if at is not None and lex.preposition(sdoc[at].text) in lex.suffering_prepositions else None


def reports_deaths(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """`... sind Dutzende ums Leben gekommen`, `... starben 20 Menschen`: the clause tells who died."""
    words = [sdoc[i] for i in range(clause.start, clause.end)]
    text = " ".join(t.lower_ for t in words)
    return any(lemma_in(t, lex.dying_verbs, lex) for t in words) or any(p in text for p in lex.dying_phrases)


def is_perpetrated_passive(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """`In Bingöl wurde ein Bombenanschlag verübt`: an act reported as committed, in the passive."""
    committed = any(lemma_in(sdoc[i], lex.perpetration_verbs) for i in range(clause.start, clause.end))
    return committed and is_passive_clause(sdoc, clause, lex)


def _has_werden(words: list, lex: Lexicon) -> bool:
    return any(w.lower_ in lex.werden_forms for w in words)


def _subjunctive_passive(words: list, lex: Lexicon) -> bool:
    """`die Flüchtlinge würden besser versorgt`: würde with a participle that is no infinitive by its form (the
    tagger reads `würde ... befürworten` as a participle too)."""
    return any(w.lower_ in lex.conditional_werden for w in words) and any(
        "Part" in morph_values(w, "VerbForm") and w.lower_ != lemma(w) for w in words)


def is_passive(sdoc: Doc, trigger: Trigger, clause: Clause, lex: Lexicon) -> bool:
    """`wurde ... verhängt`: a form of werden in the clause and the trigger verb itself a past
    participle (is_passive_clause asks of the clause, for event nouns)."""
    tok = sdoc[trigger.token]
    if trigger.spec.pos != "verb":
        return False
    participle = "Part" in morph_values(tok, "VerbForm") or tok.tag_ == "VVPP" or (
        not tok.pos_ and tok.text.startswith("ge") and tok.text.endswith(("t", "en"))
    ) or (not tok.pos_ and "ge" in tok.text[:6] and lemma(tok) != tok.text and tok.text.endswith("t"))
    tokens = [sdoc[i] for i in clause.own_indices()]  # (not `Erdogan, dem ... entzogen wurde, hat X gewarnt`)
    if clause.shared_auxiliary is not None:
        tokens.append(sdoc[clause.shared_auxiliary])
    words = [t.lower_ for t in tokens]
    has_werden = _has_werden(tokens, lex) or _subjunctive_passive(tokens, lex)
    # `Kundgebungen sind untersagt`: with sein, the participle of a verb that takes an object is
    # a state the object is in (of one that takes none, `ist gereist`, it is the perfect)
    stative = "obj" in trigger.spec.recipient and any(w in lex.sein_forms for w in words)
    # `sieht sich durch Russlands Vorgehen bedroht`: what the subject perceives is done to it
    perceived = any(w in lex.reflexives for w in words) and any(
        lemma(sdoc[i]) in lex.perception_verbs for i in range(clause.start, clause.end))
    participle = participle or (perceived and tok.tag_ == "ADJD" and lemma(tok).endswith("en"))
    # `wurden am Sonntag entführt`: a verb closing a clause with werden is its participle, however
    # tagged (`entführt`, `verhaftet` are also present-tense forms)
    participle = participle or (has_werden and tok.text.endswith("t") and _closes_clause(tok, tokens, lex))
    # `unterstützt wird sie vom Betreiber`: a participle put first, right before its werden
    following = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
    participle = participle or (tok.text.endswith("t") and following is not None
                                and following.lower_ in lex.werden_forms)
    if not participle:
        return False
    # `Am Samstag werden die Regierungschefs in Paris beraten`: a participle that is also the infinitive,
    # of a verb that takes no object, with a present werden is the future
    present = {w for w in words if w in lex.werden_forms} <= lex.present_werden_forms
    if present and "obj" not in trigger.spec.recipient and tok.lower_ == lemma(tok).lower():
        return False
    # `Ex-Präsident zum Tode verurteilt.`: a headline drops the auxiliary of its passive (of a verb
    # that takes an object; `Merkel in Moskau eingetroffen` drops that of a perfect), and ends in the
    # participle (`Die Separatisten beschossen erneut Stellungen` is a past tense the tagger mistook)
    headline = "obj" in trigger.spec.recipient and _headline_style(tok.sent, lex) and _last_word(tok, tokens)
    return has_werden or stative or perceived or headline


def _last_word(tok: Token, tokens: list[Token]) -> bool:
    """The participle ends its headline: a mark (`festgenommen – Marine im Einsatz`) or nothing follows."""
    following = next((t for t in tokens if t.i > tok.i and (t.is_alpha or t.is_punct)), None)
    return following is None or following.is_punct


def _headline_style(sentence: Span, lex: Lexicon) -> bool:
    """Headlines drop auxiliaries and articles: no finite verb, and no article opens a noun phrase
    of its own (one after a preposition or a genitive after a noun belongs to a phrase: `in der
    Türkei`, `Lenker des Fahrzeugs`; `Modi das Abkommen ... begrüßt` is a clause cut short)."""
    if any(is_finite_verb(t, lex) for t in sentence):
        return False
    for tok in sentence:
        if tok.pos_ != "DET" or tok.lower_ not in lex.determiners or tok.i == sentence.start:
            continue
        before = tok.doc[tok.i - 1]
        if not (before.pos_ == "ADP" or (before.pos_ in ("NOUN", "PROPN") and tok.lower_ in lex.genitive_articles)):
            return False
    return True


def _closes_clause(tok: Token, tokens: list[Token], lex: Lexicon) -> bool:
    after = [t for t in tokens if t.i > tok.i and t.is_alpha]
    return all(t.lower_ in lex.werden_forms for t in after) and any(
        t.lower_ in lex.werden_forms for t in tokens if t.i < tok.i)


def _bare_args(clause: Clause) -> list[Argument]:
    return [a for a in clause.args if a.is_bare]


def subject(clause: Clause, sentence: SentenceView) -> Argument | None:
    """The first bare argument, preferring one not marked accusative/dative; inherited by clauses
    without one (infinitive clauses, coordinated verbs: `... und kritisierte`)."""
    return sentence.remembered(_subject, clause)


def _subject(clause: Clause, sentence: SentenceView) -> Argument | None:
    bare = _bare_args(clause)
    nominative = [a for a in bare if not a.oblique]
    idx = next(i for i, c in enumerate(sentence.clauses) if c.start == clause.start)  # also a completed clause
    if clause.opener == "relative" and idx > 0 and _nominative_relative(sentence, clause):
        antecedent = _antecedent(sentence.clauses[idx - 1], clause)
        if antecedent is not None:
            return antecedent
    if clause.shared_auxiliary is not None:
        return subject(sentence.clause_of(clause.shared_auxiliary), sentence)
    if clause.continues is not None:  # `Der Präsident, der in Paris lebt, kritisierte Merkel`
        prefield = sentence.clauses[clause.continues]
        return next((a for a in _bare_args(prefield) if not a.marked_oblique), None)
    if has_indefinite_subject(clause, sentence.span.doc, sentence.lex):
        return _reporter(sentence, idx) or _body_of_man(clause)
    if idx > 0 and _shares_subject(clause, sentence, idx):
        return next((found for prev in reversed(sentence.clauses[:idx])
                     if (found := subject(prev, sentence)) is not None), None)
    if idx > 0 and is_bare_zu_infinitive(sentence.span.doc, clause, sentence.lex):
        return _controller(sentence, idx)
    prefield = _prefield_argument(clause, sentence)
    if prefield is not None:
        return prefield
    if nominative and _unnamed_prefield_subject(clause, sentence, agreeing=True) \
            and _middle_field_object(nominative[0], clause, sentence):
        return None  # `Die Kommission hat Papst Franziskus gedankt`: the pope is thanked
    parsed = _parsed_subject_instead(nominative, bare, sentence) or _agreeing_subject_instead(
        nominative, bare, clause, sentence)
    if parsed is not None:
        return parsed
    if nominative and not _parsed_as_object(nominative[0], sentence):
        return nominative[0]
    if _unnamed_prefield_subject(clause, sentence):
        # `Der Sicherheitsrat verurteilte das Regime`, `die Verurteilten würden ... ersuchen`
        return None  # a subject we cannot name
    if nominative:
        return nominative[0]
    unmarked = [a for a in bare if not a.marked_oblique]
    infinitive = _zu_infinitive(sentence, clause)
    if unmarked and not infinitive:
        return unmarked[0]
    if idx > 0 and clause.opener not in ("dass", "weil", "ob", "wenn", "falls", "obwohl", "relative"):
        return _controller(sentence, idx) if infinitive else subject_of_previous(sentence, idx)
    return None


def has_indefinite_subject(clause: Clause, sdoc: Doc, lex: Lexicon) -> bool:
    """`man` as the subject: no actor of the clause's own."""
    return any(sdoc[i].lower_ in lex.indefinite_subjects and sdoc[i].dep_.startswith("nsubj")
               for i in range(clause.start, clause.end))


def _body_of_man(clause: Clause) -> Argument | None:
    """`Im Sozialministerium sieht man keinen Änderungsbedarf`: `man` in a body speaks for it."""
    return next((a for a in clause.args if a.prep == "in" and a.mentions
                 and all(m.org or m.kind == "org" or (m.sector and not m.is_place) for m in a.mentions)), None)


def _reporter(sentence: SentenceView, idx: int) -> Argument | None:
    """`Davutoğlu kündigte an, man werde die Flüchtlinge versorgen`, `Man werde ..., sagte Merkel`: `man` in
    what someone says is the speaker's side; elsewhere no one the text names."""
    for near in (idx - 1, idx + 1):
        if 0 <= near < len(sentence.clauses) and _reports(sentence.clauses[near], sentence):
            return subject(sentence.clauses[near], sentence)
    return None


def _reports(clause: Clause, sentence: SentenceView) -> bool:
    """Whether the clause has a reporting verb (`sagte Merkel`, `kündigte an`)."""
    words = list(sentence.span.doc[clause.start:clause.end])
    return any(w.pos_ in ("VERB", "AUX") and is_reporting_verb(w, words, sentence.lex) for w in words)


def _controller(sentence: SentenceView, idx: int) -> Argument | None:
    """Who acts in a zu-infinitive: the object of `aufrufen`-like verbs, the `an`-phrase of
    `appellieren`, else the subject before."""
    previous = sentence.clauses[idx - 1]
    if _object_control(sentence, previous):
        return _controller_object(previous, sentence)
    addressed = _addressed_controller(sentence, previous)
    if addressed is not None:
        return addressed
    return subject_of_previous(sentence, idx)


def _shares_subject(clause: Clause, sentence: SentenceView, idx: int) -> bool:
    """`nannte den Vergleich schockierend und zitierte Jaalon zu sich`: a finite verb right after
    `und` continues the clause before, with its subject."""
    sdoc = sentence.span.doc
    words = [sdoc[i] for i in range(clause.start, min(clause.end, clause.start + 2))]
    return (len(words) == 2 and words[0].text.lower() in sentence.lex.coordinators
            and is_finite_verb(words[1], sentence.lex)) or _continues_narration(clause, sentence, idx)


def _continues_narration(clause: Clause, sentence: SentenceView, idx: int) -> bool:
    """`Rohani verurteilte den Angriff, warf Riad aber vor, ...`: a verb in the simple past right after
    the comma that closes a main clause in the simple past goes on telling what its subject did; a
    reporting verb there is the inverted `..., sagte Merkel`."""
    sdoc, lex = sentence.span.doc, sentence.lex
    if idx == 0 or clause.opener is not None or sdoc[clause.start].text != "," or clause.end - clause.start < 2:
        return False
    first, previous = sdoc[clause.start + 1], sentence.clauses[idx - 1]
    inverted = is_reporting_verb(first, list(sdoc[first.i:clause.end]), lex) \
        and not follows_without_subject(sdoc, clause)  # `..., teilte ein Sprecher mit`
    if previous.opener is not None or not _narrative_past(first) or inverted:
        return False
    verb = _finite_verb_index(previous, sdoc, lex)
    # a verb second with words after it, not `während Jaalon redete, widersprach ihm ...`
    return (verb is not None and verb > previous.start and _narrative_past(sdoc[verb])
            and any(not sdoc[i].is_punct for i in range(verb + 1, previous.end)))


def _narrative_past(token: Token) -> bool:
    """A full verb, finite, in the past indicative (`verurteilte`, not `hatte`, not `verurteilte` as subjunctive),
    also one the tagger read as an adjective (`, warnten Belgrad aber`)."""
    if mistagged_verb(token):
        return True
    return (token.pos_ == "VERB" and morph_values(token, "VerbForm") == ("Fin",)
            and morph_values(token, "Tense") == ("Past",) and morph_values(token, "Mood") != ("Sub",))


def _prefield_argument(clause: Clause, sentence: SentenceView) -> Argument | None:
    """`Das Militär ... drohte Südkorea`: in a main clause the argument before the finite verb is
    the subject unless its form marks it otherwise (the tagger's case for `das`/`die` is a guess)."""
    verb = _main_clause_verb(clause, sentence)
    if verb is None:
        return None
    first = next((a for a in _bare_args(clause) if a.start < verb), None)
    if first is None or first.marked_oblique:
        return None
    # `Russland kritisierte am Montag auch der französische Präsident`: a topicalised object
    later = next((a for a in _bare_args(clause) if a.start > verb and a.marked_nominative), None)
    return later if later is not None and not first.marked_nominative else first


def _middle_field_object(arg: Argument, clause: Clause, sentence: SentenceView) -> bool:
    """After an unnamed subject in the prefield, a name in the same clause is an object unless its form
    makes it a subject, or it is a pronoun right after the verb (`Eine Rückkehr schließt sie aus`), or
    it opens a coordinated clause (`... heraufbeschworen und Polen fordert`)."""
    sdoc, lex = sentence.span.doc, sentence.lex
    verb = _main_clause_verb(clause, sentence)
    if verb is None or arg.marked_nominative or arg.start < verb:
        return False
    between = [sdoc[i] for i in range(verb + 1, arg.start)]
    pronoun_after_verb = not between and sdoc[arg.start].pos_ == "PRON"
    return not pronoun_after_verb and not any(t.lower_ in lex.coordinators for t in between)


def _unnamed_prefield_subject(clause: Clause, sentence: SentenceView, agreeing: bool = False) -> bool:
    """A noun phrase that is no actor stands before the finite verb of a main clause; `agreeing`: a
    definite one, with a noun that agrees in number with the verb (`Die Pläne kritisierte Merkel` puts
    an object first) and names no time (`Diese Woche verbot Banda Aceh ...`)."""
    sdoc, lex = sentence.span.doc, sentence.lex
    verb = _main_clause_verb(clause, sentence)
    if verb is None:
        return False
    words = [sdoc[i] for i in range(clause.start, verb) if sdoc[i].is_alpha]
    if not words or words[0].lower_ not in lex.determiners or words[0].lower_ in lex.oblique_determiners:
        return False
    nouns = [w for w in words[1:] if w.pos_ == "NOUN"]
    if agreeing:
        if words[0].lower_ in lex.indefinite_determiners:
            return False  # `Ein Wirtschaftsabkommen fordert Caritas-Präsident Küberl`: a new thing, put first
        number = morph_values(sdoc[verb], "Number")
        nouns = [w for w in nouns if number and morph_values(w, "Number") == number and w.lower_ not in lex.time_nouns]
    return bool(nouns) and not any(a.start < verb for a in _bare_args(clause))


def _agreeing_subject_instead(nominative: list[Argument], bare: list[Argument], clause: Clause,
                              sentence: SentenceView) -> Argument | None:
    """`Zuvor hatten Demonstranten ... die saudische Botschaft gestürmt`: where the tagger's nominative
    does not agree in number with the finite verb, an argument before it that does and whose form
    allows a nominative is the subject."""
    sdoc = sentence.span.doc
    verb = _main_clause_verb(clause, sentence)
    if not nominative or verb is None or nominative[0].marked_nominative or len(nominative[0].mentions) > 1:
        return None
    number = morph_values(sdoc[verb], "Number")
    if not number or head_number(nominative[0], sdoc) in (None, number):
        return None
    return next((a for a in bare if verb < a.start < nominative[0].start and not a.marked_oblique
                 and len(a.mentions) == 1 and head_number(a, sdoc) == number), None)


def _parsed_subject_instead(nominative: list[Argument], bare: list[Argument],
                            sentence: SentenceView) -> Argument | None:
    """`hatte die EU-Kommission Griechenland gedrängt`: the tagger may read the case of a name without an
    article as the nominative; where the parser takes another bare argument, one with an article that may
    be a nominative, for the subject, that one is."""
    sdoc, lex = sentence.span.doc, sentence.lex
    if not nominative or nominative[0].marked_nominative or _parsed_as_subject(nominative[0], sentence) \
            or sdoc[nominative[0].start].pos_ != "PROPN":
        return None
    return next((a for a in bare if a is not nominative[0] and not a.marked_oblique
                 and any(t.pos_ == "DET" and t.lower_ in lex.determiners for t in sdoc[max(a.start - 1, 0):a.start + 1])
                 and _parsed_as_subject(a, sentence)), None)


def _parsed_as_subject(arg: Argument, sentence: SentenceView) -> bool:
    return any(sentence.span.doc[i].dep_.startswith("nsubj") for i in range(arg.start, arg.end))


def _parsed_as_object(arg: Argument, sentence: SentenceView) -> bool:
    """The parser reads the argument as the verb's object (the case of `das`/`die` is ambiguous)."""
    return any(sentence.span.doc[i].dep_ == "obj" for i in range(arg.start, arg.end))


def _main_clause_verb(clause: Clause, sentence: SentenceView) -> int | None:
    """The finite verb of a main clause (no subordinator, no zu-infinitive): what stands before it
    is the prefield."""
    if clause.opener is not None or _zu_infinitive(sentence, clause):
        return None
    return _finite_verb_index(clause, sentence.span.doc, sentence.lex)


def _finite_verb_index(clause: Clause, sdoc: Doc, lex: Lexicon) -> int | None:
    return next((i for i in range(clause.start, clause.end) if is_finite_verb(sdoc[i], lex)), None)


def _zu_infinitive(sentence: SentenceView, clause: Clause) -> bool:
    """`..., den Staatschef zu verhaften`, `..., Truppen abzuziehen`: a clause without a subject of its own."""
    return ends_in_zu_infinitive(sentence.span.doc, clause)


def _object_control(sentence: SentenceView, previous: Clause) -> bool:
    """`rief Südafrika auf, ... zu verhaften`: who is asked to act is the one who acts."""
    sdoc = sentence.span.doc
    controllers = sentence.lex.object_control_verbs
    words = [sdoc[i] for i in range(previous.start, previous.end)]
    for w in words:
        for cand in lemma_candidates(w):
            if cand in controllers or any(p.text.lower() + cand in controllers for p in words if p.i > w.i):
                return True
    return False


def _addressed_controller(sentence: SentenceView, previous: Clause) -> Argument | None:
    """`appellierte an die Behörden, die Journalisten freizulassen`: the authorities are to act."""
    sdoc = sentence.span.doc
    controllers = sentence.lex.preposition_control_verbs
    for i in range(previous.start, previous.end):
        prep = next((controllers[c] for c in lemma_candidates(sdoc[i]) if c in controllers), None)
        if prep is not None:
            return next((a for a in previous.args if a.prep == prep), None)
    return None


def _controller_object(previous: Clause, sentence: SentenceView) -> Argument | None:
    """The object of the calling verb; an argument before its finite verb is the subject's apposition
    (`Kammenos, zugleich Chef der Partei, warf der Türkei vor, ...`)."""
    bare = _bare_args(previous)
    verb = _main_clause_verb(previous, sentence)
    after_verb = next((a for a in bare[1:] if a.start > verb), None) if verb is not None and bare else None
    return after_verb or (bare[1] if len(bare) > 1 else None)


def _nominative_relative(sentence: SentenceView, clause: Clause) -> bool:
    """`..., die ein Modell ablehnt`: the relative pronoun is the clause's subject (as far as its
    form tells; `die` may also be an object, then a bare nominative in the clause wins)."""
    sdoc = sentence.span.doc
    first = next((sdoc[i] for i in range(clause.start, clause.end) if sdoc[i].is_alpha), None)
    if first is None or first.text.lower() not in sentence.lex.nominative_relatives:
        return False
    if first.lower_ == "der" and morph_values(first, "Gender") == ("Masc",):
        return True  # `ein Brite, der seine Ehefrau enthauptet hat`: a masculine `der` is no dative
    return not any(not a.oblique for a in _bare_args(clause))


def _antecedent(previous: Clause, clause: Clause) -> Argument | None:
    """The argument a relative clause hangs on: the last one right before it; the noun a town
    places (`Der israelische UNO-Botschafter in Genf, der ...`) rather than the town."""
    before = [a for a in previous.args if a.end <= clause.start]
    if not before:
        return None
    last = before[-1]
    if clause.start - last.end > 2:
        return None
    if last.prep is None or not _is_town(last):
        return last
    placed = next((a for a in reversed(before[:-1]) if a.end == last.start - 1), None)
    return placed or last


def subject_of_previous(sentence: SentenceView, idx: int) -> Argument | None:
    for prev in reversed(sentence.clauses[:idx]):
        bare = [a for a in prev.args if a.is_bare and not a.oblique] or _bare_args(prev)
        if bare:
            return bare[0]
    return None


def _object(clause: Clause, subj: Argument | None, trigger: int, sdoc: Doc, lex: Lexicon) -> Argument | None:
    """The next bare argument after the subject; else the owner of the object noun phrase
    (`kritisierte die Politik Israels`, `verurteilte den russischen Angriff`). A second argument
    before the finite verb of a main clause is an apposition to the subject, not an object."""
    verb = _finite_verb_index(clause, sdoc, lex) if clause.opener is None else None
    if verb is not None and subj is not None and subj.start > verb:
        # `Den Verdächtigen nahm die Polizei fest`: the subject follows the verb, the object leads
        topicalised = next((a for a in _bare_args(clause) if a.start < verb), None)
        if topicalised is not None:
            return topicalised
    for arg in _bare_args(clause):
        if verb is not None and subj is not None and subj.start < verb and arg.start < verb:
            continue
        if arg is not subj and (subj is None or arg.start > subj.start or arg.start > trigger):
            return arg
    floor = subj.end if subj is not None else clause.start
    for arg in clause.args:
        if arg.prep is None and arg.possessed_noun is not None and arg is not subj:
            noun = arg.possessed_noun
            if noun >= floor and noun != trigger and not _inside_pp(sdoc, noun, clause, lex) \
                    and not suffers_owned_act(arg, sdoc, lex):
                return arg
    return _owner_after_noun(clause, floor, trigger, sdoc, lex)


def suffers_owned_act(arg: Argument, sdoc: Doc, lex: Lexicon) -> bool:
    """`die Festnahme des Oppositionsführers`, `die Hinrichtung des Geistlichen`: the genitive owner is the
    one the act was done to (its noun's recipient), not whoever judging the act addresses."""
    if arg.possessed_noun is None or arg.start < arg.possessed_noun:
        return False
    found = lex.noun(lemma(sdoc[arg.possessed_noun]))
    return found is not None and found[0].event in DONE_TO_OWNER and "gen" in found[0].recipient


def _owner_after_noun(clause: Clause, floor: int, trigger: int, sdoc: Doc, lex: Lexicon) -> Argument | None:
    """`kritisierte die Politik von Putin`, `wies die Kritik aus Washington zurück`: the owner named with
    an owner preposition (whose it is, where it comes from) right after the object noun."""
    for arg in clause.args:
        if arg.prep not in lex.owner_prepositions:
            continue
        marker = next((i for i in range(arg.start - 1, max(arg.start - 3, clause.start) - 1, -1)
                       if lex.preposition(sdoc[i].text) == arg.prep), None)
        noun = marker - 1 if marker is not None else None
        if noun is not None and noun >= floor and noun != trigger and sdoc[noun].pos_ == "NOUN" \
                and not _inside_pp(sdoc, noun, clause, lex):
            return arg
    return None


def _inside_pp(sdoc: Doc, noun: int, clause: Clause, lex: Lexicon) -> bool:
    i = noun - 1
    while i >= clause.start and noun - i <= 4:
        if lex.preposition(sdoc[i].text):
            return True
        if looks_like_verb(sdoc[i], lex) or sdoc[i].is_punct:
            return False
        if sdoc[i].pos_ in ("NOUN", "PROPN") and sdoc[i + 1].lower_ not in ("der", "des"):
            return False  # `auf den Beschuss Ziele des IS`, `am Sonntag Stellungen des IS`: a phrase ended before
        if sdoc[i].lower_ in lex.determiners and sdoc[i].lower_ not in lex.genitive_articles and i > clause.start:
            return bool(lex.preposition(sdoc[i - 1].text))  # `am Donnerstag die Vorgehensweise`: it opens here
        i -= 1
    return False


def _pp_argument(sdoc: Doc, clause: Clause, prep: str, lex: Lexicon, after: int | None = None,
                 adverbial: bool = False) -> Argument | None:
    """The first argument inside a `prep` phrase of the clause (`für Russlands Angriffskrieg`);
    `adverbial`: only a phrase of the verb's, not one inside a noun phrase (`den Attentätern von Paris`)."""
    for i in range(clause.start, clause.end):
        if lex.preposition(sdoc[i].text) != prep or (after is not None and i < after):
            continue
        after_noun = i > clause.start and sdoc[i - 1].pos_ in ("NOUN", "PROPN")
        with_article = i + 1 < clause.end and sdoc[i + 1].lower_ in lex.determiners
        # `den Attentätern von Paris`, not `... von den EU-Staaten` nor `wird Gudenus von Christandl geklagt`
        if adverbial and after_noun and not with_article and not _ends_name(clause, i) \
                and not _after_named_source(sdoc, i, lex):
            continue
        region_end = _phrase_end(sdoc, i + 1, clause.end, lex)
        if not adverbial:  # an agent's phrase takes none: `von der Gewalt aus ihren Heimatstaaten vertrieben`
            region_end = _through_owner(sdoc, region_end, clause.end, lex)
        place_follows = region_end < clause.end and lex.preposition(sdoc[region_end].text) == "in"
        if prep in lex.cause_prepositions and place_follows:
            region_end = _phrase_end(sdoc, region_end + 1, clause.end, lex)
        for arg in clause.args:
            if i < arg.start < region_end and not suffers_owned_act(arg, sdoc, lex):
                return arg  # (`gegen die Festnahme des Oppositionsführers`: not against him)
    # `gegen den am Freitag festgenommenen X`: the attribute's own phrase ends the region early
    if adverbial:
        return None
    return next((a for a in clause.args if a.prep == prep and (after is None or a.start > after)), None)


def _through_owner(sdoc: Doc, end: int, clause_end: int, lex: Lexicon) -> int:
    """`warnte vor der Stationierung von US-Raketen`, `gegen die Kritik aus Washington`: an owner
    preposition right after the phrase's noun names whose it is, as a genitive would (`vor der
    Stationierung der Raketen`); the phrase takes it in."""
    if end < clause_end and lex.preposition(sdoc[end].text) in lex.owner_prepositions \
            and sdoc[end - 1].pos_ == "NOUN":
        return _phrase_end(sdoc, end + 1, clause_end, lex)
    return end


def _after_named_source(sdoc: Doc, i: int, lex: Lexicon) -> bool:
    """`nach russischen Angaben von Rebellen erschossen`, `nach Angaben der Armee von Rebellen`: a source phrase
    that names its source already takes no `von`; the `von` that follows is the agent's."""
    noun = i - 1
    while noun > 0 and sdoc[noun].pos_ in ("NOUN", "PROPN", "ADJ", "DET") and not is_source_noun(sdoc[noun], lex):
        noun -= 1
    return is_source_noun(sdoc[noun], lex) and source_named(sdoc, noun, lex)


def _ends_name(clause: Clause, i: int) -> bool:
    """A name ends right before token `i` (a name takes no `von` attribute)."""
    return any(a.end == i and a.prep is None and all(m.kind == "name" for m in a.mentions) for a in clause.args)


def _phrase_end(sdoc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Where a prepositional phrase ends: at the next preposition or verb."""
    return next((j for j in range(start, end) if lex.preposition(sdoc[j].text) or looks_like_verb(sdoc[j], lex)), end)


def _is_town(arg: Argument) -> bool:
    """A place rather than an actor: `in Paris`, `die Pariser Anschläge` (a city's adjective), while
    `Moskaus Angriffe` keeps the capital as its government."""
    return all(m.kind == "place" or m.is_place or _town_adjective(m) for m in arg.mentions)


def _is_place_mention(m: ActorMention) -> bool:
    return m.kind == "place" or m.is_place or m.is_place_entry


def _town_adjective(m: ActorMention) -> bool:
    return m.is_place_entry and m.text.endswith(("er", "ern")) and m.text != (m.name or "")


def _possessor(clause: Clause, trigger: int, sdoc: Doc, lex: Lexicon, von: bool = True) -> Argument | None:
    """Who owns the event noun: `Putins Besuch`, `russische Angriffe`, `der Besuch von Putin` (`von`
    only where it names the doer). A town is where it happened, not who did it: `die Pariser Anschläge`."""
    for arg in clause.args:
        if arg.possessed_noun == trigger and arg.end <= trigger and not _is_town(arg):
            return arg
    nxt = trigger + 1
    if von and nxt < clause.end and sdoc[nxt].text.lower() == "von":
        found = next((a for a in clause.args if a.start in (nxt + 1, nxt + 2) and a.prep == "von"), None)
        origin = found is not None and found.end < clause.end and sdoc[found.end].lower_ == "aus"
        if found is not None and not origin and not any(_is_place_mention(m) for m in found.mentions):
            return found  # (`von Belgien aus`: where it was done from)
    return None


def _orderer(clause: Clause, sdoc: Doc, lex: Lexicon) -> Argument | None:
    """`auf Anweisung des Innenministers entbunden`: who ordered what was done."""
    for arg in clause.args:
        noun = arg.possessed_noun
        if noun is not None and lemma(sdoc[noun]).lower() in lex.order_nouns:
            return arg
    return None


def _genitive(clause: Clause, trigger: int) -> Argument | None:
    """The genitive after an event noun: `die Festnahme des Attentäters`, `der Besuch Putins`."""
    return next(
        (a for a in clause.args if a.possessed_noun == trigger and a.start > trigger and not _is_town(a)), None
    )


def _place(clause: Clause, sdoc: Doc, lex: Lexicon) -> Argument | None:
    for arg in clause.args:
        if arg.prep in ("in", "nach") and any(m.country or m.is_place for m in arg.mentions):
            return arg
    for arg in clause.args:  # `im Norden Jemens`, `im Osten der Ukraine`
        if arg.prep is None and arg.possessed_noun is not None and all(m.is_place for m in arg.mentions):
            return arg
    return None


def _compound(trigger: Trigger, prefix_actor: ActorMention | None) -> list[ActorMention]:
    return [prefix_actor] if prefix_actor else []


def fill_slot(
    slot: str,
    trigger: Trigger,
    clause: Clause,
    sentence: SentenceView,
    lex: Lexicon,
    prefix_actor: ActorMention | None,
    taken: Argument | None = None,
) -> Argument | list[ActorMention] | None:
    sdoc = sentence.span.doc
    subj = subject(clause, sentence)
    if slot == "subj":
        if trigger.spec.pos == "noun" and (_describing_clause(clause, sdoc, lex)
                                           or _talked_about(sdoc, trigger, clause, lex)):
            return None  # `Die Zeitung berichtete über die Verhaftung`: the paper arrested no one
        if trigger.spec.pos == "noun" and not trigger.spec.reciprocal and _said(clause, sentence) \
                and _subject_itself(sdoc[trigger.token], subj, clause, sdoc, lex):
            return None  # `Der Minister sagte, Ausweisungen seien illegal`: he expelled no one (a meeting he was at)
        return subj if subj is not taken else None
    if slot == "obj":
        obj = _object(clause, subj, trigger.token, sdoc, lex)
        return obj if obj is not taken else None
    if slot == "dat":
        return next((a for a in _bare_args(clause) if a.oblique and a is not taken), None)
    noun = trigger.phrase_noun if trigger.phrase_noun is not None else trigger.token  # `hob die Immunität X auf`
    if slot == "poss":
        # `die Festnahme von X`: a `von` the noun takes as its recipient names no doer
        return _possessor(clause, noun, sdoc, lex, von="von" not in trigger.spec.recipient) or (
            _genitive(clause, noun) if "gen" not in trigger.spec.recipient else None
        )
    if slot == "gen":
        return _genitive(clause, noun)
    if slot == "attribute_agent":
        return _attribute_agent(sdoc, clause, noun, lex)
    if slot == "compound":
        return _compound(trigger, prefix_actor) or None
    if slot == "place":
        return _place(clause, sdoc, lex)
    if slot == "order":
        return _orderer(clause, sdoc, lex)
    if slot.startswith("agent:"):  # the agent of a passive
        return _pp_argument(sdoc, clause, slot.removeprefix("agent:"), lex, adverbial=True)
    if slot == "durch" and trigger.spec.pos == "noun":  # `die Annexion durch Russland`, after its noun
        found = _pp_argument(sdoc, clause, slot, lex, after=noun)
        return found if found is not None and _within_noun_phrase(sdoc, noun, found.start) else None
    if slot.startswith("after:"):  # `Gespräche zwischen der JG und Niessl`: the phrase right after the noun
        found = _pp_argument(sdoc, clause, slot.removeprefix("after:"), lex, after=noun)
        return found if found is not None and found.start <= noun + 3 else None
    if slot == "origin":  # `Artilleriebeschuss aus Syrien`: where the fire came from, right after the noun
        found = _pp_argument(sdoc, clause, "aus", lex, after=noun)
        return found if found is not None and found.start <= noun + 3 else None
    return _pp_argument(sdoc, clause, slot, lex)


def _within_noun_phrase(sdoc: Doc, noun: int, start: int) -> bool:
    """`die Annexion der Krim durch Russland`, `die Abschiebung von Aktivisten durch Thailand`: only the noun's
    own genitives and phrases stand between it and its `durch` (`die Sorge der Anleger sei die Anhebung der
    Zinsen durch die Fed`: the Fed raised, it is not worried)."""
    return not any(t.pos_ in ("VERB", "AUX") or _new_noun_phrase(t) for t in sdoc[noun + 1:start])


def _new_noun_phrase(token: Token) -> bool:
    """A noun in no genitive and no prepositional phrase: an argument of its own."""
    in_phrase = any(c.dep_ == "case" for c in token.children)
    return token.pos_ in ("NOUN", "PROPN") and not in_phrase and morph_values(token, "Case") not in ((), ("Gen",))


def _said(clause: Clause, sentence: SentenceView) -> bool:
    """Whether the clause is what the clause before it reports (`Der Minister sagte, ...`)."""
    idx = next((i for i, c in enumerate(sentence.clauses) if c.start == clause.start), 0)
    return idx > 0 and _reports(sentence.clauses[idx - 1], sentence)


def _subject_itself(noun: Token, subj: Argument | None, clause: Clause, sdoc: Doc, lex: Lexicon) -> bool:
    """An event noun that is the subject of what someone says (parsed so, or a nominative before the finite
    verb): the subject found outside that clause (the speaker) did not do it."""
    if clause.opener not in (None, "dass") or (subj is not None and clause.contains(subj.start)):
        return False
    verb = _finite_verb_index(clause, sdoc, lex)
    nominative_first = "Nom" in morph_values(noun, "Case") and verb is not None and noun.i < verb \
        and not _inside_pp(sdoc, noun.i, clause, lex)
    return noun.dep_.startswith("nsubj") or nominative_first


def _subject_from_elsewhere(found: Argument | list[ActorMention] | None, clause: Clause) -> bool:
    """`X teilte mit, es sollten Panzer stationiert werden`: what a passive is done to stands in its
    own clause (or is the antecedent of a relative clause, the subject of a coordinated one)."""
    shared = clause.opener in ("relative", "und", "aber", "sondern")
    return isinstance(found, Argument) and not clause.contains(found.start) and not shared


@dataclass
class NeededPhrase:
    """The phrase a `needs_preposition` verb takes: its preposition and its characters [start, end)."""

    preposition: str
    start: int
    end: int

    def holds(self, m: ActorMention) -> bool:
        return self.start < m.start < self.end


def needed_phrase(trigger: Trigger, clause: Clause, sdoc: Doc, lex: Lexicon) -> NeededPhrase | None:
    """The phrase a `needs_preposition` verb takes (`sich für Sanktionen gegen Russland aussprechen`:
    `für Sanktionen`), up to the next such preposition or the clause's end."""
    needed = trigger.spec.needs_preposition
    opening = next((i for i in range(clause.start, clause.end) if lex.preposition(sdoc[i].text) in needed), None)
    if opening is None:
        return None
    preposition = lex.preposition(sdoc[opening].text) or ""
    other = set(needed) - {preposition}  # `für eine Lösung für Israelis`: one phrase
    end = next((i for i in range(opening + 1, clause.end) if lex.preposition(sdoc[i].text) in other), clause.end)
    end_char = sdoc[end].idx if end < len(sdoc) else len(sdoc.text)
    return NeededPhrase(preposition, sdoc[opening].idx, end_char)


def _as_mentions(found: Argument | list[ActorMention] | None) -> list[ActorMention]:
    if found is None:
        return []
    return found if isinstance(found, list) else list(found.mentions)


def fill_frame(
    trigger: Trigger, sentence: SentenceView, lex: Lexicon, prefix_actor: ActorMention | None
) -> Frame:
    sdoc = sentence.span.doc
    clause = sentence.completed(sentence.clause_of(trigger.token))
    if trigger.described is not None:
        return _described_frame(trigger, clause)
    frame = Frame(passive=is_passive(sdoc, trigger, clause, lex))
    actor_slots = trigger.spec.actor
    recipient_slots = trigger.spec.recipient
    if frame.passive:
        actor_slots = ("agent:von", "agent:durch", "order", *trigger.spec.passive_actor)
        others = tuple(s for s in recipient_slots if s not in ("obj", "subj"))
        # the passive's subject is what was done to; it is the recipient first where the verb's recipient is
        # its object, else after its own phrase (`wurde an die USA ausgeliefert`: the USA receive him)
        recipient_slots = ("subj",) + others if "obj" in recipient_slots or not others else others + ("subj",)
    elif trigger.spec.pos == "noun" and is_perpetrated_passive(sdoc, clause, lex):
        actor_slots = ("agent:von", "agent:durch", *actor_slots)  # `Der Anschlag wurde von X verübt`
    elif trigger.spec.pos == "noun":
        actor_slots = ("attribute_agent", *actor_slots)
    actor_arg = None
    for slot in actor_slots:
        found = fill_slot(slot, trigger, clause, sentence, lex, prefix_actor)
        if found:
            actor_arg = found if isinstance(found, Argument) else None
            frame.actor, frame.actor_slot = _as_mentions(found), slot
            break
    for slot in recipient_slots:
        found = fill_slot(slot, trigger, clause, sentence, lex, prefix_actor, taken=actor_arg)
        if frame.passive and slot == "subj" and _subject_from_elsewhere(found, clause):
            continue
        mentions = [m for m in _as_mentions(found) if m not in frame.actor]
        if mentions:
            frame.recipient, frame.recipient_slot = mentions, slot
            break
    place = _place(clause, sdoc, lex)
    frame.place = list(place.mentions) if place else []
    return frame


def _attribute_agent(sdoc: Doc, clause: Clause, noun: int, lex: Lexicon) -> Argument | None:
    """`der von Pérez-Anhängern organisierten Blockade`, `die von der EU verhängten Sanktionen`: the agent of the
    participle that describes the event noun does the act."""
    participle = noun - 1
    if participle <= clause.start or not sdoc[participle].text.islower() \
            or sdoc[participle].pos_ not in ("ADJ", "VERB"):
        return None
    return _agent_argument(clause, agent_phrase(sdoc, sdoc[participle], lex), participle)


def _agent_argument(clause: Clause, von: int | None, participle: int) -> Argument | None:
    """The argument of an attribute's agent phrase: between its `von` and the participle."""
    if von is None:
        return None
    return next((a for a in clause.args if von < a.start < participle and a.end <= participle), None)


def _talked_about(sdoc: Doc, trigger: Trigger, clause: Clause, lex: Lexicon) -> bool:
    """`äußerte sich skeptisch über die Sanktionen`, `äußerte sich nicht zu dem Angriff`: what is talked about
    is no act of the speaker's."""
    i = preposition_before(sdoc, trigger.token, lex)
    prep = lex.preposition(sdoc[i].text) if i is not None else None
    if prep in lex.topic_prepositions:
        return True
    verbs = lex.topic_verb_prepositions.get(prep or "", ())
    return bool(verbs) and any(lemma_in(sdoc[j], verbs, lex) for j in range(clause.start, clause.end))


def _describing_clause(clause: Clause, sdoc: Doc, lex: Lexicon) -> bool:
    return any(sdoc[i].pos_ == "VERB" and lemma_in(sdoc[i], lex.describing_verbs, lex)
               for i in range(clause.start, clause.end))


def _described_frame(trigger: Trigger, clause: Clause) -> Frame:
    """`der am Donnerstag festgenommene Fayçal C.`: a passive whose recipient is the person named
    right after the participle; who acted the text leaves unsaid, unless the attribute names the agent
    (`die von der UNO unterstützte Regierung`: any actor it describes)."""
    frame = Frame(passive=True)
    described = next((a for a in clause.args if a.start <= trigger.described < a.end), None)
    agent = _agent_argument(clause, trigger.agent, trigger.token)
    if agent is not None:
        frame.actor, frame.actor_slot = list(agent.mentions), "agent:von"
    people = described is not None and all(m.is_person or m.kind == "name" for m in described.mentions)
    if described is not None and (agent is not None or people):
        frame.recipient, frame.recipient_slot = list(described.mentions), "subj"
    return frame
