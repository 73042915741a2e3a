"""Finding records by the words in them, across everything a user can show and cite.

A search looks at every record of the source document (events, roles, pledges) and of the
secondary record (claims, events, roles, figures), and at the sources themselves, field by
field, word by word (`minefacts.query.textmatch`: case, accents, plurals and hyphenated
compounds do not matter). Records are ranked by how many search words they match, then by
where: a word in a title counts for more than one in a quote. Words found nowhere get
suggestions from the words that are there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.errors import QueryError
from minefacts.model.dates import PartialDate
from minefacts.model.records import Document, Event, Pledge, Role
from minefacts.model.secondary import (
    Claim,
    Figure,
    SecondaryEvent,
    SecondaryRole,
    SecondarySource,
)
from minefacts.query import times
from minefacts.query.filters import NO_FILTERS, Filters
from minefacts.query.index import Kind, Record, Source, index, kind_of
from minefacts.query.spans import Certainty
from minefacts.query.textmatch import closest, matches, words

WEIGHTS = {
    "title": 4,
    "places": 3,
    "parties": 3,
    "publisher": 3,
    "summary": 2,
    "states": 2,
    "quote": 1,
    "note": 1,
}
"""How much a match counts in each field."""


def _places(event: Event | SecondaryEvent) -> str:
    return "; ".join(f"{p.city}, {p.country}" for p in event.places)


def fields(item: Record | Source) -> dict[str, str]:
    """The text of each searchable field of a record or source."""
    if isinstance(item, Event | SecondaryEvent):
        found = {
            "title": item.title,
            "places": _places(item),
            "parties": "; ".join(p.name for p in item.parties),
            "summary": item.summary,
        }
    elif isinstance(item, Role | SecondaryRole):
        found = {"title": f"{item.role}, {item.body}", "parties": "; ".join(item.partners)}
        if isinstance(item, SecondaryRole):
            found["summary"] = item.summary
    elif isinstance(item, Pledge):
        found = {"title": item.title, "summary": " and ".join(item.purposes)}
    elif isinstance(item, Claim | Figure):
        found = {"states": item.states, "note": item.note or ""}
    elif isinstance(item, SecondarySource):
        container = f"{item.container}: " if item.container else ""
        found = {
            "title": f"{container}{item.title}",
            "publisher": "; ".join(filter(None, (item.publisher, item.author))),
        }
    else:
        found = {"title": item.title, "publisher": item.publisher}
    if isinstance(item, Event | Role | Pledge):
        found["quote"] = item.source.quote
    return {name: value for name, value in found.items() if value}


def date_of(item: Record | Source) -> PartialDate | None:
    """The date a record is known by, for filtering and ordering; None when undated."""
    if isinstance(item, Role | SecondaryRole | Pledge):
        return item.period
    return item.date


@dataclass(frozen=True)
class Hit:
    """A record a search found, how well it matched, and which search words it matched."""

    record: Record | Source
    score: int
    matched: tuple[str, ...]
    """The folded search words this record matched."""
    fields: tuple[str, ...]
    """The fields they were found in, best first."""

    @property
    def kind(self) -> Kind:
        return kind_of(self.record)


def terms(text: str) -> tuple[str, ...]:
    """The folded search words of a query, each once; a QueryError if there are none."""
    found = tuple(dict.fromkeys(word for *_, word in words(text)))
    if not found:
        raise QueryError("the search text is empty; give at least one word")
    return found


def _found_in(term: str, text: str) -> bool:
    return any(matches(term, word) for *_, word in words(text))


def candidates(catalog: Catalog, filters: Filters) -> Iterator[Record | Source]:
    """Every record and source a search looks at. Kinds, places and parties concern events
    alone, so with any of them set only events are searched."""
    found = index(catalog)
    events_only = bool(filters.kinds or filters.place or filters.party)
    for item in (*found.records.values(), *found.sources.values()):
        if events_only and not (isinstance(item, Event | SecondaryEvent) and filters.accepts(item)):
            continue
        if filters.dates is not None:
            when = times.of(catalog, item)
            if when is None or filters.match(when) is Certainty.NO:
                continue
        yield item


def search(catalog: Catalog, text: str, filters: Filters = NO_FILTERS) -> list[Hit]:
    """Records matching any of the words in `text` and passing `filters`, best first; ties
    by provenance (the source document first), then in date order."""
    wanted = terms(text)
    filters.check(_events(catalog))
    hits = []
    for item in candidates(catalog, filters):
        score, matched, where = 0, list[str](), list[str]()
        texts = fields(item)
        for term in wanted:
            found = [name for name, value in texts.items() if _found_in(term, value)]
            if found:
                score += 10 * max(WEIGHTS[name] for name in found) + len(found)
                matched.append(term)
                where.extend(name for name in found if name not in where)
        if matched:
            where.sort(key=lambda name: -WEIGHTS[name])
            hits.append(Hit(item, score, tuple(matched), tuple(where)))
    hits.sort(key=_rank)
    return hits


def _events(catalog: Catalog) -> list[Event | SecondaryEvent]:
    return [*catalog.dataset.events, *catalog.secondary.events]


def _rank(hit: Hit) -> tuple[int, int, bool, object]:
    date = date_of(hit.record)
    primary = isinstance(hit.record, Event | Role | Pledge | Document)
    return (-len(hit.matched), -hit.score, not primary, (date.sort_key() if date else ()))


def vocabulary(catalog: Catalog) -> dict[str, str]:
    """Every word of the searchable text, folded, mapped to one spelling of it."""
    found: dict[str, str] = {}
    for item in candidates(catalog, NO_FILTERS):
        for value in fields(item).values():
            for start, end, word in words(value):
                found.setdefault(word, value[start:end])
    return found


def suggestions(catalog: Catalog, text: str) -> dict[str, list[str]]:
    """For each search word that matches no word anywhere, the words really close to it."""
    known = vocabulary(catalog)
    missing = [term for term in terms(text) if not any(matches(term, w) for w in known)]
    spellings = [spelling for word, spelling in known.items() if len(word) > 2]
    return {term: closest(term, spellings) for term in missing}
