"""Each kind of record in its one shape: declared once, with `minefacts.render.fields`, so
a listing's JSON and its CSV columns both come from it.

Every record starts with ``id``, ``kind`` (an event's own kind; otherwise what sort of
record it is) and ``provenance``, then its date spelled out, then its fields in the order
the model declares them, and ends with its ``source``. A listing of both provenances has
one shape for both: a field only one of them has is null in the other's records.
"""

from __future__ import annotations

from typing import Any

from minefacts.model.dates import PartialDate
from minefacts.model.records import Document, Event, Pledge, Quantity, Role
from minefacts.model.secondary import (
    Claim,
    Figure,
    SecondaryEvent,
    SecondaryRole,
    SecondarySource,
)
from minefacts.query.index import kind_of, provenance_of, title_of
from minefacts.query.spans import Span
from minefacts.render.fields import (
    Custom,
    Dated,
    Field,
    Items,
    Obj,
    record,
)
from minefacts.render.words import dates


def _itself(value: Any) -> Any:
    return value


def _attribute(name: str) -> Any:
    return lambda value: getattr(value, name, None)


ID = Field("id", _attribute("id"))
KIND = Field("kind", kind_of)
"""What sort of record it is: event, role, pledge, figure, claim or source."""
PROVENANCE = Field("provenance", provenance_of)
"""``primary`` for the source document and its facts, ``secondary`` for the rest."""
TITLE = Field("title", title_of)
"""A one-line name for any record."""


def _quote(reference: Any) -> str | None:
    return getattr(reference, "quote", None)


SOURCE_REF = Obj(
    (
        Field("document", _attribute("document")),
        Field("section", _attribute("section")),
        Field("quote", _quote),
    )
)
"""Where a record comes from, in the one shape every command uses: the quote is null for a
secondary record, which is paraphrased, never quoted."""
SOURCE = Field("source", _attribute("source"), SOURCE_REF)


def _date(name: str, qualified: bool = False) -> Field:
    """A record's date field spelled out; with `qualified`, its label says "end of" where
    the record's ``date_qualifier`` does."""
    if not qualified:
        return Field(name, _attribute(name), Dated())
    return Field(
        name,
        _itself,
        Dated(label=lambda item: dates.dated(item.date, item.date_qualifier), of=_attribute(name)),
    )


def _ordered(base: Obj, head: tuple[Field, ...], *later: str) -> Obj:
    """`head`, then `base`'s other fields in their order, then those named in `later`,
    then the source."""
    placed = {each.name for each in head} | set(later) | {"source"}
    rest = tuple(each for each in base.fields if each.name not in placed)
    return Obj((*head, *rest, *(base.field(name) for name in later), SOURCE))


_EVENTS = record(Event, SecondaryEvent)
EVENT = _ordered(
    _EVENTS,
    (ID, _EVENTS.field("kind"), PROVENANCE, _date("date", True), _EVENTS.field("date_qualifier")),
)
"""An event of either provenance."""

PARTIES = Items(Obj((Field("name", _itself), Field("capacity", lambda name: None))))
"""A role's partners, in the shape every party has: ``{"name", "capacity"}``."""

_ROLES = record(Role, SecondaryRole)
ROLE = Obj(
    (
        ID,
        KIND,
        PROVENANCE,
        _date("period"),
        *(
            _ROLES.field(name)
            for name in (
                "role",
                "body",
                "body_kind",
                "period_means",
                "event",
                "decided_at",
                "replaces",
                "summary",
                "reading",
            )
        ),
        Field("partners", _attribute("partners"), PARTIES),
        SOURCE,
    )
)
"""A role of either provenance."""


def _bounds(pair: str) -> Custom:
    """A pair of days, the earliest and latest a term can have begun (or ended): a list of
    two in JSON, two columns in CSV."""

    def values(span: Span | None) -> list[str | None]:
        if span is None:
            return [None, None]
        first, last = getattr(span, f"first_{pair}"), getattr(span, f"last_{pair}")
        return [first.isoformat(), last.isoformat()]

    return Custom(values, ("_first", "_last"), values)


SPAN = Obj((Field("start", _itself, _bounds("start")), Field("end", _itself, _bounds("end"))))
"""The days something may have begun and ended: ``{"start": [first, last], "end": [...]}``."""

