"""Validate the curated people files lagebild/kb/data/people/*.tsv (format, consistency, a few facts)."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "lagebild" / "kb" / "data"
PEOPLE = DATA / "people"
HEADER = ["kb_id", "name", "aliases", "country", "org", "role", "title_de", "title_en", "sector",
          "start", "end"]
ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
         "interior_minister", "finance_minister", "igo_head", "party_leader", "military_chief", "other"}
try:  # the loader's vocabulary when it is there
    from lagebild.kb.model import SECTORS as _KB_SECTORS
    SECTORS = set(_KB_SECTORS)
except ImportError:  # pragma: no cover
    SECTORS = {"GOV", "MIL", "POLICE", "JUD", "LEG", "OPP", "REB", "PTY", "CVL", "MED", "BUS", "NGO", "IGO",
               "REL", "SPY"}
KB_ID = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

# Fallback when the KB's country file is missing: ISO 3166-1 alpha-3 (+ XKX, Kosovo).
ISO3_FALLBACK = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS
BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV
CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM
GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN
IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE
LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS
MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK
PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR
SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UMI URY USA
UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM XKX YEM ZAF ZMB ZWE
""".split())


def _table(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _iso3() -> set[str]:
    f = DATA / "countries.tsv"
    if f.exists():
        rows = _table(f)
        codes = {r[0] for r in rows[1:] if r and re.fullmatch(r"[A-Z]{3}", r[0])}
        if len(codes) > 150:
            return codes
    return ISO3_FALLBACK


def _org_codes() -> set[str] | None:
    f = DATA / "orgs.tsv"
    if not f.exists():
        return None
    rows = _table(f)
    head = rows[0]
    if "org" not in head:
        return None
    i = head.index("org")
    return {r[i] for r in rows[1:] if len(r) > i and r[i]}


def _files() -> list[Path]:
    return sorted(PEOPLE.glob("*.tsv"))


def _rows() -> list[tuple[str, int, dict]]:
    out = []
    for f in _files():
        lines = f.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines[1:], 2):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            out.append((f.name, n, dict(zip(HEADER, cols, strict=False)) | {"_ncols": len(cols)}))
    return out


def _lo(d: str) -> date:
    y, m, dd = DATE.match(d).groups()
    return date(int(y), int(m or 1), int(dd or 1))


