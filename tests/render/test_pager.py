"""The pager's parts: which pager the environment names, how many rows output fills on a
terminal, and a pager that is missing or quits early."""

from __future__ import annotations

import os
import shlex
import sys

import pytest

from minefacts.render import pager


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, "less"),
        ({"PAGER": "more -s"}, "more -s"),
        ({"PAGER": "more", "MINEFACTS_PAGER": "less -S"}, "less -S"),
        ({"PAGER": "more", "MINEFACTS_PAGER": ""}, None),
        ({"PAGER": ""}, None),
        ({"MINEFACTS_PAGER": "cat"}, None),
        ({"MINEFACTS_PAGER": "  "}, None),
    ],
)
def test_the_pager_is_minefacts_pager_else_pager_else_less(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str | None
) -> None:
    """MINEFACTS_PAGER wins over PAGER, which wins over less; set but empty, or cat, is no
    pager at all (as git and gh read theirs)."""
    for name in ("PAGER", "MINEFACTS_PAGER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert pager.command() == expected


@pytest.mark.parametrize(
    ("text", "columns", "expected"),
    [
        ("", 80, 0),
        ("one\ntwo\n", 80, 2),
        ("no newline at the end", 80, 1),
        ("\n\n", 80, 2),
        ("x" * 80 + "\n", 80, 1),
        ("x" * 81 + "\n", 80, 2),
        ("x" * 200 + "\n", 80, 3),
        ("\x1b[1;36m" + "x" * 80 + "\x1b[0m\n", 80, 1),
        ("\x1b]8;;https://example.org\x1b\\" + "x" * 80 + "\x1b]8;;\x1b\\\n", 80, 1),
        ("日本" * 20 + "\n", 80, 1),
        ("日本" * 21 + "\n", 80, 2),
    ],
)
def test_rows_count_what_a_terminal_shows(text: str, columns: int, expected: int) -> None:
    """A line wider than the terminal fills the rows it wraps into; escape codes fill none;
    a wide character fills two columns."""
    assert pager.rows(text, columns) == expected


def test_output_pages_when_it_leaves_no_row_for_the_prompt() -> None:
    """On 24 rows, 23 lines fit with the prompt below them; 24 do not (less -F's test)."""
    screen = os.terminal_size((80, 24))
    assert not pager.taller_than_screen("line\n" * 23, screen)
    assert pager.taller_than_screen("line\n" * 24, screen)


@pytest.mark.parametrize("command", ["/nonexistent/pager", "'unbalanced", os.devnull])
def test_a_pager_that_cannot_start_shows_nothing(command: str) -> None:
    """A missing pager, one that cannot be parsed or run, is reported as not run."""
    assert pager.page(b"text\n", command) is False


def test_a_pager_that_quits_before_reading_is_a_clean_end() -> None:
    """A pager that quits at once, with far more to write than a pipe holds, ends the paging
    quietly: no BrokenPipeError, the pager counted as run."""
    quits = f"{shlex.quote(sys.executable)} -c pass"
    assert pager.page(b"x" * (4 * 1024 * 1024), quits) is True
