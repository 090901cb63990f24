"""Rule components that `load()` adds around the shipped statistical model.

They live in code, not in the model, so that rules and KB updates need no retraining.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from spacy.attrs import DEP, HEAD, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.nlp.syntax import morph_values

MONTHS = {
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
    "September", "Oktober", "November", "Dezember",
}
FINAL_PUNCT = {".", "!", "?", ":", ";", "…"}
SENTENCE_FINAL_ABBREVIATIONS = {"usw.", "etc.", "u.ä.", "o.ä."}


@Language.component("lagebild_sentence_rules")
def sentence_rules(doc: Doc) -> Doc:
    """Preset sentence boundaries the parser then respects.

    A blank line ends a sentence, and a block without sentence-final punctuation (a headline)
    is one sentence; an ordinal or abbreviation with its own period ("18. Juni", "Dr. Müller",
    "u. a. beim") does not end one.
    """
    starts = [token.is_sent_start for token in doc]
    stops = _stops_before(doc)
    for block in _blocks(doc):
        headline = not any(t.text in FINAL_PUNCT for t in block)
        for token in block[1:]:
            prev = doc[token.i - 1]
            if not stops[token.i] and prev.text not in DATELINE_DASHES:  # most words: no start here
                starts[token.i] = False
            elif _year_end(prev, token) or _after_final(doc, token) or _after_dateline(doc, token, starts):
                starts[token.i] = True
            elif (
                token.is_space
                or headline
                or _glued(prev, token)
                or _opening(prev, block)
                or _inner_period(prev, token)
                or _numeral_period(doc, token)
                or not stops[token.i]
            ):
                starts[token.i] = False
        if block.start > 0:
            starts[block.start] = True
    _set_sentence_starts(doc, starts)
    return doc


ROMAN_NUMERAL = re.compile(r"^[IVXL]{1,5}$")


def _numeral_period(doc: Doc, token) -> bool:
    """`König Felipe VI. mit der ...`, `Benedikt XVI. besuchte`: the tokenizer splits the period
    off a regnal number; it ends no sentence when a lower-case word or a verb follows."""
    if token.i < 2 or doc[token.i - 1].text != "." or not ROMAN_NUMERAL.match(doc[token.i - 2].text):
        return False
    return token.is_lower or token.pos_ in ("VERB", "AUX") or not token.is_title


def _blocks(doc: Doc):
    """Spans of the doc between blank lines (the blank-line token ends its block)."""
    start = 0
    for token in doc:
        if token.is_space and token.text.count("\n") >= 2:
            if token.i + 1 > start:
                yield doc[start : token.i + 1]
            start = token.i + 1
    if start < len(doc):
        yield doc[start:]


@Language.component("lagebild_sentence_repair")
def sentence_repair(doc: Doc) -> Doc:
    """The parser may leave a lone quote, period or blank line as a sentence of its own, or start
    a sentence with the closing quote of the one before: attach an opening quote or bracket to
    the next sentence, anything else to the previous one. A dateline joins the sentence it opens."""
    sents = list(doc.sents)
    moves = {}
    for k, sent in enumerate(sents):
        if all(t.is_punct or t.is_space for t in sent):
            forward = k + 1 < len(sents) and (k == 0 or all(_opens(t) for t in sent))
            target = sents[k + 1] if forward else sents[k - 1] if k else None
            if target is not None:
                moves.update({t.i: target.root.i for t in sent})
        elif k and _glued_closing(sent[0]):
            moves[sent[0].i] = sents[k - 1].root.i
    datelines = {sent.root.i: sents[k + 1].root.i for k, sent in enumerate(sents[:-1]) if _is_dateline(sent)}
    if moves or datelines:
        arr = doc.to_array([HEAD, DEP]).astype("int64")
        for i, head in moves.items():
            arr[i, 0] = head - i
            arr[i, 1] = doc.vocab.strings.add("punct")
        for i, head in datelines.items():  # the dateline's place hangs from the sentence it opens
            arr[i, 0] = head - i
            arr[i, 1] = doc.vocab.strings.add("dep")
        doc.from_array([HEAD, DEP], arr.astype("uint64"))
    return doc


def _glued_closing(token) -> bool:
    prev = token.nbor(-1)
    return _glued(prev, token) and token.head.i > token.i


def _glued(prev, token) -> bool:
    """Punctuation written onto the word before it closes something ('"' is left and right)."""
    glued = not prev.whitespace_ and not prev.is_space
    return token.is_punct and glued and (token.is_quote or not token.is_left_punct)


def _opens(token) -> bool:
    return token.is_left_punct or token.is_quote or token.is_space


@Language.component("lagebild_whitespace")
def whitespace(doc: Doc) -> Doc:
    """Whitespace tokens (blank lines) get the SPACE tag the statistical tagger never learned."""
    for token in doc:
        if token.is_space:
            token.pos_, token.tag_, token.lemma_ = "SPACE", "_SP", token.text
            token.set_morph(None)
    return doc


def _opening(prev, block) -> bool:
    """An opening quote or bracket: the next word belongs to its sentence."""
    if prev.is_left_punct and not prev.is_quote:
        return True
    return prev.is_quote and (prev.i == block.start or prev.i == 0 or bool(prev.nbor(-1).whitespace_))


def _set_sentence_starts(doc: Doc, starts: list[bool | None]) -> None:
    """All at once: each `token.is_sent_start = ...` would scan the doc for a parse first."""
    values = doc.to_array(SENT_START).astype("int64")
    values[:] = [1 if start else -1 if start is False else 0 for start in starts]
    doc.from_array([SENT_START], values.astype("uint64"))


def _stops_before(doc: Doc) -> list[bool]:
    """For each token, whether a full stop (or "!", "?", an abbreviation's period) precedes it,
    closing quotes and brackets aside: no sentence starts elsewhere inside a paragraph."""
    stops, stop = [], False
    for token in doc:
        stops.append(stop)
        if token.i == 0 or not (token.is_quote or token.is_right_punct or token.is_space):
            stop = token.text in ("!", "?", "…") or token.text.endswith(".")
    return stops


SPLIT_STOPS = ("!", "?", ".", "..")  # `..`: a period typed twice (`für Schwarz-Rot-Grün.. Pühringer ließ`)


def _after_final(doc: Doc, token) -> bool:
    """After a split-off ".", "!" or "?" (and a closing quote glued to it) a new sentence starts,
    unless the next word is lower-case ("Was nun? fragte er") or more punctuation follows."""
    prev = doc[token.i - 1]
    while prev.is_space and prev.i > 0:  # a line break after the stop
        prev = prev.nbor(-1)
    if prev.i > 0 and prev.is_quote and not prev.nbor(-1).whitespace_:
        closing, prev = True, prev.nbor(-1)
    else:
        closing = False
    if prev.text not in SPLIT_STOPS or token.is_lower or token.is_space:
        return False
    if token.is_quote:
        return bool(prev.whitespace_) and not closing
    return not (token.is_punct and not token.is_left_punct)


DATELINE_DASHES = {"–", "—", "-"}
DATELINE_REACH = 600  # characters from the start of the text in which a dateline may stand


def _after_dateline(doc: Doc, token, starts: list[bool | None] | None = None) -> bool:
    """`Moskau – Die Regierung ...`: the parser reads a dateline (up to four capitalised words after a
    sentence start, then a dash) apart from its sentence, so that it does not take the place for the
    subject; `sentence_repair` joins the two again. `starts`: the sentence starts decided so far, where
    they are not yet the tokens' own."""
    if token.idx > DATELINE_REACH or token.i < 2 or doc[token.i - 1].text not in DATELINE_DASHES:
        return False
    if token.is_lower or token.is_punct or token.is_space:
        return False
    i = token.i - 2
    for _ in range(4):
        word = doc[i]
        if not (word.is_title or word.is_upper or word.text == "/"):
            return False
        if i == 0 or (word.is_sent_start if starts is None else starts[i]):
            return True
        i -= 1
    return False


def _is_dateline(sent: Span) -> bool:
    return (sent.end_char <= DATELINE_REACH + 1 and len(sent) >= 2 and sent[-1].text in DATELINE_DASHES
            and sent.end < len(sent.doc) and _after_dateline(sent.doc, sent.doc[sent.end]))


def _year_end(prev, token) -> bool:
    """ "im Jahr 2024. Danach": the tokenizer keeps the period on the year."""
    year = prev.text[:-1]
    return prev.text.endswith(".") and year.isdigit() and 1000 <= int(year) <= 2100 and token.is_title


def _inner_period(prev, token) -> bool:
    """The tokenizer keeps a period on a word only for abbreviations, initials and ordinals."""
    if len(prev.text) < 2 or not prev.text.endswith(".") or token.is_space or token.is_punct:
        return False
    if token.text in MONTHS or token.is_lower or token.like_num:
        return True
    if _year_end(prev, token):
        return False
    return prev.lower_ not in SENTENCE_FINAL_ABBREVIATIONS


@Language.component("lagebild_kb_ids")
def kb_ids(doc: Doc) -> Doc:
    """Carry the entity ruler's pattern id over into `Span.kb_id_`, where linkers look."""
    if any(ent.ent_id and not ent.kb_id for ent in doc.ents):
        doc.ents = [
            Span(doc, e.start, e.end, label=e.label, kb_id=e.ent_id) if e.ent_id and not e.kb_id else e
            for e in doc.ents
        ]
    return doc


@Language.component("lagebild_entity_edges")
def entity_edges(doc: Doc) -> Doc:
    """No entity starts or ends in punctuation, no name ends in a lower-case word: the statistical
    NER sometimes takes in the comma of an apposition (`Wolfgang Petritsch,`), the bracket after a
    name or the preposition after it (`Andreas Hauer von der Uni Linz`)."""
    trimmed = [(e, _trimmed(doc, e)) for e in doc.ents]
    if all(bounds == (e.start, e.end) for e, bounds in trimmed):
        return doc
    doc.ents = [e if (start, end) == (e.start, e.end) else Span(doc, start, end, label=e.label, kb_id=e.kb_id)
                for e, (start, end) in trimmed if start < end]
    return doc


def _trimmed(doc: Doc, ent: Span) -> tuple[int, int]:
    start, end = ent.start, ent.end
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and (doc[end - 1].is_punct or ent.label_ == "PER" and _function_word(doc[end - 1])):
        end -= 1
    return start, end


def _function_word(token) -> bool:
    """`von`, `der` (a name never ends in one; `al-Asir` and `le Jeune` do not end so either)."""
    return token.text[:1].islower() and token.is_stop


# the tagger tells a participle (VVPP) reliably; the morphologizer leaves VerbForm out of most
# verbs, and the stages ask it (finite verb, participle of a passive)
STTS_VERB_FORMS = {
    "VVFIN": "Fin", "VAFIN": "Fin", "VMFIN": "Fin", "VVIMP": "Fin", "VAIMP": "Fin",
    "VVINF": "Inf", "VAINF": "Inf", "VMINF": "Inf", "VVIZU": "Inf",
    "VVPP": "Part", "VAPP": "Part", "VMPP": "Part",
}


@Language.component("lagebild_verb_forms")
def verb_forms(doc: Doc) -> Doc:
    """A verb's VerbForm from its STTS tag where the morphologizer gave none."""
    for token in doc:
        form = STTS_VERB_FORMS.get(token.tag_)
        if form and not morph_values(token, "VerbForm"):
            token.set_morph({**token.morph.to_dict(), "VerbForm": form})
    return doc


@Language.component("lagebild_headline_participle")
def headline_participle(doc: Doc) -> Doc:
    """`Russischer Botschafter in Ankara erschossen`: a plural past that ends a sentence without another
    verb, with a singular subject, is the participle of a headline's passive (`erschossen`, `verhaftet`)."""
    for sent in doc.sents:
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
        if len(verbs) != 1 or not _ends_sentence(verbs[0], sent):
            continue
        verb = verbs[0]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.tag_ != "VVFIN" or morph_values(verb, "Number") != ("Plur",) or len(subjects) != 1:
            continue
        subject = subjects[0]
        if morph_values(subject, "Number") == ("Sing",) and not any(c.dep_ == "conj" for c in subject.children):
            verb.tag_ = "VVPP"
            verb.set_morph("VerbForm=Part")
    return doc


def _ends_sentence(token, sent: Span) -> bool:
    return all(t.is_punct or t.is_space for t in sent if t.i > token.i)


class WeakPast:
    """The past tense of a weak verb (`telefonierten`, `warnten`) where the morphologizer read the
    present: the ending and the verb's lemma tell it (the stages date a weekday by the tense, `am
    Freitag`). Where the lemmatizer made up a lemma (`telefoniertenn`, or kept the form `kündigten`
    of a past it read right), the known verb the ending leaves becomes the lemma."""

    def __init__(self) -> None:
        self.known_verbs: frozenset[str] = frozenset()
        self.endings: tuple[str, ...] = ()  # longest first (`lang/<code>/weak_past_endings.txt`)
        self.infinitive_endings: tuple[str, ...] = ()  # `lang/<code>/infinitive_endings.txt`
        self.plural_endings: tuple[str, ...] = ()  # `lang/<code>/weak_past_plural_endings.txt`

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            # a modal's past is the subjunctive too (`sollten`); a full verb the tagger called modal
            # shows by its made-up lemma (`meldeten` → `meldeen`)
            full_verb = token.tag_ == "VVFIN" or (token.tag_ == "VMFIN" and token.lemma_ not in self.known_verbs)
            if not full_verb or "Sub" in morph_values(token, "Mood"):
                continue
            read_as_past = morph_values(token, "Tense") == ("Past",)
            known = token.lemma_.lower() in self.known_verbs
            lemma = self.weak_past_lemma(token.lower_, token.lemma_.lower())
            if read_as_past and known:
                if lemma == token.lemma_.lower():  # (a strong verb's past keeps the number read)
                    self._set_number(token)
                continue
            if lemma is not None:
                if not read_as_past:
                    token.set_morph({**token.morph.to_dict(), "Tense": "Past"})
                if token.lemma_.lower() != lemma:
                    token.lemma_ = lemma
                self._set_number(token)
        return doc

    def _set_number(self, token: Token) -> None:
        """`forderten` is plural, `forderte` singular, whatever the morphologizer read."""
        number = "Plur" if token.lower_.endswith(self.plural_endings) else "Sing"
        if morph_values(token, "Number") != (number,):
            token.set_morph({**token.morph.to_dict(), "Number": number})

    def weak_past_lemma(self, form: str, lemma: str) -> str | None:
        """`telefonieren` for `telefonierten`, `sammeln` for `sammelten`, `arbeiten` for `arbeiteten`;
        None for `arbeiten` itself or `halten`, whose -ten belongs to the stem."""
        for ending in self.endings:
            if not form.endswith(ending):
                continue
            stem = form[: -len(ending)]
            infinitives = tuple(stem + e for e in self.infinitive_endings)
            if lemma in infinitives:
                return lemma if ending.startswith("e") or not lemma.endswith(("ten", "den")) else None
            if lemma not in self.known_verbs:
                return next((v for v in infinitives if v in self.known_verbs), None)
            return None
        return None


@Language.factory("lagebild_weak_past")
def make_weak_past(nlp: Language, name: str) -> WeakPast:
    return WeakPast()


class ParticleVerbs:
    """Re-attach separable particles to their verb's lemma: "kündigte ... an" → "ankündigen".

    The parser also hangs adverbs and adjectives on the verb as particles ("kritisierte erneut",
    "drohte auch"); a word the tagger does not call a separable particle joins only where the joined
    verb is one the model knows ("ließ ... frei" → "freilassen", not "erneutkritisieren").
    """

    PARTICLE_TAG = "PTKVZ"

    def __init__(self) -> None:
        self.known_verbs: frozenset[str] = frozenset()

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            verb = token.head.pos_ in ("VERB", "AUX") or token.head.tag_.startswith("V")  # (`rief` read as ADJ)
            if token.dep_ == "compound:prt" and verb and token.is_alpha:
                head = self._nearest_verb(token)
                if head != token.head:
                    token.head = head
                joined = token.lower_ + head.lemma_
                if head.i < token.i and not head.lemma_.startswith(token.lower_) and not _colon_between(head, token) \
                        and (token.tag_ == self.PARTICLE_TAG or joined in self.known_verbs):
                    head.lemma_ = joined
        return doc

    def _nearest_verb(self, particle: Token) -> Token:
        """`verurteilten den Test und kündigten Strafen an`: the particle closes the last of coordinated verbs,
        though the parser may hang it on the first; the later verb takes it (lemma and head) where the two make
        a known verb."""
        head = _verb_before_insert(particle.head, particle) or particle.head
        doc = particle.doc
        later = (doc[i] for i in range(particle.i - 1, head.i, -1)
                 if doc[i].pos_ == "VERB" and "Fin" in morph_values(doc[i], "VerbForm"))
        return next((verb for verb in later if particle.lower_ + verb.lemma_ in self.known_verbs), head)


INSERT_MARKS = {"–": "–", "—": "—", "(": ")"}


def _verb_before_insert(verb: Token, particle: Token) -> Token | None:
    """`zog sich – wie berichtet – zurück`: where the parser hung the particle on a verb inside an insert
    (between dashes or brackets) that closes before the particle, the finite verb before the insert."""
    doc = verb.doc
    start = verb.sent.start
    opening = next((t for t in reversed(doc[start:verb.i]) if t.text in INSERT_MARKS), None)
    if opening is None or not any(t.text == INSERT_MARKS[opening.text] for t in doc[verb.i + 1:particle.i]):
        return None
    return next((t for t in reversed(doc[start:opening.i])
                 if t.pos_ in ("VERB", "AUX") and "Fin" in morph_values(t, "VerbForm")), None)


def _colon_between(verb: Token, particle: Token) -> bool:
    """`tritt auf die Bremse: Von Haus aus sind ...`: a colon or semicolon ends the verb's clause."""
    return any(t.text in (":", ";") for t in verb.doc[verb.i + 1:particle.i])


@Language.factory("lagebild_particle_verbs")
def make_particle_verbs(nlp: Language, name: str) -> ParticleVerbs:
    return ParticleVerbs()


class LemmaRules:
    """Lemma corrections from the tables shipped beside the model (see training/lemmas.py).

    Pronouns and determiners get their UD lemma ("mir" → "ich"); an open-class lemma never seen
    in the training data ("Hebamm") is replaced by the known lemma of the word form, if any.
    """

    OPEN = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "AUX"})

    def __init__(self) -> None:
        self.closed: dict[str, str] = {}
        self.forms: dict[str, str] = {}
        self.lexicon: frozenset[str] = frozenset()

    def load(self, path) -> LemmaRules:
        tables = json.loads(Path(path).read_text(encoding="utf8"))
        self.closed, self.forms = tables["closed"], tables["forms"]
        self.lexicon = frozenset(tables["lexicon"])
        return self

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            pos = token.pos_
            if pos in ("PRON", "DET"):
                lemma = self.closed.get(f"{token.lower_}|{pos}")
                if lemma:
                    token.lemma_ = lemma
            elif pos in self.OPEN and token.lemma_ not in self.lexicon:
                lemma = self.forms.get(token.text) or (token.text if token.text in self.lexicon else None)
                if lemma:
                    token.lemma_ = lemma
        return doc


@Language.factory("lagebild_lemma_rules")
def make_lemma_rules(nlp: Language, name: str) -> LemmaRules:
    return LemmaRules()
