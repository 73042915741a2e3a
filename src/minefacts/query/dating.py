"""When each record happened or held, read from the records into one `When`
(`minefacts.query.when`): the one place dates become answers.

- A record's own date is a span, with one reading of "the end of" per kind: a deadline
  "the end of" a month falls on its last day; a count "as of the end of" a year holds on
  its last day; any other event "at the end of" a month happened on some day of that
  month, at the latest its last day (so what follows it is possible during the month and
  certain from its last day).
- Other records narrow it: a claim that gives the days an event was held (a meeting's
  days, a term served, the month production stopped), the day it opened or closed, and
  a record that adds detail to a dated claim (the address in which a pledge was
  announced).
- A record that disagrees with it, or a later edition that revises it, is a second
  reading, unless other records show it to be the error: then it is rejected, named, and
  never widens the answer.
"""

from __future__ import annotations

from minefacts.catalog.loading import Catalog
from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind
from minefacts.model.secondary import READINGS, Claim, Figure
from minefacts.query.index import AnyEvent, index
from minefacts.query.spans import Span
from minefacts.query.when import Reading, Rejected, When

EVENT_TIME = frozenset({"held", "served", "stopped"})
"""What a claim's date must mean to give the time of the event it is about."""
HELD_OVER_DAYS = frozenset({EventKind.MEETING, EventKind.SEMINAR, EventKind.NEGOTIATION})
"""Events held over days, whose first and last day a record may give on its own."""


def own(date: PartialDate, qualifier: str | None, *, exact_end: bool) -> Span:
    """A date as a span. "The end of" a unit is its last day where `exact_end` (a deadline,
    a count); otherwise any day of the unit."""
    if qualifier == "end" and exact_end:
        last = date.upper
        return Span(last, last, last, last)
    return Span.of(date)


def own_event(item: AnyEvent) -> Span:
    """An event's own date as a span, before any other record bears on it: a deadline
    "the end of" a unit on its last day, any other event on any day of it."""
    return own(item.date, item.date_qualifier, exact_end=item.kind is EventKind.DEADLINE)


def contests(claim: Claim | Figure, target: str) -> bool:
    """True when `claim` makes a second reading of `target`: it disagrees with it, or is a
    later edition that revises it."""
    if isinstance(claim, Claim) and claim.relation == "disagrees" and target in claim.about:
        return True
    return any(link.record == target and link.relation in READINGS for link in claim.links)


def _rejects(claim: Claim | Figure) -> bool:
    """True when other records show `claim` itself to be the error."""
    return claim.verdict is not None and claim.verdict.error == claim.id


def _second(claim: Claim, span: Span, readings: list[Reading], rejected: list[Rejected]) -> None:
    if _rejects(claim) and claim.verdict is not None:
        rejected.append(Rejected(claim.id, span, claim.verdict.shown_by))
    else:
        readings.append(Reading(span, (claim.id,)))


def event(catalog: Catalog, item: AnyEvent) -> When:
    """When an event happened: its own date, narrowed by the records that give its days,
    with a second reading for each record that disagrees and is not shown in error."""
    span = own_event(item)
    basis, others, rejected = [item.id], list[Reading](), list[Rejected]()
    held_over_days = item.kind in HELD_OVER_DAYS
    for claim in index(catalog).about(item.id):
        if claim.date is None:
            continue
        given = Span.of(claim.date)
        if claim.date_means in EVENT_TIME:
            if contests(claim, item.id):
                _second(claim, given, others, rejected)
                continue
            narrower = span.narrowed(given)
        elif claim.date_means == "began" and held_over_days and not contests(claim, item.id):
            narrower = span.narrowed(
                Span(given.first_start, given.last_start, span.first_end, span.last_end)
            )
        elif claim.date_means == "completed" and held_over_days and not contests(claim, item.id):
            narrower = span.narrowed(
                Span(span.first_start, span.last_start, given.first_end, given.last_end)
            )
        else:
            continue
        if narrower.consistent:
            span = narrower
            basis.append(claim.id)
    return When((Reading(span, tuple(basis)), *others), tuple(rejected))


def claim(catalog: Catalog, item: Claim) -> When | None:
    """When a claim's date falls, narrowed by the records that add detail to it (the
    address in which a pledge was announced); None for an undated claim."""
    if item.date is None:
        return None
    span, basis = Span.of(item.date), [item.id]
    others, rejected = list[Reading](), list[Rejected]()
    for linking, link in index(catalog).linked(item.id):
        if not isinstance(linking, Claim) or linking.date is None:
            continue
        if link.relation == "adds detail":
            narrower = span.narrowed(Span.of(linking.date))
            if narrower.consistent:
                span = narrower
                basis.append(linking.id)
        elif link.relation in READINGS:
            _second(linking, Span.of(linking.date), others, rejected)
    return When((Reading(span, tuple(basis)), *others), tuple(rejected))


def figure(item: Figure) -> When:
    """When a figure's count or amount holds: "as of the end of" a year on its last day."""
    return When.of(own(item.date, item.date_qualifier, exact_end=True), item.id)


def announcement(catalog: Catalog, item: AnyEvent) -> Claim | None:
    """The claim that dates the announcement of an event whose own date is the period it
    covers (a pledge); None when no record gives one."""
    if getattr(item, "date_means", None) != "covers":
        return None
    for found in index(catalog).about(item.id):
        if found.date is not None and found.date_means == "announced":
            return found
    return None


def placed(catalog: Catalog, item: AnyEvent) -> When | None:
    """When an event happened, for placing it among others: its own time, or for a
    pledge dated by the period it covers, its announcement; None when no record gives
    when such an event happened."""
    if getattr(item, "date_means", None) != "covers":
        return event(catalog, item)
    announced = announcement(catalog, item)
    return None if announced is None else claim(catalog, announced)
