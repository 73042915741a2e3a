"""The dataset holds every fact the seed states, at the seed's own precision.

This is the specification of data/: one test per fact the core issue lists.
"""

from __future__ import annotations

from minefacts.model.records import Dataset, Event


def event(dataset: Dataset, event_id: str) -> Event:
    return dataset.event(event_id)


def test_zero_victims_program_proposed_in_ottawa_december_1997(dataset: Dataset) -> None:
    """The Zero Victims Program: Ottawa signing ceremony, a month, with the two axles."""
    proposal = event(dataset, "zero-victims-program")
    assert (str(proposal.date), proposal.kind, proposal.places[0].city) == (
        "1997-12",
        "proposal",
        "Ottawa",
    )
    assert "two axles" in proposal.source.quote
    assert "universal and effective ban" in proposal.summary
    assert "assistance for victims" in proposal.summary


def test_pledge_of_about_ten_billion_yen_over_five_years_from_1998(dataset: Dataset) -> None:
    """About ¥10 billion, 1998 to 2002, for mine clearance and victim assistance."""
    [pledge] = dataset.pledges
    assert (pledge.amount.value, pledge.amount.unit, pledge.amount.qualifier) == (
        10_000_000_000,
        "JPY",
        "about",
    )
    assert (str(pledge.period), pledge.period_text) == ("1998/2002", "the five years from 1998")
    assert pledge.purposes == ("mine clearance", "victim assistance")
    assert pledge.status == "achieved"


def test_target_achieved_at_the_end_of_october_2002(dataset: Dataset) -> None:
    """The achievement is dated to the month, with 'the end of' kept."""
    achieved = event(dataset, "aid-target-achieved")
    assert (str(achieved.date), achieved.date_qualifier) == ("2002-10", "end")


def test_convention_concluded_on_30_september_1998_under_obuchi(dataset: Dataset) -> None:
    """A day-precision date, with then Prime Minister Keizo Obuchi as a party."""
    concluded = event(dataset, "convention-concluded")
    assert (str(concluded.date), concluded.kind) == ("1998-09-30", "treaty")
    assert [party.name for party in concluded.parties] == ["Keizo Obuchi"]


def test_japan_calls_on_non_parties(dataset: Dataset) -> None:
    """Calls on non-parties run from the conclusion to the document's date."""
    calls = event(dataset, "calls-on-non-parties")
    assert str(calls.date) == "1998-09-30/2003-02"
    assert calls.kind == "outreach"


def test_tokyo_and_bangkok_seminars(dataset: Dataset) -> None:
    """Tokyo, November 2000, co-hosted with NGOs; Bangkok, May 2002, co-sponsored."""
    tokyo, bangkok = event(dataset, "tokyo-seminar"), event(dataset, "bangkok-seminar")
    assert (str(tokyo.date), tokyo.places[0].city) == ("2000-11", "Tokyo")
    assert tokyo.parties[0].name == "nongovernmental organizations and others"
    assert (str(bangkok.date), bangkok.places[0].city) == ("2002-05", "Bangkok")
    assert "co-sponsored" in bangkok.title


def test_roles_at_the_source_precision(dataset: Dataset) -> None:
    """Four roles: co-chair 2000-01, deputy chair and session co-chair Sep 2001, co-rapporteur."""
    assert {(role.role, role.body_kind, str(role.period)) for role in dataset.roles} == {
        ("co-chair", "standing committee", "2000/2001"),
        ("deputy chair", "meeting of States Parties", "2001-09"),
        ("co-chair", "session", "2001-09"),
        ("co-rapporteur", "standing committee", "2002/2003"),
    }


def test_meetings_in_managua_and_geneva(dataset: Dataset) -> None:
    """Managua (Nicaragua, named by the source) Sep 2001; Geneva Sep 2002 with Cambodia."""
    third = event(dataset, "third-meeting-of-states-parties")
    fourth = event(dataset, "fourth-meeting-of-states-parties")
    assert (str(third.date), third.places[0].country, third.places[0].country_in_source) == (
        "2001-09",
        "Nicaragua",
        True,
    )
    assert (str(fourth.date), fourth.places[0].city) == ("2002-09", "Geneva")
    assert [party.name for party in fourth.parties] == ["Cambodia"]


def test_stockpile_of_approximately_one_million_by_8_february_2003(dataset: Dataset) -> None:
    """Approximately one million mines, by 8 Feb 2003, and a ceremony the same day."""
    destruction = event(dataset, "stockpile-destruction")
    [mines] = destruction.quantities
    assert (mines.value, mines.qualifier) == (1_000_000, "approximately")
    assert str(destruction.date) == "2003-02-08"
    assert str(event(dataset, "destruction-ceremony").date) == "2003-02-08"


def test_deadline_is_the_end_of_february_2003(dataset: Dataset) -> None:
    """The deadline is a month with 'the end of' kept, not a made-up day."""
    deadline = event(dataset, "destruction-deadline")
    assert (str(deadline.date), deadline.date_qualifier, deadline.kind) == (
        "2003-02",
        "end",
        "deadline",
    )


def test_the_document_itself(dataset: Dataset) -> None:
    """The source document, February 2003, is both a document and an event."""
    [document] = dataset.documents
    assert (document.title, str(document.date)) == (
        "Japan's Efforts on the Issue of Landmines",
        "2003-02",
    )
    assert document.url == "https://www.mofa.go.jp/policy/landmine/effort0302.html"
    assert str(event(dataset, "document-issued").date) == "2003-02"
