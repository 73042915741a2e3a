"""The offices Japan held, by period."""

from __future__ import annotations

from minefacts.model.records import Dataset, Role
from minefacts.query.filters import NO_FILTERS, Filters, contains


def roles(
    dataset: Dataset, *, text: str | None = None, filters: Filters = NO_FILTERS
) -> list[Role]:
    """Roles Japan held, by period. `text` matches role, body or partner, and the filters'
    --party a partner, without regard to case or accents; periods match the filters' dates
    by overlap."""
    party = filters.party

    def matches(role: Role) -> bool:
        haystack = " ".join([role.role, role.body, role.body_kind, *role.partners])
        if text and not contains(haystack, text):
            return False
        if party is not None and not any(contains(p, party) for p in role.partners):
            return False
        return filters.dated(role.period)

    chosen = [role for role in dataset.roles if matches(role)]
    return sorted(chosen, key=lambda role: role.period.sort_key())
