"""Where things stood on a day or in a year: answers as exact as the sources allow.

Each case is a row of the table in the issue on answers the sources bear out: what the
tool said, against what the sources say.
"""

from __future__ import annotations

import datetime as dt

import pytest

from minefacts.catalog.loading import Catalog
from minefacts.query import moments
from minefacts.query.spans import Certainty

YES, POSSIBLY, NO = Certainty.YES, Certainty.POSSIBLY, Certainty.NO
MINE_CLEARANCE_RAPPORTEUR = "co-rapporteur-standing-committee-on-mine-clearance"
MINE_CLEARANCE_CHAIR = "co-chair-standing-committee-on-mine-clearance"
VICTIM_ASSISTANCE_CHAIR = "co-chair-standing-committee-on-victim-assistance"
VICTIM_ASSISTANCE_RAPPORTEUR = "co-rapporteur-victim-assistance"


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def statuses(state: moments.DayState | moments.YearOverview) -> dict[str, Certainty]:
    return {item.term.role.id: item.status for item in state.roles}


def test_a_role_decided_in_september_2002_was_not_held_in_january(catalog: Catalog) -> None:
    """on 2002-01-01: the co-rapporteurship was decided at the Fourth Meeting, Sep 2002."""
    state = moments.on(catalog, day("2002-01-01"))
    assert MINE_CLEARANCE_RAPPORTEUR not in statuses(state)
    assert MINE_CLEARANCE_RAPPORTEUR not in {i.term.role.id for i in state.ruled_out}


def test_the_seed_alone_already_rules_out_january_2002(primary: Catalog) -> None:
    """The source document itself names the meeting that decided the role."""
    state = moments.on(primary, day("2002-01-01"))
    assert MINE_CLEARANCE_RAPPORTEUR not in statuses(state)
    [possibly] = moments.on(primary, day("2002-12-01")).roles
    assert (possibly.term.role.id, possibly.status) == (MINE_CLEARANCE_RAPPORTEUR, POSSIBLY)
    [held] = moments.on(primary, day("2003-01-01")).roles
    assert (held.term.role.id, held.status) == (MINE_CLEARANCE_RAPPORTEUR, YES)


def test_named_at_the_fourth_meeting_the_role_was_held_by_december_2002(catalog: Catalog) -> None:
    """LM 2003: named co-rapporteur at the Fourth Meeting (16-20 Sep 2002)."""
    [held] = moments.on(catalog, day("2002-12-01")).roles
    assert (held.term.role.id, held.status) == (MINE_CLEARANCE_RAPPORTEUR, YES)
    assert {"co-rapporteur-confirmed", "fourth-meeting-dates"} <= set(held.term.basis)


def test_march_2000_follows_the_narrower_record_and_says_what_the_seed_allows(
    catalog: Catalog,
) -> None:
    """on 2000-03-01: LM 2001 gives the co-chair from Sep 2000, co-rapporteur before."""
    state = moments.on(catalog, day("2000-03-01"))
    assert statuses(state) == {VICTIM_ASSISTANCE_RAPPORTEUR: YES}
    [ruled_out] = state.ruled_out
    assert ruled_out.term.role.id == VICTIM_ASSISTANCE_CHAIR
    assert (ruled_out.status, ruled_out.seed_status) == (NO, POSSIBLY)
    assert "victim-assistance-term" in ruled_out.term.basis


def test_the_seed_alone_says_possibly_for_march_2000(primary: Catalog) -> None:
    """With the source document alone, "the 2000-01 activity period" leaves March open."""
    state = moments.on(primary, day("2000-03-01"))
    assert statuses(state) == {VICTIM_ASSISTANCE_CHAIR: POSSIBLY}


def test_a_successor_ends_the_co_rapporteurship(catalog: Catalog) -> None:
    """on 2003-12-01: co-chair from the Fifth Meeting, Sep 2003; no longer co-rapporteur."""
    state = moments.on(catalog, day("2003-12-01"))
    assert statuses(state) == {MINE_CLEARANCE_CHAIR: YES}
    [ruled_out] = state.ruled_out
    assert (ruled_out.term.role.id, ruled_out.seed_status) == (MINE_CLEARANCE_RAPPORTEUR, POSSIBLY)
    assert MINE_CLEARANCE_CHAIR in ruled_out.term.basis


def test_1999_has_a_role_the_seed_does_not_name(catalog: Catalog, primary: Catalog) -> None:
    """year 1999: co-rapporteur from the First Meeting (LM 2000); the seed names none."""
    overview = moments.year(catalog, 1999)
    assert [(i.term.role.id, i.status) for i in overview.roles] == [
        (VICTIM_ASSISTANCE_RAPPORTEUR, YES)
    ]
    assert moments.year(primary, 1999).roles == []


