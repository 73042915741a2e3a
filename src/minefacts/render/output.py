"""Where output goes: results to stdout, notes and errors to stderr.

`emit` is the single switch between the formats, shared by every listing command: a table
on a terminal, tab-separated lines when stdout is a pipe or a file (``auto``), or the
format asked for. `error` and `note` run on every start-up path, so everything else here
imports what it needs when it is called. No line of output ends in spaces. Files are
written by `minefacts.render.files`.

On a terminal, a run's output is held until it is complete (`paged`), then goes through
a pager when it is taller than the screen (`minefacts.render.pager`), or is printed.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from minefacts.render import pager
from minefacts.render.files import checkpoint

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from minefacts.model.records import Document
    from minefacts.model.secondary import SecondarySource
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
    from minefacts.render.safe import printable

    return printable(" ".join(message.split()))


def error(message: str) -> None:
    """One line on stderr saying what went wrong."""
    _stderr(f"minefacts: error: {_line(message)}\n")


def note(message: str) -> None:
    """One line on stderr that is not an error, e.g. that a query matched nothing."""
    _stderr(f"minefacts: {_line(message)}\n")


def _stderr(text: str) -> None:
    if _holding:
        _holding[-1].append((False, text))
        return
    sys.stderr.write(text)
    sys.stderr.flush()


_holding: list[list[tuple[bool, str]]] = []
"""While a run's output may yet go through a pager, one list: what the run has written, in
order, each with True for stdout and False for stderr. Empty otherwise."""


@contextmanager
def paged(wanted: bool = True) -> Iterator[None]:
    """Run the body with its output held, when `wanted` and stdout is a terminal with a
    pager (`minefacts.render.pager`); then show it. Output taller than the screen goes
    through the pager, and what the body said on stderr follows, below it, once the
    pager is quit; shorter output, or all of it when the pager cannot be started, is
    written as it would have been, in order. Interrupted, the body's stdout is dropped
    and what it said on stderr is kept."""
    size = pager.screen() if wanted and not _holding and on_terminal() else None
    command = pager.command() if size is not None else None
    if size is None or command is None:
        yield
        return
    held: list[tuple[bool, str]] = []
    _holding.append(held)
    try:
        yield
    except (KeyboardInterrupt, SystemExit):
        _holding.clear()
        _replay([(to_stdout, text) for to_stdout, text in held if not to_stdout])
        raise
    except BaseException:
        _holding.clear()
        _show(held, size, command)
        raise
    _holding.clear()
    _show(held, size, command)


def _show(held: list[tuple[bool, str]], size: os.terminal_size, command: str) -> None:
    """Held output paged when it is taller than the screen, else written in order."""
    text = "".join(text for to_stdout, text in held if to_stdout)
    if not pager.taller_than_screen(text, size):
        _replay(held)
        return
    sys.stdout.flush()
    data = text.encode(sys.stdout.encoding or "utf-8", sys.stdout.errors or "strict")
    if pager.page(data, command):
        _replay([(to_stdout, text) for to_stdout, text in held if not to_stdout])
        return
    _replay(held)
    if pager.chosen_by_user():
        note(f"cannot run the pager {command!r}; printed without it")


def _replay(held: list[tuple[bool, str]]) -> None:
    for to_stdout, text in held:
        (_write if to_stdout else _stderr)(text)


def prepare_streams() -> None:
    """Make stdout and stderr safe for any text (see `render.safe`). Most streams are
    UTF-8 and need nothing, so this costs nothing on start-up then."""
    streams = (sys.stdout, sys.stderr)
    if all((getattr(s, "encoding", "") or "").lower() in ("utf-8", "utf8") for s in streams):
        return
    from minefacts.render.safe import prepare_streams

    prepare_streams()


def write_text(text: str) -> None:
    """Plain text to stdout, control characters made visible."""
    from minefacts.render.safe import printable

    checkpoint("printing")
    _stdout(printable(text))


def write_json(text: str) -> None:
    """JSON text to stdout, exact whatever stdout's encoding."""
    from minefacts.render.safe import ascii_json, encodes_everything

    checkpoint("printing")
    _stdout(text if encodes_everything(sys.stdout) else ascii_json(text))


def _stdout(text: str) -> None:
    """Write `text` to stdout (`_write`), or hold it while the run's output may yet go
    through a pager (`paged`)."""
    if _holding:
        _holding[-1].append((True, text))
        return
    _write(text)


def _write(text: str) -> None:
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
    """JSON text (`minefacts.render.json.encode`)."""
    from minefacts.render.json.encode import to_json as encode

    return encode(data, indent=indent)


def resolve(fmt: OutputFormat) -> OutputFormat:
    """``auto``: a table on a terminal, TSV for a pipe or a file."""
    from minefacts.render.formats import OutputFormat

    if fmt is not OutputFormat.AUTO:
        return fmt
    return OutputFormat.TABLE if on_terminal() else OutputFormat.TSV


def emit(
    fmt: OutputFormat,
    items: Sequence[Any],
    listing: Listing,
    *,
    empty: str,
    documents: Sequence[Document] = (),
    others: Callable[[], Sequence[SecondarySource]] = tuple,
    every: bool = False,
) -> None:
    """Print `items` in any output format, the one switch every listing command shares.
    With no items, say `empty` on stderr; machine formats still print a valid empty
    document (``[]``, a header row). Markdown, written to be pasted into a report, ends
    with the attribution of the source `documents` the listing draws on and the citation
    of each of the `others` its rows rest on (asked for only there). The view for people
    of a ranked listing shows its best items alone, unless `every`; every other format has
    them all."""
    from minefacts.render import delimited
    from minefacts.render.formats import OutputFormat

    if not items:
        note(empty)
    fmt = resolve(fmt)
    if fmt is OutputFormat.JSON:
        write_json(to_json(listing.records(items)))
    elif fmt is OutputFormat.NDJSON:
        write_json("".join(to_json(record, indent=False) for record in listing.records(items)))
    elif fmt is OutputFormat.CSV:
        write_text(delimited.csv_text(listing, items))
    elif fmt is OutputFormat.TSV:
        write_text(delimited.tsv_text(listing, items))
    elif fmt is OutputFormat.MARKDOWN:
        from minefacts.render.citation import forms

        credits = "".join(f"\n{forms.credit(document)}\n" for document in documents)
        cited_others = others()
        if cited_others:
            cited = "".join(f"- {forms.cite(source, link=True)}\n" for source in cited_others)
            credits += f"\nOther sources, paraphrased:\n\n{cited}"
        write_text(delimited.markdown_text(listing, items) + credits)
    elif items:
        from minefacts.render.terminal import tables

        show(tables.view(listing, items, width(), styled(), every=every))
        if listing.credits and documents:
            from minefacts.render.citation import forms
            from minefacts.render.terminal.cards import prose

            show(prose("\n" + forms.notice(documents), width()))


def emit_one(
    item: T,
    *,
    as_json: bool,
    records: Callable[[T], Any],
    view: Callable[[T, bool, int], RenderableType],
) -> None:
    """Print one record or overview: as JSON, or as a view for people drawn for the
    terminal's width."""
    if as_json:
        write_json(to_json(records(item)))
    else:
        show(view(item, styled(), width()))


def cite(text: str, *, machine: bool) -> None:
    """A bibliography: for a program (BibTeX, CSL-JSON) exactly as written; for people, on
    a terminal, wrapped between words to its width."""
    if machine:
        write_json(text)
    elif on_terminal():
        from minefacts.render.terminal.cards import prose

        show(prose(text.rstrip("\n"), width()))
    else:
        write_text(text)


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
