"""Research lookups, in process: search, show, cite, year, on and sources, over every
record of the source document and of the secondary record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minefacts.catalog.loading import Catalog
from minefacts.errors import ExitStatus
from minefacts.query.sources import seed_only
from tests.conftest import BUNDLED, PIPED, Golden, Invoke

LM_2004 = "http://archives.the-monitor.org/index.php/publications/display?url=lm/2004/japan.en.html"
PROVIDED = "Japan provided ¥10.48 billion (US$92.6 million) for 1998–2002."
"""What the claim aid-provided-lm-2004 states: Landmine Monitor 2004, paraphrased."""

# search


@pytest.mark.parametrize("text", ["managua", "MANAGUA", "Managuá"])
def test_search_ignores_case_and_accents(invoke: Invoke, text: str) -> None:
    """The Managua meeting comes first however Managua is typed."""
    hits = invoke("search", text, "-f", "json").json
    assert hits[0]["id"] == "third-meeting-of-states-parties"
    assert hits[0]["matched"] == ["managua"]
    assert hits[0]["found_in"][0] == "title"


def test_search_ranks_more_matched_words_first(invoke: Invoke) -> None:
    """A record matching every word ranks above records matching some."""
    hits = invoke("search", "seminar tokyo", "-f", "json").json
    assert hits[0]["id"] == "tokyo-seminar"
    assert hits[0]["matched"] == ["seminar", "tokyo"]


def test_search_takes_the_shared_filters(invoke: Invoke) -> None:
    """--kind narrows a search to events, like a timeline; --year to what is dated then."""
    hits = invoke("search", "seminar", "--year", "2002", "--kind", "seminar", "-f", "json").json
    assert [hit["id"] for hit in hits] == ["bangkok-seminar"]


def test_search_reaches_the_secondary_record(invoke: Invoke) -> None:
    """Names only other records give are found, and each hit says what kind of record it is."""
    hits = invoke("search", "Koizumi", "-f", "json").json
    assert "ceremony-at-shin-asahi" in [hit["id"] for hit in hits]
    assert {hit["provenance"] for hit in hits} == {"secondary"}
    assert {hit["kind"] for hit in hits} >= {"claim", "event"}
    assert invoke("search", "Koizumi").stderr == ""


def test_a_mistyped_word_gets_a_suggestion(invoke: Invoke) -> None:
    """'Managva' suggests 'Managua' from the records' own words, and nothing matches."""
    result = invoke("search", "Managva")
    assert result.exit_code == ExitStatus.SUCCESS
    assert result.stderr.splitlines() == [
        "minefacts: 'managva' is not in the dataset; did you mean 'Managua'?",
        "minefacts: no records match 'Managva'",
    ]


def test_matched_words_are_marked_in_the_results(catalog: Catalog) -> None:
    """In the table, each word of a title that a search word matches is marked, whatever
    its case."""
    from minefacts.query.search import search
    from minefacts.render.listings import SEARCH

    [hit] = [h for h in search(catalog, "SEMINAR tokyo") if h.record.id == "tokyo-seminar"]
    [title] = [column for column in SEARCH.columns if column.name == "title"]
    assert title.text(hit) == "Seminar in Tokyo, co-hosted by Japan"
    assert title.marks is not None
    assert list(title.marks(hit)) == [(0, 7), (11, 16)]


def test_search_table_matches_its_golden_file(invoke: Invoke, golden: Golden) -> None:
    """The search results table, at 100 columns."""
    golden("search-victim.txt", invoke("search", "victim assistance").stdout)


def test_search_takes_several_words_unquoted(invoke: Invoke) -> None:
    """`search stockpile destruction` is `search "stockpile destruction"`, in every format."""
    for fmt in ("json", "tsv", "table"):
        unquoted = invoke("search", "stockpile", "destruction", "-f", fmt)
        assert unquoted.exit_code == ExitStatus.SUCCESS
        assert unquoted.stdout == invoke("search", "stockpile destruction", "-f", fmt).stdout
    assert invoke("search", "stockpile", "destruction", "-f", "json").json[0]["id"] == (
        "stockpile-destruction"
    )


