"""Each listing's three renderings, declared once: its JSON records, its Rich table and
its flat columns (CSV and Markdown). `output.emit` picks one by ``--format``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from minefacts.render import flat, tables
from minefacts.render import shapes as records

if TYPE_CHECKING:
    from rich.console import RenderableType

T = TypeVar("T")


@dataclass(frozen=True)
class Listing(Generic[T]):
    """How one kind of listing is rendered in every output format."""

    records: Callable[[Sequence[T]], list[Any]]
    table: Callable[[Sequence[T]], RenderableType]
    columns: Sequence[flat.Column[T]]


TIMELINE = Listing(records.timeline, tables.timeline, flat.TIMELINE)
SEARCH = Listing(records.search, tables.search, flat.SEARCH)
ROLES = Listing(records.roles, tables.roles, flat.ROLES)
AID = Listing(records.aid, tables.aid, flat.AID)
SOURCES = Listing(records.sources, tables.sources, flat.SOURCES)
