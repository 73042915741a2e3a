"""The JSON shapes minefacts prints. They are a documented contract: change them with care.

Each record is the model's own fields, plus the bounds and label of its date, so programs
never have to parse a partial date themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from minefacts.dates import PartialDate
from minefacts.models import Dataset, Event, Role
from minefacts.query import AidProgress

JSON = dict[str, Any]


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
    fields = event.model_dump(mode="json")
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
            **role.model_dump(mode="json"),
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
            **item.pledge.model_dump(mode="json"),
            **_date_fields("period", item.pledge.period),
            "period_label": item.pledge.period.label(),
            "percent": item.percent,
            "reached": str(item.achieved.date) if item.achieved else None,
            "reached_qualifier": item.achieved.date_qualifier if item.achieved else None,
            "reached_label": item.achieved.date_label() if item.achieved else None,
        }
        for item in progress
    ]


def dataset(dataset: Dataset) -> JSON:
    """The whole dataset, in the same shape as a dataset file."""
    return dataset.model_dump(mode="json", by_alias=True, exclude_defaults=True)
