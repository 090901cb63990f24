"""Auxiliary modes (negated, future, hypothetical; historical comes from the date) and attribution."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from lagebild.document import ActorMention, Attribution, AttributionSource
from lagebild.events.clauses import (
    Clause,
    SentenceView,
    coordinated_verb,
    ends_in_zu_infinitive,
    follows_without_subject,
    is_bare_zu_infinitive,
    is_reporting_verb,
    is_verb_form,
    lemma,
    lemma_candidates,
    lemma_in,
    preposition_before,
)
from lagebild.events.lexicon import Lexicon
from lagebild.events.triggers import Trigger
from lagebild.kb.lexicon import lexicon as kb_lexicon
from lagebild.nlp.syntax import morph_values


def _clause_words(sdoc: Doc, clause: Clause) -> list[tuple[int, str]]:
    """The clause's words, lower-cased to meet the word lists, except nouns (`mit Würde` is no `würde`)."""
    return [(i, sdoc[i].text if sdoc[i].pos_ in ("NOUN", "PROPN") else sdoc[i].text.lower())
            for i in range(clause.start, clause.end)]


def is_negated(sdoc: Doc, trigger: Trigger, clause: Clause, lex: Lexicon) -> bool:
    neg = lex.modality["negation"]
    words = _clause_words(sdoc, clause)
    for pos, (i, word) in enumerate(words):
        if word not in neg["words"]:
            continue
        following = words[pos + 1][1] if pos + 1 < len(words) else ""
        preceding = words[pos - 1][1] if pos > 0 else ""
        if following in neg["not_before"] or (preceding in neg.get("not_after", ()) and trigger.token != i + 1):
            continue
        if word.startswith("kein") and trigger.spec.pos == "noun" and i > trigger.token:
            continue
        if _judged_subject(sdoc, trigger, i, neg) or _negated_attribute(sdoc, i, neg):
            continue
        if _contrasted_phrase(sdoc, i, clause, neg) or _answered_phrase(sdoc, i, trigger, neg):
            continue
        return True
    return (_absent(sdoc, trigger, neg) or _denied_by_governing_clause(sdoc, clause, lex)
            or _instead(sdoc, clause, lex))


def _absent(sdoc: Doc, trigger: Trigger, neg: dict) -> bool:
    """`handelte ohne Unterstützung der EU`: an event noun after a preposition of absence did not happen."""
    if trigger.spec.pos != "noun":
        return False
    absence = neg.get("absence_prepositions", ())
    return any(c.dep_ == "case" and c.lower_ in absence for c in sdoc[trigger.token].children)


def _negated_attribute(sdoc: Doc, negation: int, neg: dict) -> bool:
    """`löste die nicht genehmigte Kundgebung auf`, `zu nie dagewesenen Massendemonstrationen`: the negation
    belongs to a participle that describes a noun (not `keine sofortige Inhaftierung`, not `nicht neue
    Sanktionen`)."""
    if negation + 2 >= len(sdoc) or sdoc[negation].lower_ not in neg["attribute_negations"]:
        return False
    attribute, noun = sdoc[negation + 1], sdoc[negation + 2]
    participle = attribute.text.islower() and attribute.text.endswith(tuple(neg["attribute_participle_endings"]))
    return participle and attribute.pos_ in ("ADJ", "VERB") and noun.pos_ in ("NOUN", "PROPN")


