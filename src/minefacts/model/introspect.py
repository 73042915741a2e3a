"""What each field of a record class is, read from its type hints: its name, its bare type,
its description, whether it may be null or is a list, and the values a closed set allows.

The exports and the output formats are generated from this, so a field added to a record
reaches every one of them without a second edit. It is read only when a format is
written, never at start-up.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from minefacts.model.constraints import Describe


@dataclass(frozen=True)
class FieldInfo:
    """One field of a record class."""

    name: str
    hint: Any
    """The bare type: ``Annotated`` and ``| None`` taken off, and for a list its item's."""
    description: str
    nullable: bool
    """True when the field may be null."""
    many: bool
    """True for a list (a ``tuple[X, ...]``)."""
    choices: tuple[str, ...] | None
    """The values a closed set allows (a ``Literal`` or an enum); None for an open one."""

    @property
    def record(self) -> bool:
        """True when the field holds records (a nested dataclass)."""
        return isinstance(self.hint, type) and dataclasses.is_dataclass(self.hint)


def _strip(hint: Any) -> tuple[Any, str, bool]:
    """A hint without ``Annotated`` and ``| None``: the bare type, its description, and
    whether None was allowed."""
    description, nullable = "", False
    while True:
        origin = typing.get_origin(hint)
        if origin is typing.Annotated:
            hint, *extras = typing.get_args(hint)
            description = description or next(
                (extra.text for extra in extras if isinstance(extra, Describe)), ""
            )
        elif origin is types.UnionType or origin is typing.Union:
            args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
            nullable = nullable or len(args) < len(typing.get_args(hint))
            hint = args[0] if len(args) == 1 else typing.Union[tuple(args)]  # noqa: UP007
            if len(args) > 1:
                return hint, description, nullable
        else:
            return hint, description, nullable


def choices_of(hint: Any) -> tuple[str, ...] | None:
    """The values a ``Literal`` or an enum allows, as text; None for any other type."""
    if typing.get_origin(hint) is Literal:
        return tuple(str(value) for value in typing.get_args(hint))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return tuple(str(member.value) for member in hint)
    return None


@cache
def hints(cls: type) -> dict[str, Any]:
    """A record class's type hints, ``Annotated`` kept, read once per class: loading a
    dataset and writing it out both need them."""
    return typing.get_type_hints(cls, include_extras=True)


@cache
def fields(cls: type) -> tuple[FieldInfo, ...]:
    """Each field of a record class, in the order it declares them."""
    hints_of = hints(cls)
    found = []
    for field in dataclasses.fields(cls):
        bare, description, nullable = _strip(hints_of[field.name])
        many = typing.get_origin(bare) is tuple
        if many:
            bare, inner_description, _ = _strip(typing.get_args(bare)[0])
            description = description or inner_description
        found.append(FieldInfo(field.name, bare, description, nullable, many, choices_of(bare)))
    return tuple(found)
