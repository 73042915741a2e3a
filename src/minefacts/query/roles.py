"""The offices Japan held, by term, as far as the records tell."""

from __future__ import annotations

from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.query.disputes import Dispute, disputes_about
from minefacts.query.filters import NO_FILTERS, Filters, contains
from minefacts.query.spans import Certainty
from minefacts.query.terms import Term, terms


@dataclass(frozen=True)
class Listed:
    """A role in a listing, and how surely it falls within the dates asked about."""

    term: Term
    match: Certainty
    disputes: tuple[Dispute, ...] = ()


def roles(
    catalog: Catalog, *, text: str | None = None, filters: Filters = NO_FILTERS
) -> list[Listed]:
    """Roles Japan held, by term. `text` matches role, body or partner, and the filters'
    --party a partner, without regard to case or accents. A role is kept when it was
    certainly or possibly held at some time within the filters' dates."""
    party = filters.party
    dates = filters.dates
    found = []
    for item in terms(catalog):
        role = item.role
        haystack = " ".join([role.role, role.body, role.body_kind, *role.partners])
        if text and not contains(haystack, text):
            continue
        if party is not None and not any(contains(p, party) for p in role.partners):
            continue
        match = Certainty.YES if dates is None else item.when.during(*dates)
        if match is not Certainty.NO:
            found.append(Listed(item, match, tuple(disputes_about(catalog, role.id))))
    return sorted(
        found, key=lambda listed: (listed.term.span.first_start, listed.term.span.last_end)
    )
