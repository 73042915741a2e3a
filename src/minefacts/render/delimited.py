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

CSV is what a spreadsheet opens, so a text cell that a spreadsheet could run as a formula
(one beginning with ``=``, ``+``, ``-`` or ``@``) begins with a single quote there
(`minefacts.render.safe.spreadsheet_text`). TSV is for ``grep``, ``cut`` and ``awk`` and
keeps each value's text as it is, whatever it begins with: open the CSV, not the TSV, in
a spreadsheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from minefacts.render.fields import Cell, for_reading
from minefacts.render.safe import spreadsheet_text

if TYPE_CHECKING:
    from minefacts.render.listings import Listing


def csv_text(listing: Listing, items: Sequence[Any]) -> str:
    """A header row of column names, then a row per item."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    fields = listing.fields
    writer.writerow(fields.columns(""))
    writer.writerows(_csv_row(fields.cells(item)) for item in items)
    return buffer.getvalue()


def _csv_row(cells: Sequence[Cell]) -> list[Any]:
    """A CSV row: nothing for None, text a spreadsheet will not run, numbers as numbers."""
    return [
        "" if value is None else spreadsheet_text(value) if isinstance(value, str) else value
        for value in cells
    ]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def tsv_text(listing: Listing, items: Sequence[Any]) -> str:
    """The columns people see and the dates programs read (EDTF), tab-separated: a header
    row of column names, as CSV names them, then one line per item.

    Made for ``grep``, ``cut`` and ``awk``: each value is its text as it is, with runs of
    white space (tabs and newlines among them) made one space, so a value never splits a
    line or a column. Unlike CSV, nothing is put before a value that begins like a
    spreadsheet formula (``=``, ``+``, ``-``, ``@``): ``grep '=HYPERLINK'`` finds it as
    the dataset has it. Open the CSV, not the TSV, in a spreadsheet."""
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
