"""lagebild: dated news articles in, a PLOVER-coded situation picture out."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from lagebild.document import Document
from lagebild.pipeline import extract

try:
    __version__ = version("lagebild")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.1.0"


def nlp(lang: str = "de"):
    """The spaCy `Language` lagebild uses for `lang`."""
    from lagebild.nlp import load

    return load(lang)


def timex(text: str, date: str | None = None, lang: str = "de"):
    """Time expressions in `text` normalised against `date`: a list of `Timex`."""
    from lagebild.time import timex as _timex

    return _timex(text, date, lang)


__all__ = ["Document", "extract", "nlp", "timex", "__version__"]
