"""The command line: parse the arguments, ask one query, hand the result to render.

Start-up imports only Typer and the light modules; the dataset, pydantic (for a file the
user names) and Rich are loaded inside the command that needs them. Annotations here are
evaluated eagerly (no ``from __future__ import annotations``), which spares Typer from
compiling them again on every run.
"""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from minefacts import __version__
from minefacts.command_group import MinefactsCommand, MinefactsGroup
from minefacts.options import Data, Format, From, Kinds, Output, To, Year
from minefacts.render.formats import OutputFormat

if TYPE_CHECKING:
    from minefacts.models import Dataset

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    cls=MinefactsGroup,
    name="minefacts",
    help=(
        "Exact, citable facts about Japan's record under the Ottawa Convention, from "
        '"Japan\'s Efforts on the Issue of Landmines" (Ministry of Foreign Affairs of '
        "Japan, February 2003). Every fact carries the sentence of the source it rests on."
    ),
    epilog=(
        "\b\nExamples:\n"
        "  minefacts timeline\n"
        "  minefacts timeline --year 2001\n"
        "  minefacts timeline --format json > events.json\n"
        "  minefacts role\n"
        "  minefacts aid-progress"
    ),
    invoke_without_command=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def command(name: str | None = None, **settings: Any) -> Callable[[F], F]:
    """Register a subcommand whose options are parsed by their own parsers."""
    return app.command(name, cls=MinefactsCommand, **settings)


def _dataset(context: typer.Context) -> "Dataset":
    """The dataset named by --data or MINEFACTS_DATA, else the bundled one."""
    from minefacts import catalog

    return catalog.load(context.obj).dataset


def _show_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"minefacts {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    context: typer.Context,
    data: Data = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_show_version, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    """Exact, citable facts about Japan's record under the Ottawa Convention."""
    context.obj = data
    if context.invoked_subcommand is None:
        sys.stdout.write(context.get_help() + "\n")


@command()
def timeline(
    context: typer.Context,
    year: Year = None,
    start: From = None,
    end: To = None,
    kind: Kinds = None,
    fmt: Format = OutputFormat.TABLE,
) -> None:
    """Events in date order, each date at the precision the source gives.

    A month or a period matches every year and range it overlaps.

    \b
    Examples:
      minefacts timeline
      minefacts timeline --year 2001
      minefacts timeline --from 2000-06 --to 2002 --kind meeting --kind seminar
      minefacts timeline --format json
    """
    from minefacts import query
    from minefacts.render import output, records, tables

    events = query.timeline(_dataset(context), year=year, start=start, end=end, kinds=kind or ())
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
    """The offices Japan held in the Convention's work, with partners and source.

    Also available as `minefacts roles`.

    \b
    Examples:
      minefacts role
      minefacts role "standing committee"
      minefacts roles --year 2001 --format json
    """
    from minefacts import query
    from minefacts.render import output, records, tables

    roles = query.roles(_dataset(context), text=text, year=year)
    output.emit(fmt, roles, records=records.roles, table=tables.roles, empty="no roles match")


@command("aid-progress")
def aid_progress(context: typer.Context, fmt: Format = OutputFormat.TABLE) -> None:
    """Japan's aid pledge: target against achieved, and what the source does not say.

    Also available as `minefacts aid`.

    \b
    Examples:
      minefacts aid-progress
      minefacts aid --format json
    """
    from minefacts import query
    from minefacts.render import output, records, tables

    progress = query.aid_progress(_dataset(context))
    output.emit(fmt, progress, records=records.aid, table=tables.aid, empty="no aid pledges")


@command()
def export(
    context: typer.Context,
    path: Output = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
) -> None:
    """The whole dataset as JSON, in the same shape as the dataset file.

    The output is itself a valid --data file. A file is written whole or not at all; an
    existing file is kept unless --force is given.

    \b
    Examples:
      minefacts export > minefacts.json
      minefacts export --output minefacts.json
    """
    from minefacts.render import output, records

    text = output.to_json(records.dataset(_dataset(context)))
    if path is None:
        output.write_json(text)
    else:
        output.write_file(path, text, force=force)
        output.note(f"wrote {path}")


def run() -> None:
    """Run the command line on ``sys.argv``; `minefacts.entry` calls this."""
    app()
