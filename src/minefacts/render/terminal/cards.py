"""A card: a title and labelled rows, the shape of every single view (one record, one
year, one day, one pledge). Views build cards from words alone; this module draws them,
importing Rich only when it draws."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from minefacts.render.safe import displayable

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text


@dataclass(frozen=True)
class Row:
    """One labelled row. `marks` are (start, end) spans of `text` to emphasise, such as a
    quote inside its paragraph."""

    label: str
    text: str
    marks: tuple[tuple[int, int], ...] = ()


@dataclass
class Card:
    """A title and its rows."""

    title: str
    rows: list[Row] = field(default_factory=list)

    def add(self, label: str, text: str, marks: tuple[tuple[int, int], ...] = ()) -> None:
        self.rows.append(Row(label, text, marks))

    def items(self, label: str, items: Sequence[str], *, none: str) -> None:
        """A row listing `items` one a line, or saying `none` when there are none."""
        self.add(label, "\n".join(f"- {item}" for item in items) if items else none)


def cell(text: str) -> Text:
    """Dataset text for a table cell: literal, with control characters made visible, and
    in ASCII where stdout cannot show more."""
    from rich.text import Text

    return Text(displayable(text))


OPEN, CLOSE = "«", "»"
"""Around an emphasised span where no styling can show it (a pipe, TERM=dumb)."""
ASCII_OPEN, ASCII_CLOSE = "<<", ">>"


def marked(
    text: str,
    marks: Sequence[tuple[int, int]],
    style: str = "bold underline",
    *,
    styled: bool = True,
) -> Text:
    """`text` as a cell with the `marks` emphasised: styled where the output shows styles
    (NO_COLOR keeps bold and underline), else between « and » (<< and >> in ASCII), so
    the emphasis is never lost."""
    from rich.text import Text

    result = cell(text)
    if result.plain != text or not marks:  # made ASCII or escaped: offsets no longer line up
        return result
    if styled:
        for start, end in marks:
            result.stylize(style, start, end)
        return result
    opening, closing = (OPEN, CLOSE) if displayable(OPEN) == OPEN else (ASCII_OPEN, ASCII_CLOSE)
    pieces, at = [], 0
    for start, end in sorted(marks):
        pieces += [text[at:start], opening, text[start:end], closing]
        at = end
    pieces.append(text[at:])
    return Text("".join(pieces))


def lines(text: str, width: int) -> list[tuple[int, int]]:
    """Where to break `text` for lines of `width`: (start, end) of each line. Lines break
    at whitespace and at the text's own line breaks, never inside a word; a word longer
    than the line (an address) has a line of its own, whole."""
    from rich.cells import cell_len

    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        start: int | None = None
        end = 0
        for word in re.finditer(r"\S+", paragraph):
            if start is None:
                start, end = word.start(), word.end()
            elif cell_len(paragraph[start : word.end()]) <= width:
                end = word.end()
            else:
                spans.append((offset + start, offset + end))
                start, end = word.start(), word.end()
        spans.append((offset, offset) if start is None else (offset + start, offset + end))
        offset += len(paragraph) + 1
    return spans


def draw(
    card: Card,
    *,
    styled: bool = True,
    width: int = 80,
    title_style: str = "",
    label_width: int = 0,
) -> RenderableType:
    """A card as text: the title, then each label in bold beside its text, wrapped
    between words to `width`, never inside one; marks emphasised (or bracketed where no
    styling shows). The text starts after the longest label, or after `label_width` if
    that is more (so that several cards line up)."""
    from rich.cells import cell_len
    from rich.text import Text

    label_width = max([label_width, *(cell_len(row.label) for row in card.rows)])
    indent = label_width + 2
    if width - indent < MIN_TEXT_WIDTH:  # too narrow beside the labels: text beneath them
        return _draw_beneath(card, styled=styled, width=width, title_style=title_style)
    out = Text(no_wrap=True, overflow="ignore")
    _title(out, card.title, width, title_style if styled else "")
    for row in card.rows:
        text = marked(row.text, row.marks, styled=styled)
        for number, (start, end) in enumerate(lines(text.plain, width - indent)):
            label = row.label if number == 0 else ""
            out.append(displayable(label).ljust(indent), style="bold" if label else "")
            out.append_text(text[start:end])
            out.append("\n")
    out.rstrip()
    return Unwrapped(out)


HANGING = re.compile(r"(> |- )")
"""A line that begins a quote or an item: its continuation lines are indented to match."""


def prose(
    text: str,
    width: int,
    marks: Sequence[tuple[int, int]] = (),
    *,
    styled: bool = True,
) -> RenderableType:
    """Text as paragraphs wrapped between words to `width`, never inside one; a word
    longer than the line (an address) has a line of its own, whole. A line that begins
    ``> `` (a quote) or ``- `` (an item) continues under its text, the quote marked again.
    The `marks` are emphasised as in `marked`."""
    from rich.text import Text

    body = marked(text, marks, styled=styled)
    out = Text(no_wrap=True, overflow="ignore")
    offset = 0
    for paragraph in body.plain.split("\n"):
        hang = HANGING.match(paragraph)
        prefix = "" if hang is None else hang.group()
        indent = "> " if prefix == "> " else " " * len(prefix)
        rest = paragraph[len(prefix) :]
        out.append_text(body[offset : offset + len(prefix)])
        for number, (start, end) in enumerate(lines(rest, max(width - len(prefix), 1))):
            if number:
                out.append(indent)
            at = offset + len(prefix)
            out.append_text(body[at + start : at + end])
            out.append("\n")
        offset += len(paragraph) + 1
    out.rstrip()
    return Unwrapped(out)


def _title(out: Text, title: str, width: int, style: str) -> None:
    """A card's title, wrapped between words (an id or address longer than the line whole)."""
    plain = displayable(title)
    for start, end in lines(plain, width):
        out.append(plain[start:end], style=style)
        out.append("\n")


MIN_TEXT_WIDTH = 20
"""The narrowest text beside a card's labels; narrower, the text goes beneath them."""
BENEATH = 4
"""How far text beneath its label is indented."""


def _draw_beneath(card: Card, *, styled: bool, width: int, title_style: str) -> RenderableType:
    """A card for a narrow terminal: each label on a line of its own, its text beneath."""
    from rich.text import Text

    out = Text(no_wrap=True, overflow="ignore")
    _title(out, card.title, width, title_style if styled else "")
    for row in card.rows:
        out.append(displayable(row.label), style="bold")
        out.append("\n")
        text = marked(row.text, row.marks, styled=styled)
        for start, end in lines(text.plain, max(width - BENEATH, 1)):
            out.append(" " * BENEATH)
            out.append_text(text[start:end])
            out.append("\n")
    out.rstrip()
    return Unwrapped(out)


class Unwrapped:
    """Text already broken into lines, printed as it is: a line longer than the terminal
    (an address that cannot be broken) is left whole for the terminal to show, never
    folded or cut by Rich."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Any, options: Any) -> Any:
        yield from console.render(self.text, options.update(no_wrap=True, overflow="ignore"))
