"""Finding facts by the words in them.

A search looks at each event's title, summary, places, parties and quote, word by word,
without regard to case or accents; a search word matches a word that starts with it, so
"seminar" finds "seminars". Events are ranked by how many search words they match, then by
where: a word in the title counts for more than one in the quote. Words found nowhere in
the dataset get suggestions from the dataset's own vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass

from minefacts.errors import QueryError
from minefacts.model.records import Dataset, Event
from minefacts.query.filters import NO_FILTERS, Filters
from minefacts.query.textmatch import closest, words

WEIGHTS = {"title": 4, "places": 3, "parties": 3, "summary": 2, "quote": 1}
"""How much a match counts in each field."""


def fields(event: Event) -> dict[str, str]:
    """The text of each searchable field of an event."""
    return {
        "title": event.title,
        "places": "; ".join(f"{p.city}, {p.country}" for p in event.places),
        "parties": "; ".join(p.name for p in event.parties),
        "summary": event.summary,
        "quote": event.source.quote,
    }


@dataclass(frozen=True)
class Hit:
    """An event a search found, how well it matched, and which search words it matched."""

    event: Event
    score: int
    matched: tuple[str, ...]
    """The folded search words this event matched."""
    fields: tuple[str, ...]
    """The fields they were found in, best first."""


def terms(text: str) -> tuple[str, ...]:
    """The folded search words of a query, each once; a QueryError if there are none."""
    found = tuple(dict.fromkeys(word for *_, word in words(text)))
    if not found:
        raise QueryError("the search text is empty; give at least one word")
    return found


def _matches(term: str, text: str) -> bool:
    return any(word.startswith(term) for *_, word in words(text))


def search(dataset: Dataset, text: str, filters: Filters = NO_FILTERS) -> list[Hit]:
    """Events matching any of the words in `text` and passing `filters`, best first; ties
    in date order."""
    wanted = terms(text)
    filters.check(dataset)
    hits = []
    for event in dataset.events:
        if not filters.accepts(event):
            continue
        score, matched, where = 0, list[str](), list[str]()
        for term in wanted:
            found = [name for name, value in fields(event).items() if _matches(term, value)]
            if found:
                score += 10 * max(WEIGHTS[name] for name in found) + len(found)
                matched.append(term)
                where.extend(name for name in found if name not in where)
        if matched:
            where.sort(key=lambda name: -WEIGHTS[name])
            hits.append(Hit(event, score, tuple(matched), tuple(where)))
    hits.sort(key=lambda hit: (-len(hit.matched), -hit.score, hit.event.sort_key()))
    return hits


def vocabulary(dataset: Dataset) -> dict[str, str]:
    """Every word of the dataset's searchable text, folded, mapped to one spelling of it."""
    found: dict[str, str] = {}
    for event in dataset.events:
        for value in fields(event).values():
            for start, end, word in words(value):
                found.setdefault(word, value[start:end])
    return found


def suggestions(dataset: Dataset, text: str) -> dict[str, list[str]]:
    """For each search word that no word of the dataset starts with, its closest words."""
    known = vocabulary(dataset)
    missing = [term for term in terms(text) if not any(w.startswith(term) for w in known)]
    candidates = [spelling for word, spelling in known.items() if len(word) > 2]
    return {term: closest(term, candidates) for term in missing}
