"""Build the knowledge base from the data files (and CLDR country names from babel)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from babel import Locale

from lagebild.kb.model import Entry, Role
from lagebild.kb.tables import DATA_DIR, data_path, inflect, read_lines, read_tsv, split_list

LANGS = ("de", "en")
NO_GENITIVE_ARTICLES = {"die", "pl"}
ARTICLE_GENDER = {"": "n", "der": "m", "die": "f", "pl": "p"}


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i"})


def slug(text: str, german: bool = False) -> str:
    """ASCII, lowercase, underscores: "Weißes Haus" → "weisses_haus"; `german` also spells umlauts
    out ("München" → "muenchen"; the gazetteer's ids)."""
    text = text.translate(_GERMAN) if german else text
    text = text.replace("ß", "ss")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


def _lang_rows(lang: str, name: str, key: str = "kb_id") -> dict[str, dict[str, str]]:
    path = data_path(lang, name)
    return {row[key]: row for row in read_tsv(path)} if path.exists() else {}


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def _genitives(forms: list[str], lang: str) -> list[str]:
    return _unique([g for form in forms for g in inflect(form, "genitive", lang)])


_ADJ_ENDINGS = ("en", "er", "es", "em", "e")
_VOWELS = "aeiouäöüy"


def decline(form: str, lang: str) -> list[str]:
    """The forms a name written with `~` marks stands for (German; other languages drop the marks).
    A marked word before another word is an adjective ("Oberster~ Gerichtshof" → Oberste, Obersten,
    ...); a marked last word is a noun that takes a genitive ("Gerichtshof~" → Gerichtshofs,
    Gerichtshofes). Every combination is produced: the impossible ones never occur in text."""
    if "~" not in form:
        return [form]
    words = form.split(" ")
    options: list[list[str]] = []
    for i, word in enumerate(words):
        if not word.endswith("~"):
            options.append([word])
            continue
        word = word[:-1]
        if lang != "de":
            options.append([word])
        elif i < len(words) - 1:
            stem = next((word[: -len(e)] for e in _ADJ_ENDINGS if word.endswith(e)), word)
            options.append(_unique([word, *(stem + e for e in _ADJ_ENDINGS)]))
        else:
            options.append(_noun_genitives(word))
    return _unique([" ".join(combo) for combo in itertools.product(*options)])


def _noun_genitives(word: str) -> list[str]:
    if word.endswith(("s", "x", "z", "ß")):
        return [word, word + "es"]
    if word[-1].lower() in _VOWELS or word.endswith(("el", "er", "en", "um")):
        return [word, word + "s"]
    return [word, word + "s", word + "es"]


def name_cell(cell: str | None, lang: str) -> tuple[list[str], list[str]]:
    """A names cell: (plain forms, conditional forms). `?` marks a conditional form (a place name
    that needs a locative preposition; an institution's name that denotes it only in its country),
    `~` declension (see `decline`)."""
    plain: list[str] = []
    conditional: list[str] = []
    for part in split_list(cell):
        target = conditional if part.startswith("?") else plain
        target += decline(part.lstrip("?"), lang)
    return _unique(plain), _unique(conditional)


# --- countries and capitals -------------------------------------------------------------------


def _cldr_name(lang: str, iso2: str) -> str | None:
    return Locale(lang).territories.get(iso2)


def _country_names(lang: str, row: dict[str, str] | None, cldr: str | None) -> list[str]:
    if row is None:
        return _unique([cldr or ""])
    names = _unique([*split_list(row.get("names")), cldr or ""])
    if row.get("article", "") not in NO_GENITIVE_ARTICLES:
        names = _genitives(names, lang)
    return _unique([*names, *split_list(row.get("official"))])


def _demonyms(lang: str, row: dict[str, str] | None) -> list[str]:
    forms: list[str] = []
    for base in split_list(row.get("demonyms") if row else ""):
        if base.endswith("*"):
            forms += inflect(base[:-1], "adjnoun", lang)
        else:
            forms += inflect(base, "demonym", lang)
    return _unique(forms)


def _adjectives(lang: str, row: dict[str, str] | None) -> list[str]:
    stems = split_list(row.get("adjectives") if row else "")
    return _unique([form for stem in stems for form in inflect(stem, "adjective", lang)])


def countries() -> Iterator[Entry]:
    lexicons = {lang: _lang_rows(lang, "countries.tsv", "iso3") for lang in LANGS}
    for row in read_tsv(DATA_DIR / "countries.tsv"):
        iso3, iso2 = row["iso3"], row["iso2"]
        entry = Entry(kb_id=iso3, kind="country", name="", country=iso3, executive=row.get("executive") or None)
        for lang in LANGS:
            lex = lexicons[lang].get(iso3)
            entry.names[lang] = _country_names(lang, lex, _cldr_name(lang, iso2))
            entry.adjectives[lang] = _adjectives(lang, lex)
            entry.demonyms[lang] = _demonyms(lang, lex)
        entry.name = entry.names["de"][0]
        entry.description = (entry.names.get("en") or [entry.name])[0]
        entry.gender = ARTICLE_GENDER.get((lexicons["de"].get(iso3) or {}).get("article", ""), "n")
        yield entry
        yield from _capitals(iso3, {lang: lexicons[lang].get(iso3) for lang in LANGS}, entry)


def _capitals(iso3: str, rows: dict[str, dict[str, str] | None], country: Entry) -> Iterator[Entry]:
    cities = {lang: split_list(row.get("capitals")) if row else [] for lang, row in rows.items()}
    taken = {form for forms in country.names.values() for form in forms}
    for i in range(max(len(c) for c in cities.values())):
        names = {lang: [s for s in c[i].split("/") if s not in taken] for lang, c in cities.items() if i < len(c)}
        names = {lang: forms for lang, forms in names.items() if forms}
        if not names:
            continue
        first = (names.get("de") or next(iter(names.values())))[0]
        names = {lang: _genitives(forms, lang) for lang, forms in names.items()}
        yield Entry(
            kb_id=f"{iso3}_{slug(first)}", kind="place", name=first, names=names, country=iso3,
            sector="GOV", place_country=iso3, description=f"capital/seat of government of {iso3}",
        )


# --- organisations, institutions, places ------------------------------------------------------


def _changes(cell: str) -> tuple[tuple[str, str], ...]:
    pairs = (part.split("@", 1) for part in split_list(cell.replace(";", "|")))
    return tuple(sorted((date, sector) for sector, date in pairs))


def _named(kind: str, table: str) -> Iterator[Entry]:
    """Entries of a table whose names sit in `<lang>/<table>` (`names` column) or in the table itself
    (one column per language: `de`, `en`)."""
    names = {lang: _lang_rows(lang, table) for lang in LANGS}
    for row in read_tsv(DATA_DIR / table):
        kb_id = row["kb_id"]
        entry = Entry(
            kb_id=kb_id, kind=kind, name="", country=row.get("country") or None, org=row.get("org") or None,
            sector=row.get("sector") or None, sector_changes=_changes(row.get("changes", "")),
            head_role=row.get("head_role") or None, place_country=row.get("place_country") or None,
            description=row.get("description") or None,
        )
        for lang in LANGS:
            cell = "|".join(filter(None, [names[lang].get(kb_id, {}).get("names"), row.get(lang)]))
            plain, conditional = name_cell(cell, lang)
            if kind == "place":
                entry.names[lang] = _unique(plain + conditional)
                entry.weak_forms |= set(conditional)
            else:
                entry.names[lang] = plain
                if conditional:
                    entry.national[lang] = conditional
        entry.name = (entry.names["de"] or entry.names["en"] or entry.national.get("de") or [kb_id])[0]
        yield entry


def organisations() -> Iterator[Entry]:
    return _named("org", "orgs.tsv")


INSTITUTION_TABLES = ("institutions.tsv", "parties.tsv", "bodies.tsv", "media.tsv", "ngos.tsv", "companies.tsv")


def institutions() -> Iterator[Entry]:
    for table in INSTITUTION_TABLES:
        if (DATA_DIR / table).exists():
            yield from _named("institution", table)


def places() -> Iterator[Entry]:
    return _named("place", "places.tsv")


def gazetteer(taken: dict[str, str] | None = None) -> Iterator[Entry]:
    """Cities, districts and regions (gazetteer.tsv) as places of their country. A form that already
    names a country, organisation or institution (`taken`: form → kb_id) is left out; rows whose
    kb_id exists (capitals) are yielded too and merged by the loader."""
    taken = taken or {}
    path = DATA_DIR / "gazetteer.tsv"
    for row in read_tsv(path) if path.exists() else []:
        country, kind = row["country"], row["type"]
        names: dict[str, list[str]] = {}
        weak: set[str] = set()
        for lang in LANGS:
            cell = row.get(lang) or row.get("de", "")
            plain, conditional = name_cell(cell, lang)
            if lang == "de":
                plain, conditional = _genitives(plain, lang), _genitives(conditional, lang)
            keep = [f for f in _unique(plain + conditional) if f not in taken]
            names[lang] = keep
            weak |= set(conditional) & set(keep)
        first = (names["de"] or names["en"] or [""])[0]
        if not first:
            continue
        declared = split_list(row.get("de"))[0].lstrip("?").replace("~", "")
        kb_id = row.get("kb_id") or f"{country}_{slug(declared, german=True)}"
        adjectives = [a for stem in split_list(row.get("adjectives"))
                      for a in ([stem] if stem[:1].isupper() else inflect(stem, "adjective", "de"))]
        yield Entry(
            kb_id=kb_id, kind="place", name=first, names=names, country=country, place_country=country,
            description=kind, adjectives={"de": [a for a in adjectives if a not in taken]} if adjectives else {},
            weak_forms=weak,
        )


# --- people -----------------------------------------------------------------------------------


def _role(row: dict[str, str]) -> Role:
    return Role(
        kb_id=row["kb_id"], role=row.get("role") or "other", country=row.get("country") or None,
        org=row.get("org") or None, title_de=row.get("title_de", ""), title_en=row.get("title_en", ""),
        sector=row.get("sector") or None, start=row.get("start") or None, end=row.get("end") or None,
    )


def people(directory: Path | None = None) -> Iterator[Entry]:
    directory = directory or data_path("people")
    female = set(read_lines(data_path("female_given_names.txt")))
    found: dict[str, Entry] = {}
    for path in sorted(directory.glob("*.tsv")) if directory.exists() else []:
        for row in read_tsv(path):
            if not row.get("kb_id") or not row.get("name"):
                continue
            entry = found.get(row["kb_id"])
            if entry is None:
                entry = found[row["kb_id"]] = _person(row)
            else:
                entry.names["*"] = _unique([*entry.names["*"], *split_list(row.get("aliases"))])
            entry.roles.append(_role(row))
    for entry in found.values():
        _finish_person(entry, female)
        yield entry


def _person(row: dict[str, str]) -> Entry:
    names = _unique([row["name"], *split_list(row.get("aliases"))])
    return Entry(kb_id=row["kb_id"], kind="person", name=row["name"], names={"*": names})


def _finish_person(entry: Entry, female: set[str]) -> None:
    entry.roles.sort(key=lambda r: r.days())
    latest = entry.roles[-1]
    entry.country = latest.country or next((r.country for r in reversed(entry.roles) if r.country), None)
    entry.org = latest.org
    entry.sector = latest.sector
    entry.names["de"] = [g for g in _genitives(entry.names["*"], "de") if g not in entry.names["*"]]
    feminine_title = any(r.title_de.split(" ")[0].endswith("in") for r in entry.roles)
    entry.gender = "f" if feminine_title or entry.name.split(" ")[0] in female else "m"


def home_variants() -> dict[tuple[str, str], str]:
    """(kb_id, home country) → the kb_id meant in articles from that country (home_variants.tsv)."""
    path = DATA_DIR / "home_variants.tsv"
    return {(row["kb_id"], row["home"]): row["variant"] for row in read_tsv(path)} if path.exists() else {}
