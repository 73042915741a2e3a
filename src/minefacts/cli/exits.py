"""How every run ends: the one place that turns what happened into an exit status.

Whether minefacts runs as the console script or in `typer.testing.CliRunner`, a run
leaves by one of these ways (the statuses are `minefacts.errors.ExitStatus`):

- success, including a query that matched nothing (said on stderr): 0;
- a `MinefactsError`: its message as one line on stderr, and its status (1 or 2);
- a usage error from Typer (bad option, bad value, unknown command): one line that says
  where to find help, 2;
- Ctrl-C: "interrupted" on stderr, 130; SIGTERM: 143, after the same clean-up (a
  half-written file is removed);
- stdout closed early (``minefacts export | head -n 1``): nothing more, 141;
- anything else is a bug: one line, 1 (``MINEFACTS_DEBUG=1`` shows the traceback).

This module imports nothing heavy, so it handles an interruption or a closed pipe even
while the rest of minefacts is still being imported. Nothing below the command line
imports it: the layers below raise `MinefactsError` or `BrokenPipeError` and let it decide.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any, NoReturn

from minefacts.errors import ExitStatus, MinefactsError


def _terminate(signum: int, frame: FrameType | None) -> NoReturn:
    raise SystemExit(ExitStatus.TERMINATED)


def broken_pipe() -> NoReturn:
    """Stop quietly: point stdout at /dev/null so the final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os._exit(ExitStatus.BROKEN_PIPE)


def console_script(run: Callable[[], object]) -> None:
    """Run the console script: SIGTERM and Ctrl-C end it cleanly from the first line on,
    and once the run is over no signal can turn its outcome into a traceback."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        run()
    except KeyboardInterrupt:
        _say("interrupted", error=False)
        sys.exit(ExitStatus.INTERRUPTED)
    except BrokenPipeError:
        broken_pipe()
    finally:
        # The run is over, its outcome decided: a signal now would only turn a finished
        # run into a traceback from the interpreter's shutdown.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)


def outcome(run: Callable[[], Any]) -> int:
    """Run a parsed command line and return its exit status, having said on stderr what
    went wrong, if anything did. `run` is Typer's own main, in non-standalone mode."""
    import typer

    try:
        result = run()
    except BrokenPipeError:  # the reader of stdout has gone: stop, quietly
        broken_pipe()
    except typer.TyperException as problem:
        _say(_usage_message(problem))
        return int(getattr(problem, "exit_code", ExitStatus.USAGE))
    except MinefactsError as problem:
        from minefacts.render.words.messages import error

        _say(error(problem))
        return problem.exit_status
    except typer.Abort:
        _say("aborted")
        return ExitStatus.ERROR
    except KeyboardInterrupt:
        _say("interrupted", error=False)
        return ExitStatus.INTERRUPTED
    except Exception as problem:
        if os.environ.get("MINEFACTS_DEBUG"):
            raise
        _say(
            f"unexpected {type(problem).__name__}: {problem} "
            "(this is a bug; run with MINEFACTS_DEBUG=1 for a traceback)"
        )
        return ExitStatus.ERROR
    code = result if isinstance(result, int) else ExitStatus.SUCCESS
    if code == ExitStatus.INTERRUPTED:  # Typer turns Ctrl-C into this exit status
        _say("interrupted", error=False)
    return code


def _say(message: str, *, error: bool = True) -> None:
    from minefacts.render.output import error as say_error
    from minefacts.render.output import note

    (say_error if error else note)(message)


def _usage_message(problem: Any) -> str:
    """Typer's message on one line, plus where to find help when it concerns a command."""
    message = " ".join(problem.format_message().split())
    context = getattr(problem, "ctx", None)
    if context is not None:
        message += f" (see '{context.command_path} --help')"
    return message
