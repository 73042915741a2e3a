"""Research lookups, in process: search, show, cite, year, on, sources, and secondary sources."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from minefacts.catalog import Catalog
from minefacts.query.sources import seed_only
from minefacts.render.tables import highlighted
from tests.conftest import Invoke

Golden = Callable[[str, str], None]


# search


@pytest.mark.parametrize("text", ["managua", "MANAGUA", "Managuá"])
def test_search_ignores_case_and_accents(invoke: Invoke, text: str) -> None:
    """The Managua meeting comes first however Managua is typed."""
    hits = invoke("search", text, "-f", "json").json
    assert hits[0]["id"] == "third-meeting-of-states-parties"
    assert hits[0]["matched"] == ["managua"]
    assert hits[0]["found_in"][0] == "title"


def test_search_ranks_more_matched_words_first(invoke: Invoke) -> None:
    """An event matching every word ranks above events matching some."""
    hits = invoke("search", "seminar tokyo", "-f", "json").json
    assert [hit["id"] for hit in hits[:2]] == ["tokyo-seminar", "bangkok-seminar"]
    assert hits[0]["matched"] == ["seminar", "tokyo"]


def test_search_takes_the_shared_filters(invoke: Invoke) -> None:
    """--year narrows a search like a timeline."""
    hits = invoke("search", "seminar", "--year", "2002", "-f", "json").json
    assert [hit["id"] for hit in hits] == ["bangkok-seminar"]


def test_a_mistyped_word_gets_a_suggestion(invoke: Invoke) -> None:
    """'Managva' suggests 'Managua' from the dataset's own words, and nothing matches."""
    result = invoke("search", "Managva")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "minefacts: 'managva' is not in the dataset; did you mean 'Managua' or 'Canada'?",
        "minefacts: no facts match 'Managva'",
    ]


def test_an_empty_search_is_a_usage_error(invoke: Invoke) -> None:
    """Search text with no words exits 2 with one line."""
    result = invoke("search", "  ,  ")
    assert (result.exit_code, result.stderr) == (
        2,
        "minefacts: error: the search text is empty; give at least one word\n",
    )


def test_matched_words_are_highlighted() -> None:
    """In the table, each word starting with a search word is highlighted, whatever its case."""
    text = highlighted("Seminar in Tokyo, co-hosted by Japan", ("semin", "tokyo"))
    spans = [(span.start, span.end, str(span.style)) for span in text.spans]
    assert spans == [(0, 7, "bold reverse"), (11, 16, "bold reverse")]


def test_search_table_matches_its_golden_file(invoke: Invoke, golden: Golden) -> None:
    """The search results table, at 100 columns."""
    golden("search-victim.txt", invoke("search", "victim assistance").stdout)


# show


def test_show_gives_the_quote_in_its_paragraph(invoke: Invoke, golden: Golden) -> None:
    """The fact, its quote within its paragraph, related facts and other records."""
    result = invoke("show", "convention-concluded")
    assert result.exit_code == 0
    golden("show-convention-concluded.txt", result.stdout)


def test_show_as_json(invoke: Invoke) -> None:
    """JSON carries the record, the passage with the quote's offsets, and corroboration."""
    shown = invoke("show", "stockpile-destruction", "-f", "json").json
    assert (shown["id"], shown["type"], shown["seed_only"]) == (
        "stockpile-destruction",
        "event",
        False,
    )
    passage = shown["passage"]
    quote = shown["record"]["source"]["quote"]
    assert passage["paragraph"][passage["start"] : passage["end"]] == quote
    claims = {item["claim"]["id"]: item for item in shown["corroboration"]}
    assert claims["destroyed-lm-2003"]["claim"]["disagrees_with"] == ["destroyed-lm-2004"]
    assert claims["destroyed-lm-2004"]["source"]["title"] == "Landmine Monitor Report 2004, Japan"


