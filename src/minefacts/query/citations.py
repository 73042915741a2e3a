"""What a bibliography cites: each source once, with the records cited from it as
locators. Several facts of one document make one entry, not several."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from minefacts.catalog.loading import Catalog
from minefacts.model.records import Event, Pledge, Role
from minefacts.model.release import KEY, WORK, Work
from minefacts.model.secondary import Claim, Figure
from minefacts.query.facts import find
from minefacts.query.index import Record, Source, index


@dataclass(frozen=True)
class Locator:
    """One record cited from a source: where in it, and what it says there (a verbatim
    quote from the source document, a paraphrase from any other record)."""

    record: Record
    section: str | None
    text: str
    quoted: bool


@dataclass
class Entry:
    """A source and the records cited from it, in the order they were asked for; or the
    dataset itself (`minefacts.model.release.Work`), cited as a whole."""

    source: Source | Work
    locators: list[Locator] = field(default_factory=list)


def _locator(item: Record) -> Locator:
    if isinstance(item, Event | Role | Pledge):
        return Locator(item, item.source.section, " ".join(item.source.quote.split()), True)
    text = item.states if isinstance(item, Claim | Figure) else item.summary
    return Locator(item, item.source.section, text, False)


def bibliography(catalog: Catalog, ids: Iterable[str]) -> list[Entry]:
    """One entry per source, in the order each is first cited; each id a record cited
    from it, or a source cited as a whole; ``minefacts`` the dataset itself. Unknown ids
    are a QueryError naming the closest."""
    entries: dict[str, Entry] = {}
    found = index(catalog)
    for item_id in dict.fromkeys(ids):
        if item_id == KEY and found.find(KEY) is None:
            entries.setdefault(KEY, Entry(WORK))
            continue
        item = find(catalog, item_id)
        if isinstance(item, Record):
            source = found.source(item.source.document)
            entry = entries.setdefault(source.id, Entry(source))
            entry.locators.append(_locator(item))
        else:
            entries.setdefault(item.id, Entry(item))
    return list(entries.values())


def everything(catalog: Catalog) -> list[str]:
    """Every record's id, for citing them all: the source document's facts first."""
    return list(index(catalog).records)
