"""Every listing format from one set of columns: CSV parsed back, TSV for grep, NDJSON line
by line, Markdown and the chart against golden files; the schema and validate commands."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from minefacts.errors import ExitStatus
from minefacts.render.listings import (
    AID,
    FUNDING,
    RETAINED,
    ROLES,
    SEARCH,
    SOURCES,
    TIMELINE,
    Listing,
)
from tests.conftest import BUNDLED, REPO, Golden, Invoke

LISTINGS: list[tuple[list[str], Listing]] = [
    (["timeline"], TIMELINE),
    (["search", "seminar"], SEARCH),
    (["role"], ROLES),
    (["aid-progress"], AID),
    (["sources"], SOURCES),
    (["funding"], FUNDING),
    (["retained"], RETAINED),
]


@pytest.mark.parametrize(("args", "listing"), LISTINGS)
def test_csv_has_stable_columns_and_a_row_per_record(
    invoke: Invoke, args: list[str], listing: Listing
) -> None:
    """CSV parses back: the declared columns in order, one row per JSON record."""
    result = invoke(*args, "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == listing.fields.columns("")
    assert len(rows) == len(invoke(*args, "--format", "json").json) + 1


def flattened(value: Any, prefix: str = "") -> set[str]:
    """The column names a JSON value becomes by the delimited formats' rule: an object's
    keys prefixed with its name (a space in a key becomes ``_``), a list of objects by
    the keys of its objects."""
    if isinstance(value, dict):
        found: set[str] = set()
        for key, item in value.items():
            name = (f"{prefix}_{key}" if prefix else key).replace(" ", "_")
            found |= flattened(item, name)
        return found
    if isinstance(value, list) and any(isinstance(item, dict) for item in value):
        return set().union(*(flattened(item, prefix) for item in value if isinstance(item, dict)))
    return {prefix}


@pytest.mark.parametrize(("args", "listing"), LISTINGS)
def test_every_field_of_the_json_is_a_csv_column(
    invoke: Invoke, args: list[str], listing: Listing
) -> None:
    """Each key of a listing's JSON records, nested ones flattened with their parent's
    name, has its column in the CSV (for an object left null or a pair, its columns; for
    a field that flattens its own way, such as amounts in one cell, the column that holds
    it): no format silently loses a field."""
    header = next(csv.reader(io.StringIO(invoke(*args, "--format", "csv").stdout)))
    for found in invoke(*args, "--format", "json").json:
        record = dict(found)
        if args[0] == "funding":  # a year's one figure: its columns stand beside the year
            record.update(record.pop("figure") or {})
        missing = {
            key
            for key in flattened(record)
            if key not in header
            and not any(name.startswith(f"{key}_") for name in header)
            and not any(key.startswith(f"{name}_") for name in header)
            # funding's amounts, one group of numeric columns per unit
            and not (key.startswith("amounts_") and "amounts_usd_value" in header)
        }
        assert not missing, missing


def test_csv_keeps_every_fact_exact(invoke: Invoke) -> None:
    """CSV cells hold the same facts as the JSON, quotes and dates included."""
    rows = list(csv.DictReader(io.StringIO(invoke("timeline", "-f", "csv").stdout)))
    events = invoke("timeline", "-f", "json").json
    assert [row["id"] for row in rows] == [event["id"] for event in events]
    for row, event in zip(rows, events, strict=True):
        assert (row["date"], row["source_quote"]) == (
            event["date"],
            event["source"]["quote"] or "",
        )
        assert row["provenance"] == event["provenance"]


def test_empty_csv_is_a_header(invoke: Invoke) -> None:
    """No matches still gives a valid CSV: its header row."""
    result = invoke("timeline", "--year", "1990", "-f", "csv")
    assert result.stdout == ",".join(TIMELINE.fields.columns("")) + "\n"


@pytest.mark.parametrize(("args", "listing"), LISTINGS)
def test_ndjson_is_one_json_record_per_line(
    invoke: Invoke, args: list[str], listing: Listing
) -> None:
    """NDJSON: each line is the same record the JSON array holds."""
    lines = invoke(*args, "--format", "ndjson").stdout.splitlines()
    assert [json.loads(line) for line in lines] == invoke(*args, "--format", "json").json


def test_tsv_puts_each_record_on_one_line_for_grep(invoke: Invoke) -> None:
    """`timeline --format tsv | grep "Victim Assistance"` gives the date with the event:
    as written (EDTF) for programs and as people read it, under CSV's column names."""
    lines = invoke("timeline", "--format", "tsv").stdout.splitlines()
    assert lines[0].split("\t") == [
        "id",
        "date",
        "date_label",
        "kind",
        "title",
        "places",
        "disputed",
        "provenance",
    ]
    [found] = [line for line in lines if "Japan co-chairs the Standing Committee on Victim" in line]
    assert found.split("\t")[:5] == [
        "victim-assistance-co-chair",
        "2000/2001",
        "2000–2001",
        "appointment",
        "Japan co-chairs the Standing Committee on Victim Assistance",
    ]


def test_a_pipe_gets_tsv_and_a_terminal_a_table(invoke: Invoke) -> None:
    """With no --format, a terminal gets a table and a pipe or a file tab-separated lines."""
    piped = invoke("timeline", env={"TTY_COMPATIBLE": None})
    assert piped.stdout == invoke("timeline", "-f", "tsv").stdout
    assert "┃" in invoke("timeline").stdout


