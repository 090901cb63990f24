"""KB records: entries (countries, organisations, institutions, places, people) and dated roles."""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.kb.dates import period, span

ROLES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "interior_minister",
    "finance_minister",
    "igo_head",
    "party_leader",
    "military_chief",
    "other",
)
SECTORS = ("GOV", "MIL", "POLICE", "JUD", "LEG", "OPP", "REB", "PTY", "CVL", "MED", "BUS", "NGO", "IGO", "REL", "SPY")
KINDS = ("country", "org", "institution", "place", "person")


@dataclass(frozen=True)
class Role:
    """One office held by one person over a period (end None = still in office)."""

    kb_id: str
    role: str
    country: str | None
    org: str | None
    title_de: str
    title_en: str
    sector: str | None
    start: str | None
    end: str | None

    @property
    def owner(self) -> str | None:
        """The country or organisation the office belongs to."""
        return self.org or self.country

    def days(self) -> tuple[str, str]:
        return span(self.start, self.end)

    def active(self, date: str | None) -> bool:
        """Whether the role was held at any time in the (partial) `date`; None = today."""
        days = self.days()
        when = period(date)
        if when is None:
            return self.end is None
        return days[0] <= when[1] and when[0] <= days[1]

    def to_dict(self) -> dict[str, str | None]:
        return {
            "role": self.role, "country": self.country, "org": self.org, "title_de": self.title_de,
            "title_en": self.title_en, "sector": self.sector, "start": self.start, "end": self.end,
        }


@dataclass
class Entry:
    """A KB entry. `names` maps a language (or "*" for every language) to its surface forms."""

    kb_id: str
    kind: str
    name: str
    names: dict[str, list[str]] = field(default_factory=dict)
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    sector_changes: tuple[tuple[str, str], ...] = ()
    head_role: str | None = None
    place_country: str | None = None
    executive: str | None = None
    gender: str | None = None
    description: str | None = None
    adjectives: dict[str, list[str]] = field(default_factory=dict)
    demonyms: dict[str, list[str]] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    national: dict[str, list[str]] = field(default_factory=dict)
    weak_forms: set[str] = field(default_factory=set)

    @property
    def is_city(self) -> bool:
        """A city or district of the gazetteer: a place, never an actor ("Istanbul", "Favoriten")."""
        return self.kind == "place" and self.description in ("city", "district")

    @property
    def is_region(self) -> bool:
        return self.kind == "place" and self.description == "region"

    def forms(self, lang: str) -> list[str]:
        """Surface forms for `lang`, language-independent ones included."""
        return list(dict.fromkeys([*self.names.get(lang, []), *self.names.get("*", [])]))

    def display_name(self, lang: str = "de") -> str:
        forms = self.names.get(lang) or self.names.get("*")
        return forms[0] if forms and lang != "de" else self.name

    def sector_at(self, date: str | None) -> str | None:
        """The sector at `date` (organisations can change: the Taliban became a government)."""
        sector = self.sector
        when = period(date)
        for since, new in self.sector_changes:
            if when is None or when[1] >= since:
                sector = new
        return sector

    def to_dict(self) -> dict:
        data = {
            "kb_id": self.kb_id, "kind": self.kind, "name": self.name, "country": self.country,
            "org": self.org, "sector": self.sector, "names": self.names,
        }
        optional = {
            "sector_changes": [f"{s}@{d}" for d, s in self.sector_changes], "head_role": self.head_role,
            "place_country": self.place_country, "executive": self.executive, "gender": self.gender,
            "description": self.description, "adjectives": self.adjectives, "demonyms": self.demonyms,
            "roles": [r.to_dict() for r in self.roles], "national": self.national,
            "weak_forms": sorted(self.weak_forms),
        }
        data.update({k: v for k, v in optional.items() if v})
        return data
