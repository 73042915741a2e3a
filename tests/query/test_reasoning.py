"""What the tool derives says exactly what the records say: each finding of the audit of
derived answers (issue 16) as a test. Each failed on minefacts 2.0."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from minefacts.catalog.loading import Catalog
from minefacts.model.dates import PartialDate
from minefacts.model.records import Event
from minefacts.model.secondary import Figure, SecondaryEvent
from minefacts.query import dating, moments
from minefacts.query.aid import aid_progress
from minefacts.query.events import timeline
from minefacts.query.figures import funding_rows
from minefacts.query.filters import Filters
from minefacts.query.index import index
from minefacts.query.roles import roles
from minefacts.query.spans import Certainty, Span
from tests.conftest import PIPED, Invoke

YES, POSSIBLY, NO = Certainty.YES, Certainty.POSSIBLY, Certainty.NO


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def event(catalog: Catalog, event_id: str) -> Event | SecondaryEvent:
    found = index(catalog).records[event_id]
    assert isinstance(found, Event | SecondaryEvent)
    return found


def figure(catalog: Catalog, figure_id: str) -> Figure:
    found = index(catalog).records[figure_id]
    assert isinstance(found, Figure)
    return found


def test_an_amount_announced_is_not_an_amount_provided(catalog: Catalog) -> None:
    """MOFA's 2004 remarks give the amount announced in 1997: not among those provided;
    the later edition's total comes first."""
    [progress] = aid_progress(catalog)
    assert [p.claim.id for p in progress.provided] == [
        "aid-provided-lm-2004",
        "aid-provided-lm-2003",
    ]


def test_no_share_of_the_target_is_made_up(invoke: Invoke) -> None:
    """The target is "about ¥10 billion" and Landmine Monitor's scope is wider: no
    percentage is given for an amount provided."""
    [pledge] = invoke("aid-progress", "--format", "json").json
    assert all("percent" not in provided for provided in pledge["provided"])
    assert "%" not in "".join(
        line for line in invoke("aid-progress").stdout.splitlines() if "Landmine Monitor" in line
    )


def test_amounts_print_at_the_precision_of_their_source(invoke: Invoke) -> None:
    """The source's "US$13.1 million" and "¥2.31 billion", not US$13,100,000; the value
    stays in JSON."""
    tsv = invoke("funding", env=PIPED).stdout
    assert "US$13.1 million" in tsv
    assert "¥2.31 billion" in tsv
    assert "13,100,000" not in tsv
    assert "2,310,000,000" not in tsv
    rows = invoke("funding", "--format", "json").json
    [row] = [r for r in rows if r["figure"] and r["figure"]["id"] == "funding-2003-lm-2004"]
    assert [(a["value"], a["text"]) for a in row["figure"]["amounts"]] == [
        (2310000000, "¥2.31 billion"),
        (18900000, "US$18.9 million"),
    ]


def test_the_pledge_is_announced_on_the_day_of_obuchis_address(catalog: Catalog) -> None:
    """Landmine Monitor 1999 puts the announcement in Obuchi's address to the signing
    conference, which his address dates 3 Dec 1997: not yet announced on 1 Dec."""
    [before] = moments.on(catalog, day("1997-12-01")).pledges
    [after] = moments.on(catalog, day("1997-12-03")).pledges
    assert (before.status, after.status) == ("not-announced", "announced")
    assert before.announced_when is not None
    assert before.announced_when.bounds == Span(*[day("1997-12-03")] * 4)


def test_just_after_1999_is_the_march_2000_meeting(catalog: Catalog) -> None:
    """The co-chair of "2000-01" began in Sep 2000, as the tool itself reads it: the
    29–30 Mar 2000 meeting comes first."""
    after = moments.year(catalog, 1999).after
    assert [n.event.id for n in after] == ["victim-assistance-experts-meeting-2000-03"]
    assert after[0].status is YES


def test_a_period_a_pledge_covers_is_no_event_date(catalog: Catalog) -> None:
    """Just before 2003 is not the pledge "1998–2002" (the period it covers)."""
    before = [n.event.id for n in moments.year(catalog, 2003).before]
    assert "aid-pledge" not in before
    assert before == ["unga-vote-2002"]


