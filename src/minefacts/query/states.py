"""Where each thing stood on one day: the Convention, a pledge, the stockpile, a deadline,
and the counts of mines. Data, never sentences: each state is a status from a small
closed set, with its `basis`, the ids of the records that decide it.

Every date is asked through `minefacts.query.when`, so "possibly" is said where the
records allow two answers:

- the Convention: ``not-concluded``, ``concluded-not-in-force``, ``possibly-in-force``,
  ``in-force``, or, where the records give no date of entry into force, ``concluded``;
- a pledge: ``not-announced``, ``possibly-announced``, ``announced``, ``not-started``,
  ``under-way``, ``possibly-reached``, ``reached`` or ``period-ended``. A target the
  source says was reached makes the amount provided a lower bound (``at-least``);
- the stockpile: ``not-begun``, ``under-way``, ``planned``, ``plan-date-passed``,
  ``possibly-complete`` or ``complete``;
- a deadline: ``not-running`` (the Convention did not yet bind Japan),
  ``possibly-running`` (the records do not say from when it bound Japan), ``running``,
  ``last-day``, ``met`` (the stockpile was destroyed before it) or ``passed``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from minefacts.catalog.loading import Catalog
from minefacts.model.kinds import EventKind
from minefacts.model.records import Event, Pledge, Quantity
from minefacts.model.secondary import Claim, Figure
from minefacts.query import dating
from minefacts.query.index import index
from minefacts.query.spans import Certainty
from minefacts.query.when import When

YES, POSSIBLY, NO = Certainty.YES, Certainty.POSSIBLY, Certainty.NO


def _dated(catalog: Catalog, record_id: str, meaning: str) -> list[Claim]:
    """The claims about a record whose date has this meaning and that no record disputes."""
    return [
        claim
        for claim in index(catalog).about(record_id)
        if claim.date is not None and claim.date_means == meaning and claim.relation != "disagrees"
    ]


@dataclass(frozen=True)
class ConventionState:
    """Whether the Convention bound Japan on a day."""

    status: str
    basis: tuple[str, ...]
    concluded: Event | None
    in_force: Claim | None
    worded_otherwise: tuple[Claim, ...] = ()
    """Claims that word Japan's status otherwise (a State Party from the acceptance)."""


def _concluded(catalog: Catalog) -> Event | None:
    treaties = [e for e in catalog.dataset.events if e.kind is EventKind.TREATY]
    return treaties[0] if treaties else None


def convention(catalog: Catalog, day: dt.date) -> ConventionState:
    """Whether the Convention bound Japan on `day`."""
    concluded = _concluded(catalog)
    if concluded is None:
        return ConventionState("not-concluded", (), None, None)
    in_force = next(iter(_dated(catalog, concluded.id, "in force for Japan")), None)
    otherwise = tuple(_dated(catalog, concluded.id, "state party from"))
    basis = [concluded.id] + ([in_force.id] if in_force else [])
    concluded_by = dating.event(catalog, concluded).ended_by(day)
    force = dating.claim(catalog, in_force) if in_force is not None else None
    if concluded_by is NO:
        status = "not-concluded"
    elif force is None:
        status = "concluded"
    else:
        status = {NO: "concluded-not-in-force", POSSIBLY: "possibly-in-force", YES: "in-force"}[
            force.begun_by(day)
        ]
    return ConventionState(status, tuple(basis), concluded, in_force, otherwise)


@dataclass(frozen=True)
class PledgeState:
    """How far a pledge had got on a day."""

    pledge: Pledge
    status: str
    basis: tuple[str, ...]
    announced: Claim | None
    announced_when: When | None
    achieved: Event | None
    reached: Quantity | None = None
    """The amount the source says was reached, once it was."""
    reached_bound: str | None = None
    """``at-least``: reaching a target says the amount provided was at least the target."""


def announcement(catalog: Catalog, pledge: Pledge) -> Claim | None:
    """The claim that dates a pledge's announcement, if any record gives one."""
    found = _dated(catalog, pledge.event, "announced") or _dated(catalog, pledge.id, "announced")
    return found[0] if found else None


def pledge_state(catalog: Catalog, pledge: Pledge, day: dt.date) -> PledgeState:
    """How far `pledge` had got on `day`."""
    achieved = catalog.dataset.event(pledge.achieved.event) if pledge.achieved else None
    announced = announcement(catalog, pledge)
    when = dating.claim(catalog, announced) if announced is not None else None
    basis = [pledge.id]
    reached = None
    said = when.ended_by(day) if when is not None else None
    reaching = dating.event(catalog, achieved).ended_by(day) if achieved else NO
    if said is NO or said is POSSIBLY:
        status = "not-announced" if said is NO else "possibly-announced"
        basis += list(when.basis) if when is not None else []
    elif day < pledge.period.lower:
        status = "announced" if announced is not None else "not-started"
        basis += list(when.basis) if when is not None else []
    elif reaching is YES and achieved is not None:
        status = "reached"
        basis.append(achieved.id)
        reached = pledge.achieved.amount if pledge.achieved else None
    elif reaching is POSSIBLY and achieved is not None:
        status = "possibly-reached"
        basis.append(achieved.id)
    elif day <= pledge.period.upper:
        status = "under-way"
    else:
        status = "period-ended"
    bound = "at-least" if reached is not None else None
    return PledgeState(pledge, status, tuple(basis), announced, when, achieved, reached, bound)


