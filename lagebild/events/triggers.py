"""Finding trigger words in a sentence: verbs by lemma (separable particles re-attached), nouns by
lemma or compound head, predicative adjectives."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from lagebild.events.clauses import (
    Clause,
    SentenceView,
    has_head,
    headed_by,
    is_finite_verb,
    lemma_candidates,
    looks_like_noun,
    mistagged_verb,
)
from lagebild.events.lexicon import Lexicon, TriggerSpec
from lagebild.lang import endings
from lagebild.nlp.syntax import attribute_opener, morph_values


@dataclass
class Trigger:
    token: int
    spec: TriggerSpec
    text: str
    compound_prefix: str = ""
    particle: int | None = None
    phrase_noun: int | None = None  # the noun of a verb + noun expression (`in Haft genommen`)
    described: int | None = None  # the first word after an attributive participle (`festgenommene | X`)
    agent: int | None = None  # the `von` of an attributive participle's agent (`die von | der EU unterstützte X`)


def _particle(sdoc: Doc, verb: Token, clause: Clause, lex: Lexicon) -> int | None:
    """The separated particle of a finite verb: `wies ... zurück`, `traf ... ein`."""
    for child in verb.children:
        if child.dep_ in ("compound:prt", "svp") and _ends_phrase(sdoc, child.i) \
                and child.text.lower() in lex.particles:  # not an adverb hung on as one (`erneut`)
            return child.i
    last = clause.end - 1
    while last > verb.i and not _has_letters(sdoc[last]):
        last -= 1
    if last > verb.i + 0 and sdoc[last].text.lower() in lex.particles and sdoc[last].text.islower():
        following = sdoc[last + 1] if last + 1 < len(sdoc) else None
        if following is None or not _has_letters(following):
            return last
    return None


def _has_letters(tok: Token) -> bool:
    """A word, hyphenated ones included (`auf Brenner-Kontrollen` ends in a noun, not in `auf`)."""
    return any(ch.isalpha() for ch in tok.text)


def _ends_phrase(sdoc: Doc, i: int) -> bool:
    """A separated particle closes its clause (`... zurück.`); a preposition has words after it."""
    return i + 1 >= len(sdoc) or not sdoc[i + 1].is_alpha


ATTRIBUTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # `die festgenommene|n` Person(en)


def _attributive(sdoc: Doc, tok: Token, lex: Lexicon) -> bool:
    """`die international anerkannte Regierung`, `der festgenommene Mann`: a participle used as
    an adjective describes a noun; it reports no event of its own. Right after a noun, outside an
    extended attribute, the word is the clause's verb the tagger misread (`Die Regierung lehnte
    Verhandlungen ab`)."""
    if tok.i + 1 >= len(sdoc) or not tok.text.endswith(ATTRIBUTIVE_ENDINGS) or mistagged_verb(tok):
        return False
    nxt = sdoc[_described_noun(sdoc, tok.i)]
    finite = "Fin" in morph_values(tok, "VerbForm") or bool(morph_values(tok, "Person") or morph_values(tok, "Mood"))
    participle = tok.pos_ == "ADJ" or (tok.pos_ == "VERB" and "Part" in morph_values(tok, "VerbForm"))
    if participle and tok.i > tok.sent.start and sdoc[tok.i - 1].pos_ in ("NOUN", "PROPN", "PRON") \
            and _attribute_opener(sdoc, tok, lex) is None:
        return False
    return participle and not finite and nxt.pos_ == "NOUN" and nxt.text[:1].isupper()


def _attribute_opener(sdoc: Doc, participle: Token, lex: Lexicon) -> int | None:
    """The determiner or number that opens an attribute with a phrase of its own (`47 wegen Terror verurteilte`)."""
    return attribute_opener(sdoc, participle.i, participle.sent.start,
                            lambda word: word in lex.determiners or word.isdigit())


def _described_noun(sdoc: Doc, participle: int) -> int:
    """The noun an attributive participle describes, past the adjectives after it (`unterstützte libysche |
    Einheitsregierung`)."""
    i = participle + 1
    while i + 1 < len(sdoc) and sdoc[i].pos_ == "ADJ" and sdoc[i].text.islower():
        i += 1
    return i


def _verb_of_separated_particle(sdoc: Doc, tok: Token, clause: Clause, lex: Lexicon) -> bool:
    """`Drei Tage später eroberten Regierungstruppen Teile der Stadt zurück`: a word the tagger took for an
    attribute is the finite verb when no verb stands before it and the clause ends in its separated
    particle (not `gab die eroberten Gebiete zurück`)."""
    if any(is_finite_verb(sdoc[i], lex) for i in range(clause.start, tok.i)):
        return False
    particle = _particle(sdoc, tok, clause, lex)
    prefix = sdoc[particle].text.lower() if particle is not None else None
    return prefix is not None and any(prefix + base in lex.verbs for base in lemma_candidates(tok, lex))


def _with_own_phrase(sdoc: Doc, participle: Token, lex: Lexicon) -> bool:
    """`der am Donnerstag festgenommene`, `der in der Nacht auf Freitag festgenommene`: an attribute
    with a phrase of its own tells when or where it happened; `der festgenommene` only describes."""
    opener = _attribute_opener(sdoc, participle, lex)
    return opener is not None and any(sdoc[j].pos_ == "ADP" for j in range(opener + 1, participle.i))


def agent_phrase(sdoc: Doc, participle: Token, lex: Lexicon) -> int | None:
    """`die von den Vereinten Nationen unterstützte Regierung`: the `von` that opens the attribute names who
    did the act; its index, or None."""
    opener = _attribute_opener(sdoc, participle, lex)
    if opener is None or lex.preposition(sdoc[opener + 1].text) not in ("von", "durch"):
        return None
    return opener + 1


def _attributive_trigger(sdoc: Doc, tok: Token, lex: Lexicon) -> Trigger | None:
    """An act done to someone, told by the participle describing them (`der am Donnerstag
    festgenommene Fayçal C.`); any act whose doer the attribute names (`die von der UNO unterstützte
    Regierung`)."""
    low = tok.text.lower()
    participles = [tok.lemma_.lower()] + [low[: -len(e)] for e in ATTRIBUTIVE_ENDINGS if low.endswith(e)]
    bases = [lex.verb_forms[p] for p in participles if p in lex.verb_forms]
    spec = next((lex.verbs[b] for b in bases if b in lex.verbs), None)
    if spec is None or not _with_own_phrase(sdoc, tok, lex):
        return None
    agent = agent_phrase(sdoc, tok, lex)
    if not spec.attributive and agent is None:
        return None
    return Trigger(tok.i, spec, tok.text, described=_described_noun(sdoc, tok.i), agent=agent)


def _verb_trigger(sdoc: Doc, tok: Token, clause: Clause, lex: Lexicon) -> Trigger | None:
    if tok.text[:1].isupper() and not tok.is_sent_start:
        return None
    if tok.pos_ and tok.pos_ not in ("VERB", "AUX", "ADJ", "ADV") and not tok.text.islower():
        return None
    if _attributive(sdoc, tok, lex) and not _verb_of_separated_particle(sdoc, tok, clause, lex):
        return _attributive_trigger(sdoc, tok, lex)
    bases = lemma_candidates(tok, lex)
    if not any(b in lex.verbs or b in lex.phrases or b in lex.particle_rests for b in bases):
        return None
    particle = _particle(sdoc, tok, clause, lex)
    if particle is not None:
        prefix = sdoc[particle].text.lower()
        joined = [b if b.startswith(prefix) else prefix + b for b in bases]
        phrase = _phrase_trigger(sdoc, tok, joined, clause, lex)  # `hob die Immunität auf`
        if phrase is not None:
            return replace(phrase, particle=particle)
        spec = next((lex.verbs[j] for j in joined if j in lex.verbs), None)
        if spec is not None:
            return Trigger(tok.i, spec, f"{tok.text} … {sdoc[particle].text}", particle=particle)
        return None
    phrase = _phrase_trigger(sdoc, tok, bases, clause, lex)
    if phrase is not None:
        return phrase
    spec = next((lex.verbs[b] for b in bases if b in lex.verbs), None)
    if spec is not None and spec.copula_only and not _finite_copula(tok, lex):
        return None
    if spec is not None and spec.not_as_manner and _present_participle(tok, bases, lex):
        return None  # `braucht dringend einen Kredit`: a participle telling how, not `dringen`
    return Trigger(tok.i, spec, tok.text) if spec is not None else None


def _present_participle(tok: Token, bases: list[str], lex: Lexicon) -> bool:
    participles = {base + ending for base in bases for ending in endings(lex.lang, "present_participle_endings.txt")}
    return tok.text.lower() in participles


def _finite_copula(tok: Token, lex: Lexicon) -> bool:
    """`war`, `ist`, `sei`: a form the lexicon knows, tagged as a verb when the pipeline tags."""
    return tok.text.lower() in lex.verb_forms and (not tok.pos_ or tok.pos_ in ("AUX", "VERB"))


def _phrase_trigger(sdoc: Doc, tok: Token, bases: list[str], clause: Clause, lex: Lexicon) -> Trigger | None:
    """`nahm ... in Untersuchungshaft`, `stellte ... vor Gericht`: verb plus a telling noun; of
    several, the one nearest the verb (`nach 400 Tagen Haft auf freien Fuß gesetzt`)."""
    entries = [lex.phrases[base] for base in bases if base in lex.phrases]
    if not entries:
        return None
    # (only a capitalised word is matched by its lemmas; a lower-case one by its text)
    words = [(i, sdoc[i].text, lemma_candidates(sdoc[i], lex) if sdoc[i].text[:1].isupper() else ())
             for i in range(clause.start, clause.end)]
    for entry in entries:
        found = [
            (abs(i - tok.i), Trigger(tok.i, spec, f"{tok.text} … {text}", phrase_noun=i))
            for nouns, spec in entry
            if not spec.needs_object_noun or noun_in_clause(sdoc, tok.i, clause, spec.needs_object_noun)
            for i, text, lemmas in words
            # a noun, or a lower-case word the entry lists as it is written (`infrage`)
            if text[:1].isupper() and any(has_head(w, n) for w in lemmas for n in nouns) or text in nouns
        ]
        if found:
            return min(found, key=lambda pair: pair[0])[1]
    return None


def noun_in_clause(sdoc: Doc, trigger: int, clause: Clause, nouns: tuple[str, ...]) -> bool:
    """Whether a noun (besides the trigger) in the clause is or ends in one of `nouns`."""
    for i in range(clause.start, clause.end):
        tok = sdoc[i]
        if i != trigger and tok.text[:1].isupper() and headed_by(tok, nouns):
            return True
    return False


def noun_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    """An event noun: `Sanktionen`, `Staatsbesuch`, `Russland-Sanktionen` (by the head of a compound)."""
    if not tok.text[:1].isupper() or not looks_like_noun(tok) and not tok.is_sent_start:
        return None
    found = next((f for f in map(lex.noun, lemma_candidates(tok)) if f is not None), None)
    if found is None:
        return None
    spec, prefix = found
    return Trigger(tok.i, spec, tok.text, compound_prefix=prefix)


def _adjective_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    """The uninflected predicative form, whatever the tagger says, capitalised where it opens a clause
    (`: Schändlich sei Corbyns Benehmen`); an inflected adjective describes (`seit einiger Zeit`,
    `die fremdenfeindliche Bewegung`)."""
    spec = lex.adjectives.get(tok.text.lower())
    if spec is None:
        return None
    cased = tok.text.islower() or tok.text[1:].islower()
    if not cased and tok.pos_ and tok.pos_ not in ("ADJ", "ADV", "VERB"):
        return None
    if spec.not_as_manner and _manner_of(tok, lex):
        return None
    return Trigger(tok.i, spec, tok.text)


def _manner_of(tok: Token, lex: Lexicon) -> bool:
    """`hielten sich illegal in der Türkei auf`: an adjective that says how a full verb's act is done judges
    nothing (`nannte es illegal`, with a verb of judging, does)."""
    head = tok.head
    if tok.dep_ != "advmod" or head.i == tok.i or head.pos_ != "VERB":
        return False
    particle = next((c.lower_ for c in head.children if c.dep_ == "compound:prt"), "")  # `hielten ... auf`
    return not any(particle + reading in lex.judging_verbs for reading in lemma_candidates(head, lex))


def _stative_participle(sdoc: Doc, tok: Token, clause: Clause, lex: Lexicon) -> bool:
    """`Die Ministerin sei gefordert`: with a form of `sein` and no `werden` a participle the lexicon
    lists as an adjective is that state (called upon), not the verb's act."""
    if tok.text.lower() not in lex.adjectives:
        return False
    words = [sdoc[i].lower_ for i in range(clause.start, clause.end)]
    return any(w in lex.sein_forms for w in words) and not any(w in lex.werden_forms for w in words)


def _answer(tok: Token, lex: Lexicon) -> bool:
    """`Nein, das rechtfertigt nichts`: an answer particle before a comma, no noun."""
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in lex.answer_particles and following is not None and following.text in (",", "!")


CLOSED_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM", "PART", "SPACE", "SYM", "X"}


def find_triggers(sentence: SentenceView, lex: Lexicon) -> list[Trigger]:
    sdoc = sentence.span.doc
    found: list[Trigger] = []
    for tok in sentence.span:
        closed = tok.pos_ in CLOSED_POS and tok.text not in lex.adjectives
        if (not tok.is_alpha and "-" not in tok.text) or closed or len(tok.text) < 3:
            continue
        clause = sentence.clause_of(tok.i)
        trigger = noun_trigger(tok, lex) if tok.text[:1].isupper() and not _answer(tok, lex) else None
        if trigger is None and _stative_participle(sdoc, tok, clause, lex):
            trigger = _adjective_trigger(tok, lex)
        if trigger is None:
            trigger = _verb_trigger(sdoc, tok, sentence.completed(clause), lex) or _adjective_trigger(tok, lex)
        if trigger is not None:
            found.append(trigger)
    return found
