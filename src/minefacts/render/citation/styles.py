"""Citations as reference managers expect them: a bibliography with one entry per source,
and where each cited record is in it as the citation's locator, never in the entry.

- ``plain`` and ``markdown``: each cited record, the source document's with its verbatim
  quote and any other with its paraphrase, then the source in its one citation form
  (`forms.source_line`): ``Source: "Title." Publisher. URL: address Accessed YYYY-MM-DD.``
- ``bibtex``: biblatex entries keyed by the source's id (stable across runs): ``@online``
  with ``urldate`` for web pages, ``@incollection`` for a chapter of a report,
  ``@article`` for a newspaper, ``@misc`` for a treaty, ``@dataset`` for minefacts' own.
  Every field is escaped (`tex`), so it compiles and prints as written. A person is
  ``Family, Given``; a body is braced whole, never split into names. Before each entry,
  a comment gives each cited record's citation with its locator as the postnote
  (``\\autocite[section~2]{mofa-2003-02}``); quotes stay out of the bibliography.
- ``csl-json``: an array of CSL items, the item id the source's id, with the CSL type of
  each kind of source; persons as ``family``/``given``, bodies as ``literal``; the copy a
  source was read in as ``archive``; each cited record's locator (label and value, for
  a processor's citation) in the item's ``custom`` object, CSL 1.0.2's place for data
  the schema has no variable for.

Who is an entry's author, by kind of source: the speaker of a statement; the body that
issued a web page, a press release or a report; the body responsible for a chapter (the
International Campaign to Ban Landmines, for Landmine Monitor's); for a newspaper
article, nobody (the paper is the container); for a treaty, nobody.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from minefacts.model.dates import PartialDate
from minefacts.model.records import Document
from minefacts.model.release import Work
from minefacts.model.secondary import SecondarySource
from minefacts.query.citations import Entry, Locator
from minefacts.query.index import Source
from minefacts.render.citation import forms
from minefacts.render.formats import CitationStyle
from minefacts.render.words import dates


def _body(source: Source) -> str | None:
    """The body responsible for a source, where no person is named: its publisher; none
    for a treaty or a newspaper article (the paper is the container, not the author)."""
    if isinstance(source, Document):
        return source.publisher
    if source.type in ("treaty", "article"):
        return None
    return source.publisher


def person(name: str) -> tuple[str, str]:
    """A person's (given, family) names. The data writes a person given name first and
    family name last, as the English sources do ("Kuniko Inoguchi"), so the family name
    is the last word."""
    given, _, family = name.rpartition(" ")
    return given, family


def where(locator: Locator) -> str | None:
    """Where in its source a record is (`forms.where`)."""
    return forms.where(locator.section, quoted=locator.quoted)


def _cited(locator: Locator) -> str:
    where_ = where(locator)
    ref = f"{locator.record.id}"
    if locator.quoted:
        return f'"{locator.text}" ({", ".join(filter(None, (where_, ref)))})'
    return f"Paraphrase: {locator.text} ({', '.join(filter(None, (where_, ref)))})"


def _work_line(work: Work, entry: Entry, *, link: bool = False) -> str:
    """The dataset in the one citation form: title, authors, version, release date, and
    what it is under."""
    return (
        f'Source: "{work.title}." {work.authors}. Version {work.version}. '
        f"{dates.day(work.released, long=True)}. Dataset, distributed with the minefacts "
        f"software ({work.software.spdx}); the data under {work.licence.name} "
        f"({work.licence.spdx})."
    )


def _line(entry: Entry, *, link: bool = False) -> str:
    source = entry.source
    if isinstance(source, Work):
        return _work_line(source, entry, link=link)
    return forms.source_line(source, link=link)


def plain(entries: Sequence[Entry], documents: Sequence[Document] = ()) -> str:
    """Each source's cited records, then the source; the dataset with the statement that
    it edits the source documents."""
    blocks = []
    for entry in entries:
        lines = [_cited(locator) for locator in entry.locators]
        lines.append(_line(entry))
        if isinstance(entry.source, Work):
            lines += [forms.edited(document) for document in documents]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def markdown(entries: Sequence[Entry], documents: Sequence[Document] = ()) -> str:
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
        lines.append(_line(entry, link=True))
        if isinstance(entry.source, Work):
            lines += ["", *(forms.edited(document) for document in documents)]
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
    billion``, a backslash stays a backslash, a tilde a tilde. Every one of LaTeX's ten
    special characters is escaped; anything else (accents, ¥, Japanese) is left as
    Unicode, which LuaLaTeX and XeLaTeX set directly."""
    return _LATEX_SPECIALS.sub(lambda match: _LATEX[match.group()], " ".join(text.split()))


