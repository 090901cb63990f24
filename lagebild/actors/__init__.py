"""The actors stage: link entity mentions, descriptors and pronouns to the knowledge base.

`annotate(doc)` fills `doc.actor_mentions` with every actor mention in the text — KB names
(people, countries, organisations, seats of power), country adjectives and demonyms, role and
group descriptors with their whole noun phrase ("ein Sprecher des Weißen Hauses"), short
references ("der Präsident", "Lawrow", "der 78-Jährige") and pronouns resolved to the last
fitting actor — each resolved against the article date (`doc.reference_date`). It also sets
`kb_id` on `doc.entities` that name a KB entry.
"""

from __future__ import annotations

from lagebild.document import ActorMention, Document

__all__ = ["annotate", "mentions"]


def annotate(doc: Document) -> None:
    """Fill `doc.actor_mentions` (and entity kb_ids) from `doc.spacy_doc`."""
    if doc.spacy_doc is None:
        doc.actor_mentions = []
        return
    found, linked = _find(doc)
    doc.actor_mentions = found
    for entity in doc.entities:
        kb_id = linked.get((entity.start, entity.end))
        if kb_id and not entity.kb_id:
            entity.kb_id = kb_id


def mentions(doc: Document) -> list[ActorMention]:
    """The actor mentions of an annotated document (runs the stage if needed)."""
    if not doc.actor_mentions:
        annotate(doc)
    return doc.actor_mentions


def home_country(hits: list, kb, dateline: str | None = None) -> str | None:
    """The country an article is from where that changes what a name means (AUT for "Bundesregierung"
    in an Austrian paper): its dateline's if that is one of the home countries of home_variants.tsv,
    else the one of them its other actors name most."""
    homes = {home for _, home in kb.variants} | {"DEU"}
    if dateline in homes:
        return dateline if dateline != "DEU" else None
    keys = {kb_id for kb_id, _ in kb.variants}
    tally: dict[str, int] = {}
    for hit in hits:
        for item in (hit.entity, hit.owner):
            entry = kb.get(item.ref) if item is not None and item.ref not in keys and not item.weak else None
            if entry is not None and entry.country in homes:
                tally[entry.country] = tally.get(entry.country, 0) + 1
    best = max(tally, key=lambda c: tally[c], default=None)
    return best if best != "DEU" else None


def country_tally(hits: list, kb) -> dict[str, int]:
    tally: dict[str, int] = {}
    for hit in hits:
        for item in (hit.entity, hit.owner):
            entry = kb.get(item.ref) if item is not None and not item.weak else None
            country = entry.place_country or entry.country if entry is not None else None
            if country:
                tally[country] = tally.get(country, 0) + 1
    return tally


def _country_names(hits: list) -> list[tuple[int, str]]:
    """Where the article names a country by its name, and which."""
    return [(hit.start, hit.entity.ref) for hit in hits
            if hit.entity is not None and hit.entity.kind == "country" and not hit.entity.weak]


def _context(phrases: list, builder, kb, view, hits: list):
    from lagebild.actors.resolve import Context

    tally = country_tally(hits, kb)  # the focus: the country the article names most (ties: the first)
    context = Context(focus=max(tally, key=lambda c: tally[c], default=None), tally=tally,
                      country_names=_country_names(hits))
    venue = False
    for phrase in phrases:
        if not phrase.is_place or phrase.hit is None:
            continue
        item = phrase.hit.entity or phrase.hit.owner
        entry = kb.get(item.ref) if item is not None else None
        country = (entry.place_country or entry.country) if entry is not None else None
        if country is None:
            continue
        if phrase.start in builder.dateline and context.dateline is None:
            context.dateline = country
            venue = bool(builder.lex.word("venue", view.words[phrase.start]))
        context.places.setdefault(view.sent_id[phrase.start], []).append((phrase.start, country))
        if _opens_scene(phrase.start, view, builder.lex):
            context.scenes.setdefault(view.sent_id[phrase.start], country)
    if context.dateline is not None and tally.get(context.dateline, 0) <= 1 and tally.get(context.focus, 0) > 1:
        context.dateline = None  # `Puebla – ... in Guatemala`: the correspondent's seat, not the scene
    elif context.dateline is not None and venue and tally.get(context.dateline, 0) < tally.get(context.focus, 0):
        context.dateline = None  # `Genf – Die Syrien-Gespräche in Genf ...`: where others meet, not the scene
    return context


def _named_later(phrase, resolver):
    """`Obama trifft Castro` ... `mit Staatschef Raúl Castro`: a surname before the full name is the person the
    KB knows by it."""
    actor = resolver.resolve(phrase)
    surname = resolver.view.words[phrase.start]
    return actor if actor is not None and actor.kb_id and (actor.name or "").split()[-1:] == [surname] else None


def _opens_scene(start: int, view, lex) -> bool:
    """`In Wien nahm die Polizei ...`, `In der Türkei ...`: the place follows a scene preposition that opens
    the sentence, with at most an article between."""
    for at in (start - 1, start - 2):
        if at >= 0 and view.starts_sentence(at) and lex.word("scene", view.words[at]):
            return at == start - 1 or lex.word("determiner", view.words[start - 1].lower())
    return False


def _find(doc: Document) -> tuple[list[ActorMention], dict[tuple[int, int], str]]:
    from lagebild.actors.matching import DocView, find_hits
    from lagebild.actors.phrases import PhraseBuilder
    from lagebild.actors.resolve import Resolver
    from lagebild.kb import load
    from lagebild.kb.lexicon import lexicon

    lang = doc.language if doc.language in ("de", "en") else "de"
    sdoc, lex = doc.spacy_doc, lexicon(lang)
    view, kb = DocView.of(sdoc), load()
    hits = find_hits(view, lang)
    builder = PhraseBuilder(view, hits, lex)
    phrases = builder.build()
    context = _context(phrases, builder, kb, view, hits)
    resolver = Resolver(view, kb, lex, doc.reference_date, home=home_country(hits, kb, context.dateline),
                        context=context)
    found: list[ActorMention] = []
    linked: dict[tuple[int, int], str] = {}
    resolved = [(phrase, resolver.resolve(phrase)) for phrase in phrases]
    resolved = [(phrase, actor if actor is not None or phrase.kind != "namepart" else _named_later(phrase, resolver))
                for phrase, actor in resolved]
    for phrase, actor in resolved:
        if actor is None:
            continue
        span = sdoc[phrase.start:phrase.end]
        found.append(ActorMention(
            start=span.start_char, end=span.end_char, sentence=actor.sentence, text=span.text, name=actor.name,
            country=actor.country, org=actor.org, sector=actor.sector, kb_id=actor.kb_id, kind=actor.kind,
            is_place=actor.is_place,
        ))
        named = phrase.kind in ("entity", "compound")
        name_hit = phrase.person if phrase.person is not None else phrase.hit if named else None
        if name_hit is not None and actor.kb_id:
            name_span = sdoc[name_hit.start:name_hit.end]
            linked[(name_span.start_char, name_span.end_char)] = actor.kb_id
    return found, linked
