"""When Japan held each office, as far as the records tell, and which records tell it.

A role's term starts from its own period, at the precision its source gives, and is then
narrowed by every record that bears on it:

- a role starts no earlier than the event at which it was decided (`decided_at`), and that
  event's own dates may be narrowed by other records (a meeting's days);
- a claim that gives the term ("served") or the days of the meeting the office belonged to
  ("held") narrows it to those dates; one that says when it began ("began"), its start;
  one that gives a time it was certainly held ("in office during", such as the meeting a
  president presided) makes it begin by that time's start and end no earlier than its end;
- a role whose period only bounds it (`period_means` "within") may have begun and ended on
  any days within that period;
- a later role that replaced it (`replaces`) ends it when the later role began.

Claims that are disputed (they name a disagreement) never narrow anything. Should the
records that narrow a term contradict each other, the term keeps its own period and says
so (`conflict`). For a role of the source document, the term also keeps what the source
document alone says (`seed_span`), so an answer can show both.
"""

from __future__ import annotations

from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.model.records import Event, Role
from minefacts.model.secondary import Claim, SecondaryEvent, SecondaryRole
from minefacts.query.index import AnyRole, index, roles
from minefacts.query.spans import Span

NARROWING = frozenset({"served", "held"})
"""What a claim's date must mean to narrow a whole term."""
BEGINNING = "began"
"""What a claim's date means when it narrows only when a term began."""
DURING = "in office during"
"""What a claim's date means when the office was certainly held throughout it."""


@dataclass(frozen=True)
class Term:
    """When an office was held, and the ids of the records that decide it."""

    role: AnyRole
    span: Span
    basis: tuple[str, ...]
    seed_span: Span | None
    """What the source document alone says; None for a role of the secondary record."""
    conflict: bool = False
    """True when the records that would narrow it contradict each other."""
    seed_basis: tuple[str, ...] = ()
    """The ids the source document alone decides it by."""

    @property
    def narrowing(self) -> tuple[str, ...]:
        """The ids of the other records that narrow it beyond the source document."""
        return tuple(item for item in self.basis if item not in self.seed_basis)

    @property
    def narrowed(self) -> bool:
        """True when other records make it narrower than the source document alone."""
        return self.seed_span is not None and self.span != self.seed_span


def undisputed(claim: Claim) -> bool:
    """A claim no other record disputes, that does not dispute the records it is about."""
    return claim.relation != "disagrees" and not claim.disagrees_with


def event_span(catalog: Catalog, event: Event | SecondaryEvent) -> tuple[Span, tuple[str, ...]]:
    """When an event took place: its own date, narrowed by undisputed claims of the days
    it was held. Under --primary-only there are no claims, so this is the source's date."""
    span, basis = Span.of(event.date), [event.id]
    for claim in index(catalog).about(event.id):
        if claim.date is not None and claim.date_means == "held" and undisputed(claim):
            narrower = span.narrowed(Span.of(claim.date))
            if narrower.consistent:
                span = narrower
                basis.append(claim.id)
    return span, tuple(basis)


def _own(catalog: Catalog, role: AnyRole, *, seed_only: bool) -> tuple[Span, list[str]]:
    """A role's period, starting no earlier than the event that decided it."""
    span, basis = Span.of(role.period), [role.id]
    if isinstance(role, SecondaryRole) and role.period_means == "within":
        span = Span(role.period.lower, role.period.upper, role.period.lower, role.period.upper)
    if role.decided_at is not None:
        decided = index(catalog).find(role.decided_at)
        if isinstance(decided, Event | SecondaryEvent):
            event_basis: tuple[str, ...]
            if seed_only:
                event, event_basis = Span.of(decided.date), (decided.id,)
            else:
                event, event_basis = event_span(catalog, decided)
            span = span.starting_no_earlier_than(event.first_start)
            basis.extend(event_basis)
    return span, basis


def term(catalog: Catalog, role: AnyRole) -> Term:
    """The term of one role."""
    seed_span, seed_basis = None, [role.id]
    if isinstance(role, Role):
        seed_span, seed_basis = _own(catalog, role, seed_only=True)
    span, basis = _own(catalog, role, seed_only=False)
    own, conflict = span, False
    for claim in index(catalog).about(role.id):
        if claim.date is None or not undisputed(claim):
            continue
        if claim.date_means in NARROWING:
            span = span.narrowed(Span.of(claim.date))
            basis.append(claim.id)
        elif claim.date_means == BEGINNING:
            began = claim.date
            span = span.narrowed(Span(began.lower, began.upper, span.first_end, span.last_end))
            basis.append(claim.id)
        elif claim.date_means == DURING:
            held = claim.date
            span = span.narrowed(
                Span(span.first_start, held.start.upper, held.end.lower, span.last_end)
            )
            basis.append(claim.id)
    for successor in roles(catalog):
        if isinstance(successor, SecondaryRole) and successor.replaces == role.id:
            begins, begins_basis = _own(catalog, successor, seed_only=False)
            span = span.ending_within(begins.first_start, begins.last_start)
            basis.extend(begins_basis)
    if not span.consistent:
        span, basis, conflict = own, [role.id], True
    return Term(role, span, tuple(dict.fromkeys(basis)), seed_span, conflict, tuple(seed_basis))


def terms(catalog: Catalog) -> list[Term]:
    """The term of every role, the source document's first."""
    return [term(catalog, role) for role in roles(catalog)]
