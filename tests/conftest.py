"""Shared fixtures: the bundled catalog, an in-process CLI runner, and golden files."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from minefacts.catalog import loading as catalog_module
from minefacts.catalog.loading import Catalog
from minefacts.cli.app import app
from minefacts.model.records import Dataset

# Property tests: a small budget by default, so CI stays quick; HYPOTHESIS_PROFILE=thorough
# for a long local run.
settings.register_profile(
    "ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "data" / "minefacts.json"
"""The bundled dataset file, as it is in the checkout."""
SEED = REPO / "seeds" / "000_473507f20092ac30.txt"
"""The source document, as it is in the checkout."""
GOLDEN = Path(__file__).resolve().parent / "golden"

# Output contracts are checked as on a terminal at a fixed width with no styling at all
# (TERM=dumb): what a pipe gets is specified on its own.
FIXED_ENV: dict[str, str | None] = {
    "COLUMNS": "100",
    "LINES": "50",
    "NO_COLOR": "1",
    "FORCE_COLOR": None,
    "TTY_COMPATIBLE": "1",
    "TERM": "dumb",
    # A bug in a test run should raise, not become a tidy one-line error.
    "MINEFACTS_DEBUG": "1",
}


def repeating(data: dict[str, Any], holder: dict[str, Any], key: str, value: Any) -> bytes:
    """`data` as JSON text in which the object `holder` gives `key` a second time, first
    with `value` (json.dumps cannot write a key twice)."""
    spare = "__spare_key__"
    holder[spare] = value
    text = json.dumps(data).replace(f'"{spare}"', json.dumps(key))
    del holder[spare]
    return text.encode()


def deeply_nested(levels: int) -> bytes:
    """A dataset file whose events are arrays inside arrays, `levels` deep."""
    return b'{"documents": [], "events": ' + b"[" * levels + b"]" * levels + b"}"


PIPED: dict[str, str | None] = {"TTY_COMPATIBLE": None}
"""Run as a pipe or a file gets it (the fixed environment otherwise counts as a terminal)."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="Rewrite golden files from the current output instead of comparing.",
    )


@dataclass(frozen=True)
class Output:
    """What one run of the CLI produced, with the JSON on stdout parsed on demand."""

    exit_code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


Invoke = Callable[..., Output]
Golden = Callable[[str, str], None]
"""Compare text with a golden file: ``golden("timeline.txt", output)``."""


@pytest.fixture
def invoke() -> Invoke:
    """Run the CLI in process: ``invoke("timeline", "--year", "2001")``."""

    def run(*args: str, env: Mapping[str, str | None] | None = None) -> Output:
        result = CliRunner().invoke(
            app, list(args), env={**FIXED_ENV, **(env or {})}, catch_exceptions=False
        )
        return Output(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return catalog_module.load()


@pytest.fixture(scope="session")
def primary() -> Catalog:
    """The bundled dataset as --primary-only sees it: the source document alone."""
    return catalog_module.load(primary_only=True)


@pytest.fixture(scope="session")
def dataset(catalog: Catalog) -> Dataset:
    return catalog.dataset


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    """Compare text with ``tests/golden/NAME``, or rewrite it under --update-goldens."""
    update = request.config.getoption("--update-goldens")

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.write_text(actual, encoding="utf-8")
            return
        assert path.exists(), f"missing golden file {path}; run pytest --update-goldens"
        assert actual == path.read_text(encoding="utf-8"), f"output differs from {path}"

    return check
