"""Language data shared by the stages, and language identification.

Each language has a folder `lang/<code>/` with plain data files; code reads them from here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).parent
SUPPORTED = ("de", "en")
_WORD = re.compile(r"[^\W\d_]+")


def data_path(lang: str, name: str) -> Path:
    return LANG_DIR / lang / name


@lru_cache(maxsize=32)
def word_list(lang: str, name: str) -> frozenset[str]:
    """A data file of one word (or phrase) per line; `#` starts a comment."""
    lines = data_path(lang, name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.split("#", 1)[0].strip() for w in lines if w.split("#", 1)[0].strip())


def detect_language(text: str, default: str = "de") -> str:
    """The supported language whose function words cover most of the first 2,000 characters."""
    words = [w.lower() for w in _WORD.findall(text[:2000])]
    if not words:
        return default
    scores = {lang: sum(w in word_list(lang, "function_words.txt") for w in words) for lang in SUPPORTED}
    scores["de"] += sum(ch in "äöüß" for ch in text[:2000].lower())
    best = max(scores, key=lambda lang: (scores[lang], lang == default))
    return best if scores[best] > 0 else default


@lru_cache(maxsize=32)
def endings(lang: str, name: str) -> tuple[str, ...]:
    """A data file of word endings, longest first (so a match is the longest that fits); none
    where the language has no such file."""
    if not data_path(lang, name).exists():
        return ()
    return tuple(sorted(word_list(lang, name), key=lambda e: (-len(e), e)))
