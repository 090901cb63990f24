"""Finding and running the benchmarks of a source checkout (`benchmarks/<name>.py`, `run(args) -> int`)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = REPO_ROOT / "benchmarks"


class BenchmarkNotFound(LookupError):
    pass


def available() -> list[str]:
    if not BENCH_DIR.is_dir():
        return []
    return sorted(p.stem for p in BENCH_DIR.glob("*.py") if not p.stem.startswith("_"))


def run_benchmark(name: str, args: list[str]) -> int:
    if not BENCH_DIR.is_dir():
        raise BenchmarkNotFound(f"{BENCH_DIR}: benchmarks are run from a source checkout of lagebild")
    if name not in available():
        raise BenchmarkNotFound(f"unknown benchmark {name!r} (available: {', '.join(available())})")
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    module = importlib.import_module(f"benchmarks.{name}")
    return int(module.run(args) or 0)
