"""Dates, bounds and terms as people read them: ``30 Sep 1998``, ``Nov 2000``,
``2000–2001``, ``end of Oct 2002``, ``18–21 Sep 2001``, ``Sep 2000 – Sep 2001``.

Never more precise than the data: a month is written as a month, bounds that leave a day
open are written as the unit that holds them, and a period as its two ends.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from minefacts.model.dates import MONTHS, PartialDate, Point
from minefacts.query.spans import Span

if TYPE_CHECKING:
    from minefacts.query.events import Entry


def month_name(month: int, *, long: bool = False) -> str:
    """``Sep``, or with `long` ``September``."""
    return MONTHS[month - 1][1 if long else 0]


def day(value: dt.date, *, long: bool = False) -> str:
    """``30 Sep 1998``; with `long`, ``30 September 1998``."""
    return f"{value.day} {month_name(value.month, long=long)} {value.year}"


def point(value: Point, *, long: bool = False) -> str:
    """One end of a date at its precision: ``1998``, ``Sep 1998``, ``30 Sep 1998``."""
    if value.month is None:
        return f"{value.year}"
    name = month_name(value.month, long=long)
    return f"{name} {value.year}" if value.day is None else f"{value.day} {name} {value.year}"


def date(value: PartialDate, *, long: bool = False) -> str:
    """A date or period as people read it, written one way throughout: ``30 Sep 1998``,
    ``Nov 2000``, ``2000–2001``, ``6–7 Mar 1997``, ``28 Nov – 3 Dec 2004``, ``Nov – Dec
    2004``; what two ends share is written once. With `long`, month names in full, as a
    citation wants them: ``30 September 1998``."""
    first, last = value.start, value.end
    start = point(first, long=long)
    if value.precision != "period":
        return start
    end = point(last, long=long)
    if first.precision == "year" and last.precision == "year":
        return f"{start}–{end}"
    same_year = first.year == last.year
    if first.precision == "day" and last.precision == "day" and same_year:
        if first.month == last.month:
            return f"{first.day}–{end}"  # 6–7 Mar 1997
        return f"{start.rpartition(' ')[0]} – {end}"  # 28 Nov – 3 Dec 2004
    if first.precision == "month" and last.precision == "month" and same_year:
        return f"{start.rpartition(' ')[0]} – {end}"  # Nov – Dec 2004
    return f"{start} – {end}"


def dated(value: PartialDate, qualifier: str | None) -> str:
    """A record's date with what the source says of it: ``end of Feb 2003``."""
    label = date(value)
    return f"end of {label}" if qualifier == "end" else label


def placed(entry: Entry) -> str:
    """The date the timeline places an event at: its own, or its announcement's."""
    if entry.placed_by is not None:
        return date(entry.placed)
    return dated(entry.event.date, entry.event.date_qualifier)


def optional(value: PartialDate | None) -> str:
    """A date, or nothing for none."""
    return "" if value is None else date(value)


