"""The listings of events and of what a search finds: the timeline and search results."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from minefacts.query.index import kind_of, provenance_of, title_of
from minefacts.query.spans import Certainty
from minefacts.render.fields import Column, edtf
from minefacts.render.listings.base import DATED_BY_OTHERS, Listing, marks
from minefacts.render.words import dates
from minefacts.render.words import disputes as disputed
from minefacts.render.words.phrases import provenance_tone

if TYPE_CHECKING:
    from minefacts.query.events import Entry
    from minefacts.query.search import Hit


# timeline


def _placed_label(entry: Entry) -> str:
    """Where an entry is placed; one placed by its announcement also gives what it covers:
    ``Dec 1997 (announced; covers 1998–2002)``."""
    label = dates.placed(entry)
    if entry.placed_by is not None:
        covers = dates.dated(entry.event.date, entry.event.date_qualifier)
        label += f" ({entry.placed_by.date_means}; covers {covers})"
    return label + marks(entry.match, entry.disputes)


def _entry_provenance(entry: Entry) -> str:
    return DATED_BY_OTHERS if entry.dated_by else provenance_of(entry.event)


def _places(places: Sequence[Any]) -> str:
    return "; ".join(f"{place.city}, {place.country}" for place in places)


TIMELINE = Listing(
    ids=lambda entry: (entry.event.id,),
    rows="TIMELINE",
    columns=[
        Column("id", "Id", lambda e: e.event.id, wrap=False, style="cyan"),
        edtf("date", lambda e: e.event.date),
        Column("date_label", "Date", _placed_label, style="bold", readable=11),
        Column("kind", "Kind", lambda e: e.event.kind.value, priority=2, wrap=False),
        Column("title", "Event", lambda e: e.event.title, readable=24, main=True),
        Column("places", "Place", lambda e: _places(e.event.places), priority=1),
        Column(
            "disputed",
            "Disputed",
            lambda e: disputed.other_side(e.disputes, e.event.id),
            priority=5,
        ),
        Column("provenance", "Source", _entry_provenance, tone=provenance_tone),
    ],
    view="listing",
    title="Japan and the Ottawa Convention: timeline",
)


# search


def _search_marks(hit: Hit) -> list[tuple[int, int]]:
    from minefacts.query.textmatch import matches, words

    return [
        (start, end)
        for start, end, word in words(title_of(hit.record))
        if any(matches(term, word) for term in hit.matched)
    ]


SEARCH = Listing(
    ids=lambda hit: (hit.record.id,),
    rows="SEARCH",
    columns=[
        Column("id", "Id", lambda hit: hit.record.id, wrap=False, style="cyan"),
        edtf("date", lambda hit: hit.date),
        Column(
            "date_label",
            "Date",
            lambda hit: dates.optional(hit.date) + marks(Certainty.YES, hit.disputes),
            priority=2,
            style="bold",
            readable=11,
        ),
        Column("kind", "Kind", lambda hit: kind_of(hit.record), priority=3, wrap=False),
        Column(
            "title",
            "Record",
            lambda hit: title_of(hit.record),
            marks=_search_marks,
            readable=24,
            main=True,
        ),
        Column("found_in", "Found in", lambda hit: ", ".join(hit.fields), priority=4),
        Column(
            "disputed",
            "Disputed",
            lambda hit: disputed.other_side(hit.disputes, hit.record.id),
            priority=5,
        ),
        Column(
            "provenance",
            "Source",
            lambda hit: provenance_of(hit.record),
            wrap=False,
            tone=provenance_tone,
        ),
    ],
    view="ranked",
    title="Search results",
)
