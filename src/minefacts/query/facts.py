"""Looking up one record by its id, whatever it is: a fact of the source document with its
quote in its paragraph, a record or claim of the secondary record, or a source, with what
it is related to and what other records say about it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from minefacts.catalog.loading import Catalog
from minefacts.catalog.rules import normalise_space
from minefacts.errors import HiddenRecord, QueryError, UnknownName
from minefacts.model.records import Document, Event, Pledge, Role
from minefacts.model.secondary import Claim, Figure, SecondaryEvent, SecondaryRole
from minefacts.query.index import Index, Record, Source, index, kind_of
from minefacts.query.terms import Term, term
from minefacts.query.textmatch import closest


def find(catalog: Catalog, item_id: str) -> Record | Source:
    """The record, claim or source with this id; a `HiddenRecord` for a record of the
    secondary record a catalog of the source document alone hides; else an `UnknownName`
    naming the closest ids."""
    found = index(catalog)
    item = found.find(item_id)
    if item is not None:
        return item
    if catalog.primary_only:
        hidden = index(replace(catalog, primary_only=False)).find(item_id)
        if hidden is not None:
            raise HiddenRecord(item_id, kind_of(hidden))
    raise UnknownName("id", item_id, closest(item_id, [*found.records, *found.sources]))


def names(item: Record) -> Iterator[str]:
    """The ids a record names: related records, the events it comes from, was decided at
    or ended at, the role it replaced, what a claim or figure is about and links to."""
    if isinstance(item, Event | SecondaryEvent):
        yield from item.related
    if isinstance(item, Role | Pledge):
        yield item.event
    if isinstance(item, Pledge) and item.achieved is not None:
        yield item.achieved.event
    if isinstance(item, Role | SecondaryRole) and item.decided_at is not None:
        yield item.decided_at
    if isinstance(item, SecondaryRole) and item.replaces is not None:
        yield item.replaces
    if isinstance(item, Claim | Figure):
        yield from item.about
        yield from (link.record for link in item.links)
    if isinstance(item, Claim) and item.began_at is not None:
        yield item.began_at
    if isinstance(item, Claim) and item.ended_at is not None:
        yield item.ended_at
    if isinstance(item, SecondaryRole) and item.ended_at is not None:
        yield item.ended_at


def related(catalog: Catalog, item: Record) -> list[Record]:
    """Records this one names, and records that name it, in file order, each once. Claims
    and figures about it are not listed here: they are what other records say
    (`said_about`)."""
    found = index(catalog)
    named = set(names(item))
    result = []
    for other in found.records.values():
        if other.id == item.id:
            continue
        said = isinstance(other, Claim) or (isinstance(other, Figure) and item.id in other.about)
        if other.id in named or (not said and item.id in set(names(other))):
            result.append(other)
    return result


@dataclass(frozen=True)
class Said:
    """A claim or figure of the secondary record about a record, with its source."""

    claim: Claim | Figure
    source: Source


def said_about(catalog: Catalog, item_id: str) -> list[Said]:
    """What other records say about a record (the claims about it, then the figures that
    count for it); empty when it rests on its own source alone."""
    found = index(catalog)
    about: list[Claim | Figure] = [*found.about(item_id), *found.figures(item_id)]
    return [Said(item, found.source(item.source.document)) for item in about]


@dataclass(frozen=True)
class Passage:
    """A quote inside its paragraph: the paragraph, and where the quote starts and ends."""

    paragraph: str
    start: int
    end: int


def passage(text: str, quote: str) -> Passage | None:
    """The paragraph of `text` holding `quote` (compared with whitespace normalised), with
    the quote's place in it; None if no paragraph holds it."""
    target = normalise_space(quote)
    for block in text.split("\n\n"):
        paragraph = normalise_space(block)
        start = paragraph.find(target)
        if start >= 0:
            return Passage(paragraph, start, start + len(target))
    return None


@dataclass(frozen=True)
class View:
    """Everything `minefacts show` tells about one record or source."""

    item: Record | Source
    source: Source | None
    """Where the record comes from; None for a source itself."""
    passage: Passage | None
    related: list[Record]
    said: list[Said]
    """What other records say about it."""
    resting: list[Record]
    """For a source: the records and claims that rest on it."""
    term: Term | None
    """For a role: its term, as far as the records tell."""
    primary_only: bool
    index: Index
    """Every record by its id, to name the records an answer rests on."""


def resting_on(catalog: Catalog, source_id: str) -> list[Record]:
    """The records and claims whose source is `source_id`, in file order."""
    return [item for item in index(catalog).records.values() if item.source.document == source_id]


def view(catalog: Catalog, item_id: str) -> View:
    """The record, claim or source with this id, and everything around it."""
    item = find(catalog, item_id)
    found = index(catalog)
    primary_only = catalog.primary_only
    if not isinstance(item, Record):
        resting = resting_on(catalog, item.id)
        return View(item, None, None, [], [], resting, None, primary_only, found)
    source = found.source(item.source.document)
    quote_passage = None
    if isinstance(item, Event | Role | Pledge):
        quote_passage = passage(catalog.text(item.source.document), item.source.quote)
    role_term = term(catalog, item) if isinstance(item, Role | SecondaryRole) else None
    return View(
        item,
        source,
        quote_passage,
        related(catalog, item),
        said_about(catalog, item.id),
        [],
        role_term,
        primary_only,
        found,
    )


@dataclass(frozen=True)
class DocumentView:
    """A source document's text, and where in it a fact's quote stands."""

    document: Document
    text: str
    marks: tuple[tuple[int, int], ...]
    marked: str | None
    """The id of the fact whose quote is marked, if one is."""


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` stands in `text`, whatever whitespace lies between its words."""
    import re

    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    match = re.search(pattern, text)
    return None if match is None else (match.start(), match.end())


def document(catalog: Catalog, mark: str | None = None) -> DocumentView:
    """The source document, as kept in the package; with `mark`, the document that fact
    quotes, its quote located. A QueryError for an id that is not a fact of a document."""
    if mark is None:
        chosen = catalog.dataset.documents[0]
        return DocumentView(chosen, catalog.text(chosen.id), (), None)
    try:
        fact: Record | Source | None = find(catalog, mark)
    except HiddenRecord:  # of the secondary record: never a fact of a document
        fact = None
    if not isinstance(fact, Event | Role | Pledge):
        raise QueryError(
            f"{mark!r} is not a fact of the source document: other records are paraphrased, "
            "not quoted, so there is nothing to mark"
        )
    [chosen] = [d for d in catalog.dataset.documents if d.id == fact.source.document]
    text = catalog.text(chosen.id)
    found = locate(text, fact.source.quote)
    return DocumentView(chosen, text, () if found is None else (found,), mark)
