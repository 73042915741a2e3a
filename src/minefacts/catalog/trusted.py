"""Build records from JSON that pydantic has already validated, without pydantic.

The bundled data files are validated when they are built (`scripts/sync_docs.py` checks
them and records their digests). At run time, `catalog` rebuilds the records here, by the
type hints of the dataclasses, only when a file still has its digest; any other file goes
through pydantic. A test checks that both ways give equal records.

Each class gets one converter, made from its type hints the first time it is built.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from minefacts.model import introspect
from minefacts.model.dates import PartialDate, parse

T = TypeVar("T")

Converter = Callable[[Any], Any]

_BUILDERS: dict[type, Callable[[dict[str, Any]], Any]] = {}


def _same(value: Any) -> Any:
    return value  # str, int, bool and Literal values are stored as they are


def _converter(hint: Any) -> Converter:
    """A function that turns validated JSON into a value of type `hint`."""
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        return _converter(typing.get_args(hint)[0])
    if origin is tuple:
        return _tuple_converter(hint)
    if origin is types.UnionType or origin is typing.Union:
        return _optional_converter(hint)
    return _leaf_converter(hint)


def _leaf_converter(hint: Any) -> Converter:
    """A date, a record, an enum member, or a JSON value stored as it is."""
    if hint is PartialDate:
        return parse
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _builder(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint
    return _same


def _tuple_converter(hint: Any) -> Converter:
    """``tuple[X, ...]``: each element converted as an X."""
    item = _converter(typing.get_args(hint)[0])
    if item is _same:
        return tuple
    return lambda value: tuple(item(element) for element in value)


def _optional_converter(hint: Any) -> Converter:
    """``X | None``: None kept, anything else converted as an X."""
    [inner] = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    convert = _converter(inner)
    if convert is _same:
        return _same
    return lambda value: None if value is None else convert(value)


def _builder(cls: type) -> Callable[[dict[str, Any]], Any]:
    """The converter of one dataclass, made once."""
    if cls not in _BUILDERS:
        hints = introspect.hints(cls)
        converters = {
            field.name: _converter(hints[field.name]) for field in dataclasses.fields(cls)
        }

        def build(data: dict[str, Any]) -> Any:
            return cls(**{name: converters[name](value) for name, value in data.items()})

        _BUILDERS[cls] = build
    return _BUILDERS[cls]


def build(cls: type[T], data: dict[str, Any]) -> T:
    """An instance of the dataclass `cls` from already-validated JSON data."""
    built: T = _builder(cls)(data)
    return built
