"""Start-up stays light: which modules each path loads (timings live in bench/, not here).
No command loads the Python API (`minefacts.api`), and `import minefacts` loads nothing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = """
import atexit, sys
def report():
    heavy = {'pydantic', 'rich', 'markdown_it', 'mdit_py_plugins'}
    heavy = sorted({m.split('.')[0] for m in sys.modules} & heavy)
    heavy += ['minefacts.api'] * ('minefacts.api' in sys.modules)
    sys.stderr.write('LOADED ' + ','.join(heavy) + '\\n')
atexit.register(report)
sys.argv = ['minefacts', *sys.argv[1:]]
from minefacts.cli.entry import main
main()
"""


def loaded(*args: str, env: dict[str, str] | None = None) -> str:
    """The heavy libraries a fresh process loaded to run `minefacts ARGS`, and the Python
    API if it loaded that."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "100", **(env or {})},
        check=False,
    )
    [line] = [line for line in result.stderr.splitlines() if line.startswith("LOADED")]
    return line.removeprefix("LOADED ")


@pytest.mark.parametrize("args", [["--help"], ["timeline", "--help"], ["--version"]])
def test_help_and_version_load_neither_pydantic_nor_rich(args: list[str]) -> None:
    """Help and version need Typer alone."""
    assert loaded(*args) == ""


def test_completion_loads_neither_pydantic_nor_rich() -> None:
    """A TAB press runs minefacts; it must not load pydantic or Rich."""
    completion = {
        "_MINEFACTS_COMPLETE": "complete_bash",
        "COMP_WORDS": "minefacts timeline --year 2001 --kind me",
        "COMP_CWORD": "5",
    }
    assert loaded(env=completion) == ""


def test_json_from_the_bundled_dataset_loads_neither() -> None:
    """The bundled dataset was validated when built, and JSON output needs no Rich."""
    assert loaded("timeline", "--year", "2001", "--format", "json") == ""


def test_tables_load_rich_but_not_pydantic() -> None:
    """Tables need Rich; the bundled dataset still needs no pydantic."""
    assert loaded("timeline", env={"TTY_COMPATIBLE": "1"}) == "rich"


def test_a_pipe_needs_neither() -> None:
    """Piped, a listing is tab-separated text: no Rich, no pydantic."""
    assert loaded("timeline", env={"TTY_COMPATIBLE": "0"}) == ""


def test_completing_an_id_loads_neither() -> None:
    """`minefacts show tok<TAB>` reads the bundled ids without pydantic or Rich."""
    completion = {
        "_MINEFACTS_COMPLETE": "complete_bash",
        "COMP_WORDS": "minefacts show tok",
        "COMP_CWORD": "2",
    }
    assert loaded(env=completion) == ""


def test_a_users_file_is_validated_by_pydantic() -> None:
    """A file given with --data goes through pydantic, every time."""
    from tests.conftest import REPO

    data = str(REPO / "data" / "minefacts.json")
    assert loaded("--data", data, "timeline", "-f", "json") == "pydantic"


def test_completing_a_command_name_loads_neither() -> None:
    """`minefacts s<TAB>` offers the commands starting with s, building none of them."""
    completion = {
        "_MINEFACTS_COMPLETE": "complete_bash",
        "COMP_WORDS": "minefacts s",
        "COMP_CWORD": "1",
    }
    assert loaded(env=completion) == ""


IMPORT = """
import sys
before = set(sys.modules)
import minefacts
names = dir(minefacts)
print(' '.join(sorted(set(sys.modules) - before)), 'timeline' in names)
"""


def test_import_minefacts_loads_nothing_but_itself() -> None:
    """A notebook's `import minefacts` (and every command's) loads no module but itself: not
    the API, pydantic, Rich, Typer or even typing; `dir(minefacts)` lists the API without
    loading it."""
    found = subprocess.run(
        [sys.executable, "-c", IMPORT], capture_output=True, text=True, check=False
    )
    assert (found.stdout, found.stderr) == ("minefacts True\n", "")


ASK = """
import sys
import minefacts
minefacts.timeline(year=2001)
minefacts.cite('tokyo-seminar')
heavy = sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'rich'})
print(*heavy, 'minefacts.api' in sys.modules)
"""


def test_the_api_on_the_bundled_dataset_needs_neither_pydantic_nor_rich() -> None:
    """Asking the API of the bundled dataset loads the API, but neither pydantic nor Rich."""
    found = subprocess.run([sys.executable, "-c", ASK], capture_output=True, text=True, check=False)
    assert (found.stdout, found.stderr) == ("True\n", "")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["brief", "--help"], ""),
        (["brief", "--format", "json"], ""),
        (["brief", "--format", "markdown"], ""),
        (["brief", "--format", "html"], "markdown_it,mdit_py_plugins"),
    ],
)
def test_the_briefing_loads_markdown_it_for_html_alone(args: list[str], expected: str) -> None:
    """markdown-it-py and its footnotes are loaded by `brief --format html` alone; the
    briefing's JSON and Markdown need neither them nor Rich."""
    assert loaded(*args) == expected


def test_the_briefing_on_a_terminal_loads_rich_alone() -> None:
    """The briefing for people is drawn with Rich, without markdown-it or pydantic."""
    assert loaded("brief", env={"TTY_COMPATIBLE": "1"}) == "rich"
