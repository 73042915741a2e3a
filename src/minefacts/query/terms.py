"""When Japan held each office, as far as the records tell, and which records tell it.

A role's term starts from its own period, at the precision its source gives, and is then
narrowed by every record that bears on it:

- a role starts no earlier than the event at which it was decided (`decided_at`), and
  ends within the days of the event at which it ended (`ended_at`);
- a claim that gives the term ("served") or the days of the meeting the office belonged to
  ("held") narrows it to those dates; one that says when it began ("began"), its start;
  one that names the meetings that opened and closed it (`began_at`, `ended_at`), its
  start and end to their days; one that gives a time it was certainly held ("in office
  during", such as the meeting a president presided) makes it begin by that time's start
  and end no earlier than its end;
- a role whose period only bounds it (`period_means` "within") may have begun and ended on
  any days within that period;
- a later role that replaced it (`replaces`) ends it when the later role began.

A claim that disagrees about the term is a second reading, unless other records show it
in error. Should the records that narrow a term contradict each other, the term keeps its
own period and says so (`conflict`). For a role of the source document, the term also
keeps what the source document alone says (`seed_span`), so an answer can show both.
"""

from __future__ import annotations

from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.model.dates import PartialDate
from minefacts.model.records import Event, Role
from minefacts.model.secondary import Claim, SecondaryEvent, SecondaryRole
from minefacts.query import dating
from minefacts.query.index import AnyRole, index, roles
from minefacts.query.spans import Span
from minefacts.query.when import Reading, Rejected, When

NARROWING = frozenset({"served", "held"})
"""What a claim's date must mean to narrow a whole term."""
BEGINNING = "began"
"""What a claim's date means when it narrows only when a term began."""
DURING = "in office during"
"""What a claim's date means when the office was certainly held throughout it."""


@dataclass(frozen=True)
class Partner:
    """Someone who shared an office: as the role's own source names them, or as another
    record does, with that record and the time it places them in."""

    name: str
    basis: str
    """The id of the record that names them (the role itself, or a claim)."""
    date: PartialDate | None
    """When that record places them; None where it is the role's own source."""


@dataclass(frozen=True)
class Term:
    """When an office was held, and the ids of the records that decide it."""

    role: AnyRole
    when: When
    basis: tuple[str, ...]
    seed_span: Span | None
    """What the source document alone says; None for a role of the secondary record."""
    conflict: bool = False
    """True when the records that would narrow it contradict each other."""
    seed_basis: tuple[str, ...] = ()
    """The ids the source document alone decides it by."""
    partners: tuple[Partner, ...] = ()
    """Everyone the records name as sharing the office (`partners`)."""

    @property
    def span(self) -> Span:
        """The widest reading of the term: for a label, never for an answer."""
        return self.when.bounds

    @property
    def narrowing(self) -> tuple[str, ...]:
        """The ids of the other records that narrow it beyond the source document."""
        return tuple(item for item in self.basis if item not in self.seed_basis)

    @property
    def narrowed(self) -> bool:
        """True when other records make it narrower than the source document alone."""
        return self.seed_span is not None and self.when.readings[0].span != self.seed_span


def _event_span(
    catalog: Catalog, event_id: str, *, seed_only: bool
) -> tuple[Span, tuple[str, ...]] | None:
    """The days of an event (widened over its readings), and the records that give them."""
    found = index(catalog).find(event_id)
    if not isinstance(found, Event | SecondaryEvent):
        return None
    if seed_only:
        return Span.of(found.date), (found.id,)
    when = dating.event(catalog, found)
    return when.bounds, when.basis


