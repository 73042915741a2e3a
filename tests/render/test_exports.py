"""The exports as the tools that read them see them: the JSON export as a --data file, the
SQLite database in datasette, the Data Package in frictionless; every field of every
record in each."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import json
import re
import shutil
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
from minefacts.model.kinds import EventKind
from minefacts.model.records import Document, Event, Pledge, Role
from minefacts.model.secondary import (
    RELATIONS,
    Claim,
    Figure,
    SecondaryEvent,
    SecondaryRole,
    SecondarySource,
)
from minefacts.render.export.tables import tables
from tests.conftest import BUNDLED, Invoke

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
SEARCHABLE += ["secondary_events", "secondary_roles", "sources", "timeline"]


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


def _datasette(exported: Path, path: str, database: str = "minefacts.db") -> Any:
    metadata = json.loads((exported / "metadata.json").read_text(encoding="utf-8"))
    ds = Datasette([str(exported / database)], metadata=metadata)

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
    assert columns["date_start"] == "The first day `date` can mean."


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


FILLER = re.compile(r"\(a list of [\w ]+\)|^\W*\w+\W*$")
"""What a generated description looks like: "Places (a list of events).", or one word."""


def _filler(name: str, description: str | None) -> bool:
    return not description or bool(FILLER.search(description)) or description == name


def test_every_column_of_every_table_is_described(exported: Path) -> None:
    """Every table and every column of the database (the timeline among them) and of the
    Data Package has a description of its own, not generated filler."""
    with closing(sqlite3.connect(exported / "minefacts.db")) as database:
        names = [
            name
            for (name,) in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if "_fts" not in name
        ]
        columns = {
            name: [row[1] for row in database.execute(f'PRAGMA table_info("{name}")')]
            for name in names
        }
    metadata = json.loads((exported / "metadata.json").read_text(encoding="utf-8"))
    described = metadata["databases"]["minefacts"]["tables"]
    assert "timeline" in described
    lacking = [
        f"{table}.{column}"
        for table in names
        for column in columns[table]
        if _filler(column, described[table]["columns"].get(column))
    ]
    lacking += [table for table in names if _filler(table, described[table]["description"])]
    descriptor = json.loads((exported / "package" / "datapackage.json").read_text("utf-8"))
    for resource in descriptor["resources"]:
        if _filler(resource["name"], resource.get("description")):
            lacking.append(f"package {resource['name']}")
        lacking += [
            f"package {resource['name']}.{field['name']}"
            for field in resource["schema"]["fields"]
            if _filler(field["name"], field.get("description"))
        ]
    assert lacking == []


def test_closed_sets_are_enums_in_both_exports(exported: Path) -> None:
    """A kind, a precision or a relation is one of its set: an enum and categories in the
    Data Package, which frictionless holds a cell to, and a CHECK in SQLite."""
    descriptor = json.loads((exported / "package" / "datapackage.json").read_text("utf-8"))
    fields = {
        (resource["name"], field["name"]): field
        for resource in descriptor["resources"]
        for field in resource["schema"]["fields"]
    }
    kinds = [kind.value for kind in EventKind]
    assert fields["events", "kind"]["constraints"]["enum"] == kinds
    assert fields["events", "kind"]["categories"] == kinds
    assert fields["events", "date_precision"]["constraints"]["enum"] == [
        "day",
        "month",
        "year",
        "period",
    ]
    assert fields["claims", "relation"]["constraints"]["enum"] == list(RELATIONS)
    assert fields["disputes", "relation"]["constraints"]["enum"] == ["revises", "disagrees"]
    with closing(sqlite3.connect(exported / "minefacts.db")) as database:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            database.execute("UPDATE events SET kind = 'party' WHERE rowid = 1")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            database.execute("UPDATE timeline SET provenance = 'tertiary' WHERE rowid = 1")


def test_frictionless_refuses_a_cell_outside_its_set(exported: Path, tmp_path: Path) -> None:
    """The enum is a real constraint: a package whose kind is not a kind fails."""
    package = tmp_path / "package"
    shutil.copytree(exported / "package", package)
    events = package / "events.csv"
    with events.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    rows[1][rows[0].index("kind")] = "party"
    with events.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\n").writerows(rows)
    report = Package(str(package / "datapackage.json")).validate()
    assert not report.valid
    assert report.flatten(["fieldName", "type"])[0] == ["kind", "constraint-error"]


def test_datasette_offers_facets_on_kind_precision_and_provenance(exported: Path) -> None:
    """The timeline has facets on provenance, kind and date precision, counted over every
    event; the events table on kind and date precision."""
    timeline = _datasette(exported, "/minefacts/timeline.json").json()
    facets = {
        name: {item["value"]: item["count"] for item in facet["results"]}
        for name, facet in timeline["facet_results"].items()
    }
    assert list(facets) == ["provenance", "kind", "date_precision"]
    dataset = catalogs.load()
    assert facets["provenance"] == {
        "primary": len(dataset.dataset.events),
        "secondary": len(dataset.secondary.events),
    }
    assert set(facets["date_precision"]) <= {"day", "month", "year", "period"}
    events = _datasette(exported, "/minefacts/events.json").json()
    assert list(events["facet_results"]) == ["kind", "date_precision"]


@pytest.mark.parametrize("table", ["events", "secondary_events", "timeline", "roles"])
def test_datasette_sorts_by_date(exported: Path, table: str) -> None:
    """A table with a date is sorted by its first day, not by its id."""
    rows = _datasette(exported, f"/minefacts/{table}.json?_shape=array&_size=max").json()
    column = "period_start" if table == "roles" else "date_start"
    starts = [row[column] for row in rows]
    assert starts == sorted(starts)
    assert [row["id"] for row in rows] != sorted(row["id"] for row in rows)


def test_datasette_searches_the_timeline(exported: Path) -> None:
    """?_search= on the timeline finds the events of either provenance whose title or
    summary has the word, and no others."""
    found = _datasette(exported, "/minefacts/timeline.json?_search=Tokyo&_shape=array").json()
    everything = _datasette(exported, "/minefacts/timeline.json?_shape=array&_size=max").json()
    word = re.compile(r"\btokyo\b", re.IGNORECASE)
    expected = [row["id"] for row in everything if word.search(row["title"] + row["summary"])]
    assert sorted(row["id"] for row in found) == sorted(expected)
    assert {row["provenance"] for row in found} == {"primary", "secondary"}


def test_datasette_shows_the_title_and_every_licence_as_links(exported: Path) -> None:
    """The database has a title of its own, not its file's name; the description links
    each address, the dataset's and the quoted text's licences among them."""
    page = _datasette(exported, "/minefacts").text
    assert "<h1>Japan and the Ottawa Convention: the minefacts dataset</h1>" in page
    index = _datasette(exported, "/").text
    for address in (
        "https://creativecommons.org/licenses/by/4.0/",
        "https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0",
        "https://www.mofa.go.jp/about/legalmatters.html",
        "https://www.mofa.go.jp/policy/landmine/effort0302.html",
        "https://opensource.org/license/mit",
    ):
        assert f'<a href="{address}">{address}</a>' in index


def test_text_from_a_dataset_file_is_escaped_in_datasette(invoke: Invoke, tmp_path: Path) -> None:
    """A --data file whose document title and address carry a script shows them as text:
    nothing of a dataset file reaches datasette's pages as HTML."""
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["documents"][0]["title"] = "<script>alert('title')</script>"
    data["documents"][0]["url"] = 'https://example.org/"><script>alert(1)</script>'
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = invoke("--data", str(path), "export", "-f", "sqlite", "-o", str(tmp_path / "h.db"))
    assert result.exit_code == ExitStatus.SUCCESS, result.stderr
    metadata = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    assert "<script>" not in metadata["description_html"]
    for page in ("/", "/h"):
        text = _datasette(tmp_path, page, "h.db").text
        assert "<script>alert" not in text
        assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in text
