"""The events stage: triggers and frames → PLOVER event mentions → one event per real-world event.

    find triggers (lexicon) → fill frames (clauses) → aux modes, attribution → date → merge
"""

from __future__ import annotations

from spacy.attrs import IS_ALPHA, LOWER

from lagebild.document import ActorMention, Document
from lagebild.events.coder import code_sentences
from lagebild.events.lexicon import Lexicon, available_languages, load_lexicon
from lagebild.events.merge import date_mentions, merge


def domain_of(doc: Document, lex: Lexicon) -> str | None:
    """The non-political domain an article belongs to (sport), judged by word density (less the words that
    speak for politics)."""
    sdoc = doc.spacy_doc
    words = sdoc.count_by(IS_ALPHA).get(1, 0)  # counted in C: this runs over every token of every article
    if not words:
        return None
    by_lower = sdoc.count_by(LOWER)
    for name, spec in lex.domains.items():
        hits = sum(by_lower.get(sdoc.vocab.strings[w], 0) for w in set(spec["words"]))  # alphabetic words
        hits -= sum(by_lower.get(sdoc.vocab.strings[w], 0) for w in set(spec.get("counter_words", ())))
        if 100.0 * hits / words >= spec["threshold"] and hits >= spec.get("min_hits", 1):
            return name
    return None


def resolve_prefix(prefix: str, doc: Document) -> ActorMention | None:
    """The actor a compound's first part names (`Nordkorea-Reise`, `EU-Sanktionen`): an actor the
    article already names so, else a country or organisation the knowledge base knows by it."""
    wanted = prefix.lower()
    for m in doc.actor_mentions:
        if m.text.lower() == wanted or (m.name or "").lower() == wanted:
            return m
    for m in doc.actor_mentions:  # `Merkel-Besuch`, `Papstbesuch`: a person named before by that word
        if m.is_person and wanted in m.text.lower().split():
            return m
    found = _kb_actor(prefix, doc) or _national_body(prefix, doc)
    if found is None and "-" in prefix:  # `Nato-Außenministertreffen`: whose ministers meet
        return resolve_prefix(prefix.split("-", 1)[0], doc)
    return found


NATIONAL_BODY_SECTORS = ("GOV", "MIL", "POLICE", "JUD")


def _national_body(prefix: str, doc: Document) -> ActorMention | None:
    """`Armeeoffensive`, `Polizeiaktion`: a word for a national body (the country comes from the
    context, as for `die Armee`)."""
    from lagebild.kb.lexicon import lexicon as kb_lexicon

    descriptor = kb_lexicon(doc.language).match_descriptor(prefix[:1].upper() + prefix[1:])
    if descriptor is None or descriptor.type != "group" or descriptor.sector not in NATIONAL_BODY_SECTORS \
            or descriptor.needs == "owner":
        return None
    return ActorMention(text=prefix, sector=descriptor.sector, country=descriptor.default, start=0, end=0,
                        sentence=0, kind="descriptor")


def _kb_actor(prefix: str, doc: Document) -> ActorMention | None:
    from lagebild.kb import load

    kb = load()
    for entry in kb.lookup(prefix):
        if entry.kind in ("country", "org"):
            found = kb.actor(entry.kb_id, doc.reference_date)
            return ActorMention(text=prefix, name=found["name"], country=found["country"], org=found["org"],
                                sector=found["sector"], kb_id=entry.kb_id, start=0, end=0, sentence=0,
                                kind=entry.kind)
    return None


def annotate(doc: Document) -> None:
    if doc.language not in available_languages():
        doc.events = []
        return
    lex = load_lexicon(doc.language)
    if domain_of(doc, lex) is not None:
        doc.events = []
        return
    mentions = code_sentences(doc, lex, resolve_prefix)
    date_mentions(doc, mentions)
    doc.events = merge(doc, mentions)