def test_common_words_left_out_are_noted_on_stderr(invoke: Invoke) -> None:
    """The words left out are named in one note on stderr; the results are those of the
    other words."""
    result = invoke("search", "the", "meeting", "of", "states", "parties", "-f", "json")
    assert result.stderr == "minefacts: left out 'the' and 'of': too common to search for\n"
    assert result.json == invoke("search", "meeting states parties", "-f", "json").json


def test_a_search_of_common_words_alone_says_what_to_do(invoke: Invoke) -> None:
    """`search the` finds nothing to search for: one line saying why and what to type, exit 2."""
    result = invoke("search", "the", env={"MINEFACTS_DEBUG": None})
    assert (result.exit_code, result.stdout) == (ExitStatus.USAGE, "")
    assert result.stderr == (
        "minefacts: error: 'the' is too common to search for on its own; add a word that "
        "names what you are looking for, e.g. 'minefacts search meeting of states parties'\n"
    )


def test_a_terminal_shows_the_best_ten_and_how_many_there_are(invoke: Invoke) -> None:
    """On a terminal: the count first, then the best 10 hits, best first; --all shows every
    one; JSON and TSV always hold every hit, in the same order."""
    everything = [hit["id"] for hit in invoke("search", "victim assistance", "-f", "json").json]
    assert len(everything) == 41
    table = invoke("search", "victim", "assistance", env={"COLUMNS": "200"}).stdout
    assert table.splitlines()[0] == "41 records; showing the best 10; --all for every one"
    shown = [hit for hit in everything if hit in table.split()]
    assert shown == everything[:10]
    every = invoke("search", "victim", "assistance", "--all", env={"COLUMNS": "200"}).stdout
    assert every.splitlines()[0] == "41 records, best first"
    assert [hit for hit in everything if hit in every.split()] == everything
    tsv = invoke("search", "victim", "assistance", env=PIPED).stdout
    assert [line.split("\t")[0] for line in tsv.splitlines()[1:]] == everything


def test_json_gives_the_reasons_for_each_rank(invoke: Invoke) -> None:
    """Each hit in JSON says what it matched, where, whether as a phrase, how far apart."""
    [first, second] = invoke("search", "stockpile destruction", "-f", "json").json[:2]
    assert {key: first[key] for key in ("matched", "phrase_in", "words_apart", "score")} == {
        "matched": ["stockpile", "destruction"],
        "phrase_in": None,
        "words_apart": 0,
        "score": 86,
    }
    assert (second["phrase_in"], second["words_apart"]) == ("title", 0)


# show


def test_show_gives_the_quote_in_its_paragraph(invoke: Invoke, golden: Golden) -> None:
    """The fact, its quote within its paragraph, related records and other records."""
    result = invoke("show", "convention-concluded")
    assert result.exit_code == ExitStatus.SUCCESS
    golden("show-convention-concluded.txt", result.stdout)


def test_show_as_json(invoke: Invoke) -> None:
    """JSON carries the record, its source in full, the passage with the quote's offsets,
    and what other records say, disagreements named from both sides."""
    shown = invoke("show", "stockpile-destruction", "-f", "json").json
    assert (shown["id"], shown["kind"], shown["provenance"], shown["seed_only"]) == (
        "stockpile-destruction",
        "event",
        "primary",
        False,
    )
    assert shown["source"]["url"] == "https://www.mofa.go.jp/policy/landmine/effort0302.html"
    passage = shown["passage"]
    quote = shown["record"]["source"]["quote"]
    assert passage["paragraph"][passage["start"] : passage["end"]] == quote
    said = {item["claim"]["id"]: item for item in shown["said"]}
    scope = {
        (link["record"], link["relation"]) for link in said["destroyed-lm-2004"]["claim"]["links"]
    }
    assert ("destroyed-lm-2003", "differs in scope") in scope
    assert said["destroyed-lm-2004"]["claim"]["kind"] == "figure"
    assert said["destroyed-lm-2004"]["source"]["container"] == "Landmine Monitor Report 2004"


