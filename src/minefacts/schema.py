"""The JSON Schema of a dataset file, generated from the models."""

from __future__ import annotations

import json
from typing import Any

from minefacts.models import Dataset


def dataset_schema() -> dict[str, Any]:
    """The JSON Schema that `data/minefacts.schema.json` holds, as generated from `Dataset`."""
    schema = Dataset.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def dataset_schema_text() -> str:
    """The schema as the file's exact text."""
    return json.dumps(dataset_schema(), indent=2, ensure_ascii=False) + "\n"