def test_uncorroborated_facts_rest_on_the_seed_alone(invoke: Invoke, catalog: Catalog) -> None:
    """The seminars and the session co-chair are corroborated by no other record found."""
    assert {fact.id for fact in seed_only(catalog)} == {
        "calls-on-non-parties",
        "tokyo-seminar",
        "bangkok-seminar",
        "document-issued",
        "co-chair-victim-assistance-session",
    }
    shown = invoke("show", "tokyo-seminar")
    assert "rests on the seed alone" in shown.stdout
    assert invoke("show", "tokyo-seminar", "-f", "json").json["seed_only"] is True


def test_primary_only_hides_secondary_sources(invoke: Invoke) -> None:
    """--primary-only leaves the seed alone: no claims, no secondary sources."""
    shown = invoke("--primary-only", "show", "convention-concluded", "-f", "json").json
    assert (shown["corroboration"], shown["seed_only"]) == (None, None)
    sources = invoke("--primary-only", "sources", "-f", "json").json
    assert [source["id"] for source in sources] == ["mofa-2003-02"]
    aid = invoke("--primary-only", "aid", "-f", "json").json
    assert aid[0]["provided"] == []


def test_an_unknown_id_suggests_the_closest(invoke: Invoke) -> None:
    """A mistyped id exits 2 naming the closest ids."""
    result = invoke("show", "tokyo-seminr")
    assert (result.exit_code, result.stderr) == (
        2,
        "minefacts: error: unknown id 'tokyo-seminr'; did you mean 'tokyo-seminar' or "
        "'bangkok-seminar'?\n",
    )


def test_a_claim_can_be_shown(invoke: Invoke) -> None:
    """Secondary claims have ids too, and show what they disagree with."""
    shown = invoke("show", "aid-provided-lm-2004", "-f", "json").json
    assert shown["type"] == "claim"
    assert shown["record"]["disagrees_with"] == ["seed", "aid-provided-lm-2003"]


# cite


@pytest.mark.parametrize("style", ["plain", "markdown", "bibtex", "csl-json"])
def test_citations_match_their_golden_files(invoke: Invoke, golden: Golden, style: str) -> None:
    """Each citation style for a seed fact is exactly its golden file."""
    result = invoke("cite", "convention-concluded", "--style", style)
    assert result.exit_code == 0
    golden(f"cite-{style}.txt", result.stdout)


def test_csl_json_is_valid_and_complete(invoke: Invoke) -> None:
    """CSL-JSON parses, with the publisher as author, the month issued and the quote."""
    [item] = invoke("cite", "tokyo-seminar", "-s", "csl-json").json
    assert item["author"] == [{"literal": "Ministry of Foreign Affairs of Japan"}]
    assert item["issued"] == {"date-parts": [[2003, 2]]}
    assert item["note"].startswith("Japan's efforts so far have included")


def test_a_claim_is_cited_with_its_own_source(invoke: Invoke) -> None:
    """Citing a secondary claim cites its source, not the seed."""
    result = invoke("cite", "in-force-for-japan")
    assert result.stdout == (
        "Ministry of Foreign Affairs of Japan, Press release of 30 September 1998, "
        "30 September 1998. "
        "https://www.mofa.go.jp/announce/announce/1998/9/930-2.html States: The Convention "
        "entered into force for Japan on 1 Mar 1999.\n"
    )


# year and on


def test_year_overview(invoke: Invoke, golden: Golden) -> None:
    """One year: events, roles held, aid at the year's end, just before and just after."""
    golden("year-2001.txt", invoke("year", "2001").stdout)
    overview = invoke("year", "2001", "-f", "json").json
    assert [event["id"] for event in overview["events"]] == [
        "aid-pledge",
        "calls-on-non-parties",
        "victim-assistance-co-chair",
        "third-meeting-of-states-parties",
    ]
    assert (overview["before"]["id"], overview["after"]["id"]) == (
        "tokyo-seminar",
        "bangkok-seminar",
    )


