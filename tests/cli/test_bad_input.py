"""The bad-input matrix: whatever users type, each row gets one line on stderr naming the
problem, the stated exit code, no traceback and nothing half-written.

Every row runs the installed `minefacts` console script in a fresh process. Rows that need
a file the runner cannot read or a folder it cannot write must not run with root's power to
override file permissions: as root, they run the script under `setpriv` without it.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from minefacts.model.kinds import EventKind
from tests.conftest import BUNDLED

SCRIPT = shutil.which("minefacts", path=str(Path(sys.executable).parent))
WITHOUT_OVERRIDE = [
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
]
KINDS = ", ".join(kind.value for kind in EventKind)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A scratch folder, made writable again afterwards so it can be removed."""
    yield tmp_path
    for child in tmp_path.rglob("*"):
        if child.is_dir():
            child.chmod(0o700)


def run(args: list[str], *, obey_permissions: bool = False) -> subprocess.CompletedProcess[str]:
    assert SCRIPT is not None, "the minefacts console script is not installed beside python"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINEFACTS")}
    prefix: list[str] = []
    if obey_permissions and os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: file permissions cannot apply")
        prefix = WITHOUT_OVERRIDE
    return subprocess.run(
        [*prefix, SCRIPT, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "COLUMNS": "100"},
        cwd="/",
        timeout=120,
        check=False,
    )


def bundled() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return data


