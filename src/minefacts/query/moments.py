"""Where things stood on one day, or over one year: data, never sentences.

Every answer is derived from the records: the dates of the events and roles at the
precision their sources give, the claims of the secondary record, and nothing this module
knows of its own. Each answer carries a status from a small closed set and its `basis`:
the ids of the records that decide it. `minefacts.render` turns them into sentences.

- Roles are held, possibly held or not held on a day (`minefacts.query.spans`); a role
  the source document alone would allow but a narrower record rules out is kept apart in
  `ruled_out`, so an answer can show both.
- The Convention: ``not-concluded``, ``concluded-not-in-force``, ``in-force``, or, where
  the records give no date of entry into force, ``concluded``.
- A pledge: ``not-announced``, ``announced``, ``not-started``, ``under-way``,
  ``possibly-reached``, ``reached`` or ``period-ended``. A target the source says was
  reached makes the amount provided a lower bound (``at-least``).
- The stockpile: ``not-begun``, ``under-way``, ``planned``, ``plan-date-passed`` or
  ``complete``.
- A deadline: ``not-running`` (the Convention did not yet bind Japan), ``running``,
  ``last-day``, ``met`` (the stockpile was destroyed before it) or ``passed``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from minefacts.catalog.loading import Catalog
from minefacts.model.kinds import EventKind
from minefacts.model.records import Event, Pledge, Quantity
from minefacts.model.secondary import Claim, Figure
from minefacts.query.events import Entry, timeline
from minefacts.query.figures import AsOf, as_of, in_year
from minefacts.query.filters import NO_FILTERS, Filters
from minefacts.query.index import AnyEvent, index
from minefacts.query.spans import Certainty, Span
from minefacts.query.terms import Term, terms, undisputed


@dataclass(frozen=True)
class RoleOnDay:
    """A role, and whether it was held on the day (or in the year) asked about."""

    term: Term
    status: Certainty
    seed_status: Certainty | None
    """What the source document alone says; None for a role of the secondary record."""
    undecided: tuple[str, ...] = ()
    """For a role possibly held: which day decides it, the day its term began ("start": it
    may have begun after the days asked about), the day it ended ("end": it may have ended
    before them), or both. Its records give that day only as a range (`term.span`)."""


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
        status = item.span.during(first, last)
        seed = item.seed_span.during(first, last) if item.seed_span is not None else None
        undecided = _undecided(item.span, first, last) if status is Certainty.POSSIBLY else ()
        found = RoleOnDay(item, status, seed, undecided)
        if status is not Certainty.NO:
            held.append(found)
        elif seed not in (None, Certainty.NO):
            ruled_out.append(found)
    order = lambda found: (found.term.span.first_start, found.term.span.last_end)  # noqa: E731
    return sorted(held, key=order), sorted(ruled_out, key=order)


def _dated(catalog: Catalog, record_id: str, meaning: str) -> list[Claim]:
    """Undisputed claims about a record that give a date with this meaning."""
    return [
        claim
        for claim in index(catalog).about(record_id)
        if claim.date is not None and claim.date_means == meaning and undisputed(claim)
    ]


@dataclass(frozen=True)
class ConventionState:
    """Whether the Convention bound Japan on a day."""

    status: str
    basis: tuple[str, ...]
    concluded: Event | None
    in_force: Claim | None
    disputed_by: tuple[Claim, ...] = ()
    """Claims that word Japan's status otherwise (a State Party from the acceptance)."""


def _concluded(catalog: Catalog) -> Event | None:
    treaties = [e for e in catalog.dataset.events if e.kind is EventKind.TREATY]
    return treaties[0] if treaties else None


def _in_force(catalog: Catalog, concluded: Event | None) -> Claim | None:
    if concluded is None:
        return None
    for claim in index(catalog).about(concluded.id):
        if claim.date is not None and claim.date_means == "in force for Japan":
            return claim
    return None


