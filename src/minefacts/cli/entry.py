"""The console script's entry point: `minefacts` on the command line.

It imports nothing heavy before `minefacts.cli.exits` is in charge, so an interruption
or a closed pipe is handled even while Typer and the rest of minefacts are being imported.
"""

from __future__ import annotations


def main() -> None:
    """Run the `minefacts` command line on ``sys.argv``."""
    from minefacts.cli import exits

    exits.console_script(_run)


def _run() -> None:
    from minefacts.cli.app import app

    app()
