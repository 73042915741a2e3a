"""The subcommands, a module per family. Each module registers its commands on a Typer app
named ``commands``; `minefacts.app` lists them, and each is built only when it runs."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from minefacts.command_group import MinefactsCommand

if TYPE_CHECKING:
    from minefacts.models import Dataset

F = TypeVar("F", bound=Callable[..., Any])


def registrar(commands: typer.Typer) -> Callable[..., Callable[[F], F]]:
    """A decorator that registers a subcommand whose options use their own parsers."""

    def command(name: str | None = None, **settings: Any) -> Callable[[F], F]:
        return commands.command(name, cls=MinefactsCommand, **settings)

    return command


def dataset(context: typer.Context) -> "Dataset":
    """The dataset named by --data or MINEFACTS_DATA, else the bundled one."""
    from minefacts import catalog

    return catalog.load(context.find_root().obj).dataset
