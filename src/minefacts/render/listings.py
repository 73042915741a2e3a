"""Each listing's renderings, declared once: its JSON records, its columns (which make its
table, TSV, CSV and Markdown) and, where it has one, a view for people other than a table.
`output.emit` picks one by ``--format``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from minefacts.render import columns, shapes, tables

if TYPE_CHECKING:
    from rich.console import RenderableType

T = TypeVar("T")


@dataclass(frozen=True)
class Listing(Generic[T]):
    """How one kind of listing is rendered in every output format."""

    records: Callable[[Sequence[T]], list[Any]]
    columns: Sequence[columns.Column[T]]
    table: Callable[[Sequence[T], int, bool], RenderableType]
    """The view for people: the items, the width, and whether styles show."""
    credits: bool = False
    """Whether the view for people ends with the full attribution of the source documents
    (as the listing of sources does)."""


TIMELINE = Listing(
    shapes.timeline, columns.TIMELINE, tables.listing(tables.TIMELINE_TITLE, columns.TIMELINE)
)
SEARCH = Listing(shapes.search, columns.SEARCH, tables.listing("Search results", columns.SEARCH))
ROLES = Listing(shapes.roles, columns.ROLES, tables.listing("Roles Japan held", columns.ROLES))
AID = Listing(shapes.aid, columns.AID, tables.aid)
SOURCES = Listing(
    shapes.sources,
    columns.SOURCES,
    tables.listing("Sources", columns.SOURCES, legend=False),
    credits=True,
)
FUNDING = Listing(shapes.funding, columns.FUNDING, tables.funding)
RETAINED = Listing(shapes.retained, columns.RETAINED, tables.retained)
