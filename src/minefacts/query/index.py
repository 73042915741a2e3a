"""Every record of a catalog by its id, whatever its provenance, and what is said of it.

The source document's facts (events, roles, pledges) and the secondary record (sources,
claims, events, roles, figures) share one space of ids, so any id a user sees can be
looked up, shown and cited.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from minefacts.catalog.loading import Catalog
from minefacts.model.records import Document, Event, Pledge, Role
from minefacts.model.secondary import (
    Claim,
    Figure,
    Link,
    SecondaryEvent,
    SecondaryRole,
    SecondarySource,
)

Fact = Event | Role | Pledge
"""A fact of the source document, carrying its verbatim quote."""
AnyEvent = Event | SecondaryEvent
AnyRole = Role | SecondaryRole
Record = Event | Role | Pledge | SecondaryEvent | SecondaryRole | Figure | Claim
"""Anything a user can show or cite, but for sources."""
Source = Document | SecondarySource

Kind = Literal["event", "role", "pledge", "figure", "claim", "source"]
Provenance = Literal["primary", "secondary"]


def kind_of(item: Record | Source) -> Kind:
    """What sort of record this is, in one word: ``event``, ``role``, ``pledge``,
    ``figure``, ``claim`` or ``source``."""
    if isinstance(item, Event | SecondaryEvent):
        return "event"
    if isinstance(item, Role | SecondaryRole):
        return "role"
    if isinstance(item, Pledge):
        return "pledge"
    if isinstance(item, Figure):
        return "figure"
    if isinstance(item, Claim):
        return "claim"
    return "source"


def provenance_of(item: Record | Source) -> Provenance:
    """``primary`` for the source document and its facts, ``secondary`` for the rest."""
    return "primary" if isinstance(item, Event | Role | Pledge | Document) else "secondary"


def title_of(item: Record | Source) -> str:
    """A one-line name for any record."""
    if isinstance(item, Role | SecondaryRole):
        return f"{item.role} of the {item.body}"
    if isinstance(item, Claim | Figure):
        return item.states
    if isinstance(item, SecondarySource):
        return full_title(item)
    return item.title


def full_title(source: SecondarySource) -> str:
    """A secondary source's title with the publication it is part of: "Landmine Monitor
    Report 2003: Japan"."""
    return f"{source.container}: {source.title}" if source.container else source.title


@dataclass
class Index:
    """A catalog's records by id, and the claims about each."""

    records: dict[str, Record] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    claims_about: dict[str, list[Claim]] = field(default_factory=dict)
    figures_about: dict[str, list[Figure]] = field(default_factory=dict)
    links_to: dict[str, list[tuple[Claim | Figure, Link]]] = field(default_factory=dict)

    def find(self, item_id: str) -> Record | Source | None:
        """The record or source with this id, or None."""
        return self.records.get(item_id) or self.sources.get(item_id)

    def about(self, item_id: str) -> list[Claim]:
        """The claims about a record, in the order of the file."""
        return self.claims_about.get(item_id, [])

    def figures(self, item_id: str) -> list[Figure]:
        """The figures about a record (mines destroyed, about the destruction)."""
        return self.figures_about.get(item_id, [])

    def linked(self, item_id: str) -> list[tuple[Claim | Figure, Link]]:
        """The claims and figures that link to a record, each with its link."""
        return self.links_to.get(item_id, [])

    def source(self, source_id: str) -> Source:
        """A source by id; KeyError if there is none."""
        return self.sources[source_id]

    def behind(self, ids: Iterable[str]) -> tuple[Source, ...]:
        """The sources the records with these ids rest on, each once, in the order first
        met; ids of no record (a source's own) are passed over."""
        found: dict[str, Source] = {}
        for record_id in ids:
            record = self.records.get(record_id)
            if record is not None and record.source.document not in found:
                found[record.source.document] = self.source(record.source.document)
        return tuple(found.values())


_CACHE: dict[tuple[int, int], tuple[Catalog, Index]] = {}


def index(catalog: Catalog) -> Index:
    """The index of a catalog, built once per catalog."""
    key = (id(catalog.dataset), id(catalog.secondary))
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is catalog:
        return cached[1]
    built = Index()
    secondary = catalog.secondary
    everything: Sequence[Record] = (
        *catalog.dataset.facts(),
        *secondary.events,
        *secondary.roles,
        *secondary.figures,
        *secondary.claims,
    )
    for item in everything:
        built.records.setdefault(item.id, item)
    for document in catalog.dataset.documents:
        built.sources.setdefault(document.id, document)
    for source in secondary.sources:
        built.sources.setdefault(source.id, source)
    for claim in secondary.claims:
        for about in claim.about:
            built.claims_about.setdefault(about, []).append(claim)
    for figure in secondary.figures:
        for about in figure.about:
            built.figures_about.setdefault(about, []).append(figure)
    linking_records: list[Claim | Figure] = [*secondary.claims, *secondary.figures]
    for linking in linking_records:
        for link in linking.links:
            built.links_to.setdefault(link.record, []).append((linking, link))
    _CACHE.clear()
    _CACHE[key] = (catalog, built)
    return built


def events(catalog: Catalog) -> list[AnyEvent]:
    """The source document's events, then the secondary record's."""
    return [*catalog.dataset.events, *catalog.secondary.events]


def roles(catalog: Catalog) -> list[AnyRole]:
    """The source document's roles, then the secondary record's."""
    return [*catalog.dataset.roles, *catalog.secondary.roles]
