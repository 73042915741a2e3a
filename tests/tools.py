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
