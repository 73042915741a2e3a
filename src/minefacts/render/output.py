"""Where output goes: results to stdout, notes and errors to stderr, files written whole.

`emit` is the single switch between a table and JSON, shared by every listing command.
`error` and `note` run on every start-up path, so everything else here imports what it
needs when it is called.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from minefacts.errors import OutputError

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from minefacts.render.formats import OutputFormat
    from minefacts.render.listings import Listing

T = TypeVar("T")


def stdout_console() -> Console:
    """A console on the current stdout. Rich drops all styling when stdout is not a
    terminal and takes its width from ``COLUMNS`` when set. A non-empty ``NO_COLOR``
    turns off every escape code, bold and italic included.
    """
    from rich.console import Console

    class StdoutConsole(Console):
        def on_broken_pipe(self) -> None:
            """Let the command line end the run the way it ends every closed pipe (Rich
            itself would exit 1)."""
            raise BrokenPipeError

    plain = bool(os.environ.get("NO_COLOR"))
    return StdoutConsole(
        file=sys.stdout,
        color_system=None if plain else "auto",
        highlight=False,
        markup=False,
        emoji=False,
    )


def _line(message: str) -> str:
    """One line, control characters made visible: messages may quote a dataset's text."""
    from minefacts.render.terminal import printable

    return printable(" ".join(message.split()))


def error(message: str) -> None:
    """One line on stderr saying what went wrong."""
    sys.stderr.write(f"minefacts: error: {_line(message)}\n")
    sys.stderr.flush()


def note(message: str) -> None:
    """One line on stderr that is not an error, e.g. that a query matched nothing."""
    sys.stderr.write(f"minefacts: {_line(message)}\n")
    sys.stderr.flush()


def prepare_streams() -> None:
    """Make stdout and stderr safe for any text (see `render.terminal`). Most streams are
    UTF-8 and need nothing, so this costs nothing on start-up then."""
    streams = (sys.stdout, sys.stderr)
    if all((getattr(s, "encoding", "") or "").lower() in ("utf-8", "utf8") for s in streams):
        return
    from minefacts.render.terminal import prepare_streams

    prepare_streams()


def write_text(text: str) -> None:
    """Plain text to stdout, control characters made visible."""
    from minefacts.render.terminal import printable

    sys.stdout.write(printable(text))


def write_json(text: str) -> None:
    """JSON text to stdout, exact whatever stdout's encoding."""
    from minefacts.render.terminal import ascii_json, encodes_everything

    sys.stdout.write(text if encodes_everything(sys.stdout) else ascii_json(text))


def to_json(data: Any, *, indent: bool = True) -> str:
    """JSON indented by two spaces (or all on one line), non-ASCII text kept as it is, and a
    final newline. Records (dataclasses) are written field by field in their declared
    order, enums as their values and partial dates as their ISO / EDTF strings.
    """
    import orjson

    option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent else 0)
    return orjson.dumps(data, default=_json_default, option=option).decode()


def _json_default(value: Any) -> str:
    from minefacts.model.dates import PartialDate

    if isinstance(value, PartialDate):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def emit(fmt: OutputFormat, items: Sequence[T], listing: Listing[T], *, empty: str) -> None:
    """Print `items` in any output format, the one switch every listing command shares.
    With no items, say `empty` on stderr; machine formats still print a valid empty
    document (``[]``, a CSV header, a Markdown header row)."""
    from minefacts.render import flat as flat_formats
    from minefacts.render.formats import OutputFormat

    if not items:
        note(empty)
    if fmt is OutputFormat.JSON:
        write_json(to_json(listing.records(items)))
    elif fmt is OutputFormat.NDJSON:
        write_json("".join(to_json(record, indent=False) for record in listing.records(items)))
    elif fmt is OutputFormat.CSV:
        write_text(flat_formats.csv_text(listing.columns, items))
    elif fmt is OutputFormat.MARKDOWN:
        write_text(flat_formats.markdown_text(listing.columns, items))
    elif items:
        stdout_console().print(listing.table(items))


def emit_one(
    item: T,
    *,
    as_json: bool,
    records: Callable[[T], Any],
    view: Callable[[T], RenderableType],
) -> None:
    """Print one fact or overview: as JSON, or as a view for people."""
    if as_json:
        write_json(to_json(records(item)))
    else:
        show(view(item))


def width() -> int:
    """The width stdout's console draws at."""
    return stdout_console().width


def show(renderable: RenderableType) -> None:
    """Print one Rich renderable to stdout."""
    stdout_console().print(renderable)


def write_file(path: Path, text: str, *, force: bool) -> None:
    """Write `text` to `path` whole or not at all (see `write_atomically`)."""

    def fill(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())

    write_atomically(path, fill, force=force)


def write_atomically(path: Path, fill: Callable[[Path], None], *, force: bool) -> None:
    """Have `fill` write a temporary file in the same folder as `path`, then rename it
    into place, so `path` is written whole or not at all. An existing file is replaced
    only when `force` is set. Any problem becomes an `OutputError`, and the temporary
    file is removed whatever happens, short of SIGKILL."""
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a directory")
    if path.exists() and not force:
        raise OutputError(f"{path} already exists; use --force to replace it")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: folder {folder} does not exist")
    import tempfile

    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as problem:
        raise OutputError(f"cannot write {path}: {problem.strerror}") from None
    os.close(handle)
    temporary = Path(name)
    try:
        os.chmod(temporary, 0o666 & ~_umask())
        fill(temporary)
        os.replace(temporary, path)
    except BaseException as problem:
        temporary.unlink(missing_ok=True)
        if isinstance(problem, OSError):
            raise OutputError(f"cannot write {path}: {problem.strerror}") from None
        raise


def _umask() -> int:
    """The process umask, so a written file gets the permissions any new file would."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
