"""Every relation re-read against its page (the audit of Dec 2026): a conflict is a
"disagrees", a later edition's figure "revises", and a difference of scope or of wording
is said as such; a disagreement other records decide carries its verdict."""

from __future__ import annotations

import pytest

from minefacts.catalog import loading
from minefacts.model.secondary import Claim, Figure
from minefacts.query.disputes import disputes
from minefacts.query.index import Index, index

RELATIONS = [
    # (record, the record it relates to (None: what it is about), relation)
    ("article-4-deadline", None, "differs in wording"),
    ("first-deadlines-1-march-2003", None, "differs in wording"),
    ("deadline-1-march-2003-japan", None, "differs in wording"),
    ("kurokochi-name-and-title", None, "differs in wording"),
    ("state-party-from-acceptance", None, "differs in wording"),
    ("state-party-from-entry-into-force", "state-party-from-acceptance", "differs in wording"),
    ("destroyed-lm-2004", "destroyed-lm-2003", "differs in scope"),
    ("destroyed-monitor-profile", "destroyed-lm-2003", "differs in scope"),
    ("destroyed-lm-2019", "destroyed-apmbc", "differs in scope"),
    ("law-enacted-lm-2003", None, "differs in wording"),
    ("production-stopped-march-1998", None, "disagrees"),
    ("nicaragua-co-chair-lm-2000", None, "disagrees"),
    ("first-review-conference-opened-28-november", None, "disagrees"),
    ("tenth-meeting-dated-2011", None, "disagrees"),
    ("tokyo-seminar-lm-2004", None, "disagrees"),
    ("aid-provided-lm-2004", "aid-provided-lm-2003", "revises"),
    ("funding-1999-lm-2001", "funding-1999-lm-2000", "revises"),
    ("in-force-apmbc", None, "adds detail"),
    ("in-force-for-japan", None, "adds detail"),
]

VERDICTS = {
    "nicaragua-co-chair-lm-2000": "nicaragua-co-chair-lm-2000",
    "tenth-meeting-dated-2011": "tenth-meeting-dated-2011",
    "tokyo-seminar-lm-2004": "tokyo-seminar-lm-2004",
}
"""The disagreements other records decide, and the record each shows in error."""


@pytest.fixture(scope="module")
def found() -> Index:
    return index(loading.load())


def related(found: Index, record_id: str) -> Claim | Figure:
    record = found.find(record_id)
    assert isinstance(record, Claim | Figure), record_id
    return record


@pytest.mark.parametrize(("record_id", "target", "relation"), RELATIONS)
def test_each_relation_is_as_the_pages_bear_out(
    found: Index, record_id: str, target: str | None, relation: str
) -> None:
    """Each re-read relation: to what a claim is about, or as a typed link."""
    record = related(found, record_id)
    if target is None:
        assert isinstance(record, Claim)
        assert record.relation == relation
    else:
        assert (target, relation) in {(link.record, link.relation) for link in record.links}


def test_no_record_keeps_a_link_it_does_not_explain() -> None:
    """Every typed link that is not plain (a revision, a difference) says why."""
    secondary = loading.load().secondary
    records: list[Claim | Figure] = [*secondary.claims, *secondary.figures]
    for record in records:
        for link in record.links:
            if link.relation in ("revises", "differs in scope", "differs in wording"):
                assert link.note or record.note, (record.id, link.record)


def test_verdicts_name_the_error_and_the_records_that_show_it(found: Index) -> None:
    """Where other records show one side of a disagreement in error, it says which."""
    secondary = loading.load().secondary
    decided = {c.id: c.verdict for c in secondary.claims if c.verdict is not None}
    assert {key: value.error for key, value in decided.items()} == VERDICTS
    for verdict in decided.values():
        assert verdict.shown_by
        assert all(found.find(record) is not None for record in verdict.shown_by)


def test_the_disputes_are_the_real_disagreements_and_revisions_only() -> None:
    """Only "disagrees" and "revises" are disputes: the audit's five disagreements (three
    of them with the error shown) and its two revisions; no difference of scope or of
    wording."""
    found = {(d.record, d.subject, d.relation) for d in disputes(loading.load())}
    assert found == {
        ("production-stopped-march-1998", "apm-production-stopped", "disagrees"),
        ("nicaragua-co-chair-lm-2000", "victim-assistance-experts-meeting-1999-09", "disagrees"),
        ("first-review-conference-opened-28-november", "first-review-conference", "disagrees"),
        ("tenth-meeting-dated-2011", "tenth-meeting-of-states-parties", "disagrees"),
        ("tokyo-seminar-lm-2004", "tokyo-seminar-on-landmines-2004", "disagrees"),
        ("aid-provided-lm-2004", "aid-provided-lm-2003", "revises"),
        ("funding-1999-lm-2001", "funding-1999-lm-2000", "revises"),
    }
