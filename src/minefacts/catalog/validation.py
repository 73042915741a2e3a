"""pydantic's view of the models: validating a dataset file and generating its JSON Schema.

Only the paths that validate a file the user hands in, or generate the schema, import this
module, and with it pydantic.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, NotRequired

from pydantic import TypeAdapter
from typing_extensions import TypedDict

from minefacts.model.records import Dataset, Document, Event, Pledge, Role
from minefacts.model.secondary import (
    Claim,
    Figure,
    SecondaryEvent,
    SecondaryRecord,
    SecondaryRole,
    SecondarySource,
)

# A dataset file is a `Dataset`, plus an optional "$schema" key naming its JSON Schema, an
# optional "notice" (the attribution an export carries; not read back), and an optional
# "secondary" record that goes with it (an export carries the whole dataset).
DatasetFile = TypedDict(
    "DatasetFile",
    {
        "$schema": NotRequired[str],
        "notice": NotRequired[dict[str, Any]],
        "documents": tuple[Document, ...],
        "events": tuple[Event, ...],
        "roles": NotRequired[tuple[Role, ...]],
        "pledges": NotRequired[tuple[Pledge, ...]],
        "secondary": NotRequired[SecondaryRecord],
    },
)
DatasetFile.__doc__ = (
    "A whole dataset file: its documents, the facts drawn from them, and optionally the "
    "secondary record that goes with them."
)
DatasetFile.__pydantic_config__ = {"extra": "forbid", "title": "Dataset"}  # type: ignore[attr-defined]


# A secondary-record file likewise, with its own optional "$schema".
SecondaryFile = TypedDict(
    "SecondaryFile",
    {
        "$schema": NotRequired[str],
        "sources": NotRequired[tuple[SecondarySource, ...]],
        "claims": NotRequired[tuple[Claim, ...]],
        "events": NotRequired[tuple[SecondaryEvent, ...]],
        "roles": NotRequired[tuple[SecondaryRole, ...]],
        "figures": NotRequired[tuple[Figure, ...]],
    },
)
SecondaryFile.__doc__ = (
    "The secondary record: other public sources, what they state about the source "
    "document's facts, and the events, roles and figures they add."
)
SecondaryFile.__pydantic_config__ = {"extra": "forbid", "title": "SecondaryRecord"}  # type: ignore[attr-defined]


@cache
def _adapter() -> TypeAdapter[DatasetFile]:
    return TypeAdapter(DatasetFile)


@cache
def _secondary_adapter() -> TypeAdapter[SecondaryFile]:
    return TypeAdapter(SecondaryFile)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Building a large dataset makes many objects and no cycles; the cyclic collector
    would only walk them again and again, while they are built and while they are
    queried. So it is paused while they are built, and they are then frozen out of its
    sight (`gc.freeze`) for the rest of the run.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _dataset(
    validate: Callable[[Any], DatasetFile], data: Any
) -> tuple[Dataset, SecondaryRecord | None]:
    with _no_cyclic_gc():
        fields = validate(data)
    dataset = Dataset(
        documents=fields["documents"],
        events=fields["events"],
        roles=fields.get("roles", ()),
        pledges=fields.get("pledges", ()),
    )
    return dataset, fields.get("secondary")


def validate(data: Any) -> Dataset:
    """A dataset from parsed JSON, validated field by field. Raises pydantic's
    ValidationError, whose locations name the collection, index and field.
    """
    return _dataset(_adapter().validate_python, data)[0]


def validate_json(data: bytes) -> tuple[Dataset, SecondaryRecord | None]:
    """A dataset, and the secondary record it carries if any, straight from a file's
    bytes, validated as it is parsed. Raises pydantic's ValidationError, for malformed JSON
    too.
    """
    return _dataset(_adapter().validate_json, data)


def validate_secondary_json(data: bytes) -> SecondaryRecord:
    """A secondary-record file from its bytes, validated as it is parsed."""
    fields = _secondary_adapter().validate_json(data)
    return SecondaryRecord(
        sources=fields.get("sources", ()),
        claims=fields.get("claims", ()),
        events=fields.get("events", ()),
        roles=fields.get("roles", ()),
        figures=fields.get("figures", ()),
    )


def _schema(adapter: TypeAdapter[Any]) -> dict[str, Any]:
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **adapter.json_schema()}


def dataset_schema() -> dict[str, Any]:
    """The JSON Schema of a dataset file, generated from the models."""
    return _schema(_adapter())


def secondary_schema() -> dict[str, Any]:
    """The JSON Schema of a secondary-record file, generated from the models."""
    return _schema(_secondary_adapter())
