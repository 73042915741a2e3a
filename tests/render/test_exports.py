"""The exports as the tools that read them see them: the JSON export as a --data file, the
SQLite database in datasette, the Data Package in frictionless; every field of every
record in each."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sqlite3
import typing
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from datasette.app import Datasette
from frictionless import Package

from minefacts.catalog import loading as catalogs
from minefacts.errors import ExitStatus
from minefacts.model.records import Document, Event, Pledge, Role
from minefacts.model.secondary import Claim, Figure, SecondaryEvent, SecondaryRole, SecondarySource
from minefacts.render.export.tables import tables
from tests.conftest import Invoke

RECORDS: dict[str, type] = {
    "documents": Document,
    "events": Event,
    "roles": Role,
    "pledges": Pledge,
    "sources": SecondarySource,
    "claims": Claim,
    "secondary_events": SecondaryEvent,
    "secondary_roles": SecondaryRole,
    "figures": Figure,
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled dataset exported in every format, once for the module."""
    from typer.testing import CliRunner

    from minefacts.cli.app import app
    from tests.conftest import FIXED_ENV

    folder = tmp_path_factory.mktemp("exports")
    runner = CliRunner()
    for args in (
        ["export", "--output", str(folder / "minefacts.json")],
        ["export", "-f", "sqlite", "--output", str(folder / "minefacts.db")],
        ["export", "-f", "datapackage", "--output", str(folder / "package")],
    ):
        result = runner.invoke(app, args, env=FIXED_ENV, catch_exceptions=False)
        assert result.exit_code == ExitStatus.SUCCESS, result.stderr
    return folder


def test_every_field_of_every_record_is_a_column(exported: Path) -> None:
    """Each field of each record class is a column of its table, or a child table: a new
    field cannot be missing from SQLite, the Data Package or CSV."""
    names = {spec.name: {column.name for column in spec.columns} for spec in tables()}
    for table, cls in RECORDS.items():
        for field in dataclasses.fields(cls):
            child = f"{table}_{field.name}"
            covered = child in names or any(
                column == field.name or column.startswith(f"{field.name}_")
                for column in names[table]
            )
            assert covered, f"{cls.__name__}.{field.name} is in no column of {table}"


def test_the_json_export_is_the_whole_dataset_and_a_data_file(
    invoke: Invoke, exported: Path
) -> None:
    """The export carries the secondary record and the notice, and loads back unchanged."""
    path = exported / "minefacts.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"notice", "documents", "events", "secondary"} <= set(data)
    assert data["notice"]["attribution"][0].startswith(
        'Source: "Japan\'s Efforts on the Issue of Landmines." Ministry of Foreign Affairs'
    )
    assert data["notice"]["edited"][0].startswith("Created by editing")
    loaded = catalogs.load(path)
    bundled = catalogs.load()
    assert loaded.dataset == bundled.dataset
    assert loaded.secondary == bundled.secondary
    again = invoke("--data", str(path), "export").stdout
    assert json.loads(again) == data


def test_sqlite_keys_hold(exported: Path) -> None:
    """Every foreign key resolves."""
    with closing(sqlite3.connect(exported / "minefacts.db")) as database:
        assert database.execute("PRAGMA foreign_key_check").fetchall() == []


SEARCHABLE = ["claims", "disputes", "documents", "events", "figures", "pledges", "roles"]
SEARCHABLE += ["secondary_events", "secondary_roles", "sources"]


def test_sqlite_full_text_search_is_declared_as_datasette_detects_it(exported: Path) -> None:
    """Every table with text to search has an FTS table naming it in double quotes, the
    form datasette detects (``content='events'`` it ignores)."""
    with closing(sqlite3.connect(exported / "minefacts.db")) as database:
        found = dict(
            database.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_fts'"
                " ESCAPE '\\'"
            ).fetchall()
        )
    assert sorted(found) == [f"{table}_fts" for table in SEARCHABLE]
    for table in SEARCHABLE:
        assert f'content="{table}"' in found[f"{table}_fts"]


def test_datasette_detects_full_text_search_on_every_searchable_table(exported: Path) -> None:
    """datasette's own table listing names each table's FTS table."""
    tables = _datasette(exported, "/minefacts.json").json()["tables"]
    detected = {table["name"]: table["fts_table"] for table in tables}
    assert {table: detected[table] for table in SEARCHABLE} == {
        table: f"{table}_fts" for table in SEARCHABLE
    }


def _datasette(exported: Path, path: str) -> Any:
    metadata = json.loads((exported / "metadata.json").read_text(encoding="utf-8"))
    ds = Datasette([str(exported / "minefacts.db")], metadata=metadata)

    async def get() -> Any:
        return await ds.client.get(path)

    return asyncio.run(get())


