"""Commands about whole files: export, schema and validate."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from minefacts.cli.commands import catalog, registrar
from minefacts.cli.options import Output, format_option, parse_path

commands = typer.Typer()
command = registrar(commands)


class ExportFormat(StrEnum):
    """``json``: a dataset file; ``sqlite``: a database for datasette or SQL;
    ``datapackage``: a Frictionless Data Package, a folder of CSV files."""

    JSON = "json"
    SQLITE = "sqlite"
    DATAPACKAGE = "datapackage"


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
    from minefacts.render import output, shapes

    facts = catalog(context)
    dataset, secondary = facts.dataset, facts.secondary
    if fmt is not ExportFormat.JSON and path is None:
        raise typer.BadParameter(f"{fmt.value} needs --output", param_hint="--format")
    if fmt is ExportFormat.SQLITE and path is not None:
        from minefacts.render import publication, sqlite

        metadata = path.parent / "metadata.json"
        about = sqlite.write_metadata(path, publication.datasette(dataset))
        output.write_together(
            [
                (path, lambda temporary: sqlite.write_database(dataset, secondary, temporary)),
                (metadata, output.text_filler(about)),
            ],
            force=force,
        )
        output.note(f"wrote {path} and {metadata}")
        return
    if fmt is ExportFormat.DATAPACKAGE and path is not None:
        from minefacts.render import datapackage, publication

        about_package = publication.package(dataset, secondary)
        output.write_folder_atomically(
            path,
            lambda folder: datapackage.write(folder, dataset, secondary, about_package),
            force=force,
        )
        output.note(f"wrote {path}")
        return
    text = output.to_json(shapes.dataset(dataset, secondary))
    if path is None:
        output.write_json(text)
    else:
        output.write_file(path, text, force=force)
        output.note(f"wrote {path}")


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
