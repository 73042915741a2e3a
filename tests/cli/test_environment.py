"""Whatever the environment: pipes closed early, odd encodings and terminals, signals,
and datasets that try to smuggle markup or escape sequences into the output.

These run the installed console script, the way users run it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from minefacts.cli.app import app
from minefacts.errors import ExitStatus
from tests.conftest import BUNDLED, Invoke

SCRIPT = shutil.which("minefacts", path=str(Path(sys.executable).parent))


def environment(**changes: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MINEFACTS", "FORCE_COLOR"))}
    return {**env, "COLUMNS": "100", **changes}


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    assert SCRIPT is not None
    return subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment(**env),
        timeout=120,
        check=False,
    )


# Output closed early.


@pytest.mark.parametrize(
    "unbuffered",
    [None, "1"],
    ids=["buffered", "PYTHONUNBUFFERED=1"],
)
def test_stdout_closed_early_exits_141_quietly(unbuffered: str | None) -> None:
    """`minefacts export | head -n 1`: the reader leaves after the first line while most of
    the export is still to be written; minefacts stops with exit code 141 and nothing on
    stderr (no traceback, no BrokenPipeError), also with an unbuffered stdout, which takes
    a long write in parts.

    No timing decides this: the export is more than twice what the pipe holds, so
    minefacts is still writing when the reader closes its end."""
    import fcntl

    assert SCRIPT is not None
    whole = run("export").stdout.encode()
    env = {k: v for k, v in environment().items() if k != "PYTHONUNBUFFERED"}
    if unbuffered is not None:
        env["PYTHONUNBUFFERED"] = unbuffered
    process = subprocess.Popen(
        [SCRIPT, "export"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert len(whole) > 2 * fcntl.fcntl(process.stdout.fileno(), fcntl.F_GETPIPE_SZ)
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    process.stderr.close()
    assert (first, process.wait(timeout=60), stderr) == (b"{\n", 141, b"")


def test_writing_to_a_closed_pipe_exits_141_quietly() -> None:
    """When every write fails with a broken pipe, the exit code is 141 and stderr is empty."""
    assert SCRIPT is not None
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [SCRIPT, "timeline"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=environment(),
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (ExitStatus.BROKEN_PIPE, b"")


# Encodings and terminals.


def test_an_ascii_stream_gets_readable_ascii_tables() -> None:
    """With PYTHONIOENCODING=ascii, tables use ASCII boxes and spell out the yen sign."""
    result = run("timeline", PYTHONIOENCODING="ascii", TTY_COMPATIBLE="1", TERM="dumb")
    assert (result.returncode, result.stderr) == (ExitStatus.SUCCESS, "")
    result.stdout.encode("ascii")
    assert "About JPY 10 billion" in result.stdout
    assert "+---" in result.stdout


def test_an_ascii_stream_gets_exact_json() -> None:
    """With PYTHONIOENCODING=ascii, JSON escapes non-ASCII text and keeps it exact."""
    ascii_run = run("aid-progress", "--format", "json", PYTHONIOENCODING="ascii")
    utf8_run = run("aid-progress", "--format", "json")
    assert ascii_run.returncode == ExitStatus.SUCCESS
    ascii_run.stdout.encode("ascii")
    assert "\\u00a5" in ascii_run.stdout
    assert json.loads(ascii_run.stdout) == json.loads(utf8_run.stdout)


@pytest.mark.parametrize("locale", ["C", "POSIX"])
def test_a_c_locale_works(locale: str) -> None:
    """A C or POSIX locale gives output and no UnicodeEncodeError."""
    result = run("aid-progress", LC_ALL=locale, LANG=locale, TTY_COMPATIBLE="1")
    assert (result.returncode, result.stderr) == (ExitStatus.SUCCESS, "")
    assert "10,000,000,000" in result.stdout


@pytest.mark.parametrize("columns", ["40", "60", "500"])
def test_tables_wrap_and_never_cut_a_fact(columns: str) -> None:
    """At any width every event title appears whole (wrapped, not cut), with no ellipsis:
    in a table or, where no table fits, in a stack of records."""
    result = run("timeline", COLUMNS=columns, TERM="dumb", TTY_COMPATIBLE="1")
    assert result.returncode == ExitStatus.SUCCESS
    assert "…" not in result.stdout
    events = json.loads(run("timeline", "-f", "json").stdout)
    text = "".join(result.stdout.split())
    for event in events:
        assert "".join(event["title"].split()) in text or event["title"] in result.stdout, (
            f"{event['title']!r} is cut at {columns} columns"
        )


# Signals, sent by the process itself at a named point of the run (`checkpoint` in
# minefacts.render.output, armed by MINEFACTS_TEST_SIGNAL=NAME:SIGNAL), never after a guessed
# delay: "printing" (the answer is ready, nothing printed yet), "partial" (half of an output
# file written) and "filled" (all of it written, not yet renamed into place).

ORIGINAL = b'{"kept": "as it was"}\n'
"""A file an export with --force was about to replace."""
TEMPORARY = re.compile(r"\.export\.json\.[a-z0-9_]{8}\.tmp")
"""The hidden temporary file an export to export.json is written to before it is renamed."""


def signalled(at: str, how: signal.Signals, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `minefacts ARGS`, which sends itself `how` when it reaches checkpoint `at`."""
    return run(*args, MINEFACTS_TEST_SIGNAL=f"{at}:{how.name}")


