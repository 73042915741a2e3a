"""The one citation form of a source, used by `show`, `cite`, `sources` and every
attribution line; and the attribution the Ministry's terms of use ask for wherever
minefacts reproduces its text.

The form is the Ministry's own (its terms of use), with what other sources need besides:
``"Title." Publication. Who. Date. Part. URL: address Accessed YYYY-MM-DD.``, with "Read in a
copy at ..." before the address where the page read is a copy kept elsewhere; as a credit line
it starts ``Source:`` (`source_line`). The attribution adds a statement that minefacts has
edited the text, in a way that cannot suggest the Ministry made minefacts.
"""

from __future__ import annotations

from collections.abc import Sequence

from minefacts.model import licences
from minefacts.model.records import Document
from minefacts.query.index import Source
from minefacts.render.words import dates

MOFA = "Ministry of Foreign Affairs of Japan"


def where(section: str | None, *, quoted: bool) -> str | None:
    """Where in its source a record is: "section 1 (2)" of the source document, the part
    of the page as recorded for any other source."""
    if not section:
        return None
    return f"section {section}" if quoted else section


def cite(source: Source, *, section: str | None = None, link: bool = False) -> str:
    """The source in the one citation form, with the part cited (`section`, as `where`
    words it) where one is given, and the address as a Markdown autolink with `link`."""
    who: str | None
    if isinstance(source, Document):
        title, container, who = source.title, None, source.publisher
    else:
        title, container = source.title, source.container
        who = ", ".join(filter(None, (source.author, source.publisher))) or None
    parts = [f'"{title}."']
    if container:
        parts.append(f"{container}.")
    if who:
        parts.append(f"{who}.")
    if source.date is not None and who != MOFA:
        parts.append(f"{dates.date(source.date, long=True)}.")
    if section:
        parts.append(f"{section[0].upper()}{section[1:]}.")
    copy = getattr(source, "copy", None)
    if copy:
        parts.append(f"Read in a copy at {copy}.")
    if source.url:
        url = f"<{source.url}>" if link else source.url
        parts.append(f"URL: {url}")
        if source.accessed:
            parts.append(f"Accessed {source.accessed}.")
    return " ".join(parts)


def source_line(source: Source, *, link: bool = False) -> str:
    """The citation as a credit line: ``Source: "Title." ...``."""
    return f"Source: {cite(source, link=link)}"


def edited(document: Document) -> str:
    """The statement that minefacts' dataset is made by editing the document."""
    return (
        f'Created by editing "{document.title}" ({document.publisher}) {document.url}: '
        "minefacts quotes its sentences verbatim and structures, dates and summarises its "
        f"facts. The {document.publisher} did not make minefacts or its dataset and does "
        "not endorse them."
    )


def credit(document: Document) -> str:
    """A document's citation and the statement that minefacts edited it, on one line."""
    return f"{source_line(document)} {edited(document)}"


def terms(document: Document) -> str:
    """The licence the document's text is used under."""
    return (
        f"Its text is used under the {licences.MINISTRY.name} ({licences.MINISTRY.url}), "
        f"as the {document.publisher}'s terms of use set out ({licences.MINISTRY_TERMS})."
    )


def notice(documents: Sequence[Document]) -> str:
    """The whole notice for a dataset: each document's attribution, edit statement and
    terms, then the dataset's own licence."""
    parts = []
    for document in documents:
        parts += [source_line(document), edited(document), terms(document)]
    parts.append(
        f"The structured dataset and the paraphrases of other records are minefacts' own "
        f"work, under {licences.DATA.name} ({licences.DATA.spdx}, {licences.DATA.url})."
    )
    return "\n".join(parts)


def notice_fields(documents: Sequence[Document]) -> dict[str, object]:
    """The notice as data, for the exports."""
    return {
        "attribution": [source_line(document) for document in documents],
        "edited": [edited(document) for document in documents],
        "licenses": [
            {
                "name": licence.spdx,
                "title": licence.name,
                "path": licence.url,
                "applies_to": applies,
            }
            for licence, applies in (
                (licences.MINISTRY, "the quoted text of the source documents"),
                (licences.DATA, "the structured dataset and the paraphrases"),
            )
        ],
    }
