"""What a table of an export is: its columns, each with a type and a description, its key,
and where its rows come from. `minefacts.render.export.tables` makes one per kind of
record and per list; `minefacts.render.export.derived` adds those the tool derives."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from minefacts.model.records import Dataset
from minefacts.model.secondary import SecondaryRecord

Kind = Literal["text", "integer", "boolean", "date", "number"]
"""A column's type, named as Table Schema names them."""


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a generated table."""

    name: str
    kind: Kind
    description: str
    required: bool
    get: Callable[[Any], Any]
    pattern: str | None = None
    choices: tuple[str, ...] | None = None
    """The values a closed set allows (a kind, a precision, a relation); None for any."""


@dataclass(frozen=True)
class TableSpec:
    """A generated table: its name, columns, key and what its columns refer to."""

    name: str
    description: str
    columns: tuple[ColumnSpec, ...]
    key: tuple[str, ...]
    rows: Callable[[Dataset, SecondaryRecord], Iterator[tuple[Any, ...]]]
    references: dict[str, str] = field(default_factory=dict)
    """Column name to the table whose ``id`` it holds."""
    parent: str | None = None
