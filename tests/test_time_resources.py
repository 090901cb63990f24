"""The rule resources: every language loads, every rule names known functions and filters, the
data files ship with the package, and a broken rule file says where it is broken."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import lagebild.time as time_stage
from lagebild.time.normalize import FILTERS, FUNCTIONS
from lagebild.time.prefilter import required, trie_pattern
from lagebild.time.resources import DATA_DIR, ResourceError, load, load_folder

REPO = Path(__file__).resolve().parents[1]
LANGS = ("de", "en")


@pytest.mark.parametrize("lang", LANGS)
def test_rules_name_known_functions_and_filters(lang: str) -> None:
    res = load(lang)
    assert len(res.rules) > 30
    for rule in res.rules:
        assert rule.func in FUNCTIONS, f"{lang} [{rule.name}]: unknown @{rule.func}"
        for template in (*rule.args, rule.append):
            for _literal, group, filters in template:
                if group is not None:
                    assert group in rule.regex.groupindex, f"{lang} [{rule.name}]: no group {group}"
                for name in filters:
                    known = name in FILTERS or name in res.tables or name == "opt"
                    assert known, f"{lang} [{rule.name}]: unknown filter {name}"


@pytest.mark.parametrize("lang", LANGS)
def test_rule_names_are_unique_across_files(lang: str) -> None:
    names = [r.name for r in load(lang).rules]
    assert len(names) == len(set(names))


def test_data_files_are_package_data() -> None:
    """Every file under time/data/ matches a package-data pattern of pyproject.toml."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["*"]
    package_dir = Path(time_stage.__file__).parent
    shipped = {p for pattern in patterns for p in package_dir.glob(pattern) if p.is_file()}
    files = {p for p in DATA_DIR.rglob("*") if p.is_file()}
    assert files and files <= shipped, sorted(str(p) for p in files - shipped)


def write_language(folder: Path, rules: str, words: str = "month\tJuni\t06\n") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "words.tsv").write_text(words, encoding="utf-8")
    (folder / "patterns.tsv").write_text("YEAR\t\\d{4}\n", encoding="utf-8")
    (folder / "rules_test.cfg").write_text(rules, encoding="utf-8")
    return folder


def test_a_small_language_from_data_files(tmp_path: Path) -> None:
    folder = write_language(
        tmp_path / "xx",
        "[month_year]\ntype = DATE\nmatch = (?P<m>%month)\\s+(?P<y>%YEAR)\nvalue = {y}-{m|month}\n",
    )
    res = load_folder(folder, "xx")
    assert [r.name for r in res.rules] == ["month_year"]
    assert res.lookup("month", "juni") == "06"


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ("[r]\ntype = DATUM\nmatch = x\nvalue = 2024\n", r"rules_test.cfg \[r\]: type must be"),
        ("[r]\ntype = DATE\nmatch = (x\nvalue = 2024\n", r"rules_test.cfg \[r\]: missing \)"),
        ("[r]\ntype = DATE\nmatch = %nothing\nvalue = 2024\n", r"\[r\]: .*unknown pattern %nothing"),
        ("[r]\ntype = DATE\nmatch = x\nextent = y\nvalue = 2024\n", r"\[r\]: extent group 'y'"),
        ("[r]\ntype = DATE\nmatch = x\n", r"\[r\]: no value"),
    ],
)
def test_broken_rule_files_name_file_and_rule(tmp_path: Path, rules: str, message: str) -> None:
    folder = write_language(tmp_path / "xx", rules)
    with pytest.raises(ResourceError, match=message):
        load_folder(folder, "xx")


def test_missing_language_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="no temporal rules for language 'zz'"):
        load_folder(tmp_path / "zz", "zz")


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        (r"(?<!\w)[Hh]eute(?!\w)", {"Heute", "heute"}),
        (r"(?<!\w)(?:Januar|Juni)\s+\d{4}", {"Januar", "Juni"}),
        (r"(?<!\w)(?:[Aa]m\s+)?Vortag", {"Vortag"}),
        (r"\d{1,2}:\d{2}", None),
    ],
)
def test_prefilter_requirements(pattern: str, strings: set[str] | None) -> None:
    import re

    found = required(re.compile(pattern))
    if strings is None:
        assert found is None or all(len(s) >= 2 or s.isdigit() for s in found)
    else:
        assert found == strings


def test_trie_pattern_matches_longest_string() -> None:
    import re

    regex = re.compile(trie_pattern({"Jahr", "Jahres", "Juni", "J"}))
    assert [m.group() for m in regex.finditer("Jahresende Juni Jahr J")] == ["Jahres", "Juni", "Jahr", "J"]


def test_prefilter_gives_the_same_matches_as_scanning_everything(seed_sample: Path) -> None:
    from lagebild.time.engine import candidates

    text = seed_sample.read_text(encoding="utf-8") + "\n\n" + GERMAN_SAMPLE
    res = load("de")
    gated = {(c.start, c.end, c.rule.name) for c in candidates(text, res)}
    full = set()
    for rule in res.rules:
        for m in rule.regex.finditer(text):
            start, end = m.span(rule.extent) if rule.extent else m.span()
            if start < end:
                full.add((start, end, rule.name))
    assert gated == full


GERMAN_SAMPLE = (
    "Am 1. September 1939 um 4:45 Uhr begann der Angriff. Zwei Tage später erklärten Großbritannien und "
    "Frankreich den Krieg. Im Frühjahr 1940 folgte der Westfeldzug; Mitte Mai fiel Rotterdam, am selben "
    "Tag kapitulierten die Niederlande. In der Nacht vom 16. auf den 17. April 1945 rückte die Rote Armee vor. "
    "Seit 24 Jahren war niemand dort; vor zwei Jahren sagte er gestern, dass er nächste Woche komme. "
    "Die 1990er Jahre, das 20. Jahrhundert, 490 v. Chr., Dienstagabend, montags, täglich, 1912/13."
)


def test_a_batch_of_undated_articles_is_scanned_once_each() -> None:
    """The pipeline tags an undated article for its reference date before the nlp stage and for its
    timexes after it, a whole batch later; the second tagging reuses the first scan."""
    from lagebild.batch import BATCH_SIZE
    from lagebild.time.engine import selection

    res = load("de")
    texts = [f"Am {day}. März 2016 tagte der Rat. " + GERMAN_SAMPLE for day in range(1, BATCH_SIZE + 1)]
    first = [selection(text, res) for text in texts]
    assert all(selection(text, res) is scan for text, scan in zip(texts, first, strict=True))
