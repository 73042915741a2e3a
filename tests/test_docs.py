"""The docs stay honest: README examples and the JSON Schema are what the tool produces."""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path
from typing import Any

import pytest

import minefacts.api
from minefacts.catalog.schema import dataset_schema_text, secondary_schema_text
from minefacts.catalog.validation import dataset_schema, secondary_schema
from minefacts.cli.app import Group
from minefacts.errors import ExitStatus
from scripts.sync_docs import (
    CLI_REFERENCE,
    GUIDES,
    README,
    SCHEMA,
    SECONDARY_SCHEMA,
    cli_reference_text,
    readme_text,
    run,
)
from tests.conftest import REPO, Invoke

COMMANDS = sorted(Group.entries)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.name)
def test_examples_are_the_tools_real_output(guide: Path) -> None:
    """Every example block in the README and the guides equals the tool's output at 80
    columns (python scripts/sync_docs.py)."""
    text = guide.read_text(encoding="utf-8")
    assert text == readme_text(text), f"{guide.name} drifted; run python scripts/sync_docs.py"


def test_the_readme_is_a_guide_of_at_most_250_lines() -> None:
    """The README keeps the pitch, the set-up, first steps and links; the rest is in docs/."""
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 250
    assert "record.md" not in text
    assert "corroboration.md" not in text


LINK = re.compile(r"\]\((?!https?://|mailto:)([^)#\s]*)(#[^)\s]*)?\)")


