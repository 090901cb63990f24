"""Where the read-only corpora live: `$LAGEBILD_SHARED`, else `../shared` beside the checkout."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


class SharedDataMissing(FileNotFoundError):
    pass


def shared_dir() -> Path:
    env = os.environ.get("LAGEBILD_SHARED")
    return Path(env) if env else (REPO_ROOT.parent / "shared")


def shared_path(*parts: str) -> Path:
    """A path under the shared directory; raise `SharedDataMissing` naming it when it is absent."""
    path = shared_dir().joinpath(*parts)
    if not path.exists():
        raise SharedDataMissing(f"{path}: not found (set LAGEBILD_SHARED to the shared corpora directory)")
    return path
