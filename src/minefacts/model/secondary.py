"""Secondary sources: other public records that bear on the seed's facts.

They live in their own file (``data/corroboration.json``), apart from the seed's facts, and
never replace the seed's wording. Each claim says what one source states about one or more
seed records, and whether it confirms them, adds detail, or disagrees. A disagreement names
what it disagrees with (another claim, or ``"seed"``), so no figure is silently chosen.
Secondary sources are paraphrased, not quoted: the seed is the only text minefacts quotes.
"""

from __future__ import annotations

from typing import Annotated, Literal

from minefacts.model.constraints import Describe
from minefacts.model.dates import PartialDate
from minefacts.model.records import RECORD_CONFIG, Quantity, Slug, Text, record

SEED = "seed"
"""What a claim names in `disagrees_with` when it disagrees with the seed itself."""

Relation = Literal["confirms", "adds detail", "disagrees"]
DateMeaning = Literal["deposited", "in force for Japan", "signed", "held", "served", "deadline"]


@record
class SecondarySource:
    """A public record other than the seed, cited in full."""

    __pydantic_config__ = RECORD_CONFIG

    id: Slug
    publisher: Text
    title: Text
    date: PartialDate | None = None
    url: Annotated[str | None, Describe("Where the record is published, if anywhere.")] = None


@record
class Claim:
    """What one secondary source states about seed records."""

    __pydantic_config__ = RECORD_CONFIG

    id: Slug
    source: Annotated[Slug, Describe("Id of the secondary source.")]
    about: Annotated[tuple[Slug, ...], Describe("Ids of the seed records this bears on.")]
    states: Annotated[Text, Describe("What the source says, in brief.")]
    relation: Relation
    disagrees_with: Annotated[
        tuple[str, ...], Describe('Ids of claims it disagrees with, or "seed".')
    ] = ()
    date: Annotated[PartialDate | None, Describe("A date the source gives.")] = None
    date_means: Annotated[DateMeaning | None, Describe("What that date is.")] = None
    quantities: tuple[Quantity, ...] = ()
    note: str | None = None


@record
class Corroboration:
    """A corroboration file: secondary sources and their claims."""

    __pydantic_config__ = RECORD_CONFIG

    sources: tuple[SecondarySource, ...] = ()
    claims: tuple[Claim, ...] = ()


NONE = Corroboration()
"""No secondary sources: what --primary-only sees."""
