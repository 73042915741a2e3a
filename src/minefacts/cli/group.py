"""The top-level command group: subcommands built only when they run, options parsed by
their own parsers, and every run ending through `minefacts.cli.exits`."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

import typer
from typer.core import TyperCommand, TyperGroup

from minefacts.cli import exits, help
from minefacts.cli.typer_hooks import complete_as_given, parse_with_own_parsers
from minefacts.render.output import paged, prepare_streams


class MinefactsCommand(TyperCommand):
    """A subcommand whose options are parsed by their own parsers, and whose help names
    its arguments as man pages do: ``ID``, ``[TEXT]``, ``ID...``, never a Python type."""

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        parse_with_own_parsers(params)
        complete_as_given(params)
        return params

    def get_help(self, ctx: Any) -> str:
        return help.get_help(self, ctx)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """``[OPTIONS]``, then each argument by its metavar, optional ones in brackets."""
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = _argument_name(param)
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        """The Arguments section by metavar and help alone, then Typer's Options."""
        rows = [
            (_argument_name(param), param.help or "")
            for param in self.get_params(ctx)
            if param.param_type_name == "argument" and not param.hidden
        ]
        if rows:
            with formatter.section("Arguments"):
                formatter.write_dl(rows)
        options = [
            record
            for param in self.get_params(ctx)
            if param.param_type_name == "option" and (record := param.get_help_record(ctx))
        ]
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)


def _argument_name(param: Any) -> str:
    """An argument as help shows it: its metavar (or its name in capitals), with ``...``
    when it takes several values and the metavar does not say so."""
    name = str(param.metavar or param.name.upper())
    if param.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name


class Entry:
    """A subcommand as the top level knows it before it is built: the module that defines
    it (on a Typer app named ``commands``), its one-line help, and other names for it.
    (A plain class: this runs on every start-up, where a NamedTuple costs more.)"""

    __slots__ = ("aliases", "module", "summary")

    def __init__(self, module: str, summary: str, aliases: tuple[str, ...] = ()) -> None:
        self.module, self.summary, self.aliases = module, summary, aliases


class LazyCommands:
    """The subcommands, each built by Typer only when it is first needed.

    Typer builds every command of an app at every start-up, which costs time in proportion
    to their number. Here ``minefacts timeline`` builds only `timeline`, and a completion
    request only the command being completed.
    """

    def __init__(self, entries: dict[str, Entry], settings: dict[str, Any]) -> None:
        self.entries = entries
        self.aliases = {alias: name for name, e in entries.items() for alias in e.aliases}
        self.settings = settings
        self.built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        name = self.aliases.get(name, name)
        if name not in self.built:
            self.built[name] = self._build(name)
        return self.built[name]

    def _build(self, name: str) -> Any:
        import importlib

        from typer.main import get_command_from_info, get_command_name

        module = importlib.import_module(self.entries[name].module)
        for info in module.commands.registered_commands:
            if (info.name or get_command_name(info.callback.__name__)) == name:
                return get_command_from_info(info, **self.settings)
        raise KeyError(name)

    def get(self, name: str, default: Any = None) -> Any:
        try:
            return self[name]
        except KeyError:
            return default

    def __contains__(self, name: object) -> bool:
        return name in self.entries or name in self.aliases

    def keys(self) -> list[str]:
        return list(self.entries)

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


GLOBAL_FLAGS = frozenset({"--primary-only", "--no-pager"})
"""Top-level flags that may also be given after the command."""
GLOBAL_VALUES = frozenset({"--data"})
"""Top-level options with a value that may also be given after the command."""


def hoist_global_options(args: list[str]) -> list[str]:
    """`args` with the global options given after the command moved before it, where
    Click looks for them: ``timeline --data f.json`` is ``--data f.json timeline``.
    Nothing after ``--`` moves."""
    position = 0
    while position < len(args) and args[position].startswith("-"):
        position += 2 if args[position] in GLOBAL_VALUES else 1
    if position >= len(args):
        return args
    before, command, after = args[:position], args[position], args[position + 1 :]
    moved, kept, index = [], [], 0
    while index < len(after):
        token = after[index]
        if token == "--":
            kept += after[index:]
            break
        if token in GLOBAL_FLAGS or any(token.startswith(f"{name}=") for name in GLOBAL_VALUES):
            moved.append(token)
        elif token in GLOBAL_VALUES:
            if index + 1 == len(after):
                raise typer.BadParameter("needs a value, e.g. --data FILE", param_hint=token)
            moved += after[index : index + 2]
            index += 1
        else:
            kept.append(token)
        index += 1
    return [*before, *moved, command, *kept]


class MinefactsGroup(TyperGroup):
    """The top-level command. Subclasses name their subcommands in `entries`."""

    entries: ClassVar[dict[str, Entry]] = {}

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        settings = {"pretty_exceptions_short": True, "rich_markup_mode": self.rich_markup_mode}
        self.commands = LazyCommands(self.entries, settings)  # type: ignore[assignment]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        return self.commands.get(cmd_name)

    def list_commands(self, ctx: Any) -> list[str]:
        """The subcommands' names, without building them (Typer's own would)."""
        return list(self.entries)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The command list of the top-level help, without building any command."""
        rows = [(name, entry.summary) for name, entry in self.entries.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        parse_with_own_parsers(params)
        return params

    def get_help(self, ctx: Any) -> str:
        return help.get_help(self, ctx)

    def invoke(self, ctx: Any) -> Any:
        """Run the subcommand, its output paged on a terminal unless ``--no-pager``
        (`minefacts.render.output.paged`); a closed pipe ends the run here, before Click's
        own handling (which would exit 1) can see it."""
        try:
            with paged(not ctx.params.get("no_pager", False)):
                return super().invoke(ctx)
        except BrokenPipeError:
            exits.broken_pipe()

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; every way it can end goes through `exits.outcome`."""
        prepare_streams()
        given = list(sys.argv[1:] if args is None else args)
        code = exits.outcome(
            lambda: super(MinefactsGroup, self).main(
                hoist_global_options(given),
                prog_name or "minefacts",
                complete_var,
                standalone_mode=False,
                **extra,
            )
        )
        if standalone_mode:
            sys.exit(code)
        return code