def _own(catalog: Catalog, role: AnyRole, *, seed_only: bool) -> tuple[Span, list[str]]:
    """A role's period, starting no earlier than the event that decided it and ending
    within the event at which it ended."""
    span, basis = Span.of(role.period), [role.id]
    if isinstance(role, SecondaryRole) and role.period_means == "within":
        span = Span(role.period.lower, role.period.upper, role.period.lower, role.period.upper)
    if role.decided_at is not None:
        decided = _event_span(catalog, role.decided_at, seed_only=seed_only)
        if decided is not None:
            span = span.starting_no_earlier_than(decided[0].first_start)
            basis.extend(decided[1])
    if isinstance(role, SecondaryRole) and role.ended_at is not None:
        ended = _event_span(catalog, role.ended_at, seed_only=seed_only)
        if ended is not None:
            span = span.ending_within(ended[0].first_start, ended[0].last_end)
            basis.extend(ended[1])
    return span, basis


def _claimed(catalog: Catalog, claim: Claim, span: Span) -> tuple[Span, list[str]] | None:
    """The term as one claim narrows it, and the ids it rests on; None when it does not
    bear on the term's dates."""
    basis = [claim.id]
    narrowed = span
    date = claim.date
    if date is not None and claim.date_means in NARROWING:
        narrowed = narrowed.narrowed(Span.of(date))
    elif date is not None and claim.date_means == BEGINNING:
        narrowed = narrowed.narrowed(Span(date.lower, date.upper, span.first_end, span.last_end))
    elif date is not None and claim.date_means == DURING:
        narrowed = narrowed.narrowed(
            Span(span.first_start, date.start.upper, date.end.lower, span.last_end)
        )
    elif claim.began_at is None and claim.ended_at is None:
        return None
    for name, event_id in (("start", claim.began_at), ("end", claim.ended_at)):
        if event_id is None:
            continue
        found = _event_span(catalog, event_id, seed_only=False)
        if found is None:
            continue
        days, event_basis = found
        if name == "start":
            narrowed = narrowed.narrowed(
                Span(days.first_start, days.last_end, narrowed.first_end, narrowed.last_end)
            )
        else:
            narrowed = narrowed.ending_within(days.first_start, days.last_end)
        basis.extend(event_basis)
    return narrowed, basis


def term(catalog: Catalog, role: AnyRole) -> Term:
    """The term of one role."""
    seed_span, seed_basis = None, [role.id]
    if isinstance(role, Role):
        seed_span, seed_basis = _own(catalog, role, seed_only=True)
    span, basis = _own(catalog, role, seed_only=False)
    own, conflict = span, False
    others, rejected = list[Reading](), list[Rejected]()
    for claim in index(catalog).about(role.id):
        if dating.contests(claim, role.id):
            if claim.date is not None and claim.date_means in NARROWING:
                reading = Span.of(claim.date)
                if claim.verdict is not None and claim.verdict.error == claim.id:
                    rejected.append(Rejected(claim.id, reading, claim.verdict.shown_by))
                else:
                    others.append(Reading(reading, (claim.id,)))
            continue
        found = _claimed(catalog, claim, span)
        if found is not None:
            span = found[0]
            basis.extend(found[1])
    for successor in roles(catalog):
        if isinstance(successor, SecondaryRole) and successor.replaces == role.id:
            later = term(catalog, successor)
            span = span.ending_within(later.span.first_start, later.span.last_start)
            basis.extend(later.basis)
    if not span.consistent:
        span, basis, conflict = own, [role.id], True
    basis = list(dict.fromkeys(basis))
    when = When((Reading(span, tuple(basis)), *others), tuple(rejected))
    shared = tuple(partners(catalog, role))
    return Term(role, when, tuple(basis), seed_span, conflict, tuple(seed_basis), shared)


def terms(catalog: Catalog) -> list[Term]:
    """The term of every role, the source document's first."""
    return [term(catalog, role) for role in roles(catalog)]


def partners(catalog: Catalog, role: AnyRole) -> list[Partner]:
    """Everyone the records name as sharing an office: the role's own partners first, then
    those other records name, each once."""
    found = [Partner(name, role.id, None) for name in role.partners]
    named = set(role.partners)
    for claim in index(catalog).about(role.id):
        for name in claim.partners:
            if name not in named:
                found.append(Partner(name, claim.id, claim.date))
                named.add(name)
    return found
