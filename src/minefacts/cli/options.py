"""Options shared by several commands, declared once.

Every option has its own ``parser``: it raises `typer.BadParameter`, which the CLI reports
as one line with exit code 2, and it keeps Typer's pydantic-based conversion off the
start-up path (see `command_group`). Nothing here imports pydantic or Rich.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind
from minefacts.render.formats import OutputFormat

C = TypeVar("C", bound=StrEnum)


def parse_year(value: str) -> int:
    """A calendar year of exactly four digits."""
    if not re.fullmatch(r"\d{4}", value.strip()):
        raise typer.BadParameter(f"{value!r} is not a year; give four digits, e.g. 2001")
    return int(value)


def parse_date(value: str) -> PartialDate:
    """A date at any precision: YYYY, YYYY-MM or YYYY-MM-DD."""
    try:
        date = PartialDate(value)
    except ValueError as problem:
        raise typer.BadParameter(str(problem)) from None
    if date.precision == "period":
        raise typer.BadParameter(f"{value!r} is a period; give one date, e.g. 2001-09")
    return date


def choice(choices: type[C], noun: str) -> Callable[[str], C]:
    """A parser for one value of an enum, in any case, that suggests the closest on error."""

    def parse(value: str) -> C:
        try:
            return choices(value.strip().lower())
        except ValueError:
            from minefacts.query.textmatch import did_you_mean

            names = [choice.value for choice in choices]
            raise typer.BadParameter(
                f"unknown {noun} {value!r}; {did_you_mean(value, names)}"
                f"the {noun}s are {', '.join(names)}"
            ) from None

    return parse


def completion(choices: type[StrEnum]) -> Callable[[str], list[str]]:
    """Shell completion of an enum's values."""

    def complete(incomplete: str) -> list[str]:
        return [choice.value for choice in choices if choice.value.startswith(incomplete.lower())]

    return complete


parse_kind = choice(EventKind, "kind")
parse_format = choice(OutputFormat, "format")

complete_kind = completion(EventKind)
complete_format = completion(OutputFormat)


def parse_day(value: str) -> dt.date:
    """One day, YYYY-MM-DD: a month or a year would leave the answer open."""
    date = parse_date(value)
    if date.precision != "day":
        raise typer.BadParameter(f"{value!r} is not one day; give YYYY-MM-DD, e.g. 2001-09-20")
    return date.lower


def parse_path(value: str) -> Path:
    """A file path, as given."""
    return Path(value)


Year = Annotated[
    int | None,
    typer.Option(
        "--year", "-y", parser=parse_year, metavar="YYYY", help="Only what overlaps this year."
    ),
]
From = Annotated[
    PartialDate | None,
    typer.Option(
        "--from",
        parser=parse_date,
        metavar="DATE",
        help="Only what ends on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).",
    ),
]
To = Annotated[
    PartialDate | None,
    typer.Option(
        "--to",
        parser=parse_date,
        metavar="DATE",
        help="Only what starts on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).",
    ),
]
Kinds = Annotated[
    list[EventKind] | None,
    typer.Option(
        "--kind",
        "-k",
        parser=parse_kind,
        metavar="KIND",
        autocompletion=complete_kind,
        help="Only events of this kind; repeat for several. "
        f"One of: {', '.join(kind.value for kind in EventKind)}.",
    ),
]
Place = Annotated[
    str | None,
    typer.Option(
        "--place", parser=str, metavar="PLACE", help="Only events in this city or country."
    ),
]
Party = Annotated[
    str | None,
    typer.Option(
        "--party", parser=str, metavar="NAME", help="Only events this party took part in."
    ),
]
Format = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        parser=parse_format,
        metavar="FORMAT",
        autocompletion=complete_format,
        help="table for people; json or ndjson for programs; csv; markdown for reports.",
    ),
]
Output = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", parser=parse_path, metavar="FILE", help="Write to FILE instead of stdout."
    ),
]
