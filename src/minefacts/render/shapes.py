"""The JSON shapes minefacts prints. They are a documented contract: change them with care.

One vocabulary across commands:

- every record carries ``id``, ``kind`` (event, role, pledge, figure, claim or source) and
  ``provenance`` (``primary`` for the source document's facts, ``secondary`` for the rest);
- every date comes with its ``_precision``, ``_start``, ``_end`` and ``_label``, so
  programs never parse a partial date themselves;
- every reference to a source has one shape, ``{"document", "section", "quote"}``, the
  quote null for a secondary record, which is paraphrased, never quoted;
- a party or partner is ``{"name", "capacity"}``;
- every derived answer carries its ``status`` and its ``basis``, the ids of the records
  that decide it.

Records may hold model objects, which `output.to_json` writes field by field.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from minefacts.model.dates import PartialDate
from minefacts.model.records import Dataset, Event, Pledge, Role
from minefacts.model.secondary import (
    Citation,
    Claim,
    Figure,
    SecondaryEvent,
    SecondaryRecord,
    SecondaryRole,
)
from minefacts.query.index import kind_of, provenance_of, title_of
from minefacts.query.spans import Certainty, Span

if TYPE_CHECKING:
    from minefacts.query.aid import AidProgress, Provided
    from minefacts.query.events import Entry
    from minefacts.query.facts import DocumentView, View
    from minefacts.query.figures import Row
    from minefacts.query.index import Record, Source
    from minefacts.query.moments import (
        ConventionState,
        DayState,
        DeadlineState,
        PledgeState,
        RoleOnDay,
        StockpileState,
        YearOverview,
    )
    from minefacts.query.roles import Listed
    from minefacts.query.search import Hit
    from minefacts.query.sources import SourceSummary
    from minefacts.query.terms import Term

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


def date_fields(prefix: str, date: PartialDate | None, label: str | None = None) -> JSON:
    """A date spelled out: as written, its precision, bounds and label (all null for
    none)."""
    if date is None:
        return {
            prefix: None,
            f"{prefix}_precision": None,
            f"{prefix}_start": None,
            f"{prefix}_end": None,
            f"{prefix}_label": None,
        }
    return {
        prefix: str(date),
        f"{prefix}_precision": date.precision,
        f"{prefix}_start": date.lower.isoformat(),
        f"{prefix}_end": date.upper.isoformat(),
        f"{prefix}_label": label if label is not None else date.label(),
    }


def source_ref(record: Record) -> JSON:
    """Where a record comes from, in the one shape every command uses."""
    source = record.source
    if isinstance(source, Citation):
        return {"document": source.document, "section": source.section, "quote": None}
    return {"document": source.document, "section": source.section, "quote": source.quote}


def _head(item: Record | Source) -> JSON:
    return {"id": item.id, "kind": kind_of(item), "provenance": provenance_of(item)}


def _parties(partners: Sequence[str]) -> list[JSON]:
    return [{"name": name, "capacity": None} for name in partners]


def event(event: Event | SecondaryEvent) -> JSON:
    """An event: its fields with its date spelled out, and its source reference."""
    fields = _shallow(event)
    fields.pop("id")
    fields.pop("date")
    qualifier = fields.pop("date_qualifier")
    fields.pop("source")
    return {
        **_head(event),
        **date_fields("date", event.date, event.date_label()),
        "date_qualifier": qualifier,
        **fields,
        "source": source_ref(event),
    }


def _bounds(span: Span) -> JSON:
    return {
        "start": [span.first_start.isoformat(), span.last_start.isoformat()],
        "end": [span.first_end.isoformat(), span.last_end.isoformat()],
    }


def term(found: Term) -> JSON:
    """A role's term: the days it may have begun and ended, what decides them, and what the
    source document alone says."""
    return {
        **_bounds(found.span),
        "basis": found.basis,
        "seed": None if found.seed_span is None else _bounds(found.seed_span),
        "conflict": found.conflict,
    }


def role(role: Role | SecondaryRole, found: Term | None = None) -> JSON:
    """A role: its fields with its period spelled out, partners as parties, its term."""
    fields = _shallow(role)
    for name in ("id", "period", "partners", "source"):
        fields.pop(name)
    return {
        **_head(role),
        **date_fields("period", role.period),
        **fields,
        "partners": _parties(role.partners),
        "term": None if found is None else term(found),
        "source": source_ref(role),
    }


def pledge(pledge: Pledge) -> JSON:
    fields = _shallow(pledge)
    for name in ("id", "period", "source"):
        fields.pop(name)
    return {
        **_head(pledge),
        **date_fields("period", pledge.period),
        **fields,
        "source": source_ref(pledge),
    }


def claim(claim: Claim) -> JSON:
    fields = _shallow(claim)
    for name in ("id", "date", "source"):
        fields.pop(name)
    return {
        **_head(claim),
        **date_fields("date", claim.date),
        **fields,
        "source": source_ref(claim),
    }


def figure(figure: Figure) -> JSON:
    fields = _shallow(figure)
    for name in ("id", "date", "source"):
        fields.pop(name)
    return {
        **_head(figure),
        **date_fields("date", figure.date),
        **fields,
        "source": source_ref(figure),
    }


def source(item: Source) -> JSON:
    """A source in full: the source document, or a secondary source."""
    fields = _shallow(item)
    fields.pop("id")
    date = fields.pop("date")
    return {**_head(item), **fields, **date_fields("date", date)}


def record(item: Record | Source) -> JSON:
    """Any record or source, in its own shape."""
    if isinstance(item, Event | SecondaryEvent):
        return event(item)
    if isinstance(item, Role | SecondaryRole):
        return role(item)
    if isinstance(item, Pledge):
        return pledge(item)
    if isinstance(item, Claim):
        return claim(item)
    if isinstance(item, Figure):
        return figure(item)
    return source(item)


def _certainty(value: Certainty) -> str:
    return value.value


def timeline(entries: Sequence[Entry]) -> list[JSON]:
    """Each event, with where the timeline places it and whether it surely falls within
    the dates asked about."""
    return [
        {
            **event(entry.event),
            "placed": None
            if entry.placed_by is None
            else {
                **date_fields("date", entry.placed),
                "means": entry.placed_by.date_means,
                "basis": [entry.placed_by.id],
            },
            "in_range": _certainty(entry.match),
        }
        for entry in entries
    ]


def roles(listed: Sequence[Listed]) -> list[JSON]:
    """Each role with its term, and whether it surely falls within the dates asked."""
    return [
        {**role(item.term.role, item.term), "in_range": _certainty(item.match)} for item in listed
    ]


def _provided(item: AidProgress, provided: Provided) -> JSON:
    return {
        "claim": provided.claim.id,
        "source": source_ref(provided.claim),
        "amount": provided.amount,
        "percent": provided.percent,
        "relation": provided.claim.relation,
        "disagrees_with": [other.claim.id for other in item.disagreeing(provided)],
        "states": provided.claim.states,
        "note": provided.claim.note,
    }


def aid(progress: Sequence[AidProgress]) -> list[JSON]:
    """Each pledge: its target, announcement, what was reached (a lower bound) and what
    other records say was provided."""
    result = []
    for item in progress:
        announced = item.announced
        achieved = item.pledge.achieved
        result.append(
            {
                **pledge(item.pledge),
                "announced": None
                if announced is None
                else {**date_fields("date", announced.date), "basis": [announced.id]},
                "achieved": None
                if achieved is None
                else {
                    "amount": achieved.amount,
                    "bound": item.bound,
                    "event": achieved.event,
                    **date_fields(
                        "reached",
                        item.achieved.date if item.achieved else None,
                        item.achieved.date_label() if item.achieved else None,
                    ),
                    "reached_qualifier": item.achieved.date_qualifier if item.achieved else None,
                },
                "percent": item.percent,
                "percent_bound": item.bound,
                "provided": [_provided(item, provided) for provided in item.provided],
            }
        )
    return result


def search(hits: Sequence[Hit]) -> list[JSON]:
    """Each hit: what record it is, its title and date, and how it matched."""
    from minefacts.query.search import date_of

    return [
        {
            **_head(hit.record),
            "title": title_of(hit.record),
            **date_fields("date", date_of(hit.record)),
            "score": hit.score,
            "matched": hit.matched,
            "found_in": hit.fields,
        }
        for hit in hits
    ]


def sources(found: Sequence[SourceSummary]) -> list[JSON]:
    """Each source, with what rests on it and, for a secondary source, the records its
    claims bear on, by relation."""
    return [
        {
            **_shallow(summary),
            **date_fields("date", summary.date),
            "kind": "source",
            "provenance": "primary" if summary.primary else "secondary",
        }
        for summary in found
    ]


def dataset(
    dataset: Dataset,
    secondary: SecondaryRecord | None = None,
    *,
    schema: str | None = "./minefacts.schema.json",
) -> JSON:
    """The whole dataset, in the same shape as a dataset file: with its notice
    (attribution, licences, version) and, where given, the secondary record."""
    from minefacts.render.publication import notice

    head: JSON = {"$schema": schema} if schema is not None else {}
    head["notice"] = notice(dataset)
    body = plain(dataset, omit_defaults=True)
    if secondary is not None:
        body["secondary"] = plain(secondary, omit_defaults=True)
    return {**head, **body}


def fact(found: View) -> JSON:
    """One record in full: the ``record`` in its own shape, its ``source`` in full, its
    ``passage`` in the source document, ``related`` records, what other records ``said``,
    ``resting`` (for a source), and ``seed_only``; the last two are null under
    --primary-only, and ``seed_only`` is null but for the source document's facts."""
    item = found.item
    passage = found.passage
    hidden = found.primary_only
    primary_fact = isinstance(item, Event | Role | Pledge)
    shaped = role(item, found.term) if isinstance(item, Role | SecondaryRole) else record(item)
    return {
        **_head(item),
        "record": shaped,
        "source": None if found.source is None else source(found.source),
        "passage": None
        if passage is None
        else {"paragraph": passage.paragraph, "start": passage.start, "end": passage.end},
        "related": [{**_head(other), "title": title_of(other)} for other in found.related],
        "said": None
        if hidden
        else [{"claim": claim(said.claim), "source": source(said.source)} for said in found.said],
        "resting": [{**_head(other), "title": title_of(other)} for other in found.resting],
        "seed_only": None if hidden or not primary_fact else not found.said,
    }


