"""The console script's entry point: how a run ends, whatever happens around it.

It imports nothing heavy, so an interruption or a closed pipe is handled even while the
rest of minefacts is still being imported:

- Ctrl-C (SIGINT): one line on stderr, exit 130;
- SIGTERM: exit 143, after the same clean-up as Ctrl-C (a half-written file is removed);
- stdout closed early (``minefacts export | head -n 1``): no message, exit 141, the
  conventional code for a broken pipe.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType
from typing import NoReturn

INTERRUPTED = 130
BROKEN_PIPE = 141
TERMINATED = 143


def _terminate(signum: int, frame: FrameType | None) -> NoReturn:
    raise SystemExit(TERMINATED)


def broken_pipe() -> NoReturn:
    """Stop quietly: point stdout at /dev/null so the final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os._exit(BROKEN_PIPE)


def main() -> None:
    """Run the `minefacts` command line."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        from minefacts.cli import run

        run()
    except KeyboardInterrupt:
        sys.stderr.write("minefacts: interrupted\n")
        sys.exit(INTERRUPTED)
    except BrokenPipeError:
        broken_pipe()
    finally:
        # The run is over, its outcome decided: a signal now would only turn a finished
        # run into a traceback from the interpreter's shutdown.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
