"""Listing commands: timeline, search, role, aid-progress, sources, funding and retained.
Each takes ``--format`` in every output format, and the event listings take the shared
filters."""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from minefacts.cli.commands import catalog, registrar
from minefacts.cli.options import Format, with_filters
from minefacts.render.formats import OutputFormat

if TYPE_CHECKING:
    from minefacts.catalog.loading import Catalog
    from minefacts.model.secondary import SecondarySource
    from minefacts.query.filters import Filters
    from minefacts.render.listings import Listing

commands = typer.Typer()
command = registrar(commands)
T = TypeVar("T")


def _emit(
    fmt: OutputFormat,
    found: "Catalog",
    items: Sequence[T],
    listing: "Listing",
    *,
    empty: str,
    every: bool = False,
) -> None:
    """Print a listing of `found`'s records in `fmt`, crediting its source documents, and
    the other sources its rows rest on, where the format carries credits."""
    from minefacts.render import output

    def others() -> Sequence["SecondarySource"]:
        from minefacts.query.sources import behind

        return behind(found, (i for item in items for i in listing.ids(item)))

    documents = found.dataset.documents
    output.emit(fmt, items, listing, empty=empty, documents=documents, others=others, every=every)


@command()
@with_filters()
def timeline(
    context: typer.Context,
    *,
    filters: "Filters",
    chart: Annotated[
        bool,
        typer.Option(
            "--chart", help="Draw the events and roles on a time axis, for people (no --format)."
        ),
    ] = False,
    fmt: Format = OutputFormat.AUTO,
) -> None:
    """Events in date order, at the precision their sources give.

    The source document's events (primary) and other records' (secondary), each said
    to be which. A pledge is placed by its announcement where a record dates it. A date
    matches --year, --from and --to when it certainly falls within them, or possibly
    (marked "?"): "Feb 2003" possibly falls after 15 Feb 2003. Piped, it prints one event
    a line, tab-separated.

    \b
    Examples:
      minefacts timeline
      minefacts timeline --year 2001
      minefacts timeline --from 2000-06 --to 2002 --kind meeting --kind seminar
      minefacts timeline --place geneva --format json
      minefacts timeline --format tsv | grep "Victim Assistance"
      minefacts --primary-only timeline --chart
    """
    from minefacts.query.events import timeline as events_in
    from minefacts.render import listings, output

    facts = catalog(context)
    events = events_in(facts, filters)
    if chart:
        from minefacts.query.roles import roles as roles_in
        from minefacts.render.terminal.chart import chart as draw

        if fmt not in (OutputFormat.AUTO, OutputFormat.TABLE):
            raise typer.BadParameter(
                "--chart draws for people; leave out --format, or leave out --chart for "
                f"{fmt.value}",
                param_hint="--chart",
            )
        roles = roles_in(facts, filters=filters.dates_only())
        drawn = draw(events, roles, width=output.width())
        if drawn is None:
            output.note("no events to draw")
        else:
            output.show(drawn)
        return
    _emit(fmt, facts, events, listings.TIMELINE, empty="no events match")


@command()
@with_filters()
def search(
    context: typer.Context,
    typed: Annotated[
        list[str],
        typer.Argument(
            parser=str, metavar="WORDS...", help="The words to look for, quoted or not."
        ),
    ],
    *,
    filters: "Filters",
    every: Annotated[
        bool,
        typer.Option("--all", help="On a terminal, every record found, not the best 10 alone."),
    ] = False,
    fmt: Format = OutputFormat.AUTO,
) -> None:
    """Find any record or source by its words, without regard to case, accents or plurals.

    Looks in the titles, summaries, places, parties and quotes of the source document's
    facts, in what other records state, and in the sources' titles and publishers. A
    word matches itself, its plural or singular, a part of a hyphenated compound, and,
    from four letters on, the words it starts ("semin" finds "seminar"). Words too
    common to search for ("the", "of", "and") are left out, with a note. Records
    matching every word come first, then those whose words stand together (in a title
    before a quote); a terminal shows the best 10 (--all for every one), and JSON, CSV,
    TSV and Markdown every record. A word found nowhere gets the close words there are.

    \b
    Examples:
      minefacts search managua
      minefacts search stockpile destruction
      minefacts search "victim assistance" --year 2001
      minefacts search meeting of states parties --all
      minefacts search co-rapporteur --format csv
    """
    from minefacts.query import search
    from minefacts.render import listings, output
    from minefacts.render.words import messages

    data, text = catalog(context), " ".join(typed)
    common = search.query(text).common
    hits = search.search(data, text, filters)
    if common:
        output.note(messages.common_words(common))
    for word, options in search.suggestions(data, text).items():
        output.note(messages.not_in_dataset(word, options))
    _emit(fmt, data, hits, listings.SEARCH, empty=messages.no_match(text), every=every)


