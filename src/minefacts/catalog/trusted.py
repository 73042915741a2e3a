"""Build records from JSON that pydantic has already validated, without pydantic.

The bundled dataset is validated when it is built (`scripts/sync_docs.py` checks it and
records its digest). At run time, `catalog` rebuilds the records here, by the type hints
of the dataclasses, only when the file still has that digest; any other file goes through
pydantic. A test checks that both ways give equal datasets.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from typing import Any, TypeVar

from minefacts.model.dates import PartialDate, parse

T = TypeVar("T")


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _convert(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_convert(item, element) for element in value)
    if origin is types.UnionType or origin is typing.Union:
        [inner] = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return None if value is None else _convert(inner, value)
    return _leaf(hint, value)


def _leaf(hint: Any, value: Any) -> Any:
    if hint is PartialDate:
        return parse(value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return build(hint, value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    return value  # str, int, bool and Literal values are stored as they are


def build(cls: type[T], data: dict[str, Any]) -> T:
    """An instance of the dataclass `cls` from already-validated JSON data."""
    hints = _hints(cls)
    return cls(**{name: _convert(hints[name], value) for name, value in data.items()})
