"""Every output format, from one rendering layer: CSV parsed back, NDJSON line by line,
Markdown and the chart against golden files, and the SQLite export queried."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from minefacts.render.flat import AID, ROLES, SEARCH, SOURCES, TIMELINE, Column
from tests.conftest import REPO, Invoke

Golden = Callable[[str, str], None]

LISTINGS = [
    (["timeline"], TIMELINE, 14),
    (["search", "seminar"], SEARCH, 2),
    (["role"], ROLES, 4),
    (["aid-progress"], AID, 1),
    (["sources"], SOURCES, 12),
]


@pytest.mark.parametrize(("args", "columns", "count"), LISTINGS)
def test_csv_has_stable_columns_and_a_row_per_fact(
    invoke: Invoke, args: list[str], columns: list[Column[Any]], count: int
) -> None:
    """CSV parses back: the declared columns in order, one row per fact."""
    result = invoke(*args, "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == [column.name for column in columns]
    assert len(rows) == count + 1


def test_csv_keeps_every_fact_exact(invoke: Invoke) -> None:
    """CSV cells hold the same facts as the JSON, quotes and dates included."""
    rows = list(csv.DictReader(io.StringIO(invoke("timeline", "-f", "csv").stdout)))
    events = invoke("timeline", "-f", "json").json
    assert [row["id"] for row in rows] == [event["id"] for event in events]
    for row, event in zip(rows, events, strict=True):
        assert (row["date"], row["date_label"], row["source_quote"]) == (
            event["date"],
            event["date_label"],
            event["source"]["quote"],
        )


def test_empty_csv_is_a_header(invoke: Invoke) -> None:
    """No matches still gives a valid CSV: its header row."""
    result = invoke("timeline", "--year", "1990", "-f", "csv")
    assert result.stdout == ",".join(column.name for column in TIMELINE) + "\n"


@pytest.mark.parametrize(("args", "columns", "count"), LISTINGS)
def test_ndjson_is_one_json_record_per_line(
    invoke: Invoke, args: list[str], columns: list[Column[Any]], count: int
) -> None:
    """NDJSON: each line is the same record the JSON array holds."""
    lines = invoke(*args, "--format", "ndjson").stdout.splitlines()
    assert [json.loads(line) for line in lines] == invoke(*args, "--format", "json").json


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["timeline", "-f", "markdown"], "timeline.md"),
        (["role", "-f", "markdown"], "role.md"),
        (["sources", "-f", "markdown"], "sources.md"),
    ],
)
def test_markdown_matches_its_golden_file(
    invoke: Invoke, golden: Golden, args: list[str], name: str
) -> None:
    """Markdown tables, ready to paste into a report."""
    golden(name, invoke(*args).stdout)


@pytest.mark.parametrize("columns", ["80", "100"])
def test_chart_matches_its_golden_file(invoke: Invoke, golden: Golden, columns: str) -> None:
    """The chart at 80 and 100 columns: a column per year, points and bars."""
    result = invoke("timeline", "--chart", env={"COLUMNS": columns})
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= int(columns)
    golden(f"chart-{columns}.txt", result.stdout)


# SQLite


@pytest.fixture
def database(invoke: Invoke, tmp_path: Path) -> sqlite3.Connection:
    path = tmp_path / "facts.db"
    result = invoke("export", "--format", "sqlite", "--output", str(path))
    assert (result.exit_code, result.stderr) == (0, f"minefacts: wrote {path}\n")
    return sqlite3.connect(path)


def test_sqlite_has_a_table_per_entity(database: sqlite3.Connection) -> None:
    """Every entity has its table, with every record."""
    counts = {
        table: database.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("documents", "events", "roles", "pledges", "secondary_sources", "claims")
    }
    assert counts == {
        "documents": 1,
        "events": 14,
        "roles": 4,
        "pledges": 1,
        "secondary_sources": 11,
        "claims": 16,
    }


def test_sqlite_foreign_keys_hold(database: sqlite3.Connection) -> None:
    """Every foreign key resolves."""
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []


def test_sqlite_full_text_search(database: sqlite3.Connection) -> None:
    """events_fts finds events by the words of their titles, summaries and quotes."""
    found = database.execute(
        "SELECT events.id FROM events_fts JOIN events ON events.rowid = events_fts.rowid "
        "WHERE events_fts MATCH 'bangkok' ORDER BY events.date_start"
    ).fetchall()
    assert found == [("tokyo-seminar",), ("bangkok-seminar",)]
    claims = database.execute(
        "SELECT claims.id FROM claims_fts JOIN claims ON claims.rowid = claims_fts.rowid "
        "WHERE claims_fts MATCH 'Koizumi'"
    ).fetchall()
    assert claims == [("ceremony-at-shin-asahi",)]


def test_sqlite_keeps_dates_and_quotes(database: sqlite3.Connection) -> None:
    """Dates keep their written form and bounds; quotes are verbatim."""
    row = database.execute(
        "SELECT date, date_qualifier, date_start, date_end, source_quote FROM events "
        "WHERE id = 'destruction-deadline'"
    ).fetchone()
    assert row == (
        "2003-02",
        "end",
        "2003-02-01",
        "2003-02-28",
        "(The deadline for completing the destruction is the end of February.)",
    )


def test_sqlite_needs_an_output_file(invoke: Invoke) -> None:
    """A database cannot go to stdout: exit 2."""
    result = invoke("export", "--format", "sqlite")
    assert result.exit_code == 2
    assert "a SQLite database needs --output FILE" in result.stderr


def test_sqlite_export_keeps_an_existing_file(invoke: Invoke, tmp_path: Path) -> None:
    """An existing file is kept unless --force."""
    target = tmp_path / "facts.db"
    target.write_text("notes", encoding="utf-8")
    result = invoke("export", "-f", "sqlite", "-o", str(target))
    assert result.exit_code == 1
    assert target.read_text(encoding="utf-8") == "notes"


# schema and validate


def test_schema_prints_the_generated_schemas(invoke: Invoke) -> None:
    """`schema` prints data/minefacts.schema.json; --corroboration the other file's."""
    data = REPO / "data"
    assert invoke("schema").stdout == (data / "minefacts.schema.json").read_text(encoding="utf-8")
    other = invoke("schema", "--corroboration").stdout
    assert other == (data / "corroboration.schema.json").read_text(encoding="utf-8")


def test_validate_a_good_file(invoke: Invoke) -> None:
    """A valid file: one line saying what it holds, exit 0."""
    path = REPO / "data" / "minefacts.json"
    result = invoke("validate", str(path))
    assert (result.exit_code, result.stdout) == (
        0,
        f"{path}: valid: 14 events, 4 roles, 1 pledge, 1 document\n",
    )


def test_validate_reports_every_problem(invoke: Invoke, tmp_path: Path) -> None:
    """Every problem on its own line with record id and field path, then exit 1."""
    data = json.loads((REPO / "data" / "minefacts.json").read_text(encoding="utf-8"))
    data["events"][0]["date"] = "1997-13"
    data["events"][2]["kind"] = "party"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = invoke("validate", str(path))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}: events[0] (id 'zero-victims-program'), field date: '1997-13' is not a date: "
        "the month must be 01 to 12",
        f"{path}: events[2] (id 'calls-on-non-parties'), field kind: Input should be "
        "'proposal', 'treaty', 'outreach', 'seminar', 'appointment', 'meeting', 'aid', "
        "'destruction', 'ceremony', 'deadline' or 'publication'",
    ]
    assert result.stderr == f"minefacts: error: {path}: 2 problems\n"
