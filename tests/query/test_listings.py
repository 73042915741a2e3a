"""Queries: filtering by year, range and kind; roles; aid progress."""

from __future__ import annotations

import pytest

from minefacts.errors import QueryError
from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind
from minefacts.model.records import Dataset
from minefacts.query.aid import aid_progress
from minefacts.query.events import timeline
from minefacts.query.filters import Filters
from minefacts.query.roles import roles


def ids(records: list) -> list[str]:  # type: ignore[type-arg]
    return [record.id for record in records]


def test_the_timeline_is_chronological_and_complete(dataset: Dataset) -> None:
    """With no filter, every event appears, earliest first, 'end of' months after their days."""
    assert ids(timeline(dataset)) == [
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


def test_a_year_includes_every_period_that_overlaps_it(dataset: Dataset) -> None:
    """--year 2001 takes the 2000-01 activity period and the open outreach period."""
    assert ids(timeline(dataset, Filters(year=2001))) == [
        "aid-pledge",
        "calls-on-non-parties",
        "victim-assistance-co-chair",
        "third-meeting-of-states-parties",
    ]


def test_a_year_with_no_events_gives_nothing(dataset: Dataset) -> None:
    """A year outside the record matches nothing."""
    assert timeline(dataset, Filters(year=1990)) == []


def test_a_range_keeps_what_overlaps_it(dataset: Dataset) -> None:
    """--from 2002-09 --to 2002-10 keeps Sep 2002, end of Oct 2002 and the spanning periods."""
    events = timeline(dataset, Filters(start=PartialDate("2002-09"), end=PartialDate("2002-10")))
    assert ids(events) == [
        "aid-pledge",
        "calls-on-non-parties",
        "fourth-meeting-of-states-parties",
        "aid-target-achieved",
    ]


def test_a_day_inside_a_month_matches_that_month(dataset: Dataset) -> None:
    """A month-precision event matches any day of that month."""
    events = timeline(
        dataset, Filters(start=PartialDate("2000-11-15"), end=PartialDate("2000-11-15"))
    )
    assert "tokyo-seminar" in ids(events)


def test_a_reversed_range_is_refused(dataset: Dataset) -> None:
    """--from after --to is a QueryError that says so."""
    with pytest.raises(QueryError, match="--from 2003 is after --to 1998"):
        timeline(dataset, Filters(start=PartialDate("2003"), end=PartialDate("1998")))


def test_kinds_filter_events(dataset: Dataset) -> None:
    """--kind keeps only events of the kinds given."""
    events = timeline(dataset, Filters(kinds={EventKind.SEMINAR, EventKind.DEADLINE}))
    assert ids(events) == ["tokyo-seminar", "bangkok-seminar", "destruction-deadline"]


def test_roles_in_order_of_period(dataset: Dataset) -> None:
    """Every role Japan held, by period."""
    assert [(role.role, role.body) for role in roles(dataset)] == [
        ("co-chair", "Standing Committee on Victim Assistance"),
        ("deputy chair", "Third Meeting of States Parties"),
        ("co-chair", "Session on assistance to landmine victims, Third Meeting of States Parties"),
        ("co-rapporteur", "Standing Committee on Mine Clearance"),
    ]


def test_roles_filtered_by_text_and_year(dataset: Dataset) -> None:
    """Text matches office, body or partner without regard to case; year uses overlap."""
    assert ids(roles(dataset, text="CAMBODIA")) == [
        "co-rapporteur-standing-committee-on-mine-clearance"
    ]
    assert ids(roles(dataset, text="standing committee", filters=Filters(year=2001))) == [
        "co-chair-standing-committee-on-victim-assistance"
    ]


def test_aid_progress_sets_achieved_against_target(dataset: Dataset) -> None:
    """The pledge was achieved in full at the end of October 2002."""
    [progress] = aid_progress(dataset)
    assert progress.percent == 100
    assert progress.pledged.id == "aid-pledge"
    assert progress.achieved is not None
    assert progress.achieved.date_label() == "end of Oct 2002"


def test_place_and_party_filters_ignore_case_and_accents(dataset: Dataset) -> None:
    """--place matches a city or country and --party a party's name, however typed."""
    geneva = timeline(dataset, Filters(place="GENÉVA"))
    assert ids(geneva) == ["fourth-meeting-of-states-parties"]
    nicaragua = timeline(dataset, Filters(place="nicaragua"))
    assert ids(nicaragua) == ["third-meeting-of-states-parties"]
    ngos = timeline(dataset, Filters(party="Nongovernmental"))
    assert ids(ngos) == ["tokyo-seminar"]


def test_an_unknown_place_is_refused_with_a_suggestion(dataset: Dataset) -> None:
    """A place the dataset never names is a QueryError suggesting the closest one."""
    with pytest.raises(QueryError, match="unknown place 'Managva'; did you mean 'Managua'"):
        timeline(dataset, Filters(place="Managva"))
