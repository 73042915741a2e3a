"""Commands about one fact or one moment: show, cite, year and on."""

import datetime as dt
from enum import StrEnum
from typing import Annotated

import typer

from minefacts.cli.commands import catalog, registrar
from minefacts.cli.options import choice, completion, parse_day, parse_year
from minefacts.render.citation import CitationStyle

commands = typer.Typer()
command = registrar(commands)


class ViewFormat(StrEnum):
    """A single fact or overview: ``table`` for people, ``json`` for programs."""

    TABLE = "table"
    JSON = "json"


View = Annotated[
    ViewFormat,
    typer.Option(
        "--format",
        "-f",
        parser=choice(ViewFormat, "format"),
        metavar="[table|json]",
        autocompletion=completion(ViewFormat),
        help="table for people, json for programs.",
    ),
]
Style = Annotated[
    CitationStyle,
    typer.Option(
        "--style",
        "-s",
        parser=choice(CitationStyle, "style"),
        metavar="STYLE",
        autocompletion=completion(CitationStyle),
        help="plain, markdown, bibtex or csl-json.",
    ),
]


@command()
def show(
    context: typer.Context,
    fact_id: Annotated[str, typer.Argument(parser=str, metavar="ID", help="The fact's id.")],
    fmt: View = ViewFormat.TABLE,
) -> None:
    """Everything about one fact: its quote in context, related facts and other records.

    Shows the summary, the date with its precision, places, parties and amounts; the
    verbatim quote inside its paragraph of the source; related facts; and what secondary
    sources say, disagreements included. An unknown id gets the closest ids.

    \b
    Examples:
      minefacts show convention-concluded
      minefacts show stockpile-destruction --format json
    """
    from minefacts.query import facts
    from minefacts.render import output, shapes, views

    found = facts.view(catalog(context), fact_id)
    output.emit_one(found, as_json=fmt is ViewFormat.JSON, records=shapes.fact, view=views.fact)


@command()
def cite(
    context: typer.Context,
    fact_id: Annotated[str, typer.Argument(parser=str, metavar="ID", help="The fact's id.")],
    style: Style = CitationStyle.PLAIN,
) -> None:
    """A ready citation for a fact: the quote, the source and its address.

    A seed fact is cited with its verbatim quote and section; a secondary claim with its
    source and what it states.

    \b
    Examples:
      minefacts cite convention-concluded
      minefacts cite tokyo-seminar --style markdown
      minefacts cite aid-pledge --style bibtex
      minefacts cite destroyed-lm-2004 --style csl-json
    """
    from minefacts.model.secondary import Claim
    from minefacts.query import facts
    from minefacts.render import citation, output

    found = catalog(context)
    record = facts.find(found, fact_id)
    if isinstance(record, Claim):
        [source] = [s for s in found.corroboration.sources if s.id == record.source]
        text = citation.cite_claim(record, source, style)
    else:
        [document] = [d for d in found.dataset.documents if d.id == record.source.document]
        text = citation.cite_fact(record, document, style)
    output.write_json(text) if style is CitationStyle.CSL_JSON else output.write_text(text)


@command()
def year(
    context: typer.Context,
    which: Annotated[int, typer.Argument(parser=parse_year, metavar="YYYY", help="The year.")],
    fmt: View = ViewFormat.TABLE,
) -> None:
    """One year on one screen: events, roles held, the aid pledge at the year's end.

    Also shows what came just before and just after the year.

    \b
    Examples:
      minefacts year 2001
      minefacts year 2002 --format json
    """
    from minefacts.query import moments
    from minefacts.render import output, shapes, views

    found = moments.year(catalog(context), which)
    output.emit_one(found, as_json=fmt is ViewFormat.JSON, records=shapes.year, view=views.year)


@command()
def on(
    context: typer.Context,
    day: Annotated[
        dt.date, typer.Argument(parser=parse_day, metavar="DATE", help="The day, YYYY-MM-DD.")
    ],
    fmt: View = ViewFormat.TABLE,
) -> None:
    """Where things stood on one day: roles, the Convention, aid, stockpile, deadline.

    Says which roles Japan held, whether the Convention bound Japan, how far the aid
    pledge and the stockpile destruction had got, and how long until or after the
    destruction deadline, all derived from the data.

    \b
    Examples:
      minefacts on 2001-09-20
      minefacts on 2003-02-10 --format json
    """
    from minefacts.query import moments
    from minefacts.render import output, shapes, views

    state = moments.on(catalog(context), day)
    output.emit_one(state, as_json=fmt is ViewFormat.JSON, records=shapes.day, view=views.day)
