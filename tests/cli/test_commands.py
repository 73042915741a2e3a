"""The CLI in process: tables at a fixed width, exact JSON, exit codes and error lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minefacts import __version__
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
    assert (result.exit_code, result.stderr) == (0, "")
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
    assert result.exit_code == 0
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
    }


def test_year_range_and_kind_filters_combine(invoke: Invoke) -> None:
    """--from, --to and repeated --kind narrow the timeline together."""
    result = invoke(
        "timeline",
        "--from",
        "2000-06",
        "--to",
        "2002",
        "-k",
        "meeting",
        "--kind",
        "SEMINAR",
        "-f",
        "json",
    )
    found = [(event["id"], event["in_range"]) for event in result.json]
    assert found[:4] == [
        ("second-meeting-of-states-parties", "yes"),
        ("tokyo-seminar", "yes"),
        ("victim-assistance-meeting-2000-12", "yes"),
        ("victim-assistance-meeting-2001-05", "yes"),
    ]
    primary = invoke(
        "--primary-only",
        "timeline",
        "--from",
        "2000-06",
        "--to",
        "2002",
        "-k",
        "meeting",
        "--kind",
        "SEMINAR",
        "-f",
        "json",
    ).json
    assert [event["id"] for event in primary] == [
        "tokyo-seminar",
        "third-meeting-of-states-parties",
        "bangkok-seminar",
        "fourth-meeting-of-states-parties",
    ]


def test_no_match_is_a_note_on_stderr_and_success(invoke: Invoke) -> None:
    """A query that matches nothing says so on stderr and exits 0; JSON stays valid."""
    table = invoke("timeline", "--year", "1990")
    assert (table.exit_code, table.stdout, table.stderr) == (0, "", "minefacts: no events match\n")
    as_json = invoke("timeline", "--year", "1990", "--format", "json")
    assert (as_json.exit_code, as_json.json) == (0, [])
    roles = invoke("role", "nothing-like-this")
    assert (roles.exit_code, roles.stderr) == (0, "minefacts: no roles match\n")


KINDS = ", ".join(kind.value for kind in EventKind)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["timeline", "--year", "abc"],
            "Invalid value for '--year' / '-y': 'abc' is not a year; give four digits, "
            "e.g. 2001 (see 'minefacts timeline --help')",
        ),
        (
            ["timeline", "--year", "98"],
            "Invalid value for '--year' / '-y': '98' is not a year; give four digits, "
            "e.g. 2001 (see 'minefacts timeline --help')",
        ),
        (
            ["timeline", "--from", "2003", "--to", "1998"],
            "--from 2003 is after --to 1998; swap them or widen the range",
        ),
        (
            ["timeline", "--kind", "party"],
            f"Invalid value for '--kind' / '-k': unknown kind 'party'; the kinds are {KINDS} "
            "(see 'minefacts timeline --help')",
        ),
        (
            ["timeline", "--from", "2001-13"],
            "Invalid value for '--from': '2001-13' is not a date: the month must be 01 to 12 "
            "(see 'minefacts timeline --help')",
        ),
        (
            ["timeline", "--to", "2001-02-30"],
            "Invalid value for '--to': '2001-02-30' is not a date: Feb 2001 has days 01 to 28 "
            "(see 'minefacts timeline --help')",
        ),
        (
            ["timeline", "--from", "2000/2001"],
            "Invalid value for '--from': '2000/2001' is a period; give one date, e.g. 2001-09 "
            "(see 'minefacts timeline --help')",
        ),
        (["role", "--year", "two"], None),
        (["no-such-command"], "No such command 'no-such-command'. (see 'minefacts --help')"),
        (["timeline", "--colour"], None),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(
    invoke: Invoke, args: list[str], message: str | None
) -> None:
    """Bad arguments exit 2 with one line on stderr naming the problem, and nothing on stdout."""
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("minefacts: error: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    if message is not None:
        assert result.stderr == f"minefacts: error: {message}\n"


def test_aliases_give_the_same_output(invoke: Invoke) -> None:
    """`roles` is `role`, and `aid` is `aid-progress`."""
    assert invoke("roles").stdout == invoke("role").stdout
    assert invoke("aid", "-f", "json").stdout == invoke("aid-progress", "-f", "json").stdout


def test_version(invoke: Invoke) -> None:
    """--version prints the name and version."""
    result = invoke("--version")
    assert (result.exit_code, result.stdout) == (0, f"minefacts {__version__}\n")


@pytest.mark.parametrize("command", ["timeline", "role", "aid-progress", "export"])
def test_every_command_has_help_with_examples(invoke: Invoke, command: str) -> None:
    """--help on each command describes it and shows at least one example to copy."""
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"minefacts {command.split('-', maxsplit=1)[0]}" in result.stdout


def test_no_arguments_shows_the_overview(invoke: Invoke) -> None:
    """Plain `minefacts` lists the commands and exits 0."""
    result = invoke()
    assert result.exit_code == 0
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


def test_export_to_a_file_and_refuse_to_overwrite(invoke: Invoke, tmp_path: Path) -> None:
    """--output writes the file; a second run keeps it unless --force is given."""
    target = tmp_path / "facts.json"
    first = invoke("export", "--output", str(target))
    assert (first.exit_code, first.stdout, first.stderr) == (0, "", f"minefacts: wrote {target}\n")
    assert json.loads(target.read_text(encoding="utf-8")) == invoke("export").json

    target.write_text("keep me", encoding="utf-8")
    again = invoke("export", "--output", str(target))
    assert (again.exit_code, again.stderr) == (
        1,
        f"minefacts: error: {target} already exists; use --force to replace it\n",
    )
    assert target.read_text(encoding="utf-8") == "keep me"

    forced = invoke("export", "--output", str(target), "--force")
    assert forced.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8")) == invoke("export").json
    assert [path.name for path in tmp_path.iterdir()] == ["facts.json"]


def test_export_into_a_missing_folder_fails_cleanly(invoke: Invoke, tmp_path: Path) -> None:
    """A path whose folder does not exist is one error line and no file."""
    target = tmp_path / "missing" / "facts.json"
    result = invoke("export", "-o", str(target))
    assert (result.exit_code, result.stderr) == (
        1,
        f"minefacts: error: cannot write {target}: folder {target.parent} does not exist\n",
    )
    assert not target.parent.exists()


def test_top_level_help_lists_examples(invoke: Invoke) -> None:
    """`minefacts --help` ends with examples to copy."""
    result = invoke("--help")
    assert result.exit_code == 0
    assert "Examples:\n    minefacts timeline\n" in result.stdout
