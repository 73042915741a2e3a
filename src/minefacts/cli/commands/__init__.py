"""The subcommands, a module per family. Each module registers its commands on a Typer app
named ``commands``; `minefacts.cli.app` lists them, and each is built only when it runs."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from minefacts.cli.group import MinefactsCommand

if TYPE_CHECKING:
    from minefacts.catalog.loading import Catalog
    from minefacts.model.records import Dataset

F = TypeVar("F", bound=Callable[..., Any])


def registrar(commands: typer.Typer) -> Callable[..., Callable[[F], F]]:
    """A decorator that registers a subcommand whose options use their own parsers."""

    def command(name: str | None = None, **settings: Any) -> Callable[[F], F]:
        return commands.command(name, cls=MinefactsCommand, **settings)

    return command


class Settings:
    """The global options, as the top-level command leaves them for its subcommands."""

    __slots__ = ("data", "primary_only")

    def __init__(self, data: Path | None = None, primary_only: bool = False) -> None:
        self.data, self.primary_only = data, primary_only


def catalog(context: typer.Context) -> "Catalog":
    """The dataset named by --data or MINEFACTS_DATA, else the bundled one, with the
    secondary sources unless --primary-only."""
    from minefacts.catalog import loading as catalogs

    settings = context.find_root().obj or Settings()
    return catalogs.load(settings.data, primary_only=settings.primary_only)


def dataset(context: typer.Context) -> "Dataset":
    """The dataset alone (see `catalog`)."""
    return catalog(context).dataset
