"""Dataset rules: unique ids, resolving references, and quotes found in their source."""

from __future__ import annotations

from typing import Any

from minefacts.catalog import validation
from minefacts.catalog.loading import Catalog
from minefacts.catalog.rules import check, normalise_space
from minefacts.model.records import Dataset
from minefacts.render.export.dataset import plain


def texts(catalog: Catalog) -> dict[str, str]:
    return {document.id: catalog.text(document.id) for document in catalog.dataset.documents}


def modified(catalog: Catalog, collection: str, index: int, **changes: Any) -> Dataset:
    """The bundled dataset with one record's fields replaced."""
    data = plain(catalog.dataset)
    data[collection][index].update(changes)
    return validation.validate(data)


def messages(catalog: Catalog, dataset: Dataset) -> list[str]:
    return [str(problem) for problem in check(dataset, texts(catalog))]


def test_the_bundled_dataset_breaks_no_rule(catalog: Catalog) -> None:
    """The shipped data passes every dataset rule."""
    assert check(catalog.dataset, texts(catalog)) == []


def test_a_duplicate_id_is_named_with_both_places(catalog: Catalog) -> None:
    """Ids are unique across the whole dataset: a role may not reuse an event's id."""
    first = catalog.dataset.events[0].id
    dataset = modified(catalog, "roles", 0, id=first)
    assert messages(catalog, dataset) == [
        f"roles[0] (id '{first}'), field id: duplicate id, already used in events[0]"
    ]


def test_a_dangling_reference_is_named(catalog: Catalog) -> None:
    """A role pointing at an event that does not exist is reported at its `event` field."""
    dataset = modified(catalog, "roles", 0, event="no-such-event")
    role_id = catalog.dataset.roles[0].id
    assert messages(catalog, dataset) == [
        f"roles[0] (id '{role_id}'), field event: refers to event 'no-such-event', "
        "which does not exist"
    ]


def test_a_quote_not_in_the_source_is_named(catalog: Catalog) -> None:
    """An altered quote is caught: the record, the field and the document are named."""
    event = catalog.dataset.events[2]
    source = plain(event.source) | {"quote": event.source.quote.replace("Japan", "Nippon")}
    dataset = modified(catalog, "events", 2, source=source)
    assert messages(catalog, dataset) == [
        f"events[2] (id '{event.id}'), field source.quote: not found verbatim in document "
        "'mofa-2003-02'"
    ]


def test_an_amount_must_be_worded_as_in_its_quote(catalog: Catalog) -> None:
    """A quantity whose wording is not in the quote is caught, so amounts stay sourced."""
    index, event = next(
        (i, e) for i, e in enumerate(catalog.dataset.events) if e.id == "stockpile-destruction"
    )
    quantity = plain(event.quantities[0]) | {"text": "exactly one million mines"}
    dataset = modified(catalog, "events", index, quantities=[quantity])
    assert messages(catalog, dataset) == [
        f"events[{index}] (id 'stockpile-destruction'), field quantities[0].text: "
        "'exactly one million mines' does not appear in the quote it comes from"
    ]


def test_quotes_match_across_line_breaks() -> None:
    """Whitespace is normalised before comparing, so wrapped text still matches."""
    assert normalise_space("Japan's Efforts\n\n  February 2003") == "Japan's Efforts February 2003"
