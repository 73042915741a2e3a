"""The whole dataset as one JSON file, in the shape of a dataset file (a valid --data
file): its notice (attribution, licences, version), its records, and the secondary record.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Any

from minefacts.model.dates import PartialDate
from minefacts.model.records import Dataset
from minefacts.model.secondary import SecondaryRecord

_SCALARS = frozenset({str, int, float, bool, type(None)})


def plain(value: Any, *, omit_defaults: bool = False) -> Any:
    """A record as plain data: dataclasses become dicts in field order, dates their
    ISO / EDTF strings. With `omit_defaults`, fields left at their default are dropped, as
    a hand-written dataset file would leave them out.
    """
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        return [plain(item, omit_defaults=omit_defaults) for item in value]
    if kind is PartialDate:
        return str(value)
    if issubclass(kind, enum.Enum):
        return value.value
    result = {}
    for name, default in _fields(kind):
        item = getattr(value, name)
        if not (omit_defaults and item == default):
            result[name] = plain(item, omit_defaults=omit_defaults)
    return result


_FIELDS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """Each field's name and default (MISSING when it has none), in declaration order."""
    if cls not in _FIELDS:
        _FIELDS[cls] = tuple((field.name, field.default) for field in dataclasses.fields(cls))
    return _FIELDS[cls]


def dataset_file(
    dataset: Dataset,
    secondary: SecondaryRecord | None = None,
    *,
    schema: str | None = "./minefacts.schema.json",
) -> dict[str, Any]:
    """The whole dataset, in the same shape as a dataset file: with its notice
    (attribution, licences, version) and, where given, the secondary record."""
    from minefacts.render.export.about import notice

    head: dict[str, Any] = {"$schema": schema} if schema is not None else {}
    head["notice"] = notice(dataset)
    body = plain(dataset, omit_defaults=True)
    if secondary is not None:
        body["secondary"] = plain(secondary, omit_defaults=True)
    return {**head, **body}
