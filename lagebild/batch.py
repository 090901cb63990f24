"""Running the pipeline over many inputs: every bad item is reported, the rest is processed."""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from lagebild.document import Article, Document
from lagebild.pipeline import RejectedArticle, run_many
from lagebild.readers import ReadError, read_paths

BATCH_SIZE = 16  # articles the nlp stage takes at once (see pipeline.run_many)
T = TypeVar("T")


def analyse(article: Article) -> Document | str:
    """The Document of one article, or the one-line reason it could not be analysed."""
    return analyse_many([article])[0]


def analyse_many(articles: Sequence[Article]) -> list[Document | str]:
    """`analyse` for several articles at once (faster: the nlp stage batches them)."""
    return [_reason(result) if isinstance(result, Exception) else result for result in run_many(articles)]


def _reason(err: Exception) -> str:
    if isinstance(err, RejectedArticle):
        return str(err)
    if os.environ.get("LAGEBILD_DEBUG"):
        traceback.print_exception(err)
    return f"internal error while analysing ({type(err).__name__}: {err})"


def analyse_all(
    paths: Iterable[str], date: str | None = None, lang: str | None = None
) -> Iterator[tuple[str, Document | str]]:
    """(source, Document or error message) for every input item, in input order."""
    for items in chunked(read_paths(paths, date, lang), BATCH_SIZE):
        articles = [item for item in items if not isinstance(item, ReadError)]
        results = iter(analyse_many(articles))
        for item in items:
            if isinstance(item, ReadError):
                yield item.source, item.message
            else:
                yield item.source or item.id, next(results)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """`items` in lists of `size` (the last one shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


@dataclass
class IngestSummary:
    articles: int = 0
    skipped: int = 0
    new_events: int = 0
    merged_events: int = 0
    errors: int = 0

    def describe(self) -> str:
        return (
            f"ingested {self.articles} articles ({self.skipped} already stored), "
            f"{self.new_events} new events, {self.merged_events} merged into known ones, {self.errors} errors"
        )


def ingest_all(
    paths: Iterable[str],
    db: str | None,
    date: str | None = None,
    lang: str | None = None,
    progress: bool = True,
    on_error: Callable[[str], None] = print,
    workers: int = 1,
) -> IngestSummary:
    """Analyse and store every article; one transaction per article, so a kill loses no stored article,
    only the analysis still in flight (one batch per worker)."""
    from lagebild.lang import detect_language
    from lagebild.progress import progress_bar
    from lagebild.scale import analyse_parallel
    from lagebild.store import open_store
    from lagebild.store.db import content_hash

    store = open_store(db)
    summary = IngestSummary()
    todo: list[tuple[Article, str]] = []
    pending: set[str] = set()
    for item in read_paths(paths, date, lang):
        if isinstance(item, ReadError):
            on_error(str(item))
            summary.errors += 1
            continue
        digest = content_hash(item.text, item.date, item.language or detect_language(item.text))
        if digest in pending or store.has_article(digest):
            summary.skipped += 1
        else:
            pending.add(digest)
            todo.append((item, digest))
    digests = {id(article): digest for article, digest in todo}
    results = analyse_parallel((a for a, _ in todo), workers)
    for article, doc in progress_bar(results, "ingest", enabled=progress, total=len(todo)):
        if isinstance(doc, str):
            on_error(f"{article.source}: {doc}")
            summary.errors += 1
            continue
        stored = store.add_document(doc, digests[id(article)], article.source)
        if stored is None:
            summary.skipped += 1
            continue
        summary.articles += 1
        summary.new_events += stored.new_events
        summary.merged_events += stored.merged_events
    return summary
