"""What a briefing states: its sections in the record's order, each sentence resting on
records of the catalog, within the dates asked for, and the source document alone under
--primary-only."""

from __future__ import annotations

import datetime as dt

import pytest

from minefacts.catalog.loading import Catalog
from minefacts.errors import QueryError
from minefacts.model.dates import PartialDate
from minefacts.model.records import Event, Pledge, Role
from minefacts.query.briefing.build import brief
from minefacts.query.briefing.parts import (
    TOPICS,
    Counted,
    Disagreed,
    Happened,
    Held,
    Pledged,
    Sentence,
)
from minefacts.query.filters import Filters
from minefacts.query.index import index
from minefacts.query.spans import Certainty

HANDOUT = Filters(start=PartialDate("1997"), end=PartialDate("2003"))
FIRST, LAST = dt.date(1997, 1, 1), dt.date(2003, 12, 31)


WHOLE = Filters()


def found(catalog: Catalog, filters: Filters = WHOLE) -> dict[str, Sentence]:
    """The sentences of a briefing by the record each is about."""
    return {sentence.subject: sentence for sentence in brief(catalog, filters).sentences()}


def test_the_sections_follow_the_record(catalog: Catalog) -> None:
    """The whole record has every section, in the issue's order, each with paragraphs of
    at most five sentences."""
    sections = brief(catalog).sections
    assert [section.topic for section in sections] == list(TOPICS)
    assert all(0 < len(paragraph) <= 5 for s in sections for paragraph in s.paragraphs)


def test_every_sentence_rests_on_records_of_the_catalog(catalog: Catalog) -> None:
    """Each sentence names the records it rests on, its own first among them, and every
    one is a record of the catalog."""
    everything = index(catalog)
    for sentence in brief(catalog).sentences():
        assert sentence.rests_on, sentence.subject
        assert sentence.subject in sentence.rests_on or isinstance(sentence, Disagreed)
        assert all(everything.find(record) is not None for record in sentence.rests_on)


def test_each_section_is_in_date_order(catalog: Catalog) -> None:
    """Within a section, sentences run by the first and last day they can concern."""
    for section in brief(catalog).sections:
        orders = [sentence.order for p in section.paragraphs for sentence in p]
        assert orders == sorted(orders), section.topic


def test_a_window_keeps_only_what_lies_within_it(catalog: Catalog) -> None:
    """For 1997 to 2003 a record told in its own words lies wholly (or possibly wholly)
    within those years, and an office was held at some time in them; 1996 and 2004 are
    left out."""
    sentences = brief(catalog, HANDOUT).sentences()
    for sentence in sentences:
        if isinstance(sentence, Held):
            assert sentence.when.during(FIRST, LAST) is not Certainty.NO, sentence.subject
        elif isinstance(sentence, Counted):
            assert sentence.order[0] >= FIRST
            assert sentence.order[1] <= LAST
        elif isinstance(sentence, Pledged):
            assert sentence.when.during(FIRST, LAST) is not Certainty.NO
        elif sentence.when is not None and not isinstance(sentence, Disagreed):
            assert sentence.when.within(FIRST, LAST) is not Certainty.NO, sentence.subject
    subjects = {sentence.subject for sentence in sentences}
    assert "convention-concluded" in subjects
    assert "lyon-summit-ban-support" not in subjects  # 1996
    assert "first-review-conference-opened-28-november" not in subjects  # 2004


def test_an_office_running_past_the_dates_says_where(catalog: Catalog) -> None:
    """The mine-clearance co-chair (Sep 2003 - Dec 2004) is told in a 1997-2003 briefing,
    certainly ending after it; without dates asked for nothing is cut."""
    inside = found(catalog, HANDOUT)["co-chair-standing-committee-on-mine-clearance"]
    assert isinstance(inside, Held)
    assert (inside.clip.before, inside.clip.after) == (Certainty.NO, Certainty.YES)
    whole = found(catalog)["co-chair-standing-committee-on-mine-clearance"]
    assert isinstance(whole, Held)
    assert (whole.clip.before, whole.clip.after) == (Certainty.NO, Certainty.NO)


def test_primary_only_rests_on_the_source_document_alone(primary: Catalog) -> None:
    """Under --primary-only every sentence rests on facts of the source document."""
    sentences = brief(primary).sentences()
    assert sentences
    facts = {fact.id for fact in primary.dataset.facts()}
    for sentence in sentences:
        assert set(sentence.rests_on) <= facts, sentence.subject
    assert all(
        isinstance(index(primary).find(r), Event | Role | Pledge)
        for s in sentences
        for r in s.rests_on
    )


def test_a_disputed_date_is_told_as_both_readings(catalog: Catalog) -> None:
    """The end of production is dated 1997 by Landmine Monitor 2003 and March 1998 by The
    Japan Times: the sentence holds both readings and rests on both sides."""
    stopped = found(catalog)["apm-production-stopped"]
    assert isinstance(stopped, Happened)
    assert stopped.when.disputed
    assert {"apm-production-stopped", "production-stopped-march-1998"} <= set(stopped.rests_on)


def test_records_told_by_another_sentence_are_not_told_twice(catalog: Catalog) -> None:
    """The pledge's own events are told by the pledge and its target, the co-chair's
    appointment by its term; meetings are the timeline's."""
    subjects = found(catalog)
    for told in ("aid-pledge", "aid-target-achieved", "victim-assistance-co-chair"):
        assert not isinstance(subjects.get(told), Happened), told
    assert "third-meeting-of-states-parties" not in subjects
    assert "deputy-chair-third-meeting" in subjects
    assert "mine-action-aid-1998-2002" in subjects


def test_reversed_dates_are_refused(catalog: Catalog) -> None:
    """--from after --to is a QueryError, as for every listing."""
    with pytest.raises(QueryError, match="is after --to"):
        brief(catalog, Filters(start=PartialDate("2003"), end=PartialDate("1998")))