def _anchors(text: str) -> set[str]:
    """The anchors a Markdown page's headings make, as GitHub makes them."""
    found = set()
    for heading in re.findall(r"^#+ (.+)$", text, re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        found.add(f"#{slug}")
    return found


@pytest.mark.parametrize("guide", [*GUIDES, CLI_REFERENCE], ids=lambda path: path.name)
def test_every_relative_link_resolves(guide: Path) -> None:
    """Each relative link in the README and docs/ names a file that exists, and an anchor
    its page has."""
    text = guide.read_text(encoding="utf-8")
    for target, anchor in LINK.findall(text):
        path = (guide.parent / target).resolve() if target else guide
        assert path.exists(), (guide.name, target)
        if anchor and path.suffix == ".md":
            assert anchor in _anchors(path.read_text(encoding="utf-8")), (guide.name, anchor)


def test_the_command_reference_is_every_commands_help() -> None:
    """docs/cli.md is each command's --help as the tool prints it (python scripts/sync_docs.py)."""
    assert CLI_REFERENCE.read_text(encoding="utf-8") == cli_reference_text()


PYTHON_TYPES = re.compile(r"<(str|int|float|Path|bool)>|\b(INTEGER|FLOAT|PATH|BOOLEAN)\b")
METAVAR = re.compile(r"^(Usage: minefacts(?: [a-z-]+)? \[OPTIONS\])(?P<rest>.*)$", re.MULTILINE)


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_every_help_reads_like_a_man_page(command: str) -> None:
    """Each --help: metavars in one style (upper case: ID, YYYY, FILE, DATE; a list as
    ID...), no Python types or Click's braces and brackets around arguments, the same
    --format line wherever it appears, and examples to copy."""
    text = run(f"{command} --help")
    usage = METAVAR.search(text)
    assert usage is not None, text.splitlines()[0]
    for word in usage["rest"].split():
        assert re.fullmatch(r"\[?[A-Z]+(?:\.\.\.)?\]?|COMMAND|\[ARGS\]\.\.\.", word), word
    assert not PYTHON_TYPES.search(text)
    assert "{" not in text.split("Options:")[0].split("Examples:")[0]
    for line in text.splitlines():
        if "--format" in line and line.strip().startswith("-f"):
            assert line.strip().startswith("-f, --format FORMAT  "), line
    assert re.search(rf"\n  Examples:\n    minefacts {command}\b", text), text


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_with_an_example(command: str) -> None:
    """Each command has its section in docs/commands.md, with a real example or a
    description, and a line in the README's table of commands."""
    text = (REPO / "docs" / "commands.md").read_text(encoding="utf-8")
    assert f"## `minefacts {command}`" in text
    readme = README.read_text(encoding="utf-8")
    assert f"| `minefacts {command}" in readme


# Older pydantic omits the records' docstrings and spells some keywords otherwise; the next
# test checks that the meaning is the same.
@pytest.mark.artefact
def test_the_json_schema_files_are_generated_from_the_models() -> None:
    """The data files' JSON Schemas are exactly what the models generate."""
    assert SCHEMA.read_text(encoding="utf-8") == dataset_schema_text()
    assert SECONDARY_SCHEMA.read_text(encoding="utf-8") == secondary_schema_text()


# Names whose value maps property or definition names to schemas, not keywords to values.
SCHEMA_MAPS = frozenset({"properties", "$defs", "patternProperties"})


def _meaning(node: Any) -> Any:
    """A JSON Schema without what changes no verdict and varies between pydantic releases:
    descriptions (annotations), ``additionalProperties: true`` (the default), an ``enum``
    of the one value ``const`` already requires, and a reference wrapped in an ``allOf`` of
    itself alone (how older releases put a description beside a ``$ref``)."""
    if isinstance(node, list):
        return [_meaning(item) for item in node]
    if not isinstance(node, dict):
        return node
    wrapped = node.get("allOf")
    if isinstance(wrapped, list) and len(wrapped) == 1 and isinstance(wrapped[0], dict):
        node = {**{k: v for k, v in node.items() if k != "allOf"}, **wrapped[0]}
    kept = {
        key: ({k: _meaning(v) for k, v in value.items()} if key in SCHEMA_MAPS else _meaning(value))
        for key, value in node.items()
        if key != "description" and not (key == "additionalProperties" and value is True)
    }
    if "const" in kept and kept.get("enum") == [kept["const"]]:
        del kept["enum"]
    return kept


def test_the_json_schemas_mean_what_the_committed_files_mean() -> None:
    """Whatever the pydantic release, the generated schemas accept and refuse what the
    committed files do, with the same titles: only descriptions and redundant keywords may
    differ (the run at the lowest supported releases leaves out the byte-for-byte test)."""
    for path, generated in ((SCHEMA, dataset_schema), (SECONDARY_SCHEMA, secondary_schema)):
        committed = json.loads(path.read_text(encoding="utf-8"))
        assert _meaning(generated()) == _meaning(committed), path.name


def test_the_dataset_names_its_schema() -> None:
    """The dataset file points at its schema, so editors can validate it."""
    data = json.loads((SCHEMA.parent / "minefacts.json").read_text(encoding="utf-8"))
    assert data["$schema"] == "./minefacts.schema.json"


@pytest.mark.parametrize("command", COMMANDS)
def test_the_help_index_matches_each_command(command: str) -> None:
    """The one-line summary the top-level help shows for a command, without building it,
    is the first line of that command's own help."""
    from typer.testing import CliRunner

    from minefacts.cli.app import app

    result = CliRunner().invoke(app, [command, "--help"])
    summary = Group.entries[command].summary
    assert result.exit_code == ExitStatus.SUCCESS
    first_paragraph = " ".join(result.stdout.split("\n\n")[1].split())
    assert first_paragraph == summary


def test_every_event_kind_is_documented() -> None:
    """The guide's table of kinds gives each kind with its meaning, as `kinds` defines it."""
    from minefacts.model.kinds import KIND_MEANINGS

    text = (REPO / "docs" / "commands.md").read_text(encoding="utf-8")
    for kind, meaning in KIND_MEANINGS.items():
        assert f"| `{kind.value}` | {meaning} |" in text


def test_the_readme_counts_the_records_there_are() -> None:
    """The section "What the data covers" gives the number of each kind of record there is."""
    text = README.read_text(encoding="utf-8")
    primary = json.loads((SCHEMA.parent / "minefacts.json").read_text(encoding="utf-8"))
    secondary = json.loads((SCHEMA.parent / "secondary.json").read_text(encoding="utf-8"))
    events, roles, pledges = (len(primary[key]) for key in ("events", "roles", "pledges"))
    assert f"{events} events, {roles} roles, {pledges} pledge" in text
    counts = ", ".join(
        f"{len(secondary[key])} {key}"
        for key in ("sources", "claims", "events", "roles", "figures")
    )
    assert counts in text
    assert f"(`minefacts timeline`, {events + len(secondary['events'])} events)" in text


API_DOCS = REPO / "docs" / "api.md"
PYCON = re.compile(r"^```pycon\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def test_the_api_docs_examples_print_what_they_show(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every example of docs/api.md runs, in order, in a folder holding the dataset exported
    as facts.json, and prints exactly what the page shows."""
    monkeypatch.chdir(tmp_path)
    assert invoke("export", "--output", "facts.json").exit_code == ExitStatus.SUCCESS
    text = API_DOCS.read_text(encoding="utf-8")
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    names: dict[str, object] = {}
    report: list[str] = []
    blocks = list(PYCON.finditer(text))
    for block in blocks:
        line = text.count("\n", 0, block.start(1))
        example = parser.get_doctest(
            block[1], names, f"docs/api.md:{line + 1}", str(API_DOCS), line
        )
        runner.run(example, out=report.append, clear_globs=False)
        names = example.globs  # the next block goes on where this one ended
    assert len(blocks) >= 8, "the page has lost its examples"
    assert runner.failures == 0, "".join(report)


@pytest.mark.parametrize("name", minefacts.api.__all__)
def test_every_api_name_is_in_the_api_docs(name: str) -> None:
    """Each name the API offers appears in docs/api.md."""
    assert re.search(rf"\b{name}\b", API_DOCS.read_text(encoding="utf-8")), name