def test_an_event_of_2003_2004_is_possibly_the_first_after_2002(catalog: Catalog) -> None:
    """Neighbours are a partial order: every event that could come first after 2002."""
    after = {n.event.id: n.status for n in moments.year(catalog, 2002).after}
    assert after == {
        "opposed-common-understandings": POSSIBLY,
        "document-issued": POSSIBLY,
        "stockpile-destruction-committee-2003-02-06": POSSIBLY,
    }


def test_the_first_review_conference_is_disputed_in_every_listing(catalog: Catalog) -> None:
    """MOFA dates it from 28 Nov 2004, the UN Yearbook, the ICRC and the Fifth Meeting's
    decision from 29 Nov: two readings, each with its records, and a dispute."""
    [entry] = [e for e in timeline(catalog, Filters(year=2004)) if e.event.id.startswith("first-r")]
    assert [r.basis for r in entry.when.readings] == [
        (
            "first-review-conference",
            "first-review-conference-fixed-at-5msp",
            "first-review-conference-icrc",
        ),
        ("first-review-conference-opened-28-november",),
    ]
    [dispute] = entry.disputes
    assert (dispute.field, dispute.relation, dispute.verdict) == ("date", "disagrees", None)


def test_the_first_review_conference_is_possibly_in_session_on_28_november(
    catalog: Catalog,
) -> None:
    """On 28 Nov 2004 one reading has it in session and one does not: possibly."""
    state = moments.on(catalog, day("2004-11-28"))
    found = {e.event.id: e.when.on(day("2004-11-28")) for e in state.events}
    assert found["first-review-conference"] is POSSIBLY
    assert (
        dating.event(catalog, index(catalog).records["first-review-conference"]).on(  # type: ignore[arg-type]
            day("2004-11-29")
        )
        is YES
    )


@pytest.mark.parametrize(
    ("event_id", "on"),
    [
        ("tenth-meeting-of-states-parties", "2011-11-30"),
        ("tokyo-seminar-on-landmines-2004", "2004-03-03"),
    ],
)
def test_an_error_other_records_show_does_not_widen(
    catalog: Catalog, event_id: str, on: str
) -> None:
    """The Monitor profile's 2011 for the Tenth Meeting and Landmine Monitor 2004's 3 Mar
    for the Tokyo Seminar are shown in error by other records: named, not a reading."""
    when = dating.event(catalog, event(catalog, event_id))
    assert len(when.readings) == 1
    assert when.on(day(on)) is NO
    assert [rejected.record for rejected in when.rejected]


def test_a_co_rapporteur_ends_when_the_co_chair_begins(catalog: Catalog) -> None:
    """The victim-assistance co-rapporteur ended when Japan became co-chair at the Second
    Meeting (11–15 Sep 2000): not held on 30 Sep 2000."""
    held = {r.term.role.id: r.status for r in moments.on(catalog, day("2000-09-30")).roles}
    assert "co-rapporteur-victim-assistance" not in held
    assert held["co-chair-standing-committee-on-victim-assistance"] is YES


def test_a_role_dated_by_other_records_says_so(invoke: Invoke) -> None:
    """The co-chair's months come from Landmine Monitor 2001: its row is not plainly
    primary; nor is the timeline's pledge, placed by its announcement."""
    lines = invoke("role", env=PIPED).stdout.splitlines()
    [row] = [line for line in lines if line.startswith("co-chair-standing-committee-on-vic")]
    assert row.split("\t")[-1] == "primary, dated by others"
    [pledge] = [
        line
        for line in invoke("timeline", env=PIPED).stdout.splitlines()
        if line.startswith("aid-pledge")
    ]
    assert pledge.split("\t")[-1] == "primary, dated by others"


def test_partners_other_records_name_are_shown_in_their_time(catalog: Catalog) -> None:
    """Nicaragua (2000–01, Landmine Monitor 2001) and Chile (25 May 2009, the Convention's
    site), marked as coming from those records."""
    found = {listed.term.role.id: listed.term.partners for listed in roles(catalog)}
    [nicaragua] = found["co-chair-standing-committee-on-victim-assistance"]
    [chile] = found["co-chair-standing-committee-on-general-status"]
    assert (nicaragua.name, nicaragua.basis, str(nicaragua.date)) == (
        "Nicaragua",
        "victim-assistance-term",
        "2000-09/2001-09",
    )
    assert (chile.name, chile.basis, str(chile.date)) == (
        "Chile",
        "general-status-co-chairs-2009",
        "2009-05-25",
    )


