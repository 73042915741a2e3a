"""The benchmark's dataset generator makes datasets that pass full validation."""

from __future__ import annotations

import json

from bench.generate import generate

from minefacts.catalog import bundle
from minefacts.catalog import loading as catalog


def test_generated_datasets_are_valid_and_sized() -> None:
    """A generated dataset passes pydantic and every dataset rule, with the events asked for."""
    data = generate(200, seed=1)
    dataset = catalog.validate(json.dumps(data).encode(), "generated", catalog.seeds_for(None))
    bundled = len(json.loads(bundle.bundled_dataset().read_bytes())["events"])
    assert len(dataset.events) == bundled + 200


def test_generation_is_repeatable() -> None:
    """The same seed gives the same dataset, so runs can be compared."""
    assert generate(50, seed=3) == generate(50, seed=3)
    assert generate(50, seed=3) != generate(50, seed=4)
