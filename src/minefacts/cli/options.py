"""Options shared by several commands, declared once.

Every option has its own ``parser``: it raises `typer.BadParameter`, which the CLI reports
as one line with exit code 2, and it keeps Typer's pydantic-based conversion off the
start-up path (see `minefacts.cli.typer_hooks`). Nothing here imports pydantic or Rich.

The filters every listing takes (--year, --from, --to, --kind, --place, --party) are
declared once and added to a command by `with_filters`, which hands it one `Filters`.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import re
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind
from minefacts.render.formats import ALIASES, OutputFormat

if TYPE_CHECKING:
    from minefacts.query.filters import Filters

C = TypeVar("C", bound=StrEnum)
F = TypeVar("F", bound=Callable[..., Any])


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


def choice(
    choices: type[C], noun: str, aliases: dict[str, str] | None = None
) -> Callable[[str], C]:
    """A parser for one value of an enum, or of its `aliases`, in any case, that suggests
    the closest on error."""

    def parse(value: str) -> C:
        wanted = value.strip().lower()
        try:
            return choices((aliases or {}).get(wanted, wanted))
        except ValueError:
            from minefacts.query.textmatch import closest
            from minefacts.render.words.phrases import did_you_mean

            names = [choice.value for choice in choices]
            close = closest(value, [*names, *(aliases or {})])
            raise typer.BadParameter(
                f"unknown {noun} {value!r}; {did_you_mean(close)}the {noun}s are {', '.join(names)}"
            ) from None

    return parse


def completion(choices: type[StrEnum]) -> Callable[[str], list[str]]:
    """Shell completion of an enum's values."""

    def complete(incomplete: str) -> list[str]:
        return [choice.value for choice in choices if choice.value.startswith(incomplete.lower())]

    return complete


parse_kind = choice(EventKind, "kind")
complete_kind = completion(EventKind)


def parse_day(value: str) -> dt.date:
    """One day, YYYY-MM-DD: a month or a year would leave the answer open."""
    date = parse_date(value)
    if date.precision != "day":
        year = date.lower.year
        whole = f"; for the whole of {year}, 'minefacts year {year}'"
        more = whole if date.lower.year == date.upper.year else ""
        raise typer.BadParameter(
            f"{value!r} is not one day; give YYYY-MM-DD, e.g. {date.lower.isoformat()}{more}"
        )
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


def _complete_places(incomplete: str) -> list[str]:
    from minefacts.cli.completion import places

    return places(incomplete)


def _complete_parties(incomplete: str) -> list[str]:
    from minefacts.cli.completion import parties

    return parties(incomplete)


def complete_ids(incomplete: str) -> list[str]:
    """Shell completion of record and source ids."""
    from minefacts.cli.completion import ids

    return ids(incomplete)


Place = Annotated[
    str | None,
    typer.Option(
        "--place",
        parser=str,
        metavar="PLACE",
        autocompletion=_complete_places,
        help="Only events in this city or country.",
    ),
]
Party = Annotated[
    str | None,
    typer.Option(
        "--party",
        parser=str,
        metavar="NAME",
        autocompletion=_complete_parties,
        help="Only events this party took part in, or roles shared with this partner.",
    ),
]


def format_choice(choices: type[C]) -> Callable[[str], C]:
    """A parser for a format by its name or by another name it is known by
    (`minefacts.render.formats.ALIASES`: ``md`` for ``markdown``)."""
    return choice(choices, "format", ALIASES)


def format_option(choices: type[StrEnum], what: str, *aliases: str) -> Any:
    """The one ``-f, --format FORMAT`` option every command declares the same way: what
    the formats are for, then ``One of: ...`` with each format's other name, completed by
    the shell (with the canonical names alone)."""
    known = {choice.value for choice in choices}
    others = {value: alias for alias, value in ALIASES.items() if value in known}
    values = ", ".join(
        f"{choice.value} (or {others[choice.value]})" if choice.value in others else choice.value
        for choice in choices
    )
    return typer.Option(
        "--format",
        "-f",
        *aliases,
        parser=format_choice(choices),
        metavar="FORMAT",
        autocompletion=completion(choices),
        help=f"{what} One of: {values}.",
    )


class ViewFormat(StrEnum):
    """A single record or overview: ``table`` (a card for people) or ``json``."""

    TABLE = "table"
    JSON = "json"


Format = Annotated[
    OutputFormat,
    format_option(
        OutputFormat,
        "auto: a table on a terminal, tsv (one record a line) in a pipe or file; csv for "
        "spreadsheets; json, ndjson for programs; markdown for reports.",
    ),
]
View = Annotated[
    ViewFormat, format_option(ViewFormat, "table: a card for people; json for programs.")
]
Output = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", parser=parse_path, metavar="FILE", help="Write to FILE instead of stdout."
    ),
]


FILTERS: dict[str, Any] = {
    "year": Year,
    "start": From,
    "end": To,
    "kind": Kinds,
    "place": Place,
    "party": Party,
}
"""Every filter option, by the parameter name a command would give it."""


def with_filters(*names: str) -> Callable[[F], F]:
    """Give a command the filter options `names` (all of them when none are named), in
    place of its keyword-only parameter ``filters``, which then receives them as one
    `Filters`.

    Typer has no shared options: this writes them into the command's signature, where
    Typer reads its parameters, and builds the `Filters` before the command runs.
    """
    chosen = names or tuple(FILTERS)

    def decorate(command: F) -> F:
        signature = inspect.signature(command)
        parameters = list(signature.parameters.values())
        at = [p.name for p in parameters].index("filters")
        keyword = inspect.Parameter.KEYWORD_ONLY
        parameters[at : at + 1] = [
            inspect.Parameter(name, keyword, default=None, annotation=FILTERS[name])
            for name in chosen
        ]

        @functools.wraps(command)
        def run(*args: Any, **kwargs: Any) -> Any:
            given = {name: kwargs.pop(name, None) for name in chosen}
            kwargs["filters"] = filters_of(**given)
            return command(*args, **kwargs)

        run.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in parameters}
        return run  # type: ignore[return-value]

    return decorate


def filters_of(
    year: int | None = None,
    start: PartialDate | None = None,
    end: PartialDate | None = None,
    kind: list[EventKind] | None = None,
    place: str | None = None,
    party: str | None = None,
) -> Filters:
    """The one place the filter options become a `Filters`; a range that ends before it
    starts is refused here, for every command that takes one."""
    from minefacts.query.filters import Filters

    found = Filters(year, start, end, tuple(kind or ()), place, party)
    found.check_range()
    return found