def _bib_date(date: PartialDate) -> str:
    """A biblatex date at the source's precision: ``2003``, ``2003-02``, ``2003-02-08``, or
    a range ``1998/2002``."""
    return str(date)


_PARAGRAPH = re.compile(r"para(?:graph)?s? (\S.*)", re.IGNORECASE)


def locator(item: Locator) -> tuple[str, str] | None:
    """A cited record's place in its source as a citation's locator: (CSL label, value):
    ``("section", "1 (2)")``, ``("paragraph", "3")``; None for a source cited whole."""
    if not item.section:
        return None
    paragraph = _PARAGRAPH.fullmatch(item.section)
    if paragraph:
        return "paragraph", paragraph[1]
    return "section", item.section


_POSTNOTE_LABELS = {"section": "section", "paragraph": "para."}


def _postnote(item: Locator) -> str:
    """The locator as a biblatex postnote, as it should print: ``section~1 (2)``,
    ``para.~3``; a part the source names (``key developments``) by its name alone."""
    found = locator(item)
    if found is None:
        return ""
    label, value = found
    if label == "section" and not value[:1].isdigit():
        return tex(value)
    return f"{_POSTNOTE_LABELS[label]}~{tex(value)}"


def _comments(key: str, entry: Entry) -> list[str]:
    """How to cite each record asked for, with its locator: BibTeX ignores text outside
    an entry, so these lines are comments to the reader, not fields."""
    lines = []
    for item in entry.locators:
        note = _postnote(item)
        command = f"\\autocite[{note}]{{{key}}}" if note else f"\\autocite{{{key}}}"
        lines.append(f"% {item.record.id}: {command}")
    return lines


def _bibtex_type(source: Source | Work) -> str:
    if isinstance(source, Work):
        return "dataset"
    if isinstance(source, Document):
        return "online"
    return {"chapter": "incollection", "article": "article", "treaty": "misc"}.get(
        source.type, "online"
    )


def _bib_names(source: Source) -> str | None:
    """The author field: a person as ``Family, Given``; a body braced, so biber never
    splits it into given and family names."""
    if isinstance(source, SecondarySource) and source.author:
        given, family = person(source.author)
        return f"{tex(family)}, {tex(given)}" if given else tex(family)
    body = _body(source)
    return f"{{{tex(body)}}}" if body else None


def _bib_fields(source: Source) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    names = _bib_names(source)
    author = names.strip("{}") if names else None
    if names:
        fields.append(("author", names))
    fields.append(("title", tex(source.title)))
    if isinstance(source, SecondarySource):
        if source.type == "chapter" and source.container:
            fields.append(("booktitle", tex(source.container)))
        elif source.type == "article" and source.publisher:
            fields.append(("journaltitle", tex(source.publisher)))
        elif source.container:
            fields.append(("titleaddon", tex(source.container)))
        if source.number:
            fields.append(("number", tex(source.number)))
        if source.publisher and tex(source.publisher) != author and source.type != "article":
            kind = "organization" if source.type in ("statement", "webpage") else "publisher"
            fields.append((kind, tex(source.publisher)))
        if source.copy:
            fields.append(("note", tex(f"Read in a copy at {source.copy}")))
    if source.date is not None:
        fields.append(("date", _bib_date(source.date)))
    if source.url:
        fields.append(("url", source.url))
        if source.accessed:
            fields.append(("urldate", source.accessed))
    return fields