def test_facts_no_other_record_bears_on_rest_on_the_seed_alone(
    invoke: Invoke, catalog: Catalog
) -> None:
    """The Tokyo seminar and the call on non-parties are borne on by no record found."""
    alone = {fact.id for fact in seed_only(catalog)}
    assert alone == {"tokyo-seminar", "calls-on-non-parties", "document-issued"}
    assert "bangkok-seminar" not in alone  # Japan's statement of 17 Sep 2002 confirms it
    shown = " ".join(invoke("show", "tokyo-seminar").stdout.split())
    assert "this rests on the source document alone" in shown
    assert invoke("show", "tokyo-seminar", "-f", "json").json["seed_only"] is True


def test_primary_only_hides_the_secondary_record(invoke: Invoke) -> None:
    """--primary-only leaves the source document alone: no claims, no other sources."""
    shown = invoke("--primary-only", "show", "convention-concluded", "-f", "json").json
    assert (shown["said"], shown["seed_only"]) == (None, None)
    sources = invoke("--primary-only", "sources", "-f", "json").json
    assert [source["id"] for source in sources] == ["mofa-2003-02"]
    aid = invoke("--primary-only", "aid", "-f", "json").json
    assert (aid[0]["provided"], aid[0]["announced"]) == ([], None)


def test_a_claim_can_be_shown(invoke: Invoke) -> None:
    """Claims have ids too: their relation, what they are about, their typed links."""
    shown = invoke("show", "aid-provided-lm-2004", "-f", "json").json
    assert (shown["kind"], shown["provenance"]) == ("claim", "secondary")
    assert shown["record"]["relation"] == "consistent with"
    assert [(link["record"], link["relation"]) for link in shown["record"]["links"]] == [
        ("aid-provided-lm-2003", "revises")
    ]
    assert shown["record"]["source"] == {
        "document": "landmine-monitor-2004",
        "section": "key developments since 1999",
        "quote": None,
    }


def test_a_source_can_be_shown(invoke: Invoke) -> None:
    """Sources have ids too: shown with their address and what rests on them."""
    result = invoke("show", "landmine-monitor-2004")
    assert result.exit_code == ExitStatus.SUCCESS
    assert "archives.the-monitor.org" in result.stdout
    shown = invoke("show", "landmine-monitor-2004", "-f", "json").json
    assert shown["kind"] == "source"
    assert {"destroyed-lm-2004", "aid-provided-lm-2004"} <= {r["id"] for r in shown["resting"]}


def card(text: str) -> tuple[str, dict[str, list[str]]]:
    """A card drawn wide enough that no row wraps: its title, and each label with its
    lines (a list's items, or the rows a label has more than once, one a line)."""
    title, *rows = text.splitlines()
    value_column = len(rows[0]) - len(rows[0].split("  ", 1)[1].lstrip())
    fields: dict[str, list[str]] = {}
    label = ""
    for row in rows:
        label = row[:value_column].strip() or label
        fields.setdefault(label, []).append(row[value_column:])
    return title, fields


def shown(invoke: Invoke, item_id: str) -> tuple[str, dict[str, list[str]]]:
    """`minefacts show ID` as people see it, on a terminal too wide for a row to wrap."""
    result = invoke("show", item_id, env={"COLUMNS": "1000"})
    assert (result.exit_code, result.stderr) == (ExitStatus.SUCCESS, "")
    return card(result.stdout)


