"""A briefing as Markdown to paste into an article or a static site: CommonMark, with
footnotes as pandoc, markdown-it-py (mdit-py-plugins) and most site generators read them
(``text.[^1]`` and ``[^1]: note``).

Everything that comes from a dataset file is text, never markup: every character
Markdown, pandoc or a site generator could read as syntax (emphasis, links, raw HTML, a
footnote, an entity, maths, a list or heading at the start of a line) is escaped with a
backslash, so ``<script>`` prints as ``<script>``. Only addresses that start ``http://``
or ``https://`` become links, as autolinks.
"""

from __future__ import annotations

import re

from minefacts.render.briefing.words import Line, Worded

_INLINE = re.compile(r"([\\`*_{}\[\]<>|~^&$@!])")
"""The characters that are syntax anywhere in a line; the rest only where a line starts."""
_LINE_START = re.compile(r"^(\s*)([#>=+\-*]|\d+(?=[.)]))")
_ADDRESS = re.compile(r"https?://[^\s<>\"'`\\]+")
_TRAILING = ".,:;!?'\""


def _escape_start(text: str) -> str:
    if text.isdigit():
        return text  # the stop after it is escaped where it follows: "1999\. Japan"
    return "\\" + text


def _numbered(text: str) -> str:
    """A number and a stop at the start would open an ordered list: escape the stop."""
    return re.sub(r"^(\s*\d+)([.)])", r"\1\\\2", text)


def _address(found: str) -> str:
    """An address without the punctuation that closes the sentence after it."""
    while found and (
        found[-1] in _TRAILING or (found[-1] == ")" and found.count("(") < found.count(")"))
    ):
        found = found[:-1]
    return found


def inline(text: str) -> str:
    """Dataset text inside a line: escaped, its web addresses as autolinks."""
    out, at = [], 0
    for match in _ADDRESS.finditer(text):
        address = _address(match.group())
        if not address:
            continue
        out.append(_INLINE.sub(r"\\\1", text[at : match.start()]))
        out.append(f"<{address}>")
        at = match.start() + len(address)
    out.append(_INLINE.sub(r"\\\1", text[at:]))
    return "".join(out)


def _opening(written: str) -> str:
    """Markdown already escaped, made plain where a line start would read as a list, a
    heading or a quote."""
    return _LINE_START.sub(lambda found: found[1] + _escape_start(found[2]), _numbered(written))


def line_start(text: str) -> str:
    """Dataset text that opens a line (a paragraph, a note): inline, and plain where a
    line start would read as a list, a heading or a quote."""
    return _opening(inline(text))


def _sentence(line: Line) -> str:
    return inline(line.text) + "".join(f"[^{number}]" for number in line.notes)


def body(worded: Worded) -> str:
    """The title, the sections, and the notes as footnotes."""
    out = [
        f"# {line_start(worded.title)}",
        f"*{inline(worded.scope)}; drawn from {inline(worded.drawn_from)}*",
    ]
    for part in worded.parts:
        out.append(f"## {line_start(part.heading)}")
        out += [
            _opening(" ".join(_sentence(line) for line in paragraph))
            for paragraph in part.paragraphs
        ]
    if not worded.parts:
        out.append("No records fall within the dates asked for.")
    out += [f"[^{note.number}]: {line_start(text)}" for note, text in worded.notes]
    return "\n\n".join(out) + "\n"


def end(worded: Worded) -> str:
    """The sources, each once, and the credits."""
    out = []
    if worded.sources:
        out.append("## Sources")
        out.append(
            "\n".join(
                f"- **{inline(each.name)}**: {inline(each.citation)}" for each in worded.sources
            )
        )
    out.append("## Credits")
    out += [line_start(line) for line in worded.credits]
    return "\n\n".join(out) + "\n"


def markdown(worded: Worded) -> str:
    """The whole briefing as Markdown."""
    return body(worded) + "\n" + end(worded)