def _work_fields(work: Work, documents: Sequence[Document]) -> list[tuple[str, str]]:
    fields = [
        ("author", f"{{{tex(work.authors)}}}"),
        ("title", tex(work.title)),
        ("version", tex(work.version)),
        ("date", work.released.isoformat()),
        ("note", tex(f"Data under {work.licence.name} ({work.licence.spdx})")),
    ]
    if documents:
        fields.append(("addendum", tex(" ".join(forms.edited(d) for d in documents))))
    return fields


def bibtex(entries: Sequence[Entry], documents: Sequence[Document] = ()) -> str:
    """A biblatex entry per source, keyed by its id, each after the comments that say how
    to cite the records asked for."""
    out = []
    for entry in entries:
        source = entry.source
        if isinstance(source, Work):
            fields = _work_fields(source, documents)
        else:
            fields = _bib_fields(source)
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        head = "".join(f"{line}\n" for line in _comments(source.id, entry))
        out.append(f"{head}@{_bibtex_type(source)}{{{source.id},\n{body}\n}}\n")
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


def _csl_names(source: Source) -> list[dict[str, str]]:
    if isinstance(source, SecondarySource) and source.author:
        given, family = person(source.author)
        return [{"family": family, "given": given} if given else {"literal": family}]
    body = _body(source)
    return [{"literal": body}] if body else []


def _csl_cited(entry: Entry) -> list[dict[str, str]]:
    """Each record asked for, with its locator, for a processor's citation items."""
    cited = []
    for item in entry.locators:
        found: dict[str, str] = {"record": item.record.id}
        place = locator(item)
        if place is not None:
            found["label"], found["locator"] = place
        cited.append(found)
    return cited


def _csl_published(source: SecondarySource, author: str | None) -> dict[str, Any]:
    """Where a secondary source was published: its container (the report a chapter is
    in, the paper an article is in), genre, number and publisher (unless it is the
    author); and the copy it was read in, as an archive."""
    found: dict[str, Any] = {}
    if source.type == "article" and source.publisher:
        found["container-title"] = source.publisher
    elif source.container:
        found["container-title"] = source.container
    if source.type == "press-release":
        found["genre"] = "Press release"
    if source.number:
        found["number"] = source.number
    if source.publisher and source.publisher != author and source.type != "article":
        found["publisher"] = source.publisher
    if source.copy:
        found["archive"] = source.copy
    return found


def _csl_item(entry: Entry) -> dict[str, Any]:
    source = entry.source
    if isinstance(source, Work):
        return {
            "id": source.id,
            "type": "dataset",
            "title": source.title,
            "author": [{"literal": source.authors}],
            "version": source.version,
            "issued": {"date-parts": [[source.released.year, source.released.month]]},
            "license": source.licence.spdx,
        }
    kind = "webpage" if isinstance(source, Document) else _CSL_TYPES[source.type]
    item: dict[str, Any] = {"id": source.id, "type": kind, "title": source.title}
    names = _csl_names(source)
    if names:
        item["author"] = names
    if isinstance(source, SecondarySource):
        item.update(_csl_published(source, names[0].get("literal") if names else None))
    if source.date is not None:
        item["issued"] = _date_parts(source.date)
    if source.url:
        item["URL"] = source.url
        if source.accessed:
            item["accessed"] = _date_parts(PartialDate(source.accessed))
    cited = _csl_cited(entry)
    if cited:
        item["custom"] = {"cited": cited}
    return item


def csl_json(entries: Sequence[Entry], documents: Sequence[Document] = ()) -> str:
    """A CSL-JSON array, one item per source."""
    import json

    text = json.dumps([_csl_item(entry) for entry in entries], indent=2, ensure_ascii=False)
    return text + "\n"


def render(
    entries: Sequence[Entry], style: CitationStyle, documents: Sequence[Document] = ()
) -> str:
    """A bibliography in `style`; `documents` are the source documents the dataset edits,
    which a citation of the dataset itself names."""
    writers = {
        CitationStyle.PLAIN: plain,
        CitationStyle.MARKDOWN: markdown,
        CitationStyle.BIBTEX: bibtex,
        CitationStyle.CSL_JSON: csl_json,
    }
    return writers[style](entries, documents)