def dataset_file(folder: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    data = bundled()
    change(data)
    path = folder / "data.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def unreadable(folder: Path) -> Path:
    path = folder / "secret.json"
    path.write_bytes(BUNDLED.read_bytes())
    path.chmod(0)
    return path


def huge(folder: Path) -> Path:
    """A sparse file larger than minefacts reads: it takes no disk space."""
    path = folder / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(600 * 1024 * 1024)
    return path


def read_only_folder(folder: Path) -> Path:
    locked = folder / "locked"
    locked.mkdir()
    locked.chmod(
        stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH
    )
    return locked / "out.json"


def existing(folder: Path) -> Path:
    path = folder / "out.json"
    path.write_text("my notes", encoding="utf-8")
    return path


def _duplicate(data: dict[str, Any]) -> None:
    data["roles"][0]["id"] = data["events"][0]["id"]


def _dangling(data: dict[str, Any]) -> None:
    data["roles"][1]["event"] = "fifth-meeting"


def _misquoted(data: dict[str, Any]) -> None:
    data["events"][1]["source"]["quote"] = "Japan concluded the Ottawa Convention in 1997."


def _wrong_type(data: dict[str, Any]) -> None:
    data["events"][5]["places"] = "Tokyo"


Setup = Callable[[Path], tuple[list[str], str]]


@dataclass(frozen=True)
class Row:
    """One row of the matrix: its setup makes what it needs in a scratch folder and gives
    the arguments and what the error line must say; then the exit code."""

    name: str
    setup: Setup
    code: int
    obey_permissions: bool = False


def args(*arguments: str, says: str) -> Setup:
    return lambda _: (list(arguments), says)


def data_row(name: str, make: Callable[[Path], Path], says: str, **extra: Any) -> Row:
    """A row that runs `timeline` on a dataset file made by `make`."""

    def setup(folder: Path) -> tuple[list[str], str]:
        path = make(folder)
        return ["--data", str(path), "timeline"], f"{path}: {says}"

    return Row(name, setup, 1, **extra)


def output_row(name: str, make: Callable[[Path], Path], says: str, **extra: Any) -> Row:
    """A row that exports to the path made by `make`; `says` may name it as {path}."""

    def setup(folder: Path) -> tuple[list[str], str]:
        path = make(folder)
        return ["export", "--output", str(path)], says.format(path=path, folder=path.parent)

    return Row(name, setup, 1, **extra)


MATRIX = [
    # Arguments: exit 2.
    Row("year is not a number", args("timeline", "--year", "abc",
        says="'abc' is not a year; give four digits, e.g. 2001"), 2),
    Row("year is not four digits", args("timeline", "--year", "20011",
        says="'20011' is not a year; give four digits, e.g. 2001"), 2),
    Row("role year is not a year", args("role", "--year", "two", says="'two' is not a year"), 2),
    Row("month 13", args("timeline", "--from", "2001-13",
        says="'2001-13' is not a date: the month must be 01 to 12"), 2),
    Row("30 February", args("timeline", "--to", "2001-02-30",
        says="'2001-02-30' is not a date: Feb 2001 has days 01 to 28"), 2),
    Row("date is not a date", args("timeline", "--from", "abc",
        says="'abc' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"), 2),
    Row("dates reversed", args("timeline", "--from", "2003", "--to", "1998",
        says="--from 2003 is after --to 1998; swap them or widen the range"), 2),
    Row("unknown kind", args("timeline", "--kind", "meetng",
        says=f"unknown kind 'meetng'; did you mean 'meeting'? the kinds are {KINDS}"), 2),
    Row("unknown format", args("role", "--format", "jsn",
        says="unknown format 'jsn'; did you mean 'json'? the formats are auto, table, tsv, json, "
        "ndjson, csv, markdown"), 2),
    Row("unknown place", args("timeline", "--place", "Managva",
        says="unknown place 'Managva'; did you mean 'Managua'? the places named are"),
        2),
    Row("unknown party", args("search", "seminar", "--party", "Cambodja",
        says="unknown party 'Cambodja'; did you mean 'Cambodia'?"), 2),
    Row("empty search text", args("search", " ",
        says="the search text is empty; give at least one word"), 2),
    Row("unknown id", args("show", "tokyo-seminr",
        says="unknown id 'tokyo-seminr'; did you mean 'tokyo-seminar'?"), 2),
    Row("month for a day", args("on", "2001-09",
        says="'2001-09' is not one day; give YYYY-MM-DD, e.g. 2001-09-20"), 2),
    Row("unknown style", args("cite", "tokyo-seminar", "--style", "apa",
        says="unknown format 'apa'; the formats are plain, markdown, bibtex, csl-json"), 2),
    Row("unknown citation format", args("cite", "tokyo-seminar", "-f", "apa",
        says="unknown format 'apa'; the formats are plain, markdown, bibtex, csl-json"), 2),
    Row("global option after the command, missing its value", args("timeline", "--data",
        says="Invalid value for --data: needs a value, e.g. --data FILE"), 2),
    Row("unknown command", args("timline",
        says="No such command 'timline'. Did you mean 'timeline'?"), 2),
    Row("unknown option", args("timeline", "--colour", says="No such option: --colour"), 2),
    Row("option without its value", args("timeline", "--year",
        says="Option '--year' requires an argument."), 2),
    # Dataset files: exit 1.
    data_row("missing file", lambda f: f / "nope.json", "no such file"),
    data_row("a directory", lambda f: f, "is a directory, not a dataset file"),
    data_row("unreadable file", unreadable, "cannot be read (Permission denied)",
             obey_permissions=True),
    data_row("empty file", lambda f: _write(f / "empty.json", b"  \n"), "is empty"),
    data_row("truncated file", lambda f: _write(f / "cut.json", BUNDLED.read_bytes()[:500]),
             "not valid JSON at line"),
    data_row("not UTF-8", lambda f: _write(f / "latin1.json", '{"t": "caf\xe9"}'.encode("latin-1")),
             "is not UTF-8 text"),
    data_row("not JSON", lambda f: _write(f / "notes.json", b"events:\n  - tokyo\n"),
             "not valid JSON at line 1 column 1: Expecting value"),
    data_row("duplicate ids", lambda f: dataset_file(f, _duplicate),
             "roles[0] (id 'zero-victims-program'), field id: duplicate id, "
             "already used in events[0]"),
    data_row("dangling reference", lambda f: dataset_file(f, _dangling),
             "roles[1] (id 'deputy-chair-third-meeting'), field event: refers to event "
             "'fifth-meeting', which does not exist"),
    data_row("quote not in its source", lambda f: dataset_file(f, _misquoted),
             "events[1] (id 'convention-concluded'), field source.quote: not found verbatim in "
             "document 'mofa-2003-02'"),
    data_row("wrong type", lambda f: dataset_file(f, _wrong_type),
             "events[5] (id 'tokyo-seminar'), field places: Input should be a valid array"),
    data_row("huge file", huge, "is 600 MB; the largest file read is 512 MB"),
    # Output files: exit 1, and nothing written.
    output_row("output is a directory", lambda f: f, "cannot write {path}: it is a directory"),
    output_row("output folder missing", lambda f: f / "no" / "out.json",
               "cannot write {path}: folder {folder} does not exist"),
    output_row("output folder read-only", read_only_folder,
               "cannot write {path}: Permission denied", obey_permissions=True),
    output_row("output exists", existing, "{path} already exists; use --force to replace it"),
]  # fmt: skip


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("row", MATRIX, ids=[row.name for row in MATRIX])
def test_bad_input(row: Row, folder: Path) -> None:
    """One line on stderr naming the problem, the row's exit code, nothing on stdout."""
    arguments, says = row.setup(folder)
    before = sorted(path.name for path in folder.rglob("*"))
    result = run(arguments, obey_permissions=row.obey_permissions)
    assert result.returncode == row.code, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("minefacts: error: ")
    assert result.stderr.count("\n") == 1, result.stderr
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(path.name for path in folder.rglob("*")) == before, "a file was written"
    if row.name == "output exists":
        assert (folder / "out.json").read_text(encoding="utf-8") == "my notes"
