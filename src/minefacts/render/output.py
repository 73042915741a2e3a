"""Where output goes: results to stdout, notes and errors to stderr, files written whole.

`emit` is the single switch between the formats, shared by every listing command: a table
on a terminal, tab-separated lines when stdout is a pipe or a file (``auto``), or the
format asked for. `error` and `note` run on every start-up path, so everything else here
imports what it needs when it is called. No line of output ends in spaces.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from minefacts.errors import OutputError

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from minefacts.model.records import Document
    from minefacts.render.formats import OutputFormat
    from minefacts.render.listings import Listing

T = TypeVar("T")


def stdout_console() -> Console:
    """A console on the current stdout. Rich drops all styling when stdout is not a
    terminal (or ``TERM=dumb``), and takes its width from ``COLUMNS`` when set, else from
    the terminal, else 80. A non-empty ``NO_COLOR`` drops colour, not meaning: bold and
    underline stay. ``TTY_COMPATIBLE=1`` makes a pipe count as a terminal.
    """
    from rich.console import Console

    class StdoutConsole(Console):
        def on_broken_pipe(self) -> None:
            """Let the command line end the run the way it ends every closed pipe (Rich
            itself would exit 1)."""
            raise BrokenPipeError

    # Rich ignores COLUMNS on a dumb terminal (it assumes 80 columns); honour it anyway.
    columns, lines = os.environ.get("COLUMNS", ""), os.environ.get("LINES", "")
    width = int(columns) if columns.isdigit() and int(columns) > 0 else None
    height = (int(lines) if lines.isdigit() and int(lines) > 0 else 25) if width else None
    return StdoutConsole(
        file=sys.stdout, width=width, height=height, highlight=False, markup=False, emoji=False
    )


def styled() -> bool:
    """True when stdout shows styles (bold, underline), even if colour is off."""
    return stdout_console().color_system is not None


def on_terminal() -> bool:
    """True when stdout is a terminal (or ``TTY_COMPATIBLE=1`` says to treat it as one)."""
    override = os.environ.get("TTY_COMPATIBLE", "")
    if override in ("0", "1"):
        return override == "1"
    return sys.stdout.isatty()


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

    checkpoint("printing")
    _stdout(printable(text))


def write_json(text: str) -> None:
    """JSON text to stdout, exact whatever stdout's encoding."""
    from minefacts.render.terminal import ascii_json, encodes_everything

    checkpoint("printing")
    _stdout(text if encodes_everything(sys.stdout) else ascii_json(text))


def _stdout(text: str) -> None:
    """Write `text` to stdout whole, and flush it, so a closed pipe is found here, inside
    the run, not at exit.

    An unbuffered stdout (``PYTHONUNBUFFERED``, ``python -u``) writes straight to the file
    descriptor, which may take only part of a long write; Python's text layer would drop
    the rest without an error. There the bytes are written until every one is taken, and a
    reader that has gone raises BrokenPipeError as it should."""
    stream = sys.stdout
    raw = getattr(stream, "buffer", None)
    if not isinstance(raw, io.RawIOBase):
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    left = memoryview(text.encode(stream.encoding, stream.errors or "strict"))
    while left:
        written = raw.write(left)
        if written is None:  # a non-blocking stdout that is full: wait until it is not
            import select

            select.select([], [raw], [])
            continue
        left = left[written:]


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


def resolve(fmt: OutputFormat) -> OutputFormat:
    """``auto``: a table on a terminal, TSV for a pipe or a file."""
    from minefacts.render.formats import OutputFormat

    if fmt is not OutputFormat.AUTO:
        return fmt
    return OutputFormat.TABLE if on_terminal() else OutputFormat.TSV


def emit(
    fmt: OutputFormat,
    items: Sequence[T],
    listing: Listing[T],
    *,
    empty: str,
    documents: Sequence[Document] = (),
) -> None:
    """Print `items` in any output format, the one switch every listing command shares.
    With no items, say `empty` on stderr; machine formats still print a valid empty
    document (``[]``, a header row). Markdown, written to be pasted into a report, ends
    with the attribution of the source `documents` the listing draws on."""
    from minefacts.render import columns
    from minefacts.render.formats import OutputFormat

    if not items:
        note(empty)
    fmt = resolve(fmt)
    if fmt is OutputFormat.JSON:
        write_json(to_json(listing.records(items)))
    elif fmt is OutputFormat.NDJSON:
        write_json("".join(to_json(record, indent=False) for record in listing.records(items)))
    elif fmt is OutputFormat.CSV:
        write_text(columns.csv_text(listing.columns, items))
    elif fmt is OutputFormat.TSV:
        write_text(columns.tsv_text(listing.columns, items))
    elif fmt is OutputFormat.MARKDOWN:
        from minefacts.render import attribution

        credits = "".join(
            f"\n{attribution.source(document)} {attribution.edited(document)}\n"
            for document in documents
        )
        write_text(columns.markdown_text(listing.columns, items) + credits)
    elif items:
        show(listing.table(items, width(), styled()))
        if listing.credits and documents:
            from minefacts.render import attribution
            from minefacts.render.cards import prose

            show(prose("\n" + attribution.notice(documents), width()))


