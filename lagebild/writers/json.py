"""JSON (one object, or an array for several documents) and JSON Lines (one Document per line)."""

from __future__ import annotations

import json

from lagebild.document import Document
from lagebild.writers.base import DocumentWriter


class JsonWriter(DocumentWriter):
    """Pretty JSON: the Document object for one article, an array for several."""

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self.docs: list[dict] = []

    def write(self, doc: Document) -> None:
        self.docs.append(doc.to_dict())

    def close(self) -> None:
        if self.docs:
            payload = self.docs[0] if len(self.docs) == 1 else self.docs
            self.stream.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        super().close()


class JsonLinesWriter(DocumentWriter):
    """One Document per line, in input order."""

    def write(self, doc: Document) -> None:
        self.stream.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        self.stream.flush()
