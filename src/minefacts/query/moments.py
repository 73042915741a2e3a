"""Where things stood: over one year, or on one day. Everything is derived from the data:
the kinds of the events, the periods of the roles and pledges, and the secondary sources'
dated claims; nothing here knows a date of its own.

Where the source is imprecise, so is the answer: a day inside a month the source gives as
a whole is "during" it, never before or after it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minefacts.catalog import Catalog
from minefacts.model.kinds import EventKind
from minefacts.model.records import Event, Pledge, Role
from minefacts.query.events import timeline
from minefacts.query.facts import Corroborating
from minefacts.query.filters import NO_FILTERS, Filters


@dataclass(frozen=True)
class PledgeState:
    """How far a pledge had got at a moment, in words the source supports."""

    pledge: Pledge
    state: str


def pledge_state(catalog: Catalog, pledge: Pledge, day: dt.date) -> PledgeState:
    """Not started, running, reached (within the month the source gives), or achieved."""
    achieved = catalog.dataset.event(pledge.achieved.event) if pledge.achieved else None
    if day < pledge.period.lower:
        state = f"not started: it covers {pledge.period.label()} ({pledge.period_text})"
    elif achieved is not None and day > achieved.date.upper:
        state = f"achieved: the target was reached at the {achieved.date_label()}"
    elif achieved is not None and day >= achieved.date.lower:
        state = f"being reached: the source says the target was met at the {achieved.date_label()}"
    elif day <= pledge.period.upper:
        state = "under way: the source gives no figures for the years before the target was met"
    else:
        state = f"its period ({pledge.period.label()}) has ended; the source says no more"
    return PledgeState(pledge, state)


def _ordinal_days(days: int) -> str:
    return f"{days} day" if days == 1 else f"{days} days"


@dataclass(frozen=True)
class DayState:
    """Where things stood on one day."""

    day: dt.date
    roles: list[Role]
    convention: str
    in_force: Corroborating | None
    pledges: list[PledgeState]
    destruction: list[str]
    deadlines: list[str]


def _in_force(catalog: Catalog) -> Corroborating | None:
    sources = {source.id: source for source in catalog.corroboration.sources}
    for claim in catalog.corroboration.claims:
        if claim.date_means == "in force for Japan" and claim.date is not None:
            return Corroborating(claim, sources[claim.source])
    return None


def _convention(catalog: Catalog, day: dt.date, in_force: Corroborating | None) -> str:
    treaties = [e for e in catalog.dataset.events if e.kind is EventKind.TREATY]
    concluded = treaties[0] if treaties else None
    done = f"Japan concluded it on {concluded.date_label()}" if concluded else ""
    if in_force is not None and in_force.claim.date is not None:
        start = in_force.claim.date
        cited = f"(in force for Japan from {start.label()}, says {in_force.source.title})"
        if day >= start.lower:
            return f"binding on Japan {cited}"
        if concluded is not None and day >= concluded.date.lower:
            return f"concluded but not yet binding: {done} {cited}"
        return f"not yet binding on Japan {cited}"
    if concluded is None:
        return "the dataset has no date for the Convention"
    if day < concluded.date.lower:
        return f"not yet concluded: {done}"
    return f"{done}; the seed does not say when it entered into force for Japan"


def _destruction(events: list[Event], day: dt.date) -> list[str]:
    states = []
    for event in events:
        due = f"the source gives {event.date_label()} for completion"
        if day > event.date.upper:
            states.append(f"complete: {due}")
        elif day >= event.date.lower:
            states.append(f"being completed: {due}")
        else:
            states.append(f"not yet complete: {due}; it does not say when destruction began")
    return states


def _deadlines(catalog: Catalog, events: list[Event], day: dt.date) -> list[str]:
    """Days until or after each deadline, counted to the last day it can mean, with any
    other date a secondary source gives for it."""
    sources = {source.id: source for source in catalog.corroboration.sources}
    states = []
    for event in events:
        last = event.date.upper
        delta = (last - day).days
        when = f"{event.date_label()}, that is {last.day} {last:%b %Y}"
        if delta > 0:
            state = f"{_ordinal_days(delta)} before the deadline ({when})"
        elif delta == 0:
            state = f"the last day before the deadline passes ({when})"
        else:
            state = f"{_ordinal_days(-delta)} after the deadline ({when})"
        for claim in catalog.corroboration.claims:
            if event.id in claim.about and claim.date_means == "deadline" and claim.date:
                title = sources[claim.source].title
                state += f"; {title} gives {claim.date.label()}, which disagrees"
        states.append(state)
    return states


def on(catalog: Catalog, day: dt.date) -> DayState:
    """Where things stood on `day`."""
    dataset = catalog.dataset
    in_force = _in_force(catalog)
    return DayState(
        day=day,
        roles=[r for r in dataset.roles if r.period.lower <= day <= r.period.upper],
        convention=_convention(catalog, day, in_force),
        in_force=in_force,
        pledges=[pledge_state(catalog, pledge, day) for pledge in dataset.pledges],
        destruction=_destruction(
            [e for e in dataset.events if e.kind is EventKind.DESTRUCTION], day
        ),
        deadlines=_deadlines(
            catalog, [e for e in dataset.events if e.kind is EventKind.DEADLINE], day
        ),
    )


@dataclass(frozen=True)
class YearOverview:
    """One year: its events and roles, the pledges at its end, and what came around it."""

    year: int
    events: list[Event]
    roles: list[Role]
    pledges: list[PledgeState]
    before: Event | None
    after: Event | None


def year(catalog: Catalog, year: int) -> YearOverview:
    """The events and roles that overlap `year`, the pledges on 31 December, and the
    nearest events wholly before and wholly after it."""
    dataset = catalog.dataset
    everything = timeline(dataset, NO_FILTERS)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    earlier = [e for e in everything if e.date.upper < first]
    later = [e for e in everything if e.date.lower > last]
    return YearOverview(
        year=year,
        events=timeline(dataset, Filters(year=year)),
        roles=[r for r in dataset.roles if r.period.overlaps_year(year)],
        pledges=[pledge_state(catalog, pledge, last) for pledge in dataset.pledges],
        before=max(earlier, key=lambda e: e.date.upper) if earlier else None,
        after=min(later, key=lambda e: e.date.lower) if later else None,
    )
