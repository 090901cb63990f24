"""Reading a sentence as clauses with their arguments (actor mentions and how they attach).

The coder must work with or without a trained parser, so clauses are found from punctuation,
subordinators and verbs, and an argument's role from what stands before it: a preposition
("in Nordkorea"), a noun it modifies ("Sprecher des Weißen Hauses", "Putins Besuch") or nothing
(subject or object, in order of appearance).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from lagebild.document import ActorMention
from lagebild.events.lexicon import Lexicon
from lagebild.lang import endings
from lagebild.nlp.syntax import attribute_opener, is_compound_part, morph_values

T = TypeVar("T")

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
DASHES = ("–", "—")  # set off an inserted clause as commas do (`Demirtas – dem ... soll – hatte ... gewarnt`)


@lru_cache(maxsize=1)
def _lookup_table():
    from spacy.lookups import load_lookups

    return load_lookups("de", ["lemma_lookup"]).get_table("lemma_lookup")


@lru_cache(maxsize=65536)
def lookup_lemma(text: str) -> str | None:
    table = _lookup_table()
    return table.get(text) or table.get(text.lower())


def lemma(token: Token) -> str:
    """The token's lemma; the lookup table stands in when the pipeline has no lemmatizer."""
    if token.lemma_ and token.lemma_ != token.text:
        return token.lemma_
    return lookup_lemma(token.text) or token.lemma_ or token.text


@lru_cache(maxsize=65536)
def weak_verb_lemmas(word: str, lang: str) -> tuple[str, ...]:
    """Infinitives a weakly inflected verb form may come from: vereinbarten → vereinbaren,
    forderte → fordern, gefordert → fordern, kritisiert → kritisieren (the endings are language
    data, `lang/<code>/weak_verb_endings.txt`)."""
    verb_endings = endings(lang, "weak_verb_endings.txt")
    if not verb_endings:
        return ()
    low = word.lower()
    stems = [low[: -len(e)] for e in verb_endings if low.endswith(e) and len(low) - len(e) >= 3]
    if low.startswith("ge") and low.endswith("t") and len(low) > 5:
        stems.append(low[2:-1])
    infinitive = endings(lang, "infinitive_endings.txt")
    shortest = infinitive[-1:]  # a stem in -e takes only the shortest (`leugne|te` → `leugnen`)
    return tuple(stem + ending for stem in stems for ending in infinitive
                 if not stem.endswith("e") or ending in shortest)


def lemma_candidates(token: Token, lex: Lexicon | None = None) -> list[str]:
    """Every reading of the token's lemma worth a lexicon lookup: the lexicon's own verb forms,
    the model's lemma, the table's, the word, and the infinitives of weak verb forms."""
    if lex is None:
        return list(_lemma_readings(None, token.text, token.lemma_, token.doc.lang_))
    # (the lexicon's language: asking the token's Doc for it costs more than the lookup itself)
    return list(_lemma_readings(lex.verb_forms.get(token.text.lower()), token.text, token.lemma_, lex.lang))


@lru_cache(maxsize=65536)
def _lemma_readings(verb_form: str | None, text: str, model_lemma: str, lang: str) -> tuple[str, ...]:
    found = [verb_form, model_lemma, lookup_lemma(text), text.lower()]
    if text.islower():
        found += weak_verb_lemmas(text, lang)
    return tuple(dict.fromkeys(x for x in found if x))


def lemma_in(token: Token, words: frozenset[str] | set[str], lex: Lexicon | None = None) -> bool:
    return any(c in words for c in lemma_candidates(token, lex))


def is_reporting_verb(verb: Token, words: list[Token], lex: Lexicon) -> bool:
    """A verb of saying (`sagte`), also with its particle among the words after it (`teilte ... mit`)."""
    attribution = lex.modality["attribution"]
    reporting, particles = attribution["reporting_verbs"], attribution["reporting_particles"]
    stems = lemma_candidates(verb, lex)  # (`kommentierte`, which the model may read as `kommentiert`)
    return any(stem in reporting or any(w.i > verb.i and w.text in particles and w.text + stem in reporting
                                        for w in words) for stem in stems)


INFLECTION_ENDINGS = ("e", "es", "s", "en", "n", "er", "ern", "ens", "ns")


def is_deed(token: Token, lex: Lexicon) -> bool:
    """An act one may claim or condemn without naming its doer (grammar.yaml claimed_deeds)."""
    return headed_by(token, lex.claimed_deeds)


def headed_by(token: Token, heads: Collection[str]) -> bool:
    """Whether the noun, by its lemma or its text, is one of `heads` or a compound ending in one."""
    return any(has_head(word, head) for word in (lemma(token), token.text) for head in heads)


def has_head(word: str, head: str) -> bool:
    """Whether `word` is `head` (possibly inflected) or a compound ending in it: Untersuchungshaft →
    haft, but not Botschaft → haft (a first part must be a syllable of its own, not `botsc-`)."""
    word, head = word.lower(), head.lower()
    if word == head or word.startswith(head) and word[len(head):] in INFLECTION_ENDINGS:
        return True
    if "-" in word and "-" not in head and head not in word:  # `Visa-Bestimmungen` ends in `visabestimmung`
        return has_head(word.replace("-", ""), head)
    stem = next((word[: len(word) - len(e)] for e in ("", "es", "s", "en", "n", "e", "er") if word.endswith(head + e)),
                None)
    if stem is None:
        return False
    return is_compound_part(stem[: -len(head)].rstrip("-"))


def clause_says(sdoc: Doc, clause: Clause, words: Collection[str]) -> bool:
    """Whether one of `words` (lower-case) stands in the clause."""
    return any(sdoc[i].lower_ in words for i in range(clause.start, clause.end))