@command()
@with_filters("year", "start", "end", "party")
def role(
    context: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(parser=str, help="Only roles whose office, body or partner contains TEXT."),
    ] = None,
    *,
    filters: "Filters",
    fmt: Format = OutputFormat.AUTO,
) -> None:
    """The offices Japan held, and when, as far as the records tell.

    A term starts from the period its source gives and is narrowed by every record that
    bears on it: the meeting that decided it, the term another record gives, the office
    that replaced it. --year, --from and --to keep the offices certainly or possibly held
    then (marked "?"). Also available as `minefacts roles`.

    \b
    Examples:
      minefacts role
      minefacts role "standing committee"
      minefacts roles --year 2008 --format json
      minefacts role --party cambodia
    """
    from minefacts.query.roles import roles as roles_in
    from minefacts.render import listings

    facts = catalog(context)
    roles = roles_in(facts, text=text, filters=filters)
    _emit(fmt, facts, roles, listings.ROLES, empty="no roles match")


@command("aid-progress")
def aid_progress(context: typer.Context, fmt: Format = OutputFormat.AUTO) -> None:
    """Japan's aid pledge: its target, reached, and other records' amounts.

    The source document says the target was reached, which makes it a lower bound: at
    least the target was provided. Other records' totals are set beside it, with their
    relation to it; the yearly series of Japan's funding, from each source as it gives
    it, follows, gaps shown as gaps. Also available as `minefacts aid`.

    \b
    Examples:
      minefacts aid-progress
      minefacts aid --format json
      minefacts --primary-only aid-progress
    """
    from minefacts.query.aid import aid_progress
    from minefacts.render import listings

    facts = catalog(context)
    _emit(fmt, facts, aid_progress(facts), listings.AID, empty="no aid pledges")


@command()
def sources(context: typer.Context, fmt: Format = OutputFormat.AUTO) -> None:
    """Every source, primary and secondary, with its address and what rests on it.

    The source document is the primary source: its facts are quoted. Every other record
    is a secondary source: the records it adds, and the facts its claims confirm, add
    detail to, are consistent with or disagree with. --primary-only hides them.

    \b
    Examples:
      minefacts sources
      minefacts sources --format markdown
      minefacts --primary-only sources
    """
    from minefacts.query.sources import sources as all_sources
    from minefacts.render import listings

    facts = catalog(context)
    _emit(fmt, facts, all_sources(facts), listings.SOURCES, empty="no sources")


@command()
@with_filters("year", "start", "end")
def funding(context: typer.Context, *, filters: "Filters", fmt: Format = OutputFormat.AUTO) -> None:
    """Japan's mine-action funding year by year, as each source gives it; gaps are gaps.

    Each year lists the figure of every source that gives one, in yen and US dollars as
    that source gives them, never converted or interpolated, at the precision the source
    states; a year no source gives a figure for is shown as a gap. Totals and averages
    over several years follow. Where a later edition revises a figure, both are shown,
    marked. On a terminal, a bar beside each year shows it to scale. --year, --from and
    --to keep the figures that certainly or possibly fall within them.

    \b
    Examples:
      minefacts funding
      minefacts funding --from 1998 --to 2003
      minefacts funding --format csv > funding.csv
    """
    from minefacts.query.figures import funding_rows
    from minefacts.render import listings

    facts = catalog(context)
    rows = funding_rows(facts, filters)
    _emit(fmt, facts, rows, listings.FUNDING, empty="no funding figures")


@command()
@with_filters("year", "start", "end")
def retained(
    context: typer.Context, *, filters: "Filters", fmt: Format = OutputFormat.AUTO
) -> None:
    """The anti-personnel mines Japan held, destroyed, retained for training and used.

    Counts as other records give them, at the precision they give: the stockpile as
    counted in 1999, the mines destroyed (two counts: one includes the mines retained,
    the other counts them apart), the 15,000 kept when it was destroyed, as the
    Convention's Article 3 allows, those used by the end of 2003, and the later totals.

    \b
    Examples:
      minefacts retained
      minefacts retained --from 2003
      minefacts retained --format json
    """
    from minefacts.query.figures import stock
    from minefacts.render import listings

    facts = catalog(context)
    _emit(fmt, facts, stock(facts, filters), listings.RETAINED, empty="no counts of mines")


@command()
@with_filters("year", "start", "end")
def disputes(
    context: typer.Context, *, filters: "Filters", fmt: Format = OutputFormat.AUTO
) -> None:
    """Where the records disagree, and where a later edition revises an earlier figure.

    Each disagreement and revision: what it is over (a date, an amount, what a record
    states), each side with the records that give it, and the relation's note; where
    other records show one side to be the error, the verdict. Differences of scope or of
    wording are not disputes and are not listed ('minefacts show ID' gives them). --year,
    --from and --to keep the disputes over a record that certainly or possibly falls
    within them.

    \b
    Examples:
      minefacts disputes
      minefacts disputes --year 2004
      minefacts disputes --format json
    """
    from minefacts.query.disputes import disputes as all_disputes
    from minefacts.query.disputes import within
    from minefacts.render import listings

    facts = catalog(context)
    found = within(facts, all_disputes(facts), filters)
    _emit(fmt, facts, found, listings.DISPUTES, empty="no disputes match")
