"""How every run ends: results on stdout, or one line on stderr and an exit code.

`MinefactsGroup` wraps Typer's top-level command so that usage errors, dataset errors and
interruptions all leave the same way, whether the CLI runs as the console script or in
`typer.testing.CliRunner`:

- 0: success, including a query that matched nothing (said on stderr);
- 1: a dataset or output file problem, or an unexpected failure;
- 2: a usage error (bad option, bad value, unknown command);
- 130: interrupted with Ctrl-C.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from minefacts.errors import MinefactsError
from minefacts.render.output import error


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _usage_message(problem: typer.TyperException) -> str:
    """Typer's message, plus where to find help when the error concerns a command."""
    message = _one_line(problem.format_message())
    context = getattr(problem, "ctx", None)
    if context is not None:
        message += f" (see '{context.command_path} --help')"
    return message


class MinefactsGroup(TyperGroup):
    """The top-level command, with minefacts's own way of ending a run."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            result = super().main(
                args, prog_name or "minefacts", complete_var, standalone_mode=False, **extra
            )
        except typer.TyperException as problem:
            _exit(_usage_message(problem), getattr(problem, "exit_code", 2))
        except MinefactsError as problem:
            _exit(str(problem), problem.exit_code)
        except typer.Abort:
            _exit("aborted", 1)
        except KeyboardInterrupt:
            _exit("interrupted", 130)
        except Exception as problem:
            if os.environ.get("MINEFACTS_DEBUG"):
                raise
            _exit(
                f"unexpected {type(problem).__name__}: {problem} "
                "(this is a bug; run with MINEFACTS_DEBUG=1 for a traceback)",
                1,
            )
        code = result if isinstance(result, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


def _exit(message: str, code: int) -> NoReturn:
    error(message)
    sys.exit(code)