@pytest.mark.parametrize(
    "args", [["export"], ["timeline", "-f", "tsv"], ["timeline", "-f", "table"]], ids=" ".join
)
def test_ctrl_c_exits_130_without_traceback(args: list[str]) -> None:
    """Ctrl-C once the answer is ready, before any of it is printed (JSON, text or a table):
    exit code 130, "minefacts: interrupted" alone on stderr, nothing on stdout."""
    result = signalled("printing", signal.SIGINT, *args)
    assert (result.returncode, result.stdout, result.stderr) == (
        ExitStatus.INTERRUPTED,
        "",
        "minefacts: interrupted\n",
    )


def test_sigterm_exits_143_silently() -> None:
    """SIGTERM before anything is printed: exit code 143, nothing on stdout or stderr."""
    result = signalled("printing", signal.SIGTERM, "export")
    assert (result.returncode, result.stdout, result.stderr) == (ExitStatus.TERMINATED, "", "")


def export_to(folder: Path, *, existing: bool) -> list[str]:
    """The arguments of an export to folder/export.json, replacing it (--force) if
    `existing`, in which case the folder first holds that file, as `ORIGINAL`."""
    target = folder / "export.json"
    if existing:
        target.write_bytes(ORIGINAL)
        return ["export", "--output", str(target), "--force"]
    return ["export", "--output", str(target)]


@pytest.mark.parametrize("existing", [False, True], ids=["new file", "replacing a file"])
@pytest.mark.parametrize("at", ["partial", "filled"])
@pytest.mark.parametrize(
    ("how", "code", "says"),
    [
        (signal.SIGINT, ExitStatus.INTERRUPTED, "minefacts: interrupted\n"),
        (signal.SIGTERM, ExitStatus.TERMINATED, ""),
    ],
    ids=["SIGINT", "SIGTERM"],
)
def test_an_interrupted_export_never_leaves_a_partial_file(
    tmp_path: Path, existing: bool, at: str, how: signal.Signals, code: int, says: str
) -> None:
    """Ctrl-C (exit code 130, "interrupted") or SIGTERM (143, silently) half-way through
    writing an export, or once it is written but not yet in place: no traceback, no export
    file and no temporary file left; a file being replaced is left byte for byte as it was."""
    result = signalled(at, how, *export_to(tmp_path, existing=existing))
    assert (result.returncode, result.stdout, result.stderr) == (code, "", says)
    assert contents(tmp_path) == ({"export.json": ORIGINAL} if existing else {})


