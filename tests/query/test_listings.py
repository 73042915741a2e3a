"""Listings: the timeline filtered by year, range, kind, place and party; roles; aid.

These run on the source document alone (--primary-only), whose facts do not change as the
secondary record grows; what other records add is specified beside.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from minefacts.catalog.loading import Catalog
from minefacts.errors import QueryError, UnknownName
from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind
from minefacts.query.aid import aid_progress
from minefacts.query.events import Entry, timeline
from minefacts.query.filters import Filters
from minefacts.query.roles import Listed, roles
from minefacts.query.spans import Certainty


def ids(entries: Sequence[Entry]) -> list[str]:
    return [entry.event.id for entry in entries]


def role_ids(listed: Sequence[Listed]) -> list[str]:
    return [item.term.role.id for item in listed]


def test_the_timeline_is_chronological_and_complete(primary: Catalog) -> None:
    """With no filter, every event appears, earliest first, 'end of' months after their days."""
    assert ids(timeline(primary)) == [
        "zero-victims-program",
        "aid-pledge",
        "convention-concluded",
        "calls-on-non-parties",
        "victim-assistance-co-chair",
        "tokyo-seminar",
        "third-meeting-of-states-parties",
        "bangkok-seminar",
        "fourth-meeting-of-states-parties",
        "aid-target-achieved",
        "document-issued",
        "stockpile-destruction",
        "destruction-ceremony",
        "destruction-deadline",
    ]


def test_a_year_includes_every_period_that_overlaps_it(primary: Catalog) -> None:
    """--year 2001 takes the 2000-01 activity period and the open outreach period."""
    assert ids(timeline(primary, Filters(year=2001))) == [
        "aid-pledge",
        "calls-on-non-parties",
        "victim-assistance-co-chair",
        "third-meeting-of-states-parties",
    ]


def test_a_year_with_no_events_gives_nothing(primary: Catalog) -> None:
    """A year outside the record matches nothing."""
    assert timeline(primary, Filters(year=1990)) == []


def test_a_range_keeps_what_is_certainly_or_possibly_within_it(primary: Catalog) -> None:
    """--from 2002-09 --to 2002-10 keeps Sep 2002, end of Oct 2002 and the spanning periods;
    the pledge's period ends some time in 2002, so it only possibly reaches September."""
    events = timeline(primary, Filters(start=PartialDate("2002-09"), end=PartialDate("2002-10")))
    assert [(entry.event.id, entry.match) for entry in events] == [
        ("aid-pledge", Certainty.POSSIBLY),
        ("calls-on-non-parties", Certainty.YES),
        ("fourth-meeting-of-states-parties", Certainty.YES),
        ("aid-target-achieved", Certainty.YES),
    ]


def test_a_day_inside_a_month_matches_that_month(primary: Catalog) -> None:
    """A month-precision event possibly falls on any day of that month."""
    events = timeline(
        primary, Filters(start=PartialDate("2000-11-15"), end=PartialDate("2000-11-15"))
    )
    [tokyo] = [entry for entry in events if entry.event.id == "tokyo-seminar"]
    assert tokyo.match is Certainty.POSSIBLY


def test_a_reversed_range_is_refused(primary: Catalog) -> None:
    """--from after --to is a QueryError that says so."""
    with pytest.raises(QueryError, match="--from 2003 is after --to 1998"):
        timeline(primary, Filters(start=PartialDate("2003"), end=PartialDate("1998")))


def test_kinds_filter_events(primary: Catalog) -> None:
    """--kind keeps only events of the kinds given."""
    events = timeline(primary, Filters(kinds={EventKind.SEMINAR, EventKind.DEADLINE}))
    assert ids(events) == ["tokyo-seminar", "bangkok-seminar", "destruction-deadline"]


def test_roles_in_order_of_period(primary: Catalog) -> None:
    """Every role Japan held, by period."""
    assert [(i.term.role.role, i.term.role.body) for i in roles(primary)] == [
        ("co-chair", "Standing Committee on Victim Assistance"),
        ("deputy chair", "Third Meeting of States Parties"),
        ("co-chair", "Session on assistance to landmine victims, Third Meeting of States Parties"),
        ("co-rapporteur", "Standing Committee on Mine Clearance"),
    ]


def test_roles_filtered_by_text_and_year(primary: Catalog) -> None:
    """Text matches office, body or partner without regard to case; year uses overlap."""
    assert role_ids(roles(primary, text="CAMBODIA")) == [
        "co-rapporteur-standing-committee-on-mine-clearance"
    ]
    in_2001 = roles(primary, text="standing committee", filters=Filters(year=2001))
    assert role_ids(in_2001) == ["co-chair-standing-committee-on-victim-assistance"]


def test_aid_progress_sets_achieved_against_target(primary: Catalog) -> None:
    """The target was reached at the end of October 2002: at least the target."""
    [progress] = aid_progress(primary)
    assert progress.bound == "at-least"
    assert progress.pledged.id == "aid-pledge"
    assert progress.achieved is not None
    assert (str(progress.achieved.date), progress.achieved.date_qualifier) == ("2002-10", "end")


def test_place_and_party_filters_ignore_case_and_accents(primary: Catalog) -> None:
    """--place matches a city or country and --party a party's name, however typed."""
    geneva = timeline(primary, Filters(place="GENÉVA"))
    assert ids(geneva) == ["fourth-meeting-of-states-parties"]
    nicaragua = timeline(primary, Filters(place="nicaragua"))
    assert ids(nicaragua) == ["third-meeting-of-states-parties"]
    ngos = timeline(primary, Filters(party="Nongovernmental"))
    assert ids(ngos) == ["tokyo-seminar"]


def test_an_unknown_place_is_refused_with_a_suggestion(primary: Catalog) -> None:
    """A place the dataset never names is a QueryError suggesting the closest one."""
    with pytest.raises(UnknownName) as raised:
        timeline(primary, Filters(place="Managva"))
    assert (raised.value.what, raised.value.value, raised.value.close) == (
        "place",
        "Managva",
        ("Managua",),
    )
    assert "Managua" in raised.value.known


def test_the_pledge_is_placed_by_its_announcement(catalog: Catalog) -> None:
    """LM 1999 dates the announcement to Dec 1997; the seed gives only the years covered."""
    [entry] = [e for e in timeline(catalog) if e.event.id == "aid-pledge"]
    assert entry.placed_by is not None
    assert (entry.placed_by.id, str(entry.placed)) == ("pledge-announced", "1997-12")
    [seed_only] = [e for e in timeline(catalog.__class__(catalog.dataset, catalog.seeds, True))
                   if e.event.id == "aid-pledge"]  # fmt: skip
    assert (seed_only.placed_by, str(seed_only.placed)) == (None, "1998/2002")


def test_other_records_add_events_after_the_seeds(catalog: Catalog) -> None:
    """The secondary record's events join the timeline; --primary-only leaves them out."""
    everything = ids(timeline(catalog))
    assert "first-meeting-of-states-parties" in everything
    assert set(ids(timeline(Catalog(catalog.dataset, catalog.seeds, True)))) <= {
        event.id for event in catalog.dataset.events
    }


def test_roles_from_other_records_join_the_listing(catalog: Catalog) -> None:
    """LM 2000 and LM 2004 add the co-rapporteurship of 1999-2000 and the 2003-04 co-chair."""
    found = role_ids(roles(catalog))
    assert {
        "co-rapporteur-victim-assistance",
        "co-chair-standing-committee-on-mine-clearance",
    } <= set(found)
