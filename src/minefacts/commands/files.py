"""Commands that write files or whole datasets: export."""

from typing import Annotated

import typer

from minefacts.commands import dataset, registrar
from minefacts.options import Output

commands = typer.Typer()
command = registrar(commands)


@command()
def export(
    context: typer.Context,
    path: Output = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
) -> None:
    """The whole dataset as JSON.

    The output has the shape of the dataset file and is itself a valid --data file. A
    file is written whole or not at all; an existing file is kept unless --force is given.

    \b
    Examples:
      minefacts export > minefacts.json
      minefacts export --output minefacts.json
    """
    from minefacts.render import output, records

    text = output.to_json(records.dataset(dataset(context)))
    if path is None:
        output.write_json(text)
    else:
        output.write_file(path, text, force=force)
        output.note(f"wrote {path}")
