"""Citations as reference managers expect them: a bibliography with one entry per source,
each cited record a locator (its section) with what it says there.

- ``plain`` and ``markdown``: each locator, then the source in its one citation form
  (`forms.source_line`): ``Source: "Title." Publisher. URL: address Accessed YYYY-MM-DD.``
- ``bibtex``: biblatex entries keyed by the source's id (stable across runs): ``@online``
  with ``urldate`` for web pages, ``@incollection`` for a chapter of a report,
  ``@article`` for a newspaper, ``@misc`` for a treaty; the cited sections and quotes in
  ``note``; LaTeX's special characters escaped so they print as written.
- ``csl-json``: an array of CSL items, the item id the source's id, with the CSL type of
  each kind of source (``webpage``, ``chapter`` with its ``container-title``, ``speech``,
  ``article-newspaper``, ``report``, ``treaty`` with no author), ``issued`` and
  ``accessed`` dates; the cited sections and quotes in ``note``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from minefacts.model.dates import PartialDate
from minefacts.model.records import Document
from minefacts.model.secondary import SecondarySource
from minefacts.query.citations import Entry, Locator
from minefacts.query.index import Source
from minefacts.render.citation import forms
from minefacts.render.formats import CitationStyle


def _who(source: Source) -> str | None:
    """The author, as the source names it: the speaker of a statement, the body that
    issued a web page, press release or report. None where no author is named: a treaty,
    a chapter of a report or a newspaper article, whose publisher is given as such."""
    if isinstance(source, Document):
        return source.publisher
    if source.author:
        return source.author
    if source.type in ("treaty", "chapter", "article"):
        return None
    return source.publisher


def where(locator: Locator) -> str | None:
    """Where in its source a record is (`forms.where`)."""
    return forms.where(locator.section, quoted=locator.quoted)


def _cited(locator: Locator) -> str:
    where_ = where(locator)
    ref = f"{locator.record.id}"
    if locator.quoted:
        return f'"{locator.text}" ({", ".join(filter(None, (where_, ref)))})'
    return f"Paraphrase: {locator.text} ({', '.join(filter(None, (where_, ref)))})"


def plain(entries: Sequence[Entry]) -> str:
    """Each source's cited records, then the source."""
    blocks = []
    for entry in entries:
        lines = [_cited(locator) for locator in entry.locators]
        lines.append(forms.source_line(entry.source))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def markdown(entries: Sequence[Entry]) -> str:
    """Each quote as a block quote with its section, paraphrases as plain text, then the
    source with its address as a link."""
    blocks = []
    for entry in entries:
        lines = []
        for locator in entry.locators:
            at = f"{where(locator)}, " if locator.section else ""
            if locator.quoted:
                lines.append(f"> {locator.text}\n>\n> — {at}`{locator.record.id}`\n")
            else:
                lines.append(f"Paraphrase: {locator.text} ({at}`{locator.record.id}`)\n")
        lines.append(forms.source_line(entry.source, link=True))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


_LATEX = {
    "\\": r"\textbackslash{}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
}
_LATEX_SPECIALS = re.compile("|".join(re.escape(char) for char in _LATEX))


def tex(text: str) -> str:
    """Text for a BibTeX field that prints as written: ``_10 billion`` stays ``_10
    billion``, a backslash stays a backslash, a tilde a tilde."""
    return _LATEX_SPECIALS.sub(lambda match: _LATEX[match.group()], " ".join(text.split()))


def _bib_date(date: PartialDate) -> str:
    """A biblatex date at the source's precision: ``2003``, ``2003-02``, ``2003-02-08``, or
    a range ``1998/2002``."""
    return str(date)


def _note(entry: Entry) -> str:
    cited = []
    for locator in entry.locators:
        at = where(locator) or "whole"
        said = f"``{locator.text}''" if locator.quoted else f"paraphrase: {locator.text}"
        cited.append(f"{at} ({locator.record.id}): {said}")
    return "; ".join(cited)


