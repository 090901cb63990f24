"""The HTTP API and web page over a store (FastAPI; OpenAPI docs at /docs)."""

from lagebild.web.app import create_app

__all__ = ["create_app"]
