"""Event extraction accuracy on the development gold (`benchmarks/gold/`) and the seed sample.

    lagebild bench events [GOLD...] [-v]

Scoring as `lagebild eval` (precision over system events without negated/hypothetical ones,
recall over required gold events, event-date accuracy over matched pairs with gold dates).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks._common import print_footer
from lagebild.evaluate import evaluate_files, metrics, render_report
from lagebild.shared import shared_path

GOLD_DIR = Path(__file__).parent / "gold"


def run(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="lagebild bench events")
    parser.add_argument("gold", nargs="*", type=Path, help="gold files or directories (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true")
    opts = parser.parse_args(args)
    paths = opts.gold or [GOLD_DIR, shared_path("samples", "seed-putin-nordkorea-2024-06.gold.json")]
    report = evaluate_files(paths)
    print(render_report(report, opts.verbose))
    total = metrics(report.total())
    print("\n| metric | value |\n|---|---|")
    for name in ("precision", "recall", "f1", "date_accuracy", "timex_recall", "timex_value_accuracy"):
        value = total[name]
        print(f"| {name} | {'–' if value is None else f'{value:.3f}'} |")
    print_footer("events", args)
    return 1 if report.errors else 0


if __name__ == "__main__":
    import sys

    raise SystemExit(run(sys.argv[1:]))