def is_paragraph_break(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def is_capitalised_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[:1].isalpha()


def looks_like_noun(token: Token) -> bool:
    if token.pos_:
        return token.pos_ in NOUN_POS
    return is_capitalised_word(token) and not token.is_sent_start


def looks_like_verb(token: Token, lex: Lexicon) -> bool:
    if token.pos_:
        return token.pos_ in VERB_POS or mistagged_verb(token)
    text = token.text
    if not text.isalpha() or text[:1].isupper() and not token.is_sent_start:
        return False
    low = text.lower()
    if low in lex.determiners or low in lex.prepositions or low in lex.subordinators:
        return False
    if low in lex.werden_forms or low in lex.conditional_werden:
        return True
    return is_verb_form(token)


def mistagged_verb(token: Token) -> bool:
    """`Vertreter der EU kritisierten Griechenland`: the tagger read the only verb of the sentence as an
    adjective; as its root, in a verb's form, with no other verb beside it, it is the finite verb. So is a
    weak past form right after a comma that closes no list of adjectives (`lobten die Einigung, warnten
    Belgrad aber ...`)."""
    if token.pos_ != "ADJ" or not token.text.islower():
        return False
    after_comma = (token.text.endswith(("te", "ten")) and token.i >= 2 and token.doc[token.i - 1].text == ","
                   and token.doc[token.i - 2].pos_ != "ADJ")
    # (the lemma lookup and the walk over the sentence only for the two places such a verb stands)
    if token.dep_ != "ROOT" and not after_comma or not (is_verb_form(token) or after_comma and _weak_past(token)):
        return False
    return after_comma or not any(t.pos_ in VERB_POS for t in token.sent)


def _weak_past(token: Token) -> bool:
    """`, gratulierte Hofer`: a weak past form the lemma table leads to a verb, whatever lemma the tagger's
    adjective reading gave it (`gratuliert`)."""
    found = lookup_lemma(token.text)
    return found is not None and found in weak_verb_lemmas(token.text, token.doc.lang_)


def finite_number(token: Token) -> tuple[str, ...]:
    """The number of a finite verb, also of one the tagger read as an adjective (`warnten`: plural)."""
    if mistagged_verb(token):
        return ("Plur",) if token.text.endswith("ten") else ("Sing",)
    return morph_values(token, "Number") if "Fin" in morph_values(token, "VerbForm") else ()


def is_verb_form(token: Token) -> bool:
    """An inflected form whose lemma is an infinitive (`verstärkt` → `verstärken`)."""
    found = lemma(token)
    return found != token.text and found.endswith(("en", "ern", "eln"))


@dataclass
class Argument:
    """A group of coordinated actor mentions in one syntactic slot."""

    mentions: list[ActorMention]
    start: int
    end: int
    prep: str | None = None
    possessed_noun: int | None = None
    oblique: bool = False
    marked_oblique: bool = False  # by its determiner (`dem`, `den`), not only by the tagger's case
    marked_nominative: bool = False  # by its form alone (`der französische Präsident`, `er`)

    @property
    def is_bare(self) -> bool:
        """Neither in a prepositional phrase nor a genitive modifier nor a place: a subject or object."""
        return self.prep is None and self.possessed_noun is None and not any(m.is_place for m in self.mentions)


@dataclass
class Clause:
    start: int
    end: int
    args: list[Argument] = field(default_factory=list)
    opener: str | None = None
    # `Die Zahl der Soldaten, die ..., wurde erhöht`: the verb-second rest of a main clause that a
    # relative clause interrupted continues the clause at this index (its prefield)
    continues: int | None = None
    # `wurde X von einem Gericht, das ..., verurteilt`: the finite auxiliary, in an earlier clause,
    # whose participle ends this one
    auxiliary: int | None = None
    # `hatte beklagt, dass ... dürfe, und der SPÖ vorgeworfen`: the finite auxiliary of the main clause
    # that this participle, coordinated after a subordinate clause, shares with its subject
    shared_auxiliary: int | None = None
    # `Für Griss fand Abwerzger, der ... teilgenommen hatte, lobende Worte`: the clause at this index ends
    # this main clause after the relative clause that interrupted it
    resumed_by: int | None = None
    # a completed clause: the clauses that interrupted it ([start, end) of the relative clause between)
    skipped: tuple[int, int] | None = None

    def contains(self, i: int) -> bool:
        return self.start <= i < self.end

    def own_indices(self) -> list[int]:
        """The clause's token indices, without the clauses that interrupt a completed one."""
        lo, hi = self.skipped or (self.end, self.end)
        return [i for i in range(self.start, self.end) if not lo <= i < hi]


@dataclass
class SentenceView:
    span: Span
    index: int
    clauses: list[Clause]
    args: list[Argument]
    lex: Lexicon
    # answers about its clauses (a read sentence does not change), by `remembered`
    answers: dict[tuple, object] = field(default_factory=dict, repr=False)

    def remembered(self, question: Callable[[Clause, SentenceView], T], clause: Clause) -> T:
        """`question(clause, self)`, asked once per clause. A completed clause is built anew for each
        question, so clauses are told apart by their stretch, and an own clause from a completed one."""
        key = (question, clause.start, clause.end, any(c is clause for c in self.clauses))
        if key not in self.answers:
            self.answers[key] = question(clause, self)
        return self.answers[key]  # type: ignore[return-value]

    def clause_of(self, i: int) -> Clause:
        return next((c for c in self.clauses if c.contains(i)), self.clauses[-1])

    def completed(self, clause: Clause) -> Clause:
        """A clause that ends a bracket opened earlier (`wurde X von Y, die ..., verurteilt`) with the
        clause that opened it: one clause from auxiliary to participle, without the clauses between."""
        if clause.auxiliary is not None:
            opened = self.clause_of(clause.auxiliary)
        elif clause.continues is not None:  # `Die Zahl der Soldaten, die ..., wurde erhöht`
            opened = self.clauses[clause.continues]
        elif clause.resumed_by is not None:  # `lehnte den Vorschlag, den ... hatte, entschieden ab`
            rest = self.clauses[clause.resumed_by]
            return Clause(clause.start, rest.end, clause.args + rest.args, opener=clause.opener,
                          skipped=(clause.end, rest.start))
        else:
            return clause
        return Clause(opened.start, clause.end, opened.args + clause.args, opener=opened.opener,
                      skipped=(opened.end, clause.start))


def mention_token_span(sdoc: Doc, mention: ActorMention) -> tuple[int, int] | None:
    span = sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def _mention_token_spans(sdoc: Doc, mentions: list[ActorMention], lo: int, hi: int) -> list[tuple[int, int] | None]:
    """The tokens of each mention that starts inside tokens `lo`..`hi` (None for the others), found by
    bisecting the token offsets: `char_span` walks the whole document for every mention."""
    if not mentions or hi <= lo:
        return [None] * len(mentions)
    starts = sdoc.to_array(IDX)[lo:hi].tolist()
    end_char = starts[-1] + len(sdoc[hi - 1].text)
    spans: list[tuple[int, int] | None] = []
    for m in mentions:
        if not starts[0] <= m.start < end_char:
            spans.append(None)
        elif m.end > end_char:
            spans.append(mention_token_span(sdoc, m))
        else:
            spans.append((lo + bisect_right(starts, m.start) - 1, lo + bisect_left(starts, m.end)))
    return spans


def _governing_preposition(sdoc: Doc, start: int, lo: int, lex: Lexicon) -> str | None:
    """The preposition before the noun phrase starting at `start` (skipping determiners/adjectives)."""
    i = start - 1
    if sdoc[start].text.lower() in lex.determiners:
        return _preposition_at(sdoc, i, lo, lex)
    steps = 0
    while i >= lo and steps < 4:
        word = sdoc[i].text
        prep = _preposition_at(sdoc, i, lo, lex)
        if prep:
            return prep
        low = word.lower()
        if low in lex.determiners:
            # only a preposition stands before a determiner: `in dem der Diplomat` has none
            return lex.preposition(sdoc[i - 1].text) if i - 1 >= lo else None
        # `bei dem ehemaligen`, `bei Herrn Boateng`; not over a verb (`Berichten zufolge nehmen sie`)
        if sdoc[i].like_num:  # `von (rund) 214.000 Briefkastenfirmen`, not `bis zu 2.500 Mitarbeiter`
            i -= 1
            while i >= lo and (sdoc[i].lower_ in lex.quantity_words or sdoc[i].like_num
                               or sdoc[i].lower_ in lex.range_words and i > lo and sdoc[i - 1].like_num):
                i -= 1
            if i >= lo and sdoc[i].lower_ in lex.amount_prepositions:
                return None
            steps += 1
            continue
        adjective = word.islower() and word.isalpha() and low not in lex.coordinators
        if adjective and not looks_like_verb(sdoc[i], lex) or low in lex.honorifics:
            i -= 1
            steps += 1
            continue
        return _before_extended_attribute(sdoc, i, lo, lex) if steps and sdoc[i + 1].pos_ == "ADJ" else None
    return None


def _before_extended_attribute(sdoc: Doc, i: int, lo: int, lex: Lexicon) -> str | None:
    """`gegen den am Freitag festgenommenen Rabah N.`: the preposition stands before the determiner
    that opens the whole noun phrase."""
    opener = attribute_opener(sdoc, i + 1, lo, lambda word: word in lex.determiners)
    return _preposition_at(sdoc, opener - 1, lo, lex) if opener is not None else None


def _preposition_at(sdoc: Doc, i: int, lo: int, lex: Lexicon) -> str | None:
    """The preposition at token i; `während` opening a clause (`, während Chinas Behörden ...`) is
    a conjunction."""
    if i < lo:
        return None
    word = sdoc[i].text
    if word.lower() in lex.subordinators and (i == 0 or sdoc[i - 1].text in lex.clause_punctuation):
        return None
    if word.lower() in lex.predicative_markers and i > lo and sdoc[i - 1].pos_ not in ("ADV", "PUNCT") \
            and not _correlative_middle(sdoc, i, lex):
        return word.lower()  # `besuchte als erster US-Präsident Kuba`: a role, not an object (`erst als er kam`)
    return lex.preposition(word)


def _correlative_middle(sdoc: Doc, i: int, lex: Lexicon) -> bool:
    """`sowohl Merkel als auch Hollande`: the words between two coordinated items."""
    for middle in lex.correlatives.values():
        words = middle.split()
        if [t.lower_ for t in sdoc[i:i + len(words)]] == words:
            return True
    return False


def _is_genitive_form(last: Token, mention: ActorMention) -> bool:
    """`Putins`, `Russlands`, `Israels`: the surface adds an -s the canonical name lacks."""
    if "Gen" in morph_values(last, "Case"):
        return True
    text, name = mention.text, (mention.name or "")
    return text.endswith(("s", "’", "'")) and not name.endswith(("s", "x", "z")) and bool(name)


def _sibilant_name(mention: ActorMention) -> bool:
    """`Iglesias Forderung`: a person's name ending in s, x or z takes no genitive -s."""
    return mention.kind == "name" and mention.text.endswith(("s", "x", "z", "ß")) and not mention.text.endswith("'")


def _skip_adjectives(sdoc: Doc, j: int, hi: int, lex: Lexicon, limit: int = 2) -> int:
    steps = 0
    while j < hi and steps < limit and _adjective_like(sdoc[j], lex):
        j += 1
        steps += 1
    return j


def _adjective_like(token: Token, lex: Lexicon) -> bool:
    if token.pos_:
        return token.pos_ == "ADJ"
    low = token.text.lower()
    closed = lex.prepositions | lex.determiners | lex.coordinators | lex.werden_forms | lex.subordinators
    return token.text.islower() and token.is_alpha and low not in closed


def _possessed_noun(
    sdoc: Doc, start: int, end: int, lo: int, hi: int, lex: Lexicon, mention: ActorMention
) -> int | None:
    """The noun this mention modifies: `russische Angriffe`, `Putins Besuch`, `der Besuch Putins`."""
    first, last = sdoc[start], sdoc[end - 1]
    personal = mention.kind == "pronoun" and last.lower_ not in lex.possessives
    if end < hi and not personal and (last.text[:1].islower() or _is_genitive_form(last, mention)):
        j = _skip_adjectives(sdoc, end, hi, lex)
        if j < hi and looks_like_noun(sdoc[j]) and not sdoc[j].ent_type_:
            return j
    if end < hi and _sibilant_name(mention) and sdoc[end].pos_ == "NOUN":
        return end
    prev = start - 1
    genitive = first.text.lower() in lex.genitive_articles or _is_genitive_form(last, mention)
    # (a place or person takes no genitive after it: `in Vietnam der katholische Priester ... entlassen`)
    if prev >= lo and genitive and looks_like_noun(sdoc[prev]) and not lex.preposition(sdoc[prev].text) \
            and not (sdoc[prev].pos_ == "PROPN" and sdoc[prev].ent_type_ in ("LOC", "PER")):
        return prev
    if prev - 1 >= lo and sdoc[prev].text.lower() in lex.genitive_articles and looks_like_noun(sdoc[prev - 1]):
        return prev - 1
    # `die Auslieferung des Predigers Gülen`: a person's name after the title noun of a genitive
    if prev - 2 >= lo and mention.is_person and sdoc[prev].pos_ == "NOUN" \
            and sdoc[prev - 1].lower_ in lex.genitive_articles and looks_like_noun(sdoc[prev - 2]) \
            and not lex.preposition(sdoc[prev - 2].text):
        return prev - 2
    # `Luftangriffe der von den USA geführten Koalition`: the genitive article opens an extended attribute
    opener = attribute_opener(sdoc, prev, lo, lambda word: word in lex.genitive_articles) \
        if prev >= lo and sdoc[prev].is_alpha and sdoc[prev].text.islower() else None
    if opener is not None and opener - 1 >= lo and looks_like_noun(sdoc[opener - 1]) \
            and not lex.preposition(sdoc[opener - 1].text):
        return opener - 1
    # `nach der Erstürmung seiner Botschaft`: a possessive whose noun the parser hangs on the noun before
    if prev >= lo and first.lower_ in lex.possessives and last.dep_ == "nmod" and last.head.i == prev \
            and looks_like_noun(sdoc[prev]):
        return prev
    # `nach Angaben lokaler Medien`, `die Kritik westlicher Staaten`: a genitive plural without article
    strong_genitive = sdoc[prev].pos_ == "ADJ" and sdoc[prev].text.islower() and sdoc[prev].text.endswith("er")
    if prev - 1 >= lo and strong_genitive and looks_like_noun(sdoc[prev - 1]) and not lex.preposition(
            sdoc[prev - 1].text):
        return prev - 1
    return None


def _phrase_head(sdoc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """The last word before a postmodifying PP or genitive: `Außenministerium` in `das Außenministerium in
    Moskau`, `Chef` in `der Chef der Gegenregierung`."""
    for i in range(start + 1, end):
        if lex.preposition(sdoc[i].text):
            return i - 1
        if sdoc[i].lower_ in lex.determiners and sdoc[i - 1].pos_ == "NOUN":
            return i - 1
    return end - 1


def _masculine_nominative(article: str, head: str, lex: Lexicon) -> bool:
    """`der Diplomat` (the tagger's case for it is unreliable), not `der Regierung`, `der EU`."""
    return (
        article.lower() == lex.masculine_article
        and head[:1].isupper() and not head.isupper()
        and not head.lower().endswith(lex.feminine_endings)
    )


def _feminine_oblique(article: str, head: str, lex: Lexicon) -> bool:
    """`der Regierung`, `der Polizei`: `der` before a feminine noun is dative or genitive."""
    return (
        article.lower() == lex.masculine_article
        and head[:1].isupper() and not head.isupper()
        and head.lower().endswith(lex.feminine_endings)
    )


def _article_of(sdoc: Doc, start: int, lex: Lexicon) -> Token:
    """The phrase's determiner: its first word, or the one right before a mention that leaves it
    out (`den Iran`: the mention is `Iran`)."""
    first = sdoc[start]
    if first.lower_ not in lex.determiners and start > 0 and sdoc[start - 1].lower_ in lex.determiners:
        return sdoc[start - 1]
    one = sdoc[start - 1].lower_ if start > 0 else ""
    if first.lower_ in lex.genitive_articles and one in lex.oblique_determiners and one in lex.indefinite_determiners:
        return sdoc[start - 1]  # `einen der Attentäter`: one of them, in the case of `einen` (not `in dem der ...`)
    if first.pos_ == "PROPN" and start > 0 and sdoc[start - 1].pos_ in ("NOUN", "PROPN"):
        return _article_of_title(sdoc, start, lex) or first
    return first


def _article_of_title(sdoc: Doc, start: int, lex: Lexicon) -> Token | None:
    """`den mutmaßlichen Drahtzieher Salah Abdeslam`: a name after a title the mention leaves out
    takes the title's article."""
    for i in range(start - 1, max(start - 4, 0) - 1, -1):
        if sdoc[i].lower_ in lex.determiners:
            return sdoc[i]
        if sdoc[i].pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
    return None


def _marked_oblique(sdoc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Not nominative by the form of its determiner and noun alone (`dem`, `den`, `der Regierung`)."""
    article = _article_of(sdoc, start, lex).text
    if article.lower() in lex.oblique_determiners:
        return True
    head = sdoc[_phrase_head(sdoc, start, end, lex)]
    return head.pos_ == "NOUN" and _feminine_oblique(article, head.text, lex)


def _marked_nominative(sdoc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Nominative by its form alone: `er`, `der (französische) Präsident`. Not `der Behörde` (a feminine
    noun in `-e`), `der Demonstranten` or `der russischen Regierung` (genitive or dative)."""
    if end - start == 1 and sdoc[start].lower_ in lex.nominative_pronouns:
        return True
    article = _article_of(sdoc, start, lex)
    head = sdoc[_phrase_head(sdoc, start, end, lex)]
    if head.pos_ != "NOUN" or head.text.endswith(("e", "en")) or head.i <= article.i:
        return False
    adjectives_plain = all(not t.text.endswith("en") for t in sdoc[article.i + 1:head.i] if t.pos_ == "ADJ")
    return adjectives_plain and _masculine_nominative(article.text, head.text, lex)


def _apposed_to_oblique(sdoc: Doc, start: int, end: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """`seinem Vorgänger, Richard Falk aus den USA, hatte ...`: a bare name set off by commas after a
    noun phrase shares its case."""
    if start - 2 < lo or sdoc[start - 1].text != "," or sdoc[start].lower_ in lex.determiners:
        return False
    closing = next((j for j in range(end, min(hi, end + 6)) if sdoc[j].text == "," or sdoc[j].pos_ in ("VERB", "AUX")),
                   None)
    if closing is None or sdoc[closing].text != ",":
        return False
    for i in range(start - 2, max(lo, start - 5) - 1, -1):
        if sdoc[i].lower_ in lex.oblique_determiners:
            return True
        if sdoc[i].pos_ not in ("NOUN", "ADJ"):
            return False
    return False


def _is_oblique(sdoc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Marked accusative/dative/genitive by its determiner or its head's morphology."""
    if _marked_oblique(sdoc, start, end, lex):
        return True
    head = _phrase_head(sdoc, start, end, lex)
    if _masculine_nominative(_article_of(sdoc, start, lex).text, sdoc[head].text, lex):
        return False
    cases = morph_values(sdoc[head], "Case") or morph_values(sdoc[start], "Case")
    return bool(cases) and "Nom" not in cases


def _arguments(sdoc: Doc, mentions: list[ActorMention], lo: int, hi: int, lex: Lexicon) -> list[Argument]:
    singles: list[Argument] = []
    for m, tokens in zip(mentions, _mention_token_spans(sdoc, mentions, lo, hi), strict=True):
        if tokens is None or not (lo <= tokens[0] < hi):
            continue
        start, end = tokens
        if _fronted_adjective(sdoc, start, end, lo, lex) or topic_label(sdoc, m, (start, end)):
            continue
        arg = Argument([m], start, end)
        arg.prep = _governing_preposition(sdoc, start, lo, lex)
        arg.possessed_noun = _possessed_noun(sdoc, start, end, lo, hi, lex, m)
        apposed = _apposed_to_oblique(sdoc, start, end, lo, hi, lex)
        arg.oblique = apposed or _is_oblique(sdoc, start, end, lex)
        arg.marked_oblique = apposed or _marked_oblique(sdoc, start, end, lex)
        arg.marked_nominative = not arg.marked_oblique and _marked_nominative(sdoc, start, end, lex)
        singles.append(arg)
    return _coordinate(sdoc, singles, lex)


def _fronted_adjective(sdoc: Doc, start: int, end: int, lo: int, lex: Lexicon) -> bool:
    """`Besorgt zeigte sich die Opposition`: a capitalised trigger adjective that opens the sentence
    is the stance, not an actor the tagger took for a name."""
    if end - start != 1 or sdoc[start].lower_ not in lex.adjectives:
        return False  # (asked of every mention: the cheap tests first)
    return start == next((t.i for t in sdoc[lo:end] if t.is_alpha), None)


def topic_label(sdoc: Doc, m: ActorMention, tokens: tuple[int, int] | None) -> bool:
    """`Venezuela: Opposition sammelt Unterschriften`: a country's name and a colon that open a headline say what it
    is about; the name is no argument of the clause (a speaker's, `Merkel: ...`, is the label of what follows)."""
    if tokens is None or m.kind != "country" or tokens[1] >= len(sdoc) or sdoc[tokens[1]].text != ":":
        return False
    sentence = sdoc[tokens[0]].sent
    return tokens[0] == next((t.i for t in sdoc[sentence.start:tokens[1]] if t.is_alpha), None)


def _coordinate(sdoc: Doc, singles: list[Argument], lex: Lexicon) -> list[Argument]:
    """Join `X und Y`, `X, Y und Z` and the two halves of `die beiden Länder` into one argument
    (PLOVER codes compound actors as one); a role right before a name is that person."""
    grouped: list[Argument] = []
    for arg in singles:
        holder = _role_before_name(sdoc, grouped, arg, lex)
        if holder is not None:  # `der Chef der EVP-Fraktion im Europaparlament, Manfred Weber, ...`
            holder.mentions[-1] = _named(holder.mentions[-1], arg.mentions[0])
            continue
        prev = grouped[-1] if grouped else None
        touching = prev is not None and prev.end == arg.start
        pair = touching and _pair_half(prev.mentions[-1], lex)
        bracketed = prev is not None and arg.start == prev.end + 1 and sdoc[prev.end].text == "("
        if bracketed and prev.mentions[-1].kind == "descriptor" and arg.mentions[0].kind == "org":
            prev.mentions[-1] = _named(prev.mentions[-1], arg.mentions[0])  # `der Terrororganisation (PKK)`
            prev.end = arg.end
            continue
        if touching and not pair and _names_the_one_before(prev.mentions[-1], arg.mentions[0], lex):
            prev.mentions[-1] = _named(prev.mentions[-1], arg.mentions[0])
            prev.end = arg.end
            continue
        joined = pair or (prev is not None and (_joined_by_coordination(sdoc, prev.end, arg.start, lex)
                                                or _joined_by_correlative(sdoc, prev, arg, lex)
                                                or _included(sdoc, prev.end, arg.start, lex)))
        if prev is not None and arg.prep is None and joined:
            prev.mentions.extend(arg.mentions)
            prev.end = arg.end
            if pair:  # `beide Länder`: the first half's "possessed noun" is the second half
                prev.possessed_noun, prev.oblique = arg.possessed_noun, arg.oblique
            continue
        grouped.append(arg)
    return grouped


def _included(sdoc: Doc, end: int, start: int, lex: Lexicon) -> bool:
    """`Mehrere Menschenrechtsorganisationen, darunter Amnesty International, ...`: one named among them."""
    between = [t.lower_ for t in sdoc[end:start] if t.lower_ not in lex.determiners]
    return len(between) == 2 and between[0] == "," and between[1] in lex.inclusion_markers


def _pair_half(mention: ActorMention, lex: Lexicon) -> bool:
    """The actors stage splits `die beiden Länder` into two touching mentions, the first ending in `beiden`."""
    words = mention.text.lower().split()
    return mention.kind == "descriptor" and bool(words) and words[-1] in lex.pair_words


def _apposition(role: ActorMention, name: ActorMention, lex: Lexicon) -> bool:
    """`SPÖ-Kampagnenleiter Nedeljko Bilalic`: a role or body word, then an unknown person's name
    (a name with its own article is a second noun phrase: `... Außenministerium die Botschafterin X`;
    so is a name after a body: `nahm die Polizei Mohamed A. fest`)."""
    own_article = name.text.split()[0].lower() in ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen")
    body = role.text.split()[-1].lower().endswith(lex.collective_endings)
    return name.kind == "name" and role.kind in ("descriptor", "org") and not name.kb_id and not own_article \
        and not body


def _role_before_name(sdoc: Doc, grouped: list[Argument], arg: Argument, lex: Lexicon) -> Argument | None:
    """The argument a person's name set off by commas names: a person's role right before it, perhaps with
    prepositional phrases between (`der Chef der EVP-Fraktion im Europaparlament, Manfred Weber, hat`)."""
    if arg.prep is not None or len(arg.mentions) != 1 or arg.mentions[0].kind != "name" or arg.start < 1 \
            or sdoc[arg.start - 1].text != "," or arg.end >= len(sdoc) \
            or not (sdoc[arg.end].text == "," or sdoc[arg.end].pos_ in ("VERB", "AUX")):
        return None
    between = [a for a in reversed(grouped) if a.prep is not None and a.start > 0]
    role = grouped[-1 - len(between)] if len(grouped) > len(between) else None
    if role is None or role.prep is not None or role.mentions[-1].kind != "descriptor" or role.mentions[-1].name:
        return None
    if morph_values(sdoc[_phrase_head(sdoc, role.start, role.end, lex)], "Number") != ("Sing",):
        return None  # (one person's role)
    words = sdoc[role.end:arg.start - 1]
    return role if all(t.pos_ in ("ADP", "DET", "ADJ", "NOUN", "PROPN") for t in words) else None


def _names_the_one_before(before: ActorMention, name: ActorMention, lex: Lexicon) -> bool:
    return _apposition(before, name, lex) or _kind_before_name(before, name)


def _kind_before_name(kind: ActorMention, name: ActorMention) -> bool:
    """`die Linkspartei Podemos`: a word for a kind of body (also a name elsewhere) before the
    body's own name is that body."""
    return (kind.kind == name.kind == "org" and kind.sector == name.sector is not None
            and kind.kb_id != name.kb_id)


def _named(role: ActorMention, name: ActorMention) -> ActorMention:
    return name.model_copy(update={
        "start": role.start,
        "text": f"{role.text} {name.text}",
        "country": name.country or role.country,
        "org": name.org or (role.org if role.kind == "org" else None),
        "sector": name.sector or role.sector,
    })


def _joined_by_correlative(sdoc: Doc, first: Argument, second: Argument, lex: Lexicon) -> bool:
    """`sowohl Faymann als auch Merkel`, `weder Faymann noch Merkel`."""
    opener = sdoc[first.start - 1].text.lower() if first.start > 0 else ""
    between = [t.text.lower() for t in sdoc[first.end:second.start] if t.text.lower() not in lex.determiners]
    return opener in lex.correlatives and " ".join(between) == lex.correlatives[opener]


def _joined_by_coordination(sdoc: Doc, end: int, start: int, lex: Lexicon) -> bool:
    between = [t.text.lower() for t in sdoc[end:start]]
    if not between:
        return False
    # (`türkische Soldaten und verbündete syrische Rebellen`: an adjective the mention leaves out joins too)
    words = [t.lower_ for t in sdoc[end:start] if t.lower_ not in lex.determiners
             and not (t.tag_ == "ADJA" and t.text.islower() and t.i > end)]
    if not (len(between) <= 3 and bool(words) and all(w in lex.coordinators or w == "," for w in words)):
        return False
    if any(w in lex.coordinators for w in words) or not sdoc.has_annotation("DEP"):
        return True
    # `in China, den Erdogan besuchte`: a comma before a relative clause is no list; the parser
    # tells a list item (conj) from the subject of the relative clause
    return any(t.dep_ in ("conj", "appos") for t in sdoc[start : start + 3])


def _clause_bounds(span: Span, lex: Lexicon, protected: list[tuple[int, int]]) -> list[tuple[int, int, str | None]]:
    """Clause boundaries at punctuation and subordinators, skipping breaks inside argument lists."""
    cuts = [span.start]
    for tok in span:
        i = tok.i
        if any(a < i < b for a, b in protected):
            continue
        punctuation = (tok.text in lex.clause_punctuation or is_paragraph_break(tok)) and i > span.start
        if punctuation or coordinated_verb(tok, span, lex) \
                or (i > span.start and _coordinated_participle(span.doc, i, span.end, lex)) \
                or _main_verb_after_subordinate(span.doc, cuts[-1], i, lex):
            cuts.append(i)
    cuts.append(span.end)
    bounds = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b > a:
            bounds.append((a, b))
    return _merge_verbless(span.doc, bounds, lex)


def _main_verb_after_subordinate(sdoc: Doc, start: int, i: int, lex: Lexicon) -> bool:
    """`Wie am Freitag bekannt wurde hat die Justiz ...`: a finite verb right after the one that closes a
    subordinate clause opens the main clause, where the comma between them is missing."""
    return (i - 1 > start and sdoc[start].lower_ in lex.subordinators
            and is_finite_verb(sdoc[i - 1], lex) and is_finite_verb(sdoc[i], lex))


def coordinated_verb(tok: Token, span: Span, lex: Lexicon) -> bool:
    """`... kritisierten die Pläne und drohten mit Streiks`: `und` before a finite verb starts a
    clause that shares the subject of the one before."""
    if tok.text.lower() not in ("und", "aber", "sowie") or tok.i + 1 >= span.end or tok.i == span.start:
        return False
    nxt = tok.doc[tok.i + 1]
    finite = "Fin" in morph_values(nxt, "VerbForm") or bool(morph_values(nxt, "Person") or morph_values(nxt, "Mood"))
    # (`und verbündete syrische Rebellen`: what the tagger calls an attributive adjective before another or its
    # noun is one)
    attributive = nxt.tag_ == "ADJA" and tok.i + 2 < span.end and tok.doc[tok.i + 2].pos_ in ("ADJ", "NOUN")
    return nxt.pos_ in ("VERB", "AUX") and finite and not attributive


def _coordinated_participle(sdoc: Doc, i: int, end: int, lex: Lexicon) -> bool:
    """`hatte beklagt, dass man ... nicht speichern dürfe und der SPÖ vorgeworfen, ...`: `und` after the
    finite verb that ends a subordinate clause or after a participle, before a stretch whose only verb is a
    participle, goes back to the main clause and its auxiliary."""
    if sdoc[i].text.lower() not in lex.coordinators:
        return False
    before = i - 2 if i >= 2 and sdoc[i - 1].text == "," else i - 1
    # (or `hatte Lager der Miliz angegriffen und ... Geiseln befreit`: after a participle closing the bracket,
    # a participle of the tagger's is one)
    after_participle = before == i - 1 and before >= 0 and "Part" in morph_values(sdoc[before], "VerbForm")
    if before < 0 or not (is_finite_verb(sdoc[before], lex) or after_participle):
        return False
    end = next((j for j in range(i + 1, end) if sdoc[j].text in lex.clause_punctuation), end)
    verbs = [sdoc[j] for j in range(i + 1, end) if looks_like_verb(sdoc[j], lex)]
    participle = len(verbs) == 1 and (_unambiguous_participle(verbs[0]) or (
        after_participle and "Part" in morph_values(verbs[0], "VerbForm")))
    return participle and not any(sdoc[j].is_alpha for j in range(verbs[0].i + 1, end))


def _unambiguous_participle(token: Token) -> bool:
    """`vorgeworfen`, `festgenommen`, `angekündigt`, but not `akzeptiert` or `verurteilt`, which are also
    the present tense a subordinate clause could go on with (`..., der sie kennt und akzeptiert`)."""
    text = token.text.lower()
    return "Part" in morph_values(token, "VerbForm") and (text.endswith("en") or "ge" in text[:-3])


def _reporting_so(sdoc: Doc, a: int, b: int) -> bool:
    """`..., so der Landeshauptmann.`: a verbless clause that names who said the rest."""
    words = [sdoc[i] for i in range(a, b) if sdoc[i].is_alpha]
    return bool(words) and words[0].text.lower() == "so" and sdoc[a].text == "," and len(words) <= 6


def _merge_verbless(sdoc: Doc, bounds: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int, str | None]]:
    """A stretch without a verb (an apposition, a list item) belongs to the clause before it."""
    merged: list[list] = []
    for a, b in bounds:
        has_verb = any(looks_like_verb(sdoc[i], lex) for i in range(a, b)) or _reporting_so(sdoc, a, b)
        closed_relative = merged and _after_relative(sdoc, merged[-1][0], a, lex)
        if merged and not has_verb and not is_paragraph_break(sdoc[a]) and not closed_relative:
            merged[-1][1] = b
        elif merged and merged[-1][2] is False and _verb_second(sdoc, a, b, lex):
            merged[-1][1] = b  # `Der Kommissar des Europarats, Nils Muiznieks, hatte ... aufgerufen`
            merged[-1][2] = True
        elif merged and _closes_bracket(sdoc, merged[-1][0], a, b, lex):
            merged[-1][1] = b  # `Dann wurden acht Soldaten, darunter der Kommandeur, festgenommen`
        else:
            merged.append([a, b, has_verb])
    result = []
    for n, (a, b, _) in enumerate(merged):
        first = next((sdoc[i] for i in range(a, b) if sdoc[i].is_alpha), None)
        first_word = first.text.lower() if first is not None else None
        opener = first_word if first_word in lex.subordinators or first_word in lex.clause_coordinators else None
        if n > 0 and opener is None and first_word in lex.relative_pronouns and sdoc[a].text == "," \
                and (not _article(first, lex) or result[-1][2] is None and _finite_verb_last(sdoc, a, b)):
            opener = "relative"
        elif n > 0 and opener is None and first_word in lex.relative_pronouns and _between_dashes(sdoc, a, b) \
                and not _article(first, lex):
            opener = "relative"  # `Demirtas – dem die Immunität entzogen werden soll – hatte ... gewarnt`
        result.append((a, b, opener))
    return result


def _between_dashes(sdoc: Doc, a: int, b: int) -> bool:
    """The stretch [a, b) is set off by a dash on either side."""
    return sdoc[a].text in DASHES and b < len(sdoc) and sdoc[b].text in DASHES


def _after_relative(sdoc: Doc, before_start: int, a: int, lex: Lexicon) -> bool:
    """`..., der am Hearing teilgenommen hatte, lobende Worte`: what follows a relative clause closed by its
    verb and a comma is the rest of the clause it interrupted, not part of it. (The verb that ends a relative
    clause is finite, whatever the tagger reads: `..., die ... übersetzen,` as an infinitive.)"""
    opener = sdoc[before_start + 1] if before_start + 1 < a else None
    marks = (",",) + DASHES
    return (sdoc[before_start].text in marks and opener is not None and opener.lower_ in lex.relative_pronouns
            and not _article(opener, lex) and sdoc[a].text in marks and looks_like_verb(sdoc[a - 1], lex))


def _closes_bracket(sdoc: Doc, before_start: int, a: int, b: int, lex: Lexicon) -> bool:
    """A stretch of participles or infinitives only, after a clause whose auxiliary still waits for its
    verb, is the end of that clause (a comma inside it had cut it); a relative clause is none (`sollen alle
    Flüchtlinge, die ... übersetzen, ...`, its verb read as an infinitive)."""
    first = next((sdoc[i] for i in range(a, b) if sdoc[i].is_alpha), None)
    relative = first is not None and first.lower_ in lex.relative_pronouns and not _article(first, lex)
    return not relative and _nonfinite_only(sdoc, a, b, lex) \
        and _waiting_auxiliary(sdoc, before_start, a, lex) is not None


def _nonfinite_only(sdoc: Doc, a: int, b: int, lex: Lexicon) -> bool:
    verbs = [sdoc[i] for i in range(a, b) if looks_like_verb(sdoc[i], lex)]
    first = next((sdoc[i] for i in range(a, b) if not sdoc[i].is_punct and not sdoc[i].is_space), None)
    if not verbs or first is None or first.text.lower() in lex.subordinators or first.text.lower() in ("und", "aber"):
        return False
    return not any(is_finite_verb(v, lex) or v.text == "zu" or "zu" in v.text[2:-3] for v in verbs)


def _waiting_auxiliary(sdoc: Doc, a: int, b: int, lex: Lexicon) -> int | None:
    """The finite auxiliary of a stretch that has no other verb (`Dann wurde der Mann ...`)."""
    verbs = [sdoc[i] for i in range(a, b) if looks_like_verb(sdoc[i], lex)]
    if len(verbs) == 1 and verbs[0].pos_ == "AUX" and is_finite_verb(verbs[0], lex):
        return verbs[0].i
    return None


def _verb_second(sdoc: Doc, a: int, b: int, lex: Lexicon) -> bool:
    """A stretch that opens with a finite verb continues the verbless subject before it."""
    first = next((sdoc[i] for i in range(a, b) if sdoc[i].is_alpha), None)
    return first is not None and is_finite_verb(first, lex)


def _last_word(sdoc: Doc, clause: Clause) -> Token | None:
    return next((sdoc[i] for i in range(clause.end - 1, clause.start - 1, -1) if sdoc[i].is_alpha), None)


def ends_in_zu_infinitive(sdoc: Doc, clause: Clause) -> bool:
    """`..., den Staatschef zu verhaften`, `..., Truppen abzuziehen`."""
    last = _last_word(sdoc, clause)
    if last is None or not last.text.islower():
        return False
    before = sdoc[last.i - 1] if last.i > clause.start else None
    infix = "zu" in last.text[2:-3] and last.text.endswith(("en", "rn", "ln"))
    return (before is not None and before.text == "zu") or infix


def is_bare_zu_infinitive(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """`..., die Sanktionen zu verlängern`: a zu-infinitive with no finite verb, so no subject of its own
    (the infinitive itself is none, whatever the tagger reads: `fortzusetzen` as VVFIN)."""
    if clause.opener is not None or not ends_in_zu_infinitive(sdoc, clause):
        return False
    infinitive = _last_word(sdoc, clause)
    return not any(is_finite_verb(sdoc[i], lex) for i in range(clause.start, clause.end) if i != infinitive.i)


def head_number(arg: Argument, sdoc: Doc) -> tuple[str, ...] | None:
    """The grammatical number of the argument's last noun or name, if the tagger gives one."""
    head = next((sdoc[i] for i in reversed(range(arg.start, arg.end)) if sdoc[i].pos_ in ("NOUN", "PROPN")), None)
    return (morph_values(head, "Number") or None) if head is not None else None


def follows_without_subject(sdoc: Doc, clause: Clause) -> bool:
    """`Die USA begrüßten die Einigung, warnten Moskau aber ...`: a clause that opens with a comma and a
    plural finite verb whose first bare argument after it is singular has no subject of its own:
    it goes on with the subject before, and is no inverted `..., warnte Moskau`."""
    if sdoc[clause.start].text != "," or clause.end - clause.start < 3:
        return False
    verb = sdoc[clause.start + 1]
    if finite_number(verb) != ("Plur",):
        return False  # (a name's number is the tagger's guess: a plural verb, a singular name, is sure)
    first = next((a for a in clause.args if a.is_bare and a.start > verb.i), None)
    if first is None or len(first.mentions) > 1 or first.marked_nominative:
        return False
    return head_number(first, sdoc) == ("Sing",)


def is_finite_verb(token: Token, lex: Lexicon) -> bool:
    if not looks_like_verb(token, lex):
        return False
    return not {"Inf", "Part"} & set(morph_values(token, "VerbForm"))


def _article(token: Token, lex: Lexicon) -> bool:
    """`, die Armee hat sich zurückgezogen`: `die` before a noun is an article, not a relative pronoun; not
    before a time phrase of its own (`, die vorigen Freitag ... vergewaltigt hatten`)."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    return not (nxt.pos_ == "ADJ" and after is not None and after.lower_ in lex.time_nouns)


def _finite_verb_last(sdoc: Doc, a: int, b: int) -> bool:
    """`, die Armenien jedoch als Täuschung zurückwies`: a clause whose only verb is finite and ends it is no main
    clause (`, die Armee hat sich zurückgezogen`) nor a zu-infinitive (`, den Vorschlag abzulehnen und ... nimmt`),
    so after a main clause its `die` is a relative pronoun, whatever noun follows."""
    words = [sdoc[i] for i in range(a, b) if sdoc[i].is_alpha]
    verbs = [w for w in words if w.pos_ in ("VERB", "AUX")]
    return verbs == words[-1:] and "Fin" in morph_values(words[-1], "VerbForm")


def read_sentence(sdoc: Doc, sent: Span, index: int, mentions: list[ActorMention], lex: Lexicon) -> SentenceView:
    args = _arguments(sdoc, mentions, sent.start, sent.end, lex)
    protected = [(a.start, a.end) for a in args if len(a.mentions) > 1]
    clauses = [Clause(a, b, opener=o) for a, b, o in _clause_bounds(sent, lex, protected)]
    for clause in clauses:
        clause.args = [arg for arg in args if clause.contains(arg.start)]
    _link_interrupted(sdoc, clauses, lex)
    return SentenceView(sent, index, clauses, args, lex)


def _link_interrupted(sdoc: Doc, clauses: list[Clause], lex: Lexicon) -> None:
    _link_brackets(sdoc, clauses, lex)
    _link_coordinated_participles(sdoc, clauses, lex)
    for i in range(2, len(clauses)):
        prefield, relative, rest = clauses[i - 2], clauses[i - 1], clauses[i]
        if rest.opener is not None or relative.opener != "relative" or prefield.opener is not None:
            continue
        if _verb_second(sdoc, rest.start, rest.end, lex) and not _has_finite(sdoc, prefield, lex):
            rest.continues = i - 2
        elif _has_finite(sdoc, prefield, lex) and _verbless(sdoc, rest, lex) \
                and _after_relative(sdoc, relative.start, rest.start, lex):
            prefield.resumed_by = i


def _link_brackets(sdoc: Doc, clauses: list[Clause], lex: Lexicon) -> None:
    """`2014 wurde Al-Asir von einem Militärgericht wegen der Gründung einer Gruppe, die ... getötet
    hat, verurteilt`: a stretch of participles after clauses in between completes the main clause
    whose auxiliary still waits."""
    for i, rest in enumerate(clauses):
        if i < 2 or rest.opener is not None or not _nonfinite_only(sdoc, rest.start, rest.end, lex):
            continue
        main = clauses[0]
        between = clauses[1:i]  # whole clauses of their own: subordinate, finite or a zu-infinitive
        if main.opener is None and all(c.opener is not None or _has_finite(sdoc, c, lex)
                                       or ends_in_zu_infinitive(sdoc, c) for c in between):
            rest.auxiliary = _waiting_auxiliary(sdoc, main.start, main.end, lex)


def _link_coordinated_participles(sdoc: Doc, clauses: list[Clause], lex: Lexicon) -> None:
    """The participle cut off by `_coordinated_participle` shares the auxiliary of the last main
    clause before it whose finite verb is an auxiliary standing second, not last."""
    for i, rest in enumerate(clauses):
        first = next((j for j in range(rest.start, rest.end) if sdoc[j].is_alpha), None)
        if i < 1 or first is None or not _coordinated_participle(sdoc, first, rest.end, lex):
            continue
        mains = (clauses[j] for j in range(i - 1, -1, -1) if clauses[j].opener is None or j == 0)
        rest.shared_auxiliary = next((aux for main in mains if (aux := _second_auxiliary(sdoc, main, lex)) is not None),
                                     None)


def _second_auxiliary(sdoc: Doc, clause: Clause, lex: Lexicon) -> int | None:
    """The clause's finite auxiliary, unless it ends the clause (`..., nicht speichern dürfe`)."""
    last = max((j for j in range(clause.start, clause.end) if sdoc[j].is_alpha), default=None)
    return next((j for j in range(clause.start, clause.end)
                 if sdoc[j].pos_ == "AUX" and is_finite_verb(sdoc[j], lex) and j != last), None)


def _verbless(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    """No verb at all, nor the speaker of what was said (`, so Attac`)."""
    return not any(looks_like_verb(sdoc[j], lex) for j in range(clause.start, clause.end)) \
        and not _reporting_so(sdoc, clause.start, clause.end)


def _has_finite(sdoc: Doc, clause: Clause, lex: Lexicon) -> bool:
    return any(is_finite_verb(sdoc[j], lex) for j in range(clause.start, clause.end))


def preposition_before(sdoc: Doc, noun: int, lex: Lexicon) -> int | None:
    """The preposition governing a noun phrase, across up to three determiners and modifiers
    (`bei dem jüngsten Angriff`), or a noun that makes one with it (`in Sachen Rückführungsabkommen`)."""
    i = noun - 1
    while i >= 0 and noun - i <= 4:
        word = sdoc[i].text
        if lex.preposition(word):
            return i
        if word.lower() in lex.preposition_nouns and i > 0 and lex.preposition(sdoc[i - 1].text):
            return i - 1
        if not (word.lower() in lex.determiners or word.islower()):
            return None
        i -= 1
    return None
