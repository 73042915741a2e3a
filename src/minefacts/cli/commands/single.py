"""Commands about one record, one moment or the source document: show, cite, year, on and
document."""

import datetime as dt
from typing import Annotated

import typer

from minefacts.cli.commands import catalog, registrar
from minefacts.cli.options import (
    View,
    ViewFormat,
    complete_ids,
    format_choice,
    format_option,
    parse_day,
    parse_year,
)
from minefacts.render.formats import CitationStyle

commands = typer.Typer()
command = registrar(commands)

MACHINE_STYLES = (CitationStyle.BIBTEX, CitationStyle.CSL_JSON)
"""Citation styles for programs: printed exactly, never wrapped."""


Style = Annotated[
    CitationStyle,
    format_option(
        CitationStyle,
        "plain and markdown in the Ministry's citation form; bibtex (biblatex) and csl-json "
        "for reference managers.",
    ),
]
OldStyle = Annotated[
    CitationStyle | None,
    typer.Option(
        "--style",
        "-s",
        parser=format_choice(CitationStyle),
        hidden=True,
        help="The name --format had before minefacts 2.",
    ),
]


@command()
def show(
    context: typer.Context,
    item_id: Annotated[
        str,
        typer.Argument(
            parser=str,
            metavar="ID",
            autocompletion=complete_ids,
            help="The id of a record or a source ('minefacts search' finds ids).",
        ),
    ],
    fmt: View = ViewFormat.TABLE,
) -> None:
    """Everything about one record or source: its quote in context, related records and what
    other records say.

    For a fact of the source document: its date at its precision, places, parties and
    amounts, the verbatim quote inside its paragraph, related records, and what other
    records say, disagreements named from both sides. For a role, its term as far as
    the records tell, beside what the source document alone says. For another record,
    claim or source: what it states and where, with its address. An unknown id gets the
    closest ids.

    \b
    Examples:
      minefacts show convention-concluded
      minefacts show co-chair-standing-committee-on-victim-assistance
      minefacts show landmine-monitor-2004
      minefacts show stockpile-destruction --format json
    """
    from minefacts.query import facts
    from minefacts.render import output
    from minefacts.render.json import answers
    from minefacts.render.terminal import show as views

    found = facts.view(catalog(context), item_id)
    output.emit_one(found, as_json=fmt is ViewFormat.JSON, records=answers.fact, view=views.fact)


@command()
def cite(
    context: typer.Context,
    ids: Annotated[
        list[str] | None,
        typer.Argument(
            parser=str,
            metavar="ID...",
            autocompletion=complete_ids,
            help="The ids of the records or sources to cite.",
        ),
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="Cite every record.")] = False,
    fmt: Style = CitationStyle.PLAIN,
    old_style: OldStyle = None,
) -> None:
    """A ready citation: the quotes or paraphrases, and each source once, with its address.

    Several ids from one source make one bibliography entry, with each record as a
    locator (its section). A fact of the source document is cited with its verbatim
    quote; any other record with its paraphrase; a source id cites the source itself;
    'minefacts' cites the dataset, at this version. In BibTeX and CSL-JSON the
    locators are the citations' (a biblatex postnote, a CSL locator), and the quotes
    stay out of the bibliography.

    \b
    Examples:
      minefacts cite convention-concluded
      minefacts cite tokyo-seminar bangkok-seminar --format markdown
      minefacts cite aid-pledge aid-provided-lm-2003 --format bibtex
      minefacts cite --all --format csl-json > minefacts.json
      minefacts cite minefacts --format bibtex
    """
    from minefacts.query import citations
    from minefacts.render import output
    from minefacts.render.citation import styles

    style = old_style or fmt
    found = catalog(context)
    if every == bool(ids):
        raise typer.BadParameter("give one or more ids, or --all", param_hint="ID...")
    entries = citations.bibliography(found, citations.everything(found) if every else ids or [])
    text = styles.render(entries, style, found.dataset.documents)
    output.cite(text, machine=style in MACHINE_STYLES)


@command()
def year(
    context: typer.Context,
    which: Annotated[int, typer.Argument(parser=parse_year, metavar="YYYY", help="The year.")],
    fmt: View = ViewFormat.TABLE,
) -> None:
    """One year on one screen: roles held, the aid pledge at its end, its events.

    A role is held, or possibly held, when the records allow no other answer, or more
    than one; one that other records rule out, though the source document alone would
    allow it, is shown apart. Also shows what came just before and just after the year.

    \b
    Examples:
      minefacts year 2001
      minefacts year 1999
      minefacts year 2005 --format json
    """
    from minefacts.query import moments
    from minefacts.render import output
    from minefacts.render.json import answers
    from minefacts.render.terminal import moments as views

    found = moments.year(catalog(context), which)
    output.emit_one(found, as_json=fmt is ViewFormat.JSON, records=answers.year, view=views.year)


@command()
def on(
    context: typer.Context,
    day: Annotated[
        dt.date, typer.Argument(parser=parse_day, metavar="DATE", help="The day, YYYY-MM-DD.")
    ],
    fmt: View = ViewFormat.TABLE,
) -> None:
    """Where things stood on one day: roles, the Convention, aid, stockpile, deadline.

    Each answer is held, possibly held or not held, as exactly as the records allow, and
    names the records that decide it: which roles Japan held, whether the Convention
    bound Japan, how far the aid pledge and the stockpile's destruction had got, and the
    destruction deadline, which runs only once the Convention binds Japan.

    \b
    Examples:
      minefacts on 2001-09-20
      minefacts on 2003-12-01
      minefacts on 2003-02-10 --format json
    """
    from minefacts.query import moments
    from minefacts.render import output
    from minefacts.render.json import answers
    from minefacts.render.terminal import moments as views

    state = moments.on(catalog(context), day)
    output.emit_one(state, as_json=fmt is ViewFormat.JSON, records=answers.day, view=views.day)


@command()
def document(
    context: typer.Context,
    mark: Annotated[
        str | None,
        typer.Option(
            "--mark",
            parser=str,
            metavar="ID",
            autocompletion=complete_ids,
            help="Mark the quote of this fact in its document (and show that document).",
        ),
    ] = None,
    fmt: View = ViewFormat.TABLE,
) -> None:
    """The source document itself, with its citation and licence; --mark ID shows a fact's
    quote in it.

    The text is printed as it is kept in the package, unchanged, after the citation the
    Ministry's terms of use ask for. With --mark, the fact's verbatim quote is
    emphasised: bold and underlined on a terminal, between « and » where no styling can
    show.

    \b
    Examples:
      minefacts document
      minefacts document --mark tokyo-seminar
      minefacts document --format json > document.json
    """
    from minefacts.query import facts
    from minefacts.render import output
    from minefacts.render.json import answers
    from minefacts.render.terminal import show as views

    found = facts.document(catalog(context), mark)
    output.emit_one(
        found, as_json=fmt is ViewFormat.JSON, records=answers.document, view=views.document
    )
