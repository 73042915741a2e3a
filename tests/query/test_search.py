"""Search finds what people type, across every record: the source document's facts, the
secondary record's claims and records, and the sources themselves."""

from __future__ import annotations

import pytest

from minefacts.catalog.loading import Catalog
from minefacts.errors import CommonWordsOnly, QueryError
from minefacts.query.search import Hit, query, rank, search, suggestions
from minefacts.query.textmatch import STOP_WORDS, apart, matches, phrase, searchable

# query, the ids expected first (in this order), ids that must not be found at all
SEARCHES: list[tuple[str, list[str], list[str]]] = [
    ("co-rapporteur", ["co-rapporteur-standing-committee-on-mine-clearance"], ["document-issued"]),
    ("victims", ["zero-victims-program"], []),
    ("victim assistance", ["co-chair-standing-committee-on-victim-assistance"], []),
    ("Koizumi", ["ceremony-at-shin-asahi"], []),
    ("Owada", ["instrument-of-acceptance"], []),
    ("985,089", ["destroyed-lm-2004"], []),
    ("Shin-Asahi", ["ceremony-at-shin-asahi"], []),
    ("managua", ["third-meeting-of-states-parties"], []),
    ("seminars", ["tokyo-seminar"], []),
    ("Landmine Monitor 2003", ["landmine-monitor-2003"], []),
]


@pytest.mark.parametrize(("text", "first", "absent"), SEARCHES)
def test_expected_top_results(
    catalog: Catalog, text: str, first: list[str], absent: list[str]
) -> None:
    """Each query finds its expected records among the best, and not the unrelated ones."""
    found = [hit.record.id for hit in search(catalog, text)]
    top = found[: max(3, len(first))]
    assert set(first) <= set(top), (text, found[:6])
    assert not set(absent) & set(found)


@pytest.mark.parametrize(
    ("term", "word", "expected"),
    [
        ("victims", "victim", True),
        ("victim", "victims", True),
        ("seminar", "seminars", True),
        ("semin", "seminar", True),
        ("co", "concludes", False),
        ("co", "convention", False),
        ("co-rapporteur", "co-rapporteur", True),
        ("co-rapporteur", "co-rapporteurs", True),
        ("rapporteur", "co-rapporteur", True),
        ("parties", "party", True),
        ("managua", "managuá", True),
    ],
)
def test_words_match_as_people_type_them(term: str, word: str, expected: bool) -> None:
    """Plurals, accents and hyphenated compounds match; a very short prefix does not."""
    assert matches(term, word) is expected


def test_a_word_in_no_record_gets_suggestions_only_from_close_words(catalog: Catalog) -> None:
    """A typo gets the close word; a word found in the sources gets none."""
    assert suggestions(catalog, "Managva") == {"managva": ["Managua"]}
    assert suggestions(catalog, "monitor") == {}
    assert suggestions(catalog, "zzzzqq") == {"zzzzqq": []}


def test_a_word_in_no_record_is_not_in_the_dataset(catalog: Catalog) -> None:
    """Only a word found nowhere, secondary records included, finds nothing."""
    assert search(catalog, "Koizumi")
    assert search(catalog, "zzzzqq") == []


def test_results_say_what_kind_of_record_each_is(catalog: Catalog) -> None:
    """A hit carries its kind: event, role, pledge, figure, claim or source."""
    kinds = {hit.kind for hit in search(catalog, "Landmine Monitor victim assistance")}
    assert {"source", "claim", "role"} <= kinds


# Several words: common words left out, every word ranked.


def test_common_words_are_left_out_of_a_query() -> None:
    """Common words ("the", "of") are not searched for, and the query says which it left
    out; a plural and its singular are one search word."""
    found = query("The Meeting of States Parties, and the party")
    assert (found.terms, found.common) == (("meeting", "states", "parties"), ("the", "of", "and"))
    assert query("victims assistance victim").terms == ("victims", "assistance")


def test_a_query_of_common_words_alone_is_refused() -> None:
    """A search for "the" or "of the" names the words it cannot search for; an empty one
    says it is empty."""
    with pytest.raises(CommonWordsOnly) as refused:
        query("of THE")
    assert refused.value.words == ("of", "the")
    with pytest.raises(QueryError, match="empty"):
        query(" , ")


def test_the_common_words_are_a_short_documented_list() -> None:
    """The list holds articles, prepositions, conjunctions and "be", never a word that
    names something in the data."""
    assert {"the", "of", "a", "and", "in", "to"} <= STOP_WORDS
    assert len(STOP_WORDS) <= 30
    assert not {"mine", "japan", "states", "us", "no"} & STOP_WORDS


def test_common_words_no_longer_match_most_records(catalog: Catalog) -> None:
    """A search for "the meeting" finds what "meeting" finds, in the same order."""
    assert [h.record.id for h in search(catalog, "the meeting")] == [
        h.record.id for h in search(catalog, "meeting")
    ]