def _bibtex_type(source: Source) -> str:
    if isinstance(source, Document):
        return "online"
    return {"chapter": "incollection", "article": "article", "treaty": "misc"}.get(
        source.type, "online"
    )


def bibtex(entries: Sequence[Entry]) -> str:
    """A biblatex entry per source, keyed by its id."""
    out = []
    for entry in entries:
        source = entry.source
        fields: list[tuple[str, str]] = []
        who = _who(source)
        if who:
            # Braced twice: a corporate author, never split into given and family names.
            fields.append(("author", f"{{{tex(who)}}}"))
        fields.append(("title", tex(source.title)))
        if isinstance(source, SecondarySource):
            if source.type == "chapter" and source.container:
                fields.append(("booktitle", tex(source.container)))
                if source.publisher:
                    fields.append(("publisher", tex(source.publisher)))
            elif source.type == "article" and source.publisher:
                fields.append(("journaltitle", tex(source.publisher)))
            elif source.container:
                fields.append(("titleaddon", tex(source.container)))
            if source.type == "statement" and source.author and source.publisher:
                fields.append(("organization", tex(source.publisher)))
        if source.date is not None:
            fields.append(("date", _bib_date(source.date)))
        if source.url:
            fields.append(("url", source.url))
            if source.accessed:
                fields.append(("urldate", source.accessed))
        if entry.locators:
            fields.append(("note", _note(entry)))
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        out.append(f"@{_bibtex_type(source)}{{{source.id},\n{body}\n}}\n")
    return "\n".join(out)


def _date_parts(date: PartialDate) -> dict[str, Any]:
    """CSL date-parts at the source's precision; a period is two parts."""

    def parts(lower: dt.date, precision: str) -> list[int]:
        found = [lower.year]
        if precision in ("month", "day"):
            found.append(lower.month)
        if precision == "day":
            found.append(lower.day)
        return found

    start, end = date.start, date.end
    first = parts(start.lower, start.precision)
    if date.precision != "period":
        return {"date-parts": [first]}
    return {"date-parts": [first, parts(end.lower, end.precision)]}


_CSL_TYPES = {
    "webpage": "webpage",
    "press-release": "webpage",
    "statement": "speech",
    "report": "report",
    "chapter": "chapter",
    "article": "article-newspaper",
    "treaty": "treaty",
}


def _csl_item(entry: Entry) -> dict[str, Any]:
    source = entry.source
    kind = "webpage" if isinstance(source, Document) else _CSL_TYPES[source.type]
    item: dict[str, Any] = {"id": source.id, "type": kind, "title": source.title}
    who = _who(source)
    if who:
        item["author"] = [{"literal": who}]
    if isinstance(source, SecondarySource):
        if source.type == "chapter" and source.container:
            item["container-title"] = source.container
        elif source.type == "article" and source.publisher:
            item["container-title"] = source.publisher
        elif source.container:
            item["container-title"] = source.container
        if source.type == "press-release":
            item["genre"] = "Press release"
        if source.publisher and source.publisher != who and source.type != "article":
            item["publisher"] = source.publisher
    if source.date is not None:
        item["issued"] = _date_parts(source.date)
    if source.url:
        item["URL"] = source.url
        if source.accessed:
            item["accessed"] = _date_parts(PartialDate(source.accessed))
    if entry.locators:
        item["note"] = _note(entry).replace("``", '"').replace("''", '"')
    return item


def csl_json(entries: Sequence[Entry]) -> str:
    """A CSL-JSON array, one item per source."""
    import json

    text = json.dumps([_csl_item(entry) for entry in entries], indent=2, ensure_ascii=False)
    return text + "\n"


def render(entries: Sequence[Entry], style: CitationStyle) -> str:
    """A bibliography in `style`."""
    writers = {
        CitationStyle.PLAIN: plain,
        CitationStyle.MARKDOWN: markdown,
        CitationStyle.BIBTEX: bibtex,
        CitationStyle.CSL_JSON: csl_json,
    }
    return writers[style](entries)
