"""PETRARCH/TABARI dictionary importers, tested on PETRARCH's own validation dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.kb.cli import app
from lagebild.kb.importers import actors_to_rows, agents_to_rows, decode, read_actors, read_agents
from lagebild.kb.importers.petrarch import DatedCode, parse_code


@pytest.fixture(scope="module")
def petrarch(shared: Path) -> Path:
    return shared / "reference" / "petrarch"


@pytest.fixture(scope="module")
def actors(petrarch: Path):
    return {a.name: a for a in read_actors(petrarch / "PETR.Validate.actors.txt")}


def test_actor_names_synonyms_and_codes(actors) -> None:
    assert len(actors) > 100
    korea = actors["NORTH KOREA"]
    assert korea.synonyms == ["PYONGYANG", "THE HERMIT KINGDOM"]
    assert korea.codes == [DatedCode("PRK")]
    assert actors["PRESIDENT GEORGE W. BUSH"].codes == [DatedCode("USAGOV")]
    assert "U.N." in actors["UNITED NATIONS"].synonyms and "UN" in actors["UNITED NATIONS"].synonyms
    assert actors["ENT"].codes == [DatedCode("ENT")]  # the code on its own line


def test_dated_codes(actors) -> None:
    assert actors["GOLLUM"].codes == [
        DatedCode("HOB", None, "1995-06-01"),
        DatedCode("HOBGOV", "1995-06-01", "1999-08-15"),
        DatedCode("HOBREB", "1999-08-16", None),
    ]
    assert actors["ZIMBABWE"].codes == [DatedCode("RHO", None, "1979-06-06"), DatedCode("ZBW")]
    assert DatedCode("ORCHOB", "2010-01-09", "2010-01-12") in actors["SAM GAMGEE"].codes


def test_comments_are_ignored(actors) -> None:
    assert not any(name.startswith(("<", "#", "NASGUL")) for name in actors)
    assert parse_code("") is None


def test_agents_with_macros_plurals_and_prefix_codes(petrarch: Path) -> None:
    agents = {a.name: a for a in read_agents(petrarch / "PETR.Validate.agents.txt")}
    assert {"CONGRESSMAN", "CONGRESSWOMEN", "MINISTER OF SILLY WALKS", "MINISTRIES OF SILLY WALKS"} <= set(agents)
    assert agents["FOREIGN MINISTER"].code == "GOVFRM" and not agents["FOREIGN MINISTER"].prefix
    assert agents["HUMAN RIGHTS BODY"].prefix and agents["HUMAN RIGHTS BODY"].code == "NGO"
    assert agents["ATTORNEY GENERAL"].plurals == ["ATTORNEYS GENERAL"]
    assert agents["MEDIA"].plural_forms() == []  # "{}": no plural
    assert agents["PRESIDENT"].plural_forms() == ["PRESIDENTS"]
    assert agents["POLICE"].code == "COP"


def test_codes_decode_to_country_org_sector() -> None:
    assert decode("USAGOV") == {"country": "USA", "org": None, "sector": "GOV"}
    assert decode("IGOEEU") == {"country": None, "org": "EU", "sector": "IGO"}
    assert decode("PSEREBHMS") == {"country": "PSE", "org": "HAMAS", "sector": "REB"}
    assert decode("ISRMIL")["sector"] == "MIL"


def test_rows_for_the_kb(actors, petrarch: Path) -> None:
    rows = actors_to_rows([actors["GOLLUM"], actors["NORTH KOREA"]])
    assert [(r["kb_id"], r["sector"], r["start"], r["end"]) for r in rows[:3]] == [
        ("petrarch_gollum", "", "", "1995-06-01"),
        ("petrarch_gollum", "GOV", "1995-06-01", "1999-08-15"),
        ("petrarch_gollum", "REB", "1999-08-16", ""),
    ]
    assert rows[-1]["country"] == "PRK" and "PYONGYANG" in rows[-1]["aliases"]
    descriptors = {r["singular"]: r for r in agents_to_rows(read_agents(petrarch / "PETR.Validate.agents.txt"))}
    assert descriptors["armed forces"]["sector"] == "MIL"
    assert descriptors["foreign minister"]["role"] == "foreign_minister"


def test_cli_import(runner, petrarch: Path, tmp_path: Path) -> None:
    out = tmp_path / "actors.tsv"
    result = runner.invoke(app, ["import", str(petrarch / "PETR.Validate.actors.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t")[:3] == ["kb_id", "name", "aliases"] and len(lines) > 100
    result = runner.invoke(app, ["import", str(petrarch / "PETR.Validate.agents.txt")])
    assert result.exit_code == 0 and "armed forces" in result.output
