"""How the Typer commands parse their options and how every run ends.

Ending a run: `MinefactsGroup` wraps Typer's top-level command so that usage errors,
dataset errors and interruptions all leave the same way, whether the CLI runs as the
console script or in `typer.testing.CliRunner`:

- 0: success, including a query that matched nothing (said on stderr);
- 1: a dataset or output file problem, or an unexpected failure;
- 2: a usage error (bad option, bad value, unknown command);
- 130: interrupted with Ctrl-C;
- 141: stdout was closed early (see `minefacts.entry`).

Parsing options: Typer 0.29 converts every option value through a pydantic TypeAdapter,
built when the option is first processed, even when it was left out and even during shell
completion. That loads pydantic on paths that never need it. Every minefacts option has an
explicit ``parser``, so `MinefactsCommand` and `MinefactsGroup` give each such option a
plain coercion that calls the parser directly, and each flag one that keeps its bool.
Should a Typer release drop the hook this relies on, options still work, through Typer's
own (slower) path; ``tests/test_startup.py`` would then fail and say so.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

from minefacts.entry import INTERRUPTED, broken_pipe
from minefacts.errors import MinefactsError
from minefacts.render.output import error, note, prepare_streams


class _ParserCoercion:
    """Typer's per-option coercion, done by the option's own parser."""

    __slots__ = ("parser",)

    def __init__(self, parser: Callable[[Any], Any]) -> None:
        self.parser = parser

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        multiple = param.multiple or param.nargs == -1
        if value is None:
            return () if multiple else None
        try:
            if multiple:
                return tuple(self.parser(item) for item in value)
            return self.parser(value)
        except (typer.BadParameter, ValueError) as problem:
            message = getattr(problem, "message", None) or str(problem)
            raise typer.BadParameter(message, ctx=ctx, param=param) from None


def _flag(value: Any) -> bool:
    """A flag's value: Click has already made it a bool."""
    return bool(value)


def _parse_with_own_parsers(params: Iterable[Any]) -> None:
    """Give each option with a parser, and each flag (Typer's own included), a plain
    coercion.
    """
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        parser = getattr(getattr(descriptor, "parameter_info", None), "parser", None)
        if parser is None and getattr(descriptor, "annotation", None) is bool:
            parser = _flag
        if parser is not None and getattr(param, "_runtime_param", ...) is None:
            param._runtime_param = _ParserCoercion(parser)


class MinefactsCommand(TyperCommand):
    """A subcommand whose options are parsed by their own parsers."""

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        _parse_with_own_parsers(params)
        return params


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _usage_message(problem: typer.TyperException) -> str:
    """Typer's message, plus where to find help when the error concerns a command."""
    message = _one_line(problem.format_message())
    context = getattr(problem, "ctx", None)
    if context is not None:
        message += f" (see '{context.command_path} --help')"
    return message


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


class MinefactsGroup(TyperGroup):
    """The top-level command, with minefacts's own way of parsing and of ending a run.
    Subclasses name their subcommands in `entries`."""

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

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:  # the reader of stdout has gone: stop, quietly
            broken_pipe()

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        _parse_with_own_parsers(params)
        return params

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        prepare_streams()
        try:
            result = super().main(
                args, prog_name or "minefacts", complete_var, standalone_mode=False, **extra
            )
        except typer.TyperException as problem:
            _exit(_usage_message(problem), getattr(problem, "exit_code", 2))
        except MinefactsError as problem:
            _exit(str(problem), problem.exit_code)
        except typer.Abort:
            _exit("aborted", 1)
        except KeyboardInterrupt:
            note("interrupted")
            sys.exit(INTERRUPTED)
        except Exception as problem:
            if os.environ.get("MINEFACTS_DEBUG"):
                raise
            _exit(
                f"unexpected {type(problem).__name__}: {problem} "
                "(this is a bug; run with MINEFACTS_DEBUG=1 for a traceback)",
                1,
            )
        code = result if isinstance(result, int) else 0
        if code == INTERRUPTED:  # Typer turns Ctrl-C into this exit code
            note("interrupted")
        if standalone_mode:
            sys.exit(code)
        return code


def _exit(message: str, code: int) -> NoReturn:
    error(message)
    sys.exit(code)