def test_the_document_alone_cannot_say_the_deadline_was_running(primary: Catalog) -> None:
    """The source document does not say when the Convention bound Japan: the deadline is
    possibly running on 1 Oct 1998, the days to its last day still counted."""
    [deadline] = moments.on(primary, day("1998-10-01")).deadlines
    assert (deadline.status, deadline.days) == ("possibly-running", 1611)


def test_a_year_without_events_says_where_the_records_end(catalog: Catalog) -> None:
    """2030: no events, and the records' events run to 5 Dec 2025."""
    overview = moments.year(catalog, 2030)
    assert overview.events == []
    assert overview.records is not None
    assert overview.records[1] == day("2025-12-05")


def test_both_destroyed_counts_show_with_what_each_counts(catalog: Catalog) -> None:
    """On 8 Feb 2003: 1,000,089 (the whole stockpile) and 985,089 (the retained counted
    apart): a difference of scope, no dispute."""
    [stock] = moments.on(catalog, day("2003-02-08")).stockpile
    destroyed = {
        c.figure.id: c.figure.amounts[0].value
        for c in stock.counts
        if c.figure.measure == "mines destroyed"
    }
    assert set(destroyed.values()) == {1000089, 985089}
    from minefacts.query.disputes import disputes_about

    assert all(not disputes_about(catalog, figure) for figure in destroyed)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [("2003-02-01", "2003-02-27", NO), ("2003-02-01", "2003-02-28", YES)],
)
def test_a_deadline_at_the_end_of_a_month_is_its_last_day(
    catalog: Catalog, start: str, end: str, expected: Certainty
) -> None:
    """The source's "end of February" is 28 Feb 2003 for the deadline, in every command."""
    filters = Filters(start=PartialDate(start), end=PartialDate(end))
    found = {e.event.id: e.match for e in timeline(catalog, filters)}
    assert found.get("destruction-deadline", NO) is expected


def test_an_event_at_the_end_of_a_month_may_fall_on_any_day_of_it(catalog: Catalog) -> None:
    """The target "at the end of October 2002" was reached on some day of October, at the
    latest its last: possibly reached during the month, certainly from its last day."""
    statuses = [
        moments.on(catalog, day(on)).pledges[0].status
        for on in ("2002-09-30", "2002-10-01", "2002-10-30", "2002-10-31")
    ]
    assert statuses == ["under-way", "possibly-reached", "possibly-reached", "reached"]


def test_a_count_as_of_the_end_of_a_year_holds_on_its_last_day(catalog: Catalog) -> None:
    """2,673 retained "at the end of 2010": made by 31 Dec 2010, a later count before."""
    when = dating.figure(figure(catalog, "mines-retained-2010"))
    assert (when.ended_by(day("2010-12-30")), when.ended_by(day("2010-12-31"))) == (NO, YES)


def test_production_stopped_in_one_of_two_readings(catalog: Catalog) -> None:
    """1997 (Landmine Monitor 2003, the Monitor) or March 1998 (the Defense Agency, via
    The Japan Times): possibly in 1998, and not in January 1998 on either reading."""
    when = dating.event(catalog, event(catalog, "apm-production-stopped"))
    assert when.in_year(1998) is POSSIBLY
    assert when.during(day("1998-01-01"), day("1998-02-28")) is NO


def test_a_revision_is_named_in_the_funding_series(catalog: Catalog) -> None:
    """US$13.2 million (Landmine Monitor 2001) revises US$13.1 million (2000): each row
    carries the revision."""
    rows = {row.figure.id: row for row in funding_rows(catalog) if row.figure}
    for figure in ("funding-1999-lm-2000", "funding-1999-lm-2001"):
        [dispute] = rows[figure].disputes
        assert (dispute.record, dispute.relation) == ("funding-1999-lm-2001", "revises")


