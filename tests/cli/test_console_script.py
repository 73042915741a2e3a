"""The installed `minefacts` console script, run the way users run it.

These tests start real processes from a directory outside the checkout, so they prove the
installed package carries its own data and that output to a pipe has no colour codes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from minefacts import __version__
from minefacts.errors import ExitStatus
from tests.conftest import BUNDLED, GOLDEN, Golden

SCRIPT = shutil.which("minefacts", path=str(Path(sys.executable).parent))


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    assert SCRIPT is not None, "the minefacts console script is not installed beside python"
    base = {key: value for key, value in os.environ.items() if not key.startswith("MINEFACTS")}
    base.pop("FORCE_COLOR", None)
    base.update({"COLUMNS": "100", **(env or {})})
    return subprocess.run(
        [SCRIPT, *args],
        cwd=cwd,
        env=base,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_timeline_from_another_directory_matches_the_golden_table(
    tmp_path: Path, golden: Golden
) -> None:
    """`minefacts timeline` works from any directory; on a terminal it prints the golden
    table, and into a pipe tab-separated lines, with no escape codes."""
    terminal = run("timeline", cwd=tmp_path, env={"TTY_COMPATIBLE": "1", "TERM": "dumb"})
    assert (terminal.returncode, terminal.stderr) == (ExitStatus.SUCCESS, "")
    golden("timeline.txt", terminal.stdout)
    piped = run("timeline", cwd=tmp_path)
    assert "\x1b[" not in piped.stdout
    golden("timeline.tsv", piped.stdout)


def test_year_query_as_json(tmp_path: Path) -> None:
    """`minefacts timeline --year 2001 --format json` prints the golden JSON."""
    result = run("timeline", "--year", "2001", "--format", "json", cwd=tmp_path)
    assert result.returncode == ExitStatus.SUCCESS
    assert json.loads(result.stdout) == json.loads(
        (GOLDEN / "timeline-2001.json").read_text(encoding="utf-8")
    )


def test_version_and_module_entry_point_agree(tmp_path: Path) -> None:
    """The console script and `python -m minefacts` report the same version."""
    script = run("--version", cwd=tmp_path)
    module = subprocess.run(
        [sys.executable, "-m", "minefacts", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert script.stdout == module.stdout == f"minefacts {__version__}\n"


COLOUR = re.compile(r"\x1b\[[0-9;]*(?:3[0-9]|9[0-7]|38;[0-9;]+)m")
"""An escape code that sets a colour (not bold or underline)."""


def test_a_terminal_gets_colour_unless_no_color_is_set(tmp_path: Path) -> None:
    """Colour on a terminal; NO_COLOR drops the colour but keeps bold and underline; a
    pipe gets no escape codes at all."""
    terminal = {"TTY_COMPATIBLE": "1", "TERM": "xterm-256color"}
    coloured = run("role", cwd=tmp_path, env=terminal)
    assert COLOUR.search(coloured.stdout)
    assert not COLOUR.search(run("role", cwd=tmp_path, env={**terminal, "NO_COLOR": "1"}).stdout)
    no_color = run("show", "tokyo-seminar", cwd=tmp_path, env={**terminal, "NO_COLOR": "1"})
    assert not COLOUR.search(no_color.stdout)
    assert "\x1b[1;4m" in no_color.stdout  # the quote, bold and underlined in its paragraph
    piped = run("show", "tokyo-seminar", cwd=tmp_path)
    assert "\x1b[" not in piped.stdout
    assert "«Japan's efforts so far have included" in piped.stdout


def test_export_writes_a_file_that_loads_back(tmp_path: Path) -> None:
    """`minefacts export --output FILE` writes the dataset as JSON."""
    result = run("export", "--output", "facts.json", cwd=tmp_path)
    assert result.returncode == ExitStatus.SUCCESS
    exported = json.loads((tmp_path / "facts.json").read_text(encoding="utf-8"))
    assert len(exported["events"]) == 14
    assert exported["secondary"]["events"]


def test_shell_completion_of_kinds(tmp_path: Path) -> None:
    """Bash completion of `--kind me` offers `meeting`."""
    result = run(
        cwd=tmp_path,
        env={
            "_MINEFACTS_COMPLETE": "complete_bash",
            "COMP_WORDS": "minefacts timeline --kind me",
            "COMP_CWORD": "3",
        },
    )
    assert (result.returncode, result.stdout.split()) == (ExitStatus.SUCCESS, ["meeting"])


def test_command_names_complete(tmp_path: Path) -> None:
    """Bash completion of `minefacts s` offers every command starting with s."""
    result = run(
        cwd=tmp_path,
        env={
            "_MINEFACTS_COMPLETE": "complete_bash",
            "COMP_WORDS": "minefacts s",
            "COMP_CWORD": "1",
        },
    )
    assert (result.returncode, sorted(result.stdout.split())) == (
        ExitStatus.SUCCESS,
        ["schema", "search", "show", "sources"],
    )


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("minefacts show convention-conc", ["convention-concluded"]),
        ("minefacts cite aid-provided-lm-200", ["aid-provided-lm-2003", "aid-provided-lm-2004"]),
        ("minefacts timeline --place Mana", ["Managua"]),
        ("minefacts role --party Camb", ["Cambodia"]),
        ("minefacts timeline --place gen", ["Geneva"]),
        ("minefacts timeline --place GEN", ["Geneva"]),
        ("minefacts timeline --place managuá", ["Managua"]),
        ("minefacts search seminar --place phnom", ["Phnom Penh"]),
        ("minefacts timeline --place penh", ["Phnom Penh"]),
        ("minefacts role --party camb", ["Cambodia"]),
        ("minefacts timeline --party NICAR", ["Nicaragua"]),
        (
            "minefacts show Tokyo-Seminar-O",
            ["tokyo-seminar-on-landmines-2004", "tokyo-seminar-opened-4-march"],
        ),
        ("minefacts timeline --kind ME", ["meeting"]),
        ("minefacts timeline --format MARK", ["markdown"]),
        ("minefacts brief --format h", ["html"]),
        ("minefacts brief --from 1997 --to 2003 -f m", ["markdown"]),
    ],
)
def test_ids_places_and_parties_complete(tmp_path: Path, words: str, expected: list[str]) -> None:
    """TAB completes record ids for show and cite, places and parties for the filters,
    without regard to case or accents, as the filters match: a place or party by the start
    of any of its words."""
    result = run(
        cwd=tmp_path,
        env={
            "_MINEFACTS_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split()) - 1),
        },
    )
    assert (result.returncode, result.stdout.splitlines()) == (ExitStatus.SUCCESS, expected)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["search", "managua", "--format", "csv"], "third-meeting-of-states-parties"),
        (
            ["search", "stockpile", "destruction", "-f", "tsv"],
            "provenance stockpile-destruction 2003-02-08 8 Feb 2003",
        ),
        (
            ["search", "victim", "assistance", "-f", "table", "--no-pager"],
            "41 records; showing the best 10; --all for every one",
        ),
        (
            ["timeline", "--format", "md"],
            "| Date | Kind | Event | Place | Disputed | Source | Id |",
        ),
        (["show", "tokyo-seminar"], "rests on the source document alone"),
        (["cite", "tokyo-seminar", "--style", "markdown"], "> Japan's efforts so far"),
        (["year", "2002"], "Seminar in Bangkok"),
        (["on", "2003-02-10"], "met: destruction was complete before the deadline"),
        (["on", "2003-02-01"], "27 days before the deadline"),
        (["sources", "--format", "csv"], "landmine-monitor-2004"),
        (["timeline", "--chart"], "1997"),
        (
            ["timeline", "--format", "markdown"],
            "| Date | Kind | Event | Place | Disputed | Source | Id |",
        ),
        (["document", "--mark", "aid-pledge"], "«Specifically, Japan announced"),
        (["timeline", "--data", "data.json", "--primary-only", "-f", "tsv"], "zero-victims"),
        (["schema"], '"$schema"'),
        (["--primary-only", "sources", "-f", "ndjson"], '"id":"mofa-2003-02"'),
        (["brief", "--format", "markdown"], "[^1]: The source document, section 1 (1):"),
        (["brief", "--from", "1997", "--to", "2003"], "Where the sources disagree -----"),
        (["--primary-only", "brief", "-f", "json"], '"drawn_from": "the source document alone"'),
    ],
)
def test_research_commands_run_as_installed(tmp_path: Path, args: list[str], expected: str) -> None:
    """Each research command works from the installed script, from any directory."""
    shutil.copy(BUNDLED, tmp_path / "data.json")
    result = run(*args, cwd=tmp_path)
    assert (result.returncode, result.stderr) == (ExitStatus.SUCCESS, "")
    assert expected in " ".join(result.stdout.split())


def test_chart_falls_back_to_ascii(tmp_path: Path) -> None:
    """Where the output cannot show box characters, the chart uses ASCII."""
    result = run("timeline", "--chart", cwd=tmp_path, env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == ExitStatus.SUCCESS
    result.stdout.encode("ascii")
    assert "*" in result.stdout
    assert "=" in result.stdout


def test_sqlite_export_as_installed(tmp_path: Path) -> None:
    """The installed script writes a SQLite database that full-text search can query."""
    import sqlite3

    result = run("export", "--format", "sqlite", "--output", "facts.db", cwd=tmp_path)
    assert result.returncode == ExitStatus.SUCCESS
    database = sqlite3.connect(tmp_path / "facts.db")
    found = database.execute(
        "SELECT count(*) FROM events_fts WHERE events_fts MATCH 'ceremony'"
    ).fetchone()
    database.close()
    assert found == (2,)


def test_the_teachers_handout_from_the_installed_script(tmp_path: Path) -> None:
    """`minefacts brief --from 1997 --to 2003 --format html --output handout.html` writes
    one self-contained page there, and says so on stderr alone."""
    result = run(
        "brief",
        "--from",
        "1997",
        "--to",
        "2003",
        "--format",
        "html",
        "--output",
        "handout.html",
        cwd=tmp_path,
    )
    assert (result.returncode, result.stdout) == (ExitStatus.SUCCESS, "")
    assert result.stderr == "minefacts: wrote handout.html\n"
    page = (tmp_path / "handout.html").read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "<script" not in page
