"""How help is laid out: Click's layout (usage, paragraphs, sections of terms and their
definitions), with lines that break between words, never inside one: ``csl-json``,
``YYYY-MM-DD`` and ``--primary-only`` stay whole.

`HelpFormatter` offers the methods Click and Typer call while they format help; the
commands' ``get_help`` hands it to them instead of Click's own.
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

KEEP = "\b"
"""A paragraph that starts with this line is printed as written (Click's convention)."""


def _wrapper(width: int, indent: str, subsequent: str | None = None) -> textwrap.TextWrapper:
    return textwrap.TextWrapper(
        width=max(width, 11),
        initial_indent=indent,
        subsequent_indent=indent if subsequent is None else subsequent,
        break_on_hyphens=False,
        break_long_words=False,
        replace_whitespace=False,
    )


NARROWEST = 20
"""Help is wrapped to the terminal down to this width; below it, lines overflow."""
BESIDE = 24
"""The room a definition needs beside its term; with less, it goes beneath the term."""


def _command_lines(line: str, width: int) -> list[str]:
    r"""An example command too long for the line, broken between words with a shell
    continuation (`` \``), so that it still runs when pasted: ``minefacts cite a \`` /
    ``    b --format bibtex``."""
    if len(line) <= width or not line.lstrip().startswith("minefacts "):
        return [line]
    indent = " " * (len(line) - len(line.lstrip()))
    wrapper = _wrapper(width - 2, indent, indent + "    ")
    parts = wrapper.wrap(line.strip())
    return [f"{part} \\" for part in parts[:-1]] + parts[-1:]


class HelpFormatter:
    """Help text, built up section by section, wrapped between words to the terminal (at
    most 80 columns): a definition goes beneath its term where the terminal is too narrow
    for both, and an example command breaks with a shell continuation."""

    def __init__(self, width: int | None = None, indent_increment: int = 2) -> None:
        if width is None:
            width = max(min(shutil.get_terminal_size().columns, 80) - 2, NARROWEST)
        self.width = width
        self.indent_increment = indent_increment
        self.current_indent = 0
        self.buffer: list[str] = []

    def write(self, text: str) -> None:
        self.buffer.append(text)

    def indent(self) -> None:
        self.current_indent += self.indent_increment

    def dedent(self) -> None:
        self.current_indent -= self.indent_increment

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        prefix = "Usage: " if prefix is None else prefix
        head = f"{' ' * self.current_indent}{prefix}{prog} "
        wrapper = _wrapper(self.width, head, " " * len(head))
        self.write(wrapper.fill(args) if args else head.rstrip())
        self.write("\n")

    def write_heading(self, heading: str) -> None:
        self.write(f"{' ' * self.current_indent}{heading}:\n")

    def write_paragraph(self) -> None:
        if self.buffer:
            self.write("\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        paragraphs = [block for block in text.split("\n\n") if block.strip()]
        out = []
        for block in paragraphs:
            if block.lstrip("\n").startswith(KEEP):
                kept = block.lstrip("\n")[len(KEEP) :].lstrip("\n")
                out.append(
                    "\n".join(
                        part
                        for line in kept.splitlines()
                        for part in _command_lines(indent + line, self.width)
                    )
                )
            else:
                out.append(_wrapper(self.width, indent).fill(" ".join(block.split())))
        self.write("\n\n".join(out) + "\n")

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        """Terms and definitions in two columns; a term too long for the first column
        stands on its own line, its definition below."""
        rows = list(rows)
        first = min(max((len(term) for term, _ in rows), default=0), col_max)
        indent = " " * self.current_indent
        start = self.current_indent + first + col_spacing
        if self.width - start < BESIDE:  # too narrow: every definition beneath its term
            first, start = 0, self.current_indent + 2 * self.indent_increment
        for term, definition in rows:
            if not definition:
                self.write(f"{indent}{term}\n")
                continue
            wrapper = _wrapper(self.width, " " * start)
            lines = wrapper.wrap(" ".join(definition.split())) or [""]
            if len(term) <= first:
                head = f"{indent}{term.ljust(first)}{' ' * col_spacing}"
                self.write(head + lines[0].lstrip() + "\n")
            else:
                self.write(f"{indent}{term}\n{lines[0]}\n")
            for line in lines[1:]:
                self.write(line + "\n")

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        self.write_paragraph()
        self.write_heading(name)
        self.indent()
        try:
            yield
        finally:
            self.dedent()

    @contextmanager
    def indentation(self) -> Iterator[None]:
        self.indent()
        try:
            yield
        finally:
            self.dedent()

    def getvalue(self) -> str:
        return "".join(self.buffer)


def get_help(command: object, ctx: object) -> str:
    """A command's help, laid out by `HelpFormatter`."""
    formatter = HelpFormatter()
    command.format_help(ctx, formatter)  # type: ignore[attr-defined]
    return formatter.getvalue().rstrip("\n")