def _role_on(found: RoleOnDay) -> JSON:
    item = found.term
    return {
        **_head(item.role),
        "title": title_of(item.role),
        "status": {Certainty.YES: "held", Certainty.POSSIBLY: "possibly-held"}.get(
            found.status, "not-held"
        ),
        "seed_status": None
        if found.seed_status is None
        else {Certainty.YES: "held", Certainty.POSSIBLY: "possibly-held"}.get(
            found.seed_status, "not-held"
        ),
        "basis": item.basis,
        "undecided": found.undecided,
        **_bounds(item.span),
    }


def _convention(state: ConventionState) -> JSON:
    return {
        "status": state.status,
        "basis": state.basis,
        "concluded": None if state.concluded is None else str(state.concluded.date),
        "in_force": None
        if state.in_force is None or state.in_force.date is None
        else str(state.in_force.date),
        "disputed_by": [claim.id for claim in state.disputed_by],
    }


def _pledge(state: PledgeState) -> JSON:
    return {
        "id": state.pledge.id,
        "status": state.status,
        "basis": state.basis,
        "reached": state.reached,
        "reached_bound": state.reached_bound,
    }


def _stockpile(state: StockpileState) -> JSON:
    return {
        "id": state.event.id,
        "status": state.status,
        "basis": state.basis,
        "retained": [
            {**figure(item.figure), "in_effect": _certainty(item.status)} for item in state.retained
        ],
    }


