"""What a fact is: the pydantic models behind every dataset file.

The models describe single records and their shapes. Rules that need the whole dataset
(unique ids, references that resolve, quotes found in their source) live in `rules`.
The dataset's JSON Schema is generated from `Dataset`, never written by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from minefacts.dates import PartialDate
from minefacts.kinds import EventKind

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
"""A stable, kebab-case record id such as ``tokyo-seminar``."""

Text = Annotated[str, StringConstraints(min_length=1)]


class Record(BaseModel):
    """Base for every record: unknown fields are errors and records are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceRef(Record):
    """Where a fact comes from: the document, the section and the verbatim sentence."""

    document: Slug = Field(description="Id of a document in `documents`.")
    section: Text = Field(description='Section of the document, e.g. "1 (2)".')
    quote: Text = Field(
        description="The sentence that supports the fact, verbatim from the document."
    )


class Quantity(Record):
    """An amount as the source states it, with its precision kept."""

    value: int = Field(description="The number, as a whole number of `unit`.")
    unit: Text = Field(description='What is counted, e.g. "JPY" or "anti-personnel landmines".')
    qualifier: Literal["about", "approximately"] | None = Field(
        default=None, description="The source's own hedge; null when it states the amount flatly."
    )
    text: Text = Field(description="The amount in the source's words, as it appears in the quote.")
    reading: str | None = Field(
        default=None, description="How `text` was read, where it needs explaining."
    )


class Place(Record):
    """A place where an event happened."""

    city: Text
    country: Text
    country_in_source: bool = Field(
        description="True when the source itself names the country; false when it is "
        "added as geography."
    )


class Party(Record):
    """Someone other than Japan who took part, named as the source names them."""

    name: Text
    capacity: str | None = Field(default=None, description="In what capacity they took part.")


class Event(Record):
    """One dated fact from the source: a proposal, a meeting, a deadline."""

    id: Slug
    kind: EventKind
    title: Text
    summary: Text = Field(description="One paragraph saying what happened, in plain words.")
    date: PartialDate = Field(
        description="At the source's precision: YYYY-MM-DD, YYYY-MM, YYYY, or START/END."
    )
    date_qualifier: Literal["end"] | None = Field(
        default=None, description='"end" when the source says "the end of" that date.'
    )
    places: list[Place] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    reading: str | None = Field(
        default=None,
        description="How the facts were read from the quote where that is not literal.",
    )
    related: list[Slug] = Field(default_factory=list, description="Ids of related records.")
    source: SourceRef

    def date_label(self) -> str:
        """The date as people read it, with "end of" where the source says so."""
        label = self.date.label()
        return f"end of {label}" if self.date_qualifier == "end" else label

    def sort_key(self) -> tuple[dt.date, dt.date]:
        """Chronological order: by earliest possible day, then latest. "The end of" a month
        sorts at the month's last day, after the dated days within it.
        """
        lower, upper = self.date.lower, self.date.upper
        if self.date_qualifier == "end":
            lower = upper
        return (lower, upper)


class Role(Record):
    """An office Japan held in the work of the Convention."""

    id: Slug
    role: Text = Field(description='The office, e.g. "co-chair".')
    body: Text = Field(description="The committee, meeting or session.")
    body_kind: Literal["standing committee", "meeting of States Parties", "session"]
    period: PartialDate
    partners: list[Text] = Field(
        default_factory=list, description="Others the source names as sharing the office."
    )
    event: Slug = Field(description="Id of the event the role comes from.")
    source: SourceRef


class Achievement(Record):
    """What the source says was reached against a pledge, and when."""

    amount: Quantity
    event: Slug = Field(description="Id of the event that records the achievement.")


class Pledge(Record):
    """A promise of aid: the amount, its period and purpose, and how far it got."""

    id: Slug
    title: Text
    amount: Quantity
    period: PartialDate
    period_text: Text = Field(description="The period in the source's words.")
    purposes: list[Text]
    status: Literal["pledged", "achieved"]
    event: Slug = Field(description="Id of the event that records the pledge.")
    achieved: Achievement | None = None
    not_in_source: list[Text] = Field(
        default_factory=list,
        description="What a reader might expect here but the source does not say.",
    )
    source: SourceRef


class Document(Record):
    """A source document the facts are drawn from."""

    id: Slug
    title: Text
    publisher: Text
    date: PartialDate
    url: Text
    file: Text = Field(description="The document's text file in the seeds folder.")
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class Dataset(Record):
    """A whole dataset file: its documents and the facts drawn from them."""

    schema_: str | None = Field(default=None, alias="$schema")
    documents: list[Document]
    events: list[Event]
    roles: list[Role] = Field(default_factory=list)
    pledges: list[Pledge] = Field(default_factory=list)

    model_config = ConfigDict(
        validate_by_name=True, validate_by_alias=True, serialize_by_alias=True
    )

    def event(self, event_id: str) -> Event:
        """The event with this id; KeyError if there is none."""
        for event in self.events:
            if event.id == event_id:
                return event
        raise KeyError(event_id)
