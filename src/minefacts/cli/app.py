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
        help="Use this dataset file instead of the bundled one; it is validated in full. "
        "Before or after the command.",
    ),
]

LISTING = "minefacts.cli.commands.listing"
SINGLE = "minefacts.cli.commands.single"
FILES = "minefacts.cli.commands.files"
BRIEFING = "minefacts.cli.commands.briefing"


class Group(MinefactsGroup):
    """minefacts's subcommands, in the order the help lists them."""

    entries: ClassVar[dict[str, Entry]] = {
        "timeline": Entry(LISTING, "Events in date order, at the precision their sources give."),
        "search": Entry(
            LISTING,
            "Find any record or source by its words, without regard to case, accents or plurals.",
        ),
        "role": Entry(
            LISTING, "The offices Japan held, and when, as far as the records tell.", ("roles",)
        ),
        "aid-progress": Entry(
            LISTING,
            "Japan's aid pledge: its target, reached, and other records' amounts.",
            ("aid",),
        ),
        "show": Entry(
            SINGLE,
            "Everything about one record or source: its quote in context, related records and "
            "what other records say.",
        ),
        "cite": Entry(
            SINGLE,
            "A ready citation: the quotes or paraphrases, and each source once, with its address.",
        ),
        "year": Entry(
            SINGLE, "One year on one screen: roles held, the aid pledge at its end, its events."
        ),
        "on": Entry(
            SINGLE,
            "Where things stood on one day: roles, the Convention, aid, stockpile, deadline.",
        ),
        "funding": Entry(
            LISTING,
            "Japan's mine-action funding year by year, as each source gives it; gaps are gaps.",
        ),
        "retained": Entry(
            LISTING,
            "The anti-personnel mines Japan held, destroyed, retained for training and used.",
        ),
        "disputes": Entry(
            LISTING,
            "Where the records disagree, and where a later edition revises an earlier figure.",
        ),
        "brief": Entry(
            BRIEFING,
            "A briefing on Japan's record under the Convention, in which every sentence is cited.",
        ),
        "sources": Entry(
            LISTING, "Every source, primary and secondary, with its address and what rests on it."
        ),
        "document": Entry(
            SINGLE,
            "The source document itself, with its citation and licence; --mark ID shows a "
            "fact's quote in it.",
        ),
        "export": Entry(FILES, "The whole dataset: as JSON, a SQLite database, or a Data Package."),
        "schema": Entry(FILES, "The JSON Schema of a dataset file, generated from the models."),
        "validate": Entry(FILES, "Check a dataset file against the models and the dataset rules."),
    }


app = typer.Typer(
    cls=Group,
    name="minefacts",
    help=(
        "Exact, citable facts about Japan's record under the Ottawa Convention, the 1997 "
        "treaty banning anti-personnel mines.\n\n"
        'At the centre is one source document, "Japan\'s Efforts on the Issue of Landmines" '
        "(Ministry of Foreign Affairs of Japan, February 2003), which covers 1997 to "
        "February 2003: each of its facts carries the sentence it rests on, quoted (the "
        "primary record). Around it, other public records of 1996 to 2025 (Landmine "
        "Monitor, the United Nations, the Convention's own site, the Ministry, the press) "
        "are paraphrased, each with its citation (the secondary record); --primary-only "
        "hides them.\n\n"
        "The Ministry's text is used under the Public Data License 1.0; minefacts' dataset "
        "is created by editing it, and the Ministry did not make it ('minefacts sources' "
        "and 'minefacts document' give the attribution)."
    ),
    epilog=(
        "\b\nExamples:\n"
        "  minefacts timeline\n"
        "  minefacts timeline --year 2001 --format json > events.json\n"
        '  minefacts search "victim assistance"\n'
        "  minefacts show convention-concluded\n"
        "  minefacts cite tokyo-seminar bangkok-seminar --format bibtex\n"
        "  minefacts on 2003-12-01\n"
        "  minefacts role --year 2008\n"
        "  minefacts aid-progress\n"
        "  minefacts disputes --year 2004\n"
        "  minefacts brief --from 1997 --to 2003 --format html --output handout.html\n"
        "  minefacts --primary-only timeline\n"
        "  minefacts timeline --data facts.json"
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
            "--primary-only",
            help="The source document's facts alone: hide every other record. Before or "
            "after the command.",
        ),
    ] = False,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            help="Print long output straight to the terminal. Without it, output taller than "
            "the terminal goes through MINEFACTS_PAGER, else PAGER, else less (an empty "
            "MINEFACTS_PAGER also turns paging off); a pipe or a file is never paged. Before "
            "or after the command.",
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