def test_a_claim_shows_as_a_card(invoke: Invoke) -> None:
    """A claim's card: what it states as the title, its relation, the records it is about,
    its amounts at the source's precision, its typed links, its source with the section,
    and no quote."""
    title, fields = shown(invoke, "aid-provided-lm-2004")
    assert title == PROVIDED
    keys = ("Id", "Kind", "About", "Amount", "Links", "Source", "Quote")
    assert {key: fields[key] for key in keys} == {
        "Id": ["aid-provided-lm-2004"],
        "Kind": ["claim (consistent with)"],
        "About": ["- aid-target-achieved", "- mine-action-aid-1998-2002"],
        "Amount": ["¥10.48 billion", "US$92.6 million"],
        "Links": [
            "- revises aid-provided-lm-2003: The 2004 edition gives ¥10.48 billion for "
            "1998–2002, where the 2003 edition gave ¥10.34 billion."
        ],
        "Source": [
            '"Japan." Landmine Monitor Report 2004. International Campaign to Ban '
            f"Landmines. 2004. Key developments since 1999. URL: {LM_2004} Accessed 2026-11-29."
        ],
        "Quote": ["none: other records are paraphrased, never quoted"],
    }


def test_a_role_shows_as_a_card(invoke: Invoke) -> None:
    """A role's card: the office as the title, its period as the source gives it, and its
    term as other records narrow it beside what the source document alone says."""
    title, fields = shown(invoke, "co-chair-standing-committee-on-victim-assistance")
    assert title == "co-chair of the Standing Committee on Victim Assistance"
    keys = ("Id", "Kind", "Period", "Term", "Source")
    assert {key: fields[key] for key in keys} == {
        "Id": ["co-chair-standing-committee-on-victim-assistance"],
        "Kind": ["role in a standing committee"],
        "Period": ["2000–2001 (2000/2001), as its source gives it"],
        "Term": [
            "began between 11 and 15 Sep 2000 and ended between 18 and 21 Sep 2001 (from "
            "Landmine Monitor 2001; UN press releases DC/2722, DC/2725 and DC/2809; and Hisami "
            "Kurokochi, 18–21 Sep 2001); the source document alone: began in 2000 and ended in "
            "2001"
        ],
        "Source": [
            '"Japan\'s Efforts on the Issue of Landmines." Ministry of Foreign Affairs '
            "of Japan. Section 1 (2). URL: https://www.mofa.go.jp/policy/landmine/effort0302.html"
            " Accessed 2026-11-29."
        ],
    }
    assert fields["Quote"][0].startswith("Japan served as co-chair of the Standing Committee")


def test_a_pledge_shows_as_a_card(invoke: Invoke) -> None:
    """A pledge's card: the amount as the source words it and as a number, its period in
    the source's words, its status, its quote, the events that record it, and what other
    records say of it."""
    title, fields = shown(invoke, "mine-action-aid-1998-2002")
    assert title == "Assistance for mine clearance and victim assistance"
    keys = ("Id", "Kind", "Amount", "Period", "Status", "Quote", "Related")
    assert {key: fields[key] for key in keys} == {
        "Id": ["mine-action-aid-1998-2002"],
        "Kind": ["pledge"],
        "Amount": ["about ¥10 billion ('about _10 billion')"],
        "Period": ["1998–2002 (the five years from 1998)"],
        "Status": ["achieved"],
        "Quote": [
            "Specifically, Japan announced that it would provide assistance of about _10 "
            "billion over the five years from 1998 for mine clearance and victim assistance."
        ],
        "Related": [
            "- event aid-pledge: About ¥10 billion pledged over the five years from 1998",
            "- event aid-target-achieved: ¥10 billion aid target achieved",
        ],
    }
    others = fields["Other records"]
    assert [line.split(":", 1)[0] for line in others] == [
        "- adds detail",
        "- consistent with",
        "- consistent with",
    ]
    for line, claim in zip(
        others, ["pledge-announced", "aid-provided-lm-2003", "aid-provided-lm-2004"], strict=True
    ):
        assert line.endswith(f"({claim})") or f"({claim}) " in line


