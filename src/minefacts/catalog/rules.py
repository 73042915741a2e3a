"""Rules that need the whole dataset: unique ids, references that resolve, quotes in sources.

Each broken rule is a `Problem` naming the record and the field, so a wrong record can be
found and fixed. `check` returns every problem rather than stopping at the first.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence

from minefacts.errors import Problem
from minefacts.model.records import Dataset, Document, Event, Pledge, Quantity, Role


def amount_mismatch(quantity: Quantity) -> str | None:
    """Why a quantity's value does not match the number its words state, if it does not."""
    from minefacts.model.amounts import stated

    words = stated(quantity.text)
    if words is None or words.value == quantity.value:
        return None
    return f"value {quantity.value:,} does not match the words {quantity.text!r} ({words.value:,})"


def normalise_space(text: str) -> str:
    """Collapse every run of whitespace to one space, so line breaks never matter."""
    return " ".join(text.split())


AnyRecord = Document | Event | Role | Pledge


def _records(dataset: Dataset) -> Iterator[tuple[str, int, AnyRecord]]:
    collections: dict[str, Sequence[AnyRecord]] = {
        "documents": dataset.documents,
        "events": dataset.events,
        "roles": dataset.roles,
        "pledges": dataset.pledges,
    }
    for collection, records in collections.items():
        for index, record in enumerate(records):
            yield collection, index, record


def _references(record: AnyRecord) -> Iterator[tuple[str, str]]:
    """The (field path, target id) pairs a record points at; `related` may name any record."""
    if isinstance(record, Role | Pledge):
        yield "event", record.event
    if isinstance(record, Role) and record.decided_at is not None:
        yield "decided_at", record.decided_at
    if isinstance(record, Pledge) and record.achieved is not None:
        yield "achieved.event", record.achieved.event
    if isinstance(record, Event):
        for position, target in enumerate(record.related):
            yield f"related[{position}]", target


def _wordings(record: AnyRecord, quotes: Mapping[str, str]) -> Iterator[tuple[str, str, str]]:
    """(field path, source wording, quote it must appear in) for every amount a record states.

    An amount belongs to its record's own quote, except what a pledge achieved, which belongs
    to the quote of the event that records the achievement (`quotes` maps event ids to quotes).
    """
    if isinstance(record, Pledge):
        yield "amount.text", record.amount.text, record.source.quote
        if record.achieved is not None and record.achieved.event in quotes:
            achieved = record.achieved
            yield "achieved.amount.text", achieved.amount.text, quotes[achieved.event]
    if isinstance(record, Event):
        for position, quantity in enumerate(record.quantities):
            yield f"quantities[{position}].text", quantity.text, record.source.quote


def _quantities(record: Event | Role | Pledge) -> Iterator[tuple[str, Quantity]]:
    if isinstance(record, Pledge):
        yield "amount.value", record.amount
        if record.achieved is not None:
            yield "achieved.amount.value", record.achieved.amount
    if isinstance(record, Event):
        for position, quantity in enumerate(record.quantities):
            yield f"quantities[{position}].value", quantity


def _source_problems(
    record: Event | Role | Pledge,
    documents: Collection[str],
    texts: Mapping[str, str],
    quotes: Mapping[str, str],
    searched: dict[tuple[str, str], bool],
) -> Iterator[tuple[str, str]]:
    """The quote must be in its document, and every stated amount must be in its quote.
    A document whose text could not be read is reported once, on the document itself.
    `searched` remembers each (document, quote) already looked for: large datasets repeat
    them.
    """
    source = record.source
    if source.document not in documents:
        yield "source.document", f"refers to document {source.document!r}, which does not exist"
        return
    if source.document not in texts:
        return
    key = (source.document, source.quote)
    if key not in searched:
        searched[key] = normalise_space(source.quote) in texts[source.document]
    if not searched[key]:
        yield "source.quote", f"not found verbatim in document {source.document!r}"
    for field, wording, quote in _wordings(record, quotes):
        if normalise_space(wording) not in normalise_space(quote):
            yield field, f"{wording!r} does not appear in the quote it comes from"
    for field, quantity in _quantities(record):
        mismatch = amount_mismatch(quantity)
        if mismatch is not None:
            yield field, mismatch


def check(dataset: Dataset, texts: Mapping[str, str]) -> list[Problem]:
    """Every rule the dataset breaks. `texts` maps each document id to its full text."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    event_ids = {event.id for event in dataset.events}
    record_ids = {record.id for *_, record in _records(dataset)}
    normalised = {doc_id: normalise_space(text) for doc_id, text in texts.items()}
    quotes = {event.id: event.source.quote for event in dataset.events}
    document_ids = {document.id for document in dataset.documents}
    searched: dict[tuple[str, str], bool] = {}

    for collection, index, record in _records(dataset):
        record_id = record.id
        found: list[tuple[str, str]] = []
        if record_id in seen:
            found.append(("id", f"duplicate id, already used in {seen[record_id]}"))
        else:
            seen[record_id] = f"{collection}[{index}]"

        for field, target in _references(record):
            related = field.startswith("related")
            if target not in (record_ids if related else event_ids):
                noun = "record" if related else "event"
                found.append((field, f"refers to {noun} {target!r}, which does not exist"))

        if not isinstance(record, Document):
            found.extend(_source_problems(record, document_ids, normalised, quotes, searched))
        if found:
            problems.extend(Problem(collection, index, record_id, *each) for each in found)
    return problems
