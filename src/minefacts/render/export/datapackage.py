"""The dataset as a Frictionless Data Package (v2): one CSV file per table
(`minefacts.render.export.tables`) and a ``datapackage.json`` describing them, with a Table
Schema for each (field types and descriptions, primary and foreign keys, the pattern of
the partial-date columns), the licences, the sources and the dataset's version.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from minefacts.model.records import Dataset
from minefacts.model.secondary import SecondaryRecord
from minefacts.render.export.specs import ColumnSpec, TableSpec
from minefacts.render.export.tables import tables
from minefacts.render.safe import spreadsheet_text

SPREADSHEET_NOTE = (
    "In the CSV files a text cell that a spreadsheet could run as a formula, one whose "
    "first character after any spaces and quotes is =, +, - or @, or with a tab or a "
    "carriage return before it, begins with a single quote (') that is not part of the "
    "text; numbers and dates are as they are. The JSON and SQLite exports keep every text "
    "exactly."
)
"""Why some text cells begin with a quote: a Data Package is opened in spreadsheets too,
and its text comes from a dataset file, which may be anyone's."""

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
TABLE_SCHEMA = "https://datapackage.org/profiles/2.0/tableschema.json"
_TYPES = {
    "text": "string",
    "integer": "integer",
    "boolean": "boolean",
    "date": "date",
    "number": "number",
}


def field(column: ColumnSpec) -> dict[str, Any]:
    """A Table Schema field for a column."""
    found: dict[str, Any] = {"name": column.name, "type": _TYPES[column.kind]}
    if column.description:
        found["description"] = column.description
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.pattern:
        constraints["pattern"] = column.pattern
    if column.choices:
        constraints["enum"] = list(column.choices)
        found["categories"] = list(column.choices)
    if column.kind == "boolean":
        found["trueValues"], found["falseValues"] = ["true"], ["false"]
    if constraints:
        found["constraints"] = constraints
    return found


def resource(spec: TableSpec) -> dict[str, Any]:
    """A tabular data resource for one table, with its schema."""
    schema: dict[str, Any] = {
        "$schema": TABLE_SCHEMA,
        "fields": [field(column) for column in spec.columns],
        "primaryKey": list(spec.key),
        "missingValues": [""],
    }
    if spec.references:
        schema["foreignKeys"] = [
            {"fields": [column], "reference": {"resource": target, "fields": ["id"]}}
            for column, target in spec.references.items()
        ]
    return {
        "name": spec.name.replace("_", "-"),
        "type": "table",
        "path": f"{spec.name}.csv",
        "scheme": "file",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": spec.description,
        "schema": schema,
    }


def descriptor(about: dict[str, Any]) -> dict[str, Any]:
    """The ``datapackage.json`` of the whole package: `about` (name, title, version,
    licences, sources, ...) and a resource per table. A foreign key names the resource
    of the referenced table."""
    resources = [resource(spec) for spec in tables()]
    names = {spec.name: spec.name.replace("_", "-") for spec in tables()}
    for item in resources:
        for key in item["schema"].get("foreignKeys", []):
            key["reference"]["resource"] = names[key["reference"]["resource"]]
    described = {**about, "description": f"{about['description']}\n\n{SPREADSHEET_NOTE}"}
    return {"$schema": PROFILE, **described, "resources": resources}


def _cell(column: ColumnSpec, value: Any) -> str:
    """A CSV cell: a flag as true or false, text a spreadsheet will not run as a formula
    (`SPREADSHEET_NOTE`), numbers and dates as they are."""
    if value is None:
        return ""
    if column.kind == "boolean":
        return "true" if value else "false"
    if column.kind == "text":
        return spreadsheet_text(str(value))
    return str(value)


def write(
    folder: Path, dataset: Dataset, secondary: SecondaryRecord, about: dict[str, Any]
) -> None:
    """Fill `folder` (which exists and is empty) with the package's CSV files and
    ``datapackage.json``."""
    for spec in tables():
        with (folder / f"{spec.name}.csv").open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow([column.name for column in spec.columns])
            for row in spec.rows(dataset, secondary):
                cells = zip(spec.columns, row, strict=True)
                writer.writerow([_cell(column, value) for column, value in cells])
    text = json.dumps(descriptor(about), indent=2, ensure_ascii=False) + "\n"
    (folder / "datapackage.json").write_text(text, encoding="utf-8")
