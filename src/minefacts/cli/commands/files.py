"""Commands about whole files: export, schema and validate."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from minefacts.cli.commands import catalog, registrar
from minefacts.cli.options import Output, choice, parse_path

commands = typer.Typer()
command = registrar(commands)


class ExportFormat(StrEnum):
    """``json``: a dataset file; ``sqlite``: a database with full-text search."""

    JSON = "json"
    SQLITE = "sqlite"


@command()
def export(
    context: typer.Context,
    path: Output = None,
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            parser=choice(ExportFormat, "format"),
            metavar="[json|sqlite]",
            help="json (a --data file) or sqlite (needs --output).",
        ),
    ] = ExportFormat.JSON,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
) -> None:
    """The whole dataset as JSON, or as a SQLite database.

    JSON has the shape of the dataset file and is itself a valid --data file. SQLite
    holds a table per entity, with foreign keys and full-text search, and the secondary
    sources beside the seed's facts. A file is written whole or not at all; an existing
    file is kept unless --force is given.

    \b
    Examples:
      minefacts export > minefacts.json
      minefacts export --output minefacts.json
      minefacts export --format sqlite --output minefacts.db
    """
    from minefacts.render import output, shapes

    facts = catalog(context)
    if fmt is ExportFormat.SQLITE:
        if path is None:
            raise typer.BadParameter("a SQLite database needs --output FILE", param_hint="--format")
        from minefacts.render.sqlite import write_database

        output.write_atomically(
            path,
            lambda temporary: write_database(facts.dataset, facts.corroboration, temporary),
            force=force,
        )
        output.note(f"wrote {path}")
        return
    text = output.to_json(shapes.dataset(facts.dataset))
    if path is None:
        output.write_json(text)
    else:
        output.write_file(path, text, force=force)
        output.note(f"wrote {path}")


@command()
def schema(
    corroboration: Annotated[
        bool,
        typer.Option("--corroboration", help="The schema of the secondary sources' file instead."),
    ] = False,
) -> None:
    """The JSON Schema of a dataset file, generated from the models.

    \b
    Examples:
      minefacts schema > minefacts.schema.json
      minefacts schema --corroboration
    """
    from minefacts.catalog.schema import corroboration_schema_text, dataset_schema_text
    from minefacts.render import output

    output.write_json(corroboration_schema_text() if corroboration else dataset_schema_text())


@command()
def validate(
    path: Annotated[
        Path, typer.Argument(parser=parse_path, metavar="FILE", help="The dataset file.")
    ],
) -> None:
    """Check a dataset file against the models and the dataset rules.

    Reports every problem, one per line, with the record id and the field path, and
    exits 1 if there is any.

    \b
    Examples:
      minefacts validate facts.json
    """
    from minefacts import catalog as catalogs
    from minefacts.errors import DatasetError
    from minefacts.render import output

    try:
        facts = catalogs.load(path)
    except DatasetError as error:
        if not error.problems:
            raise
        for problem in error.problems:
            output.write_text(f"{path}: {problem}\n")
        count = len(error.problems)
        output.error(f"{path}: {count} problem{'s' if count > 1 else ''}")
        raise typer.Exit(1) from None
    data = facts.dataset
    counts = (
        (len(data.events), "event"),
        (len(data.roles), "role"),
        (len(data.pledges), "pledge"),
        (len(data.documents), "document"),
    )
    found = ", ".join(f"{n} {noun}{'' if n == 1 else 's'}" for n, noun in counts)
    output.write_text(f"{path}: valid: {found}\n")