@pytest.mark.parametrize(
    "args", [["timeline"], ["role"], ["show", "convention-concluded"], ["aid"], ["year", "2001"]]
)
@pytest.mark.parametrize("piped", [True, False])
def test_no_line_ends_in_spaces(invoke: Invoke, args: list[str], piped: bool) -> None:
    """Neither a table nor a card pads its lines, on a terminal or in a pipe."""
    env = {"TTY_COMPATIBLE": None} if piped else {}
    for line in invoke(*args, env=env).stdout.splitlines():
        assert line == line.rstrip(), repr(line)


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


@pytest.mark.parametrize(
    "args",
    [
        ["timeline", "--year", "2001"],
        ["search", "seminar"],
        ["role"],
        ["aid-progress"],
        ["sources"],
        ["funding"],
        ["retained"],
        ["disputes"],
        ["cite", "tokyo-seminar", "bangkok-seminar"],
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("alias", ["md", "MD", " md "])
def test_md_is_markdown_wherever_markdown_is(invoke: Invoke, args: list[str], alias: str) -> None:
    """`--format md` (any case) is `--format markdown`, for every listing and for `cite`,
    and so is the old `--style md` of `cite`."""
    expected = invoke(*args, "--format", "markdown")
    assert expected.exit_code == ExitStatus.SUCCESS
    assert invoke(*args, "--format", alias).stdout == expected.stdout
    assert invoke(*args, "-f", alias).stdout == expected.stdout
    if args[0] == "cite":
        assert invoke(*args, "--style", alias).stdout == expected.stdout


@pytest.mark.parametrize("command", ["timeline", "search", "sources", "cite"])
def test_help_names_md_and_completion_offers_markdown_alone(invoke: Invoke, command: str) -> None:
    """Each --help with markdown says "markdown (or md)"; completion offers the one name."""
    from minefacts.cli.options import completion
    from minefacts.render.formats import CitationStyle, OutputFormat

    assert "markdown (or md)" in " ".join(invoke(command, "--help").stdout.split())
    formats = CitationStyle if command == "cite" else OutputFormat
    assert completion(formats)("m") == ["markdown"]


# schema and validate


# The committed files' exact text; older pydantic writes other bytes of the same meaning
# (tests/test_docs.py::test_the_json_schemas_mean_what_the_committed_files_mean).
@pytest.mark.artefact
def test_schema_prints_the_generated_schemas(invoke: Invoke) -> None:
    """`schema` prints data/minefacts.schema.json; --secondary the other file's."""
    data = REPO / "data"
    assert invoke("schema").stdout == (data / "minefacts.schema.json").read_text(encoding="utf-8")
    other = invoke("schema", "--secondary").stdout
    assert other == (data / "secondary.schema.json").read_text(encoding="utf-8")


def test_validate_a_good_file(invoke: Invoke) -> None:
    """A valid file: one line saying what it holds, exit 0."""
    result = invoke("validate", str(BUNDLED))
    assert (result.exit_code, result.stdout) == (
        ExitStatus.SUCCESS,
        f"{BUNDLED}: valid: 14 events, 4 roles, 1 pledge, 1 document\n",
    )


def test_validate_reports_every_problem(invoke: Invoke, tmp_path: Path) -> None:
    """Every problem on its own line with record id and field path, then exit 1."""
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["events"][0]["date"] = "1997-13"
    data["events"][2]["kind"] = "party"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = invoke("validate", str(path))
    assert result.exit_code == ExitStatus.ERROR
    [date, kind] = result.stdout.splitlines()
    assert date == (
        f"{path}: events[0] (id 'zero-victims-program'), field date: '1997-13' is not a date: "
        "the month must be 01 to 12"
    )
    assert kind.startswith(
        f"{path}: events[2] (id 'calls-on-non-parties'), field kind: Input should be 'proposal'"
    )
    assert result.stderr == f"minefacts: error: {path}: 2 problems\n"


def test_the_listing_csvs_are_data_in_pandas(invoke: Invoke) -> None:
    """pandas reads funding's amounts and retained's counts as numbers, the gap flag as a
    flag, and a gap as empty cells; every listing's `date` is EDTF beside its label."""
    import pandas as pd

    def frame(*args: str) -> pd.DataFrame:
        return pd.read_csv(io.StringIO(invoke(*args, "-f", "csv").stdout))

    funding = frame("funding")
    assert pd.api.types.is_numeric_dtype(funding["amounts_usd_value"])
    assert pd.api.types.is_numeric_dtype(funding["amounts_jpy_value"])
    assert funding["gap"].dtype == bool
    gaps = funding[funding["gap"]]
    assert gaps["amounts_usd_value"].isna().all()
    assert gaps["id"].isna().all()
    row = funding[funding["id"] == "funding-2022-lm-2023"].iloc[0]
    assert (row["amounts_jpy_value"], row["amounts_jpy_qualifier"]) == (5900000000, "more than")
    retained = frame("retained")
    assert retained["amounts_value"].dtype == "int64"
    for args in (["timeline"], ["funding"], ["retained"], ["sources"], ["search", "mine"]):
        dates = frame(*args)["date"].dropna()
        assert dates.str.fullmatch(EDTF).all(), args


EDTF = r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?"
"""A date as written: a day, a month, a year, or a period of two of them."""
