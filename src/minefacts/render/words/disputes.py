"""Disputes in words: what one is over, each side with who gives it and what it says, the
verdict where other records show a side in error, and the other side as a listing's row
shows it. The records on each side are named by their sources (`minefacts.render.words.
names`); ids stay where a reader needs one to type the next command."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from minefacts.model.dates import PartialDate
from minefacts.model.records import Role
from minefacts.model.secondary import Claim, Figure, SecondaryRole
from minefacts.render.words import amounts, dates, names, phrases

if TYPE_CHECKING:
    from minefacts.query.disputes import Dispute, Side


def said(value: Any) -> str:
    """A side of a dispute in words: a date, amounts, or a statement."""
    if isinstance(value, PartialDate):
        return dates.date(value)
    if isinstance(value, tuple):
        return ", ".join(amounts.amount(quantity) for quantity in value)
    return str(value)


def named(side: Side) -> str:
    """The sources behind a side, named in words: "Landmine Monitor 2003 and the
    Monitor"."""
    return phrases.and_list(list(dict.fromkeys(names.source(source) for source in side.sources)))


def other_side(disputes: Sequence[Dispute], record_id: str) -> str:
    """What the records on the other side of a row's disputes say, who says it, and which
    records, to `show` next: ``MOFA, 3 Dec 2004: 28 Nov – 3 Dec 2004
    (first-review-conference-opened-28-november)``; a revision says which way it goes,
    and a side other records show in error says so."""
    parts = []
    for dispute in disputes:
        for side in dispute.sides:
            if record_id in side.records:
                continue
            text = f"{named(side)}: {said(side.value)} ({' '.join(side.records)})"
            if dispute.relation == "revises":
                text = ("revised by " if record_id == dispute.subject else "revises ") + text
            if dispute.verdict is not None and dispute.verdict.error in side.records:
                text += ", in error"
            parts.append(text)
    return "; ".join(parts)


def over(dispute: Dispute) -> str:
    """What a dispute is over, in words: "the date of Production of anti-personnel mines
    stops", "mine action funding for 1999, in Landmine Monitor 2000"."""
    about = dispute.about
    if isinstance(about, Figure | Claim):
        own = next(side for side in dispute.sides if about.id in side.records)
        if isinstance(about, Figure):
            return f"{about.measure} for {dates.date(about.date)}, in {named(own)}"
        if dispute.field == "amount" and about.amounts_mean:
            return f"the amount {about.amounts_mean}, in {named(own)}"
        return f"what {named(own)} says"
    if isinstance(about, Role | SecondaryRole):
        what = f"{about.role} of the {about.body}"
    else:
        what = about.title
    if dispute.field == "statement":
        return what
    return f"the {dispute.field} of {what}"


def sides(dispute: Dispute) -> str:
    """Each side: who gives it, and its value: "Landmine Monitor 2003 and the Monitor: 1997
    | The Japan Times, 8 Feb 2003: Mar 1998"; a side other records show in error says so,
    so that no narrow table drops the verdict."""
    error = dispute.verdict.error if dispute.verdict else None
    return " | ".join(
        f"{named(side)}: {said(side.value)}" + (" (in error)" if error in side.records else "")
        for side in dispute.sides
    )


def verdict(dispute: Dispute) -> str:
    """Which side other records show in error, and why."""
    verdict = dispute.verdict
    if verdict is None:
        return ""
    wrong = next(side for side in dispute.sides if verdict.error in side.records)
    return f"{named(wrong)} is in error: {verdict.note}"
