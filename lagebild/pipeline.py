"""The flow of one article: reader → nlp → time → actors → quotes → events (+ merge) → key points.

Each stage is a function `annotate(doc: Document) -> None` that reads the Document and adds its
layer; the pipeline only decides their order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from time import perf_counter

from lagebild import actors, events, nlp, quotes, summary
from lagebild import time as time_stage
from lagebild.document import Article, Document
from lagebild.lang import SUPPORTED, detect_language

Stage = Callable[[Document], None]

STAGES: list[tuple[str, Stage]] = [
    ("nlp", nlp.annotate),
    ("time", time_stage.annotate),
    ("actors", actors.annotate),
    ("quotes", quotes.annotate),
    ("events", events.annotate),
    ("key_points", summary.annotate),
]


class UnsupportedLanguage(ValueError):
    pass


def content_id(text: str) -> str:
    """A stable id for an article without one: the start of its text's SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def run(article: Article, timings: dict[str, float] | None = None) -> Document:
    """Analyse one article with every stage; `timings` (if given) sums each stage's seconds."""
    language = article.language or detect_language(article.text)
    if language not in SUPPORTED:
        raise UnsupportedLanguage(f"unsupported language {language!r} (supported: {', '.join(SUPPORTED)})")
    doc = Document.from_article(article, language)
    if doc.date is None:
        doc.reference_date = time_stage.infer_reference_date(doc.text, language)
    for name, stage in STAGES:
        started = perf_counter()
        stage(doc)
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + perf_counter() - started
    return doc


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
