"""A briefing for people on a terminal, or as a text file: headings underlined, paragraphs
wrapped between words to the width (never inside a word: an address longer than a line
has a line of its own), each sentence followed by its notes as ``[1]``, then the notes,
the sources and the credits, each note hanging under its number.

`lines` lays it out once as plain lines; `view` draws them with Rich (headings in bold
where the terminal shows it, text made safe for it); `plain` writes them for a file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from minefacts.render.briefing.words import Line, Worded

if TYPE_CHECKING:
    from rich.console import RenderableType

Laid = list[tuple[str, bool]]
"""Lines of text, each with whether it is a heading."""
TEXT_WIDTH = 80
"""The width of a text file."""


def _wrapped(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """`text` wrapped between words to `width`, the first line after `first`, the others
    after `rest`."""
    from minefacts.render.terminal.cards import lines as breaks

    room = max(width - max(len(first), len(rest)), 10)
    return [
        (first if number == 0 else rest) + text[start:end]
        for number, (start, end) in enumerate(breaks(text, room))
    ]


def _sentence(line: Line) -> str:
    return line.text + "".join(f"[{number}]" for number in line.notes)


def _heading(text: str, rule: str) -> Laid:
    return [(text, True), (rule * len(text), False)]


def lines(worded: Worded, width: int) -> Laid:
    """The briefing as lines of at most `width` columns (but for words longer)."""
    laid: Laid = [*_heading(worded.title, "=")]
    laid += [
        (text, False) for text in _wrapped(f"{worded.scope}; drawn from {worded.drawn_from}", width)
    ]
    for part in worded.parts:
        laid += [("", False), *_heading(part.heading, "-")]
        for paragraph in part.paragraphs:
            text = " ".join(_sentence(line) for line in paragraph)
            laid += [("", False), *((each, False) for each in _wrapped(text, width))]
    if not worded.parts:
        laid += [("", False), ("No records fall within the dates asked for.", False)]
    if worded.notes:
        laid += [("", False), *_heading("Notes", "-"), ("", False)]
        size = len(f"[{len(worded.notes)}] ")
        for note, text in worded.notes:
            number = f"[{note.number}]".ljust(size)
            laid += [(each, False) for each in _wrapped(text, width, number, " " * size)]
    if worded.sources:
        laid += [("", False), *_heading("Sources", "-"), ("", False)]
        for listed in worded.sources:
            said = f"{listed.name}: {listed.citation}"
            laid += [(each, False) for each in _wrapped(said, width, "- ", "  ")]
    laid += [("", False), *_heading("Credits", "-")]
    for credit in worded.credits:
        laid += [("", False), *((each, False) for each in _wrapped(credit, width))]
    return laid


def plain(worded: Worded, width: int = TEXT_WIDTH) -> str:
    """The briefing as a text file."""
    return "".join(text.rstrip() + "\n" for text, _ in lines(worded, width))


def view(worded: Worded, width: int, styled: bool) -> RenderableType:
    """The briefing for a terminal: headings in bold where it shows styles."""
    from rich.text import Text

    from minefacts.render.safe import displayable
    from minefacts.render.terminal.cards import Unwrapped

    out = Text(no_wrap=True, overflow="ignore")
    for text, heading in lines(worded, width):
        out.append(displayable(text), style="bold" if heading and styled else "")
        out.append("\n")
    out.rstrip()
    return Unwrapped(out)
