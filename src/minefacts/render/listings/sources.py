"""The listings of sources and of disputes: every source with what rests on it, and where
the records disagree or a later edition revises."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minefacts.render.fields import Column, edtf
from minefacts.render.listings.base import Listing
from minefacts.render.words import dates
from minefacts.render.words import disputes as disputed
from minefacts.render.words.phrases import provenance_tone

if TYPE_CHECKING:
    from minefacts.query.sources import SourceSummary


# sources


def _rests(source: SourceSummary) -> str:
    if source.primary:
        return f"{len(source.supports)} facts, quoted"
    parts = [f"adds {' '.join(source.supports)}"] if source.supports else []
    parts += [f"{relation}: {' '.join(ids)}" for relation, ids in source.relations.items()]
    if source.disagreements:
        parts.append(f"disputes: {' '.join(source.disagreements)}")
    return "; ".join(parts)


SOURCES = Listing(
    rows="SOURCES",
    columns=[
        Column("id", "Id", lambda source: source.id, wrap=False, style="cyan"),
        Column(
            "role",
            "Role",
            lambda s: "primary" if s.primary else "secondary",
            wrap=False,
            tone=provenance_tone,
        ),
        Column("title", "Title", lambda source: source.title, readable=20, main=True),
        Column("publisher", "Publisher", lambda source: source.publisher or "", priority=3),
        edtf("date", lambda source: source.date),
        Column(
            "date_label",
            "Date",
            lambda source: dates.optional(source.date),
            priority=2,
            readable=11,
        ),
        Column("url", "Address", lambda source: source.url or ""),
        Column("rests", "What rests on it", _rests, priority=4),
    ],
    view="sources",
    title="Sources",
    credits=True,
)


# disputes


DISPUTES = Listing(
    ids=lambda dispute: dispute.records,
    rows="DISPUTES",
    columns=[
        Column("id", "Id", lambda d: d.record, wrap=False, style="cyan"),
        Column("subject", "About", disputed.over, readable=20, main=True),
        Column("relation", "Relation", lambda d: d.relation, wrap=False),
        Column("sides", "Sides", disputed.sides, readable=30),
        Column(
            "records",
            "Records",
            lambda d: " | ".join(", ".join(side.records) for side in d.sides),
            priority=4,
        ),
        Column("verdict", "Verdict", disputed.verdict, priority=2),
        Column("note", "Note", lambda d: d.note or "", priority=3),
    ],
    view="listing",
    title="Where the records disagree, and where a later edition revises",
)
