"""Every source, primary and secondary, with the facts it supports."""

from __future__ import annotations

from dataclasses import dataclass

from minefacts.catalog import Catalog
from minefacts.model.dates import PartialDate
from minefacts.query.facts import Fact


@dataclass(frozen=True)
class SourceSummary:
    """A source, primary or secondary, and the facts it supports."""

    id: str
    primary: bool
    publisher: str
    title: str
    date: PartialDate | None
    url: str | None
    supports: tuple[str, ...]
    claims: tuple[str, ...]
    disagreements: tuple[str, ...]


def sources(catalog: Catalog) -> list[SourceSummary]:
    """The seed documents, then each secondary source, with the facts each supports."""
    dataset = catalog.dataset
    result = [
        SourceSummary(
            document.id,
            True,
            document.publisher,
            document.title,
            document.date,
            document.url,
            tuple(fact.id for fact in dataset.facts() if fact.source.document == document.id),
            (),
            (),
        )
        for document in dataset.documents
    ]
    for source in catalog.corroboration.sources:
        claims = [claim for claim in catalog.corroboration.claims if claim.source == source.id]
        supports = tuple(dict.fromkeys(fact for claim in claims for fact in claim.about))
        result.append(
            SourceSummary(
                source.id,
                False,
                source.publisher,
                source.title,
                source.date,
                source.url,
                supports,
                tuple(claim.id for claim in claims),
                tuple(claim.id for claim in claims if claim.relation == "disagrees"),
            )
        )
    return result


def seed_only(catalog: Catalog) -> list[Fact]:
    """Facts no other record corroborates: they rest on the seed alone."""
    about = {fact for claim in catalog.corroboration.claims for fact in claim.about}
    return [fact for fact in catalog.dataset.facts() if fact.id not in about]