@pytest.mark.parametrize(
    ("day", "convention", "deadline"),
    [
        ("1998-01-01", "not yet binding on Japan", "1884 days before the deadline"),
        ("1998-10-01", "concluded but not yet binding", "1611 days before the deadline"),
        ("2001-09-20", "binding on Japan", "526 days before the deadline"),
        ("2003-02-28", "binding on Japan", "the last day before the deadline passes"),
        ("2003-03-05", "binding on Japan", "5 days after the deadline"),
    ],
)
def test_on_a_day(invoke: Invoke, day: str, convention: str, deadline: str) -> None:
    """The Convention's status and the deadline count, derived from the data."""
    state = invoke("on", day, "-f", "json").json
    assert state["convention"].startswith(convention)
    assert state["deadlines"][0].startswith(deadline)


def test_on_a_day_golden(invoke: Invoke, golden: Golden) -> None:
    """Where things stood on 20 September 2001, as a table."""
    golden("on-2001-09-20.txt", invoke("on", "2001-09-20").stdout)


def test_on_needs_one_day(invoke: Invoke) -> None:
    """A month is not a day: exit 2."""
    result = invoke("on", "2001-09")
    assert result.exit_code == 2
    assert "'2001-09' is not one day; give YYYY-MM-DD" in result.stderr


def test_on_with_the_seed_alone_says_what_it_does_not_know(invoke: Invoke) -> None:
    """Without secondary sources, the date of entry into force is unknown, and said to be."""
    state = invoke("--primary-only", "on", "1999-06-01", "-f", "json").json
    assert state["convention"] == (
        "Japan concluded it on 30 Sep 1998; the seed does not say when it entered into force "
        "for Japan"
    )
    assert state["in_force"] is None


# sources


def test_sources_table_and_json(invoke: Invoke, golden: Golden) -> None:
    """Every source with what it supports: the seed first, then the secondary sources."""
    golden("sources.txt", invoke("sources").stdout)
    found = invoke("sources", "-f", "json").json
    assert found[0]["id"] == "mofa-2003-02"
    assert found[0]["primary"] is True
    lm2004 = next(source for source in found if source["id"] == "landmine-monitor-2004")
    assert lm2004["disagreements"] == ["aid-provided-lm-2004", "destroyed-lm-2004"]


def test_corroboration_file_follows_its_rules(catalog: Catalog) -> None:
    """Every claim names an existing source and existing facts; amounts are in the claim."""
    from minefacts.catalog import secondary as corroboration

    ids = {fact.id for fact in catalog.dataset.facts()}
    assert corroboration.check(catalog.corroboration, ids) == []


def test_corroboration_rules_catch_a_bad_claim(catalog: Catalog) -> None:
    """A claim about a fact that does not exist, or naming an unknown claim, is reported."""
    from dataclasses import replace

    from minefacts.catalog import secondary as corroboration

    claim = replace(catalog.corroboration.claims[0], about=("nowhere",), disagrees_with=("x",))
    broken = replace(catalog.corroboration, claims=(claim,))
    ids = {fact.id for fact in catalog.dataset.facts()}
    assert [str(p) for p in corroboration.check(broken, ids)] == [
        "claims[0] (id 'instrument-of-acceptance'), field about[0]: refers to record 'nowhere', "
        "which does not exist",
        "claims[0] (id 'instrument-of-acceptance'), field disagrees_with[0]: refers to claim "
        "'x', which does not exist",
        "claims[0] (id 'instrument-of-acceptance'), field relation: names what it disagrees "
        'with, so it must be "disagrees"',
    ]


def test_aid_progress_sets_secondary_amounts_against_the_target(invoke: Invoke) -> None:
    """Landmine Monitor's amounts are shown against the target, disagreement included."""
    [pledge] = invoke("aid", "-f", "json").json
    provided = {item["claim"]: round(item["percent"], 1) for item in pledge["provided"]}
    assert provided == {"aid-provided-lm-2003": 103.4, "aid-provided-lm-2004": 104.8}
    assert json.dumps(pledge).count("disagrees_with") == 2
