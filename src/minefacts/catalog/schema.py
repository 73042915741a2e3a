"""The JSON Schemas of the data files, as the exact text of their ``.schema.json`` files."""

from __future__ import annotations

import json
from typing import Any

from minefacts.catalog.validation import dataset_schema, secondary_schema


def _text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def dataset_schema_text() -> str:
    """The dataset file's schema, as the file's exact text."""
    return _text(dataset_schema())


def secondary_schema_text() -> str:
    """The secondary-record file's schema, as the file's exact text."""
    return _text(secondary_schema())
