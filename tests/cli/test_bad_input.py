"""The bad-input matrix: whatever users type, each row gets exactly one line on stderr
naming the problem, the stated exit code, nothing on stdout and nothing half-written.

This is the one home of the command line's bad input. A dataset file that cannot be used
reaches the user the same way whatever is wrong with it; what each kind of broken file is
called is specified where it is loaded (tests/catalog/test_loading.py and test_rules.py),
and here only by the rows that need a process of their own.

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

from minefacts.errors import ExitStatus
from minefacts.model.kinds import EventKind
from tests.conftest import BUNDLED, deeply_nested, repeating

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


def unreadable(folder: Path) -> Path:
    path = folder / "secret.json"
    path.write_bytes(BUNDLED.read_bytes())
    path.chmod(0)
    return path


def read_only_folder(folder: Path) -> Path:
    locked = folder / "locked"
    locked.mkdir()
    locked.chmod(
        stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH
    )
    return locked / "out.json"


def nested(folder: Path) -> Path:
    path = folder / "deep.json"
    path.write_bytes(deeply_nested(100_000))
    return path


def repeated_key(folder: Path) -> Path:
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    path = folder / "twice.json"
    path.write_bytes(repeating(data, data["events"][0], "title", "=HYPERLINK(1)"))
    return path


def existing(folder: Path) -> Path:
    path = folder / "out.json"
    path.write_text("my notes", encoding="utf-8")
    return path


Setup = Callable[[Path], tuple[list[str], str]]


USAGE, ERROR = ExitStatus.USAGE, ExitStatus.ERROR


@dataclass(frozen=True)
class Row:
    """One row of the matrix: its setup makes what it needs in a scratch folder and gives
    the arguments and what the error line must say; then the exit code."""

    name: str
    setup: Setup
    code: ExitStatus
    obey_permissions: bool = False
    whole: bool = True
    """False where the line goes on to list every name the dataset has (its places, its
    parties): what the row says is then how the line begins."""


def args(*arguments: str, says: str) -> Setup:
    return lambda _: (list(arguments), says)


def data_row(name: str, make: Callable[[Path], Path], says: str, **extra: Any) -> Row:
    """A row that runs `timeline` on a dataset file made by `make`."""

    def setup(folder: Path) -> tuple[list[str], str]:
        path = make(folder)
        return ["--data", str(path), "timeline"], f"{path}: {says}"

    return Row(name, setup, ERROR, **extra)


def output_row(name: str, make: Callable[[Path], Path], says: str, **extra: Any) -> Row:
    """A row that exports to the path made by `make`; `says` may name it as {path}."""

    def setup(folder: Path) -> tuple[list[str], str]:
        path = make(folder)
        return ["export", "--output", str(path)], says.format(path=path, folder=path.parent)

    return Row(name, setup, ERROR, **extra)


def brief_row(name: str, make: Callable[[Path], Path], says: str, **extra: Any) -> Row:
    """A row that writes the HTML briefing to the path made by `make`; `says` may name it
    as {path} and its folder as {folder}."""

    def setup(folder: Path) -> tuple[list[str], str]:
        path = make(folder)
        arguments = ["brief", "--format", "html", "--output", str(path)]
        return arguments, says.format(path=path, folder=path.parent)

    return Row(name, setup, ERROR, **extra)


def timeline_help(message: str) -> str:
    return f"{message} (see 'minefacts timeline --help')"


MATRIX = [
    # Arguments: exit 2.
    Row("year is not a number", args("timeline", "--year", "abc",
        says=timeline_help("Invalid value for '--year' / '-y': 'abc' is not a year; give four "
                           "digits, e.g. 2001")), USAGE),
    Row("year is not four digits", args("timeline", "--year", "20011",
        says=timeline_help("Invalid value for '--year' / '-y': '20011' is not a year; give four "
                           "digits, e.g. 2001")), USAGE),
    Row("role year is not a year", args("role", "--year", "two",
        says="Invalid value for '--year' / '-y': 'two' is not a year; give four digits, e.g. "
        "2001 (see 'minefacts role --help')"), USAGE),
    Row("month 13", args("timeline", "--from", "2001-13",
        says=timeline_help("Invalid value for '--from': '2001-13' is not a date: the month must "
                           "be 01 to 12")), USAGE),
    Row("30 February", args("timeline", "--to", "2001-02-30",
        says=timeline_help("Invalid value for '--to': '2001-02-30' is not a date: Feb 2001 has "
                           "days 01 to 28")), USAGE),
    Row("date is not a date", args("timeline", "--from", "abc",
        says=timeline_help("Invalid value for '--from': 'abc' is not a date; use YYYY, YYYY-MM "
                           "or YYYY-MM-DD")), USAGE),
    Row("a period for one date", args("timeline", "--from", "2000/2001",
        says=timeline_help("Invalid value for '--from': '2000/2001' is a period; give one date, "
                           "e.g. 2001-09")), USAGE),
    Row("dates reversed", args("timeline", "--from", "2003", "--to", "1998",
        says="--from 2003 is after --to 1998; swap them or widen the range"), USAGE),
    Row("unknown kind", args("timeline", "--kind", "meetng",
        says=timeline_help(f"Invalid value for '--kind' / '-k': unknown kind 'meetng'; did you "
                           f"mean 'meeting'? the kinds are {KINDS}")), USAGE),
    Row("unknown kind, none close", args("timeline", "--kind", "party",
        says=timeline_help(f"Invalid value for '--kind' / '-k': unknown kind 'party'; the kinds "
                           f"are {KINDS}")), USAGE),
    Row("unknown format", args("role", "--format", "jsn",
        says="Invalid value for '--format' / '-f': unknown format 'jsn'; did you mean 'json'? "
        "the formats are auto, table, tsv, json, ndjson, csv, markdown "
        "(see 'minefacts role --help')"), USAGE),
    Row("chart with a machine format", args("timeline", "--chart", "--format", "json",
        says=timeline_help("Invalid value for --chart: --chart draws for people; leave out "
                           "--format, or leave out --chart for json")), USAGE),
    Row("unknown place", args("timeline", "--place", "Managva",
        says="unknown place 'Managva'; did you mean 'Managua'? the places named are Austria, "
        "Bangkok, "), USAGE, whole=False),
    Row("unknown party", args("search", "seminar", "--party", "Cambodja",
        says="unknown party 'Cambodja'; did you mean 'Cambodia'? "), USAGE, whole=False),
    Row("empty search text", args("search", "  ,  ",
        says="the search text is empty; give at least one word"), USAGE),
    Row("search of common words alone", args("search", "the", "of",
        says="'the' and 'of' are too common to search for on their own; add a word that names "
        "what you are looking for, e.g. 'minefacts search meeting of states parties'"), USAGE),
    Row("unknown id", args("show", "tokyo-seminr",
        says="unknown id 'tokyo-seminr'; did you mean 'tokyo-seminar'?"), USAGE),
    Row("id hidden by --primary-only", args("show", "president-twenty-second-meeting",
        "--primary-only", says="'president-twenty-second-meeting' is a role of the secondary "
        "record, which --primary-only hides; leave out --primary-only to see it"), USAGE),
    Row("mistyped md", args("timeline", "--format", "mdd",
        says=timeline_help("Invalid value for '--format' / '-f': unknown format 'mdd'; did you "
                           "mean 'md'? the formats are auto, table, tsv, json, ndjson, csv, "
                           "markdown")), USAGE),
    Row("month for a day", args("on", "2001-09",
        says="Invalid value for 'DATE': '2001-09' is not one day; give YYYY-MM-DD, e.g. "
        "2001-09-01; for the whole of 2001, 'minefacts year 2001' (see 'minefacts on --help')"),
        USAGE),
    Row("unknown style", args("cite", "tokyo-seminar", "--style", "apa",
        says="Invalid value for '--style' / '-s': unknown format 'apa'; the formats are plain, "
        "markdown, bibtex, csl-json (see 'minefacts cite --help')"), USAGE),
    Row("unknown citation format", args("cite", "tokyo-seminar", "-f", "apa",
        says="Invalid value for '--format' / '-f': unknown format 'apa'; the formats are plain, "
        "markdown, bibtex, csl-json (see 'minefacts cite --help')"), USAGE),
    Row("nothing to cite", args("cite",
        says="Invalid value for ID...: give one or more ids, or --all "
        "(see 'minefacts cite --help')"), USAGE),
    Row("ids and --all", args("cite", "--all", "tokyo-seminar",
        says="Invalid value for ID...: give one or more ids, or --all "
        "(see 'minefacts cite --help')"), USAGE),
    Row("global option after the command, missing its value", args("timeline", "--data",
        says="Invalid value for --data: needs a value, e.g. --data FILE"), USAGE),
    Row("unknown command", args("timline", says="No such command 'timline'. Did you mean "
                                "'timeline'? (see 'minefacts --help')"), USAGE),
    Row("unknown command, none close", args("no-such-command",
        says="No such command 'no-such-command'. (see 'minefacts --help')"), USAGE),
    Row("unknown option", args("timeline", "--colour",
        says=timeline_help("No such option: --colour")), USAGE),
    Row("option without its value", args("timeline", "--year",
        says="Option '--year' requires an argument."), USAGE),
    # Dataset files: exit 1. Every loading error reaches the user as a missing file does;
    # an unreadable file needs a process without root's power to read it anyway.
    data_row("missing file", lambda f: f / "nope.json", "no such file"),
    data_row("unreadable file", unreadable, "cannot be read (Permission denied)",
             obey_permissions=True),
    data_row("nested too deeply", nested, "nested too deeply at line 1 column 229"),
    data_row("a key given twice", repeated_key, "events[0] (id 'zero-victims-program'), "
             "field title: key given more than once in the same object (a JSON reader keeps "
             "only the last)"),
    # Output files: exit 1, and nothing written.
    output_row("output is a directory", lambda f: f, "cannot write {path}: it is a directory"),
    output_row("output folder missing", lambda f: f / "no" / "out.json",
               "cannot write {path}: folder {folder} does not exist"),
    output_row("output folder read-only", read_only_folder,
               "cannot write {path}: Permission denied", obey_permissions=True),
    output_row("output exists", existing, "{path} already exists; use --force to replace it"),
    # A reversed range, refused by every listing alike.
    *(
        Row(f"{command[0]} dates reversed", args(*command, "--from", "2003", "--to", "1998",
            says="--from 2003 is after --to 1998; swap them or widen the range"), USAGE)
        for command in (["role"], ["funding"], ["retained"], ["disputes"], ["search", "mine"])
    ),
    # The briefing: the same words for the same problems.
    Row("unknown briefing format", args("brief", "--format", "pdf",
        says="Invalid value for '--format' / '-f': unknown format 'pdf'; the formats are text, "
        "markdown, html, json (see 'minefacts brief --help')"), USAGE),
    Row("briefing dates reversed", args("brief", "--from", "2003", "--to", "1998",
        says="--from 2003 is after --to 1998; swap them or widen the range"), USAGE),
    Row("briefing year is not a year", args("brief", "--year", "03",
        says="Invalid value for '--year' / '-y': '03' is not a year; give four digits, e.g. "
        "2001 (see 'minefacts brief --help')"), USAGE),
    brief_row("briefing output exists", existing,
              "{path} already exists; use --force to replace it"),
    brief_row("briefing output folder missing", lambda f: f / "no" / "handout.html",
              "cannot write {path}: folder {folder} does not exist"),
    brief_row("briefing output folder read-only", read_only_folder,
              "cannot write {path}: Permission denied", obey_permissions=True),
]  # fmt: skip


@pytest.mark.parametrize("row", MATRIX, ids=[row.name for row in MATRIX])
def test_bad_input(row: Row, folder: Path) -> None:
    """Exactly one line on stderr naming the problem, the row's exit code, nothing on
    stdout, and no file written or changed."""
    arguments, says = row.setup(folder)
    before = contents(folder)
    result = run(arguments, obey_permissions=row.obey_permissions)
    assert (result.returncode, result.stdout) == (row.code, ""), result.stderr
    if row.whole:
        assert result.stderr == f"minefacts: error: {says}\n"
    else:
        assert result.stderr.startswith(f"minefacts: error: {says}"), result.stderr
        assert result.stderr.count("\n") == 1, result.stderr
    assert contents(folder) == before, "a file was written or changed"


def contents(folder: Path) -> dict[Path, bytes | None]:
    """Everything under `folder`: a file with its bytes, a folder (or a file the runner may
    not read) with None."""
    return {
        path: path.read_bytes() if path.is_file() and os.access(path, os.R_OK) else None
        for path in folder.rglob("*")
    }
