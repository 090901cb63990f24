"""The scale-out runner: analyse many articles on several processes, results in input order.

Each worker process loads the pipeline once; articles travel to it and Documents (as dicts) come
back. With one worker everything runs in this process.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator

from lagebild.document import Article, Document


def _analyse_payloads(payloads: list[dict]) -> list[dict | str]:
    from lagebild.batch import analyse_many

    results = analyse_many([Article(**payload) for payload in payloads])
    return [result if isinstance(result, str) else result.model_dump(mode="python") for result in results]


WARM_UP = Article(id="warm-up", text="Die Regierung in Berlin kritisierte die Pläne Russlands.", language="de")


def _warm_up() -> None:
    from lagebild.batch import analyse

    analyse(WARM_UP)  # loads the pipeline, the lexicons and the KB
    # they live as long as the worker: the garbage collector need not walk them again and again
    gc.freeze()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def analyse_parallel(
    articles: Iterable[Article], workers: int | None = None
) -> Iterator[tuple[Article, Document | str]]:
    """(article, Document or error message) for every article, in input order."""
    from lagebild.batch import BATCH_SIZE, analyse_many, chunked

    workers = workers or default_workers()
    if workers <= 1:
        for chunk in chunked(articles, BATCH_SIZE):
            yield from zip(chunk, analyse_many(chunk), strict=True)
        return
    chunks = list(chunked(articles, BATCH_SIZE))
    context = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(workers, initializer=_warm_up) as pool:
        payloads = ([a.model_dump() for a in chunk] for chunk in chunks)
        for chunk, results in zip(chunks, pool.imap(_analyse_payloads, payloads), strict=True):
            for article, result in zip(chunk, results, strict=True):
                yield article, result if isinstance(result, str) else _document(result)


def _document(data: dict) -> Document:
    return Document(**data)
