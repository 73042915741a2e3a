"""Commands about whole files: export, schema and validate."""

from pathlib import Path
from typing import Annotated

import typer

from minefacts.cli.commands import catalog, registrar
from minefacts.cli.options import Output, format_option, parse_path
from minefacts.render.formats import ExportFormat

commands = typer.Typer()
command = registrar(commands)


@command()
def export(
    context: typer.Context,
    path: Output = None,
    fmt: Annotated[
        ExportFormat,
        format_option(
            ExportFormat,
            "json: a dataset file, for --data; sqlite and datapackage need --output.",
        ),
    ] = ExportFormat.JSON,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
) -> None:
    """The whole dataset: as JSON, a SQLite database, or a Data Package.

    JSON has the shape of the dataset file, the secondary record included, and is itself
    a valid --data file. SQLite holds a table per kind of record, with foreign keys and
    full-text search, and a metadata.json for datasette beside it. A Data Package is a
    folder of CSV files and a datapackage.json. Every export carries the attribution the
    Ministry's terms ask for. A file is written whole or not at all; an existing file is
    kept unless --force is given.

    \b
    Examples:
      minefacts export > minefacts.json
      minefacts export --output minefacts.json
      minefacts export --format sqlite --output minefacts.db
      minefacts export --format datapackage --output minefacts-data
    """
    from minefacts.render import export as exports
    from minefacts.render import output

    if fmt is not ExportFormat.JSON and path is None:
        raise typer.BadParameter(f"{fmt.value} needs --output", param_hint="--format")
    facts = catalog(context)
    written = exports.write(fmt, path, facts.dataset, facts.secondary, force=force)
    if written:
        output.note(f"wrote {' and '.join(str(each) for each in written)}")


@command()
def schema(
    secondary: Annotated[
        bool,
        typer.Option(
            "--secondary",
            "--corroboration",
            help="The schema of the secondary record's file (data/secondary.json) instead.",
        ),
    ] = False,
) -> None:
    """The JSON Schema of a dataset file, generated from the models.

    \b
    Examples:
      minefacts schema > minefacts.schema.json
      minefacts schema --secondary
    """
    from minefacts.catalog.schema import dataset_schema_text, secondary_schema_text
    from minefacts.render import output

    output.write_json(secondary_schema_text() if secondary else dataset_schema_text())


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
    from minefacts.catalog import loading as catalogs
    from minefacts.errors import DatasetError
    from minefacts.render import output
    from minefacts.render.words import messages

    try:
        facts = catalogs.load(path)
    except DatasetError as error:
        if not error.problems:
            raise
        for problem in error.problems:
            output.write_text(f"{path}: {problem}\n")
        output.error(messages.problems(path, len(error.problems)))
        raise typer.Exit(1) from None
    data = facts.dataset
    counts = (
        (len(data.events), "event"),
        (len(data.roles), "role"),
        (len(data.pledges), "pledge"),
        (len(data.documents), "document"),
    )
    output.write_text(messages.valid(path, counts) + "\n")
