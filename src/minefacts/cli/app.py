"""The top-level command: its global options, and the registry of its subcommands.

Subcommands live in `minefacts.cli.commands`, a module per family, and each is built only when
it runs (see `group.LazyCommands`). Start-up imports Typer and light modules alone;
the dataset, pydantic (for a file the user names) and Rich are loaded inside the command
that needs them. Annotations here are evaluated eagerly (no ``from __future__ import
annotations``), which spares Typer from compiling them again on every run.
"""

import sys
from pathlib import Path
from typing import Annotated, ClassVar

import typer

from minefacts import __version__
from minefacts.cli.commands import Settings
from minefacts.cli.group import Entry, MinefactsGroup


def _path(value: str) -> Path:
    return Path(value)


Data = Annotated[
    Path | None,
    typer.Option(
        "--data",
        parser=_path,
        metavar="FILE",
        envvar="MINEFACTS_DATA",
        show_envvar=True,
        help="Use this dataset file instead of the bundled one. It is validated in full.",
    ),
]

LISTING = "minefacts.cli.commands.listing"
SINGLE = "minefacts.cli.commands.single"
FILES = "minefacts.cli.commands.files"


class Group(MinefactsGroup):
    """minefacts's subcommands, in the order the help lists them."""

    entries: ClassVar[dict[str, Entry]] = {
        "timeline": Entry(LISTING, "Events in date order, at the precision the source gives."),
        "search": Entry(
            LISTING, "Find facts by their words, ranked, without regard to case or accents."
        ),
        "role": Entry(LISTING, "The offices Japan held, with partners and source.", ("roles",)),
        "aid-progress": Entry(LISTING, "Japan's aid pledge: target against achieved.", ("aid",)),
        "show": Entry(
            SINGLE,
            "Everything about one fact: its quote in context, related facts and other records.",
        ),
        "cite": Entry(
            SINGLE, "A ready citation for a fact: the quote, the source and its address."
        ),
        "year": Entry(
            SINGLE, "One year on one screen: events, roles held, the aid pledge at the year's end."
        ),
        "on": Entry(
            SINGLE,
            "Where things stood on one day: roles, the Convention, aid, stockpile, deadline.",
        ),
        "sources": Entry(
            LISTING, "Every source, primary and secondary, with the facts it supports."
        ),
        "export": Entry(FILES, "The whole dataset as JSON, or as a SQLite database."),
        "schema": Entry(FILES, "The JSON Schema of a dataset file, generated from the models."),
        "validate": Entry(FILES, "Check a dataset file against the models and the dataset rules."),
    }


app = typer.Typer(
    cls=Group,
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


def _show_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"minefacts {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    context: typer.Context,
    data: Data = None,
    primary_only: Annotated[
        bool,
        typer.Option(
            "--primary-only", help="Hide the secondary sources: show the seed's facts alone."
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_show_version, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    """Exact, citable facts about Japan's record under the Ottawa Convention."""
    context.obj = Settings(data, primary_only)
    if context.invoked_subcommand is None:
        sys.stdout.write(context.get_help() + "\n")