def _judged_subject(sdoc: Doc, trigger: Trigger, negation: int, neg: dict) -> bool:
    """`der Streik der Piloten sei nicht rechtens`: an event noun that is the subject of a copula is
    judged, not denied; unless it is said not to have come about (`der Angriff sei nicht erfolgt`)."""
    if trigger.spec.pos != "noun" or negation < trigger.token:
        return False
    verb = next((t for t in sdoc[trigger.token + 1:negation] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or lemma(verb) not in neg["copulas"]:
        return False
    following = sdoc[negation + 1] if negation + 1 < len(sdoc) else None
    return following is not None and following.lower_ not in neg["happening_words"]


def _contrasted_phrase(sdoc: Doc, i: int, clause: Clause, neg: dict) -> bool:
    """`appelliert an die Bürgermeister, und nicht als Parteipolitiker`: a negated phrase added after a
    comma, with no verb of its own, sets something off against the clause; the clause is not denied."""
    if i < 2 or sdoc[i - 1].lower_ not in neg.get("contrast_openers", ()) or sdoc[i - 2].text != ",":
        return False
    return not any(sdoc[j].pos_ in ("VERB", "AUX") for j in range(i + 1, clause.end))


def _answered_phrase(sdoc: Doc, i: int, trigger: Trigger, neg: dict) -> bool:
    """`nicht den IS, sondern gemäßigte Rebellen`, `nicht gegen Berlin, sondern gegen Brüssel`: a negated phrase
    (no verb, no verb particle, not the trigger) answered by `, sondern` is contrasted, the clause not denied."""
    if i + 1 >= len(sdoc) or sdoc[i + 1].pos_ in ("VERB", "AUX", "PART") or sdoc[i + 1].tag_ == "PTKVZ":
        return False
    sentence_end = sdoc[i].sent.end
    for j in range(i + 1, min(sentence_end, i + 10)):
        if sdoc[j].pos_ in ("VERB", "AUX") or j == trigger.token:
            return False
        if sdoc[j].lower_ in neg.get("contrast_answers", ()) and sdoc[j - 1].text == ",":
            return True
    return False


def _denied_by_governing_clause(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """`dementierte, dass ...`, `bestritt, Truppen geschickt zu haben`, `es sei keineswegs so, dass
    ...`: denied, so not done."""
    if not _complement_clause(sdoc, clause, lex):
        return False
    neg = lex.modality["negation"]
    lo = max(clause.start - 12, sdoc[clause.start].sent.start)
    return any(lemma(sdoc[i]) in neg["denial_verbs"] for i in range(lo, clause.start)) or _negated_correlate(
        [t.lower_ for t in sdoc[lo:clause.start] if not t.is_punct], neg) or _failed_attempt(sdoc, lo, clause, neg)


def _failed_attempt(sdoc: Doc, lo: int, clause: Clause, neg: dict) -> bool:
    """`weil die Länder es nicht mehr schaffen, Flüchtlinge aufzunehmen`: what one did not manage is not done."""
    words = sdoc[_after_last_comma(sdoc, lo, clause.start - 1):clause.start]  # the governing clause
    return ends_in_zu_infinitive(sdoc, clause) and any(lemma(t) in neg.get("achievement_verbs", ()) for t in words) \
        and any(t.lower_ in neg["words"] for t in words)


def _negated_correlate(before: list[str], neg: dict) -> bool:
    """The words before a complement clause end in a negation and a correlate (`nicht so`, `keineswegs
    der Fall`)."""
    for correlate in neg.get("correlates", ()):
        words = correlate.split()
        if before[-len(words):] == words and len(before) > len(words) and before[-len(words) - 1] in neg["words"]:
            return True
    return False


def is_uncertain(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """`möglicherweise`, `angeblich`: reported as perhaps having happened (lower confidence, not
    hypothetical)."""
    words = set(lex.modality.get("uncertain", {}).get("words", ()))
    return any(word in words for _, word in _clause_words(sdoc, clause))


def is_hypothetical(sdoc: Doc, clause: Clause, lex: Lexicon, trigger: Trigger | None = None) -> bool:
    """`wenn ... würde`, `könnte`, `müsse`: not (yet) real; a modal that is itself the trigger
    (`die EU müsse handeln`, a demand) makes its own event no less real."""
    hyp = lex.modality["hypothetical"]
    if clause.opener in hyp["clause_openers"] or _alleged(sdoc, clause, lex, trigger) or _purpose(sdoc, clause, lex) \
            or _purpose_clause(sdoc, clause, lex):
        return True
    asked = _question(sdoc, clause) and (trigger is None or trigger.spec.pos != "noun")
    if asked or conditional_verb_first(sdoc, clause, lex) or _in_case_of(sdoc, trigger, lex) \
            or _warned_of(sdoc, trigger, clause, lex):
        return True
    for i, word in _clause_words(sdoc, clause):
        if word in hyp["words"] and not _reported_perfect(sdoc, clause, i, lex):
            return True
        own = trigger is not None and (i == trigger.token or lemma(sdoc[i]) in trigger.spec.own_modals)
        if lemma(sdoc[i]) in hyp["modals"] and sdoc[i].text.islower() and not own \
                and word not in hyp.get("fulfilled_modals", ()):
            return True
    return False


def _warned_of(sdoc: Doc, trigger: Trigger | None, clause: Clause, lex: Lexicon) -> bool:
    """`hat vor einem Austritt seines Landes aus der EU gewarnt`: the act a warning is about has not happened."""
    if trigger is None or trigger.spec.pos != "noun":
        return False
    hyp = lex.modality["hypothetical"]
    at = preposition_before(sdoc, trigger.token, lex)
    if at is None or lex.preposition(sdoc[at].text) not in hyp.get("warned_prepositions", ()):
        return False
    warning = set(hyp.get("warning_words", ()))
    return any(_readings(sdoc[i], lex) & warning for i in range(clause.start, clause.end) if i != at)


def _in_case_of(sdoc: Doc, trigger: Trigger | None, lex: Lexicon) -> bool:
    """`für den Fall eines Austritts aus der EU`, `im Falle einer Invasion`: an event noun named as a case that
    may come about (`der Fall des Angriffs` is one that did)."""
    if trigger is None or trigger.spec.pos != "noun":
        return False
    cases = lex.modality["hypothetical"].get("case_nouns", ())
    i = trigger.token - 1
    while i >= 0 and (sdoc[i].pos_ in ("DET", "ADJ") or sdoc[i].lower_ in lex.determiners):
        i -= 1
    return 0 <= i < trigger.token - 1 and sdoc[i].lower_ in cases and preposition_before(sdoc, i, lex) is not None


def _purpose(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """`..., um die Flüchtlingswelle zu stoppen`, `..., um Flüchtlinge daran zu hindern, sich zu verletzen`:
    what a zu-infinitive of purpose (or one it governs) names is aimed at, not done."""
    return _infinitive_opened_by(sdoc, clause, lex.modality["hypothetical"].get("purpose_openers", ()))


def _purpose_clause(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """`macht Druck auf die Regionen, damit sie mehr Migranten aufnehmen`: a subordinate clause of purpose
    names what is aimed at (`Damit hat ...`, `..., damit hat ...` are no such clause)."""
    if clause.opener not in lex.modality["hypothetical"].get("purpose_subordinators", ()):
        return False
    first = next(t for t in sdoc[clause.start:clause.end] if t.is_alpha)
    verb_second = first.i + 1 < len(sdoc) and "Fin" in morph_values(sdoc[first.i + 1], "VerbForm")
    return first.i > 0 and sdoc[first.i - 1].text == "," and not verb_second  # (`, damit hat Moskau ...`)


def _instead(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """`..., statt Argumente zu liefern`, `..., ohne mit Merkel zu sprechen`: what a zu-infinitive set
    against the clause names is not done."""
    return _infinitive_opened_by(sdoc, clause, lex.modality["negation"].get("instead_openers", ()))


def _after_last_comma(sdoc: Doc, lo: int, end: int) -> int:
    """Where the stretch after the last comma in `sdoc[lo:end]` starts (`lo` without one)."""
    return next((i + 1 for i in range(end - 1, lo - 1, -1) if sdoc[i].text == ","), lo)


def _infinitive_opened_by(sdoc: Doc, clause: Clause, openers) -> bool:
    """The clause is a zu-infinitive (or one governed by it) that one of `openers` opens."""
    lo, end = sdoc[clause.start].sent.start, clause.end
    while ends_in_zu_infinitive(sdoc, Clause(lo, end)):
        start = _after_last_comma(sdoc, lo, end)
        first = next((t for t in sdoc[start:end] if t.is_alpha), None)
        if first is not None and first.lower_ in openers:
            return True
        if start == lo:
            return False
        end = start - 1
    return False


def _question(sdoc: Doc, clause: Clause) -> bool:
    """`Hat Russland die Ukraine angegriffen?`: what a question asks is not asserted (what it names,
    `der Auslöser für die Proteste?`, it takes for granted)."""
    sent = sdoc[clause.start].sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == "?"


def conditional_verb_first(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """`Sollten die Separatisten weitere Gebiete erobern, ...`: a condition without `wenn`."""
    start = next((i + 1 for i in range(clause.start, min(clause.end, clause.start + 4))
                  if kb_lexicon(lex.lang).word("dateline", sdoc[i].text)), clause.start)  # `Berlin – Sollte ...`
    first = next((sdoc[i] for i in range(start, clause.end) if sdoc[i].is_alpha), None)
    verbs = lex.modality["hypothetical"].get("clause_initial_verbs", ())
    return first is not None and first.lower_ in verbs


def reported_future(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """`Sie würden alle Informationen teilen, sagte Cook`: in reported speech `würde` stands for
    the future of `werden`, unless a condition or another subjunctive makes it hypothetical."""
    hyp = lex.modality["hypothetical"]
    words = [w for _, w in _clause_words(sdoc, clause)]
    conditional = set(hyp.get("conditional_words", ())) | set(hyp["clause_openers"])
    other = set(hyp["words"]) - set(hyp.get("reported_future", ()))
    sentence = {t.lower_ for t in sdoc[clause.start].sent}
    return (any(w in hyp.get("reported_future", ()) for w in words) and not other & set(words)
            and not conditional & sentence and clause.opener not in hyp["clause_openers"])


def _complement_clause(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """A dass-clause or a zu-infinitive: what a verb before it says, asks for or denies (also the second half
    of a contrast: `vor, nicht den IS, sondern Rebellen zu bombardieren`)."""
    contrast = clause.opener in lex.modality["negation"].get("contrast_answers", ())
    # (`vorgeworfen, die Miliz finanziert und unterstützt zu haben`: the second half of a coordinated one)
    coordinated = clause.opener in lex.coordinators
    return clause.opener == "dass" or ((clause.opener is None or contrast or coordinated)
                                       and ends_in_zu_infinitive(sdoc, clause))


def _alleged(sdoc: Doc, clause: Clause, lex: Lexicon, trigger: Trigger | None = None) -> bool:
    """The complement of an accusation (`warf ihm vor, ... geplant zu haben`, `..., dass ...`), of a
    doubt (`bezweifelt, dass ...`), of a notion (`die Idee, ... zu bestrafen`), of a warning or a
    threat (`warnte davor, ... anzugreifen`), of a request (`rief Russland auf, seine Truppen
    abzuziehen`) or of a clause that may be (`wäre gezwungen, ... zu schließen`): said, asked for, not
    done. A demand worded in it (`forderten, dass Merkel den Zuzug stoppen müsse`) is the request itself."""
    if not _complement_clause(sdoc, clause, lex):
        return False
    hyp = lex.modality["hypothetical"]
    lo = sdoc[clause.start].sent.start
    not_asserted = (*hyp.get("allegation_words", ()), *hyp.get("doubt_words", ()), *hyp.get("notion_words", ()))
    if clause.opener is None:  # (`warnte, dass ...` may warn of what is so)
        not_asserted += tuple(hyp.get("warning_words", ()))
    # (the word as well: the lemmatizer reads `Verdacht` as a form of `verdenken`)
    if any(_readings(sdoc[i], lex) & set(not_asserted) for i in range(lo, clause.start)):
        return True
    if clause.opener is None and any(sdoc[i].lower_ in hyp["words"] for i in range(lo, clause.start)):
        return True  # `wäre Serbien gezwungen, seine Grenzen zu schließen`: what a clause that may be would make
    wanting = hyp.get("wanting_verbs", ())
    if clause.opener == "dass" and any(lemma_in(sdoc[i], wanting, lex) for i in range(lo, clause.start)):
        return True  # `will, dass die Türkei die Grenze schließt`: wanted, not done
    if trigger is None or trigger.spec.event == "REQUEST":
        return False
    # `rief Südafrika auf, ... zu verhaften`: the separated particle can make one clause of both
    requests = hyp.get("request_verbs", ())
    return any(lemma_in(sdoc[i], requests, lex) for i in range(lo, max(trigger.token, clause.start)))


def _readings(token: Token, lex: Lexicon) -> set[str]:
    """The word, its lemmas, and with a separated particle the verb it belongs to (`warfen ... vor`: vorwerfen)."""
    found = {c.lower() for c in lemma_candidates(token, lex)}
    if token.dep_ == "compound:prt":
        found |= {token.lower_ + c.lower() for c in lemma_candidates(token.head, lex)}
    return found


def _reported_perfect(sdoc: Doc, clause: Clause, aux: int, lex: Lexicon) -> bool:
    """`hätten ... verstärkt`: Konjunktiv II standing in for the reported perfect."""
    hyp = lex.modality["hypothetical"]
    if sdoc[aux].text.lower() not in hyp.get("perfect_subjunctive", ()):
        return False
    rest = [sdoc[i] for i in range(aux + 1, clause.end) if sdoc[i].is_alpha]
    participle = any("Part" in morph_values(t, "VerbForm") and t.pos_ in ("VERB", "AUX") for t in rest) or (
        bool(rest) and rest[-1].text.islower() and is_verb_form(rest[-1]))  # `verstärkt` tagged ADJD
    counterfactual = any(t.text.lower() in hyp.get("counterfactual_words", ()) for t in sdoc[clause.start:clause.end])
    return participle and not counterfactual


def _planned_infinitive(sdoc: Doc, trigger: Trigger, clause: Clause, lex: Lexicon, before: Clause | None) -> bool:
    """`kündigte an, seine Truppen abzuziehen`: a zu-infinitive governed by a word of intent, in the clause
    before or earlier in its own (`ist bereit, mit den USA zu verhandeln`, when the comma cut no clause).
    An event noun is planned when its clause is such an infinitive (`neue Sanktionen zu verhängen`)."""
    tok = sdoc[trigger.token]
    if trigger.spec.pos == "verb":
        zu_infinitive = "zu" in tok.text[1:-2] or (tok.i > 0 and sdoc[tok.i - 1].text.lower() == "zu")
    else:  # an event noun in a zu-infinitive clause: `kündigte an, neue Sanktionen zu verhängen`
        zu_infinitive = is_bare_zu_infinitive(sdoc, clause, lex)
    if not zu_infinitive:
        return False
    governors = lex.modality["future"]["intent_governors"]
    start = before.start if before is not None else clause.start
    words = [sdoc[i] for i in range(start, tok.i)]
    # (the word itself as well as its lemma: the tagger takes `bereit` for a form of `bereiten`)
    return any(lemma(w) in governors or w.lower_ in governors
               or (w.lower_ in lex.particles and _joined_intent(w, words, governors)) for w in words)


def _joined_intent(particle, words, governors) -> bool:
    return any(particle.text.lower() + lemma(w) in governors for w in words if w.i < particle.i)


def awaited(sdoc: Doc, trigger: Trigger, clause: Clause, lex: Lexicon) -> bool:
    """`hofft auf Unterstützung der EU`, `rechnet mit Angriffen`: an act the subject waits for lies
    ahead, and someone else would do it."""
    at = preposition_before(sdoc, trigger.token, lex) if trigger.spec.pos == "noun" else None
    preposition = lex.preposition(sdoc[at].text) if at is not None else None
    if trigger.spec.pos == "noun" and preposition is None:
        preposition = "obj"
    verbs = {verb for verb, preps in lex.expecting_verbs.items() if preposition in preps}
    return bool(verbs) and any(lemma(sdoc[i]) in verbs for i in range(clause.start, clause.end))


# what is done by saying it: announcing resistance or a demand is resisting or demanding
SAID_EVENTS = {"ACCUSE", "REJECT", "REQUEST", "THREATEN"}


def is_future(sdoc: Doc, trigger: Trigger, clause: Clause, lex: Lexicon, before: Clause | None = None) -> bool:
    fut = lex.modality["future"]
    tok = sdoc[trigger.token]
    if _planned_infinitive(sdoc, trigger, clause, lex, before) or awaited(sdoc, trigger, clause, lex):
        return True
    # `Beim EU-Gipfel wollte Griechenland ... finden`: a past intent of the clause; the setting took place
    setting = trigger.spec.pos == "noun" and preposition_before(sdoc, trigger.token, lex) is not None
    for i, word in _clause_words(sdoc, clause):
        if i == trigger.token:
            continue
        lem = lemma(sdoc[i])
        future_werden = word in lex.werden_forms and word not in ("wurde", "wurden", "worden", "geworden")
        if future_werden and _has_infinitive(sdoc, clause, lex, trigger):
            return True
        past_setting = setting and "Past" in morph_values(sdoc[i], "Tense")
        if (lem in fut["modals"] or word in fut["modals"]) and sdoc[i].text.islower() and not past_setting:
            return True  # (not `das Vorhaben`)
        if lem in fut["intent_modals"] and not _perfect_infinitive(sdoc, clause, lex) and not past_setting:
            return True
        if lem in fut["expected"] and any(sdoc[j].text.lower() in lex.werden_forms for j in range(clause.start, i)):
            return True
        if trigger.spec.pos == "noun" and trigger.token - 3 <= i < trigger.token and _future_adjective(lem, fut):
            return True
        if trigger.spec.pos == "noun" and sdoc[i].text.islower() and _announcing(sdoc, i, clause, lem, fut, lex) \
                and trigger.spec.event not in SAID_EVENTS and preposition_before(sdoc, trigger.token, lex) is None:
            return True
    return tok.text.lower() in fut["adjectives"]


def _announcing(sdoc: Doc, i: int, clause: Clause, lem: str, fut: dict, lex: Lexicon) -> bool:
    """An announcing verb, read with its separated particle (`kündigten Sanktionen an`)."""
    announcing = fut.get("announcing_verbs", ())
    return lem in announcing or any(sdoc[j].lower_ + c in announcing for j in range(i + 1, clause.end)
                                    if _separated_particle(sdoc[j], lex) for c in lemma_candidates(sdoc[i]))


def _separated_particle(token: Token, lex: Lexicon) -> bool:
    """`kündigten Sanktionen an`: a particle the parser hangs on its verb (not `vor` of `knapp vor der Wahl`)."""
    return token.lower_ in lex.particles and token.dep_ in ("compound:prt", "svp")


def _future_adjective(lem: str, fut: dict) -> bool:
    low = lem.lower()
    return any(low.startswith(a) for a in fut["adjectives"])


def _has_infinitive(sdoc: Doc, clause: Clause, lex: Lexicon, trigger: Trigger) -> bool:
    for i in range(clause.start, clause.end):
        tok = sdoc[i]
        if "Inf" in morph_values(tok, "VerbForm") and tok.lower_ not in lex.werden_forms:
            return True  # (`die unterstützt werden`: a passive, whatever the tagger calls `werden`)
        bare_infinitive = tok.text.islower() and tok.is_alpha and tok.text.endswith("en") and tok.text == lemma(tok)
        closed = tok.text in lex.determiners or tok.text in lex.werden_forms
        if not tok.pos_ and bare_infinitive and not closed:
            return True
        if i == trigger.token and bare_infinitive and "Part" in morph_values(tok, "VerbForm"):
            return True  # `werde nicht über den Antrag beraten`: a participle that is also the infinitive
    return trigger.spec.pos == "noun"


def _perfect_infinitive(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    aux = lex.modality["hearsay_perfect_auxiliaries"]
    return any(sdoc[i].text.lower() in aux for i in range(clause.start, clause.end))


@dataclass
class Source:
    text: str
    mention: ActorMention | None


def attribution(
    sentence: SentenceView,
    clause: Clause,
    mentions: list[ActorMention],
    lex: Lexicon,
    prev_sentence_source: Source | None,
) -> Attribution | None:
    """`laut Kreml-Angaben`, `nach westlichen Erkenntnissen`, `X zufolge`, `wie X berichtete`."""
    source = (
        _attribution_phrase(sentence, lex, mentions)
        or reporting_clause_source(sentence, clause, lex)
        or prev_sentence_source
    )
    if source is None:
        return None
    actor = None
    if source.mention is not None:
        m = source.mention
        actor = AttributionSource(name=m.name, country=m.country, org=m.org, sector=m.sector)
    return Attribution(text=source.text, actor=actor)


def _attribution_phrase(sentence: SentenceView, lex: Lexicon, mentions: list[ActorMention]) -> Source | None:
    sdoc = sentence.span.doc
    for tok in sentence.span:
        low = tok.text.lower()
        if low in ("laut", "gemäß"):
            end = _phrase_end(sdoc, tok.i + 1, min(tok.i + 4, sentence.span.end))
            return _source(sdoc, tok.i, _with_genitive(sdoc, end, sentence.span.end, lex), mentions)
        if low == "zufolge":
            start = max(tok.i - 4, sentence.span.start)
            return _source(sdoc, start, tok.i + 1, mentions)
        if low == "nach" and tok.i + 2 < sentence.span.end:
            window = range(tok.i + 1, min(tok.i + 4, sentence.span.end))
            noun = next((k for k, j in enumerate(window) if is_source_noun(sdoc[j], lex)), None)
            if noun is not None:
                # (`nach eigenen Angaben | Hunderte Geiseln`: the phrase ends with its noun or whose it is)
                end = min(_phrase_end(sdoc, tok.i + 1, min(tok.i + 6, sentence.span.end)), tok.i + noun + 2)
                return _source(sdoc, tok.i, _with_genitive(sdoc, end, sentence.span.end, lex), mentions)
    return None


def _with_genitive(sdoc: Doc, end: int, limit: int, lex: Lexicon) -> int:
    """`nach Angaben | der Polizei`, `laut Angaben | von Aktivisten`: whose statement it is follows the noun."""
    if end >= limit:
        return end
    von = sdoc[end].lower_ == "von" and sdoc[end - 1].lower_ in lex.modality["attribution"]["von_source_nouns"] \
        and not source_named(sdoc, end - 1, lex)
    if sdoc[end].lower_ in lex.genitive_articles or von:
        return _phrase_end(sdoc, end + 1, min(end + 6, limit))
    return end


def is_source_noun(token: Token, lex: Lexicon) -> bool:
    """`Angaben`, `Erkenntnissen`: a noun of a phrase that says whose word an event is told on."""
    return token.lower_ in lex.modality["attribution"]["nach_nouns"] or token.lower_.endswith("angaben")


def source_named(sdoc: Doc, noun: int, lex: Lexicon) -> bool:
    """`nach russischen Angaben`, `nach Angaben der Armee`: the source noun at `noun` names its source already
    (an adjective before it, a genitive after it), so a `von` after the phrase is no source of its own."""
    genitive = noun + 1 < len(sdoc) and sdoc[noun + 1].lower_ in lex.genitive_articles
    return (noun > 0 and sdoc[noun - 1].pos_ == "ADJ") or genitive


def _phrase_end(sdoc: Doc, start: int, limit: int) -> int:
    end = start
    while end < limit and (sdoc[end].is_alpha or "-" in sdoc[end].text):
        end += 1
        if sdoc[end - 1].text[:1].isupper() and end - start >= 1 and (end >= limit or sdoc[end].text.islower()):
            break
    return max(end, start + 1)


def _source(sdoc: Doc, start: int, end: int, mentions: list[ActorMention]) -> Source:
    span = sdoc[start:end]
    inside = [m for m in mentions if span.start_char <= m.start < span.end_char]
    return Source(span.text, inside[0] if inside else None)


def reporting_clause_source(sentence: SentenceView, clause: Clause, lex: Lexicon) -> Source | None:
    """`..., teilte der Kreml mit`, `sagte Demirtaş`: another clause of the sentence reports the
    event's clause; its subject is the source."""
    sdoc = sentence.span.doc
    if clause.shared_auxiliary is not None:
        return None  # `hat die Rebellen kritisiert und die Armee gelobt`: the subject's own second act
    for index, other in enumerate(sentence.clauses):
        if other is clause or not other.args:
            continue
        # `Der Independent ging noch weiter: Corbyn müsse ...`: a main clause before a colon introduces speech
        colon = sdoc[clause.start].text == ":" and index + 1 < len(sentence.clauses) \
            and sentence.clauses[index + 1] is clause and other.opener is None and index == 0
        if not colon and not sentence.remembered(_reports, other):
            continue
        right_after = index + 1 < len(sentence.clauses) and sentence.clauses[index + 1] is clause
        if right_after and (clause.opener == "relative" or coordinated_verb(sdoc[clause.start], sentence.span, lex)):
            # `verkündete eine Waffenruhe, die Armenien zurückwies`: said of a noun there, not reported;
            # `kritisierte die Schließung und forderte ...`: the reporter's own second act
            continue
        if other.continues is not None and any(c is clause for c in sentence.clauses[other.continues:index]):
            continue  # `Erdogan, der in Berlin war, kritisierte ...`: the rest of the clause the relative is in
        speaker = next((a for a in other.args if a.is_bare), None)
        if speaker is not None:
            text = sdoc[other.start : other.end].text.strip(" ,:;–")
            return Source(text, speaker.mentions[0])
    return None


def _reports(clause: Clause, sentence: SentenceView) -> bool:
    """A clause with a reporting verb (`teilte ... mit`, `sagte`), or `, so X`."""
    sdoc = sentence.span.doc
    verbs = [sdoc[i] for i in range(clause.start, clause.end) if sdoc[i].text.islower() and sdoc[i].is_alpha]
    if verbs and verbs[0].text == "so" and sdoc[clause.start].text == ",":
        return True
    if follows_without_subject(sdoc, clause):
        return False
    return any(is_reporting_verb(v, verbs, sentence.lex) for v in verbs)


def reporting_source(sentence: SentenceView, mentions: list[ActorMention], lex: Lexicon) -> Source | None:
    """`Das berichtet der "Spiegel".`: a short sentence naming the source of the one before."""
    att = lex.modality["attribution"]
    words = [t for t in sentence.span if t.is_alpha]
    if not 2 <= len(words) <= 8:
        return None
    if not any(lemma_in(t, att["reporting_verbs"], lex) for t in words):
        return None
    if words[0].text.lower() not in ("das", "dies", "so", "wie"):
        return None
    if words[1].pos_ in ("NOUN", "PROPN", "ADJ"):
        return None  # `Das Pentagon kündigte an, ...`: an article, not `das` taking up what came before
    return Source(sentence.span.text.strip(), mentions[0] if mentions else None)
