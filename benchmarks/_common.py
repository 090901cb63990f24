"""Helpers shared by the benchmarks: the command line that produced a table, and 10kGNAD."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from lagebild.shared import shared_path


def command_line(name: str, args: list[str]) -> str:
    return " ".join(["lagebild", "bench", name, *args])


def print_footer(name: str, args: list[str]) -> None:
    print(f"\nproduced by: {command_line(name, args)}  (python {sys.version.split()[0]})")


def gnad_rows() -> list[tuple[str, str]]:
    """(section, text) of every 10kGNAD test article."""
    path: Path = shared_path("data", "10kGNAD", "test.csv")
    with path.open(encoding="utf-8") as handle:
        return [(r[0], r[1]) for r in csv.reader(handle, delimiter=";", quotechar="'")]
