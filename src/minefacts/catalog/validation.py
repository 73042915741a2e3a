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
from minefacts.model.secondary import Claim, Corroboration, SecondarySource

# A dataset file is a `Dataset`, plus an optional "$schema" key naming its JSON Schema.
DatasetFile = TypedDict(
    "DatasetFile",
    {
        "$schema": NotRequired[str],
        "documents": tuple[Document, ...],
        "events": tuple[Event, ...],
        "roles": NotRequired[tuple[Role, ...]],
        "pledges": NotRequired[tuple[Pledge, ...]],
    },
)
DatasetFile.__doc__ = "A whole dataset file: its documents and the facts drawn from them."
DatasetFile.__pydantic_config__ = {"extra": "forbid", "title": "Dataset"}  # type: ignore[attr-defined]


# A corroboration file likewise, with its own optional "$schema".
CorroborationFile = TypedDict(
    "CorroborationFile",
    {
        "$schema": NotRequired[str],
        "sources": NotRequired[tuple[SecondarySource, ...]],
        "claims": NotRequired[tuple[Claim, ...]],
    },
)
CorroborationFile.__doc__ = "Secondary sources and what they state about the seed's facts."
CorroborationFile.__pydantic_config__ = {"extra": "forbid", "title": "Corroboration"}  # type: ignore[attr-defined]


@cache
def _adapter() -> TypeAdapter[DatasetFile]:
    return TypeAdapter(DatasetFile)


@cache
def _corroboration_adapter() -> TypeAdapter[CorroborationFile]:
    return TypeAdapter(CorroborationFile)


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


def _dataset(validate: Callable[[Any], DatasetFile], data: Any) -> Dataset:
    with _no_cyclic_gc():
        fields = validate(data)
    return Dataset(
        documents=fields["documents"],
        events=fields["events"],
        roles=fields.get("roles", ()),
        pledges=fields.get("pledges", ()),
    )


def validate(data: Any) -> Dataset:
    """A dataset from parsed JSON, validated field by field. Raises pydantic's
    ValidationError, whose locations name the collection, index and field.
    """
    return _dataset(_adapter().validate_python, data)


def validate_json(data: bytes) -> Dataset:
    """A dataset straight from a file's bytes, validated as it is parsed. Raises pydantic's
    ValidationError, for malformed JSON too.
    """
    return _dataset(_adapter().validate_json, data)


def validate_corroboration_json(data: bytes) -> Corroboration:
    """A corroboration file from its bytes, validated as it is parsed."""
    fields = _corroboration_adapter().validate_json(data)
    return Corroboration(sources=fields.get("sources", ()), claims=fields.get("claims", ()))


def _schema(adapter: TypeAdapter[Any]) -> dict[str, Any]:
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **adapter.json_schema()}


def dataset_schema() -> dict[str, Any]:
    """The JSON Schema of a dataset file, generated from the models."""
    return _schema(_adapter())


def corroboration_schema() -> dict[str, Any]:
    """The JSON Schema of a corroboration file, generated from the models."""
    return _schema(_corroboration_adapter())
