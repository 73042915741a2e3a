"""A briefing in words and in each format: every sentence with a note, every note a
source with its address, sentences that say "possibly" and name both sides, text from a
dataset that stays text in Markdown and HTML, and Japanese marked as Japanese."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from minefacts.catalog.loading import Catalog
from minefacts.model.dates import PartialDate
from minefacts.query.briefing.build import brief
from minefacts.query.filters import Filters
from minefacts.query.index import index
from minefacts.render.briefing import prose
from minefacts.render.briefing.html import JAPANESE, html
from minefacts.render.briefing.markdown import inline, line_start, markdown
from minefacts.render.briefing.notes import Notes
from minefacts.render.briefing.terminal import plain
from minefacts.render.briefing.words import Worded, worded

HANDOUT = Filters(start=PartialDate("1997"), end=PartialDate("2003"))


WHOLE = Filters()


def words(catalog: Catalog, filters: Filters = WHOLE) -> Worded:
    return worded(brief(catalog, filters))


def body(said: Worded) -> str:
    return " ".join(line.text for part in said.parts for p in part.paragraphs for line in p)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        (
            "Convened by Amb. Jean Lint and Dr. Kuniko Inoguchi. It met.",
            ["Convened by Amb. Jean Lint and Dr. Kuniko Inoguchi.", "It met."],
        ),
        (
            "Japan, represented by M. Y. Morino, attended.",
            ["Japan, represented by M. Y. Morino, attended."],
        ),
        (
            'He attended the "Let\'s Get Rid of the Landmines!" Summit. 70 states came.',
            ['He attended the "Let\'s Get Rid of the Landmines!" Summit.', "70 states came."],
        ),
        (
            'It does not use the name "Zero Victims". It says so.',
            ['It does not use the name "Zero Victims".', "It says so."],
        ),
        ("  spaced\n out\ttext ", ["spaced out text"]),
        ("escape \x1b[2J here", ["escape \\x1b[2J here"]),
    ],
)
def test_record_text_is_split_into_its_sentences(text: str, expected: list[str]) -> None:
    """A stop before a capital ends a sentence, but not after an abbreviation, an initial
    or an exclamation inside quotation marks; whitespace is one space and control
    characters are shown, never sent."""
    assert prose.sentences(text) == expected


def test_no_record_of_the_data_is_cut_inside_a_sentence(catalog: Catalog) -> None:
    """Every summary and paraphrase of the bundled data splits into pieces that each
    start a sentence and each end one."""
    texts = [e.summary for e in catalog.dataset.events]
    texts += [e.summary for e in catalog.secondary.events]
    texts += [c.states for c in catalog.secondary.claims] + [
        f.states for f in catalog.secondary.figures
    ]
    for text in texts:
        for piece in prose.sentences(text):
            assert re.match(r"[\"“(]?[A-Z0-9]", piece), piece
            assert re.search(r"[.!?][\"”)]*$", piece), piece


@pytest.mark.parametrize(
    "filters", [Filters(), HANDOUT, Filters(year=2001)], ids=["whole", "1997-2003", "2001"]
)
def test_every_sentence_carries_a_note_and_every_note_a_source_with_its_address(
    catalog: Catalog, filters: Filters
) -> None:
    """Each sentence ends with one note or more; each note is a source at a place in it,
    and that source is in the list of sources, once, with its address."""
    said = words(catalog, filters)
    lines = [line for part in said.parts for p in part.paragraphs for line in p]
    assert lines
    numbers = {note.number for note, _ in said.notes}
    for line in lines:
        assert line.notes, line.text
        assert set(line.notes) <= numbers, line.text
    listed = [each.source.id for each in said.sources]
    assert len(listed) == len(set(listed))
    for note, _ in said.notes:
        assert note.source.id in listed
    assert all(each.url and each.url in each.citation for each in said.sources)


def test_notes_are_numbered_in_the_order_they_are_first_cited(catalog: Catalog) -> None:
    """Note 1 is the first cited, then 2, and so on: footnote numbering agrees."""
    said = words(catalog)
    first_seen: list[int] = []
    for part in said.parts:
        for paragraph in part.paragraphs:
            for line in paragraph:
                first_seen += [n for n in line.notes if n not in first_seen]
    assert first_seen == list(range(1, len(said.notes) + 1))


def test_sources_of_one_name_are_told_apart(catalog: Catalog) -> None:
    """Pages of one publisher with no date get their titles, a copy kept elsewhere says
    whose it is, so each note names one source."""
    names = [each.name for each in words(catalog).sources]
    assert len(names) == len(set(names))
    assert "The Convention's site, “Japan”" in names
    notes = Notes(index(catalog))
    notes.cite(["aid-provided-lm-2003", "article-7-report-5"])
    assert [notes.name(source) for source in notes.sources()] == [
        "Landmine Monitor 2003",
        "Landmine Monitor 2003 (copy: the Jesuit Social Center, Tokyo)",
    ]


def test_a_dispute_says_possibly_and_names_each_side(catalog: Catalog) -> None:
    """The end of production: possibly 1997 (Landmine Monitor 2003 and the Monitor),
    possibly March 1998 (The Japan Times), and no record settles which."""
    text = body(words(catalog, HANDOUT))
    assert (
        "possibly 1997, by Landmine Monitor 2003 and the Monitor, or possibly Mar 1998, by "
        "The Japan Times, 8 Feb 2003: the records disagree and none settles which"
    ) in text


def test_a_date_shown_in_error_is_named_as_the_error(catalog: Catalog) -> None:
    """The Monitor's profile puts the Tenth Meeting in 2011: the briefing says it is in
    error, and why, and dates the meeting to 2010."""
    text = body(words(catalog))
    assert "the ICBL gives 29 Nov – 3 Dec 2010; the Monitor gives Nov – Dec 2011, in error" in text
    assert (
        "The Monitor is in error: The Tenth Meeting was held in Geneva from 29 Nov to 3 Dec 2010"
        in text
    )


def test_the_source_documents_precision_is_kept_beside_a_narrower_one(catalog: Catalog) -> None:
    """The deputy chair: 18-21 Sep 2001 from the UN's record, "Sep 2001" as the source
    document gives it; the first review conference's two readings each keep their days."""
    text = body(words(catalog))
    assert (
        "Japan was deputy chair of the Third Meeting of States Parties, from 18 to 21 Sep 2001 "
        "(the source document gives Sep 2001)." in text
    )
    assert "MOFA, 3 Dec 2004 gives 28 Nov – 3 Dec 2004" in text