@pytest.mark.parametrize("existing", [False, True], ids=["new file", "replacing a file"])
@pytest.mark.parametrize("at", ["partial", "filled"])
def test_a_killed_export_leaves_its_temporary_file_but_never_a_partial_one(
    tmp_path: Path, existing: bool, at: str
) -> None:
    """SIGKILL cannot be caught, so the hidden temporary file stays behind; but the export
    file itself is never partial: it is absent, or the file being replaced, unchanged. The
    temporary file holds the whole export once "filled", only a part of it before."""
    whole = run("export").stdout
    result = signalled(at, signal.SIGKILL, *export_to(tmp_path, existing=existing))
    assert (result.returncode, result.stdout, result.stderr) == (-signal.SIGKILL, "", "")
    [temporary] = [path for path in tmp_path.iterdir() if path.name != "export.json"]
    assert TEMPORARY.fullmatch(temporary.name), temporary.name
    assert (tmp_path / "export.json").exists() is existing
    if existing:
        assert (tmp_path / "export.json").read_bytes() == ORIGINAL
    written = temporary.read_text(encoding="utf-8")
    if at == "filled":
        assert written == whole
    else:
        assert whole.startswith(written)
        assert 0 < len(written) < len(whole)


@pytest.mark.parametrize("existing", [False, True], ids=["new", "replacing"])
@pytest.mark.parametrize("fmt", ["sqlite", "datapackage"])
def test_an_interrupted_database_or_package_is_written_whole_or_not_at_all(
    tmp_path: Path, fmt: str, existing: bool
) -> None:
    """Ctrl-C once a database or a Data Package folder is filled but not yet in place:
    exit code 130, and nothing of it left, no temporary file or folder, and what it was to
    replace (with its metadata.json beside a database) left as it was."""
    target = tmp_path / "out"
    if existing and fmt == "sqlite":
        target.write_bytes(b"an old database")
        (tmp_path / "metadata.json").write_bytes(b"{}")
    elif existing:
        target.mkdir()
        (target / "datapackage.json").write_bytes(b"{}")
    before = contents(tmp_path)
    force = ["--force"] if existing else []
    result = signalled("filled", signal.SIGINT, "export", "-f", fmt, "-o", str(target), *force)
    assert (result.returncode, result.stdout, result.stderr) == (
        ExitStatus.INTERRUPTED,
        "",
        "minefacts: interrupted\n",
    )
    assert contents(tmp_path) == before


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("at", ["partial", "filled"])
def test_a_database_and_its_metadata_are_replaced_together_or_not_at_all(
    tmp_path: Path, at: str, signum: signal.Signals
) -> None:
    """Interrupted while its metadata.json is half written, or once both are filled: the
    old database and the old metadata.json are both left as they were, never one new and
    one old."""
    target = tmp_path / "minefacts.db"
    target.write_bytes(b"an old database")
    (tmp_path / "metadata.json").write_bytes(b'{"old": true}')
    before = contents(tmp_path)
    result = signalled(at, signum, "export", "-f", "sqlite", "-o", str(target), "--force")
    assert result.returncode == 128 + signum
    assert contents(tmp_path) == before


def contents(folder: Path) -> dict[str, bytes | None]:
    """Everything under `folder`, hidden files and folders included, by its path there:
    a file with its bytes, a folder with None."""
    return {
        str(path.relative_to(folder)): path.read_bytes() if path.is_file() else None
        for path in folder.rglob("*")
    }


# Datasets that try to inject markup or terminal escapes.


def hostile_dataset(tmp_path: Path) -> Path:
    data: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["events"][0]["title"] = "[bold red]Loud[/bold red] \x1b[2J\x1b]0;pwned\x07 title"
    data["events"][0]["places"][0]["city"] = "Ottawa\x1b[31m"
    data["events"][1]["title"] = "__import__('os').system('echo pwned')"
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_dataset_text_cannot_inject_markup_or_escapes(tmp_path: Path) -> None:
    """Markup is printed literally, escape sequences are shown as text, nothing runs."""
    path = hostile_dataset(tmp_path)
    table = run("--data", str(path), "timeline", TTY_COMPATIBLE="1", TERM="dumb")
    assert table.returncode == ExitStatus.SUCCESS
    assert "\x1b" not in table.stdout
    assert "\x07" not in table.stdout
    assert "[bold red]Loud[/bold red]" in table.stdout
    assert "\\x1b[2J" in table.stdout
    as_json = run("--data", str(path), "timeline", "--format", "json")
    assert "\x1b" not in as_json.stdout
    [hostile] = [e for e in json.loads(as_json.stdout) if e["id"] == "zero-victims-program"]
    assert hostile["title"].startswith("[bold red]Loud")
    assert "__import__('os').system('echo pwned')" in run("--data", str(path), "timeline").stdout


