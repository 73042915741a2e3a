"""Listing commands: timeline, search, role, aid-progress and sources. Each takes
``--format`` in every output format, and the event listings take the shared filters."""

from typing import Annotated

import typer

from minefacts.cli.commands import catalog, dataset, registrar
from minefacts.cli.options import Format, From, Kinds, Party, Place, To, Year
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
    chart: Annotated[
        bool, typer.Option("--chart", help="Draw the years 1997 to 2003 as a chart.")
    ] = False,
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
      minefacts timeline --chart
    """
    from minefacts.query.events import timeline as events_in
    from minefacts.query.filters import Filters
    from minefacts.render import listings, output

    facts = catalog(context)
    events = events_in(facts.dataset, Filters(year, start, end, kind or (), place, party))
    if chart:
        from minefacts.query.roles import roles as roles_in
        from minefacts.render.chart import chart as draw

        roles = roles_in(facts.dataset, filters=Filters(year, start, end))
        output.show(draw(events, roles, width=output.width()))
        return
    output.emit(fmt, events, listings.TIMELINE, empty="no events match")


@command()
def search(
    context: typer.Context,
    text: Annotated[str, typer.Argument(parser=str, help="The words to look for.")],
    year: Year = None,
    start: From = None,
    end: To = None,
    kind: Kinds = None,
    place: Place = None,
    party: Party = None,
    fmt: Format = OutputFormat.TABLE,
) -> None:
    """Find facts by their words, ranked, without regard to case or accents.

    Looks in titles, summaries, places, parties and quotes. A word matches the words it
    starts: "semin" finds "seminar". Mistyped words get a suggestion.

    \b
    Examples:
      minefacts search managua
      minefacts search "victim assistance" --year 2001
      minefacts search seminar --format csv
    """
    from minefacts.query import search
    from minefacts.query.filters import Filters
    from minefacts.render import listings, output

    data = dataset(context)
    filters = Filters(year, start, end, kind or (), place, party)
    hits = search.search(data, text, filters)
    for word, options in search.suggestions(data, text).items():
        guess = f"; did you mean {' or '.join(repr(o) for o in options)}?" if options else ""
        output.note(f"{word!r} is not in the dataset{guess}")
    output.emit(fmt, hits, listings.SEARCH, empty=f"no facts match {text!r}")


@command()
def role(
    context: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(parser=str, help="Only roles whose office, body or partner contains TEXT."),
    ] = None,
    year: Year = None,
    start: From = None,
    end: To = None,
    party: Party = None,
    fmt: Format = OutputFormat.TABLE,
) -> None:
    """The offices Japan held, with partners and source.

    Also available as `minefacts roles`.

    \b
    Examples:
      minefacts role
      minefacts role "standing committee"
      minefacts roles --year 2001 --format json
      minefacts role --party cambodia
    """
    from minefacts.query.filters import Filters
    from minefacts.query.roles import roles as roles_in
    from minefacts.render import listings, output

    filters = Filters(year, start, end, party=party)
    roles = roles_in(dataset(context), text=text, filters=filters)
    output.emit(fmt, roles, listings.ROLES, empty="no roles match")


@command("aid-progress")
def aid_progress(context: typer.Context, fmt: Format = OutputFormat.TABLE) -> None:
    """Japan's aid pledge: target against achieved.

    Also shows the date it was reached, what the source does not say, and the amounts
    other records give as provided. Also available as `minefacts aid`.

    \b
    Examples:
      minefacts aid-progress
      minefacts aid --format json
      minefacts --primary-only aid-progress
    """
    from minefacts.query.aid import aid_progress
    from minefacts.render import listings, output

    facts = catalog(context)
    progress = aid_progress(facts.dataset, facts.corroboration)
    output.emit(fmt, progress, listings.AID, empty="no aid pledges")


@command()
def sources(context: typer.Context, fmt: Format = OutputFormat.TABLE) -> None:
    """Every source, primary and secondary, with the facts it supports.

    The seed document is the primary source. Secondary sources are other public records
    that confirm, add to or disagree with its facts; --primary-only hides them.

    \b
    Examples:
      minefacts sources
      minefacts sources --format markdown
      minefacts --primary-only sources
    """
    from minefacts.query.sources import sources as all_sources
    from minefacts.render import listings, output

    found = all_sources(catalog(context))
    output.emit(fmt, found, listings.SOURCES, empty="no sources")
