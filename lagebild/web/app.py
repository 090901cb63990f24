"""FastAPI app: `/api/events`, `/api/events/{id}`, `/api/stats`, `/api/extract`, and `/` (the page)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from lagebild import __version__
from lagebild.store.db import EventFilter, Store
from lagebild.store.views import event_table_line

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, description="Article text")
    date: str | None = Field(None, description="Article date YYYY[-MM[-DD]]")
    lang: str | None = Field(None, description="de or en; detected when missing")
    id: str | None = None


def create_app(store: Store) -> FastAPI:
    app = FastAPI(title="lagebild", version=__version__,
                  description="PLOVER-coded political events extracted from news articles.")

    def query(actor, recipient, type_, since, until, text, negated, limit) -> list[dict[str, Any]]:
        flt = EventFilter(actor, recipient, type_, since, until, text, negated, limit)
        return [e.to_dict() for e in store.events(flt)]

    @app.get("/api/events", summary="Stored events, filtered")
    def events(
        actor: str | None = None,
        recipient: str | None = None,
        type: Annotated[str | None, Query(description="PLOVER type")] = None,
        since: str | None = None,
        until: str | None = None,
        text: str | None = None,
        negated: bool = False,
        limit: Annotated[int, Query(ge=1, le=10000)] = 500,
    ) -> list[dict[str, Any]]:
        return query(actor, recipient, type, since, until, text, negated, limit)

    @app.get("/api/events/{event_id}", summary="One stored event with its mentions")
    def event(event_id: int) -> dict[str, Any]:
        found = [e for e in store.events(EventFilter(include_negated=True)) if e.id == event_id]
        if not found:
            raise HTTPException(404, f"no event {event_id}")
        return found[0].to_dict()

    @app.get("/api/stats", summary="Counts of articles, events and mentions")
    def stats() -> dict[str, int]:
        return store.counts()

    @app.post("/api/extract", summary="Analyse one article (nothing is stored)")
    def extract_one(req: ExtractRequest) -> dict[str, Any]:
        from lagebild.batch import analyse
        from lagebild.document import Article
        from lagebild.pipeline import content_id
        from lagebild.readers.dates import InvalidDate, parse_article_date

        try:
            date = parse_article_date(req.date) if req.date else None
        except InvalidDate as err:
            raise HTTPException(422, str(err)) from None
        result = analyse(Article(id=req.id or content_id(req.text), text=req.text, date=date, language=req.lang))
        if isinstance(result, str):
            raise HTTPException(422, result)
        return result.to_dict()

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page(request: Request, actor: str | None = None, recipient: str | None = None,
             type: str | None = None, since: str | None = None, until: str | None = None,
             text: str | None = None) -> HTMLResponse:
        found = store.events(EventFilter(actor, recipient, type, since, until, text, False, 500))
        return TEMPLATES.TemplateResponse(
            request,
            "index.html",
            {"events": found, "counts": store.counts(), "line": event_table_line,
             "filters": {"actor": actor or "", "recipient": recipient or "", "type": type or "",
                         "since": since or "", "until": until or "", "text": text or ""}},
        )

    return app
