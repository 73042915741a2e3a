"""Long output on a terminal goes through a pager; short output, a pipe, a file and
--no-pager do not.

In process, stdout is made to look like a terminal of 100 columns and 24 rows and the
pager is a small program that records what it is given. In a real terminal (tmux), the
installed console script runs with less itself: the first screen, quitting with q, the
exit status, colour, and what happens without a pager.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from minefacts.errors import ExitStatus
from minefacts.render import pager
from tests.conftest import Invoke
from tests.tools import program

RECORDER = """\
import json, os, sys
text = sys.stdin.buffer.read().decode("utf-8")
names = ("LESS", "LV", "PAGER")
with open(sys.argv[1], "w", encoding="utf-8") as record:
    json.dump({"text": text, **{name: os.environ.get(name) for name in names}}, record)
"""
"""A pager that reads everything it is given and records it, with its environment."""
QUITTER = "import sys; sys.exit(0)"
"""A pager the user quits at once, before it reads anything."""


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """stdout as a terminal of 100 columns and 24 rows."""
    monkeypatch.setattr(pager, "screen", lambda: os.terminal_size((100, 24)))


class Recorder:
    """A pager that records what it was given, named by its command."""

    def __init__(self, folder: Path) -> None:
        script = folder / "recorder.py"
        script.write_text(RECORDER, encoding="utf-8")
        self.record = folder / "paged.json"
        self.command = shlex.join([sys.executable, str(script), str(self.record)])

    @property
    def ran(self) -> bool:
        return self.record.exists()

    def got(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.record.read_text(encoding="utf-8"))
        return loaded


@pytest.fixture
def recorder(tmp_path: Path) -> Recorder:
    return Recorder(tmp_path)


NO_PAGER_SETTINGS: dict[str, str | None] = {"LESS": None, "LV": None, "PAGER": None}


def paging(recorder: Recorder, **env: str | None) -> dict[str, str | None]:
    """The environment of a run whose pager is `recorder`."""
    return {**NO_PAGER_SETTINGS, "MINEFACTS_PAGER": recorder.command, **env}


def plain(invoke: Invoke, *args: str) -> str:
    """What `args` print with no pager at all."""
    return invoke("--no-pager", *args).stdout


@pytest.mark.usefixtures("terminal")
def test_long_output_goes_through_the_pager_with_less_set_as_git_sets_it(
    invoke: Invoke, recorder: Recorder
) -> None:
    """`timeline` is taller than the terminal: all of it goes to the pager, exactly as it
    would have been printed, with LESS=FRX and LV=-c, and nothing else reaches stdout."""
    result = invoke("timeline", env=paging(recorder))
    assert (result.exit_code, result.stdout, result.stderr) == (ExitStatus.SUCCESS, "", "")
    got = recorder.got()
    assert got["text"] == plain(invoke, "timeline")
    assert got["text"].count("\n") > 24
    assert (got["LESS"], got["LV"]) == ("FRX", "-c")


@pytest.mark.usefixtures("terminal")
def test_the_users_less_settings_are_kept(invoke: Invoke, recorder: Recorder) -> None:
    """LESS and LV the user has set reach the pager unchanged."""
    invoke("timeline", env=paging(recorder, LESS="-S", LV="-a"))
    assert (recorder.got()["LESS"], recorder.got()["LV"]) == ("-S", "-a")


@pytest.mark.usefixtures("terminal")
def test_pager_names_the_pager_when_minefacts_pager_does_not(
    invoke: Invoke, recorder: Recorder
) -> None:
    """With MINEFACTS_PAGER unset, PAGER names the pager; set, MINEFACTS_PAGER wins."""
    result = invoke("sources", env={**NO_PAGER_SETTINGS, "PAGER": recorder.command})
    assert (result.stdout, recorder.got()["text"]) == ("", plain(invoke, "sources"))
    recorder.record.unlink()
    (recorder.record.parent / "other").mkdir()
    other = Recorder(recorder.record.parent / "other")
    invoke("sources", env=paging(other, PAGER=recorder.command))
    assert other.ran
    assert not recorder.ran


@pytest.mark.usefixtures("terminal")
def test_short_output_is_printed_not_paged(invoke: Invoke, recorder: Recorder) -> None:
    """Output that fits the screen is printed, as less -F would, and no pager is started."""
    result = invoke("search", "Koizumi", env=paging(recorder))
    assert 0 < result.stdout.count("\n") < 24
    assert result.stdout == plain(invoke, "search", "Koizumi")
    assert not recorder.ran


@pytest.mark.usefixtures("terminal")
@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--no-pager", "timeline"], {}),
        (["timeline", "--no-pager"], {}),
        (["timeline", "--year", "2001", "--no-pager", "--format", "json"], {}),
        (["timeline"], {"MINEFACTS_PAGER": ""}),
        (["timeline"], {"MINEFACTS_PAGER": "cat"}),
        (["timeline"], {"MINEFACTS_PAGER": None, "PAGER": ""}),
    ],
    ids=["--no-pager before", "--no-pager after", "--no-pager among options", "empty", "cat",
         "empty PAGER"],
)  # fmt: skip
def test_no_pager_and_an_empty_pager_turn_paging_off(
    invoke: Invoke, recorder: Recorder, args: list[str], env: dict[str, str | None]
) -> None:
    """--no-pager, before or after the command, an empty MINEFACTS_PAGER, cat, or an empty
    PAGER: printed, never paged."""
    result = invoke(*args, env=paging(recorder, **env))
    expected = invoke("--no-pager", *[arg for arg in args if arg != "--no-pager"]).stdout
    assert (result.exit_code, result.stdout, result.stderr) == (ExitStatus.SUCCESS, expected, "")
    assert not recorder.ran


def test_output_that_is_not_a_terminal_is_never_paged(invoke: Invoke, recorder: Recorder) -> None:
    """A pipe (the test runner's stdout) is never paged, even styled as a terminal by
    TTY_COMPATIBLE=1 and as long as the whole dataset."""
    result = invoke("export", env=paging(recorder))
    assert result.stdout.count("\n") > 1000
    assert not recorder.ran


@pytest.mark.parametrize("styled", [None, "1"], ids=["pipe", "TTY_COMPATIBLE=1"])
def test_the_console_script_never_pages_a_pipe(recorder: Recorder, styled: str | None) -> None:
    """The installed script writing into a pipe never starts the pager, not even when
    TTY_COMPATIBLE=1 styles the pipe as a terminal: all of the output reaches the pipe."""
    assert SCRIPT is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MINEFACTS", "TTY_"))}
    env.update({"MINEFACTS_PAGER": recorder.command, "COLUMNS": "80", "LINES": "24"})
    if styled is not None:
        env["TTY_COMPATIBLE"] = styled
    done = subprocess.run(
        [SCRIPT, "timeline"], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert (done.returncode, done.stderr) == (ExitStatus.SUCCESS, "")
    assert done.stdout.count("\n") > 24
    assert ("Japan and the Ottawa Convention: timeline" in done.stdout) is (styled is not None)
    assert not recorder.ran


@pytest.mark.usefixtures("terminal")
def test_a_missing_pager_falls_back_to_plain_output(invoke: Invoke) -> None:
    """A pager the user names that cannot be run: the output is printed, then one note says
    so; exit 0."""
    result = invoke("timeline", env={**NO_PAGER_SETTINGS, "MINEFACTS_PAGER": "/nonexistent"})
    assert (result.exit_code, result.stdout) == (ExitStatus.SUCCESS, plain(invoke, "timeline"))
    assert result.stderr == "minefacts: cannot run the pager '/nonexistent'; printed without it\n"


@pytest.mark.usefixtures("terminal")
def test_no_less_installed_is_plain_output_without_a_note(invoke: Invoke, tmp_path: Path) -> None:
    """Where less, the default, is not installed and no pager is named, output is printed
    as if paging were off, and nothing is said about it."""
    env = {**NO_PAGER_SETTINGS, "MINEFACTS_PAGER": None, "PATH": str(tmp_path)}
    result = invoke("timeline", env=env)
    assert (result.exit_code, result.stdout, result.stderr) == (
        ExitStatus.SUCCESS,
        plain(invoke, "timeline"),
        "",
    )


@pytest.mark.usefixtures("terminal")
def test_quitting_the_pager_early_is_a_clean_exit(invoke: Invoke) -> None:
    """The user quits before the pager has read the export (far more than a pipe holds):
    exit 0, nothing on stderr, no 141 and no BrokenPipeError."""
    quits = shlex.join([sys.executable, "-c", QUITTER])
    result = invoke("export", env={**NO_PAGER_SETTINGS, "MINEFACTS_PAGER": quits})
    assert (result.exit_code, result.stdout, result.stderr) == (ExitStatus.SUCCESS, "", "")


@pytest.mark.usefixtures("terminal")
def test_json_on_a_terminal_is_paged_exactly(invoke: Invoke, recorder: Recorder) -> None:
    """JSON taller than the screen is paged byte for byte as it would be printed."""
    invoke("timeline", "--format", "json", env=paging(recorder))
    assert recorder.got()["text"] == plain(invoke, "timeline", "--format", "json")
    json.loads(recorder.got()["text"])


@pytest.mark.usefixtures("terminal")
def test_notes_on_stderr_stay_on_stderr_when_output_is_paged(
    invoke: Invoke, recorder: Recorder
) -> None:
    """What a paged run says on stderr (common words left out) is said on stderr, never
    paged with the results."""
    result = invoke("search", "the", "meeting", "of", "states", "parties", env=paging(recorder))
    assert result.stderr == "minefacts: left out 'the' and 'of': too common to search for\n"
    assert "left out" not in recorder.got()["text"]


@pytest.mark.usefixtures("terminal")
@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["timeline", "--year", "abc"], "'abc' is not a year"),
        (["show", "no-such-record"], "unknown id 'no-such-record'"),
        (["timeline", "--chart", "--format", "json"], "--chart draws for people"),
    ],
)
def test_errors_on_a_terminal_are_one_line_on_stderr(
    invoke: Invoke, recorder: Recorder, args: list[str], says: str
) -> None:
    """A bad command line on a terminal: one line on stderr, exit 2, no pager started."""
    result = invoke(*args, env=paging(recorder, MINEFACTS_DEBUG=None))
    assert (result.exit_code, result.stdout) == (ExitStatus.USAGE, "")
    assert says in result.stderr
    assert result.stderr.count("\n") == 1
    assert not recorder.ran


@pytest.mark.usefixtures("terminal")
def test_output_to_a_file_is_not_paged(invoke: Invoke, recorder: Recorder, tmp_path: Path) -> None:
    """`export --output FILE` on a terminal writes the file; stdout stays empty, the note
    says what was written, and no pager is started."""
    target = tmp_path / "out.json"
    result = invoke("export", "--output", str(target), env=paging(recorder))
    assert (result.exit_code, result.stdout) == (ExitStatus.SUCCESS, "")
    assert result.stderr == f"minefacts: wrote {target}\n"
    assert json.loads(target.read_text(encoding="utf-8"))["events"]
    assert not recorder.ran


# In a real terminal: tmux, 80 columns by 24 rows, the installed console script and less.

SCRIPT = shutil.which("minefacts", path=str(Path(sys.executable).parent))
COLOUR = re.compile(r"\x1b\[[0-9;]*(?:3[0-7]|9[0-7]|38;[0-9;]+)m")
"""An escape code that sets a colour."""
CLEARED = ("COLUMNS", "LINES", "LESS", "LV", "PAGER", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE")
"""What the terminal's shell starts without, whatever the test runner's environment."""


class Terminal:
    """One tmux session of 80 columns by 24 rows, on a server of its own, running one
    shell command line; its screen read with capture-pane and its keys sent with
    send-keys."""

    def __init__(self, tmux: str, folder: Path) -> None:
        self.tmux, self.folder = tmux, folder
        self.socket = Path(tempfile.mkdtemp(prefix="mf-tmux-")) / "s"
        self.exit_file = folder / "exit.txt"

    def _tmux(self, *args: str, check: bool = True) -> str:
        env = {k: v for k, v in os.environ.items() if k != "TMUX"}
        env["TERM"] = "xterm-256color"
        done = subprocess.run(
            [self.tmux, "-S", str(self.socket), "-f", os.devnull, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=30,
            check=check,
        )
        return done.stdout

    def start(self, line: str, **env: str) -> None:
        """Run the shell command `line` in the terminal, with only `env` of minefacts'
        settings; its exit status is kept."""
        clear = [name for name in os.environ if name.startswith("MINEFACTS")] + list(CLEARED)
        script = self.folder / "run.sh"
        script.write_text(
            "\n".join(
                [
                    "trap : INT",  # Ctrl-C is for the command line, not this shell
                    f"cd {shlex.quote(str(self.folder))}",
                    *(f"unset {name}" for name in clear),
                    *(f"export {name}={shlex.quote(value)}" for name, value in env.items()),
                    line,
                    f'echo "exit=$?" > {shlex.quote(str(self.exit_file))}',
                    "exec sleep 600",
                ]
            )
            + "\n",
            encoding="utf-8",
        )
        self._tmux("new-session", "-d", "-x", "80", "-y", "24", f"sh {shlex.quote(str(script))}")

    def screen(self, *, escapes: bool = False) -> list[str]:
        """The lines the terminal shows now (with their escape codes, if `escapes`)."""
        text = self._tmux("capture-pane", "-p", *(["-e"] if escapes else []))
        return text.rstrip("\n").split("\n")

    def wait_until(self, test: Callable[[list[str]], bool], what: str) -> list[str]:
        """The screen once `test` holds of it; a failure naming `what` after 30 seconds."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            lines = self.screen()
            if test(lines):
                return lines
            time.sleep(0.05)
        pytest.fail(f"the terminal never showed {what}:\n" + "\n".join(self.screen()))

    def press_until(self, key: str, test: Callable[[list[str]], bool], what: str) -> list[str]:
        """Press `key` until the screen shows `what`: a program that has just been
        interrupted (less) throws away the keys typed meanwhile, so one press may be lost."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            self.send(key)
            settle = time.monotonic() + 1
            while time.monotonic() < settle:
                lines = self.screen()
                if test(lines):
                    return lines
                time.sleep(0.05)
        pytest.fail(f"the terminal never showed {what}:\n" + "\n".join(self.screen()))

    def exit_status(self) -> str:
        """The exit status of the command line, once it has ended."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.exit_file.exists() and self.exit_file.read_text().endswith("\n"):
                return self.exit_file.read_text().strip()
            time.sleep(0.05)
        pytest.fail("the command line never ended:\n" + "\n".join(self.screen()))

    def ended(self) -> bool:
        return self.exit_file.exists()

    def send(self, *keys: str) -> None:
        self._tmux("send-keys", *keys)

    def close(self) -> None:
        """Stop this terminal's own tmux server (if it is still running) and remove its
        socket."""
        if self.socket.exists():
            self._tmux("kill-server", check=False)
        shutil.rmtree(self.socket.parent, ignore_errors=True)


@pytest.fixture
def terminal80(tmp_path: Path) -> Iterator[Terminal]:
    """A real terminal, 80 by 24, with less installed (skipped where tmux or less is
    missing; a failure under MINEFACTS_REQUIRE_TOOLS=1)."""
    tmux = program("tmux")
    program("less")
    assert SCRIPT is not None, "the minefacts console script is not installed beside python"
    session = Terminal(tmux, tmp_path)
    try:
        yield session
    finally:
        session.close()


def minefacts(*args: str) -> str:
    """The command line running the installed console script with `args`."""
    return shlex.join([str(SCRIPT), *args])


def last(lines: list[str]) -> str:
    """The last line of a screen that has anything on it."""
    return next((line for line in reversed(lines) if line.strip()), "")


def recording_less(folder: Path) -> str:
    """A pager that leaves a mark that it ran, then is less."""
    wrapper = folder / "pager.sh"
    wrapper.write_text(f'#!/bin/sh\ntouch {shlex.quote(str(folder / "paged"))}\nexec less "$@"\n')
    wrapper.chmod(0o755)
    return str(wrapper)


def test_less_shows_the_first_screen_and_q_exits_0(terminal80: Terminal) -> None:
    """`minefacts timeline` in a terminal 24 rows high: less shows the top of the table
    and its prompt; q ends the run with exit 0, and the table's top is what was seen."""
    terminal80.start(minefacts("timeline"))
    screen = terminal80.wait_until(lambda lines: last(lines) == ":", "less's prompt")
    assert screen[0] == "Japan and the Ottawa Convention: timeline"
    assert screen[2].split() == ["┃", "Date", "┃", "Event", "/", "Id", "┃", "Source", "┃"]
    assert not terminal80.ended()
    terminal80.send("q")
    assert terminal80.exit_status() == "exit=0"


def test_colour_goes_through_less(terminal80: Terminal) -> None:
    """With LESS=FRX, less lets the colour through: the ids are still coloured on screen."""
    terminal80.start(minefacts("timeline"))
    terminal80.wait_until(lambda lines: last(lines) == ":", "less's prompt")
    coloured = "\n".join(terminal80.screen(escapes=True))
    assert COLOUR.search(coloured), coloured
    assert "ESC" not in coloured
    terminal80.send("q")
    assert terminal80.exit_status() == "exit=0"


def test_quitting_before_the_end_of_a_long_output_exits_0_quietly(terminal80: Terminal) -> None:
    """q on the first screen of the whole export (more than a pipe holds): exit 0, and
    nothing about a broken pipe or an interruption on the screen."""
    terminal80.start(minefacts("export"))
    screen = terminal80.wait_until(lambda lines: last(lines) == ":", "less's prompt")
    assert screen[0] == "{"
    terminal80.send("q")
    assert terminal80.exit_status() == "exit=0"
    assert not any("minefacts:" in line or "Error" in line for line in terminal80.screen())


def test_ctrl_c_in_less_belongs_to_less(terminal80: Terminal) -> None:
    """Ctrl-C while less shows the output does not end minefacts (less uses it to stop a
    search): less stays open, and q then ends the run with exit 0, nothing said."""
    terminal80.start(minefacts("timeline"))
    terminal80.wait_until(lambda lines: last(lines) == ":", "less's prompt")
    terminal80.send("C-c")
    # less still answers keys: to the end of the output
    terminal80.press_until("G", lambda lines: last(lines) == "(END)", "the end of the output")
    assert not terminal80.ended()
    terminal80.send("q")
    assert terminal80.exit_status() == "exit=0"
    assert not any("interrupted" in line for line in terminal80.screen())


def test_notes_follow_the_pager_where_the_eye_lands(terminal80: Terminal) -> None:
    """A note on stderr (common words left out) appears below the paged results once less
    is quit, not above them where it would have scrolled away."""
    terminal80.start(minefacts("search", "the", "meeting", "of", "states", "parties"))
    screen = terminal80.wait_until(lambda lines: last(lines) == ":", "less's prompt")
    assert screen[0] == "113 records; showing the best 10; --all for every one"
    assert not any("left out" in line for line in screen)
    terminal80.send("q")
    assert terminal80.exit_status() == "exit=0"
    assert last(terminal80.screen()) == (
        "minefacts: left out 'the' and 'of': too common to search for"
    )


@pytest.mark.parametrize(
    ("args", "env", "note"),
    [
        (["timeline"], {"MINEFACTS_PAGER": "/nonexistent"},
         "minefacts: cannot run the pager '/nonexistent'; printed without it"),
        (["timeline"], {"MINEFACTS_PAGER": ""}, None),
        (["--no-pager", "timeline"], {}, None),
        (["timeline", "--no-pager"], {}, None),
    ],
    ids=["missing pager", "empty MINEFACTS_PAGER", "--no-pager before", "--no-pager after"],
)  # fmt: skip
def test_without_a_pager_the_output_is_printed_and_ends_by_itself(
    terminal80: Terminal, args: list[str], env: dict[str, str], note: str | None
) -> None:
    """No pager that can run: the whole table is printed (its end is on the screen), the
    run ends by itself with exit 0, and only a pager the user named is noted missing."""
    terminal80.start(minefacts(*args), **env)
    assert terminal80.exit_status() == "exit=0"
    screen = terminal80.screen()
    assert ":" not in (line.strip() for line in screen)
    end = "'minefacts disputes' gives each side."  # the table's legend ends so
    assert " ".join(screen).endswith(end if note is None else f"{end} {note}")
    if note is not None:
        assert last(screen) == note


def test_short_output_is_not_paged(terminal80: Terminal) -> None:
    """Output that fits the screen is printed and the run ends: the pager never starts."""
    terminal80.start(
        minefacts("search", "Koizumi"), MINEFACTS_PAGER=recording_less(terminal80.folder)
    )
    assert terminal80.exit_status() == "exit=0"
    assert terminal80.screen()[0] == "2 records, best first"
    assert not (terminal80.folder / "paged").exists()


def test_piped_output_is_never_paged(terminal80: Terminal) -> None:
    """`minefacts timeline | cat` in a terminal: tab-separated lines, no pager, however long."""
    pager_command = recording_less(terminal80.folder)
    terminal80.start(f"{minefacts('timeline')} | cat > piped.tsv", MINEFACTS_PAGER=pager_command)
    assert terminal80.exit_status() == "exit=0"
    piped = (terminal80.folder / "piped.tsv").read_text(encoding="utf-8")
    assert piped.count("\n") > 24
    assert all("\t" in line for line in piped.splitlines())
    assert not (terminal80.folder / "paged").exists()