def test_an_office_past_the_dates_asked_for_says_so(catalog: Catalog) -> None:
    """In a 1997-2003 briefing the mine-clearance co-chair "ended after 2003"."""
    text = body(words(catalog, HANDOUT))
    assert "the term began between 15 and 19 Sep 2003 and ended after 2003." in text


TRICKY = [
    "<script>alert(1)</script>",
    "a [link](javascript:alert(1)) and ![img](x.png)",
    "*emphasis* _and_ `code` ~~strike~~ ^sup^ $x$ @cite",
    "a footnote[^1] and an entity &lt;b&gt; and &amp;",
    "| a | table |",
    "<b>bold</b> and <!-- comment -->",
    "back\\slash \\*",
]
STARTS = [
    "1. not a list",
    "- not an item",
    "+ nor this",
    "# not a heading",
    "> not a quote",
    "=== not a rule",
    "1999) neither",
]


@pytest.mark.parametrize("text", TRICKY + STARTS)
@pytest.mark.parametrize("raw_html", [False, True], ids=["html off", "html on"])
def test_dataset_text_stays_text_in_markdown(text: str, raw_html: bool) -> None:
    """Markdown of dataset text renders to exactly that text, even where a reader passes
    raw HTML through (as pandoc and many site generators do): no tag, link or list."""
    parser = MarkdownIt("commonmark", {"html": raw_html}).use(footnote_plugin)
    rendered = parser.render(line_start(text))
    assert rendered == "<p>" + escape(text) + "</p>\n"
    assert "<a " not in parser.render(inline(text))


def escape(text: str) -> str:
    from html import escape as html_escape

    return html_escape(text, quote=True)


def test_addresses_become_links_and_nothing_else_does() -> None:
    """An http or https address is a link, without the stop after it; other schemes stay
    text."""
    parser = MarkdownIt("commonmark", {"html": False})
    rendered = parser.render(inline("See https://example.org/a_(b)_c. Or javascript:alert(1)."))
    assert '<a href="https://example.org/a_(b)_c">https://example.org/a_(b)_c</a>.' in rendered
    assert rendered.count("<a ") == 1


def test_the_markdowns_footnotes_resolve(catalog: Catalog) -> None:
    """Rendered by markdown-it with mdit-py-plugins' footnotes, every reference leads to a
    note and every note is referenced, as many as the briefing has."""
    said = words(catalog, HANDOUT)
    rendered = MarkdownIt("commonmark", {"html": False}).use(footnote_plugin).render(markdown(said))
    references = set(re.findall(r'<a href="#fn(\d+)"', rendered))
    items = set(re.findall(r'<li id="fn(\d+)"', rendered))
    assert references == items == {str(note.number) for note, _ in said.notes}
    assert "[^" not in rendered


def test_the_html_is_one_self_contained_page(catalog: Catalog) -> None:
    """No script, no stylesheet or image fetched, English declared, one h1, and the
    print stylesheet with its page margins."""
    page = html(words(catalog))
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    for fetched in ("<script", "<link", "<img", "<iframe", " src=", "@import", "url("):
        assert fetched not in page, fetched
    assert page.count("<h1>") == 1
    assert "@media print" in page
    assert "@page" in page


def test_japanese_text_is_marked_as_japanese(catalog: Catalog) -> None:
    """The Ministry's Japanese page title is inside lang="ja" where its source is listed,
    and no Japanese is left outside such a span."""
    page = html(words(catalog))
    assert '&quot;<span lang="ja">地雷に関する東京セミナー</span>.&quot;' in page
    outside = re.sub(r'<span lang="ja">[^<]*</span>|<a [^>]*>[^<]*</a>', "", page)
    assert not JAPANESE.search(outside)


def test_the_text_for_people_fits_80_columns(catalog: Catalog) -> None:
    """At 80 columns no line is wider, but for a word longer than a line (an address)."""
    for line in plain(words(catalog)).splitlines():
        assert len(line) <= 80 or " " not in line.strip(), line
