"""The flow of one article: reader → nlp → time → actors → quotes → events (+ merge) → key points.

Each stage is a function `annotate(doc: Document) -> None` that reads the Document and adds its
layer; the pipeline only decides their order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from functools import partial
from time import perf_counter
from typing import TypeVar

from lagebild import actors, events, nlp, quotes, summary
from lagebild import time as time_stage
from lagebild.document import Article, Document
from lagebild.lang import SUPPORTED, detect_language

Stage = Callable[[Document], None]
T = TypeVar("T")
R = TypeVar("R")

NLP_STAGE: tuple[str, Stage] = ("nlp", nlp.annotate)
LATER_STAGES: list[tuple[str, Stage]] = [
    ("time", time_stage.annotate),
    ("actors", actors.annotate),
    ("quotes", quotes.annotate),
    ("events", events.annotate),
    ("key_points", summary.annotate),
]
STAGES: list[tuple[str, Stage]] = [NLP_STAGE, *LATER_STAGES]


class RejectedArticle(ValueError):
    """An article the pipeline does not take; the message says why in one line."""


class UnsupportedLanguage(RejectedArticle):
    pass


class TextTooLong(RejectedArticle):
    pass


def content_id(text: str) -> str:
    """A stable id for an article without one: the start of its text's SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def run(article: Article, timings: dict[str, float] | None = None) -> Document:
    """Analyse one article with every stage; `timings` (if given) sums each stage's seconds."""
    started = perf_counter()
    doc = _begin(article)
    _add_seconds(timings, "prepare", started)
    _run_stages(doc, STAGES, timings)
    return doc


def run_many(articles: Sequence[Article], timings: dict[str, float] | None = None) -> list[Document | Exception]:
    """Analyse several articles: the Document of each, or the exception that stopped it.

    The nlp stage sees them together (spaCy batches its network layers); every later stage runs
    article by article, so one failure stays with its article. `timings` as in `run`.
    """
    started = perf_counter()
    begun = [_attempt(_begin, article) for article in articles]
    _add_seconds(timings, "prepare", started)
    docs = [doc for doc in begun if isinstance(doc, Document)]
    started = perf_counter()
    try:
        nlp.annotate_many(docs)
    except Exception:  # find the article that breaks the batch by running each alone
        return [_attempt(run, article) for article in articles]
    _add_seconds(timings, "nlp", started)
    return [doc if isinstance(doc, Exception) else _attempt(partial(_finish, timings=timings), doc) for doc in begun]


def _begin(article: Article) -> Document:
    language = article.language or detect_language(article.text)
    if language not in SUPPORTED:
        raise UnsupportedLanguage(f"unsupported language {language!r} (supported: {', '.join(SUPPORTED)})")
    limit = nlp.load(language).max_length  # spaCy's: its parser and NER need about 1 GB per 100,000 characters
    if len(article.text) > limit:
        raise TextTooLong(f"text too long ({len(article.text):,} characters; at most {limit:,})")
    doc = Document.from_article(article, language)
    if doc.date is None:
        doc.reference_date = time_stage.infer_reference_date(doc.text, language)
    return doc


def _finish(doc: Document, timings: dict[str, float] | None = None) -> Document:
    _run_stages(doc, LATER_STAGES, timings)
    return doc


def _run_stages(doc: Document, stages: list[tuple[str, Stage]], timings: dict[str, float] | None = None) -> None:
    for name, stage in stages:
        started = perf_counter()
        stage(doc)
        _add_seconds(timings, name, started)


def _add_seconds(timings: dict[str, float] | None, name: str, started: float) -> None:
    if timings is not None:
        timings[name] = timings.get(name, 0.0) + perf_counter() - started


def _attempt(step: Callable[[T], R], value: T) -> R | Exception:
    try:
        return step(value)
    except Exception as err:  # one article must never end a batch
        return err


def extract(
    text: str,
    date: str | None = None,
    lang: str | None = None,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Document:
    """Extract the situation picture of one article text."""
    from lagebild.readers.dates import parse_article_date

    article = Article(
        id=id or content_id(text),
        text=text,
        date=parse_article_date(date) if date else None,
        language=lang,
        title=title,
        url=url,
    )
    return run(article)
