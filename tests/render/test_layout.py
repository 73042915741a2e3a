"""The layout rules on their own: which columns a table keeps, how room is shared, and
where lines break."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minefacts.render.fields import Column
from minefacts.render.terminal.cards import lines, prose
from minefacts.render.terminal.layout import choose, widths


def column(name: str, priority: int = 0) -> Column:
    return Column(name, name.title(), lambda item: "", priority=priority)


def borders(kept: int) -> int:
    """What a table of `kept` columns spends on borders and padding."""
    return 3 * kept + 1


def test_every_column_is_kept_when_all_fit() -> None:
    """Room for every column: none is dropped."""
    columns = [column("id"), column("kind", 2), column("place", 1)]
    assert choose(columns, [10, 10, 10], 30 + borders(3)) == [0, 1, 2]


def test_the_least_important_column_goes_first() -> None:
    """One column too many: the one with the highest priority number is dropped."""
    columns = [column("id"), column("kind", 2), column("place", 1)]
    assert choose(columns, [10, 10, 10], 30 + borders(3) - 1) == [0, 2]
    assert choose(columns, [10, 10, 10], 10 + borders(1)) == [0]


def test_no_table_when_even_the_essential_columns_do_not_fit() -> None:
    """A priority of 0 is never dropped: when those columns do not fit, no table."""
    columns = [column("id"), column("title"), column("kind", 2)]
    assert choose(columns, [10, 10, 10], 20 + borders(2) - 1) == []


def test_natural_widths_when_they_fit() -> None:
    """With room for every column's natural width, each gets exactly that."""
    assert widths([3, 4], [10, 20], [1, 1], 40) == [10, 20]


def test_room_goes_first_to_the_main_column() -> None:
    """Short of room, each column gets what it needs, and what is left is shared by what
    each still lacks, the main column (weight 2) getting more."""
    given_widths = widths([5, 5], [25, 25], [2, 1], 30)
    assert sum(given_widths) == 30
    assert given_widths[0] > given_widths[1] >= 5


def test_a_column_short_of_little_is_not_wrapped_for_a_long_one() -> None:
    """A date two characters short of its natural width gets it, though a long note
    beside it still wraps: a small lack within a fair share is filled first."""
    assert widths([5, 10], [7, 60], [1, 1], 40) == [7, 33]


@given(
    needs=st.lists(st.integers(1, 20), min_size=1, max_size=6),
    extra=st.lists(st.integers(0, 30), min_size=6, max_size=6),
    weights=st.lists(st.sampled_from([1, 2]), min_size=6, max_size=6),
    room=st.integers(0, 200),
)
def test_shared_room_respects_every_bound(
    needs: list[int], extra: list[int], weights: list[int], room: int
) -> None:
    """No column is narrower than it needs or wider than its natural width, and the total
    fills the room where the naturals would overflow it."""
    naturals = [need + more for need, more in zip(needs, extra, strict=False)]
    room = max(room, sum(needs))
    given_widths = widths(needs, naturals, weights[: len(needs)], room)
    assert all(n <= g <= w for n, g, w in zip(needs, given_widths, naturals, strict=True))
    assert sum(given_widths) == min(room, sum(naturals))


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("one two three", 7, ["one two", "three"]),
        ("one two three", 100, ["one two three"]),
        (
            "a https://example.org/a/long/address b",
            10,
            ["a", "https://example.org/a/long/address", "b"],
        ),
        ("first\nsecond line", 6, ["first", "second", "line"]),
        ("", 10, [""]),
    ],
)
def test_lines_break_between_words_never_inside_one(
    text: str, width: int, expected: list[str]
) -> None:
    """Lines break at spaces and at the text's own breaks; a word longer than the line
    stands on a line of its own, whole."""
    assert [text[start:end] for start, end in lines(text, width)] == expected


@given(
    words=st.lists(st.text(alphabet="abcdefghij-", min_size=1, max_size=15), max_size=30),
    width=st.integers(1, 60),
)
def test_every_word_survives_any_width(words: list[str], width: int) -> None:
    """Whatever the width, the lines hold exactly the words of the text, in order, and a
    line longer than the width holds one word."""
    text = " ".join(words)
    found = [text[start:end] for start, end in lines(text, width)]
    assert " ".join(found).split() == words
    assert all(len(line) <= width or len(line.split()) == 1 for line in found)


def rendered(text: str, width: int) -> str:
    from rich.console import Console

    console = Console(width=width, color_system=None, file=None)
    with console.capture() as captured:
        console.print(prose(text, width))
    return "\n".join(line.rstrip() for line in captured.get().splitlines())


def test_a_quote_continues_as_a_quote() -> None:
    """A wrapped line of a Markdown quote keeps its ``>``; an item continues under its
    text."""
    assert rendered("> one two three four", 12) == "> one two\n> three four"
    assert rendered("- one two three four", 12) == "- one two\n  three four"
