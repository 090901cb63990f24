"""Progress bars on stderr for long work (hidden when disabled or not on a terminal)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sized
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

T = TypeVar("T")


def progress_bar(items: Iterable[T], label: str, enabled: bool = True, total: int | None = None) -> Iterator[T]:
    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield from items
        return
    if total is None and isinstance(items, Sized):
        total = len(items)
    columns = (TextColumn(f"{label}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)