def convention(catalog: Catalog, day: dt.date) -> ConventionState:
    """Whether the Convention bound Japan on `day`."""
    concluded = _concluded(catalog)
    in_force = _in_force(catalog, concluded)
    if concluded is None:
        return ConventionState("not-concluded", (), None, None)
    disputes = (
        ()
        if in_force is None
        else tuple(
            other
            for other in index(catalog).about(concluded.id)
            if other.id in in_force.disagrees_with
        )
    )
    basis = [concluded.id] + ([in_force.id] if in_force else [])
    if day < concluded.date.lower:
        status = "not-concluded"
    elif in_force is None or in_force.date is None:
        status = "concluded"
    elif day < in_force.date.lower:
        status = "concluded-not-in-force"
    else:
        status = "in-force"
    return ConventionState(status, tuple(basis), concluded, in_force, disputes)


@dataclass(frozen=True)
class PledgeState:
    """How far a pledge had got on a day."""

    pledge: Pledge
    status: str
    basis: tuple[str, ...]
    announced: Claim | None
    achieved: Event | None
    reached: Quantity | None = None
    """The amount the source says was reached, once it was."""
    reached_bound: str | None = None
    """``at-least``: reaching a target says the amount provided was at least the target."""


def pledge_state(catalog: Catalog, pledge: Pledge, day: dt.date) -> PledgeState:
    """How far `pledge` had got on `day`."""
    achieved = catalog.dataset.event(pledge.achieved.event) if pledge.achieved else None
    announcements = _dated(catalog, pledge.event, "announced") or _dated(
        catalog, pledge.id, "announced"
    )
    announced = announcements[0] if announcements else None
    basis = [pledge.id]
    reached = None
    if announced is not None and announced.date is not None and day < announced.date.lower:
        status = "not-announced"
        basis.append(announced.id)
    elif day < pledge.period.lower:
        status = "announced" if announced is not None else "not-started"
        basis += [announced.id] if announced is not None else []
    elif achieved is not None and day > achieved.date.upper:
        status = "reached"
        basis.append(achieved.id)
        reached = pledge.achieved.amount if pledge.achieved else None
    elif achieved is not None and day >= achieved.date.lower:
        status = "possibly-reached"
        basis.append(achieved.id)
    elif day <= pledge.period.upper:
        status = "under-way"
    else:
        status = "period-ended"
    return PledgeState(
        pledge,
        status,
        tuple(basis),
        announced,
        achieved,
        reached,
        "at-least" if reached is not None else None,
    )


@dataclass(frozen=True)
class StockpileState:
    """How far the destruction of a stockpile had got on a day."""

    event: Event
    status: str
    basis: tuple[str, ...]
    began: Claim | None
    completed: tuple[Claim, ...]
    retained: tuple[AsOf, ...] = ()
    """The latest figures, as of the day, of the mines kept, not destroyed, then of those
    used since that count."""


def stockpile(catalog: Catalog, event: Event, day: dt.date) -> StockpileState:
    """How far destruction had got on `day`. The source document states completion as a
    plan ("will complete by"); only other records can say that it happened."""
    began = next(iter(_dated(catalog, event.id, "began")), None)
    completed = tuple(
        claim for claim in _dated(catalog, event.id, "completed") if claim.date is not None
    )
    basis = [event.id]
    retained: tuple[AsOf, ...] = ()
    done = min((c.date.lower for c in completed if c.date is not None), default=None)
    if done is not None and day >= done:
        status = "complete"
        basis += [claim.id for claim in completed]
        retained = as_of(catalog, "mines retained", day)
        counted = min((item.figure.date.lower for item in retained), default=None)
        retained += tuple(
            item
            for item in as_of(catalog, "retained mines used", day)
            if counted is not None and item.figure.date.upper > counted
        )
    elif began is not None and began.date is not None and day < began.date.lower:
        status = "not-begun"
        basis.append(began.id)
    elif began is not None:
        status = "under-way"
        basis.append(began.id)
    elif day <= event.date.upper:
        status = "planned"
    else:
        status = "plan-date-passed"
    return StockpileState(event, status, tuple(basis), began, completed, retained)


@dataclass(frozen=True)
class OtherDeadline:
    """Another last day a record gives for the same deadline, and the days counted to it."""

    claim: Claim
    last_day: dt.date
    days: int | None


