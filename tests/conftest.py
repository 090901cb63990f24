"""Shared fixtures: the repository's example article, the shared corpora, a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.shared import shared_dir

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "merz-warschau-2025-06.txt"


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    assert path.is_dir(), f"{path}: the shared corpora are needed for this test (set LAGEBILD_SHARED)"
    return path


@pytest.fixture(scope="session")
def seed_sample(shared: Path) -> Path:
    return shared / "samples" / "seed-putin-nordkorea-2024-06.txt"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()
