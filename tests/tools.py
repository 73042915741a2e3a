"""The outside programs some tests drive with the real tool (biber and LuaLaTeX for the
BibLaTeX output, Chromium for the HTML, tmux for the terminal): where one is missing the
test is skipped, so an unpacked sdist still passes on a bare machine. CI installs them
all and sets ``MINEFACTS_REQUIRE_TOOLS=1``, and there a missing program is a failure, so
a green run cannot hide a test that did not run."""

from __future__ import annotations

import os
import shutil

import pytest

REQUIRE = "MINEFACTS_REQUIRE_TOOLS"
"""Set to 1 (as `.ci/run` does) to fail, not skip, a test whose program is missing."""


def required() -> bool:
    """Whether a missing program fails the test rather than skipping it."""
    return os.environ.get(REQUIRE) == "1"


def program(name: str) -> str:
    """The path of an outside program a test needs; skips the test (fails it under
    ``MINEFACTS_REQUIRE_TOOLS=1``) where it is not installed."""
    found = shutil.which(name)
    if found is not None:
        return found
    message = f"{name} is not installed (.ci/run installs it)"
    if required():
        pytest.fail(f"{message}; {REQUIRE}=1 makes this a failure")
    pytest.skip(message)


AXE_CORE = "MINEFACTS_AXE_CORE"
"""The path of axe-core's ``axe.min.js``, where it is not in the checkout's node_modules."""


def _missing(message: str) -> None:
    if required():
        pytest.fail(f"{message}; {REQUIRE}=1 makes this a failure")
    pytest.skip(message)


def axe_core() -> str:
    """The text of axe-core's ``axe.min.js`` (``npm install axe-core`` in the checkout, or
    the path in ``MINEFACTS_AXE_CORE``); skips the test where it is not installed (fails
    it under ``MINEFACTS_REQUIRE_TOOLS=1``)."""
    from pathlib import Path

    given = os.environ.get(AXE_CORE)
    path = (
        Path(given)
        if given
        else Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
    )
    if not path.is_file():
        _missing(f"axe-core is not installed at {path} (.ci/run installs it with npm)")
    return path.read_text(encoding="utf-8")


def font(family: str) -> None:
    """Skip the test (fail it under ``MINEFACTS_REQUIRE_TOOLS=1``) unless fontconfig has
    the font `family`: a page count depends on the font the pages are set in."""
    import subprocess

    matched = subprocess.run(
        [program("fc-match"), "--format=%{family}", family],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    if family not in matched.split(","):
        _missing(f"the font {family} is not installed (.ci/run installs it)")
