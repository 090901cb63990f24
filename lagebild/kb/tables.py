"""Reading the KB data files: TSV tables with a header, `#` comments, `|`-separated lists."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file as dicts keyed by the header (the first non-comment line)."""
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append({key: cell.strip() for key, cell in zip(header, cells, strict=False)})
    return rows


def read_lines(path: Path) -> list[str]:
    """A list file: one entry per line, `#` comments and blank lines skipped."""
    if not path.exists():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def split_list(cell: str | None) -> list[str]:
    """A `|`-separated cell as a list (empty cell → [])."""
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


@lru_cache(maxsize=8)
def _rules(lang: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    path = data_path(lang, "inflection.tsv")
    if not path.exists():
        return ()
    return tuple(
        (row["category"], tuple(split_list(row["match"])), tuple(split_list(row["forms"])))
        for row in read_tsv(path)
    )


def inflect(word: str, category: str, lang: str) -> list[str]:
    """The forms of `word` the language's inflection rules derive for `category` (word first)."""
    for cat, matches, forms in _rules(lang):
        if cat != category:
            continue
        if "*" in matches or any(word.endswith(suffix) for suffix in matches):
            return _unique([word, *(_apply(word, form) for form in forms)])
    return [word]


def _apply(word: str, form: str) -> str:
    if form.startswith("-") and "+" in form:
        strip, add = form[1:].split("+", 1)
        return (word[: -len(strip)] if strip and word.endswith(strip) else word) + add
    return word + form.lstrip("+")


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))
