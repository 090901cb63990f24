"""Dating event mentions, applying PLOVER's future rules, and merging mentions of the same event.

Within one article, mentions merge when they share the event family (a future visit and the
visit itself are one event), actors and recipients, and their dates agree. A mention without a
recipient joins the one event of its family and actors that has one; an attack whose doers are
unknown joins one told without them. Accusations, demands and the like told far apart are
separate statements unless each sentence dates them.
"""

from __future__ import annotations

from datetime import date

from lagebild.document import ActorMention, Document, Event, Mention
from lagebild.events.coder import HISTORICAL_YEARS, EventMention, future_type
from lagebild.events.ontology import is_valid, quad_of, score_of
from lagebild.events.participants import meeting_of_all
from lagebild.store.dedup import actor_key, dates_agree

TENSELESS_EVENTS = {"CONSULT", "AGREE"}  # one visit, meeting or promise, told before and after it happens
UNKNOWN_DOER_EVENTS = {"ASSAULT"}  # an attack told once without its doers and once by unknown ones is one


def date_mentions(doc: Document, mentions: list[EventMention]) -> None:
    """Each mention's date from the time expression governing its trigger, else the article date (for an
    undated article, the date its text shows it was written: `doc.reference_date`)."""
    from lagebild.time import event_date, governing_timex

    for m in mentions:
        found = event_date(doc, m.start, m.end)
        timex = governing_timex(doc, m.start, m.end) if found is not None else None
        if found is not None and (_borrowed_history(doc, timex, m, found.value)
                                  or _borrowed_plan(doc, timex, m, found.value)):
            found = None
        if found is not None:
            m.date, m.date_end, m.date_source = found.value, found.date_end, found.source
            m.dated_in_sentence = timex is not None and doc.sentence_index(timex.start) == m.sentence
        else:
            m.date, m.date_end, m.date_source = doc.reference_date, None, None
        _time_aux(m, doc.reference_date)


def _borrowed_history(doc: Document, timex, m: EventMention, value: str) -> bool:
    """A year of background history from an earlier sentence (`1939 ...`) does not date a
    sentence of news that names no time of its own: that one happened around the article date."""
    reference = doc.date or doc.reference_date
    if timex is None or reference is None or doc.sentence_index(timex.start) == m.sentence:
        return False
    year, article_year = _year(value), _year(reference)
    return bool(year and article_year and article_year - year > 1)


def _borrowed_plan(doc: Document, timex, m: EventMention, value: str) -> bool:
    """A future date of an earlier sentence (`droht im Herbst die Pleite. Die EU arbeitet ...
    zusammen`) does not make this sentence's event a plan."""
    if timex is None or doc.sentence_index(timex.start) == m.sentence:
        return False
    start, reference = _calendar_start(value), doc.reference_date or doc.date
    return bool(start and reference and start[: len(reference)] > reference)


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _time_aux(m: EventMention, reference: str | None) -> None:
    year, ref_year = _year(m.date), _year(reference)
    if m.date_source and year and ref_year and year <= ref_year - HISTORICAL_YEARS:
        m.aux.append("historical")
    if _after_article(m, reference) and not {"future", "negated"} & set(m.aux):
        m.aux.append("future")
    if "future" in m.aux:
        m.event = future_type(m.base_event)


def _after_article(m: EventMention, reference: str | None) -> bool:
    """An event dated after the article (`reist am Mittwoch` in a Tuesday article) lies ahead."""
    start = _calendar_start(m.date) if m.date_source else None
    if not (start and reference):
        return False
    return start[: len(reference)] > reference


_SEASON_MONTH = {"SP": "03", "SU": "06", "FA": "09", "WI": "12", "Q1": "01", "Q2": "04", "Q3": "07", "Q4": "10",
                 "H1": "01", "H2": "07"}