def _hi(d: str) -> date:
    y, m, dd = DATE.match(d).groups()
    if dd:
        return date(int(y), int(m), int(dd))
    if m:
        nxt = date(int(y) + (m == "12"), int(m) % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return date(int(y), 12, 31)


FAR = date(9999, 12, 31)


def holders(role: str, day: str, country: str = "", org: str = "") -> set[str]:
    """kb_ids holding `role` for `country`/`org` on `day` (start <= day <= end, open end = today)."""
    d = date.fromisoformat(day)
    out = set()
    for _, _, r in _rows():
        if r["role"] != role or (country and r["country"] != country) or (org and r["org"] != org):
            continue
        if _lo(r["start"]) <= d and (not r["end"] or d <= _hi(r["end"])):
            out.add(r["kb_id"])
    return out


def test_files_exist():
    assert _files(), "no people files"
    for f in _files():
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*\.tsv", f.name), f.name


def test_header():
    for f in _files():
        first = f.read_text(encoding="utf-8").splitlines()[0]
        assert first.split("\t") == HEADER, f.name


def test_rows_well_formed():
    iso3 = _iso3()
    orgs = _org_codes()
    errors = []
    for fn, n, r in _rows():
        where = f"{fn}:{n}"
        if r["_ncols"] != len(HEADER):
            errors.append(f"{where}: {r['_ncols']} columns")
            continue
        if any(v != v.strip() for k, v in r.items() if k != "_ncols"):
            errors.append(f"{where}: stray whitespace")
        if not KB_ID.match(r["kb_id"]):
            errors.append(f"{where}: bad kb_id {r['kb_id']!r}")
        if not r["name"]:
            errors.append(f"{where}: empty name")
        if r["role"] not in ROLES:
            errors.append(f"{where}: bad role {r['role']!r}")
        if r["sector"] not in SECTORS:
            errors.append(f"{where}: bad sector {r['sector']!r}")
        if not r["country"] and not r["org"]:
            errors.append(f"{where}: neither country nor org")
        if r["country"] and r["country"] not in iso3:
            errors.append(f"{where}: unknown country {r['country']!r}")
        if r["org"] and orgs is not None and r["org"] not in orgs:
            errors.append(f"{where}: org {r['org']!r} not in orgs.tsv")
        if not r["title_de"] or not r["title_en"]:
            errors.append(f"{where}: empty title")
        if "" in r["aliases"].split("|") and r["aliases"]:
            errors.append(f"{where}: empty alias")
        for k in ("start", "end"):
            v = r[k]
            if k == "start" and not v:
                errors.append(f"{where}: empty start")
                continue
            if v:
                m = DATE.match(v)
                try:
                    assert m
                    _lo(v), _hi(v)
                except (AssertionError, ValueError):
                    errors.append(f"{where}: bad {k} date {v!r}")
                    continue
                if not 1900 <= int(m.group(1)) <= 2030:
                    errors.append(f"{where}: implausible {k} {v!r}")
        try:
            if r["start"] and r["end"] and _lo(r["start"]) > _hi(r["end"]):
                errors.append(f"{where}: start {r['start']} after end {r['end']}")
        except (AttributeError, ValueError):
            pass
    assert not errors, "\n".join(errors[:50])


def test_kb_id_consistent():
    names = defaultdict(set)
    aliases = defaultdict(set)
    for _, _, r in _rows():
        names[r["kb_id"]].add(r["name"])
        aliases[r["kb_id"]].add(r["aliases"])
    bad = {k: v for k, v in names.items() if len(v) > 1}
    assert not bad, bad
    bad = {k: v for k, v in aliases.items() if len(v) > 1}
    assert not bad, bad


def test_same_name_distinct_ids_are_rare():
    """Two kb_ids with one name would be indistinguishable for the linker."""
    by_name = defaultdict(set)
    for _, _, r in _rows():
        by_name[r["name"]].add(r["kb_id"])
    dup = {n: ids for n, ids in by_name.items() if len(ids) > 1}
    assert not dup, dup


def test_no_overlapping_duplicates():
    groups = defaultdict(list)
    for fn, n, r in _rows():
        key = (r["kb_id"], r["role"], r["country"], r["org"], r["title_de"])
        groups[key].append((_lo(r["start"]), _lo(r["end"]) if r["end"] else FAR, f"{fn}:{n}"))
    errors = []
    for key, spans in groups.items():
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            if b[0] < a[1]:
                errors.append(f"{key}: {a[2]} overlaps {b[2]}")
    assert not errors, "\n".join(errors[:50])


def test_enough_people():
    ids = {r["kb_id"] for _, _, r in _rows()}
    assert len(ids) >= 1000, len(ids)


def test_core_offices_covered():
    """G20 members have a head of state, head of government or foreign minister file."""
    have = {r["country"] for _, _, r in _rows()}
    g20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split()
    assert not [c for c in g20 if c not in have]
    orgs = {r["org"] for _, _, r in _rows()}
    assert {"UN", "EU", "NATO", "HAMAS", "HEZBOLLAH"} <= orgs


@pytest.mark.parametrize("role,country,org,day,expected", [
    ("head_of_state", "RUS", "", "2024-06-18", "putin_wladimir"),
    ("head_of_state", "RUS", "", "2010-03-01", "medwedew_dmitri"),
    ("head_of_government", "DEU", "", "2016-03-01", "merkel_angela"),
    ("head_of_government", "DEU", "", "2023-05-01", "scholz_olaf"),
    ("foreign_minister", "USA", "", "2015-06-01", "kerry_john"),
    ("foreign_minister", "RUS", "", "2016-03-15", "lawrow_sergej"),
    ("foreign_minister", "DEU", "", "2016-03-15", "steinmeier_frank_walter"),
    ("head_of_state", "USA", "", "2016-03-15", "obama_barack"),
    ("head_of_state", "USA", "", "2025-06-01", "trump_donald"),
    ("head_of_state", "UKR", "", "2024-06-18", "selenskyj_wolodymyr"),
    ("head_of_state", "FRA", "", "2016-03-15", "hollande_francois"),
    ("head_of_government", "GBR", "", "2016-03-15", "cameron_david"),
    ("head_of_state", "CHN", "", "2016-03-15", "xi_jinping"),
    ("head_of_state", "TUR", "", "2016-03-15", "erdogan_recep_tayyip"),
    ("head_of_government", "TUR", "", "2016-03-15", "davutoglu_ahmet"),
    ("head_of_government", "AUT", "", "2016-03-15", "faymann_werner"),
    ("head_of_government", "AUT", "", "2016-10-01", "kern_christian"),
    ("foreign_minister", "AUT", "", "2016-03-15", "kurz_sebastian"),
    ("interior_minister", "AUT", "", "2016-03-15", "mikl_leitner_johanna"),
    ("head_of_state", "AUT", "", "2015-06-01", "fischer_heinz"),
    ("defence_minister", "DEU", "", "2016-03-15", "von_der_leyen_ursula"),
    ("head_of_government", "ISR", "", "2016-03-15", "netanjahu_benjamin"),
    ("head_of_state", "SYR", "", "2016-03-15", "assad_baschar"),
    ("igo_head", "", "UN", "2016-03-15", "ban_ki_moon"),
    ("igo_head", "", "UN", "2024-06-18", "guterres_antonio"),
    ("igo_head", "", "NATO", "2016-03-15", "stoltenberg_jens"),
    ("igo_head", "", "EU", "2016-03-15", "juncker_jean_claude"),
    ("head_of_government", "USA", "", "2016-03-15", "obama_barack"),
    ("head_of_government", "TUR", "", "2020-03-01", "erdogan_recep_tayyip"),
    ("head_of_state", "IRN", "", "2016-03-15", "chamenei_ali"),
    ("head_of_government", "IRN", "", "2016-03-15", "ruhani_hassan"),
    ("party_leader", "", "HAMAS", "2016-03-15", "maschal_khaled"),
    ("party_leader", "", "HEZBOLLAH", "2016-03-15", "nasrallah_hassan"),
    ("head_of_state", "AUT", "", "2017-06-01", "van_der_bellen_alexander"),
    ("head_of_government", "GBR", "", "2024-06-18", "sunak_rishi"),
    ("head_of_state", "PRK", "", "2016-03-15", "kim_jong_un"),
])
def test_facts(role, country, org, day, expected):
    assert expected in holders(role, day, country=country, org=org)


def test_loader_reads_the_files():
    """The KB loader resolves offices from these files."""
    from lagebild.kb import load

    kb = load()
    holder = kb.holder("head_of_state", country="RUS", date="2024-06-18")
    assert holder is not None and holder.kb_id == "putin_wladimir"
    holder = kb.holder("foreign_minister", country="USA", date="2015-06-01")
    assert holder is not None and holder.kb_id == "kerry_john"


def test_one_head_of_state_at_a_time():
    """Spot check: the big offices have exactly one holder on a non-handover day."""
    for role, country, day in [("head_of_state", "USA", "2016-03-15"),
                               ("head_of_government", "DEU", "2016-03-15"),
                               ("foreign_minister", "RUS", "2016-03-15"),
                               ("head_of_government", "AUT", "2016-03-15"),
                               ("head_of_state", "FRA", "2024-06-18")]:
        assert len(holders(role, day, country=country)) == 1, (role, country, day)