def test_a_count_made_later_shows_beside_the_counts_before_it(invoke: Invoke) -> None:
    """On 1 Jun 2010 the 2,673 kept "as of the end of 2010" is not yet counted: it shows
    as the next count, beside the 15,000 of 1999 and the 6,641 used by the end of 2003."""
    [stock] = invoke("on", "2010-06-01", "-f", "json").json["stockpile"]
    made = {
        (count["measure"], count["amounts"][0]["value"]): count["made_by_then"]
        for count in stock["counts"]
    }
    assert made[("mines retained", 15000)] == "yes"
    assert made[("retained mines used", 6641)] == "yes"
    assert made[("mines retained", 2673)] == "no"
    assert ("mines retained", 1048) not in made  # 2018: not the next count


FORMATS_2004 = {
    "table": "29 Nov – 3 Dec",
    "tsv": "MOFA, 3 Dec 2004: 28 Nov – 3 Dec 2004 (first-review-conference-opened-28-november)",
    "markdown": "MOFA, 3 Dec 2004: 28 Nov – 3 Dec 2004",
}


@pytest.mark.parametrize(("fmt", "shown"), FORMATS_2004.items())
def test_the_disputed_conference_is_flagged_in_every_format(
    invoke: Invoke, fmt: str, shown: str
) -> None:
    """`timeline --year 2004`: the First Review Conference's row carries the other side,
    in every format that lists it."""
    output = invoke("timeline", "--year", "2004", "-f", fmt, env={"COLUMNS": "200"}).stdout
    rows = [line for line in output.splitlines() if not line.startswith(("- ", "Source"))]
    [row] = [line for line in rows if "First Review Conference" in line]
    assert shown in row
    if fmt == "table":
        assert "≠" in row


def test_the_disputed_conference_is_flagged_in_csv_and_json(invoke: Invoke) -> None:
    """In CSV, each side's values and records; in JSON, the `disputed` object."""
    rows = csv.DictReader(io.StringIO(invoke("timeline", "--year", "2004", "-f", "csv").stdout))
    [row] = [row for row in rows if row["id"] == "first-review-conference"]
    assert row["disputed_sides_value"] == "2004-11-29/2004-12-03; 2004-11-28/2004-12-03"
    assert row["disputed_record"] == "first-review-conference-opened-28-november"
    events = invoke("timeline", "--year", "2004", "-f", "json").json
    [event] = [event for event in events if event["id"] == "first-review-conference"]
    sides = event["disputed"]["sides"]
    assert [side["value"] for side in sides] == ["2004-11-29/2004-12-03", "2004-11-28/2004-12-03"]
    assert sides[1]["sources"] == ["mofa-1rc-summary-2004-12-03"]


def test_every_row_labelled_plainly_primary_shows_what_the_document_alone_shows(
    invoke: Invoke,
) -> None:
    """A row labelled plainly "primary" shows only the source document's own facts: the
    same row as `--primary-only` gives. Rows other records date say so."""
    for command in ("timeline", "role"):
        full = invoke(command, "-f", "tsv").stdout.splitlines()
        alone = invoke("--primary-only", command, "-f", "tsv").stdout.splitlines()
        header = full[0].split("\t")
        own = {line.split("\t")[0]: line.split("\t") for line in alone[1:]}
        plain = [line.split("\t") for line in full[1:] if line.split("\t")[-1] == "primary"]
        assert plain or command == "role"  # every role's term is dated by other records
        for row in plain:
            seed = dict(zip(alone[0].split("\t"), own[row[0]], strict=True))
            shown = dict(zip(header, row, strict=True))
            assert {key: shown[key] for key in seed} == seed, row[0]


def test_a_search_hit_carries_the_dispute_over_its_date(invoke: Invoke) -> None:
    """A search lists the production stop with its dispute, as every listing does: the
    other side in JSON and TSV, the mark beside its date."""
    [hit] = [
        h
        for h in invoke("search", "production", "stopped", "-f", "json").json
        if h["id"] == "apm-production-stopped"
    ]
    assert hit["disputed"]["record"] == "production-stopped-march-1998"
    [row] = [
        line.split("\t")
        for line in invoke("search", "production", "stopped", "-f", "tsv").stdout.splitlines()
        if line.startswith("apm-production-stopped\t")
    ]
    assert row[2] == "1997 ≠"
    assert row[6] == "The Japan Times, 8 Feb 2003: Mar 1998 (production-stopped-march-1998)"
