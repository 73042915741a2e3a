"""The dataset as a SQLite database, ready to publish with datasette or query with any SQL
tool: a table per kind of record and per list (`minefacts.render.export.tables`), with
primary and foreign keys and a CHECK on every closed set of values (a kind, a precision, a
relation); full-text search over the text of every record table, declared the way
datasette detects it; the disputes the tool derives (`minefacts.render.export.derived`);
a ``timeline`` table of the events of either provenance in date order, with the records
that dispute each date; and, beside the database, a ``metadata.json`` for datasette: the
title, the licences and sources, every table and column described, and each table's
facets, first sort and full-text index.

The timeline is a table written with the rest, not a view. The database is a snapshot
(its full-text indexes are built once, with no triggers to follow an edit), and a table
has what datasette gives tables and not views: a full-text index of its own, so that
``?_search=`` works on it, facet counts, sorting, and a page for each event. A view over
the union of two tables has no rowid that an index could share.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from minefacts.model.records import Dataset
from minefacts.model.secondary import SecondaryRecord
from minefacts.render.export.specs import ColumnSpec, TableSpec
from minefacts.render.export.tables import tables

SEARCHABLE = ("title", "summary", "states", "note", "reading", "source_quote", "role", "body")
"""The columns full-text search covers, where a table has them."""

_TYPES = {
    "text": "TEXT",
    "integer": "INTEGER",
    "boolean": "INTEGER",
    "date": "TEXT",
    "number": "REAL",
}

TIMELINE_ROWS = """
INSERT INTO timeline
SELECT event.id, event.provenance, event.kind, event.title, event.summary, event.date,
       event.date_precision, event.date_start, event.date_end, event.source_document,
       event.source_section,
       (SELECT group_concat(d.record, ' ') FROM disputes d
         WHERE d.subject = event.id AND d.field = 'date') AS disputed_by,
       (SELECT group_concat(s.value, '; ') FROM disputes_sides s
          JOIN disputes d ON d.record = s.record AND d.subject = s.subject
         WHERE d.subject = event.id AND d.field = 'date' AND s.position > 0) AS other_dates,
       (SELECT group_concat(d.verdict_error, ' ') FROM disputes d
         WHERE d.subject = event.id AND d.field = 'date') AS shown_in_error
FROM (
  SELECT rowid AS place, id, 'primary' AS provenance, kind, title, summary, date,
         date_precision, date_start, date_end, source_document, source_section FROM events
  UNION ALL
  SELECT rowid AS place, id, 'secondary' AS provenance, kind, title, summary, date,
         date_precision, date_start, date_end, source_document, source_section
    FROM secondary_events
) AS event
ORDER BY event.date_start, event.date_end, event.provenance, event.place
"""
"""The timeline's rows, in date order (events on the same dates in the order of their
files, the source document's first), so that its rowids follow the timeline."""

TIMELINE_DESCRIPTION = (
    "Every event, of the source document (primary) and of other records (secondary), in "
    "date order, with the records that dispute its date. Made from the events and "
    "secondary_events tables and the disputes when the database is written."
)
_SHARED = ("id", "kind", "title", "summary", "date", "date_precision", "date_start", "date_end")
"""The timeline's columns that are the events tables' own."""


def _computed(row: Any) -> Any:
    """A timeline column's value is computed by `TIMELINE_ROWS`, not read from a record."""
    return row


def timeline() -> TableSpec:
    """The ``timeline`` table: the columns the events of either provenance share, their
    provenance, and the records that dispute their dates."""
    events = {column.name: column for column in _table("events").columns}
    own = {name: dataclasses.replace(events[name], get=_computed) for name in _SHARED}
    columns = (
        own["id"],
        ColumnSpec(
            "provenance",
            "text",
            "primary: from the source document (the events table); secondary: from another "
            "record (the secondary_events table).",
            True,
            _computed,
            choices=("primary", "secondary"),
        ),
        *(own[name] for name in _SHARED[1:]),
        ColumnSpec(
            "source_document",
            "text",
            "Id of its source: a document in documents for a primary event, a source in "
            "sources for a secondary one.",
            True,
            _computed,
        ),
        ColumnSpec(
            "source_section",
            "text",
            "The part of its source: a section of the document for a primary event (e.g. "
            '"1 (2)"), the part of the page for a secondary one, where it gives one.',
            False,
            _computed,
        ),
        ColumnSpec(
            "disputed_by",
            "text",
            "The records that dispute the event's date, space-separated.",
            False,
            _computed,
        ),
        ColumnSpec(
            "other_dates",
            "text",
            "The dates they give, as written (EDTF), '; '-separated.",
            False,
            _computed,
        ),
        ColumnSpec(
            "shown_in_error",
            "text",
            "Those of them other records show in error, space-separated.",
            False,
            _computed,
        ),
    )
    return TableSpec("timeline", TIMELINE_DESCRIPTION, columns, ("id",), lambda d, s: iter(()))


