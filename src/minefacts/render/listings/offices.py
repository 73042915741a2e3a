"""The listings of offices and of pledges: the roles Japan held, and the aid pledge's
progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minefacts.query.index import provenance_of
from minefacts.render.fields import Column, edtf
from minefacts.render.listings.base import DATED_BY_OTHERS, Listing, marks
from minefacts.render.words import amounts, dates
from minefacts.render.words import disputes as disputed
from minefacts.render.words.phrases import provenance_tone

if TYPE_CHECKING:
    from minefacts.query.aid import AidProgress
    from minefacts.query.roles import Listed


# roles


def _partners(item: Listed) -> str:
    """The partners: the role's own source's, then those other records name, with when
    they place them: ``Nicaragua (another record: Sep 2000 – Sep 2001)``."""
    named = []
    for partner in item.term.partners:
        if partner.basis == item.term.role.id:
            named.append(partner.name)
        elif partner.date is not None:
            named.append(f"{partner.name} (another record: {dates.date(partner.date)})")
        else:
            named.append(f"{partner.name} (another record)")
    return "; ".join(named)


def _role_provenance(item: Listed) -> str:
    term = item.term
    others = term.narrowing or any(p.basis != term.role.id for p in term.partners)
    if provenance_of(term.role) == "primary" and others:
        return DATED_BY_OTHERS
    return provenance_of(term.role)


def _office(item: Listed) -> str:
    """The office, its body, its partners and its provenance in one: ``co-chair,
    Standing Committee on Victim Assistance; with Nicaragua (another record: Sep 2000 –
    Sep 2001) — primary, dated by others``."""
    partners = _partners(item)
    office = f"{item.term.role.role}, {item.term.role.body}"
    office = f"{office}; with {partners}" if partners else office
    return f"{office} — {_role_provenance(item)}"


def _term(item: Listed) -> str:
    return dates.term(item.term.span) + marks(item.match, item.disputes)


ROLES = Listing(
    ids=lambda item: (item.term.role.id, *item.term.narrowing),
    rows="ROLES",
    compact=[
        Column("id", "Id", lambda item: item.term.role.id, wrap=False, style="cyan"),
        Column("term", "Term", _term, style="bold", readable=11),
        Column("office", "Role — Source", _office, readable=24, main=True),
    ],
    columns=[
        Column("id", "Id", lambda item: item.term.role.id, wrap=False, style="cyan"),
        edtf("period", lambda item: item.term.role.period),
        Column("term", "Term", _term, style="bold", readable=11),
        Column("role", "Role", lambda item: item.term.role.role),
        Column("body", "Body", lambda item: item.term.role.body, readable=20, main=True),
        Column("partners", "Partners", _partners, priority=2),
        Column(
            "disputed",
            "Disputed",
            lambda item: disputed.other_side(item.disputes, item.term.role.id),
            priority=5,
        ),
        Column("provenance", "Source", _role_provenance, tone=provenance_tone),
    ],
    view="listing",
    title="Roles Japan held",
)


# aid-progress


def _reached(item: AidProgress) -> str:
    return "at least the target" if item.pledge.achieved is not None else ""


AID = Listing(
    ids=lambda item: (item.pledge.id, *(p.claim.id for p in item.provided)),
    rows="AID",
    columns=[
        Column("id", "Id", lambda item: item.pledge.id, wrap=False),
        Column("title", "Pledge", lambda item: item.pledge.title),
        Column(
            "announced",
            "Announced",
            lambda item: dates.optional(item.announced.date if item.announced else None),
            priority=2,
        ),
        Column("period", "Covers", lambda item: dates.date(item.pledge.period)),
        Column("target", "Target", lambda item: amounts.amount(item.pledge.amount), priority=3),
        Column("reached", "Reached", _reached),
        Column(
            "reached_when",
            "When",
            lambda item: (
                dates.dated(item.achieved.date, item.achieved.date_qualifier)
                if item.achieved
                else ""
            ),
        ),
    ],
    view="aid",
)