@dataclass(frozen=True)
class DeadlineState:
    """Where a deadline stood on a day."""

    event: Event
    status: str
    basis: tuple[str, ...]
    last_day: dt.date
    days: int | None
    """Days left until the last day, counting it; None when the deadline was not running."""
    alternatives: tuple[OtherDeadline, ...] = field(default=())
    running_from: tuple[str, ...] = ()
    """The ids that say from when the deadline ran (the Convention binding Japan)."""
    completed: tuple[Claim, ...] = ()
    """The claims that the stockpile was destroyed in time, once it was."""


def deadline(catalog: Catalog, event: Event, day: dt.date, bound: ConventionState) -> DeadlineState:
    """Where a deadline stood on `day`. It runs only once the Convention bound Japan: from
    entry into force where a record gives it, else from the conclusion."""
    last = event.date.upper
    others = [
        claim
        for claim in index(catalog).about(event.id)
        if claim.date is not None and claim.date_means == "deadline"
    ]
    basis = [event.id]
    running = bound.status in ("in-force", "concluded")
    if not running:
        basis += list(bound.basis)
        return DeadlineState(
            event,
            "not-running",
            tuple(dict.fromkeys(basis)),
            last,
            None,
            tuple(OtherDeadline(c, c.date.upper, None) for c in others if c.date),
            bound.basis,
        )
    basis += list(bound.basis)
    destroyed = [
        stockpile(catalog, e, day)
        for e in catalog.dataset.events
        if e.kind is EventKind.DESTRUCTION and e.id in event.related
    ]
    complete = [state for state in destroyed if state.status == "complete"]
    completed_on = min(
        (c.date.lower for s in complete for c in s.completed if c.date is not None), default=None
    )
    in_time: tuple[Claim, ...] = ()
    if completed_on is not None and completed_on <= last:
        status = "met"
        in_time = tuple(c for s in complete for c in s.completed)
        basis += [c.id for c in in_time]
    elif day < last:
        status = "running"
    elif day == last:
        status = "last-day"
    else:
        status = "passed"
    days = (last - day).days if status in ("running", "last-day") else None
    alternatives = tuple(
        OtherDeadline(c, c.date.upper, (c.date.upper - day).days if days is not None else None)
        for c in others
        if c.date is not None
    )
    return DeadlineState(
        event,
        status,
        tuple(dict.fromkeys(basis)),
        last,
        days,
        alternatives,
        bound.basis,
        in_time,
    )


@dataclass(frozen=True)
class DayState:
    """Where things stood on one day."""

    day: dt.date
    roles: list[RoleOnDay]
    ruled_out: list[RoleOnDay]
    convention: ConventionState
    pledges: list[PledgeState]
    stockpile: list[StockpileState]
    deadlines: list[DeadlineState]


def _kind(catalog: Catalog, kind: EventKind) -> list[Event]:
    return [event for event in catalog.dataset.events if event.kind is kind]


def on(catalog: Catalog, day: dt.date) -> DayState:
    """Where things stood on `day`."""
    held, ruled_out = _roles(catalog, day, day)
    bound = convention(catalog, day)
    return DayState(
        day=day,
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
    events: list[Entry]
    roles: list[RoleOnDay]
    ruled_out: list[RoleOnDay]
    pledges: list[PledgeState]
    figures: list[Figure]
    """The figures other records give for the year: its funding, counts made in it."""
    before: AnyEvent | None
    after: AnyEvent | None


def year(catalog: Catalog, year: int) -> YearOverview:
    """The events and roles that overlap `year`, the pledges on 31 December, and the
    nearest events wholly before and wholly after it."""
    everything = timeline(catalog, NO_FILTERS)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    earlier = [e for e in everything if e.event.date.upper < first]
    later = [e for e in everything if e.event.date.lower > last]
    held, ruled_out = _roles(catalog, first, last)
    return YearOverview(
        year=year,
        events=timeline(catalog, Filters(year=year)),
        roles=held,
        ruled_out=ruled_out,
        pledges=[pledge_state(catalog, pledge, last) for pledge in catalog.dataset.pledges],
        figures=in_year(catalog, year),
        before=max(earlier, key=lambda e: e.event.date.upper).event if earlier else None,
        after=min(later, key=lambda e: e.event.date.lower).event if later else None,
    )
