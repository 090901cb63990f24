"""The PLOVER ontology as data: event types, their modes, quad categories and scores."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "plover.json"


@lru_cache(maxsize=1)
def _types() -> dict[str, dict]:
    return json.loads(DATA.read_text(encoding="utf-8"))["types"]


def event_types() -> list[str]:
    return list(_types())


def modes_of(event_type: str) -> list[str]:
    return list(_types()[event_type]["modes"])


def quad_of(event_type: str) -> int:
    return _types()[event_type]["quad"]


def score_of(event_type: str, mode: str | None = None) -> float:
    spec = _types()[event_type]
    return float(spec["modes"].get(mode, spec["score"]) if mode else spec["score"])


def is_valid(event_type: str, mode: str | None = None) -> bool:
    spec = _types().get(event_type)
    return spec is not None and (mode is None or mode in spec["modes"])