QUANTITY = record(Quantity)
"""An amount as its source states it: value, unit, qualifier, the source's words."""

_PLEDGES = record(Pledge)
PLEDGE = _ordered(_PLEDGES, (ID, KIND, PROVENANCE, _date("period")))

_CLAIMS = record(Claim)
CLAIM = _ordered(_CLAIMS, (ID, KIND, PROVENANCE, _date("date")))

_FIGURES = record(Figure)
FIGURE = _ordered(_FIGURES, (ID, KIND, PROVENANCE, _date("date", True)))

_SOURCES = record(SecondarySource, Document)
SOURCE_RECORD = Obj(
    (
        ID,
        KIND,
        PROVENANCE,
        *(each for each in _SOURCES.fields if each.name not in ("id", "date")),
        _date("date"),
    )
)
"""A source in full: the source document, or a secondary source."""


def shape_of(item: Any) -> Obj:
    """The shape of any record or source."""
    if isinstance(item, Event | SecondaryEvent):
        return EVENT
    if isinstance(item, Role | SecondaryRole):
        return ROLE
    if isinstance(item, Pledge):
        return PLEDGE
    if isinstance(item, Claim):
        return CLAIM
    if isinstance(item, Figure):
        return FIGURE
    return SOURCE_RECORD


def json(item: Any) -> Any:
    """Any record or source as JSON, in its own shape."""
    return shape_of(item).json(item)


HEADLINE = Obj((ID, KIND, PROVENANCE, TITLE))
"""A record named in another's answer: what it is, and its title."""


def _value(value: Any) -> Any:
    """A side's value as JSON: a date as written, amounts as records, a statement as text."""
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, tuple):
        return [QUANTITY.json(quantity) for quantity in value]
    return value


def said(value: Any) -> Any:
    """A side's value in one CSV cell: a date as written, amounts in the source's words."""
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, tuple):
        return "; ".join(quantity.text for quantity in value)
    return value


IDS = Custom(list, ("",), lambda ids: [" ".join(ids)])
"""Ids: a list in JSON; in a CSV cell, separated by spaces (ids have none), so a list of
them can itself be joined."""


SIDE = Obj(
    (
        Field(
            "value",
            lambda side: side.value,
            Custom(_value, ("",), lambda value: [said(value)]),
        ),
        Field("records", lambda side: side.records, IDS),
        Field("sources", lambda side: tuple(source.id for source in side.sources), IDS),
    )
)
"""One side of a dispute: its value (a date as written, amounts as records; in CSV the
source's words), and the records and sources that give it."""
VERDICT = Obj(
    (
        Field("error", _attribute("error")),
        Field("shown_by", _attribute("shown_by"), IDS),
        Field("note", _attribute("note")),
    )
)
"""Where other records show one side in error: which record, shown by which records."""
DISPUTE = Obj(
    (
        Field("record", _attribute("record")),
        Field("subject", _attribute("subject")),
        Field("field", _attribute("field")),
        Field("relation", _attribute("relation")),
        Field("sides", _attribute("sides"), Items(SIDE)),
        Field("verdict", _attribute("verdict"), VERDICT),
        Field("note", _attribute("note")),
    )
)
"""A dispute over a date, an amount or what a record states: the record that makes it,
the record it is about, each side (for a disagreement the record's own first, for a
revision the later edition first) with its records and sources, the verdict where other
records show one side in error, and its note. In CSV each side's values and records are
joined with "; ", the records of one side with spaces."""


def first_dispute(item: Any) -> Any:
    """The first dispute an answer carries, or None."""
    found = getattr(item, "disputes", ())
    return found[0] if found else None


READINGS = Items(
    Obj(
        (
            Field("start", lambda reading: reading.span, _bounds("start")),
            Field("end", lambda reading: reading.span, _bounds("end")),
            Field("basis", lambda reading: reading.basis, IDS),
        )
    )
)
"""The readings of a time the records allow: each with its days and its records."""
REJECTED = Items(
    Obj(
        (
            Field("record", _attribute("record")),
            Field("start", lambda rejected: rejected.span, _bounds("start")),
            Field("end", lambda rejected: rejected.span, _bounds("end")),
            Field("shown_by", _attribute("shown_by"), Items()),
        )
    )
)
"""The readings other records show to be errors: named, never widening an answer."""
