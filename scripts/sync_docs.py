"""Regenerate what the docs copy from the tool: README examples and the dataset's JSON Schema.

Run ``python scripts/sync_docs.py`` after changing output or models. ``tests/test_docs.py``
fails when either has drifted.

A README example is a fenced block between ``<!-- minefacts: ARGS -->`` (or
``<!-- minefacts-json: ARGS -->``) and its closing comment; its contents are the output of
``minefacts ARGS`` at 100 columns with colour off.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

from typer.testing import CliRunner

from minefacts.cli import app
from minefacts.schema import dataset_schema_text

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
SCHEMA = REPO / "data" / "minefacts.schema.json"
ENV: dict[str, str | None] = {"COLUMNS": "100", "NO_COLOR": "1", "FORCE_COLOR": None}

BLOCK = re.compile(
    r"(?P<open><!-- (?P<tag>minefacts(?:-json)?): (?P<args>[^>]*?) -->\n)"
    r"(?P<fence>```\w*\n)(?P<body>.*?)```\n"
    r"(?P<close><!-- /(?P=tag) -->)",
    re.DOTALL,
)


def run(args: str) -> str:
    """The stdout of `minefacts ARGS`, with trailing spaces trimmed from each line."""
    result = CliRunner().invoke(app, shlex.split(args), env=ENV)
    if result.exit_code != 0:
        raise RuntimeError(f"minefacts {args} exited {result.exit_code}: {result.stderr}")
    return "".join(line.rstrip() + "\n" for line in result.stdout.splitlines())


def example(match: re.Match[str]) -> str:
    args = match["args"]
    body = run(args) if match["tag"] == "minefacts-json" else f"$ minefacts {args}\n{run(args)}"
    return f"{match['open']}{match['fence']}{body}```\n{match['close']}"


def readme_text(text: str) -> str:
    """The README with every example block filled from the tool's current output."""
    return BLOCK.sub(example, text)


def main() -> int:
    README.write_text(readme_text(README.read_text(encoding="utf-8")), encoding="utf-8")
    SCHEMA.write_text(dataset_schema_text(), encoding="utf-8")
    print(f"updated {README.relative_to(REPO)} and {SCHEMA.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
