"""Every listing reads at any width: 40, 60, 80, 120 and 200 columns.

Each output is a golden file, and three rules hold at every width: no line ends in spaces;
no line is wider than the terminal unless it is one word that cannot be broken (an
address); and no word is ever broken: every word printed is a whole word of the data, a
header, the title or the legend.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Golden, Invoke

WIDTHS = (40, 60, 80, 120, 200)
LISTINGS = {
    "timeline": ["timeline"],
    "role": ["role"],
    "search": ["search", "victims"],
    "sources": ["sources"],
}
FRAME = re.compile(r"[│┃┏┓┗┛┡┩┣┫━─┳┻╇╋└┘┌┐├┤┬┴┼]+")
"""Table borders: not words."""


def words(text: str) -> set[str]:
    """The words of a text: split at spaces and table borders, emphasis markers removed."""
    return set(FRAME.sub(" ", text.replace("«", "").replace("»", "")).split())


def known_words(invoke: Invoke, args: list[str]) -> set[str]:
    """Every whole word the listing may print: its values as tab-separated lines (no
    wrapping at all), the headers people read (Markdown's), and its title and legend as
    a wide table prints them."""
    tsv = invoke(*args, "--format", "tsv").stdout
    values = {
        word for line in tsv.splitlines() for cell in line.split("\t") for word in cell.split()
    }
    header = invoke(*args, "--format", "markdown").stdout.splitlines()[0]
    values |= {word for cell in header.split("|") for word in cell.split()}
    wide = invoke(*args, "--format", "table", env={"COLUMNS": "1000"}).stdout
    prose = [line for line in wide.splitlines() if not FRAME.search(line)]
    labels = {f"{word}:" for word in values}  # a stack's "Date:" labels
    return values | labels | words("\n".join(prose)) | {"/"} | compact_words(args[0])


def compact_words(command: str) -> set[str]:
    """The words of a listing's compact columns (the role table at 80 columns joins the
    office, its body, partners and provenance in one), with their headers."""
    from minefacts.catalog.loading import load
    from minefacts.query.filters import Filters
    from minefacts.query.roles import roles
    from minefacts.render.listings import ROLES

    if command != "role":
        return set()
    items = roles(load(), filters=Filters())
    texts = [column.text(item) for column in ROLES.compact for item in items]
    texts += [column.header for column in ROLES.compact]
    return {word for text in texts for word in text.split()}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", LISTINGS)
def test_listings_at_every_width(invoke: Invoke, golden: Golden, name: str, width: int) -> None:
    """A table where one fits, a stack of blocks where none does; never a broken word."""
    args = LISTINGS[name]
    output = invoke(*args, "--format", "table", env={"COLUMNS": str(width)}).stdout
    golden(f"widths/{name}-{width}.txt", output)
    lines = output.splitlines()
    assert [line for line in lines if line != line.rstrip()] == []
    too_wide = [line for line in lines if len(line) > width and len(line.split()) > 1]
    too_wide = [line for line in too_wide if len(max(line.split(), key=len)) <= width // 2]
    assert too_wide == []
    assert words(output) - known_words(invoke, args) == set()


def test_a_narrow_terminal_gets_a_stack_and_a_wide_one_a_table(invoke: Invoke) -> None:
    """At 40 columns each record is a block headed by its id; at 120, one table row."""
    narrow = invoke("timeline", "--format", "table", env={"COLUMNS": "40"}).stdout
    assert narrow.startswith("lyon-summit-ban-support\n  Date:")
    wide = invoke("timeline", "--format", "table", env={"COLUMNS": "120"}).stdout
    assert wide.startswith("Japan and the Ottawa Convention: timeline\n┏")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_chart_labels_its_axis_legibly(invoke: Invoke, golden: Golden, width: int) -> None:
    """The chart's years are whole and apart at every width, and its labels use the room
    a wide terminal gives."""
    output = invoke("timeline", "--chart", env={"COLUMNS": str(width)}).stdout
    golden(f"widths/chart-{width}.txt", output)
    lines = output.splitlines()
    assert [line for line in lines if line != line.rstrip()] == []
    assert max(len(line) for line in lines) <= width
    axis = lines[0].split()
    assert all(re.fullmatch(r"(19|20)\d\d", year) for year in axis), axis
    assert [int(year) for year in axis] == sorted(int(year) for year in axis)
    assert len(axis) >= 3
    labels = [re.split(r" +[━●│┄]", line)[0] for line in lines[1:4]]
    if width >= 120:
        assert "1996 Hashimoto backs a total ban at the Lyon Summit" in labels


VIEWS = {
    "show-event": ["show", "convention-concluded"],
    "show-secondary-event": ["show", "first-review-conference"],
    "show-role": ["show", "co-rapporteur-standing-committee-on-mine-clearance"],
    "show-secondary-role": ["show", "president-twenty-second-meeting"],
    "show-pledge": ["show", "mine-action-aid-1998-2002"],
    "show-claim": ["show", "pledge-announced"],
    "show-figure": ["show", "funding-2002-lm-2003"],
    "show-source": ["show", "landmine-monitor-2004"],
    "show-document": ["show", "mofa-2003-02"],
    "on": ["on", "2001-09-20"],
    "on-2003": ["on", "2003-02-08"],
    "year": ["year", "2005"],
    "year-2001": ["year", "2001"],
    "aid": ["aid-progress"],
    "funding": ["funding"],
    "retained": ["retained"],
    "document": ["document", "--mark", "convention-concluded"],
    "cite": ["cite", "convention-concluded", "aid-provided-lm-2004"],
}
BARS = re.compile(r"[█░]+")
"""Progress and funding bars: drawn to the width, not words."""


def unbreakable(line: str, width: int) -> bool:
    """True for a line wider than the terminal only because it holds, after its label, one
    word longer than the room the label leaves (an id or an address)."""
    found = re.fullmatch(r"(\s*\S.*?\s{2,}|\s*)(\S+)", line)
    return found is not None and len(found[2]) > width - len(found[1])


def printed(output: str) -> set[str]:
    """The words of an output, bars left out."""
    return words(BARS.sub(" ", output))


@pytest.mark.parametrize("name", VIEWS)
@given(width=st.integers(min_value=40, max_value=200))
@settings(max_examples=6, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_view_prints_whole_words_at_every_width(
    invoke: Invoke, name: str, width: int
) -> None:
    """Cards, the document, citations and the views' tables fit the width, with no
    trailing spaces; only a word longer than the line (an address) may run past it, on a
    line of its own; and every word printed is a whole word, one the view prints where
    nothing needs to wrap."""
    output = invoke(*VIEWS[name], env={"COLUMNS": str(width)}).stdout
    lines = output.splitlines()
    assert lines
    assert [line for line in lines if line != line.rstrip()] == []
    assert [line for line in lines if len(line) > width and not unbreakable(line, width)] == []
    whole = printed(invoke(*VIEWS[name], env={"COLUMNS": "1000"}).stdout)
    labels = {f"{word}:" for word in whole}  # a narrow table becomes a stack of "Date:" lines
    assert printed(output) - whole - labels == set()


@pytest.mark.parametrize(
    ("command", "title"), [("role", "Roles Japan held"), ("funding", "Japan's")]
)
def test_role_and_funding_are_tables_at_80_columns_and_blocks_at_60(
    invoke: Invoke, command: str, title: str
) -> None:
    """At 80 columns, the width most terminals open at, `role` and `funding` are tables
    (the role's office, body and partners joined in one column); at 60, blocks."""
    at_80 = invoke(command, "--format", "table", env={"COLUMNS": "80"}).stdout.splitlines()
    assert (at_80[0].startswith(title), at_80[1][0]) == (True, "┏")
    assert max(len(line) for line in at_80) <= 80
    at_60 = invoke(command, "--format", "table", env={"COLUMNS": "60"}).stdout
    assert "┏" not in at_60


def test_colour_marks_primary_and_secondary_and_no_color_keeps_the_words(invoke: Invoke) -> None:
    """On a terminal that shows colour, the source document's rows are green and the
    others yellow; under NO_COLOR the words alone say it."""
    terminal = {"FORCE_COLOR": "1", "NO_COLOR": None, "TERM": "xterm-256color", "COLUMNS": "120"}
    coloured = invoke("timeline", "--year", "2001", "-f", "table", env=terminal).stdout
    assert "\x1b[32mprimary" in coloured
    assert "\x1b[33msecondary" in coloured
    plain = invoke("timeline", "--year", "2001", "-f", "table", env={**terminal, "NO_COLOR": "1"})
    assert "\x1b[32m" not in plain.stdout
    assert "\x1b[33m" not in plain.stdout
    assert "primary" in plain.stdout
    assert "secondary" in plain.stdout
