"""pydantic's view of the models: validating a dataset file and generating its JSON Schema.

This is the only module that imports pydantic, and only the commands that validate a file
the user hands in (or generate the schema) import it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from minefacts.models import Dataset

if TYPE_CHECKING:
    from pydantic import TypeAdapter

SCHEMA_KEY = "$schema"
"""The optional top-level key naming the JSON Schema a dataset file follows."""


@cache
def _adapter() -> TypeAdapter[Dataset]:
    from pydantic import TypeAdapter

    return TypeAdapter(Dataset)


def validate(data: Any) -> Dataset:
    """A dataset from parsed JSON, validated field by field. Raises pydantic's
    ValidationError, whose locations name the collection, index and field.
    """
    if isinstance(data, dict) and isinstance(data.get(SCHEMA_KEY), str):
        data = {key: value for key, value in data.items() if key != SCHEMA_KEY}
    return _adapter().validate_python(data)


def dataset_schema() -> dict[str, Any]:
    """The JSON Schema of a dataset file, generated from `Dataset`."""
    schema = _adapter().json_schema()
    properties = {
        SCHEMA_KEY: {"description": "The JSON Schema this file follows.", "type": "string"},
        **schema.pop("properties"),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "properties": properties,
    }
