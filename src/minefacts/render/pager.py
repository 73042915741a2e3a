"""Long output on a terminal goes through a pager, the way git and gh page theirs.

Only a terminal gets a pager (stdout's ``isatty``; ``TTY_COMPATIBLE=1`` styles a pipe as a
terminal but never pages it), and only for output taller than its screen: a run's output
is held until it is complete (`minefacts.render.output.paged`), its rows counted, then
paged or printed. The pager is ``MINEFACTS_PAGER``, else ``PAGER``, else ``less``; an
empty value, or ``cat``, means none. It runs with ``LESS=FRX`` when ``LESS`` is unset
(quit if the text fits one screen, let colour through, leave the text on the screen at
the end) and ``LV=-c``, as git does. A pager that cannot be started is no pager: the
output is printed as it is. Quitting the pager early ends the run cleanly, with exit
status 0: the pipe to the pager closing is not stdout closing.

Rich's ``Console.pager`` is not used: it goes through `pydoc`, which reads neither
``MINEFACTS_PAGER`` nor a missing pager, sets no ``LESS`` and drops colour unless told.

This module is imported at every start-up, so it imports only `os` and `sys` until a run
has output to page.
"""

from __future__ import annotations

import os
import sys

DEFAULT = "less"
"""The pager when neither ``MINEFACTS_PAGER`` nor ``PAGER`` names one."""
SETTINGS = {"LESS": "FRX", "LV": "-c"}
"""What the pager's environment gets where the user has not set it: less quits at once on
output that fits the screen (F), lets colour through (R) and does not clear the screen
(X); lv lets colour through (-c)."""
NONE = ("", "cat")
"""Pager commands that mean no pager."""


def command() -> str | None:
    """The pager command (``MINEFACTS_PAGER``, else ``PAGER``, else ``less``), or None
    when it says no pager."""
    for name in ("MINEFACTS_PAGER", "PAGER"):
        if name in os.environ:
            chosen = os.environ[name].strip()
            break
    else:
        chosen = DEFAULT
    return None if chosen in NONE else chosen


def chosen_by_user() -> bool:
    """Whether the environment names the pager (rather than minefacts' default)."""
    return "MINEFACTS_PAGER" in os.environ or "PAGER" in os.environ


def screen() -> os.terminal_size | None:
    """The columns and rows of the terminal stdout is (``COLUMNS`` and ``LINES`` win, as
    they do for the width output is drawn at); None when stdout is not a terminal."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):  # replaced by an object with no file
        return None
    if not os.isatty(descriptor):
        return None
    try:
        size = os.get_terminal_size(descriptor)
    except OSError:
        return None
    columns, lines = os.environ.get("COLUMNS", ""), os.environ.get("LINES", "")
    return os.terminal_size(
        (
            int(columns) if columns.isdigit() and int(columns) > 0 else size.columns,
            int(lines) if lines.isdigit() and int(lines) > 0 else size.lines,
        )
    )


def rows(text: str, columns: int) -> int:
    """How many rows of a terminal `columns` wide `text` fills: a line wider than the
    terminal takes as many rows as it wraps into; escape codes take no room."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return sum(max(1, -(-_width(line) // max(columns, 1))) for line in lines)


def _width(line: str) -> int:
    """The columns a line of output takes on a terminal."""
    if "\x1b" in line:
        import re

        line = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)", "", line)
    if line.isascii():
        return len(line)
    from rich.cells import cell_len

    return cell_len(line)


def taller_than_screen(text: str, size: os.terminal_size) -> bool:
    """True when `text` does not fit the screen with a line to spare for the prompt (the
    test ``less -F`` makes)."""
    return rows(text, size.columns) >= size.lines


def page(data: bytes, pager: str) -> bool:
    """Show `data` through the `pager` command and wait until the user quits it; False,
    having shown nothing, when the pager cannot be started.

    Ctrl-C belongs to the pager while it runs (less uses it to stop a search), so it does
    not end minefacts. Quitting before the end closes the pipe to the pager: that ends
    the writing, and the run, cleanly."""
    import contextlib
    import shlex
    import signal
    import subprocess

    try:
        argv = shlex.split(pager)
    except ValueError:  # an unbalanced quote
        return False
    if not argv:
        return False
    try:
        process = subprocess.Popen(argv, stdin=subprocess.PIPE, env={**SETTINGS, **os.environ})
    except OSError:  # missing, not executable
        return False
    assert process.stdin is not None
    try:
        interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread, where signals are not ours to handle
        interrupt = None
    try:
        with contextlib.suppress(BrokenPipeError):
            process.stdin.write(data)
        with contextlib.suppress(BrokenPipeError):
            process.stdin.close()
        process.wait()
    except BaseException:  # SIGTERM: the pager goes too, restoring the terminal
        process.terminate()
        process.wait()
        raise
    finally:
        if interrupt is not None:
            signal.signal(signal.SIGINT, interrupt)
    return True