def emit_one(
    item: T,
    *,
    as_json: bool,
    records: Callable[[T], Any],
    view: Callable[[T, bool], RenderableType],
) -> None:
    """Print one record or overview: as JSON, or as a view for people."""
    if as_json:
        write_json(to_json(records(item)))
    else:
        show(view(item, styled()))


def width() -> int:
    """The width stdout's console draws at."""
    return stdout_console().width


_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def show(renderable: RenderableType) -> None:
    """Print one Rich renderable to stdout, without the spaces Rich pads lines with and
    without cropping a line that must stay whole (an id longer than the terminal)."""
    console = stdout_console()
    with console.capture() as captured:
        console.print(renderable, crop=False)
    checkpoint("printing")
    _stdout(_TRAILING.sub(r"\1", captured.get()))


def checkpoint(name: str) -> None:
    """A point a test can interrupt a run at, instead of guessing a delay:
    ``MINEFACTS_TEST_SIGNAL=NAME:SIGNAL`` makes the process send itself SIGNAL (``SIGINT``,
    ``SIGTERM``, ``SIGKILL``) when it reaches checkpoint NAME. Unset, it does nothing.

    ``partial``: half of an output file is written; ``filled``: all of it, not yet renamed;
    ``printing``: a result is ready for stdout, none of it written yet.
    """
    wanted = os.environ.get("MINEFACTS_TEST_SIGNAL")
    if not wanted:
        return
    at, _, which = wanted.partition(":")
    if at == name:
        import signal

        signal.raise_signal(signal.Signals[which])


def text_filler(text: str) -> Callable[[Path], None]:
    """A `fill` for `write_atomically` that writes `text` as UTF-8 and syncs it to disk."""

    def fill(temporary: Path) -> None:
        half = len(text) // 2
        with temporary.open("w", encoding="utf-8") as stream:
            stream.write(text[:half])
            stream.flush()
            checkpoint("partial")
            stream.write(text[half:])
            stream.flush()
            os.fsync(stream.fileno())

    return fill


def write_file(path: Path, text: str, *, force: bool) -> None:
    """Write `text` to `path` whole or not at all (see `write_atomically`)."""
    write_atomically(path, text_filler(text), force=force)


def _refuse(path: Path, *, force: bool, folder_ok: bool = False) -> None:
    if path.is_dir() and not folder_ok:
        raise OutputError(f"cannot write {path}: it is a directory")
    if path.exists() and not force:
        raise OutputError(f"{path} already exists; use --force to replace it")
    if path.exists() and folder_ok and not path.is_dir():
        raise OutputError(f"cannot write {path}: it is a file, not a folder")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: folder {folder} does not exist")


def write_atomically(path: Path, fill: Callable[[Path], None], *, force: bool) -> None:
    """Have `fill` write a temporary file in the same folder as `path`, then rename it
    into place, so `path` is written whole or not at all (see `write_together`)."""
    write_together([(path, fill)], force=force)


def write_together(files: Sequence[tuple[Path, Callable[[Path], None]]], *, force: bool) -> None:
    """Write several files as one, each whole or not at all, and all or none: each `fill`
    writes a temporary file in the same folder as its path, and only once every one is
    filled are they renamed into place, with Ctrl-C and SIGTERM held back until the last
    rename (so a database and its metadata always match). An existing file is replaced
    only when `force` is set. Any problem becomes an `OutputError`, and the temporary files
    are removed whatever happens, short of SIGKILL."""
    for path, _ in files:
        _refuse(path, force=force)
    import tempfile

    temporaries: list[Path] = []
    path = files[0][0]
    try:
        for path, fill in files:
            handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            os.close(handle)
            temporaries.append(Path(name))
            os.chmod(name, 0o666 & ~_umask())
            fill(Path(name))
        checkpoint("filled")
        with _signals_held():
            for (path, _), temporary in zip(files, temporaries, strict=True):
                os.replace(temporary, path)
    except BaseException as problem:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        if isinstance(problem, OSError):
            raise OutputError(f"cannot write {path}: {problem.strerror}") from None
        raise


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold back SIGINT and SIGTERM for a moment that must not be cut in two; they are
    delivered as soon as it ends."""
    import signal

    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no way to hold them back
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def write_folder_atomically(path: Path, fill: Callable[[Path], None], *, force: bool) -> None:
    """Have `fill` fill a temporary folder beside `path`, then rename it into place, so
    the folder is written whole or not at all. An existing folder is replaced only when
    `force` is set; the old one is removed once the new one is in place."""
    _refuse(path, force=force, folder_ok=True)
    import shutil
    import tempfile

    try:
        temporary = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"))
    except OSError as problem:
        raise OutputError(f"cannot write {path}: {problem.strerror}") from None
    old = None
    try:
        os.chmod(temporary, 0o777 & ~_umask())
        fill(temporary)
        checkpoint("filled")
        if path.exists():
            old = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".old"))
            os.replace(path, old / path.name)
        os.replace(temporary, path)
    except BaseException as problem:
        if old is not None and not path.exists():
            os.replace(old / path.name, path)
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(problem, OSError):
            raise OutputError(f"cannot write {path}: {problem.strerror}") from None
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    """The process umask, so a written file gets the permissions any new file would."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