def test_error_messages_cannot_carry_escapes(tmp_path: Path) -> None:
    """A hostile field name in a bad file is shown escaped in the one-line error."""
    data: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["events"][0]["\x1b[2Jtitle"] = "x"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("--data", str(path), "timeline")
    assert result.returncode == ExitStatus.ERROR
    assert "\x1b" not in result.stderr
    assert "\\x1b[2Jtitle" in result.stderr


def test_tracebacks_never_show_local_variables() -> None:
    """Typer's pretty tracebacks, which can print local variables, are off."""
    assert app.pretty_exceptions_enable is False
    assert app.pretty_exceptions_show_locals is False


def test_an_unexpected_failure_is_one_line(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug still ends in one line and exit code 1, with a hint for getting the traceback."""
    from minefacts.query import events

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(events, "timeline", broken)
    result = invoke("timeline", env={"MINEFACTS_DEBUG": None})
    assert (result.exit_code, result.stdout) == (ExitStatus.ERROR, "")
    assert result.stderr == (
        "minefacts: error: unexpected RuntimeError: boom "
        "(this is a bug; run with MINEFACTS_DEBUG=1 for a traceback)\n"
    )


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_flat_formats_cannot_carry_escapes(tmp_path: Path, fmt: str) -> None:
    """CSV and Markdown show a dataset's escape sequences as text, like every other output."""
    result = run("--data", str(hostile_dataset(tmp_path)), "timeline", "--format", fmt)
    assert result.returncode == ExitStatus.SUCCESS
    assert "\x1b" not in result.stdout
    assert "\\x1b[2J" in result.stdout


@pytest.mark.parametrize(
    ("fmt", "shown"),
    [("text", "x1b[2J"), ("markdown", r"x1b\[2J"), ("html", "x1b[2J"), ("json", "x1b[2J")],
)
def test_a_briefing_cannot_carry_escapes(tmp_path: Path, fmt: str, shown: str) -> None:
    """A summary's escape sequence and bell are shown as text in every format of the
    briefing (in Markdown with its bracket escaped), never sent."""
    data: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["events"][0]["summary"] = "Proposed \x1b[2J\x1b]0;pwned\x07 in Ottawa."
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("--data", str(path), "brief", "--format", fmt, TTY_COMPATIBLE="1", TERM="dumb")
    assert result.returncode == ExitStatus.SUCCESS
    assert "\x1b" not in result.stdout
    assert "\x07" not in result.stdout
    assert shown in result.stdout


@pytest.mark.parametrize("existing", [False, True], ids=["new file", "replacing a file"])
@pytest.mark.parametrize("at", ["partial", "filled"])
def test_an_interrupted_briefing_never_leaves_a_partial_file(
    tmp_path: Path, existing: bool, at: str
) -> None:
    """Ctrl-C half-way through writing the HTML handout, or once it is written but not
    yet in place: exit code 130, no handout and no temporary file left, and a file being
    replaced left byte for byte as it was."""
    target = tmp_path / "handout.html"
    force = []
    if existing:
        target.write_bytes(ORIGINAL)
        force = ["--force"]
    args = ["brief", "--from", "1997", "--to", "2003", "-f", "html", "-o", str(target), *force]
    result = signalled(at, signal.SIGINT, *args)
    assert (result.returncode, result.stdout, result.stderr) == (
        ExitStatus.INTERRUPTED,
        "",
        "minefacts: interrupted\n",
    )
    assert contents(tmp_path) == ({"handout.html": ORIGINAL} if existing else {})