@pytest.mark.parametrize(
    ("terms", "text", "is_phrase", "words_apart"),
    [
        (["meeting", "states"], "Fourth Meeting of States Parties", True, 0),
        (["states", "meeting"], "Fourth Meeting of States Parties", False, 0),
        (["meeting", "geneva"], "Fourth Meeting of States Parties, Geneva", False, 2),
        (["victim", "assistance"], "assistance to landmine victims", False, 1),
        (["seminar", "tokyo"], "a seminar in Bangkok", False, None),
        (["seminars"], "Seminar in Tokyo", True, 0),
    ],
)
def test_how_close_words_stand_is_counted_without_common_words(
    terms: list[str], text: str, is_phrase: bool, words_apart: int | None
) -> None:
    """A phrase is the words next to each other in the order given; apart counts the other
    words between them, in any order; common words count for neither."""
    words = searchable(text)
    assert (phrase(terms, words), apart(terms, words)) == (is_phrase, words_apart)


RANKED: list[tuple[str, list[str]]] = [
    (
        "stockpile destruction",
        [
            "stockpile-destruction",
            "stockpile-destruction-committee-2003-02-06",
            "co-chair-standing-committee-on-stockpile-destruction",
            "reliefweb-scsd-2003-02-06",
            "destruction-deadline",
            "fifth-meeting-of-states-parties",
        ],
    ),
    (
        "2025 meeting of states parties",
        [
            "president-twenty-second-meeting",
            "twenty-second-meeting-of-states-parties",
            "presidency-during-22msp",
            "third-meeting-of-states-parties",
            "fourth-meeting-of-states-parties",
        ],
    ),
    (
        "landmine monitor 2003",
        [
            "landmine-monitor-2003",
            "landmine-monitor-2003-jesuit-mirror",
            "landmine-monitor-2003-mine-action-funding",
            "law-enacted-lm-2003",
        ],
    ),
    (
        "meeting geneva",
        [
            "fourth-meeting-of-states-parties",
            "second-meeting-of-states-parties",
            "ninth-meeting-of-states-parties",
        ],
    ),
    ("victim assistance", ["mine-action-aid-1998-2002", "victim-assistance-co-chair"]),
]


@pytest.mark.parametrize(("text", "expected"), RANKED, ids=[text for text, _ in RANKED])
def test_real_queries_rank_in_this_exact_order(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """The best hits of queries people type, exactly in this order."""
    assert [hit.record.id for hit in search(catalog, text)][: len(expected)] == expected


RULES = ["words matched", "together", "title over body", "apart", "phrase", "primary", "date"]
"""The ranking rules of `minefacts.query.search`, in order."""
# A query, two of its hits (the first ranked above the second), and the rule that decides.
DECIDED: list[tuple[str, str, str, str]] = [
    (
        "2025 meeting of states parties",
        "presidency-during-22msp",
        "third-meeting-of-states-parties",
        "words matched",
    ),
    ("destruction deadline", "first-deadlines-1-march-2003",
     "stockpile-destruction-committee-2003-02-06", "together"),
    ("meeting geneva", "co-rapporteur-standing-committee-on-mine-clearance",
     "victim-assistance-experts-meeting-1999-09", "together"),
    ("landmine monitor 2003", "landmine-monitor-2003", "law-enacted-lm-2003", "title over body"),
    ("mine clearance", "retained-apmbc", "destruction-plan-2000", "apart"),
    ("mine clearance", "fifth-meeting-of-states-parties", "mine-clearance-roles-summed-up",
     "phrase"),
    ("victim assistance", "co-chair-victim-assistance-session", "co-rapporteur-victim-assistance",
     "primary"),
    ("seminar", "tokyo-seminar", "bangkok-seminar", "date"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "above", "below", "rule"), DECIDED, ids=str)
def test_each_ranking_rule_decides_only_where_the_rules_before_it_tie(
    catalog: Catalog, text: str, above: str, below: str, rule: str
) -> None:
    """Two hits the rules before `rule` cannot tell apart are ordered by `rule`: the one it
    favours comes first, whatever the rules after it would say."""
    hits = {hit.record.id: hit for hit in search(catalog, text)}
    order = list(hits)
    first, second = rank(hits[above]), rank(hits[below])
    decided = next(i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b)
    assert RULES[decided] == rule
    assert order.index(above) < order.index(below)


def test_each_hit_carries_the_reasons_for_its_rank(catalog: Catalog) -> None:
    """A hit says which words it matched, where, whether as a phrase, and how far apart."""
    [hit] = [h for h in search(catalog, "stockpile destruction") if h.record.id ==
             "stockpile-destruction-committee-2003-02-06"]  # fmt: skip
    assert hit == Hit(
        hit.record, 84, ("stockpile", "destruction"), ("title", "summary"), "title", 0
    )
