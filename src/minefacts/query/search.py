"""Finding records by the words in them, across everything a user can show and cite.

A search looks at every record of the source document (events, roles, pledges) and of the
secondary record (claims, events, roles, figures), and at the sources themselves, field by
field, word by word (`minefacts.query.textmatch`: case, accents, plurals and hyphenated
compounds do not matter). Words too common to search for ("the", "of": `STOP_WORDS`) are
left out of the query and skipped in the text. A record matching any search word is found,
and the hits are ranked, each rule deciding only between hits the rules before it tie:

1. more of the search words matched: every word first;
2. how close together the matched words stand: together in one field (in any order, with
   at most `NEAR` other words between them: "Fourth Meeting of States Parties, Geneva"
   holds "meeting geneva" together), then in one field but further apart, then in
   different fields;
3. where they are found: a word in a title counts for more than one in a quote (`WEIGHTS`);
4. fewer other words between the matched words;
5. the matched words as a phrase: next to each other, in the order typed;
6. the source document's own records before the secondary record's;
7. date order.

Each hit carries the reasons for its place (`Hit`). Words found nowhere get suggestions
from the words that are there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from minefacts.catalog.loading import Catalog
from minefacts.errors import CommonWordsOnly, QueryError
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
from minefacts.query.disputes import Dispute, disputes_about
from minefacts.query.filters import NO_FILTERS, Filters
from minefacts.query.index import Kind, Record, Source, index, kind_of
from minefacts.query.spans import Certainty
from minefacts.query.textmatch import (
    STOP_WORDS,
    apart,
    closest,
    matches,
    phrase,
    searchable,
    stem,
    words,
)

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
NEAR = 3
"""The most other words (common ones aside) that may stand between search words for them to
be together: a title's "Report" in "Landmine Monitor Report 2003", "States Parties" in
"Meeting of States Parties, Geneva"."""


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
class Query:
    """A search as typed: the words it looks for, and the common words it leaves out."""

    terms: tuple[str, ...]
    """The folded search words, each once (a plural and its singular are one word)."""
    common: tuple[str, ...]
    """The folded words left out as too common to search for (`STOP_WORDS`)."""


def query(text: str) -> Query:
    """The search words of `text`, each once, and the common words it leaves out; a
    QueryError if there are no words, `CommonWordsOnly` if there are only common ones."""
    typed = list(dict.fromkeys(word for *_, word in words(text)))
    if not typed:
        raise QueryError("the search text is empty; give at least one word")
    common = tuple(word for word in typed if word in STOP_WORDS)
    terms: dict[str, str] = {}
    for word in typed:
        if word not in STOP_WORDS:
            terms.setdefault(stem(word), word)
    if not terms:
        raise CommonWordsOnly(common)
    return Query(tuple(terms.values()), common)


def terms(text: str) -> tuple[str, ...]:
    """The folded search words of a query (see `query`)."""
    return query(text).terms


@dataclass(frozen=True)
class Hit:
    """A record a search found, and the reasons for its place among the hits."""

    record: Record | Source
    score: int
    """Where the words were found: for each, ten times its best field's weight
    (`WEIGHTS`: a title counts for more than a quote), plus one for each field it is in."""
    matched: tuple[str, ...]
    """The folded search words this record matched, in the order typed."""
    fields: tuple[str, ...]
    """The fields they were found in, best first."""
    phrase_in: str | None = None
    """The best field in which the matched words stand next to each other, in the order
    typed (common words aside); None when they do so in no field. One matched word is a
    phrase wherever it is."""
    apart: int | None = None
    """The fewest other words between the matched words in one field, in any order (0:
    next to each other); None when no one field holds them all."""
    disputes: tuple[Dispute, ...] = ()
    """What the records dispute about it: its date or amount is shown with them."""

    @property
    def kind(self) -> Kind:
        return kind_of(self.record)

    @property
    def date(self) -> PartialDate | None:
        """The date the record is known by (`date_of`); None when undated."""
        return date_of(self.record)


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
    """Records matching any of the search words in `text` and passing `filters`, ranked
    by the rules the module gives, best first."""
    wanted = terms(text)
    filters.check(_events(catalog))
    hits = [
        replace(hit, disputes=tuple(disputes_about(catalog, item.id)))
        for item in candidates(catalog, filters)
        if (hit := _hit(item, wanted))
    ]
    hits.sort(key=rank)
    return hits


def _hit(item: Record | Source, wanted: Sequence[str]) -> Hit | None:
    """How `item` matches the search words `wanted`, or None when it matches none."""
    texts = {name: searchable(value) for name, value in fields(item).items()}
    score, matched, where = 0, list[str](), list[str]()
    for term in wanted:
        found = [name for name, text in texts.items() if any(matches(term, w) for w in text)]
        if found:
            score += 10 * max(WEIGHTS[name] for name in found) + len(found)
            matched.append(term)
            where.extend(name for name in found if name not in where)
    if not matched:
        return None
    where.sort(key=lambda name: -WEIGHTS[name])
    phrased = next((name for name in where if phrase(matched, texts[name])), None)
    distances = [d for name in where if (d := apart(matched, texts[name])) is not None]
    return Hit(item, score, tuple(matched), tuple(where), phrased, min(distances, default=None))


def _events(catalog: Catalog) -> list[Event | SecondaryEvent]:
    return [*catalog.dataset.events, *catalog.secondary.events]


def closeness(hit: Hit) -> int:
    """How close together a hit's matched words stand (rule 2 of the module's ranking):
    0 together in one field, 1 in one field but further apart, 2 in different fields."""
    if hit.apart is None:
        return 2
    return 0 if hit.apart <= NEAR else 1


def rank(hit: Hit) -> tuple[int, int, int, float, bool, bool, object]:
    """The ranking rules of the module's docstring, in order, as a key to sort by."""
    date = date_of(hit.record)
    primary = isinstance(hit.record, Event | Role | Pledge | Document)
    return (
        -len(hit.matched),
        closeness(hit),
        -hit.score,
        hit.apart if hit.apart is not None else float("inf"),
        hit.phrase_in is None,
        not primary,
        (date.sort_key() if date else ()),
    )


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
