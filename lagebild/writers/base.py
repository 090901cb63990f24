"""The writer interface."""

from __future__ import annotations

from typing import TextIO

from lagebild.document import Document


class DocumentWriter:
    """Writes Documents to a stream as they come; `close()` finishes the output."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, doc: Document) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()
