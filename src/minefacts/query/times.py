"""When any record or source is dated: the one lookup the listings, search and disputes
filter by. Events, claims and figures are dated by `minefacts.query.dating`; offices by
their terms (`minefacts.query.terms`)."""

from __future__ import annotations

from minefacts.catalog.loading import Catalog
from minefacts.model.records import Event, Pledge, Role
from minefacts.model.secondary import Claim, Figure, SecondaryEvent, SecondaryRole
from minefacts.query import dating
from minefacts.query.index import Record, Source
from minefacts.query.spans import Span
from minefacts.query.terms import term
from minefacts.query.when import When


def of(catalog: Catalog, item: Record | Source) -> When | None:
    """When any record or source is dated, as the commands filter and order by it; None
    when it has no date."""
    if isinstance(item, Event | SecondaryEvent):
        return dating.event(catalog, item)
    if isinstance(item, Role | SecondaryRole):
        return term(catalog, item).when
    if isinstance(item, Figure):
        return dating.figure(item)
    if isinstance(item, Claim):
        return dating.claim(catalog, item)
    date = item.period if isinstance(item, Pledge) else item.date
    return None if date is None else When.of(Span.of(date), item.id)
