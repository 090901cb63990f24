"""Speed of the whole extract pipeline over the 1,028 10kGNAD test articles.

    lagebild bench speed [--workers N] [--limit N]

Prints articles/s, words/s and characters/s (wall clock, pipeline loading excluded).
"""

from __future__ import annotations

import argparse
import time

from benchmarks._common import gnad_rows, print_footer
from lagebild.document import Article
from lagebild.scale import analyse_parallel, default_workers


def run(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="lagebild bench speed")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--limit", type=int, default=None)
    opts = parser.parse_args(args)
    rows = gnad_rows()[: opts.limit]
    articles = [Article(id=f"10kgnad-{i}", text=text, language="de") for i, (_, text) in enumerate(rows)]
    from lagebild.nlp import load

    load("de")
    list(analyse_parallel(articles[:2], 1))
    started = time.perf_counter()
    failures = events = 0
    for _, result in analyse_parallel(articles, opts.workers):
        if isinstance(result, str):
            failures += 1
        else:
            events += len(result.events)
    seconds = time.perf_counter() - started
    words = sum(len(a.text.split()) for a in articles)
    chars = sum(len(a.text) for a in articles)
    print("| articles | workers | seconds | articles/s | words/s | chars/s | events | failures |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {len(articles)} | {opts.workers} | {seconds:.1f} | {len(articles) / seconds:.1f} | "
          f"{words / seconds:,.0f} | {chars / seconds:,.0f} | {events} | {failures} |")
    print_footer("speed", args)
    return 1 if failures else 0


if __name__ == "__main__":
    import sys

    raise SystemExit(run(sys.argv[1:]))