def test_a_role_shows_its_term_and_what_the_seed_alone_says(invoke: Invoke) -> None:
    """The term other records narrow, beside the source document's own period."""
    shown = invoke("show", "co-chair-standing-committee-on-victim-assistance", "-f", "json").json
    term = shown["record"]["term"]
    assert term["start"] == ["2000-09-11", "2000-09-15"]  # the Second Meeting's days
    assert term["end"] == ["2001-09-18", "2001-09-21"]  # the Third Meeting's
    assert term["seed"]["start"] == ["2000-01-01", "2000-12-31"]
    assert "victim-assistance-term" in term["basis"]


# cite


@pytest.mark.parametrize("style", ["plain", "markdown", "bibtex", "csl-json"])
def test_citations_match_their_golden_files(invoke: Invoke, golden: Golden, style: str) -> None:
    """Each citation style for a fact of the source document, as a file gets it, is exactly
    its golden file."""
    result = invoke("cite", "convention-concluded", "--format", style, env=PIPED)
    assert result.exit_code == ExitStatus.SUCCESS
    golden(f"cite-{style}.txt", result.stdout)


def test_three_facts_of_one_document_make_one_entry(invoke: Invoke) -> None:
    """A bibliography has one entry per source, each fact a locator (in CSL-JSON's
    ``custom``, for the processor's citations)."""
    items = invoke(
        "cite", "tokyo-seminar", "convention-concluded", "aid-pledge", "-f", "csl-json"
    ).json
    [item] = items
    assert item["id"] == "mofa-2003-02"
    assert item["custom"]["cited"] == [
        {"record": "tokyo-seminar", "label": "section", "locator": "1 (1)"},
        {"record": "convention-concluded", "label": "section", "locator": "1 (1)"},
        {"record": "aid-pledge", "label": "section", "locator": "2"},
    ]


def test_a_claim_is_cited_with_its_own_source(invoke: Invoke) -> None:
    """Citing a claim cites its source, paraphrased, not the source document."""
    result = invoke("cite", "in-force-for-japan", env=PIPED)
    assert result.stdout == (
        "Paraphrase: The Convention entered into force for Japan on 1 Mar 1999. (item 1, "
        "in-force-for-japan)\n"
        'Source: "Conclusion of the Convention on the Prohibition of the Use, Stockpiling, '
        "Production and Transfer of Anti-Personnel Mines and on Their Destruction "
        '(Anti-Personnel Mines Ban Treaty)." Ministry of Foreign Affairs of Japan. URL: '
        "https://www.mofa.go.jp/announce/announce/1998/9/930-2.html Accessed 2026-12-01.\n"
    )


def test_a_source_id_cites_the_source(invoke: Invoke) -> None:
    """A source's own id cites it whole; --style is another name for --format."""
    result = invoke("cite", "ottawa-convention", "--style", "csl-json")
    [item] = result.json
    assert (item["type"], "author" in item) == ("treaty", False)


