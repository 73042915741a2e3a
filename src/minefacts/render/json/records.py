"""Each kind of record in its one shape: declared once, with `minefacts.render.fields`, so
a listing's JSON and its CSV columns both come from it.

Every record starts with ``id``, ``kind`` (an event's own kind; otherwise what sort of
record it is) and ``provenance``, then its date spelled out, then its fields in the order
the model declares them, and ends with its ``source``. A listing of both provenances has
one shape for both: a field only one of them has is null in the other's records.
"""

from __future__ import annotations

from typing import Any

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