@dataclass(frozen=True)
class Count:
    """A count of mines a record gives, and whether it was made by the day asked about:
    YES, POSSIBLY (its date is a unit that holds the day), or NO (a later count)."""

    figure: Figure
    status: Certainty


STOCK = ("mines destroyed", "mines retained", "retained mines used")
"""The counts a stockpile's state shows, in this order."""


def counts(catalog: Catalog, measure: str, day: dt.date) -> tuple[Count, ...]:
    """The counts of a measure that could have been made by `day`, in date order, then the
    first count made after it, so the range the records allow shows."""
    found = sorted(
        (f for f in catalog.secondary.figures if f.measure == measure),
        key=lambda f: (f.date.lower, f.date.upper),
    )
    made = [Count(f, dating.figure(f).ended_by(day)) for f in found]
    earlier = [count for count in made if count.status is not NO]
    later = [count for count in made if count.status is NO][:1]
    return (*earlier, *later) if earlier else ()


@dataclass(frozen=True)
class StockpileState:
    """How far the destruction of a stockpile had got on a day, and the counts of mines
    other records give by then: destroyed, kept (retained), used since."""

    event: Event
    status: str
    basis: tuple[str, ...]
    began: Claim | None
    completed: tuple[Claim, ...]
    counts: tuple[Count, ...] = ()


def stockpile(catalog: Catalog, event: Event, day: dt.date) -> StockpileState:
    """How far destruction had got on `day`. The source document states completion as a
    plan ("will complete by"); only other records can say that it happened."""
    began = next(iter(_dated(catalog, event.id, "began")), None)
    completed = tuple(_dated(catalog, event.id, "completed"))
    basis = [event.id]
    done = [dating.claim(catalog, claim) for claim in completed]
    finished = [when.ended_by(day) for when in done if when is not None]
    began_when = dating.claim(catalog, began) if began is not None else None
    started = began_when.begun_by(day) if began_when is not None else None
    if YES in finished:
        status = "complete"
        basis += [claim.id for claim in completed]
    elif POSSIBLY in finished:
        status = "possibly-complete"
        basis += [claim.id for claim in completed]
    elif started is NO and began is not None:
        status = "not-begun"
        basis.append(began.id)
    elif started is not None and began is not None:
        status = "under-way"
        basis.append(began.id)
    elif day <= event.date.upper:
        status = "planned"
    else:
        status = "plan-date-passed"
    found = tuple(count for measure in STOCK for count in counts(catalog, measure, day))
    return StockpileState(event, status, tuple(basis), began, completed, found)


@dataclass(frozen=True)
class OtherDeadline:
    """Another last day a record gives for the same deadline, the days counted to it, and
    how the record relates to the deadline ("differs in wording": the same limit)."""

    claim: Claim
    last_day: dt.date
    days: int | None
    relation: str


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
    """Where a deadline stood on `day`. It runs only once the Convention bound Japan, from
    entry into force; where the records give no date of entry into force it is possibly
    running (the days to its last day are still counted)."""
    last = dating.event(catalog, event).bounds.last_end
    others = [c for c in index(catalog).about(event.id) if c.date and c.date_means == "deadline"]
    basis = [event.id, *bound.basis]
    if bound.status in ("not-concluded", "concluded-not-in-force"):
        alternatives = tuple(
            OtherDeadline(c, c.date.upper, None, c.relation) for c in others if c.date
        )
        return DeadlineState(
            event, "not-running", tuple(dict.fromkeys(basis)), last, None, alternatives, bound.basis
        )
    destroyed = [
        stockpile(catalog, e, day)
        for e in catalog.dataset.events
        if e.kind is EventKind.DESTRUCTION and e.id in event.related
    ]
    complete = [state for state in destroyed if state.status == "complete"]
    in_time = tuple(
        c
        for s in complete
        for c in s.completed
        if (when := dating.claim(catalog, c)) is not None and when.ended_by(last) is YES
    )
    if in_time:
        status = "met"
        basis += [c.id for c in in_time]
    elif day < last:
        status = "running" if bound.status == "in-force" else "possibly-running"
    elif day == last:
        status = "last-day"
    else:
        status = "passed"
    days = (last - day).days if status in ("running", "possibly-running", "last-day") else None
    alternatives = tuple(
        OtherDeadline(
            c, c.date.upper, (c.date.upper - day).days if days is not None else None, c.relation
        )
        for c in others
        if c.date is not None
    )
    return DeadlineState(
        event, status, tuple(dict.fromkeys(basis)), last, days, alternatives, bound.basis, in_time
    )
