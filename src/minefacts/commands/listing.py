"""Listing commands: timeline, role and aid-progress."""

from typing import Annotated

import typer

from minefacts.commands import dataset, registrar
from minefacts.options import Format, From, Kinds, Party, Place, To, Year
from minefacts.render.formats import OutputFormat

commands = typer.Typer()
command = registrar(commands)


@command()
def timeline(
    context: typer.Context,
    year: Year = None,
    start: From = None,
    end: To = None,
    kind: Kinds = None,
    place: Place = None,
    party: Party = None,
    fmt: Format = OutputFormat.TABLE,
) -> None:
    """Events in date order, at the precision the source gives.

    A month or a period matches every year and range it overlaps.

    \b
    Examples:
      minefacts timeline
      minefacts timeline --year 2001
      minefacts timeline --from 2000-06 --to 2002 --kind meeting --kind seminar
      minefacts timeline --place geneva --format json
    """
    from minefacts import query
    from minefacts.render import output, records, tables

    filters = query.Filters(year, start, end, kind or (), place, party)
    events = query.timeline(dataset(context), filters)
    output.emit(
        fmt, events, records=records.timeline, table=tables.timeline, empty="no events match"
    )


@command()
def role(
    context: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(parser=str, help="Only roles whose office, body or partner contains TEXT."),
    ] = None,
    year: Year = None,
    fmt: Format = OutputFormat.TABLE,
) -> None:
    """The offices Japan held, with partners and source.

    Also available as `minefacts roles`.

    \b
    Examples:
      minefacts role
      minefacts role "standing committee"
      minefacts roles --year 2001 --format json
    """
    from minefacts import query
    from minefacts.render import output, records, tables

    roles = query.roles(dataset(context), text=text, year=year)
    output.emit(fmt, roles, records=records.roles, table=tables.roles, empty="no roles match")


@command("aid-progress")
def aid_progress(context: typer.Context, fmt: Format = OutputFormat.TABLE) -> None:
    """Japan's aid pledge: target against achieved.

    Also shows the date it was reached and what the source does not say. Also available
    as `minefacts aid`.

    \b
    Examples:
      minefacts aid-progress
      minefacts aid --format json
    """
    from minefacts import query
    from minefacts.render import output, records, tables

    progress = query.aid_progress(dataset(context))
    output.emit(fmt, progress, records=records.aid, table=tables.aid, empty="no aid pledges")