def _calendar_start(value: str | None) -> str | None:
    """A date value as a comparable calendar prefix: weeks by their Monday, seasons, quarters and
    halves by their first month ("2015-W31" → "2015-07-27", "2015-FA" → "2015-09")."""
    if not value or not value[:4].isdigit():
        return None
    year, _, rest = value.partition("-")
    if rest.startswith("W") and rest[1:3].isdigit() and 1 <= int(rest[1:3]) <= 52:
        return date.fromisocalendar(int(year), int(rest[1:3]), 1).isoformat()
    if rest[:2] in _SEASON_MONTH:
        return f"{year}-{_SEASON_MONTH[rest[:2]]}"
    return value


def _keys(actors) -> frozenset[str]:
    return frozenset(actor_key(a) for a in actors)


def _who(actor) -> str | None:
    """Who an actor is beyond its country: a person by KB id, a person the KB does not know by
    surname, a national organisation (party, body) by KB id or name; None for anything else."""
    kind = getattr(actor, "kind", None)
    if actor.is_person:
        return actor.kb_id
    if kind == "name" and not actor.kb_id and (actor.name or actor.text):
        return (actor.name or actor.text).split()[-1]
    if kind == "org" and not actor.org:
        return actor.kb_id or actor.name or actor.text or None
    return None


def _people(actors) -> frozenset[str]:
    return frozenset(who for who in map(_who, actors) if who)


def _same_people(a, b) -> bool:
    """Meeting Merkel and meeting Gauck are two events, though both are DEU; what politicians of a
    party and what the head of government condemn are two statements."""
    pa, pb = _people(a), _people(b)
    if pa and pb:
        return pa == pb
    sa, sb = _sectors(a), _sectors(b)
    return not (sa and sb) or bool(sa & sb)


def _sectors(actors) -> frozenset[str]:
    return frozenset(a.sector for a in actors if a.sector and getattr(a, "kind", None) in ("name", "descriptor"))


def _family(m: EventMention) -> str:
    return m.base_event


def _status(m: EventMention) -> tuple[bool, bool]:
    return "negated" in m.aux, "hypothetical" in m.aux


def _same_event(a: EventMention, b: EventMention) -> bool:
    return (
        (a.start, a.end) != (b.start, b.end)  # one trigger split in two (each side accusing the other) stays two
        and (_family(a) == _family(b) or _agreed_plan(a, b))
        and (a.mode == b.mode or not a.mode or not b.mode)
        and _status(a) == _status(b)
        and not _done_and_to_come(a, b)
        and (_same_sides(a, b) or _same_meeting(a, b) or _plan_of_the_same_parties(a, b))
        and (dates_agree(a.date, b.date) or not a.date_source or not b.date_source)
    )


def _done_and_to_come(a: EventMention, b: EventMention) -> bool:
    """`Die Nato verteidigte die Türkei`, `Die Nato will die Türkei unterstützen`: an act to come is no mention of one
    that happened. A visit or meeting announced and then told (`wird erwartet`, `traf ein`), an invitation and a
    promise are one event whatever their tense, as is the plan an agreement names."""
    if ("future" in a.aux) == ("future" in b.aux) or _agreed_plan(a, b):
        return False
    return not {a.base_event, b.base_event} & TENSELESS_EVENTS


def _agreed_plan(a: EventMention, b: EventMention) -> bool:
    """`einigten sich darauf, die Gespräche fortzusetzen`: the plan an agreement names (a future
    cooperation, itself coded AGREE, by the same sides or more) is that agreement, not a second one."""
    one, other = _keys(a.actor), _keys(b.actor)
    return a.sentence == b.sentence and a.event == b.event == "AGREE" and (one <= other or other <= one)


def _plan_of_the_same_parties(a: EventMention, b: EventMention) -> bool:
    """`Russland ist bereit, mit den USA zusammenzuarbeiten`: the readiness (Russia → USA) and the
    cooperation it names (Russia and the USA) are one promise among the same parties, or among more where
    the readiness names no addressee."""
    def parties(m: EventMention) -> frozenset[str]:
        return _keys(m.actor) | _keys(m.recipient)
    return _agreed_plan(a, b) and (parties(a) <= parties(b) or parties(b) <= parties(a))


