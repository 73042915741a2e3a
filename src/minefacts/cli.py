"""The command line's entry for Python: `run` parses ``sys.argv`` and runs a command.

The console script starts in `minefacts.entry`, which handles signals and closed pipes
before this module, and Typer with it, is imported.
"""

from minefacts.app import app

__all__ = ["app", "run"]


def run() -> None:
    """Run the command line on ``sys.argv``; `minefacts.entry` calls this."""
    app()