def test_cite_all_cites_every_source_once(invoke: Invoke) -> None:
    """--all cites every record: one entry per source, the source document's first.
    (Neither ids nor --all, or both, is a usage error: tests/cli/test_bad_input.py.)"""
    everything = invoke("cite", "--all", "-f", "csl-json").json
    ids = [item["id"] for item in everything]
    assert ids[0] == "mofa-2003-02"
    assert len(ids) == len(set(ids)) > 5
    assert {"landmine-monitor-2004", "ottawa-convention"} <= set(ids)


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        (
            "plain",
            f"Paraphrase: {PROVIDED} (key developments since 1999, aid-provided-lm-2004)\n"
            'Source: "Japan." Landmine Monitor Report 2004. International Campaign to Ban '
            f"Landmines. 2004. URL: {LM_2004} Accessed 2026-11-29.\n",
        ),
        (
            "markdown",
            f"Paraphrase: {PROVIDED} (key developments since 1999, `aid-provided-lm-2004`)\n"
            "\n"
            'Source: "Japan." Landmine Monitor Report 2004. International Campaign to Ban '
            f"Landmines. 2004. URL: <{LM_2004}> Accessed 2026-11-29.\n",
        ),
        (
            "bibtex",
            "% aid-provided-lm-2004: \\autocite[key developments since 1999]"
            "{landmine-monitor-2004}\n"
            "@incollection{landmine-monitor-2004,\n"
            "  author = {{International Campaign to Ban Landmines}},\n"
            "  title = {Japan},\n"
            "  booktitle = {Landmine Monitor Report 2004},\n"
            "  date = {2004},\n"
            f"  url = {{{LM_2004}}},\n"
            "  urldate = {2026-11-29}\n"
            "}\n",
        ),
    ],
)
def test_a_secondary_claim_is_cited_by_its_source_and_section_as_a_paraphrase(
    invoke: Invoke, style: str, expected: str
) -> None:
    """A claim of the secondary record is cited with its own source (a chapter of Landmine
    Monitor 2004, not the source document), its section as the locator, and what it states
    as a paraphrase: never as a quote, since secondary records are never quoted. In BibTeX
    the locator is the postnote of the citation a comment gives, and the paraphrase stays
    out of the bibliography."""
    result = invoke("cite", "aid-provided-lm-2004", "--format", style, env=PIPED)
    assert (result.exit_code, result.stdout, result.stderr) == (ExitStatus.SUCCESS, expected, "")


# year and on


def test_year_overview(invoke: Invoke, golden: Golden) -> None:
    """One year: roles held with their statuses, aid at the year's end, its events."""
    golden("year-2001.txt", invoke("year", "2001").stdout)
    overview = invoke("year", "2001", "-f", "json").json
    assert "third-meeting-of-states-parties" in [e["id"] for e in overview["events"]]
    statuses = {role["id"]: role["status"] for role in overview["roles"]}
    assert statuses["co-chair-standing-committee-on-victim-assistance"] == "held"
    assert overview["aid"][0]["status"] == "under-way"


def test_a_year_the_seed_names_no_role_for(invoke: Invoke) -> None:
    """1999: another record names a role; the source document alone names none, and says so."""
    seed = invoke("--primary-only", "year", "1999")
    assert "Roles held              the sources name none" in seed.stdout
    overview = invoke("year", "1999", "-f", "json").json
    assert [role["id"] for role in overview["roles"]] == ["co-rapporteur-victim-assistance"]


@pytest.mark.parametrize(
    ("day", "convention", "deadline", "days"),
    [
        ("1998-01-01", "not-concluded", "not-running", None),
        ("1998-10-01", "concluded-not-in-force", "not-running", None),
        ("2001-09-20", "in-force", "running", 526),
        ("2003-02-07", "in-force", "running", 21),
        ("2003-02-28", "in-force", "met", None),
        ("2003-03-05", "in-force", "met", None),
    ],
)
def test_on_a_day(
    invoke: Invoke, day: str, convention: str, deadline: str, days: int | None
) -> None:
    """The Convention's status and the deadline's, with the records that decide them."""
    state = invoke("on", day, "-f", "json").json
    assert state["convention"]["status"] == convention
    [found] = state["deadline"]
    assert (found["status"], found["days"]) == (deadline, days)
    assert found["basis"][0] == "destruction-deadline"


def test_on_a_day_golden(invoke: Invoke, golden: Golden) -> None:
    """Where things stood on 20 September 2001, as a card."""
    golden("on-2001-09-20.txt", invoke("on", "2001-09-20").stdout)


PLEDGE = "mine-action-aid-1998-2002"
REACHED = {
    "value": 10_000_000_000,
    "unit": "JPY",
    "qualifier": None,
    "text": "10 billion yen",
    "reading": None,
}


