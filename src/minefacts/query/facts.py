"""Looking up one fact: the record, its paragraph in the source, its related facts, and
what other records say about it."""

from __future__ import annotations

from dataclasses import dataclass

from minefacts.catalog import Catalog
from minefacts.catalog.rules import normalise_space
from minefacts.errors import QueryError
from minefacts.model.records import Dataset, Event, Pledge, Role
from minefacts.model.secondary import SEED, Claim, SecondarySource
from minefacts.query.textmatch import did_you_mean

Fact = Event | Role | Pledge


def title_of(fact: Fact | Claim) -> str:
    """A one-line name for any fact."""
    if isinstance(fact, Role):
        return f"{fact.role} of the {fact.body}"
    if isinstance(fact, Claim):
        return fact.states
    return fact.title


def kind_of(fact: Fact | Claim) -> str:
    """``event``, ``role``, ``pledge`` or ``claim``."""
    return type(fact).__name__.lower()


def find(catalog: Catalog, fact_id: str) -> Fact | Claim:
    """The fact or secondary claim with this id; a QueryError naming the closest ids."""
    for fact in catalog.dataset.facts():
        if fact.id == fact_id:
            return fact
    for claim in catalog.corroboration.claims:
        if claim.id == fact_id:
            return claim
    known = [fact.id for fact in catalog.dataset.facts()]
    known += [claim.id for claim in catalog.corroboration.claims]
    hint = did_you_mean(fact_id, known) or "'minefacts search WORDS' finds ids. "
    raise QueryError(f"unknown id {fact_id!r}; {hint.strip()}")


def related(dataset: Dataset, fact: Fact) -> list[Fact]:
    """Facts this one names, and facts that name it, in dataset order, each once."""
    named: set[str] = set()
    if isinstance(fact, Event):
        named.update(fact.related)
    if isinstance(fact, Role | Pledge):
        named.add(fact.event)
    if isinstance(fact, Pledge) and fact.achieved is not None:
        named.add(fact.achieved.event)
    result = []
    for other in dataset.facts():
        if other.id == fact.id:
            continue
        names_this = (
            (isinstance(other, Event) and fact.id in other.related)
            or (isinstance(other, Role | Pledge) and other.event == fact.id)
            or (isinstance(other, Pledge) and other.achieved and other.achieved.event == fact.id)
        )
        if other.id in named or names_this:
            result.append(other)
    return result


@dataclass(frozen=True)
class Corroborating:
    """A secondary claim about a fact, with the source it comes from."""

    claim: Claim
    source: SecondarySource

    @property
    def disagrees_with_seed(self) -> bool:
        return SEED in self.claim.disagrees_with


def corroborating(catalog: Catalog, fact_id: str) -> list[Corroborating]:
    """What other records say about a fact; empty when it rests on the seed alone."""
    sources = {source.id: source for source in catalog.corroboration.sources}
    return [
        Corroborating(claim, sources[claim.source])
        for claim in catalog.corroboration.claims
        if fact_id in claim.about
    ]


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
class FactView:
    """Everything `minefacts show` tells about one fact."""

    record: Fact | Claim
    passage: Passage | None
    related: list[Fact]
    corroboration: list[Corroborating]
    primary_only: bool


def view(catalog: Catalog, fact_id: str) -> FactView:
    """The fact with this id, its quote's paragraph, related facts and other records."""
    record = find(catalog, fact_id)
    if isinstance(record, Claim):
        return FactView(record, None, [], [], catalog.primary_only)
    return FactView(
        record,
        passage(catalog.text(record.source.document), record.source.quote),
        related(catalog.dataset, record),
        corroborating(catalog, record.id),
        catalog.primary_only,
    )
