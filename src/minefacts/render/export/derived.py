"""The tables an export adds to the records: what the tool derives from them and states
as fact, so that a database or a package says what the listings say.

- ``disputes``: every disagreement and revision (`minefacts.query.disputes`): the record
  that disputes, what it is about, what it is over, the relation, the verdict where other
  records show one side in error, and the note;
- ``disputes_sides``: each side of each, its value as written and the records and sources
  that give it.

A difference of scope or of wording is not a dispute and has no row here: the records'
own ``links`` tables give it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from minefacts.model.dates import PartialDate
from minefacts.model.introspect import choices_of
from minefacts.model.records import Dataset
from minefacts.model.secondary import READINGS, SecondaryRecord
from minefacts.query.disputes import Field
from minefacts.render.export.specs import ColumnSpec, TableSpec

KEY = ("record", "subject")


def _disputes(dataset: Dataset, secondary: SecondaryRecord) -> list[Any]:
    """The disputes the records make: the same the `disputes` command lists."""
    from minefacts.catalog.loading import Catalog
    from minefacts.query.disputes import disputes

    return disputes(Catalog(dataset, (), embedded=secondary))


def value(found: Any) -> str:
    """A side's value in one cell: a date as written (EDTF), amounts in the source's
    words, a statement as it stands."""
    if isinstance(found, PartialDate):
        return str(found)
    if isinstance(found, tuple):
        return "; ".join(quantity.text for quantity in found)
    return str(found)


def _text(
    name: str,
    description: str,
    get: Any,
    *,
    required: bool = True,
    choices: tuple[str, ...] | None = None,
) -> ColumnSpec:
    return ColumnSpec(name, "text", description, required, get, choices=choices)


_RECORD = _text("record", "Id of the claim or figure that disputes.", lambda d: d.record)
_SUBJECT = _text("subject", "Id of the record it disputes.", lambda d: d.subject)

DISPUTES_COLUMNS = (
    _RECORD,
    _SUBJECT,
    _text(
        "field",
        "What is disputed: the date, the amount or the statement.",
        lambda d: d.field,
        choices=choices_of(Field),
    ),
    _text(
        "relation",
        "disagrees: both cannot be true; revises: a later edition of the same publisher "
        "replaces the earlier figure.",
        lambda d: d.relation,
        choices=READINGS,
    ),
    _text(
        "verdict_error",
        "Where other records show one side in error: the record in error.",
        lambda d: d.verdict.error if d.verdict else None,
        required=False,
    ),
    _text(
        "verdict_shown_by",
        "The records that show it, space-separated.",
        lambda d: " ".join(d.verdict.shown_by) if d.verdict else None,
        required=False,
    ),
    _text(
        "verdict_note",
        "Why: what those records say.",
        lambda d: d.verdict.note if d.verdict else None,
        required=False,
    ),
    _text("note", "The relation's note.", lambda d: d.note, required=False),
)

SIDES_COLUMNS = (
    _text("record", "Id of the dispute's record (disputes.record).", lambda s: s[0].record),
    _text("subject", "Id of the dispute's subject (disputes.subject).", lambda s: s[0].subject),
    ColumnSpec(
        "position",
        "integer",
        "Its place among the sides, from 0: for a disagreement the subject's side first, "
        "for a revision the later edition first.",
        True,
        lambda s: s[1],
    ),
    _text(
        "value",
        "What this side says: a date as written (EDTF), amounts in the source's words, or "
        "a statement.",
        lambda s: value(s[2].value),
    ),
    _text(
        "records",
        "The records that give it, space-separated.",
        lambda s: " ".join(s[2].records),
    ),
    _text(
        "sources",
        "The sources of those records, space-separated.",
        lambda s: " ".join(source.id for source in s[2].sources),
    ),
)


def _dispute_rows(dataset: Dataset, secondary: SecondaryRecord) -> Iterator[tuple[Any, ...]]:
    for dispute in _disputes(dataset, secondary):
        yield tuple(column.get(dispute) for column in DISPUTES_COLUMNS)


def _side_rows(dataset: Dataset, secondary: SecondaryRecord) -> Iterator[tuple[Any, ...]]:
    for dispute in _disputes(dataset, secondary):
        for position, side in enumerate(dispute.sides):
            yield tuple(column.get((dispute, position, side)) for column in SIDES_COLUMNS)


DERIVED = (
    TableSpec(
        "disputes",
        "Where the records disagree, and where a later edition revises an earlier figure: "
        "derived from the records' relations, as the disputes command lists them.",
        DISPUTES_COLUMNS,
        KEY,
        _dispute_rows,
    ),
    TableSpec(
        "disputes_sides",
        "Each side of each dispute, with the records and sources that give it.",
        SIDES_COLUMNS,
        (*KEY, "position"),
        _side_rows,
        parent="disputes",
    ),
)
"""The derived tables, after the record tables."""
