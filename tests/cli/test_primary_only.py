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
    """Nothing of the secondary record is reachable: its ids are unknown, its words unfound."""
    unknown = invoke("--primary-only", "show", "aid-provided-lm-2003")
    assert (unknown.exit_code, unknown.stdout, unknown.stderr) == (
        ExitStatus.USAGE,
        "",
        "minefacts: error: unknown id 'aid-provided-lm-2003'; 'minefacts search WORDS' finds "
        "ids.\n",
    )
    missing = invoke("--primary-only", "search", "Koizumi")
    assert (missing.exit_code, missing.stdout) == (ExitStatus.SUCCESS, "")
    assert "not in the dataset" in missing.stderr
