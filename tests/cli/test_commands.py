"""The CLI in process: tables at a fixed width, exact JSON, exit codes and error lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minefacts import __version__
from minefacts.errors import ExitStatus
from minefacts.model.kinds import EventKind
from tests.conftest import REPO, Golden, Invoke


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["timeline"], "timeline.txt"),
        (["timeline", "--year", "2001"], "timeline-2001.txt"),
        (["role"], "role.txt"),
        (["aid-progress"], "aid-progress.txt"),
    ],
)
def test_tables_match_their_golden_files(
    invoke: Invoke, golden: Golden, args: list[str], name: str
) -> None:
    """Each table, at 100 columns with colour off, is exactly its golden file."""
    result = invoke(*args)
    assert (result.exit_code, result.stderr) == (ExitStatus.SUCCESS, "")
    golden(name, result.stdout)


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["timeline", "--year", "2001", "--format", "json"], "timeline-2001.json"),
        (["role", "--format", "json"], "role.json"),
        (["aid-progress", "--format", "json"], "aid-progress.json"),
    ],
)
def test_json_matches_its_golden_file(
    invoke: Invoke, golden: Golden, args: list[str], name: str
) -> None:
    """The JSON output is exactly its golden file."""
    result = invoke(*args)
    assert result.exit_code == ExitStatus.SUCCESS
    golden(name, result.stdout)


def test_timeline_json_items_carry_the_documented_fields(invoke: Invoke) -> None:
    """Every event has id, kind, provenance, date, title, summary and source, with date
    bounds; the source document's events carry their quote, the others none."""
    events = invoke("timeline", "--format", "json").json
    assert len(events) > 14
    for event in events:
        keys = {"id", "kind", "provenance", "date", "title", "summary", "source", "in_range"}
        assert keys <= event.keys()
        assert set(event["source"]) == {"document", "section", "quote"}
        assert bool(event["source"]["quote"]) is (event["provenance"] == "primary")
        assert event["date_start"] <= event["date_end"]
    deadline = next(e for e in events if e["id"] == "destruction-deadline")
    assert {key: deadline[key] for key in deadline if key.startswith("date")} == {
        "date": "2003-02",
        "date_qualifier": "end",
        "date_means": None,
        "date_precision": "month",
        "date_start": "2003-02-01",
        "date_end": "2003-02-28",
        "date_label": "end of Feb 2003",
        "dated_by": [],
    }


FILTERED = ["timeline", "--from", "2000-06", "--to", "2002", "-k", "meeting", "--kind", "SEMINAR"]
FILTERED += ["-f", "json"]


def test_year_range_and_kind_filters_combine(invoke: Invoke) -> None:
    """--from, --to and repeated --kind narrow the timeline together."""
    result = invoke(*FILTERED)
    found = [(event["id"], event["in_range"]) for event in result.json]
    assert found[:4] == [
        ("second-meeting-of-states-parties", "yes"),
        ("tokyo-seminar", "yes"),
        ("victim-assistance-meeting-2000-12", "yes"),
        ("victim-assistance-meeting-2001-05", "yes"),
    ]
    primary = invoke("--primary-only", *FILTERED).json
    assert [event["id"] for event in primary] == [
        "tokyo-seminar",
        "third-meeting-of-states-parties",
        "bangkok-seminar",
        "fourth-meeting-of-states-parties",
    ]


def test_no_match_is_a_note_on_stderr_and_success(invoke: Invoke) -> None:
    """A query that matches nothing says so on stderr and exits 0; JSON stays valid."""
    table = invoke("timeline", "--year", "1990")
    assert (table.exit_code, table.stdout, table.stderr) == (
        ExitStatus.SUCCESS,
        "",
        "minefacts: no events match\n",
    )
    as_json = invoke("timeline", "--year", "1990", "--format", "json")
    assert (as_json.exit_code, as_json.json) == (ExitStatus.SUCCESS, [])
    roles = invoke("role", "nothing-like-this")
    assert (roles.exit_code, roles.stderr) == (ExitStatus.SUCCESS, "minefacts: no roles match\n")


def test_aliases_give_the_same_output(invoke: Invoke) -> None:
    """`roles` is `role`, and `aid` is `aid-progress`."""
    assert invoke("roles").stdout == invoke("role").stdout
    assert invoke("aid", "-f", "json").stdout == invoke("aid-progress", "-f", "json").stdout


def test_version(invoke: Invoke) -> None:
    """--version prints the name and version."""
    result = invoke("--version")
    assert (result.exit_code, result.stdout) == (ExitStatus.SUCCESS, f"minefacts {__version__}\n")


def test_no_arguments_shows_the_overview(invoke: Invoke) -> None:
    """Plain `minefacts` lists the commands and exits 0."""
    result = invoke()
    assert result.exit_code == ExitStatus.SUCCESS
    for command in ("timeline", "role", "aid-progress", "export"):
        assert command in result.stdout


def test_kind_completion_offers_matching_kinds() -> None:
    """Completing --kind offers the kinds that start with what was typed."""
    from minefacts.cli.options import complete_kind

    assert complete_kind("pr") == ["proposal", "production"]
    assert complete_kind("") == [kind.value for kind in EventKind]


def test_export_prints_the_dataset_file(invoke: Invoke) -> None:
    """Export to stdout is the bundled dataset, field for field, with its notice and the
    secondary record."""
    exported = invoke("export").json
    bundled = json.loads((REPO / "data" / "minefacts.json").read_text(encoding="utf-8"))
    secondary = json.loads((REPO / "data" / "secondary.json").read_text(encoding="utf-8"))
    notice = exported.pop("notice")
    assert notice["attribution"][0].startswith("Source: ")
    for collection, records in exported.pop("secondary").items():
        assert [r["id"] for r in records] == [r["id"] for r in secondary[collection]]
    assert exported == bundled


def test_export_to_a_file_and_replace_it_with_force(invoke: Invoke, tmp_path: Path) -> None:
    """--output writes the file and says so on stderr; --force replaces an existing file
    (which, without it, is kept: tests/cli/test_bad_input.py), leaving nothing else."""
    target = tmp_path / "facts.json"
    first = invoke("export", "--output", str(target))
    assert (first.exit_code, first.stdout, first.stderr) == (
        ExitStatus.SUCCESS,
        "",
        f"minefacts: wrote {target}\n",
    )
    assert json.loads(target.read_text(encoding="utf-8")) == invoke("export").json

    target.write_text("keep me", encoding="utf-8")
    forced = invoke("export", "--output", str(target), "--force")
    assert (forced.exit_code, forced.stdout, forced.stderr) == (
        ExitStatus.SUCCESS,
        "",
        f"minefacts: wrote {target}\n",
    )
    assert json.loads(target.read_text(encoding="utf-8")) == invoke("export").json
    assert [path.name for path in tmp_path.iterdir()] == ["facts.json"]
