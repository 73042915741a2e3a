"""Where the records disagree, or a later edition revises an earlier one: every such
dispute, what it is about, each side with the records and sources that give it, and the
verdict where other records show one side to be the error.

Only "disagrees" and "revises" are disputes (`minefacts.model.secondary.READINGS`): a
difference of scope or of wording is said as such, never as a conflict. A dispute is
found from the record that disagrees (a claim that disagrees with what it is about, or a
claim or figure whose link disagrees with or revises another record), so each is listed
once, under that record's id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from minefacts.catalog.loading import Catalog
from minefacts.model.dates import PartialDate
from minefacts.model.records import Quantity
from minefacts.model.secondary import READINGS, Claim, Figure, Relation, Verdict
from minefacts.query.filters import Filters
from minefacts.query.index import Record, Source, index
from minefacts.query.spans import Certainty

Field = Literal["date", "amount", "statement"]
"""What a dispute is over: a date, an amount, or what a record states."""
Value = PartialDate | tuple[Quantity, ...] | str


@dataclass(frozen=True)
class Side:
    """One side of a dispute: what it says, and the records and sources that say it."""

    value: Value
    records: tuple[str, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Dispute:
    """A disagreement or a revision: the record that disputes (its id is the dispute's),
    the record it is about, what it is over, and its sides: for a disagreement, the
    record's own side first; for a revision, the later edition first."""

    record: str
    subject: str
    about: Record
    """The record `subject` names."""
    field: Field
    relation: Relation
    sides: tuple[Side, ...]
    verdict: Verdict | None
    note: str | None

    @property
    def records(self) -> tuple[str, ...]:
        """Every record on any side."""
        return tuple(dict.fromkeys(r for side in self.sides for r in side.records))


def _date(item: Record) -> PartialDate | None:
    date = getattr(item, "date", None)
    if isinstance(date, PartialDate):
        return date
    period = getattr(item, "period", None)
    return period if isinstance(period, PartialDate) else None


def _amounts(item: Record) -> tuple[Quantity, ...]:
    if isinstance(item, Figure):
        return item.amounts
    return tuple(getattr(item, "quantities", ()))


def _statement(item: Record) -> str:
    for name in ("states", "summary", "title"):
        text = getattr(item, name, None)
        if isinstance(text, str):
            return text
    return item.id


def _field(disputing: Claim | Figure, subject: Record) -> Field:
    if not isinstance(disputing, Figure) and _date(disputing) and _date(subject):
        return "date"
    if _amounts(disputing) and _amounts(subject):
        return "amount"
    return "statement"


def _value(item: Record, field: Field) -> Value:
    if field == "date":
        return _date(item) or _statement(item)
    if field == "amount":
        return _amounts(item)
    return _statement(item)


def _own_side(catalog: Catalog, subject: Record, field: Field) -> Side:
    """The subject's side: its own value, with the records that confirm it (for a date,
    those its reading rests on)."""
    records: tuple[str, ...] = (subject.id,)
    if field == "date":
        from minefacts.query import times

        when = times.of(catalog, subject)
        if when is not None:
            records = when.readings[0].basis
    return Side(_value(subject, field), records, _sources(catalog, records))


def _sources(catalog: Catalog, records: tuple[str, ...]) -> tuple[Source, ...]:
    """The sources behind records, each once, in order."""
    return index(catalog).behind(records)


def _side(catalog: Catalog, item: Claim | Figure, field: Field) -> Side:
    return Side(_value(item, field), (item.id,), _sources(catalog, (item.id,)))


def _found(catalog: Catalog) -> list[Dispute]:
    found: list[Dispute] = []
    everything = index(catalog)
    disputing: list[Claim | Figure] = [*catalog.secondary.claims, *catalog.secondary.figures]
    for item in disputing:
        targets: list[tuple[str, Relation, str | None]] = []
        if isinstance(item, Claim) and item.relation == "disagrees" and item.about:
            # One dispute for all it is about: the first is its subject.
            targets.append((item.about[0], "disagrees", item.note))
        targets += [
            (link.record, link.relation, link.note or item.note)
            for link in item.links
            if link.relation in READINGS
        ]
        for target, relation, note in targets:
            subject = everything.find(target)
            if not isinstance(subject, Record):
                continue
            field = _field(item, subject)
            own, theirs = _own_side(catalog, subject, field), _side(catalog, item, field)
            if isinstance(item, Claim) and relation == "disagrees" and len(item.about) > 1:
                others = tuple(about for about in item.about if about not in own.records)
                records = (*own.records, *others)
                own = Side(own.value, records, _sources(catalog, records))
            sides = (theirs, own) if relation == "revises" else (own, theirs)
            found.append(
                Dispute(item.id, target, subject, field, relation, sides, item.verdict, note)
            )
    return found


_CACHE: dict[int, tuple[Catalog, list[Dispute]]] = {}


def disputes(catalog: Catalog) -> list[Dispute]:
    """Every dispute in the catalog, in the order of the records that make them."""
    cached = _CACHE.get(id(catalog))
    if cached is None or cached[0] is not catalog:
        _CACHE.clear()
        cached = (catalog, _found(catalog))
        _CACHE[id(catalog)] = cached
    return cached[1]


def disputes_about(catalog: Catalog, record_id: str) -> list[Dispute]:
    """The disputes over a record's facts: those about it and those it makes."""
    return [d for d in disputes(catalog) if record_id in (d.subject, d.record)]


def within(catalog: Catalog, found: list[Dispute], filters: Filters) -> list[Dispute]:
    """The disputes over a record that certainly or possibly falls within the filters'
    dates, each side's record counted."""
    if filters.dates is None:
        return found
    from minefacts.query import times

    everything = index(catalog)
    kept = []
    for dispute in found:
        whens = [
            times.of(catalog, item)
            for record_id in (dispute.subject, *dispute.records)
            if (item := everything.find(record_id)) is not None
        ]
        if any(when is not None and filters.match(when) is not Certainty.NO for when in whens):
            kept.append(dispute)
    return kept
