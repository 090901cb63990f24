"""`lagebild kb ...`: look up the knowledge base, import PETRARCH dictionaries."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from lagebild.kb.model import Entry

app = typer.Typer(no_args_is_help=True, help="Look up the knowledge base.")

DateOpt = Annotated[
    str | None, typer.Option("--date", help="Show the roles held at this date (YYYY[-MM[-DD]]).")
]


def _describe(entry: Entry) -> str:
    where = " ".join(x for x in (entry.country, entry.org, entry.sector) if x)
    return f"{entry.kb_id:<28} {entry.kind:<11} {entry.name}" + (f"  [{where}]" if where else "")


def _roles(entry: Entry, date: str | None) -> list[str]:
    from lagebild.kb import load

    roles = load().roles_at(entry.kb_id, date) if date else entry.roles
    return [
        f"  {r.start or '?'} – {r.end or 'today'}  {r.title_de or r.role} ({r.role}, {r.owner}, {r.sector or '-'})"
        for r in roles
    ]


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="A kb_id, name, alias, adjective or demonym.")],
    date: DateOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the entries as JSON.")] = False,
) -> None:
    """Show the entries a name denotes, with their names and dated roles."""
    from lagebild.kb import load

    kb = load()
    entries = [kb.entries[name]] if name in kb else kb.lookup(name)
    if not entries:
        entries = _resolve_phrase(name, date)
    if not entries:
        typer.echo(f"{name}: not in the knowledge base (try `lagebild kb search`)", err=True)
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps([e.to_dict() for e in entries], ensure_ascii=False, indent=1))
        return
    for entry in entries:
        typer.echo(_describe(entry))
        for lang, forms in entry.names.items():
            typer.echo(f"  names[{lang}]: {', '.join(forms[:12])}{' ...' if len(forms) > 12 else ''}")
        for label, table in (("adjectives", entry.adjectives), ("demonyms", entry.demonyms)):
            for lang, forms in table.items():
                if forms:
                    typer.echo(f"  {label}[{lang}]: {', '.join(forms)}")
        if entry.kind == "person":
            typer.echo("\n".join(_roles(entry, date)) or "  (no roles at that date)")


def _resolve_phrase(text: str, date: str | None) -> list[Entry]:
    """What a descriptor such as "der Kreml-Chef" denotes at `date` (via the actors stage)."""
    from lagebild import extract
    from lagebild.kb import load

    doc = extract(text, date=date, lang="de" if not text.isascii() or " der " in f" {text} " else None)
    kb = load()
    found = [kb.entries[m.kb_id] for m in doc.actor_mentions if m.kb_id and m.kb_id in kb]
    for mention in doc.actor_mentions:
        typer.echo(f"{mention.text!r} → {mention.name or '-'} [{mention.country or mention.org or '-'} "
                   f"{mention.sector or '-'}]", err=True)
    return found


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Part of a name.")],
    limit: Annotated[int, typer.Option(help="At most this many entries.")] = 20,
) -> None:
    """Find entries whose names contain TEXT."""
    from lagebild.kb import load

    found = load().search(text, limit=limit)
    if not found:
        typer.echo(f"{text}: nothing found", err=True)
        raise typer.Exit(1)
    for entry in found:
        typer.echo(_describe(entry))


@app.command()
def holder(
    role: Annotated[str, typer.Argument(help="head_of_state, head_of_government, foreign_minister, ...")],
    owner: Annotated[str, typer.Argument(help="Country (ISO3) or organisation code.")],
    date: DateOpt = None,
) -> None:
    """Who held ROLE for a country or organisation at a date."""
    from lagebild.kb import load

    kb = load()
    owner_entry = kb.get(owner.upper())
    org = owner.upper() if owner_entry is None or owner_entry.kind != "country" else None
    found = kb.holder(role, None if org else owner.upper(), org, date)
    if found is None:
        typer.echo(f"no {role} of {owner} known at {date or 'today'}", err=True)
        raise typer.Exit(1)
    typer.echo(_describe(found))


@app.command("import")
def import_dictionary(
    path: Annotated[Path, typer.Argument(help="A PETRARCH/TABARI .actors or .agents file.", exists=True)],
    kind: Annotated[str, typer.Option(help="actors or agents (default: from the file name).")] = "",
    out: Annotated[Path | None, typer.Option(help="Write the TSV here instead of stdout.")] = None,
) -> None:
    """Convert a PETRARCH dictionary into KB rows (people/*.tsv or descriptors.tsv columns)."""
    from lagebild.kb.importers import petrarch

    kind = kind or ("agents" if "agent" in path.name.lower() else "actors")
    if kind == "agents":
        rows, header = petrarch.agents_to_rows(petrarch.read_agents(path)), petrarch.DESCRIPTOR_HEADER
    else:
        rows, header = petrarch.actors_to_rows(petrarch.read_actors(path)), petrarch.PEOPLE_HEADER
    handle = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    writer = csv.DictWriter(handle, fieldnames=header, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    if out:
        handle.close()
        typer.echo(f"{len(rows)} rows → {out}", err=True)