def test_roles_during_the_third_meeting_are_held_on_its_days(catalog: Catalog) -> None:
    """The meeting ran 18-21 Sep 2001 (UN DC/2809): its offices were held on the 20th."""
    state = statuses(moments.on(catalog, day("2001-09-20")))
    assert state["deputy-chair-third-meeting"] is YES
    assert state["co-chair-victim-assistance-session"] is YES
    # LM 2001: co-chair "to the Third Meeting", which may have ended the term on its first day
    assert state[VICTIM_ASSISTANCE_CHAIR] is POSSIBLY


def test_a_possibly_held_role_names_the_day_that_would_decide_it(catalog: Catalog) -> None:
    """on 2001-09-20: the co-chair's term ended on a day in Sep 2001 no record gives; that
    end is what decides, and a role held for certain leaves nothing open."""
    found = {item.term.role.id: item for item in moments.on(catalog, day("2001-09-20")).roles}
    assert found[VICTIM_ASSISTANCE_CHAIR].undecided == ("end",)
    assert found["deputy-chair-third-meeting"].undecided == ()


def test_a_role_that_may_not_have_begun_yet_leaves_its_start_open(primary: Catalog) -> None:
    """on 2002-12-01, the source document alone: the co-rapporteurship began on a day from
    the Fourth Meeting (Sep 2002) to the end of 2003, so its start decides."""
    [possibly] = moments.on(primary, day("2002-12-01")).roles
    assert possibly.undecided == ("start",)


def test_the_pledge_target_reached_is_a_lower_bound(catalog: Catalog) -> None:
    """Achieving "this target" means at least 10 billion yen was provided, not exactly."""
    [state] = moments.on(catalog, day("2003-01-01")).pledges
    assert state.status == "reached"
    assert state.reached is not None
    assert (state.reached.value, state.reached_bound) == (10_000_000_000, "at-least")


def test_the_pledge_is_dated_by_its_announcement(catalog: Catalog, primary: Catalog) -> None:
    """Announced in Dec 1997 (LM 1999); the seed gives only the years it covers."""
    [before] = moments.on(catalog, day("1997-11-01")).pledges
    [announced] = moments.on(catalog, day("1997-12-31")).pledges
    [seed_only] = moments.on(primary, day("1997-11-01")).pledges
    assert (before.status, announced.status, seed_only.status) == (
        "not-announced",
        "announced",
        "not-started",
    )
    assert "pledge-announced" in announced.basis


def test_completion_after_the_planned_day_rests_on_other_records(
    catalog: Catalog, primary: Catalog
) -> None:
    """on 2003-03-01: "will complete by 8 Feb 2003" is a plan; others confirm it happened,
    and 15,000 mines were kept for training, 6,641 of them used in 1999-2003 (possibly not
    all by this day)."""
    [state] = moments.on(catalog, day("2003-03-01")).stockpile
    assert state.status == "complete"
    assert "last-mines-destroyed" in state.basis
    counts = {item.figure.id: item.status for item in state.counts}
    assert counts["mines-retained-1999"] is YES
    assert counts["retained-mines-used-1999-2003"] is POSSIBLY
    [seed_only] = moments.on(primary, day("2003-03-01")).stockpile
    assert seed_only.status == "plan-date-passed"


def test_destruction_had_not_begun_before_january_2000(catalog: Catalog) -> None:
    """The Japan Times: destruction began on 17 Jan 2000."""
    [before] = moments.on(catalog, day("1999-06-01")).stockpile
    [during] = moments.on(catalog, day("2001-09-20")).stockpile
    assert (before.status, during.status) == ("not-begun", "under-way")


def test_no_deadline_runs_before_japan_is_bound(catalog: Catalog, primary: Catalog) -> None:
    """on 1998-01-01: bound from 1 Mar 1999 (in force); the seed: concluded 30 Sep 1998."""
    [state] = moments.on(catalog, day("1998-01-01")).deadlines
    assert (state.status, state.days) == ("not-running", None)
    assert "in-force-for-japan" in state.basis
    [between] = moments.on(catalog, day("1998-12-01")).deadlines
    assert between.status == "not-running"
    [seed_only] = moments.on(primary, day("1998-01-01")).deadlines
    assert seed_only.status == "not-running"
    assert "convention-concluded" in seed_only.basis


def test_the_deadline_counts_down_with_the_other_date_beside_it(catalog: Catalog) -> None:
    """526 days to the end of February 2003; Article 4 gives 1 March, a day later."""
    [state] = moments.on(catalog, day("2001-09-20")).deadlines
    assert (state.status, state.days, state.last_day) == ("running", 526, day("2003-02-28"))
    assert {(other.claim.id, other.days) for other in state.alternatives} >= {
        ("article-4-deadline", 527),
        ("first-deadlines-1-march-2003", 527),
    }


