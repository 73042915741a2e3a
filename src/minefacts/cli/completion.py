"""Shell completion from the bundled data: the ids `show` and `cite` take, and the places
and parties the filters take. What was typed is compared without regard to case or
accents, as the filters compare it: an id by its start, a place or a party by the start
of any of its words, each a part of the name the filter would take (``gen`` completes
``Geneva``, ``sea`` ``Dead Sea``).

A TAB press runs minefacts, so this reads the bundled files as plain JSON, without
building records and without pydantic or Rich; it reads them only when a value is being
completed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from minefacts.catalog.bundle import bundled_dataset, bundled_secondary


@cache
def _files() -> tuple[Any, Any]:
    dataset = json.loads(bundled_dataset().read_bytes())
    secondary = json.loads(bundled_secondary().read_bytes())
    return dataset, secondary


def _ids() -> Iterator[str]:
    dataset, secondary = _files()
    for key in ("documents", "events", "roles", "pledges"):
        yield from (item["id"] for item in dataset.get(key, ()))
    for key in ("sources", "claims", "events", "roles", "figures"):
        yield from (item["id"] for item in secondary.get(key, ()))


def _events() -> Iterator[dict[str, Any]]:
    dataset, secondary = _files()
    yield from dataset.get("events", ())
    yield from secondary.get("events", ())


def _matching(values: Iterator[str], incomplete: str, *, by_word: bool = False) -> list[str]:
    """The values that start with `incomplete`, or, `by_word`, have a word that does."""
    from minefacts.query.textmatch import fold, words

    wanted = fold(incomplete).strip()
    found = set()
    for value in values:
        folded = fold(value)
        if folded.startswith(wanted) or (
            by_word and any(word.startswith(wanted) for *_, word in words(folded))
        ):
            found.add(value)
    return sorted(found)


def ids(incomplete: str) -> list[str]:
    """Every id a record or source has, that starts with what was typed."""
    return _matching(_ids(), incomplete)


def places(incomplete: str) -> list[str]:
    """Every city and country the events name."""
    found = (
        name
        for event in _events()
        for place in event.get("places", ())
        for name in (place["city"], place["country"])
    )
    return _matching(found, incomplete, by_word=True)


def parties(incomplete: str) -> list[str]:
    """Every party the events name, and every partner of a role."""
    dataset, secondary = _files()
    found = [party["name"] for event in _events() for party in event.get("parties", ())]
    for role in (*dataset.get("roles", ()), *secondary.get("roles", ())):
        found += role.get("partners", [])
    return _matching(iter(found), incomplete, by_word=True)
