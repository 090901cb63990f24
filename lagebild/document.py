"""The data model: one article flows through the pipeline as one `Document`.

Each stage adds its layer (entities, timexes, actor mentions, events, quotes, key points).
`Document.to_dict()` produces the JSON described in DESIGN.md; `document_schema()` its JSON Schema.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
AuxMode = Literal["negated", "future", "hypothetical", "historical"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Article(Model):
    """What a reader produces: the raw article before any analysis."""

    id: str
    text: str
    date: str | None = Field(None, description="Article date, TIMEX3 value (YYYY, YYYY-MM or YYYY-MM-DD)")
    language: str | None = Field(None, description="ISO 639-1 code; None = detect")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(None, description="Where the reader found it (file[:line])", exclude=True)


class Entity(Model):
    start: int
    end: int
    text: str
    label: str = Field(description="PER, LOC, ORG or MISC")
    kb_id: str | None = None


class Timex(Model):
    start: int
    end: int
    text: str
    type: TimexType
    value: str = Field(description="TIMEX3 value, e.g. 2024-06-18, 2024-06-18TEV, P2D, XXXX-WXX-1")


class Actor(Model):
    """An actor or recipient as it appears in an event (PLOVER entity object)."""

    text: str = Field(description="The words in the article")
    name: str | None = Field(None, description="Canonical name (KB) or the mention's own name")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    org: str | None = Field(None, description="Organisation code (UN, EU, NATO, ICC, ...)")
    sector: str | None = Field(None, description="GOV, MIL, POLICE, JUD, LEG, OPP, REB, PTY, CVL, ...")
    kb_id: str | None = None

    @property
    def is_person(self) -> bool:
        """KB people have ids like `putin_wladimir`; countries, orgs and places (`POL_warschau`) do not."""
        kb_id = self.kb_id or ""
        return kb_id.islower() and "_" in kb_id

    @property
    def is_place_entry(self) -> bool:
        """A KB place (city, region, seat of power: `TUR_istanbul`, `RUS_kreml`), not a national body
        or party with an id of the same shape (`AUT_bmi`, `AUT_spoe`)."""
        from lagebild import kb

        entry = kb.load().get(self.kb_id)
        return entry is not None and entry.kind == "place"


class ActorMention(Actor):
    """An actor found in the text, before any event uses it (output of the actors stage)."""

    start: int
    end: int
    sentence: int
    kind: Literal["name", "country", "org", "descriptor", "pronoun", "place"] = "name"
    is_place: bool = Field(False, description="Mention may denote a location rather than an agent")

    def to_actor(self) -> Actor:
        return Actor(text=self.text, name=self.name, country=self.country, org=self.org, sector=self.sector,
                     kb_id=self.kb_id)


class Location(Model):
    text: str
    country: str | None = None


class AttributionSource(Model):
    name: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None


class Attribution(Model):
    text: str
    actor: AttributionSource | None = None


class Mention(Model):
    sentence: int
    start: int
    end: int
    trigger: str
    text: str


class Event(Model):
    id: str
    event: str = Field(description="PLOVER event type")
    mode: str | None = None
    quad: int = Field(description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")
    score: float = Field(description="PLOVER conflict-cooperation score (-10..+10)")
    actor: list[Actor] = Field(default_factory=list)
    recipient: list[Actor] = Field(default_factory=list)
    date: str | None = None
    date_end: str | None = None
    date_source: str | None = None
    location: Location | None = None
    aux: list[AuxMode] = Field(default_factory=list)
    attribution: Attribution | None = None
    mentions: list[Mention] = Field(default_factory=list)
    confidence: float = 0.5


class Speaker(Model):
    name: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    kb_id: str | None = None


class Quote(Model):
    start: int
    end: int
    text: str
    speaker: Speaker | None = None


class Sentence(Model):
    start: int
    end: int


# Runs of spaces inside a line (common in scraped news) would become tokens of their own and
# split noun phrases ("von  Bosnien"); the pipeline reads the text with single spaces.
_SPACE_RUN = re.compile(r"[ \t]{2,}")


class Document(Model):
    """One analysed article. Serialises to the JSON of DESIGN.md."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    id: str
    date: str | None = None
    language: str = "de"
    title: str | None = None
    url: str | None = None
    text: str = Field("", exclude=True)
    events: list[Event] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    key_points: list[str] = Field(default_factory=list)
    actor_mentions: list[ActorMention] = Field(default_factory=list, exclude=True)
    sentences: list[Sentence] = Field(default_factory=list, exclude=True)

    _spacy_doc: Any = PrivateAttr(default=None)
    _reference_date: str | None = PrivateAttr(default=None)

    @property
    def spacy_doc(self) -> Any:
        """The spaCy `Doc` of the article text (set by the nlp stage)."""
        return self._spacy_doc

    @spacy_doc.setter
    def spacy_doc(self, value: Any) -> None:
        self._spacy_doc = value

    @property
    def reference_date(self) -> str | None:
        """The date relative expressions resolve against: the article date, else one inferred."""
        return self._reference_date or self.date

    @reference_date.setter
    def reference_date(self, value: str | None) -> None:
        self._reference_date = value

    @classmethod
    def from_article(cls, article: Article, language: str) -> Document:
        return cls(
            id=article.id,
            date=article.date,
            language=language,
            title=article.title,
            url=article.url,
            text=_SPACE_RUN.sub(" ", article.text),
        )

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing character `offset` (0 when sentences are unknown)."""
        for i, sent in enumerate(self.sentences):
            if sent.start <= offset < sent.end:
                return i
        return max(len(self.sentences) - 1, 0)

    def to_dict(self) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        if data.get("url") is None:
            data.pop("url", None)
        return data


def document_schema() -> dict[str, Any]:
    """JSON Schema of what `Document.to_dict()` produces."""
    return Document.model_json_schema(mode="serialization")
