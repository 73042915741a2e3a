"""The dataset as a SQLite database, ready to publish with datasette or query with any SQL
tool: a table per kind of record and per list (`minefacts.render.export.tables`), with primary
and foreign keys; full-text search over the text of every record table, declared the way
datasette detects it; the disputes the tool derives (`minefacts.render.export.derived`); a
``timeline`` view of the events of either provenance with the records that dispute each
date; and, beside
the database, a ``metadata.json`` with the title, licences, sources and a description of
every table and column.
"""

from __future__ import annotations

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

TIMELINE_VIEW = """
CREATE VIEW timeline AS
SELECT event.*,
       (SELECT group_concat(d.record, ' ') FROM disputes d
         WHERE d.subject = event.id AND d.field = 'date') AS disputed_by,
       (SELECT group_concat(s.value, '; ') FROM disputes_sides s
          JOIN disputes d ON d.record = s.record AND d.subject = s.subject
         WHERE d.subject = event.id AND d.field = 'date' AND s.position > 0) AS other_dates,
       (SELECT group_concat(d.verdict_error, ' ') FROM disputes d
         WHERE d.subject = event.id AND d.field = 'date') AS shown_in_error
FROM (
  SELECT id, 'primary' AS provenance, kind, title, summary, date, date_start, date_end,
         source_document, source_section FROM events
  UNION ALL
  SELECT id, 'secondary' AS provenance, kind, title, summary, date, date_start, date_end,
         source_document, source_section FROM secondary_events
) AS event
ORDER BY date_start, date_end
"""
TIMELINE_COLUMNS = {
    "disputed_by": "The records that dispute the event's date, space-separated.",
    "other_dates": "The dates they give, as written (EDTF), '; '-separated.",
    "shown_in_error": "Those of them other records show in error.",
}
"""The timeline view's columns beyond those of the events tables: its disputes."""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column_sql(column: ColumnSpec) -> str:
    null = " NOT NULL" if column.required else ""
    return f"{_quoted(column.name)} {_TYPES[column.kind]}{null}"


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
                fts = fts_sql(spec)
                if fts is not None:
                    db.execute(fts)
                    name = _quoted(spec.name + "_fts")
                    db.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
            db.execute(TIMELINE_VIEW)
    finally:
        db.close()


def metadata(database: str, about: dict[str, Any]) -> dict[str, Any]:
    """datasette's ``metadata.json`` for a database file named `database`: the title,
    licences and sources in `about`, and a description of every table and column."""
    described: dict[str, Any] = {}
    for spec in tables():
        entry: dict[str, Any] = {
            "description": spec.description,
            "columns": {
                column.name: column.description for column in spec.columns if column.description
            },
        }
        if searchable(spec):
            entry["fts_table"] = f"{spec.name}_fts"
        described[spec.name] = entry
    described["timeline"] = {
        "description": "Every event, of the source document (primary) and of other records "
        "(secondary), in date order, with the records that dispute its date.",
        "columns": TIMELINE_COLUMNS,
    }
    return {**about, "databases": {database: {"tables": described}}}


def write_metadata(path: Path, about: dict[str, Any]) -> str:
    """The text of the ``metadata.json`` for the database at `path`."""
    return json.dumps(metadata(path.stem, about), indent=2, ensure_ascii=False) + "\n"