def test_datasette_searches_the_export(exported: Path) -> None:
    """datasette finds the Third Meeting with ?_search=Managua, and claims by their words."""
    found = _datasette(exported, "/minefacts/events.json?_search=Managua&_shape=array")
    assert found.status_code == 200
    assert "third-meeting-of-states-parties" in [row["id"] for row in found.json()]
    claims = _datasette(exported, "/minefacts/claims.json?_search=Koizumi&_shape=array")
    assert [row["id"] for row in claims.json()] == ["ceremony-at-shin-asahi"]


def test_datasette_shows_the_metadata(exported: Path) -> None:
    """The licence, the source and the tables' descriptions show in datasette."""
    page = _datasette(exported, "/minefacts/events").text
    assert "Creative Commons Attribution 4.0" in page or "CC-BY-4.0" in page
    assert "Events of the source document" in page
    metadata = _datasette(exported, "/-/metadata.json").json()
    assert metadata["source_url"] == "https://www.mofa.go.jp/policy/landmine/effort0302.html"
    columns = metadata["databases"]["minefacts"]["tables"]["events"]["columns"]
    assert columns["date_start"] == "The first day the date can mean."


def test_frictionless_accepts_the_data_package(exported: Path) -> None:
    """frictionless validates every resource, keys included."""
    report = Package(str(exported / "package" / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]


def test_the_data_package_documents_itself(exported: Path) -> None:
    """The descriptor has the licences, the sources, a version, and the EDTF pattern."""
    descriptor = json.loads((exported / "package" / "datapackage.json").read_text("utf-8"))
    assert [licence["name"] for licence in descriptor["licenses"]] == [
        "CC-BY-4.0",
        "LicenseRef-PDL-1.0",
    ]
    assert descriptor["sources"][0]["path"] == (
        "https://www.mofa.go.jp/policy/landmine/effort0302.html"
    )
    assert descriptor["version"]
    events = next(r for r in descriptor["resources"] if r["name"] == "events")
    date = next(f for f in events["schema"]["fields"] if f["name"] == "date")
    assert date["constraints"]["pattern"].startswith("^\\d{4}")
    assert {
        "fields": ["source_document"],
        "reference": {"resource": "documents", "fields": ["id"]},
    } in events["schema"]["foreignKeys"]


def test_the_model_and_the_tables_agree_on_types() -> None:
    """A field the model types as a flag is a boolean column; a whole number an integer."""
    spec = next(spec for spec in tables() if spec.name == "events_places")
    kinds = {column.name: column.kind for column in spec.columns}
    hints = typing.get_type_hints(type(catalogs.load().dataset.events[0].places[0]))
    assert hints["country_in_source"] is bool
    assert kinds["country_in_source"] == "boolean"


def test_the_database_carries_the_disputes_the_tool_derives(exported: Path) -> None:
    """The `disputes` table lists what `minefacts disputes` lists; the timeline view gives
    each disputed date's other side, and the side other records show in error."""
    with closing(sqlite3.connect(exported / "minefacts.db")) as database:
        disputed = database.execute(
            "SELECT id, disputed_by, other_dates, shown_in_error FROM timeline"
            " WHERE disputed_by IS NOT NULL ORDER BY date_start"
        ).fetchall()
        records = {row[0] for row in database.execute("SELECT record FROM disputes")}
        sides = database.execute(
            "SELECT position, value, records FROM disputes_sides"
            " WHERE record = 'funding-1999-lm-2001' ORDER BY position"
        ).fetchall()
    assert disputed == [
        ("apm-production-stopped", "production-stopped-march-1998", "1998-03", None),
        (
            "tokyo-seminar-on-landmines-2004",
            "tokyo-seminar-lm-2004",
            "2004-03-03/2004-03-04",
            "tokyo-seminar-lm-2004",
        ),
        (
            "first-review-conference",
            "first-review-conference-opened-28-november",
            "2004-11-28/2004-12-03",
            None,
        ),
        (
            "tenth-meeting-of-states-parties",
            "tenth-meeting-dated-2011",
            "2011-11/2011-12",
            "tenth-meeting-dated-2011",
        ),
    ]
    assert records == {
        "aid-provided-lm-2004",
        "production-stopped-march-1998",
        "nicaragua-co-chair-lm-2000",
        "first-review-conference-opened-28-november",
        "tenth-meeting-dated-2011",
        "tokyo-seminar-lm-2004",
        "funding-1999-lm-2001",
    }
    assert sides == [
        (0, "US$13.2 million", "funding-1999-lm-2001"),
        (1, "US$13.1 million", "funding-1999-lm-2000"),
    ]
