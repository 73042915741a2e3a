"""Search finds what people type, across every record: the source document's facts, the
secondary record's claims and records, and the sources themselves."""

from __future__ import annotations

import pytest

from minefacts.catalog.loading import Catalog
from minefacts.query.search import search, suggestions
from minefacts.query.textmatch import matches

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
