"""`--primary-only`: the source document's facts alone, exactly as if no other record existed.

Every command's output under `--primary-only` equals its output on the bundled dataset
with an empty secondary record, byte for byte, and is pinned by golden files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minefacts.errors import ExitStatus
from tests.conftest import BUNDLED, Golden, Invoke

COMMANDS = [
    ["timeline"],
    ["timeline", "--year", "2001"],
    ["role"],
    ["aid-progress"],
    ["on", "2001-09-20"],
    ["on", "2011-01-01"],
    ["year", "2001"],
    ["year", "2005"],
    ["sources"],
    ["search", "victim"],
]
"""Not `show`: under --primary-only it says other records are hidden, where a dataset with
none says the fact rests on the source document alone (tests/cli/test_research.py)."""


@pytest.fixture(scope="module")
def seed_alone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled dataset carrying an empty secondary record, beside its source document."""
    folder = tmp_path_factory.mktemp("seed-alone")
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data.pop("$schema")
    data["secondary"] = {"sources": [], "claims": [], "events": [], "roles": [], "figures": []}
    path = folder / "seed-alone.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_primary_only_is_the_source_document_alone(
    invoke: Invoke, seed_alone: Path, args: list[str], fmt: str
) -> None:
    """The same output, table and JSON, as a dataset that has no other record at all."""
    primary = invoke("--primary-only", *args, "--format", fmt)
    alone = invoke("--data", str(seed_alone), *args, "--format", fmt)
    assert (primary.exit_code, primary.stdout, primary.stderr) == (
        alone.exit_code,
        alone.stdout,
        alone.stderr,
    )
    assert primary.exit_code == ExitStatus.SUCCESS


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["timeline"], "primary-only-timeline.txt"),
        (["role"], "primary-only-role.txt"),
        (["aid-progress"], "primary-only-aid-progress.txt"),
        (["on", "2001-09-20"], "primary-only-on-2001-09-20.txt"),
        (["year", "2001"], "primary-only-year-2001.txt"),
    ],
)
def test_primary_only_output_is_pinned(
    invoke: Invoke, golden: Golden, args: list[str], name: str
) -> None:
    """The seed-only answers, as golden files: only the source document's records, each
    marked primary, and no other source named."""
    output = invoke("--primary-only", *args, "--format", "table").stdout
    golden(name, output)
    assert "secondary" not in output.replace("secondary = another record", "")


def test_primary_only_has_no_secondary_record_to_find(invoke: Invoke) -> None:
    """Nothing of the secondary record is reachable: its records are hidden, its words
    unfound."""
    hidden = invoke("--primary-only", "show", "aid-provided-lm-2003")
    assert (hidden.exit_code, hidden.stdout) == (ExitStatus.USAGE, "")
    assert "--primary-only hides" in hidden.stderr
    missing = invoke("--primary-only", "search", "Koizumi")
    assert (missing.exit_code, missing.stdout) == (ExitStatus.SUCCESS, "")
    assert "not in the dataset" in missing.stderr


ROLE = "a role of the secondary record"
HIDDEN = [
    (["--primary-only", "show"], "president-twenty-second-meeting", ROLE),
    (["show", "--primary-only"], "president-twenty-second-meeting", ROLE),
    (["--primary-only", "show"], "twenty-second-meeting-of-states-parties",
     "an event of the secondary record"),
    (["--primary-only", "cite"], "aid-provided-lm-2003", "a claim of the secondary record"),
    (["--primary-only", "show"], "landmine-monitor-2003", "a secondary source"),
]  # fmt: skip
"""The command line before an id of the secondary record, the id, and what it is."""


@pytest.mark.parametrize(("args", "record", "what"), HIDDEN, ids=[h[1] for h in HIDDEN])
def test_a_record_primary_only_hides_is_said_to_exist(
    invoke: Invoke, args: list[str], record: str, what: str
) -> None:
    """An id of the secondary record under --primary-only (before or after the command) is
    not "unknown": one line says the record exists, what it is, and that --primary-only
    hides it; exit 2. Without --primary-only, it is shown."""
    result = invoke(*args, record, env={"MINEFACTS_DEBUG": None})
    assert (result.exit_code, result.stdout) == (ExitStatus.USAGE, "")
    assert result.stderr == (
        f"minefacts: error: {record!r} is {what}, which --primary-only hides; leave out "
        "--primary-only to see it\n"
    )
    shown = invoke(*[arg for arg in args if arg != "--primary-only"], record)
    assert (shown.exit_code, shown.stderr) == (ExitStatus.SUCCESS, "")


def test_marking_a_hidden_record_says_it_is_not_a_fact(invoke: Invoke) -> None:
    """`document --mark` of a secondary record says, with or without --primary-only, that
    it is not a fact of the source document: there is nothing to mark either way."""
    args = ["document", "--mark", "presidency-during-22msp"]
    hidden = invoke("--primary-only", *args, env={"MINEFACTS_DEBUG": None})
    shown = invoke(*args, env={"MINEFACTS_DEBUG": None})
    assert (hidden.exit_code, hidden.stderr) == (shown.exit_code, shown.stderr)
    assert "is not a fact of the source document" in hidden.stderr


def test_an_id_no_record_has_is_still_unknown_under_primary_only(invoke: Invoke) -> None:
    """An id in neither record is unknown, with the closest ids, as without --primary-only."""
    result = invoke("--primary-only", "show", "tokyo-seminr", env={"MINEFACTS_DEBUG": None})
    assert (result.exit_code, result.stderr) == (
        ExitStatus.USAGE,
        "minefacts: error: unknown id 'tokyo-seminr'; did you mean 'tokyo-seminar'?\n",
    )
