"""The private part of Typer that minefacts relies on is still there, and still used.

Each test names what a Typer release would have changed, so a failure says what to mend
in `minefacts.cli.typer_hooks`.
"""

from __future__ import annotations

import inspect

import pytest
from typer.testing import CliRunner

from minefacts.cli.typer_hooks import (
    RUNTIME_PARAM,
    SHELL_COMPLETE,
    GivenCompletion,
    ParserCoercion,
)
from minefacts.errors import ExitStatus


def test_typer_parameters_still_keep_their_coercion_in_runtime_param() -> None:
    """Typer's parameter class still declares the private slot the hook fills."""
    from typer.core import _TyperParameter

    assert RUNTIME_PARAM in _TyperParameter.__annotations__


def test_typer_still_builds_its_coercion_lazily_from_that_slot() -> None:
    """Typer still reads the slot, and builds its own coercion only when it is None."""
    from typer.core import _TyperParameter

    source = inspect.getsource(_TyperParameter.get_runtime_param)
    assert f"self.{RUNTIME_PARAM} is None" in source


def test_typer_still_calls_coerce_with_value_param_and_ctx() -> None:
    """Typer still coerces a value by calling ``coerce(value, param=..., ctx=...)``."""
    from typer._coercion import RuntimeParam

    expected = ["self", "value", "param", "ctx"]
    assert list(inspect.signature(RuntimeParam.coerce).parameters) == expected
    assert list(inspect.signature(ParserCoercion.coerce).parameters) == expected


@pytest.mark.parametrize("command", ["timeline", "role", "show", "export"])
def test_every_option_of_a_built_command_uses_its_own_parser(command: str) -> None:
    """Once a command is built, each of its options with a parser, and each flag, carries
    a `ParserCoercion`, so Typer never builds a pydantic adapter for it."""
    import typer

    from minefacts.cli.app import Group, app

    group = typer.main.get_command(app)
    assert isinstance(group, Group)
    context = group.make_context("minefacts", [command, "--help"], resilient_parsing=True)
    built = group.get_command(context, command)
    params = built.get_params(context)
    options = [p for p in params if getattr(p, "type_descriptor", None) is not None]
    assert options
    for param in options:
        assert isinstance(getattr(param, RUNTIME_PARAM), ParserCoercion), param.name
    assert CliRunner().invoke(app, [command, "--help"]).exit_code == ExitStatus.SUCCESS


def test_typer_still_filters_completions_in_a_private_slot() -> None:
    """Typer still puts its case-sensitive filter of an ``autocompletion`` callback in a
    parameter's ``_custom_shell_complete``, and still calls it from there."""
    from typer.core import _typer_param_setup_autocompletion_compat, _TyperParameter

    assert f"self.{SHELL_COMPLETE} = " in inspect.getsource(
        _typer_param_setup_autocompletion_compat
    )
    assert f"self.{SHELL_COMPLETE}(ctx, self, incomplete)" in inspect.getsource(
        _TyperParameter.shell_complete
    )


@pytest.mark.parametrize(("command", "name"), [("timeline", "place"), ("show", "item_id")])
def test_completions_keep_every_value_their_callback_gives(command: str, name: str) -> None:
    """Once a command is built, a parameter with an autocompletion callback completes with
    everything the callback gives: ``gen`` completes ``Geneva``."""
    import typer

    from minefacts.cli.app import Group, app

    group = typer.main.get_command(app)
    assert isinstance(group, Group)
    context = group.make_context("minefacts", [command, "--help"], resilient_parsing=True)
    built = group.get_command(context, command)
    [param] = [p for p in built.get_params(context) if p.name == name]
    assert isinstance(getattr(param, SHELL_COMPLETE), GivenCompletion)
    typed = "gen" if name == "place" else "Tokyo-Seminar-L"
    values = [item.value for item in param.shell_complete(context, typed)]
    assert values == (["Geneva"] if name == "place" else ["tokyo-seminar-lm-2004"])
