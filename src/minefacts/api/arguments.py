"""The API's arguments read as the command line reads its options: a year of four digits, a
date at any precision (``"2001"``, ``"2000-06"``, ``"2001-09-20"`` or a `datetime.date`),
one day, the kinds of event, a citation style, the path of a dataset file. A value that
cannot be read raises `QueryError` (`UnknownName` for a name there is no such one of),
never `SystemExit`; the words are the API's own, naming the argument as Python spells it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from minefacts.errors import QueryError, UnknownName
from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind
from minefacts.query.filters import Filters
from minefacts.render.formats import CitationStyle

YearLike = int | str
"""A year: ``2001`` or ``"2001"``."""
DateLike = str | int | dt.date | PartialDate
"""A date at any precision: ``"2001"``, ``"2000-06"``, ``"2001-09-20"``, a year as a number,
or a `datetime.date` (a `datetime.datetime` counts by its day)."""
DayLike = str | dt.date
"""One day: ``"2001-09-20"`` or a `datetime.date`."""
KindLike = str | Iterable[str]
"""One kind of event (``"meeting"``) or several (``["meeting", "seminar"]``)."""
PathLike = str | os.PathLike[str]
"""The path of a dataset file."""

C = TypeVar("C", bound=StrEnum)


def year(value: object, name: str = "year") -> int:
    """A calendar year of exactly four digits, as a number or as text."""
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}", value.strip()):
        return int(value)
    raise QueryError(f"{name}={value!r} is not a year; give four digits, e.g. 2001")


def date(value: object, name: str) -> PartialDate:
    """A date at the precision given: a year, a month or a day, never a period."""
    if isinstance(value, PartialDate):
        found = value
    elif isinstance(value, dt.datetime):
        found = PartialDate(value.date().isoformat())
    elif isinstance(value, dt.date):
        found = PartialDate(value.isoformat())
    elif isinstance(value, int) and not isinstance(value, bool):
        found = PartialDate(f"{year(value, name):04d}")
    elif isinstance(value, str):
        try:
            found = PartialDate(value)
        except ValueError as problem:
            raise QueryError(f"{name}: {problem}") from None
    else:
        raise QueryError(f"{name}={value!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD")
    if found.precision == "period":
        raise QueryError(f"{name}={str(found)!r} is a period; give one date, e.g. 2001-09")
    return found


def day(value: object, name: str = "day") -> dt.date:
    """One day: a month or a year would leave the answer open."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    found = date(value, name) if isinstance(value, str) else None
    if found is None or found.precision != "day":
        raise QueryError(f"{name}={value!r} is not one day; give YYYY-MM-DD, e.g. 2001-09-20")
    return found.lower


def choice(choices: type[C], value: object, name: str) -> C:
    """One value of an enum, in any case; an unknown one names the closest."""
    if isinstance(value, choices):
        return value
    if isinstance(value, str):
        try:
            return choices(value.strip().lower())
        except ValueError:
            pass
    from minefacts.query.textmatch import closest

    names = [option.value for option in choices]
    raise UnknownName(name, str(value), closest(str(value), names), names)


def kinds(value: object) -> tuple[EventKind, ...]:
    """The kinds of event asked for: none, one, or several."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (choice(EventKind, value, "kind"),)
    if isinstance(value, Iterable):
        return tuple(choice(EventKind, item, "kind") for item in value)
    raise QueryError(f"kind={value!r}: give a kind of event, or a list of them")


def text(value: object, name: str) -> str:
    """Words to look for, or a name."""
    if not isinstance(value, str):
        raise QueryError(f"{name}={value!r}: give text (a str)")
    return value


def optional_text(value: object, name: str) -> str | None:
    """Words to look for, or a name, or None."""
    return None if value is None else text(value, name)


def style(value: object) -> CitationStyle:
    """A citation style: plain, markdown, bibtex or csl-json."""
    return choice(CitationStyle, value, "style")


def path(value: object) -> Path | None:
    """The dataset file named, or None for the bundled dataset."""
    if value is None:
        return None
    if isinstance(value, str | os.PathLike):
        return Path(value)
    raise QueryError(f"data={value!r}: give the path of a dataset file, or None")


def flag(value: object, name: str) -> bool:
    """True or False, and nothing else."""
    if not isinstance(value, bool):
        raise QueryError(f"{name}={value!r}: give True or False")
    return value


def filters(
    *,
    year_: object = None,
    start: object = None,
    end: object = None,
    kind: object = None,
    place: object = None,
    party: object = None,
) -> Filters:
    """The filters of a listing, each read as its command-line option is; a range that
    ends before it starts is refused, by every listing alike."""
    first = None if start is None else date(start, "start")
    last = None if end is None else date(end, "end")
    if first is not None and last is not None and first.lower > last.upper:
        raise QueryError(f"start={first} is after end={last}; swap them or widen the range")
    return Filters(
        None if year_ is None else year(year_),
        first,
        last,
        kinds(kind),
        optional_text(place, "place"),
        optional_text(party, "party"),
    )
