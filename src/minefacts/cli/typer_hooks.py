"""The one place minefacts relies on a private part of Typer, and why.

Typer 0.29 converts every option value through a pydantic ``TypeAdapter``, built when the
option is first processed, even when it was left out and even during shell completion.
That loads pydantic (about 50 ms) on paths that never need it. Every minefacts option has
an explicit ``parser``, so `parse_with_own_parsers` gives each such option, and each flag,
a plain coercion that calls the parser directly.

It does so through Typer's private ``_TyperParameter._runtime_param`` slot and the
``RuntimeParam.coerce(value, param, ctx)`` contract. ``pyproject.toml`` pins Typer to the
releases this is tested with, and ``tests/cli/test_typer_hooks.py`` fails by name if a
release changes either. Should the hook vanish, options still work, through Typer's own
(slower) path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import typer

RUNTIME_PARAM = "_runtime_param"
"""Typer's private attribute holding a parameter's coercion, built lazily when None."""


class ParserCoercion:
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


def parse_with_own_parsers(params: Iterable[Any]) -> None:
    """Give each option with a parser, and each flag (Typer's own included), a plain
    coercion."""
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        parser = getattr(getattr(descriptor, "parameter_info", None), "parser", None)
        if parser is None and getattr(descriptor, "annotation", None) is bool:
            parser = _flag
        if parser is not None and getattr(param, RUNTIME_PARAM, ...) is None:
            setattr(param, RUNTIME_PARAM, ParserCoercion(parser))
