"""The JSON Schema of a dataset file, as the exact text of ``data/minefacts.schema.json``."""

from __future__ import annotations

import json

from minefacts.validation import dataset_schema


def dataset_schema_text() -> str:
    """The schema as the file's exact text."""
    return json.dumps(dataset_schema(), indent=2, ensure_ascii=False) + "\n"
