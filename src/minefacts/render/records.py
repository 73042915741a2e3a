"""The JSON shapes minefacts prints. They are a documented contract: change them with care.

Each record is the model's own fields, plus the bounds and label of its date, so programs
never have to parse a partial date themselves.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from typing import Any

from minefacts.dates import PartialDate
from minefacts.models import Dataset, Event, Role
from minefacts.query import AidProgress

JSON = dict[str, Any]


def plain(value: Any, *, omit_defaults: bool = False) -> Any:
    """A record as JSON-ready data: dataclasses become objects in field order, dates their
    ISO / EDTF strings. With `omit_defaults`, fields left at their default are dropped, as
    a hand-written dataset file would leave them out.
    """
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [plain(item, omit_defaults=omit_defaults) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result = {}
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if omit_defaults and item == field.default:
                continue
            result[field.name] = plain(item, omit_defaults=omit_defaults)
        return result
    return value


def _date_fields(prefix: str, date: PartialDate) -> JSON:
    return {
        f"{prefix}_precision": date.precision,
        f"{prefix}_start": date.lower.isoformat(),
        f"{prefix}_end": date.upper.isoformat(),
    }


def event(event: Event) -> JSON:
    """An event: its fields, plus ``date_precision``, ``date_start``, ``date_end`` and
    ``date_label``.
    """
    fields = plain(event)
    return {
        "id": fields.pop("id"),
        "date": fields.pop("date"),
        "date_qualifier": fields.pop("date_qualifier"),
        **_date_fields("date", event.date),
        "date_label": event.date_label(),
        **fields,
    }


def timeline(events: Sequence[Event]) -> list[JSON]:
    return [event(item) for item in events]


def roles(roles: Sequence[Role]) -> list[JSON]:
    """Each role: its fields, with ``period_precision``, ``period_start``, ``period_end``,
    ``period_label``.
    """
    return [
        {
            **plain(role),
            **_date_fields("period", role.period),
            "period_label": role.period.label(),
        }
        for role in roles
    ]


def aid(progress: Sequence[AidProgress]) -> list[JSON]:
    """Each pledge with ``percent`` achieved and the date it was reached: ``reached``,
    ``reached_qualifier`` and ``reached_label`` (null if never).
    """
    return [
        {
            **plain(item.pledge),
            **_date_fields("period", item.pledge.period),
            "period_label": item.pledge.period.label(),
            "percent": item.percent,
            "reached": str(item.achieved.date) if item.achieved else None,
            "reached_qualifier": item.achieved.date_qualifier if item.achieved else None,
            "reached_label": item.achieved.date_label() if item.achieved else None,
        }
        for item in progress
    ]


def dataset(dataset: Dataset, *, schema: str | None = "./minefacts.schema.json") -> JSON:
    """The whole dataset, in the same shape as a dataset file."""
    head = {"$schema": schema} if schema is not None else {}
    return {**head, **plain(dataset, omit_defaults=True)}