def _same_sides(a: EventMention, b: EventMention) -> bool:
    return (
        (_keys(a.actor) == _keys(b.actor) and _same_people(a.actor, b.actor)
         or a.base_event in UNKNOWN_DOER_EVENTS and _doers_unnamed(a.actor, b.actor))
        and (_keys(a.recipient) == _keys(b.recipient) or not a.recipient or not b.recipient)
        and _same_people(a.recipient, b.recipient)
    )


def _doers_unnamed(a, b) -> bool:
    """`Bei einem Doppelanschlag ...`, `Die Regierung vermutet Selbstmordattentäter hinter dem Anschlag`: a mention
    whose doer is only implied (no words of the text name it) and one that names the doers only as unknown ones
    may tell of one act."""
    implied = not all(m.text for m in a) or not all(m.text for m in b)
    return implied and all(not (m.name or m.kb_id or m.org) for m in (*a, *b))


def _same_meeting(a: EventMention, b: EventMention) -> bool:
    """`Kerry sprach mit Abbas` (Kerry → Abbas) and `die beiden sprachen` (both actors): one meeting.
    The talks of a visit are the visit (`reist nach Vietnam` ... `werde dort mit den Spitzen von Staat
    und Partei sprechen`): its guest is among their people."""
    parties_a, parties_b = a.actor + a.recipient, b.actor + b.recipient
    if _family(a) != "CONSULT":
        return False
    if _keys(parties_a) != _keys(parties_b):
        return _meeting_named_again(a, b) or _meeting_named_again(b, a)
    return _same_people(parties_a, parties_b) or _talks_of_visit(a, b) or _talks_of_visit(b, a)


def _meeting_named_again(meeting: EventMention, again: EventMention) -> bool:
    """`Obama und Putin trafen sich` ... `Obama sprach von einem konstruktiven Treffen`: the meeting named
    again by its noun, by one who took part and no one else."""
    taken_part = _keys(meeting.actor + meeting.recipient)
    return again.by_noun and not again.recipient and bool(_keys(again.actor)) and _keys(again.actor) < taken_part


def _talks_of_visit(visit: EventMention, talks: EventMention) -> bool:
    guests = _people(visit.actor)
    met = _people(talks.actor + talks.recipient)
    return visit.mode == "visit" and not talks.mode and bool(guests) and guests <= met


NEARBY_SENTENCES = 2
# what is said again is a new statement unless dated as the same one; a visit or a war told again
# is the same event
REPEATED_STATEMENTS = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST"}
# a strike, which lasts, named again by its noun is the one told before (marches and rallies recur)
NAMED_AGAIN_DEEDS = {("PROTEST", "strike")}


def _nearby(m: EventMention, group: list[EventMention]) -> bool:
    """A mention that names no recipient or no date of its own continues an event told close by,
    not one far away (`warf Polen vor` in the third and the tenth sentence are two accusations)."""
    close = any(abs(m.sentence - other.sentence) <= NEARBY_SENTENCES for other in group)
    if close or _in_lead(m):
        return True
    if m.base_event not in REPEATED_STATEMENTS and any(_told_again(m, other) for other in group):
        return True
    if (m.base_event, m.mode) in NAMED_AGAIN_DEEDS and _named_again(m):
        return True  # (`Folge des Streiks`: the strike told before)
    if m.base_event in REPEATED_STATEMENTS:
        return bool(m.recipient and m.dated_in_sentence and any(other.dated_in_sentence for other in group))
    return bool(m.recipient) or meeting_of_all(m.base_event, m.actor) or _named_again(m)


def _in_lead(m: EventMention) -> bool:
    """`Sechs Oppositionelle freigelassen.` ... `der Politiker sei aus dem Gefängnis entlassen worden`:
    the first sentence (headline or lead) names the article's news, which the body tells again."""
    return m.sentence == 0


def _told_again(m: EventMention, lead: EventMention) -> bool:
    """`Kunduz: US-Luftangriff trifft Klinik` ... `Das US-Militär räumte ein, ... einen Angriff geflogen zu haben`:
    the lead's news told again further down, by the same people (or none) and on its date."""
    return _in_lead(lead) and _people(m.actor) == _people(lead.actor) and (m.date == lead.date or not m.date_source)