def _month_end(value: dt.date) -> dt.date:
    following = dt.date(value.year + value.month // 12, value.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def coarse(first: dt.date, last: dt.date) -> str:
    """The smallest calendar unit that holds both days: ``18 Sep 2001``, ``Sep 2001``,
    ``2001`` or ``2000–2001``. Never more precise than the bounds."""
    if first == last:
        return day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{month_name(first.month)} {first.year}"
    if first.year == last.year:
        return f"{first.year}"
    return f"{first.year}–{last.year}"


def between(first: dt.date, last: dt.date) -> str:
    """Bounds in words, exactly: ``on 18 Sep 2001``, ``in Sep 2001``, ``in 2001`` for a
    whole unit, else ``between 11 and 15 Sep 2000``, ``between 16 Sep and 31 Dec 2002``,
    ``between 24 Nov 2023 and 1 Dec 2025`` (what both days share written once)."""
    if first == last:
        return f"on {day(first)}"
    if first.day == 1 and last == _month_end(first):
        return f"in {month_name(first.month)} {first.year}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return f"in {first.year}" if first.year == last.year else f"in {first.year}–{last.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"between {first.day} and {day(last)}"
    if first.year == last.year:
        return f"between {first.day} {month_name(first.month)} and {day(last)}"
    return f"between {day(first)} and {day(last)}"


def from_to(first: dt.date, last: dt.date) -> str:
    """Days known exactly, as a sentence says them: ``on 5 Dec 2025``, ``from 18 to 21 Sep
    2001``, ``from 28 Nov to 3 Dec 2004``, ``from 29 Dec 2004 to 2 Jan 2005``."""
    if first == last:
        return f"on {day(first)}"
    if (first.year, first.month) == (last.year, last.month):
        return f"from {first.day} to {day(last)}"
    if first.year == last.year:
        return f"from {first.day} {month_name(first.month)} to {day(last)}"
    return f"from {day(first)} to {day(last)}"


def days_between(first: dt.date, last: dt.date) -> str:
    """Days known exactly: ``5 Dec 2025``, ``1–5 Dec 2025``, ``28 Nov – 3 Dec 2004``,
    ``29 Dec 2004 – 2 Jan 2005``."""
    if first == last:
        return day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{day(last)}"
    if first.year == last.year:
        return f"{first.day} {month_name(first.month)} – {day(last)}"
    return f"{day(first)} – {day(last)}"


def lower_bound(value: dt.date) -> str:
    """The first day a bound allows, as a whole year or month where it starts one."""
    if (value.month, value.day) == (1, 1):
        return f"{value.year}"
    if value.day == 1:
        return f"{month_name(value.month)} {value.year}"
    return day(value)


def upper_bound(value: dt.date) -> str:
    """The last day a bound allows, as a whole year or month where it ends one."""
    if (value.month, value.day) == (12, 31):
        return f"{value.year}"
    if value == _month_end(value):
        return f"{month_name(value.month)} {value.year}"
    return day(value)


def term(span: Span) -> str:
    """A term for a table: ``Sep 2000 – Sep 2001``, ``2004–2006``, ``Nov – Dec 2004``, or
    one unit when it began and ended within it (``Sep 2001``, ``18–21 Sep 2001``). A term
    whose start or end may fall over several years reads as the days it was certainly
    held, within its outer bounds: ``1–5 Dec 2025, within 24 Nov 2023 – 2026``."""
    start = coarse(span.first_start, span.last_start)
    end = coarse(span.first_end, span.last_end)
    began, ended = _unit(span.first_start, span.last_start), _unit(span.first_end, span.last_end)
    if "years" in (began, ended):
        outer = f"within {lower_bound(span.first_start)} – {upper_bound(span.last_end)}"
        if span.last_start <= span.first_end:
            return f"{days_between(span.last_start, span.first_end)}, {outer}"
        return outer
    if start == end:
        return start
    if began == ended == "day":
        return days_between(span.first_start, span.last_end)
    if began == ended == "year":
        return f"{start}–{end}"  # 2004–2006, as a period of years is written
    if began == ended == "month" and span.first_start.year == span.last_end.year:
        start = month_name(span.first_start.month)  # Nov – Dec 2004
    return f"{start} – {end}"


def _unit(first: dt.date, last: dt.date) -> str:
    """The calendar unit `coarse` writes two days as: day, month, year or years."""
    if first == last:
        return "day"
    if (first.year, first.month) == (last.year, last.month):
        return "month"
    return "year" if first.year == last.year else "years"


def term_words(span: Span) -> str:
    """A term in words, exactly: "began in Sep 2000 and ended in Sep 2001"."""
    if (span.first_start, span.last_start) == (span.first_end, span.last_end):
        return f"began and ended {between(span.first_start, span.last_start)}"
    began = between(span.first_start, span.last_start)
    ended = between(span.first_end, span.last_end)
    return f"began {began} and ended {ended}"
