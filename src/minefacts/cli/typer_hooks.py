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

Typer also wraps each ``autocompletion`` callback, in a parameter's private
``_custom_shell_complete`` slot, in a filter that keeps only the values starting with what
was typed, in its case. minefacts' completions choose by what was typed themselves,
without regard to case or accents, as the filters match (``--place gen`` completes
``Geneva``), so `complete_as_given` puts in its place a completion that keeps every value
they give. Should the slot vanish, completion still works, through Typer's filter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import typer

RUNTIME_PARAM = "_runtime_param"
"""Typer's private attribute holding a parameter's coercion, built lazily when None."""
SHELL_COMPLETE = "_custom_shell_complete"
"""The private attribute of a parameter (of the Click that Typer vendors) holding its
completion, where Typer puts its filtering wrapper of the ``autocompletion`` callback."""


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


class GivenCompletion:
    """A parameter's completion: the values its ``autocompletion`` callback gives for the
    text typed, every one of them (minefacts' callbacks take that text alone)."""

    __slots__ = ("callback",)

    def __init__(self, callback: Callable[[str], Iterable[str]]) -> None:
        self.callback = callback

    def __call__(self, ctx: Any, param: Any, incomplete: str) -> list[str]:
        return [str(value) for value in self.callback(incomplete)]


def complete_as_given(params: Iterable[Any]) -> None:
    """Give each parameter with an ``autocompletion`` callback a completion that keeps
    every value the callback gives, in place of Typer's case-sensitive prefix filter."""
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        callback = getattr(getattr(descriptor, "parameter_info", None), "autocompletion", None)
        if callback is not None and getattr(param, SHELL_COMPLETE, None) is not None:
            setattr(param, SHELL_COMPLETE, GivenCompletion(callback))