ANNOUNCED = ["pledge-announced", "obuchi-ottawa-address-defence"]
"""Landmine Monitor 1999 puts the announcement in Obuchi's address, dated 3 Dec 1997."""


def pledge_on(status: str, basis: list[str], *, announced: bool = True) -> dict[str, object]:
    """The pledge as `on -f json` gives it; the amount reached only once it was."""
    reached = REACHED if status == "reached" else None
    day = ["1997-12-03", "1997-12-03"]
    return {
        "id": PLEDGE,
        "status": status,
        "basis": [PLEDGE, *basis],
        "announced": {"start": day, "end": day, "basis": ANNOUNCED} if announced else None,
        "reached": reached,
        "reached_bound": "at-least" if reached else None,
    }


PLEDGE_DAYS = [
    ([], "1997-11-30", "not-announced", ANNOUNCED),
    ([], "1997-12-02", "not-announced", ANNOUNCED),
    ([], "1997-12-03", "announced", ANNOUNCED),
    ([], "1997-12-31", "announced", ANNOUNCED),
    (["--primary-only"], "1997-12-31", "not-started", []),
    ([], "1998-01-01", "under-way", []),
    ([], "2002-09-30", "under-way", []),
    ([], "2002-10-01", "possibly-reached", ["aid-target-achieved"]),
    ([], "2002-10-30", "possibly-reached", ["aid-target-achieved"]),
    ([], "2002-10-31", "reached", ["aid-target-achieved"]),
]
"""The options, the day, and the pledge's status that day with what decides it."""


@pytest.mark.parametrize(
    ("options", "day", "status", "basis"),
    PLEDGE_DAYS,
    ids=[" ".join([*options, day, status]) for options, day, status, _ in PLEDGE_DAYS],
)
def test_the_pledge_on_a_day(
    invoke: Invoke, options: list[str], day: str, status: str, basis: list[str]
) -> None:
    """The aid pledge, on the days either side of each change: not announced before Obuchi's
    address of 3 Dec 1997 (in which, LM 1999 says, it was announced), announced from then,
    or, with the source document alone, which gives no announcement, not started; under
    way from 1998, the first year it covers; possibly reached during Oct 2002, when the
    source says it was reached "at the end of" it (on some day of October); and reached,
    at least the amount pledged, from its last day."""
    result = invoke(*options, "on", day, "-f", "json")
    assert (result.exit_code, result.stderr) == (ExitStatus.SUCCESS, "")
    assert result.json["aid"] == [pledge_on(status, basis, announced=not options)]


def test_a_pledge_not_recorded_as_reached_ends_with_its_period(
    invoke: Invoke, tmp_path: Path
) -> None:
    """A pledge its dataset does not record as reached is under way to the last day of its
    period, and on the day after, its period has ended."""
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    [pledge] = data["pledges"]
    del pledge["achieved"]
    pledge["status"] = "pledged"
    path = tmp_path / "unreached.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    states = {
        day: invoke("--data", str(path), "on", day, "-f", "json").json["aid"]
        for day in ("2002-12-31", "2003-01-01")
    }
    assert states == {
        "2002-12-31": [pledge_on("under-way", [])],
        "2003-01-01": [pledge_on("period-ended", [])],
    }


def test_on_with_the_seed_alone_says_what_it_does_not_know(invoke: Invoke) -> None:
    """Without other records, the date of entry into force is unknown, and said to be."""
    state = invoke("--primary-only", "on", "1999-06-01", "-f", "json").json
    assert state["convention"] == {
        "status": "concluded",
        "basis": ["convention-concluded"],
        "concluded": "1998-09-30",
        "in_force": None,
        "worded_otherwise": [],
    }
    text = " ".join(invoke("--primary-only", "on", "1999-06-01").stdout.split())
    assert "the source document does not say when it entered into force" in text


