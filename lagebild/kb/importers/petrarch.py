"""Read PETRARCH/TABARI `.actors` and `.agents` dictionaries and turn them into KB rows.

Actors: a name (words joined by `_` or spaces), optional `+SYNONYM` lines, and one or more codes
in brackets, possibly dated: `[USAGOV]`, `[HOB < 950601]`, `[HOBGOV 19950601 - 19990815]`,
`[HOBREB > 990816]`. Agents: `NAME {PLURALS} [~GOV]` (suffix code) or `[NGO~]` (prefix code), with
`!MACRO! = A, B` substitutions. Comments: `#` to end of line and `<!-- ... -->` blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lagebild.kb.build import slug
from lagebild.kb.tables import read_tsv

_CODE = re.compile(r"\[([^\]]*)\]")
_XML_COMMENT = re.compile(r"<!.*?-->", re.S)
_MACRO = re.compile(r"^(![A-Z_]+!)\s*=\s*(.+)$")
_PLURALS = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True)
class DatedCode:
    """A code valid from `start` to `end` (ISO dates; None = open)."""

    code: str
    start: str | None = None
    end: str | None = None


@dataclass
class DictionaryActor:
    name: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)


@dataclass
class Agent:
    """An agent noun; `plurals` are explicit plural forms, `auto_plural` = PETRARCH adds "S"."""

    name: str
    plurals: list[str]
    code: str
    prefix: bool = False
    auto_plural: bool = True

    def plural_forms(self) -> list[str]:
        return self.plurals or ([self.name + "S"] if self.auto_plural else [])


def _phrase(raw: str) -> str:
    """ "PRESIDENT_GEORGE_W._BUSH" → "PRESIDENT GEORGE W. BUSH" (a trailing "_" marks a whole word)."""
    return " ".join(raw.replace("_", " ").split())


def _clean(text: str) -> list[str]:
    text = _XML_COMMENT.sub("", text)
    return [line.split("#", 1)[0].rstrip() for line in text.splitlines()]


def _date(raw: str) -> str:
    raw = raw.strip()
    if len(raw) == 6:
        year = int(raw[:2])
        raw = f"{2000 + year if year < 50 else 1900 + year}{raw[2:]}"
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def parse_code(body: str) -> DatedCode | None:
    """One bracket body: "USAGOV", "HOB < 950601", "HOBGOV 19950601 - 19990815", "HOBREB > 990816"."""
    body = body.strip()
    if not body:
        return None
    if "<" in body:
        code, date = body.split("<", 1)
        return DatedCode(code.strip(), None, _date(date))
    if ">" in body:
        code, date = body.split(">", 1)
        return DatedCode(code.strip(), _date(date), None)
    parts = body.split()
    if len(parts) >= 2 and "-" in body and parts[1][:1].isdigit():
        start, end = body[len(parts[0]):].split("-", 1)
        return DatedCode(parts[0], _date(start), _date(end))
    return DatedCode(parts[0])


def read_actors(path: str | Path) -> list[DictionaryActor]:
    """The entries of a PETRARCH `.actors` file, in file order."""
    actors: list[DictionaryActor] = []
    current: DictionaryActor | None = None
    for line in _clean(Path(path).read_text(encoding="utf-8", errors="replace")):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("+") and current is not None:
            current.synonyms.append(_phrase(stripped[1:]))
            continue
        codes = [c for c in (parse_code(b) for b in _CODE.findall(stripped)) if c is not None]
        name = _CODE.sub("", stripped).strip()
        if name and not line[:1].isspace():
            current = DictionaryActor(_phrase(name))
            actors.append(current)
        if current is not None:
            current.codes.extend(codes)
    return actors


def read_agents(path: str | Path) -> list[Agent]:
    """The entries of a PETRARCH `.agents` file, macros expanded."""
    macros: dict[str, list[str]] = {}
    agents: list[Agent] = []
    for line in _clean(Path(path).read_text(encoding="utf-8", errors="replace")):
        stripped = line.strip()
        macro = _MACRO.match(stripped)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(stripped)
        if not codes:
            continue
        code = codes[0].strip()
        plurals = _PLURALS.search(stripped)
        head = _PLURALS.sub("", _CODE.sub("", stripped)).strip()
        for name in _expand(head, macros):
            agents.append(Agent(
                name=_phrase(name), plurals=[_phrase(p) for p in (plurals.group(1).split(",") if plurals else [])
                                             if p.strip()],
                code=code.replace("~", "").strip(), prefix=code.endswith("~"), auto_plural=plurals is None,
            ))
    return agents


def _expand(head: str, macros: dict[str, list[str]]) -> list[str]:
    for macro, words in macros.items():
        if macro in head:
            return [e for w in words for e in _expand(head.replace(macro, w, 1), macros)]
    return [head]


# --- conversion -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _cameo() -> dict[str, tuple[str, str]]:
    rows = read_tsv(Path(__file__).with_name("cameo.tsv"))
    return {row["code"]: (row["field"], row["value"]) for row in rows}


def decode(code: str) -> dict[str, str | None]:
    """A CAMEO-style code as country, org and sector: "USAGOV" → USA, None, GOV; "IGOEEU" → EU, IGO."""
    from lagebild.kb import load

    kb = load()
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    result: dict[str, str | None] = {"country": None, "org": None, "sector": None}
    for i, part in enumerate(parts):
        meaning = _cameo().get(part)
        entry = kb.get(part) if i == 0 else None
        if entry is not None and entry.kind == "country":
            result["country"] = part
        elif meaning and meaning[0] == "org" and result["org"] is None:
            result["org"] = meaning[1]
        elif meaning and meaning[0] == "sector" and result["sector"] is None:
            result["sector"] = meaning[1]
    if result["org"] and result["sector"] is None:
        result["sector"] = "IGO"
    return result


PEOPLE_HEADER = ("kb_id", "name", "aliases", "country", "org", "role", "title_de", "title_en", "sector",
                 "start", "end")


def actors_to_rows(actors: list[DictionaryActor]) -> list[dict[str, str]]:
    """KB rows (the people/*.tsv columns) for dictionary actors: one row per dated code."""
    rows: list[dict[str, str]] = []
    for actor in actors:
        name = actor.name.title()
        for code in actor.codes:
            meaning = decode(code.code)
            rows.append({
                "kb_id": "petrarch_" + slug(actor.name), "name": name,
                "aliases": "|".join([actor.name, *actor.synonyms]), "country": meaning["country"] or "",
                "org": meaning["org"] or "", "role": "other", "title_de": "", "title_en": "",
                "sector": meaning["sector"] or "", "start": code.start or "", "end": code.end or "",
            })
    return rows


DESCRIPTOR_HEADER = ("singular", "plural", "type", "role", "titles", "sector", "default", "gender")


def agents_to_rows(agents: list[Agent]) -> list[dict[str, str]]:
    """Descriptor rows (the descriptors.tsv columns) for dictionary agents with a known sector."""
    rows: list[dict[str, str]] = []
    for agent in agents:
        sector = decode("---" + agent.code)["sector"]
        if sector is None:
            continue
        rows.append({
            "singular": agent.name.lower(), "plural": "|".join(p.lower() for p in agent.plural_forms()),
            "type": "person" if agent.code.endswith("FRM") else "group",
            "role": "foreign_minister" if agent.code.endswith("FRM") else "", "titles": "",
            "sector": sector, "default": "", "gender": "m",
        })
    return rows
