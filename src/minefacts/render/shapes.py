"""The JSON shapes minefacts prints. They are a documented contract: change them with care.

Each record is the model's own fields, plus the bounds and label of its date, so programs
never have to parse a partial date themselves. Records may hold model objects, which
`output.to_json` writes field by field.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from minefacts.model.dates import PartialDate
from minefacts.model.records import Dataset, Event, Role

if TYPE_CHECKING:
    from minefacts.query.aid import AidProgress
    from minefacts.query.facts import FactView
    from minefacts.query.moments import DayState, YearOverview
    from minefacts.query.search import Hit
    from minefacts.query.sources import SourceSummary

JSON = dict[str, Any]


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


def _shallow(record: Any) -> JSON:
    """A record's fields as a dict, values as they are. `output.to_json` writes nested
    records and dates itself, much faster than `plain` can walk them.
    """
    return {name: getattr(record, name) for name, _ in _fields(type(record))}


_FIELDS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """Each field's name and default (MISSING when it has none), in declaration order."""
    if cls not in _FIELDS:
        _FIELDS[cls] = tuple((field.name, field.default) for field in dataclasses.fields(cls))
    return _FIELDS[cls]


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
    fields = _shallow(event)
    return {
        "id": fields.pop("id"),
        "date": str(fields.pop("date")),
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
            **_shallow(role),
            "period": str(role.period),
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
            **_shallow(item.pledge),
            "period": str(item.pledge.period),
            **_date_fields("period", item.pledge.period),
            "period_label": item.pledge.period.label(),
            "percent": item.percent,
            "reached": str(item.achieved.date) if item.achieved else None,
            "reached_qualifier": item.achieved.date_qualifier if item.achieved else None,
            "reached_label": item.achieved.date_label() if item.achieved else None,
            "provided": [
                {
                    "claim": provided.claim.id,
                    "source": provided.source,
                    "amount": provided.amount,
                    "percent": provided.percent,
                    "states": provided.claim.states,
                    "disagrees_with": provided.claim.disagrees_with,
                    "note": provided.claim.note,
                }
                for provided in item.provided
            ],
        }
        for item in progress
    ]


def search(hits: Sequence[Hit]) -> list[JSON]:
    """Each hit: the event, plus ``score``, ``matched`` (search words) and ``found_in``."""
    return [
        {**event(hit.event), "score": hit.score, "matched": hit.matched, "found_in": hit.fields}
        for hit in hits
    ]


def sources(found: Sequence[SourceSummary]) -> list[JSON]:
    """Each source with ``primary`` and the ids of the facts it ``supports``."""
    return [_shallow(source) for source in found]


def dataset(dataset: Dataset, *, schema: str | None = "./minefacts.schema.json") -> JSON:
    """The whole dataset, in the same shape as a dataset file."""
    head = {"$schema": schema} if schema is not None else {}
    return {**head, **plain(dataset, omit_defaults=True)}


def fact(found: FactView) -> JSON:
    """One fact in full: ``type``, the ``record``, its ``passage`` in the source, its
    ``related`` facts, the ``corroboration`` other records give, and ``seed_only``; the
    last two are null under --primary-only."""
    from minefacts.model.secondary import Claim
    from minefacts.query.facts import kind_of, title_of

    record = found.record
    shaped: Any
    if isinstance(record, Event):
        shaped = event(record)
    elif isinstance(record, Role):
        shaped = roles([record])[0]
    else:
        shaped = _shallow(record)
    passage = found.passage
    hidden = found.primary_only
    return {
        "id": record.id,
        "type": kind_of(record),
        "record": shaped,
        "passage": None
        if passage is None
        else {"paragraph": passage.paragraph, "start": passage.start, "end": passage.end},
        "related": [{"id": other.id, "title": title_of(other)} for other in found.related],
        "corroboration": None
        if hidden
        else [{"claim": item.claim, "source": item.source} for item in found.corroboration],
        "seed_only": None if hidden or isinstance(record, Claim) else not found.corroboration,
    }


def year(overview: YearOverview) -> JSON:
    """One year: ``events``, ``roles``, the ``pledges`` at its end, ``before`` and ``after``."""
    return {
        "year": overview.year,
        "events": timeline(overview.events),
        "roles": roles(overview.roles),
        "pledges": [{"id": p.pledge.id, "state": p.state} for p in overview.pledges],
        "before": event(overview.before) if overview.before else None,
        "after": event(overview.after) if overview.after else None,
    }


def day(state: DayState) -> JSON:
    """One day: the ``roles`` held, the ``convention``'s status, and how the ``pledges``,
    stockpile ``destruction`` and ``deadlines`` stood."""
    in_force = state.in_force
    return {
        "date": state.day.isoformat(),
        "roles": roles(state.roles),
        "convention": state.convention,
        "in_force": None
        if in_force is None
        else {"date": in_force.claim.date, "claim": in_force.claim.id, "source": in_force.source},
        "pledges": [{"id": p.pledge.id, "state": p.state} for p in state.pledges],
        "destruction": state.destruction,
        "deadlines": state.deadlines,
    }
