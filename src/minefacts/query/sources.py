"""Every source, primary and secondary, with what rests on it: for the source document,
its facts; for another record, the records it adds and, grouped by relation, the facts its
claims confirm, add detail to, are consistent with or disagree with."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.model.dates import PartialDate
from minefacts.model.records import Document
from minefacts.model.secondary import (
    READINGS,
    RELATIONS,
    Claim,
    Figure,
    SecondaryEvent,
    SecondaryRole,
    SecondarySource,
)
from minefacts.query.index import Fact, full_title, index


@dataclass(frozen=True)
class SourceSummary:
    """A source, and what rests on it."""

    id: str
    primary: bool
    type: str
    publisher: str | None
    title: str
    date: PartialDate | None
    url: str | None
    accessed: str | None
    supports: tuple[str, ...]
    """The records that rest on it: the source document's facts, or the events, roles
    and figures a secondary source adds."""
    relations: dict[str, tuple[str, ...]]
    """For a secondary source: the ids of the records its claims bear on, by relation."""
    claims: tuple[str, ...]
    disagreements: tuple[str, ...]
    """Its claims and figures that disagree with a record or revise one."""


def _document(catalog: Catalog, document: Document) -> SourceSummary:
    facts = tuple(f.id for f in catalog.dataset.facts() if f.source.document == document.id)
    return SourceSummary(
        document.id,
        True,
        "webpage",
        document.publisher,
        document.title,
        document.date,
        document.url,
        document.accessed,
        facts,
        {},
        (),
        (),
    )


def _disputes(item: Claim | Figure) -> bool:
    """True when a record disagrees with another or revises it."""
    return (isinstance(item, Claim) and item.relation == "disagrees") or any(
        link.relation in READINGS for link in item.links
    )


def sources(catalog: Catalog) -> list[SourceSummary]:
    """The source documents, then each secondary source, with what rests on it."""
    result = [_document(catalog, document) for document in catalog.dataset.documents]
    secondary = catalog.secondary
    added: list[SecondaryEvent | SecondaryRole | Figure] = [
        *secondary.events,
        *secondary.roles,
        *secondary.figures,
    ]
    for source in secondary.sources:
        claims = [c for c in secondary.claims if c.source.document == source.id]
        figures = [f for f in secondary.figures if f.source.document == source.id]
        own: list[Claim | Figure] = [*claims, *figures]
        relations = {
            relation: tuple(
                dict.fromkeys(about for c in claims if c.relation == relation for about in c.about)
            )
            for relation in RELATIONS
        }
        result.append(
            SourceSummary(
                source.id,
                False,
                source.type,
                source.publisher,
                full_title(source),
                source.date,
                source.url,
                source.accessed,
                tuple(r.id for r in added if r.source.document == source.id),
                {relation: ids for relation, ids in relations.items() if ids},
                tuple(claim.id for claim in claims),
                tuple(item.id for item in own if _disputes(item)),
            )
        )
    return result


def seed_only(catalog: Catalog) -> list[Fact]:
    """Facts of the source document no other record bears on: they rest on it alone."""
    found = index(catalog)
    return [fact for fact in catalog.dataset.facts() if not found.about(fact.id)]


def behind(catalog: Catalog, ids: Iterable[str]) -> list[SecondarySource]:
    """The secondary sources the records with these ids rest on, each once, in the order
    first met: what a handout of those records must credit besides the source document."""
    return [s for s in index(catalog).behind(ids) if isinstance(s, SecondarySource)]
