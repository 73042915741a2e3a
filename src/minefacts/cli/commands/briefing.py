"""The briefing command: brief, every sentence of it cited."""

from typing import TYPE_CHECKING, Annotated

import typer

from minefacts.cli.commands import catalog, registrar
from minefacts.cli.options import Output, format_option, with_filters
from minefacts.render.formats import BriefFormat

if TYPE_CHECKING:
    from minefacts.query.filters import Filters

commands = typer.Typer()
command = registrar(commands)

Format = Annotated[
    BriefFormat,
    format_option(
        BriefFormat,
        "text for people (the terminal's width; 80 columns in a file); markdown with "
        "footnotes, to paste into an article; html, one printable page; json for programs.",
    ),
]


@command()
@with_filters("year", "start", "end")
def brief(
    context: typer.Context,
    *,
    filters: "Filters",
    fmt: Format = BriefFormat.TEXT,
    path: Output = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
) -> None:
    """A briefing on Japan's record under the Convention, in which every sentence is cited.

    Sections follow the record: joining the Convention, the stockpile and the mines
    retained, offices held, the aid pledge and funding, outreach to states not party,
    and where the sources disagree; each a few paragraphs in date order. Each sentence
    says what its records say at their precision and ends with its notes; where the
    records disagree it says "possibly" and names the records on each side. The notes
    give each source at its place (the source document's quotes verbatim), the sources
    follow, each once with its address, and the credits the Ministry's terms ask for.
    --year, --from and --to keep what lies within them (an office running past them says
    so); --primary-only keeps the source document alone. A file is written whole or not
    at all; an existing file is kept unless --force is given.

    \b
    Examples:
      minefacts brief
      minefacts brief --format markdown > briefing.md
      minefacts brief --from 1997 --to 2003 --format html --output handout.html
      minefacts --primary-only brief --format json
    """
    from minefacts.query.briefing.build import brief as briefing
    from minefacts.render.briefing import publish

    publish.emit(briefing(catalog(context), filters), fmt, path, force=force)