def test_roles_on_a_day_carry_status_basis_and_bounds(invoke: Invoke) -> None:
    """`on` JSON: held or possibly held, what decides it, and the days that bound it."""
    state = invoke("on", "2000-03-01", "-f", "json").json
    [held] = state["roles"]
    assert (held["id"], held["status"]) == ("co-rapporteur-victim-assistance", "held")
    [ruled_out] = state["ruled_out"]
    assert (ruled_out["status"], ruled_out["seed_status"]) == ("not-held", "possibly-held")
    assert ruled_out["start"] == ["2000-09-11", "2000-09-15"]  # the Second Meeting's days
    assert (held["undecided"], ruled_out["undecided"]) == ([], [])


def test_a_possibly_held_role_says_which_day_would_decide_it(invoke: Invoke) -> None:
    """on 2001-09-20: the co-chair's term ended some day in Sep 2001; the answer says that
    the day it ended decides, and how far the records place it."""
    state = invoke("on", "2001-09-20", "-f", "json").json
    chair = next(
        r for r in state["roles"] if r["id"] == "co-chair-standing-committee-on-victim-assistance"
    )
    assert (chair["status"], chair["undecided"]) == ("possibly-held", ["end"])
    text = " ".join(invoke("on", "2001-09-20").stdout.split())
    assert (
        "possibly held, Sep 2000 – Sep 2001 (the source document, narrowed by Landmine Monitor "
        "2001; UN press releases DC/2722, DC/2725 and DC/2809; and Hisami Kurokochi, 18–21 Sep "
        "2001): decided by the day it ended, which the records place only between 18 and 21 "
        "Sep 2001"
    ) in text


# sources


def test_sources_table_and_json(invoke: Invoke, golden: Golden) -> None:
    """Every source with what rests on it: the source document first, then the others,
    their facts grouped by relation."""
    golden("sources.txt", invoke("sources").stdout)
    found = invoke("sources", "-f", "json").json
    assert (found[0]["id"], found[0]["primary"]) == ("mofa-2003-02", True)
    article = next(source for source in found if source["id"] == "ottawa-convention")
    assert article["relations"] == {"differs in wording": ["destruction-deadline"]}
    lm2004 = next(source for source in found if source["id"] == "landmine-monitor-2004")
    assert lm2004["disagreements"] == ["aid-provided-lm-2004", "tokyo-seminar-lm-2004"]
    assert "mine-action-aid-1998-2002" in lm2004["relations"]["consistent with"]


def test_aid_progress_sets_other_amounts_against_the_target(invoke: Invoke) -> None:
    """Landmine Monitor's amounts are consistent with the target reached, and no share of
    it (their scope is wider); the later edition revises the earlier. The announcement is
    dated by the address it was made in."""
    [pledge] = invoke("aid", "-f", "json").json
    assert (pledge["achieved"]["bound"], pledge["percent_bound"]) == ("at-least", "at-least")
    provided = {
        item["claim"]: (item["amount"]["text"], item["relation"], item["disputed"]["relation"])
        for item in pledge["provided"]
    }
    assert provided == {
        "aid-provided-lm-2004": ("¥10.48 billion", "consistent with", "revises"),
        "aid-provided-lm-2003": ("¥10.34 billion", "consistent with", "revises"),
    }
    assert all("percent" not in item for item in pledge["provided"])
    assert pledge["announced"] == {
        "date": "1997-12",
        "date_precision": "month",
        "date_start": "1997-12-01",
        "date_end": "1997-12-31",
        "date_label": "Dec 1997",
        "readings": [
            {
                "start": ["1997-12-03", "1997-12-03"],
                "end": ["1997-12-03", "1997-12-03"],
                "basis": ["pledge-announced", "obuchi-ottawa-address-defence"],
            }
        ],
        "basis": ["pledge-announced", "obuchi-ottawa-address-defence"],
    }
