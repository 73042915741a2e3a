"""The timeline: events in date order, narrowed by the shared filters."""

from __future__ import annotations

from minefacts.model.records import Dataset, Event
from minefacts.query.filters import NO_FILTERS, Filters


def timeline(dataset: Dataset, filters: Filters = NO_FILTERS) -> list[Event]:
    """Events in chronological order, kept when they pass every filter. Events with the
    same date keep their order in the dataset."""
    filters.check(dataset)
    return sorted((e for e in dataset.events if filters.accepts(e)), key=Event.sort_key)
