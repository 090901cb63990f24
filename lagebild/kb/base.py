"""The knowledge base: entries by id and by name, and dated roles by country or organisation."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from lagebild.kb.dates import overlap, period
from lagebild.kb.model import Entry, Role

ROLE_PRIORITY = {
    "head_of_state": 0, "head_of_government": 1, "igo_head": 2, "foreign_minister": 3, "defence_minister": 4,
    "interior_minister": 5, "finance_minister": 6, "military_chief": 7, "party_leader": 8, "other": 9,
}
ANY_MINISTER = "minister"


def normalise_title(title: str) -> str:
    return " ".join(title.lower().split())


def title_matches(title: str, titles: Iterable[str], female_suffix: str = "in", loose: bool = False) -> bool:
    """Whether an office title is one of `titles` (normalised; "Kanzlerin" matches "kanzler"). `loose`:
    its first word is enough ("Chefankläger des Internationalen Strafgerichtshofs" ~ "chefankläger")."""
    norm = normalise_title(title)
    if not norm:
        return False
    candidates = {norm, norm.split(" ", 1)[0]} if loose else {norm}
    if female_suffix:
        candidates |= {c[: -len(female_suffix)] for c in candidates if c.endswith(female_suffix)}
    return bool(candidates & set(titles))


def role_matches(wanted: str | None, role: str) -> bool:
    if wanted is None:
        return True
    if wanted == ANY_MINISTER:
        return role.endswith("_minister")
    return wanted == role


class KnowledgeBase:
    """Entries by kb_id, by surface form (case-insensitive), and roles by owner (country/org)."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self.entries: dict[str, Entry] = {}
        self._by_form: dict[str, list[str]] = defaultdict(list)
        self._roles_by_owner: dict[str, list[Role]] = defaultdict(list)
        self.variants: dict[tuple[str, str], str] = {}
        self._national: dict[tuple[str, str, str], str] | None = None
        self._national_countries: dict[tuple[str, str], set[str]] = {}  # (lang, form) → countries
        for entry in entries:
            self.add(entry)

    def add(self, entry: Entry) -> None:
        if entry.kb_id in self.entries:
            raise ValueError(f"duplicate kb_id {entry.kb_id!r}")
        self.entries[entry.kb_id] = entry
        for form in self._all_forms(entry):
            ids = self._by_form[form.casefold()]
            if entry.kb_id not in ids:
                ids.append(entry.kb_id)
        for role in entry.roles:
            for owner in {role.country, role.org} - {None}:
                self._roles_by_owner[owner].append(role)

    def merge(self, entry: Entry) -> None:
        """Add the names and adjectives of `entry` to the entry with its kb_id (a gazetteer row for a
        capital: "Wiener")."""
        old = self.entries[entry.kb_id]
        known = {form for forms in old.names.values() for form in forms}
        old.weak_forms |= entry.weak_forms - known  # a capital's own names stay strong
        for mine, theirs in ((old.names, entry.names), (old.adjectives, entry.adjectives)):
            for lang, forms in theirs.items():
                mine[lang] = list(dict.fromkeys([*mine.get(lang, []), *forms]))
        for form in self._all_forms(entry):
            ids = self._by_form[form.casefold()]
            if old.kb_id not in ids:
                ids.append(old.kb_id)

    def forms_of_kinds(self, kinds: Iterable[str]) -> dict[str, str]:
        """Every surface form (names, adjectives, demonyms) of the entries of `kinds` → its kb_id."""
        wanted = set(kinds)
        found: dict[str, str] = {}
        for entry in self.entries.values():
            if entry.kind in wanted:
                for table in (entry.names, entry.adjectives, entry.demonyms):
                    for forms in table.values():
                        for form in forms:
                            found.setdefault(form, entry.kb_id)
        return found

    @staticmethod
    def _all_forms(entry: Entry) -> list[str]:
        forms = [entry.kb_id, entry.name]
        for table in (entry.names, entry.adjectives, entry.demonyms, entry.national):
            for values in table.values():
                forms += values
        return forms

    def variant(self, kb_id: str, home: str | None) -> str:
        """The entry `kb_id` stands for in an article from `home` ("Bundesregierung" in Vienna)."""
        return self.variants.get((kb_id, home), kb_id) if home else kb_id

    def national(self, form: str, country: str | None, lang: str = "de") -> Entry | None:
        """The institution of `country` a generic name denotes there ("Verfassungsgerichtshof" in
        Austria: the VfGH)."""
        if not country:
            return None
        kb_id = self._national_table().get((lang, form, country))
        return self.entries.get(kb_id) if kb_id else None

    def national_countries(self, form: str, lang: str = "de") -> set[str]:
        """The countries where a generic name denotes an institution of theirs ("Kongress": the USA)."""
        self._national_table()
        return self._national_countries.get((lang, form), set())

    def _national_table(self) -> dict[tuple[str, str, str], str]:
        if self._national is None:
            self._national = {}
            for entry in self.entries.values():
                for forms_lang, forms in entry.national.items():
                    for f in forms:
                        self._national.setdefault((forms_lang, f, entry.country or ""), entry.kb_id)
            for forms_lang, f, country in self._national:
                self._national_countries.setdefault((forms_lang, f), set()).add(country)
        return self._national

    # --- access -------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __contains__(self, kb_id: object) -> bool:
        return kb_id in self.entries

    def get(self, kb_id: str | None) -> Entry | None:
        return self.entries.get(kb_id) if kb_id else None

    def of_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == kind]

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for entry in self.entries.values():
            counts[entry.kind] += 1
        return dict(counts)

    def lookup(self, text: str, kind: str | None = None) -> list[Entry]:
        """Entries with `text` as a name, alias, kb_id, adjective or demonym (any case)."""
        found = [self.entries[i] for i in self._by_form.get(text.strip().casefold(), [])]
        return [e for e in found if kind is None or e.kind == kind]

    def search(self, text: str, limit: int = 20) -> list[Entry]:
        """Entries whose forms contain `text` (exact matches first, then prefix, then substring)."""
        query = text.strip().casefold()
        if not query:
            return []
        scored: dict[str, int] = {}
        for form, ids in self._by_form.items():
            score = 0 if form == query else 1 if form.startswith(query) else 2 if query in form else None
            if score is None:
                continue
            for kb_id in ids:
                scored[kb_id] = min(score, scored.get(kb_id, 9))
        ranked = sorted(scored, key=lambda i: (scored[i], self.entries[i].kind != "country", i))
        return [self.entries[i] for i in ranked[:limit]]

    # --- dated roles --------------------------------------------------------------------------

    def roles_at(self, kb_id: str, date: str | None = None) -> list[Role]:
        """The roles `kb_id` held at `date` (partial dates allowed; None = in office now)."""
        entry = self.entries.get(kb_id)
        if entry is None:
            return []
        roles = [r for r in entry.roles if r.active(date)]
        return sorted(roles, key=lambda r: ROLE_PRIORITY.get(r.role, 99))

    def holders(
        self,
        role: str | None = None,
        country: str | None = None,
        org: str | None = None,
        date: str | None = None,
        titles: Iterable[str] = (),
    ) -> list[Role]:
        """Roles of `country`/`org` active at `date`, best first: by title if `titles` match, else by role."""
        owner = org or country
        if owner is None:
            return []
        active = [r for r in self._roles_by_owner.get(owner, []) if r.active(date)]
        if country and org:
            active = [r for r in active if r.country in (country, None)]
        keys = {normalise_title(t) for t in titles}
        chosen: list[Role] = []
        for loose in (False, True) if keys else ():
            chosen = chosen or [r for r in active if _titled(r, keys, loose)]
        if not chosen:
            chosen = [r for r in active if role is not None and role_matches(role, r.role)]
        return sorted(chosen, key=lambda r: self._rank(r, date))

    @staticmethod
    def _rank(role: Role, date: str | None) -> tuple[int, str]:
        when = period(date)
        days = role.days()
        share = overlap(days, when) if when else 0
        return (-share, _negate(days[0]))

    def holder(
        self,
        role: str | None,
        country: str | None = None,
        org: str | None = None,
        date: str | None = None,
        titles: Iterable[str] = (),
    ) -> Entry | None:
        """Who held `role` (or an office titled one of `titles`) for `country`/`org` at `date`."""
        found = self.holders(role, country, org, date, titles)
        return self.entries.get(found[0].kb_id) if found else None

    def actor(self, kb_id: str, date: str | None = None, prefer: Iterable[str | None] = ()) -> dict[str, str | None]:
        """Country, org and sector of an entry as an actor at `date` (people: from their office then; of
        offices as high held at once, the one in the first country of `prefer`: Elizabeth II in London
        is Britain's queen, not Australia's)."""
        entry = self.entries[kb_id]
        if entry.kind != "person":
            return {"name": entry.name, "country": entry.country, "org": entry.org, "sector": entry.sector_at(date)}
        roles = self.roles_at(kb_id, date)
        if roles:
            rank = ROLE_PRIORITY.get(roles[0].role, 99)
            top = [r for r in roles if ROLE_PRIORITY.get(r.role, 99) == rank]
            role = next((r for country in prefer if country for r in top if r.country == country), roles[0])
            return {"name": entry.name, "country": role.country, "org": role.org, "sector": role.sector}
        country = self._country_before(entry, date)
        return {"name": entry.name, "country": country, "org": None, "sector": None}

    @staticmethod
    def _country_before(entry: Entry, date: str | None) -> str | None:
        when = period(date)
        earlier = [r for r in entry.roles if r.country and (when is None or r.days()[0] <= when[1])]
        pool = earlier or [r for r in entry.roles if r.country]
        return pool[-1].country if pool else None


def _titled(role: Role, keys: set[str], loose: bool) -> bool:
    return title_matches(role.title_de, keys, loose=loose) or title_matches(role.title_en, keys, loose=loose)


def _negate(day: str) -> str:
    """A sort key that orders ISO days latest first."""
    return "".join(chr(0x7F - ord(c)) for c in day)