def _deadline(state: DeadlineState) -> JSON:
    return {
        "id": state.event.id,
        "status": state.status,
        "basis": state.basis,
        "last_day": state.last_day.isoformat(),
        "days": state.days,
        "alternatives": [
            {"claim": other.claim.id, "last_day": other.last_day.isoformat(), "days": other.days}
            for other in state.alternatives
        ],
    }


def day(state: DayState) -> JSON:
    """One day: the ``roles`` held or possibly held, those ``ruled_out`` that the source
    document alone would allow, and the status of the ``convention``, the ``aid``
    pledges, the ``stockpile`` and each ``deadline``, each with its basis."""
    return {
        "date": state.day.isoformat(),
        "roles": [_role_on(found) for found in state.roles],
        "ruled_out": [_role_on(found) for found in state.ruled_out],
        "convention": _convention(state.convention),
        "aid": [_pledge(found) for found in state.pledges],
        "stockpile": [_stockpile(found) for found in state.stockpile],
        "deadline": [_deadline(found) for found in state.deadlines],
    }


def year(overview: YearOverview) -> JSON:
    """One year: its ``events``, the ``roles`` held during it (and those ``ruled_out``), the
    ``aid`` pledges at its end, and the events just ``before`` and ``after`` it."""
    return {
        "year": overview.year,
        "events": timeline(overview.events),
        "roles": [_role_on(found) for found in overview.roles],
        "ruled_out": [_role_on(found) for found in overview.ruled_out],
        "aid": [_pledge(found) for found in overview.pledges],
        "figures": [figure(item) for item in overview.figures],
        "before": event(overview.before) if overview.before else None,
        "after": event(overview.after) if overview.after else None,
    }


def document(found: DocumentView) -> JSON:
    """The source document: its record, the attribution, its text as kept, and the
    offsets of a marked quote."""
    from minefacts.render import attribution

    return {
        **source(found.document),
        "attribution": attribution.source(found.document),
        "edited": attribution.edited(found.document),
        "text": found.text,
        "marked": found.marked,
        "marks": [list(mark) for mark in found.marks],
    }


def funding(rows: Sequence[Row]) -> list[JSON]:
    """Each year of the funding series (a figure, or a gap: ``figure`` null), then each
    multi-year figure (``year`` null)."""
    return [
        {
            "year": row.year,
            "gap": row.figure is None,
            "figure": None if row.figure is None else figure(row.figure),
        }
        for row in rows
    ]


def retained(figures: Sequence[Figure]) -> list[JSON]:
    """Each count of mines held, retained or used."""
    return [figure(item) for item in figures]
