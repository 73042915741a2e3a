"""Regenerate what is derived from the code and the data, after validating the data.

- ``data/validated.sha256``: the digest of ``data/minefacts.json``, written only after the
  file passes pydantic and every dataset rule. At run time the bundled dataset skips
  validation only while it still has this digest.
- ``data/minefacts.schema.json``: the JSON Schema, generated from the models.
- The examples in the README and in ``docs/`` (`GUIDES`): the tool's real output.
- ``docs/cli.md``: the command reference, every command's ``--help``.

Run ``python scripts/sync_docs.py`` after changing the data, the models or the output.
The tests fail when any of these has drifted.

A README example is a fenced block between ``<!-- minefacts: ARGS -->`` (or
``<!-- minefacts-json: ARGS -->``) and its closing comment; its contents are the output of
``minefacts ARGS`` at 80 columns (the width most terminals open at) with colour off.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

from typer.testing import CliRunner

from minefacts.catalog import bundle
from minefacts.catalog import loading as catalog
from minefacts.catalog.schema import dataset_schema_text, secondary_schema_text
from minefacts.cli.app import app

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
CLI_REFERENCE = REPO / "docs" / "cli.md"
GUIDES = (
    README,
    *sorted(path for path in (REPO / "docs").glob("*.md") if path.name != "cli.md"),
)
"""The pages whose example blocks are the tool's output: the README and the guides."""
DATA = REPO / "data" / bundle.DATASET_FILE
SCHEMA = REPO / "data" / bundle.SCHEMA_FILE
SECONDARY = REPO / "data" / bundle.SECONDARY_FILE
SECONDARY_SCHEMA = REPO / "data" / bundle.SECONDARY_SCHEMA_FILE
STAMP = REPO / "data" / bundle.STAMP_FILE
ENV: dict[str, str | None] = {
    "COLUMNS": "80",
    "NO_COLOR": "1",
    "FORCE_COLOR": None,
    "TTY_COMPATIBLE": "1",
    "TERM": "dumb",
}
"""As on a terminal, 80 columns wide, with no styling and no pager: what the examples show."""

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


def cli_reference_text() -> str:
    """The command reference: the top-level help, then each command's, as printed at 80
    columns."""
    from minefacts.cli.app import Group

    parts = [
        "# minefacts command reference\n\n"
        "Every command's `--help`, exactly as minefacts prints it at 80 columns. Generated\n"
        "by `python scripts/sync_docs.py`; a test fails if it drifts from the tool.\n\n"
        "## `minefacts`\n\n```\n" + run("--help") + "```\n"
    ]
    for command in Group.entries:
        parts.append(f"\n## `minefacts {command}`\n\n```\n{run(f'{command} --help')}```\n")
    return "".join(parts)


def validated_stamp() -> str:
    """The digest lines for the bundled data files; raises DatasetError if either is not
    valid."""
    data, secondary = DATA.read_bytes(), SECONDARY.read_bytes()
    dataset = catalog.validate(data, str(DATA), [REPO / "seeds"])
    catalog.validate_secondary(secondary, str(SECONDARY), dataset)
    return bundle.stamp_text({bundle.DATASET_FILE: data, bundle.SECONDARY_FILE: secondary})


def main() -> int:
    STAMP.write_text(validated_stamp(), encoding="utf-8")
    SCHEMA.write_text(dataset_schema_text(), encoding="utf-8")
    SECONDARY_SCHEMA.write_text(secondary_schema_text(), encoding="utf-8")
    for guide in GUIDES:
        guide.write_text(readme_text(guide.read_text(encoding="utf-8")), encoding="utf-8")
    CLI_REFERENCE.parent.mkdir(exist_ok=True)
    CLI_REFERENCE.write_text(cli_reference_text(), encoding="utf-8")
    for path in (STAMP, SCHEMA, SECONDARY_SCHEMA, *GUIDES, CLI_REFERENCE):
        print(f"updated {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
