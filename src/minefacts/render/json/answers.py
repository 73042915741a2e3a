"""The single answers as JSON: one record in full (`show`), one day (`on`), one year
(`year`) and the source document (`document`). Every derived answer carries its
``status`` and its ``basis``, the ids of the records that decide it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from minefacts.model.records import Event, Pledge, Role
from minefacts.model.secondary import SecondaryRole
from minefacts.query.spans import Certainty, Span
from minefacts.render.json import records, rows

if TYPE_CHECKING:
    from minefacts.query.facts import DocumentView, View
    from minefacts.query.moments import DayState, RoleOnDay, YearOverview
    from minefacts.query.neighbours import Neighbour
    from minefacts.query.states import (
        ConventionState,
        DeadlineState,
        PledgeState,
        StockpileState,
    )

JSON = dict[str, Any]


def _bounds(span: Span) -> JSON:
    return dict(records.SPAN.json(span))


def fact(found: View) -> JSON:
    """One record in full: the ``record`` in its own shape, its ``source`` in full, its
    ``passage`` in the source document, ``related`` records, what other records ``said``,
    ``resting`` (for a source), and ``seed_only``; the last two are null under
    --primary-only, and ``seed_only`` is null but for the source document's facts."""
    item = found.item
    passage = found.passage
    hidden = found.primary_only
    primary_fact = isinstance(item, Event | Role | Pledge)
    if isinstance(item, Role | SecondaryRole) and found.term is not None:
        shaped = rows.ROLE_WITH_TERM.json(found.term)
    else:
        shaped = records.json(item)
    head = records.HEADLINE.without("title").json(item)
    return {
        **head,
        "record": shaped,
        "source": None if found.source is None else records.json(found.source),
        "passage": None
        if passage is None
        else {"paragraph": passage.paragraph, "start": passage.start, "end": passage.end},
        "related": [records.HEADLINE.json(other) for other in found.related],
        "said": None
        if hidden
        else [
            {"claim": records.json(said.claim), "source": records.json(said.source)}
            for said in found.said
        ],
        "resting": [records.HEADLINE.json(other) for other in found.resting],
        "seed_only": None if hidden or not primary_fact else not found.said,
    }


HELD = {Certainty.YES: "held", Certainty.POSSIBLY: "possibly-held", Certainty.NO: "not-held"}
"""A role's status on a day, as JSON names it."""


def _role_on(found: RoleOnDay) -> JSON:
    item = found.term
    return {
        **records.HEADLINE.json(item.role),
        "status": HELD[found.status],
        "seed_status": None if found.seed_status is None else HELD[found.seed_status],
        "basis": item.basis,
        "undecided": found.undecided,
        **_bounds(item.span),
        "readings": records.READINGS.json(item.when.readings),
    }


def _convention(state: ConventionState) -> JSON:
    return {
        "status": state.status,
        "basis": state.basis,
        "concluded": None if state.concluded is None else str(state.concluded.date),
        "in_force": None
        if state.in_force is None or state.in_force.date is None
        else str(state.in_force.date),
        "worded_otherwise": [claim.id for claim in state.worded_otherwise],
    }


def _pledge(state: PledgeState) -> JSON:
    announced = state.announced_when
    return {
        "id": state.pledge.id,
        "status": state.status,
        "basis": state.basis,
        "announced": None
        if announced is None
        else {**_bounds(announced.bounds), "basis": announced.basis},
        "reached": None if state.reached is None else records.QUANTITY.json(state.reached),
        "reached_bound": state.reached_bound,
    }


def _stockpile(state: StockpileState) -> JSON:
    return {
        "id": state.event.id,
        "status": state.status,
        "basis": state.basis,
        "counts": [
            {**records.FIGURE.json(item.figure), "made_by_then": item.status.value}
            for item in state.counts
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
            {
                "claim": other.claim.id,
                "last_day": other.last_day.isoformat(),
                "days": other.days,
                "relation": other.relation,
            }
            for other in state.alternatives
        ],
    }


def day(state: DayState) -> JSON:
    """One day: its ``events`` (each with ``that_day``: yes or possibly), the ``roles``
    held or possibly held, those ``ruled_out`` that the source document alone would allow,
    and the status of the ``convention``, the ``aid`` pledges, the ``stockpile`` (with
    the ``counts`` of mines made by then, and the next one) and each ``deadline``, each
    with its basis."""
    return {
        "date": state.day.isoformat(),
        "events": [
            {**rows.TIMELINE.json(entry), "that_day": entry.when.on(state.day).value}
            for entry in state.events
        ],
        "roles": [_role_on(found) for found in state.roles],
        "ruled_out": [_role_on(found) for found in state.ruled_out],
        "convention": _convention(state.convention),
        "aid": [_pledge(found) for found in state.pledges],
        "stockpile": [_stockpile(found) for found in state.stockpile],
        "deadline": [_deadline(found) for found in state.deadlines],
    }


def year(overview: YearOverview) -> JSON:
    """One year: its ``events``, the ``roles`` held during it (and those ``ruled_out``), the
    ``aid`` pledges at its end, every event that could come just ``before`` and just
    ``after`` it (each with ``status`` yes when it surely does), and the first and last
    day the ``records`` reach."""
    return {
        "year": overview.year,
        "events": [rows.TIMELINE.json(entry) for entry in overview.events],
        "roles": [_role_on(found) for found in overview.roles],
        "ruled_out": [_role_on(found) for found in overview.ruled_out],
        "aid": [_pledge(found) for found in overview.pledges],
        "figures": [records.FIGURE.json(item) for item in overview.figures],
        "before": [_neighbour(found) for found in overview.before],
        "after": [_neighbour(found) for found in overview.after],
        "records": None
        if overview.records is None
        else {"first": overview.records[0].isoformat(), "last": overview.records[1].isoformat()},
    }


def _neighbour(found: Neighbour) -> JSON:
    return {
        **records.EVENT.json(found.event),
        "readings": records.READINGS.json(found.when.readings),
        "status": found.status.value,
    }


def document(found: DocumentView) -> JSON:
    """The source document: its record, the attribution, its text as kept, and the
    offsets of a marked quote."""
    from minefacts.render.citation import forms

    return {
        **records.SOURCE_RECORD.json(found.document),
        "attribution": forms.source_line(found.document),
        "edited": forms.edited(found.document),
        "text": found.text,
        "marked": found.marked,
        "marks": [list(mark) for mark in found.marks],
    }
