"""Speed of the whole extract pipeline over the 1,028 10kGNAD test articles.

    lagebild bench speed [--workers N] [--limit N]
    lagebild bench speed --stages [--limit N]

Prints articles/s, words/s and characters/s (wall clock, pipeline loading excluded) and the CPU
time per article of all processes together. `--stages`
instead prints, in one process, the seconds of each pipeline stage (`prepare`: language, length and
reference date) and of each spaCy component inside the nlp stage (timed in a second pass over the
same texts), with the nlp stage batched as in `ingest` and `extract`.
"""

from __future__ import annotations

import argparse
import os
import time

from benchmarks._common import gnad_rows, print_footer
from lagebild.document import Article
from lagebild.scale import analyse_parallel, default_workers


def run(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="lagebild bench speed")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--stages", action="store_true", help="seconds per stage and per spaCy component")
    opts = parser.parse_args(args)
    rows = gnad_rows()[: opts.limit]
    articles = [Article(id=f"10kgnad-{i}", text=text, language="de") for i, (_, text) in enumerate(rows)]
    from lagebild.nlp import load

    load("de")
    if opts.stages:
        print_stage_times(articles)
        print_footer("speed", args)
        return 0
    list(analyse_parallel(articles[:2], 1))
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    failures = events = 0
    for _, result in analyse_parallel(articles, opts.workers):
        if isinstance(result, str):
            failures += 1
        else:
            events += len(result.events)
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_before
    words = sum(len(a.text.split()) for a in articles)
    chars = sum(len(a.text) for a in articles)
    print("| articles | workers | seconds | articles/s | words/s | chars/s | CPU ms/article | events | failures |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(f"| {len(articles)} | {opts.workers} | {seconds:.1f} | {len(articles) / seconds:.1f} | "
          f"{words / seconds:,.0f} | {chars / seconds:,.0f} | {1000 * cpu / len(articles):.1f} | "
          f"{events} | {failures} |")
    print_footer("speed", args)
    return 1 if failures else 0


def cpu_seconds() -> float:
    """CPU seconds of this process and its finished workers so far: steadier than the wall clock on a
    shared machine, whose speed varies from hour to hour. (`os.times` runs everywhere; Windows counts no
    workers' time in it.)"""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def print_stage_times(articles: list[Article]) -> None:
    """As `ingest` and `extract` run them: the nlp stage over batches of articles, the rest one by one."""
    from lagebild import pipeline
    from lagebild.batch import BATCH_SIZE, chunked
    from lagebild.nlp import load

    pipeline.run(articles[0])  # warm up
    stages: dict[str, float] = {}
    for batch in chunked(articles, BATCH_SIZE):
        pipeline.run_many(batch, stages)
    nlp = load("de")
    components = {"tokenizer": 0.0} | {name: 0.0 for name in nlp.pipe_names}
    for batch in chunked(articles, BATCH_SIZE):
        started = time.perf_counter()
        docs = [nlp.make_doc(article.text) for article in batch]
        components["tokenizer"] += time.perf_counter() - started
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
            components[name] += time.perf_counter() - started
    _print_shares(f"stage ({len(articles)} articles)", stages)
    print()
    _print_shares("nlp component", components)


def _print_shares(title: str, seconds: dict[str, float]) -> None:
    total = sum(seconds.values())
    print(f"| {title} | seconds | share |")
    print("|---|---|---|")
    for name, value in seconds.items():
        print(f"| {name} | {value:.2f} | {value / total:.0%} |")
    print(f"| total | {total:.2f} | 100% |")


if __name__ == "__main__":
    import sys

    raise SystemExit(run(sys.argv[1:]))
