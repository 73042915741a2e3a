"""Whatever the environment: pipes closed early, odd encodings and terminals, signals,
and datasets that try to smuggle markup or escape sequences into the output.

These run the installed console script, the way users run it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from bench.generate import generate

from minefacts.cli.app import app
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


@pytest.fixture(scope="module")
def large_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A valid dataset big enough that exporting it takes a while."""
    path = tmp_path_factory.mktemp("large") / "large.json"
    path.write_text(json.dumps(generate(30_000)), encoding="utf-8")
    return path


# Output closed early.


def test_stdout_closed_early_exits_quietly(large_dataset: Path) -> None:
    """`minefacts export | head -n 1`: no traceback, no BrokenPipeError, nothing on stderr."""
    assert SCRIPT is not None
    process = subprocess.Popen(
        [SCRIPT, "--data", str(large_dataset), "export"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(),
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) in (0, 141)
    assert stderr == ""


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
    assert (result.returncode, result.stderr) == (141, b"")


# Encodings and terminals.


def test_an_ascii_stream_gets_readable_ascii_tables() -> None:
    """With PYTHONIOENCODING=ascii, tables use ASCII boxes and spell out the yen sign."""
    result = run("timeline", PYTHONIOENCODING="ascii", TTY_COMPATIBLE="1", TERM="dumb")
    assert (result.returncode, result.stderr) == (0, "")
    result.stdout.encode("ascii")
    assert "About JPY 10 billion" in result.stdout
    assert "+---" in result.stdout


def test_an_ascii_stream_gets_exact_json() -> None:
    """With PYTHONIOENCODING=ascii, JSON escapes non-ASCII text and keeps it exact."""
    ascii_run = run("aid-progress", "--format", "json", PYTHONIOENCODING="ascii")
    utf8_run = run("aid-progress", "--format", "json")
    assert ascii_run.returncode == 0
    ascii_run.stdout.encode("ascii")
    assert "\\u00a5" in ascii_run.stdout
    assert json.loads(ascii_run.stdout) == json.loads(utf8_run.stdout)


@pytest.mark.parametrize("locale", ["C", "POSIX"])
def test_a_c_locale_works(locale: str) -> None:
    """A C or POSIX locale gives output and no UnicodeEncodeError."""
    result = run("aid-progress", LC_ALL=locale, LANG=locale, TTY_COMPATIBLE="1")
    assert (result.returncode, result.stderr) == (0, "")
    assert "10,000,000,000" in result.stdout


@pytest.mark.parametrize("columns", ["40", "60", "500"])
def test_tables_wrap_and_never_cut_a_fact(columns: str) -> None:
    """At any width every event title appears whole (wrapped, not cut), with no ellipsis:
    in a table or, where no table fits, in a stack of records."""
    result = run("timeline", COLUMNS=columns, TERM="dumb", TTY_COMPATIBLE="1")
    assert result.returncode == 0
    assert "…" not in result.stdout
    events = json.loads(run("timeline", "-f", "json").stdout)
    text = "".join(result.stdout.split())
    for event in events:
        assert "".join(event["title"].split()) in text or event["title"] in result.stdout, (
            f"{event['title']!r} is cut at {columns} columns"
        )


# Signals.


def start(*args: str) -> subprocess.Popen[bytes]:
    assert SCRIPT is not None
    return subprocess.Popen(
        [SCRIPT, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment()
    )


def test_ctrl_c_exits_130_without_traceback(large_dataset: Path) -> None:
    """SIGINT mid-run ends with exit code 130 and one line on stderr."""
    process = start("--data", str(large_dataset), "export")
    time.sleep(0.4)
    process.send_signal(signal.SIGINT)
    _stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode() == "minefacts: interrupted\n"


def output_is_whole_or_absent(target: Path) -> None:
    if target.exists():
        assert len(json.loads(target.read_text(encoding="utf-8"))["events"]) > 30_000


@pytest.mark.parametrize("delay", [0.3, 0.5, 0.7, 0.9, 1.2])
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_an_interrupted_export_never_leaves_a_partial_file(
    large_dataset: Path, tmp_path: Path, delay: float, how: signal.Signals
) -> None:
    """Killed at any moment, an export leaves the whole file or none; after SIGTERM or
    Ctrl-C it leaves no temporary file either."""
    target = tmp_path / "export.json"
    process = start("--data", str(large_dataset), "export", "--output", str(target))
    time.sleep(delay)
    process.send_signal(how)
    process.communicate(timeout=60)
    output_is_whole_or_absent(target)
    leftovers = [path.name for path in tmp_path.iterdir() if path.name != "export.json"]
    if how != signal.SIGKILL:
        assert leftovers == []
        assert process.returncode in (0, 130, 143)


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
    assert table.returncode == 0
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
    assert result.returncode == 1
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
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "minefacts: error: unexpected RuntimeError: boom "
        "(this is a bug; run with MINEFACTS_DEBUG=1 for a traceback)\n"
    )


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_flat_formats_cannot_carry_escapes(tmp_path: Path, fmt: str) -> None:
    """CSV and Markdown show a dataset's escape sequences as text, like every other output."""
    result = run("--data", str(hostile_dataset(tmp_path)), "timeline", "--format", fmt)
    assert result.returncode == 0
    assert "\x1b" not in result.stdout
    assert "\\x1b[2J" in result.stdout
