"""Properties of a briefing over generated datasets (any valid events, with the bundled
secondary record around them, markup and Japanese among their words) and any dates asked
for: every sentence carries a note, every note resolves to a source with its address, the
Markdown's footnotes all resolve, and no dataset text becomes markup.

``HYPOTHESIS_PROFILE=thorough`` runs many more examples."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from minefacts.catalog.loading import Catalog
from minefacts.model.dates import PartialDate
from minefacts.model.records import Dataset
from minefacts.query.briefing.build import brief
from minefacts.query.filters import Filters
from minefacts.render.briefing.data import briefing
from minefacts.render.briefing.html import html
from minefacts.render.briefing.markdown import markdown
from minefacts.render.briefing.terminal import plain
from minefacts.render.briefing.words import worded
from tests.cli.test_properties import SEEDS, TEXT, datasets

MARKUP = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "a [link](javascript:alert(1)) and [^1]",
        "*emphasis* _and_ `code` & &lt;b&gt; $x$",
        "1. not a list. 2) nor this",
        "# not a heading. > not a quote",
        "日本はセミナーを共催した。",
        "Amb. Jean Lint met Dr. M. Y. Morino. Then it rained!",
        "Ends without a stop",
        ".",
    ]
)
WORDS = st.one_of(TEXT, MARKUP)


@st.composite
def worded_datasets(draw: st.DrawFn) -> Dataset:
    """A generated dataset whose events' titles and summaries may be markup, Japanese,
    several sentences or none."""
    dataset = draw(datasets())
    events = tuple(
        dataclasses.replace(event, title=draw(WORDS), summary=draw(WORDS))
        for event in dataset.events
    )
    return dataclasses.replace(dataset, events=events)


@st.composite
def windows(draw: st.DrawFn) -> Filters:
    """No dates, a year, or a range at any precision, in order."""
    form = draw(st.sampled_from(["none", "year", "range", "from", "to"]))
    if form == "none":
        return Filters()
    if form == "year":
        return Filters(year=draw(st.integers(1990, 2012)))
    first = draw(st.integers(1990, 2012))
    last = draw(st.integers(first, 2012))
    start, end = PartialDate(f"{first}"), PartialDate(f"{last}-{draw(st.integers(1, 12)):02d}")
    if form == "from":
        return Filters(start=start)
    if form == "to":
        return Filters(end=end)
    return Filters(start=start, end=end)


@given(worded_datasets(), windows(), st.booleans())
def test_every_sentence_is_cited_whatever_the_dataset(
    dataset: Dataset, filters: Filters, primary_only: bool
) -> None:
    """For any dataset and any dates: each sentence has notes, each note's source is
    listed once with its address; the Markdown's every footnote reference has its note;
    the HTML holds no markup from the dataset; the text and JSON are written."""
    said = worded(brief(Catalog(dataset, SEEDS, primary_only=primary_only), filters))
    lines = [line for part in said.parts for p in part.paragraphs for line in p]
    numbers = {note.number for note, _ in said.notes}
    listed = {each.source.id: each for each in said.sources}
    for line in lines:
        assert line.notes, line.text
        assert set(line.notes) <= numbers
        assert line.text.strip()
    for note, _ in said.notes:
        source = listed[note.source.id]
        assert source.url
        assert source.url in source.citation
    rendered = MarkdownIt("commonmark", {"html": True}).use(footnote_plugin).render(markdown(said))
    assert set(re.findall(r'<a href="#fn(\d+)"', rendered)) == {str(n) for n in numbers}
    assert "<script" not in rendered
    page = html(said)
    assert "<script" not in page
    assert not re.search(r'<a href="(?!https?://|#fn)', page)
    assert plain(said)
    assert len(briefing(said)["notes"]) == len(numbers)
