"""Where a briefing goes, in which format: the one switch `minefacts brief` calls.

On stdout, the text for people is drawn for the terminal through `minefacts.render.output`
(so it pages and wraps as every other view does); Markdown, HTML and JSON are printed as
they are. With ``--output`` the file is written whole or not at all
(`minefacts.render.files`), the text for people at 80 columns.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from minefacts.render.formats import BriefFormat

if TYPE_CHECKING:
    from minefacts.query.briefing.parts import Briefing
    from minefacts.render.briefing.words import Worded

EMPTY = "no records fall within the dates asked for"


def text(worded: Worded, fmt: BriefFormat) -> str:
    """The briefing as the text of a file in `fmt`."""
    if fmt is BriefFormat.MARKDOWN:
        from minefacts.render.briefing.markdown import markdown

        return markdown(worded)
    if fmt is BriefFormat.HTML:
        from minefacts.render.briefing.html import html

        return html(worded)
    if fmt is BriefFormat.JSON:
        from minefacts.render import output
        from minefacts.render.briefing.data import briefing

        return output.to_json(briefing(worded))
    from minefacts.render.briefing.terminal import plain

    return plain(worded)


def emit(found: Briefing, fmt: BriefFormat, path: Path | None, *, force: bool) -> None:
    """Print the briefing in `fmt`, or write it to `path`; say on stderr when it has no
    sentences, and what was written."""
    from minefacts.render import output
    from minefacts.render.briefing.words import worded

    said = worded(found)
    if not said.parts:
        output.note(EMPTY)
    if path is not None:
        from minefacts.render import files

        files.write_file(path, text(said, fmt), force=force)
        output.note(f"wrote {path}")
    elif fmt is BriefFormat.TEXT:
        from minefacts.render.briefing.terminal import view

        output.show(view(said, output.width(), output.styled()))
    elif fmt is BriefFormat.JSON:
        output.write_json(text(said, fmt))
    else:
        output.write_text(text(said, fmt))
