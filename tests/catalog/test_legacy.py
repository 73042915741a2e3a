"""A data file written for minefacts 2.x: `validate` names each relation to re-read,
rather than guessing them or stopping at "unknown field"."""

from __future__ import annotations

from pathlib import Path

from minefacts.errors import ExitStatus
from tests.conftest import Invoke

LEGACY = Path(__file__).with_name("legacy-2x.json")
"""Four records of minefacts 2.0's secondary record, as 2.0 shipped them."""


def test_validate_names_the_relations_of_a_2x_file_to_re_read(invoke: Invoke) -> None:
    """Each bare ``disagrees_with`` and each "disagrees" is named with its record, one a
    line, and nothing else; the exit status says the file is not valid."""
    result = invoke("validate", str(LEGACY))
    assert result.exit_code == ExitStatus.ERROR
    lines = result.stdout.splitlines()
    found = [line.removeprefix(f"{LEGACY}: ").split(":", 1)[0] for line in lines]
    assert found == [
        "secondary.claims[0] (id 'destroyed-lm-2004'), field disagrees_with",
        "secondary.claims[1] (id 'article-4-deadline'), field relation",
        "secondary.claims[2] (id 'production-stopped-march-1998'), field relation",
        "secondary.figures[0] (id 'funding-1999-lm-2000'), field disagrees_with",
    ]
    assert "'disagrees_with' is now 'links' ({record, relation, note})" in lines[0]
    assert "a real conflict stays 'disagrees'; else 'differs in scope'" in lines[1]
    assert all("docs/relations.md" in line for line in lines)
    assert result.stderr == f"minefacts: error: {LEGACY}: 4 problems\n"
