"""The store: articles, deduplicated events and every mention (provenance) in an SQL database.

SQLite is the embedded default (`./lagebild.db`); any SQLAlchemy URL works (`postgresql://...`).
"""

from lagebild.store.db import DEFAULT_URL, Store, open_store

__all__ = ["DEFAULT_URL", "Store", "open_store"]
