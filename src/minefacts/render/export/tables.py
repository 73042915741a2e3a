"""The records as tables, generated from the model: every field of every record, declared
once in `minefacts.model`, becomes a column here, so no format can silently miss one.

For a record class:

- a scalar field (text, number, flag, kind) is a column;
- a partial date is four columns: as written (EDTF), its precision, and the first and
  last day it can mean (``date``, ``date_precision``, ``date_start``, ``date_end``);
- a nested record (a source reference, an amount) is flattened into columns named with
  its field (``source_document``, ``amount_value``);
- a list is a child table with the parent's id and a ``position``: a list of text one
  column, a list of records their columns (``events_places``).

The SQLite export and the Data Package are made from these tables; each column carries
the description the model gives its field. (The listings' CSV comes from
`minefacts.render.fields`, which reads the model the same way.)
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import Any

from minefacts.model.dates import PartialDate, Precision
from minefacts.model.introspect import choices_of
from minefacts.model.introspect import fields as model_fields
from minefacts.model.records import Dataset, Document, Event, Pledge, Role
from minefacts.model.secondary import (
    Claim,
    Figure,
    SecondaryEvent,
    SecondaryRecord,
    SecondaryRole,
    SecondarySource,
)
from minefacts.render.export.specs import ColumnSpec, Kind, TableSpec

EDTF = r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"
"""The partial dates minefacts writes: a day, a month, a year, or START/END (EDTF level 0)."""


def _scalar_kind(hint: Any) -> Kind:
    if hint is bool:
        return "boolean"
    if hint is int:
        return "integer"
    if hint is float:
        return "number"
    return "text"


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _attr(getter: Callable[[Any], Any], name: str) -> Callable[[Any], Any]:
    def get(item: Any) -> Any:
        parent = getter(item)
        return None if parent is None else getattr(parent, name, None)

    return get


def _date_columns(
    name: str, description: str, required: bool, get: Callable[[Any], Any]
) -> list[ColumnSpec]:
    def bound(which: str) -> Callable[[Any], Any]:
        def value(item: Any) -> Any:
            date = get(item)
            return None if date is None else getattr(date, which).isoformat()

        return value

    def written(item: Any) -> Any:
        date = get(item)
        return None if date is None else str(date)

    def precision(item: Any) -> Any:
        date = get(item)
        return None if date is None else date.precision

    what = description or "A date at the precision its source gives."
    if "YYYY" not in what:
        what += " YYYY-MM-DD, YYYY-MM, YYYY, or START/END for a period."
    return [
        ColumnSpec(
            name,
            "text",
            f"{what} (ISO 8601 / EDTF)",
            required,
            written,
            EDTF,
        ),
        ColumnSpec(
            f"{name}_precision",
            "text",
            f"How precise `{name}` is: a day, a month, a year, or a period.",
            required,
            precision,
            choices=choices_of(Precision),
        ),
        ColumnSpec(
            f"{name}_start", "date", f"The first day `{name}` can mean.", required, bound("lower")
        ),
        ColumnSpec(
            f"{name}_end", "date", f"The last day `{name}` can mean.", required, bound("upper")
        ),
    ]


def _within(context: str, description: str) -> str:
    """A nested record's field described within the field that holds it: ``The amount
    pledged. The number, as a whole number of `unit`.``"""
    return f"{context} {description}" if context else description


def flat_columns(
    cls: type,
    prefix: str = "",
    get: Callable[[Any], Any] = lambda item: item,
    context: str = "",
) -> list[ColumnSpec]:
    """The columns of a record class's scalar, date and nested-record fields; lists are
    left to child tables. The fields of a nested record are described within the field
    that holds it (`context`)."""
    columns: list[ColumnSpec] = []
    for info in model_fields(cls):
        if info.many:
            continue
        name, required = f"{prefix}{info.name}", not info.nullable
        getter = _attr(get, info.name)
        description = _within(context, info.description)
        if info.hint is PartialDate:
            columns += _date_columns(name, description, required, getter)
        elif info.record:
            nested = flat_columns(info.hint, f"{name}_", getter, info.description)
            columns += [dataclasses.replace(c, required=c.required and required) for c in nested]
        else:
            kind = _scalar_kind(info.hint)
            columns.append(
                ColumnSpec(
                    name, kind, description, required, _plainly(getter), choices=info.choices
                )
            )
    return columns


def _plainly(get: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda item: _plain(get(item))


def list_fields(cls: type) -> list[tuple[str, Any, str]]:
    """Each list field of a record class: its name, item type and description."""
    return [(info.name, info.hint, info.description) for info in model_fields(cls) if info.many]


def _list_choices(cls: type, name: str) -> tuple[str, ...] | None:
    return next(info.choices for info in model_fields(cls) if info.name == name)


_RECORDS: tuple[tuple[str, type, str, Callable[[Dataset, SecondaryRecord], Sequence[Any]]], ...] = (
    ("documents", Document, "The source documents, quoted.", lambda d, s: d.documents),
    (
        "events",
        Event,
        "Events of the source document, each with its verbatim quote.",
        lambda d, s: d.events,
    ),
    ("roles", Role, "Offices Japan held, from the source document.", lambda d, s: d.roles),
    ("pledges", Pledge, "Aid pledges, from the source document.", lambda d, s: d.pledges),
    ("sources", SecondarySource, "Other public records, cited in full.", lambda d, s: s.sources),
    (
        "claims",
        Claim,
        "What other records state about the records, paraphrased.",
        lambda d, s: s.claims,
    ),
    (
        "secondary_events",
        SecondaryEvent,
        "Events other records give, paraphrased.",
        lambda d, s: s.events,
    ),
    (
        "secondary_roles",
        SecondaryRole,
        "Offices other records give, paraphrased.",
        lambda d, s: s.roles,
    ),
    (
        "figures",
        Figure,
        "Figures other records give: funding, mines held, retained, used.",
        lambda d, s: s.figures,
    ),
)

REFERENCES: dict[tuple[str, str], str] = {
    ("events", "source_document"): "documents",
    ("roles", "source_document"): "documents",
    ("roles", "event"): "events",
    ("pledges", "source_document"): "documents",
    ("pledges", "event"): "events",
    ("pledges", "achieved_event"): "events",
    ("claims", "source_document"): "sources",
    ("secondary_events", "source_document"): "sources",
    ("secondary_roles", "source_document"): "sources",
    ("figures", "source_document"): "sources",
}
"""The columns that hold the id of a record in another table. Ids that may name a record
of either provenance (what a claim is about, a related record) have no single table."""


@cache
def tables() -> tuple[TableSpec, ...]:
    """Every table of the export, record tables each followed by their child tables, and
    then the tables derived from them (`minefacts.render.export.derived`)."""
    found: list[TableSpec] = []
    for name, cls, description, records in _RECORDS:
        columns = tuple(flat_columns(cls))
        found.append(
            TableSpec(
                name,
                description,
                columns,
                ("id",),
                _rows(records, columns),
                {c: t for (table, c), t in REFERENCES.items() if table == name},
            )
        )
        for field_name, inner, field_description in list_fields(cls):
            found.append(_child(name, cls, records, field_name, inner, field_description))
    from minefacts.render.export.derived import DERIVED

    return (*found, *DERIVED)


def _rows(
    records: Callable[[Dataset, SecondaryRecord], Sequence[Any]], columns: Sequence[ColumnSpec]
) -> Callable[[Dataset, SecondaryRecord], Iterator[tuple[Any, ...]]]:
    def rows(dataset: Dataset, secondary: SecondaryRecord) -> Iterator[tuple[Any, ...]]:
        for record in records(dataset, secondary):
            yield tuple(column.get(record) for column in columns)

    return rows


def _child(
    parent: str,
    cls: type,
    records: Callable[[Dataset, SecondaryRecord], Sequence[Any]],
    field_name: str,
    inner: Any,
    description: str,
) -> TableSpec:
    owner = f"{parent.removesuffix('s')}_id" if parent != "sources" else "source_id"
    head = [
        ColumnSpec(owner, "text", f"Id of the record in {parent}.", True, lambda pair: pair[0]),
        ColumnSpec(
            "position", "integer", "Its place in the list, from 0.", True, lambda pair: pair[1]
        ),
    ]
    if dataclasses.is_dataclass(inner) and isinstance(inner, type):
        columns = head + flat_columns(inner, "", lambda pair: pair[2])
    else:
        value = ColumnSpec(
            _singular(field_name),
            "text",
            description,
            True,
            lambda pair: _plain(pair[2]),
            choices=_list_choices(cls, field_name),
        )
        columns = [*head, value]

    def rows(dataset: Dataset, secondary: SecondaryRecord) -> Iterator[tuple[Any, ...]]:
        for record in records(dataset, secondary):
            for position, value in enumerate(getattr(record, field_name)):
                pair = (record.id, position, value)
                yield tuple(column.get(pair) for column in columns)

    return TableSpec(
        f"{parent}_{field_name}",
        f"{description} A row for each, with the id of its record in {parent} and its place "
        "in the record's list.",
        tuple(columns),
        (owner, "position"),
        rows,
        {owner: parent},
        parent,
    )


def _singular(name: str) -> str:
    """A list's name for one of its items: ``partners`` holds a ``partner``."""
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name