def _table(name: str) -> TableSpec:
    return next(spec for spec in tables() if spec.name == name)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _column_sql(column: ColumnSpec) -> str:
    null = " NOT NULL" if column.required else ""
    check = ""
    if column.choices:
        allowed = ", ".join(_literal(choice) for choice in column.choices)
        check = f" CHECK ({_quoted(column.name)} IN ({allowed}))"
    return f"{_quoted(column.name)} {_TYPES[column.kind]}{null}{check}"


def create_sql(spec: TableSpec) -> str:
    """The CREATE TABLE statement of one generated table."""
    lines = [_column_sql(column) for column in spec.columns]
    lines.append(f"PRIMARY KEY ({', '.join(_quoted(k) for k in spec.key)})")
    for column, target in spec.references.items():
        lines.append(f"FOREIGN KEY ({_quoted(column)}) REFERENCES {_quoted(target)}(id)")
    body = ",\n  ".join(lines)
    return f"CREATE TABLE {_quoted(spec.name)} (\n  {body}\n)"


def searchable(spec: TableSpec) -> list[str]:
    """The text columns of a record table that full-text search covers."""
    if spec.parent is not None:
        return []
    names = {column.name for column in spec.columns}
    return [name for name in SEARCHABLE if name in names]


def fts_sql(spec: TableSpec) -> str | None:
    """The FTS5 index of a record table, its content table named in double quotes, which
    is how datasette recognises full-text search; None for a table with no text."""
    columns = searchable(spec)
    if not columns:
        return None
    listed = ", ".join(_quoted(name) for name in columns)
    return (
        f"CREATE VIRTUAL TABLE {_quoted(spec.name + '_fts')} USING fts5("
        f'{listed}, content="{spec.name}", content_rowid="rowid")'
    )


def _value(column: ColumnSpec, value: Any) -> Any:
    if column.kind == "boolean" and value is not None:
        return int(value)
    return value


def _rows(
    spec: TableSpec, dataset: Dataset, secondary: SecondaryRecord
) -> Iterator[tuple[Any, ...]]:
    for row in spec.rows(dataset, secondary):
        yield tuple(_value(column, value) for column, value in zip(spec.columns, row, strict=True))


def _index(db: sqlite3.Connection, spec: TableSpec) -> None:
    """Build a table's full-text index, if it has text to search."""
    fts = fts_sql(spec)
    if fts is not None:
        db.execute(fts)
        name = _quoted(spec.name + "_fts")
        db.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")


def write_database(dataset: Dataset, secondary: SecondaryRecord, path: Path) -> None:
    """Fill a new SQLite database at `path` with the dataset and its secondary record."""
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        with db:
            for spec in tables():
                db.execute(create_sql(spec))
                marks = ", ".join("?" for _ in spec.columns)
                db.executemany(
                    f"INSERT INTO {_quoted(spec.name)} VALUES ({marks})",
                    _rows(spec, dataset, secondary),
                )
                _index(db, spec)
            spec = timeline()
            db.execute(create_sql(spec))
            db.execute(TIMELINE_ROWS)
            _index(db, spec)
    finally:
        db.close()


FACETS = ("provenance", "kind", "measure", "relation", "field", "body_kind")
"""The closed sets a researcher narrows a table by, where a table has them; with them, the
precision of its date."""


def facets(spec: TableSpec) -> list[str]:
    """The columns datasette offers facets on: the table's closed sets in `FACETS`, then
    the precision of its date or period."""
    names = [column.name for column in spec.columns]
    found = [name for name in FACETS if name in names]
    precision = next((n for n in ("date_precision", "period_precision") if n in names), None)
    return found + ([precision] if precision else [])


def sort_column(spec: TableSpec) -> str | None:
    """The column a table is sorted by at first: the first day of its date or period."""
    names = {column.name for column in spec.columns}
    return next((name for name in ("date_start", "period_start") if name in names), None)


def described(spec: TableSpec) -> dict[str, Any]:
    """A table's datasette metadata: its description and every column's, its facets, the
    column it sorts by and its label, and its full-text index."""
    entry: dict[str, Any] = {
        "description": spec.description,
        "columns": {column.name: column.description for column in spec.columns},
    }
    if facets(spec):
        entry["facets"] = facets(spec)
    sort = sort_column(spec)
    if sort is not None:
        entry["sort"] = sort
    if any(column.name == "title" for column in spec.columns):
        entry["label_column"] = "title"
    if searchable(spec):
        entry["fts_table"] = f"{spec.name}_fts"
        entry["fts_pk"] = "rowid"
    return entry


def metadata(database: str, about: dict[str, Any]) -> dict[str, Any]:
    """datasette's ``metadata.json`` for a database file named `database`: the title,
    licences and sources in `about`, shown for the database too, and every table
    described."""
    tables_described = {spec.name: described(spec) for spec in (*tables(), timeline())}
    shown = {key: about[key] for key in ("title", "description", "description_html")}
    return {**about, "databases": {database: {**shown, "tables": tables_described}}}


def write_metadata(path: Path, about: dict[str, Any]) -> str:
    """The text of the ``metadata.json`` for the database at `path`."""
    return json.dumps(metadata(path.stem, about), indent=2, ensure_ascii=False) + "\n"
