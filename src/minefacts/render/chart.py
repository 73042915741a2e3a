"""A graphical timeline in the terminal: a column per year, events as marks at their
precision, roles as bars across their periods.

A day or a month is a point (``●``), a year or a longer period a bar (``━``). The chart
fits the terminal's width, 80 columns included, and falls back to ASCII (``*``, ``=``,
``|``) where the output cannot show box characters. Row labels are shortened to fit, with
an ellipsis; ``minefacts timeline`` shows every title in full.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from minefacts.model.dates import PartialDate
from minefacts.model.records import Event, Role
from minefacts.render.terminal import displayable, encodes_everything

if TYPE_CHECKING:
    from rich.text import Text

UNICODE = {"point": "●", "bar": "━", "rule": "│", "more": "…"}
ASCII = {"point": "*", "bar": "=", "rule": "|", "more": "~"}


def _glyphs() -> dict[str, str]:
    import sys

    return UNICODE if encodes_everything(sys.stdout) else ASCII


class Grid:
    """The year columns: where a date falls across `width` characters."""

    def __init__(self, first: int, last: int, width: int) -> None:
        self.first, self.last = first, last
        self.column = max(3, width // (last - first + 1))

    @property
    def width(self) -> int:
        return self.column * (self.last - self.first + 1)

    def position(self, day: dt.date) -> int:
        """The character a day falls on."""
        year = min(max(day.year, self.first), self.last)
        share = (day.timetuple().tm_yday - 1) / 366 if day.year == year else 0.999
        return (year - self.first) * self.column + int(share * self.column)

    def marks(self, date: PartialDate, glyphs: dict[str, str], *, at_end: bool) -> list[str]:
        """A row with the date's mark; `at_end` puts a point at the last day it can mean
        ("the end of" a month)."""
        row = [" "] * self.width
        for year in range(self.first, self.last + 1):
            row[(year - self.first) * self.column] = glyphs["rule"]
        start, end = self.position(date.lower), self.position(date.upper)
        if date.precision in ("day", "month"):
            row[end if at_end else (start + end) // 2] = glyphs["point"]
        else:
            for index in range(start, end + 1):
                row[index] = glyphs["bar"]
        return row


def _label(text: str, width: int, more: str) -> str:
    text = displayable(text)
    return text.ljust(width) if len(text) <= width else text[: width - 1] + more


def chart(events: Sequence[Event], roles: Sequence[Role], *, width: int = 80) -> Text:
    """The chart for these events and roles, `width` characters wide."""
    from rich.text import Text

    glyphs = _glyphs()
    dates = [event.date for event in events] + [role.period for role in roles]
    if not dates:
        return Text("no events to draw")
    first = min(date.lower.year for date in dates)
    last = max(date.upper.year for date in dates)
    label_width = max(16, min(32, width - 4 * (last - first + 1) - 2))
    grid = Grid(first, last, width - label_width - 2)
    out = Text()
    header = "".join(str(year).ljust(grid.column)[: grid.column] for year in range(first, last + 1))
    out.append(" " * (label_width + 1) + header + "\n", style="bold")
    rows: list[tuple[str, PartialDate, str, bool]] = [
        (f"{e.date_label()} {e.title}", e.date, "cyan", e.date_qualifier == "end") for e in events
    ]
    rows += [(f"{role.role}, {role.body}", role.period, "magenta", False) for role in roles]
    for index, (label, date, style, at_end) in enumerate(rows):
        if index == len(events) and roles:
            out.append(_label("Roles", label_width, glyphs["more"]) + "\n", style="bold")
        out.append(_label(label, label_width, glyphs["more"]) + " ")
        out.append("".join(grid.marks(date, glyphs, at_end=at_end)), style=style)
        out.append("\n")
    point, bar = glyphs["point"], glyphs["bar"]
    out.append(f"\n{point} a day or a month   {bar} a year or a longer period\n", style="dim")
    return out
