"""Provenance: every quote in data/ is in the seed document, read straight from seeds/.

These tests read the files themselves rather than going through minefacts, so a bug in the
loader cannot hide a fact without a source.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import REPO, SEED

SHARED_SEED = REPO.parent / "shared" / "seeds" / SEED.name


def squash(text: str) -> str:
    return " ".join(text.split())


def quoted_records() -> Iterator[tuple[str, dict[str, Any]]]:
    data = json.loads((REPO / "data" / "minefacts.json").read_text(encoding="utf-8"))
    for collection in ("events", "roles", "pledges"):
        for record in data[collection]:
            yield f"{collection}/{record['id']}", record


RECORDS = dict(quoted_records())


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_every_quote_is_verbatim_in_the_seed(name: str) -> None:
    """The record's quote appears in the seed document, word for word."""
    quote = RECORDS[name]["source"]["quote"]
    assert squash(quote) in squash(SEED.read_text(encoding="utf-8"))


def test_the_seed_is_recorded_by_its_digest() -> None:
    """The dataset names the seed file and its SHA-256, and they match the file in seeds/."""
    data = json.loads((REPO / "data" / "minefacts.json").read_text(encoding="utf-8"))
    [document] = data["documents"]
    assert document["file"] == SEED.name
    assert document["sha256"] == hashlib.sha256(SEED.read_bytes()).hexdigest()


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="no ../shared/seeds beside this checkout")
def test_the_seed_is_an_unchanged_copy() -> None:
    """seeds/ holds a byte-for-byte copy of the original source document."""
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_the_yen_amount_is_quoted_as_printed_and_read_as_yen() -> None:
    """The seed's "_10 billion" is quoted exactly, and the reading says it is yen."""
    data = json.loads((REPO / "data" / "minefacts.json").read_text(encoding="utf-8"))
    [pledge] = data["pledges"]
    assert pledge["amount"]["text"] == "about _10 billion"
    assert (pledge["amount"]["value"], pledge["amount"]["unit"]) == (10_000_000_000, "JPY")
    assert "10 billion yen" in pledge["amount"]["reading"]
