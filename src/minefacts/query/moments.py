"""Where things stood on one day, or over one year: data, never sentences.

Every answer is derived from the records through `minefacts.query.when`: roles held,
possibly held or not held; the day's events, certain and possible; the states of the
Convention, the pledge, the stockpile and the deadline (`minefacts.query.states`); and for
a year, what came just before and after it (`minefacts.query.neighbours`). A role the
source document alone would allow but a narrower record rules out is kept apart in
`ruled_out`, so an answer can show both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.model.dates import parse
from minefacts.model.kinds import EventKind
from minefacts.model.records import Event
from minefacts.model.secondary import Figure
from minefacts.query import dating
from minefacts.query.events import Entry, entry, timeline
from minefacts.query.filters import Filters
from minefacts.query.index import Index, events, index
from minefacts.query.neighbours import Neighbour, first_after, last_before
from minefacts.query.spans import Certainty, Span
from minefacts.query.states import (
    ConventionState,
    DeadlineState,
    PledgeState,
    StockpileState,
    convention,
    deadline,
    pledge_state,
    stockpile,
)
from minefacts.query.terms import Term, terms


@dataclass(frozen=True)
class RoleOnDay:
    """A role, and whether it was held on the day (or in the year) asked about."""

    term: Term
    status: Certainty
    seed_status: Certainty | None
    """What the source document alone says; None for a role of the secondary record."""
    undecided: tuple[str, ...] = ()
    """For a role possibly held on one reading: which day decides it, the day its term
    began ("start": it may have begun after the days asked about), the day it ended
    ("end": it may have ended before them), or both. Its records give that day only as
    a range (`term.span`). Where the records disagree, the readings decide it."""


def _undecided(span: Span, first: dt.date, last: dt.date) -> tuple[str, ...]:
    """The ends of a term that leave it possibly held from `first` to `last`."""
    open_ends = (("start", span.last_start > last), ("end", span.first_end < first))
    return tuple(name for name, is_open in open_ends if is_open)


def _roles(
    catalog: Catalog, first: dt.date, last: dt.date
) -> tuple[list[RoleOnDay], list[RoleOnDay]]:
    """The roles held (or possibly held) at some time from `first` to `last`, and those the
    source document alone would allow but other records rule out."""
    held, ruled_out = [], []
    for item in terms(catalog):
        status = item.when.during(first, last)
        seed = item.seed_span.during(first, last) if item.seed_span is not None else None
        undecided: tuple[str, ...] = ()
        if status is Certainty.POSSIBLY and not item.when.disputed:
            undecided = _undecided(item.when.readings[0].span, first, last)
        found = RoleOnDay(item, status, seed, undecided)
        if status is not Certainty.NO:
            held.append(found)
        elif seed not in (None, Certainty.NO):
            ruled_out.append(found)
    order = lambda found: (found.term.span.first_start, found.term.span.last_end)  # noqa: E731
    return sorted(held, key=order), sorted(ruled_out, key=order)


def _kind(catalog: Catalog, kind: EventKind) -> list[Event]:
    return [event for event in catalog.dataset.events if event.kind is kind]


@dataclass(frozen=True)
class DayState:
    """Where things stood on one day, and what happened on it."""

    day: dt.date
    index: Index
    """Every record by its id, to name the records an answer rests on."""
    events: list[Entry]
    """The events certainly or possibly held on the day (`Entry.match`)."""
    roles: list[RoleOnDay]
    ruled_out: list[RoleOnDay]
    convention: ConventionState
    pledges: list[PledgeState]
    stockpile: list[StockpileState]
    deadlines: list[DeadlineState]


def on(catalog: Catalog, day: dt.date) -> DayState:
    """Where things stood on `day`."""
    held, ruled_out = _roles(catalog, day, day)
    bound = convention(catalog, day)
    that_day = Filters(start=parse(day.isoformat()), end=parse(day.isoformat()))
    happened = [
        item
        for event in events(catalog)
        if (when := dating.placed(catalog, event)) is not None and when.on(day) is not Certainty.NO
        for item in [entry(catalog, event, that_day)]
    ]
    return DayState(
        day=day,
        index=index(catalog),
        events=sorted(happened, key=Entry.sort_key),
        roles=held,
        ruled_out=ruled_out,
        convention=bound,
        pledges=[pledge_state(catalog, pledge, day) for pledge in catalog.dataset.pledges],
        stockpile=[stockpile(catalog, e, day) for e in _kind(catalog, EventKind.DESTRUCTION)],
        deadlines=[deadline(catalog, e, day, bound) for e in _kind(catalog, EventKind.DEADLINE)],
    )


@dataclass(frozen=True)
class YearOverview:
    """One year: its events and roles, the pledges at its end, and what came around it."""

    year: int
    index: Index
    """Every record by its id, to name the records an answer rests on."""
    events: list[Entry]
    roles: list[RoleOnDay]
    ruled_out: list[RoleOnDay]
    pledges: list[PledgeState]
    figures: list[Figure]
    """The figures other records give for the year: its funding, counts made in it."""
    before: list[Neighbour]
    """Every event that could be the last before the year."""
    after: list[Neighbour]
    """Every event that could be the first after it."""
    records: tuple[dt.date, dt.date] | None
    """The first and last day the records' events reach; None when there are none."""


def in_year(catalog: Catalog, year: int) -> list[Figure]:
    """The figures that hold within one year: that year's funding, counts made in it."""
    return [
        figure
        for figure in catalog.secondary.figures
        if figure.date.precision != "period"
        and dating.figure(figure).in_year(year) is Certainty.YES
    ]


def _reach(catalog: Catalog) -> tuple[dt.date, dt.date] | None:
    spans = [
        when.bounds
        for event in events(catalog)
        if (when := dating.placed(catalog, event)) is not None
    ]
    if not spans:
        return None
    return min(s.first_start for s in spans), max(s.last_end for s in spans)


def year(catalog: Catalog, year: int) -> YearOverview:
    """The events and roles that overlap `year`, the pledges on 31 December, and the
    events that could come just before and just after it."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    held, ruled_out = _roles(catalog, first, last)
    return YearOverview(
        year=year,
        index=index(catalog),
        events=timeline(catalog, Filters(year=year)),
        roles=held,
        ruled_out=ruled_out,
        pledges=[pledge_state(catalog, pledge, last) for pledge in catalog.dataset.pledges],
        figures=in_year(catalog, year),
        before=last_before(catalog, first),
        after=first_after(catalog, last),
        records=_reach(catalog),
    )
