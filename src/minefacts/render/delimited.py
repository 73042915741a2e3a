"""A listing as delimited text: CSV for spreadsheets and programs, TSV for grep and cut,
Markdown for a report.

- CSV has every field of the listing's JSON (`Listing.fields`): nested objects flattened
  with their name as a prefix, lists joined with ``"; "``, so a field added to a record
  reaches it with no second edit.
- TSV has the columns people see and, beside each date's label, the date as written
  (EDTF), under the names CSV gives them (``date``, ``date_label``; ``period`` beside a
  role's ``term``): one record a line, each value on one line, so ``grep`` finds a record
  with everything about it and ``cut``, ``sort`` and ``awk`` read its columns.
- Markdown has the columns people see, under the headers people read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from minefacts.render.fields import Cell, for_reading

if TYPE_CHECKING:
    from minefacts.render.listings import Listing


def csv_text(listing: Listing, items: Sequence[Any]) -> str:
    """A header row of column names, then a row per item."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(listing.fields.columns(""))
    writer.writerows(_csv_row(listing.fields.cells(item)) for item in items)
    return buffer.getvalue()


def _csv_row(cells: Sequence[Cell]) -> list[Any]:
    return ["" if value is None else value for value in cells]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def tsv_text(listing: Listing, items: Sequence[Any]) -> str:
    """The columns people see and the dates programs read (EDTF), tab-separated: a header
    row of column names, as CSV names them, then one line per item."""
    columns = listing.columns
    lines = ["\t".join(column.name for column in columns)]
    lines += ["\t".join(_one_line(c.text(item)) for c in columns) for item in items]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return _one_line(text).replace("|", "\\|")


def markdown_text(listing: Listing, items: Sequence[Any]) -> str:
    """A GitHub-flavoured Markdown table of the columns people see."""
    columns = for_reading(listing.shown)
    lines = [
        "| " + " | ".join(column.header for column in columns) + " |",
        "|" + "|".join("---" for _ in columns) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c.text(item)) for c in columns) + " |" for item in items]
    return "\n".join(lines) + "\n"