def test_the_deadline_was_met(catalog: Catalog) -> None:
    """Completed 8 Feb 2003, before the end of February: met."""
    [state] = moments.on(catalog, day("2003-02-10")).deadlines
    assert state.status == "met"


def test_the_convention_binds_from_entry_into_force(catalog: Catalog, primary: Catalog) -> None:
    """Concluded 30 Sep 1998; in force for Japan 1 Mar 1999 (MOFA); the seed gives no date."""
    assert moments.on(catalog, day("1998-09-29")).convention.status == "not-concluded"
    assert moments.on(catalog, day("1998-12-01")).convention.status == "concluded-not-in-force"
    assert moments.on(catalog, day("1999-03-01")).convention.status == "in-force"
    assert moments.on(primary, day("1999-03-01")).convention.status == "concluded"


PRESIDENT = "president-twenty-second-meeting"


def test_the_presidency_was_certainly_held_during_the_meeting_it_presided(
    catalog: Catalog,
) -> None:
    """MOFA: the 22nd Meeting (1-5 Dec 2025) met under Japan's presidency; Japan's
    delegation: Amb. Ichikawa was elected on 24 Nov 2023 and Zambia presides in 2026. No
    record gives the days the presidency began or ended."""
    assert statuses(moments.on(catalog, day("2025-12-03")))[PRESIDENT] is YES
    [before] = [
        r for r in moments.on(catalog, day("2024-12-15")).roles if r.term.role.id == PRESIDENT
    ]
    assert (before.status, before.undecided) == (POSSIBLY, ("start",))
    [after] = [
        r for r in moments.on(catalog, day("2026-01-15")).roles if r.term.role.id == PRESIDENT
    ]
    assert (after.status, after.undecided) == (POSSIBLY, ("end",))
    assert PRESIDENT not in statuses(moments.on(catalog, day("2023-11-01")))
    assert statuses(moments.year(catalog, 2025))[PRESIDENT] is YES


def retained(catalog: Catalog, on: str) -> list[tuple[str, Certainty]]:
    [stock] = moments.on(catalog, day(on)).stockpile
    measures = ("mines retained", "retained mines used")
    return [(c.figure.id, c.status) for c in stock.counts if c.figure.measure in measures]


def test_retained_mines_show_the_range_the_counts_allow(catalog: Catalog) -> None:
    """on 2010-06-01 the records allow anything from the 2,673 counted at the end of 2010
    to what was left of the 15,000 kept in 1999: both counts show, the later one marked a
    later count, beside the 6,641 used by the end of 2003 (LM 2004)."""
    assert retained(catalog, "2010-06-01") == [
        ("mines-retained-1999", YES),
        ("mines-retained-2010", NO),
        ("retained-mines-used-1999-2003", YES),
    ]
    assert retained(catalog, "2011-01-01") == [
        ("mines-retained-1999", YES),
        ("mines-retained-2010", YES),
        ("mines-retained-2018", NO),
        ("retained-mines-used-1999-2003", YES),
    ]


WHOLE_RECORD = [
    # year, the roles held in it (all certainly), events in it, from the wider record
    (
        2005,
        {"co-chair-standing-committee-on-stockpile-destruction"},
        {"sixth-meeting-of-states-parties"},
    ),
    (2009, {"co-chair-standing-committee-on-general-status"}, {"second-review-conference"}),
    (2011, set(), {"article-7-report-12", "eleventh-meeting-of-states-parties"}),
    (2025, {PRESIDENT}, {"twenty-second-meeting-of-states-parties"}),
]


@pytest.mark.parametrize(("year", "roles", "events"), WHOLE_RECORD)
def test_years_after_the_source_document_answer_from_the_wider_record(
    catalog: Catalog, primary: Catalog, year: int, roles: set[str], events: set[str]
) -> None:
    """`year` for 2005, 2009, 2011 and 2025: the roles held and the events, each from
    another record; the source document alone knows none of them."""
    overview = moments.year(catalog, year)
    assert {(r.term.role.id, r.status) for r in overview.roles} == {(r, YES) for r in roles}
    assert {entry.event.id for entry in overview.events} == events
    alone = moments.year(primary, year)
    assert (alone.roles, alone.events) == ([], [])


def test_on_a_day_in_2011_the_convention_binds_and_the_deadline_was_met(catalog: Catalog) -> None:
    """on 2011-01-01: no office, the Convention in force for Japan, the stockpile complete
    and the deadline met, each with the records that decide it."""
    state = moments.on(catalog, day("2011-01-01"))
    assert state.roles == []
    assert state.convention.status == "in-force"
    assert [s.status for s in state.stockpile] == ["complete"]
    [deadline] = state.deadlines
    assert deadline.status == "met"
    assert "last-mines-destroyed" in deadline.basis
