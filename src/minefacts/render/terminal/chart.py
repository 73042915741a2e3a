"""A graphical timeline in the terminal: time runs left to right, events are marks at
their precision, roles are bars across their terms.

A day or a month is a point (``●``), a year or a longer period a bar (``━``). A role's bar
is solid where the records say it was held and dotted (``┄``) where it was only possibly
held. The chart fits the terminal's width: at any width the axis labels only as many
years as fit legibly (every year, every other, every fifth, ...), and a wide terminal
gives the labels more room. It falls back to ASCII (``*``, ``=``, ``.``, ``|``) where the
output cannot show box characters. Labels are shortened to fit, with an ellipsis;
``minefacts timeline`` shows every title in full.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from minefacts.query.spans import Span
from minefacts.render.safe import displayable, encodes_everything
from minefacts.render.words import dates

if TYPE_CHECKING:
    from rich.text import Text

    from minefacts.query.events import Entry
    from minefacts.query.roles import Listed

UNICODE = {"point": "●", "bar": "━", "maybe": "┄", "rule": "│", "more": "…"}
ASCII = {"point": "*", "bar": "=", "maybe": ".", "rule": "|", "more": "~"}
STEPS = (1, 2, 5, 10, 20, 50)
"""How many years apart the axis labels may be, the closest that fit first."""


def _glyphs() -> dict[str, str]:
    import sys

    return UNICODE if encodes_everything(sys.stdout) else ASCII


class Axis:
    """Time across `width` characters, from 1 January of `first` to 31 December of
    `last`."""

    def __init__(self, first: int, last: int, width: int) -> None:
        self.first, self.last, self.width = first, last, max(1, width)
        self.start = dt.date(first, 1, 1).toordinal()
        self.days = dt.date(last, 12, 31).toordinal() - self.start + 1

    def position(self, day: dt.date) -> int:
        """The character a day falls on."""
        offset = min(max(day.toordinal() - self.start, 0), self.days - 1)
        return offset * self.width // self.days

    def step(self) -> int:
        """Years between labels: the smallest step at which every label has room."""
        per_year = self.width / (self.last - self.first + 1)
        for step in STEPS:
            if per_year * step >= 5:  # four digits and a space
                return step
        return STEPS[-1]

    def ticks(self) -> list[tuple[int, int]]:
        """(year, position) of each labelled year: the first, then every `step` years."""
        step = self.step()
        years = range(self.first, self.last + 1)
        return [(y, self.position(dt.date(y, 1, 1))) for y in years if (y - self.first) % step == 0]

    def header(self) -> str:
        row = [" "] * self.width
        for year, at in self.ticks():
            label = str(year)
            if at + len(label) <= self.width:
                row[at : at + len(label)] = label
        return "".join(row).rstrip()

    def blank(self, glyphs: dict[str, str]) -> list[str]:
        row = [" "] * self.width
        for _, at in self.ticks():
            row[at] = glyphs["rule"]
        return row

    def point(
        self, lower: dt.date, upper: dt.date, glyphs: dict[str, str], *, at_end: bool
    ) -> list[str]:
        """A row with a point for a day or a month; at its end for "the end of" a month."""
        row = self.blank(glyphs)
        start, end = self.position(lower), self.position(upper)
        row[end if at_end else (start + end) // 2] = glyphs["point"]
        return row

    def bar(self, span: Span, glyphs: dict[str, str]) -> list[str]:
        """A row with a bar: solid where every reading has it, dotted where some do."""
        row = self.blank(glyphs)
        for index in range(self.position(span.first_start), self.position(span.last_end) + 1):
            row[index] = glyphs["maybe"]
        certain_from, certain_to = self.position(span.last_start), self.position(span.first_end)
        for index in range(certain_from, certain_to + 1):
            row[index] = glyphs["bar"]
        return row


def _label(text: str, width: int, more: str) -> str:
    text = displayable(text)
    return text.ljust(width) if len(text) <= width else text[: width - 1] + more


def chart(entries: Sequence[Entry], roles: Sequence[Listed], *, width: int = 80) -> Text | None:
    """The chart for these events and roles, `width` characters wide; None when there is
    nothing to draw."""
    from rich.text import Text

    glyphs = _glyphs()
    spans = [Span.of(entry.placed) for entry in entries] + [item.term.span for item in roles]
    if not spans:
        return None
    first = min(span.first_start.year for span in spans)
    last = max(span.last_end.year for span in spans)
    labels = [f"{dates.placed(e)} {e.event.title}" for e in entries]
    labels += [f"{item.term.role.role}, {item.term.role.body}" for item in roles]
    longest = max(len(label) for label in labels)
    label_width = max(12, min(longest, width // 2, width - 20))
    axis = Axis(first, last, width - label_width - 1)
    out = Text()
    out.append(" " * (label_width + 1) + axis.header() + "\n", style="bold")
    for entry, label in zip(entries, labels, strict=False):
        date = entry.placed
        if date.precision in ("day", "month"):
            at_end = entry.placed_by is None and entry.event.date_qualifier == "end"
            row = axis.point(date.lower, date.upper, glyphs, at_end=at_end)
        else:
            row = axis.bar(Span(date.lower, date.lower, date.upper, date.upper), glyphs)
        out.append(_label(label, label_width, glyphs["more"]) + " ")
        out.append("".join(row).rstrip(), style="cyan")
        out.append("\n")
    if roles:
        out.append("Roles\n", style="bold")
    for item, label in zip(roles, labels[len(entries) :], strict=True):
        out.append(_label(label, label_width, glyphs["more"]) + " ")
        out.append("".join(axis.bar(item.term.span, glyphs)).rstrip(), style="magenta")
        out.append("\n")
    point, bar, maybe = glyphs["point"], glyphs["bar"], glyphs["maybe"]
    legend = f"{point} a day or a month   {bar} a year or a period, or a role held"
    out.append(f"\n{legend}   {maybe} a role possibly held\n", style="dim")
    return out