def _named_again(m: EventMention) -> bool:
    """`... von einer Festnahme berichtet`: an act named again by its noun alone, with no one it was
    done to and no date of its own, is the one told before."""
    return m.by_noun and not m.dated_in_sentence


def group_mentions(mentions: list[EventMention]) -> list[list[EventMention]]:
    groups: list[list[EventMention]] = []
    for m in sorted(mentions, key=lambda x: (not x.recipient, x.start)):
        fitting = [g for g in groups if all(_same_event(m, other) for other in g) and _nearby(m, g)]
        if len(fitting) == 1 or (fitting and m.recipient):
            fitting[0].append(m)
        else:
            groups.append([m])
    return groups


def _best_date(group: list[EventMention]) -> EventMention:
    dated = [m for m in group if m.date_source]
    return max(dated, key=lambda m: len(m.date or "")) if dated else group[0]


def to_event(doc: Document, number: int, group: list[EventMention]) -> Event:
    group.sort(key=lambda m: m.start)
    first = next((m for m in group if m.recipient), group[0])
    dated = _best_date(group)
    happened = [m for m in group if "future" not in m.aux and not _after_article(dated, doc.reference_date)]
    event_type = first.base_event if happened else future_type(first.base_event)
    # (`Aus Protest ... einen Fährenstreik begonnen`: the protest is a strike)
    mode = next((m.mode for m in [first, *group] if m.mode and is_valid(event_type, m.mode)), None)
    aux = {a for a in first.aux if all(a in m.aux for m in group)} | {a for a in dated.aux if a == "historical"}
    if not happened:
        aux.add("future")
    elif "future" in aux:
        aux.remove("future")
    aux = sorted(aux)
    actor = _sides(_distinct(a for m in group for a in m.actor if actor_key(a) in _keys(first.actor)), first.actor)
    return Event(
        id=f"{doc.id}-e{number}",
        event=event_type,
        mode=mode,
        quad=quad_of(event_type),
        score=score_of(event_type, mode),
        actor=[a.to_actor() for a in actor],
        recipient=[a.to_actor() for a in _distinct(first.recipient, by_person=True)],
        date=dated.date,
        date_end=dated.date_end,
        date_source=dated.date_source,
        location=next((m.location for m in group if m.location), None),
        aux=aux,
        attribution=next((m.attribution for m in group if m.attribution), None),
        mentions=[
            Mention(sentence=m.sentence, start=m.start, end=m.end, trigger=m.trigger, text=m.text) for m in group
        ],
        confidence=max(m.confidence for m in group),
    )


def _distinct(actors, by_person: bool = False):
    """One actor per country or organisation; with `by_person` one per person or party as well
    (`kritisierten ÖVP und SPÖ`)."""
    seen: dict[tuple[str, str | None], object] = {}
    for a in actors:
        seen.setdefault((actor_key(a), _who(a) if by_person else None), a)
    return list(seen.values())


def _sides(actors: list[ActorMention], mention_actors: list[ActorMention]) -> list[ActorMention]:
    """`Gespräche zwischen der Regierung und der Opposition`: one mention's actors of one country
    in different sectors are different sides, kept apart."""
    if any(a.kind == "country" or not (a.sector or a.kind in ("name", "org")) for a in mention_actors):
        return actors  # `Russland` and `Moskau`: the state and its capital are one side
    found = {(actor_key(a), a.sector, _who(a)) for a in actors}
    extra = []
    for a in mention_actors:
        if (actor_key(a), a.sector, _who(a)) not in found:
            found.add((actor_key(a), a.sector, _who(a)))
            extra.append(a)
    return actors + extra


def merge(doc: Document, mentions: list[EventMention]) -> list[Event]:
    groups = sorted(group_mentions(mentions), key=lambda g: min(m.start for m in g))
    return [to_event(doc, i, g) for i, g in enumerate(groups, start=1)]
