"""`minefacts brief`, run in process: the output contracts (golden files), a teacher's
1997-2003 handout that mentions nothing outside those years, the source document alone
under --primary-only, a file written whole or not at all, and dataset text that stays
text in every format."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from minefacts.catalog.loading import Catalog
from minefacts.errors import ExitStatus
from minefacts.query.index import Source
from minefacts.render.words import names
from tests.conftest import BUNDLED, PIPED, Golden, Invoke

HANDOUT = ("--from", "1997", "--to", "2003")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def sentences(briefing: Any) -> list[dict[str, Any]]:
    return [s for section in briefing["sections"] for p in section["paragraphs"] for s in p]


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (("--format", "markdown"), "brief.md"),
        ((*HANDOUT, "--format", "markdown"), "brief-1997-2003.md"),
    ],
)
def test_the_markdown_is_the_golden_briefing(
    invoke: Invoke, golden: Golden, args: tuple[str, ...], name: str
) -> None:
    """The Markdown of the whole record and of 1997-2003, as pasted into an article."""
    result = invoke("brief", *args)
    assert (result.exit_code, result.stderr) == (ExitStatus.SUCCESS, "")
    golden(name, result.stdout)


def test_the_handout_on_a_terminal_is_the_golden_text_at_80_columns(
    invoke: Invoke, golden: Golden
) -> None:
    """On an 80-column terminal the 1997-2003 briefing is the golden text."""
    result = invoke("brief", *HANDOUT, env={"COLUMNS": "80"})
    assert result.exit_code == ExitStatus.SUCCESS
    golden("brief-1997-2003.txt", result.stdout)


def test_the_1997_2003_handout_mentions_nothing_outside_those_years(
    invoke: Invoke, catalog: Catalog
) -> None:
    """Every year its sentences mention, but in the names of their sources ("Landmine
    Monitor 2004"), is one of 1997 to 2003, and every sentence's time lies within them."""
    briefing = invoke("brief", *HANDOUT, "--format", "json").json
    every: list[Source] = [*catalog.dataset.documents, *catalog.secondary.sources]
    source_names = sorted(
        {names.source(source) for source in every} | {s["name"] for s in briefing["sources"]},
        key=len,
        reverse=True,
    )
    found = sentences(briefing)
    assert len(found) > 30
    for sentence in found:
        text = sentence["text"]
        for name in source_names:
            text = text.replace(name, "")
        years = {int(year) for year in YEAR.findall(text)}
        assert years <= set(range(1997, 2004)), sentence["text"]
        for reading in sentence.get("readings", []):
            if sentence["kind"] not in ("office", "pledge", "dispute"):
                assert reading["start"][1] >= "1997-01-01", sentence["text"]
                assert reading["end"][0] <= "2003-12-31", sentence["text"]


def test_primary_only_cites_the_ministrys_document_alone(invoke: Invoke) -> None:
    """Under --primary-only every note points to the 2003 document, the only source, and
    the credits give the Ministry's attribution and "created by editing"."""
    briefing = invoke("--primary-only", "brief", "--format", "json").json
    assert [source["id"] for source in briefing["sources"]] == ["mofa-2003-02"]
    assert {note["source"] for note in briefing["notes"]} == {"mofa-2003-02"}
    assert all(sentence["notes"] for sentence in sentences(briefing))
    assert any(credit.startswith("Created by editing") for credit in briefing["credits"])
    assert briefing["drawn_from"] == "the source document alone"


def test_every_json_sentence_carries_notes_that_resolve(invoke: Invoke) -> None:
    """Each sentence's note ids are notes, and each note's source is listed with its
    address and the date it was read."""
    briefing = invoke("brief", "--format", "json").json
    notes = {note["id"]: note for note in briefing["notes"]}
    sources = {source["id"]: source for source in briefing["sources"]}
    for sentence in sentences(briefing):
        assert sentence["notes"]
        for note in sentence["notes"]:
            source = sources[notes[note]["source"]]
            assert source["url"].startswith("http")
            assert source["accessed"]
    assert list(notes) == list(range(1, len(notes) + 1))


def test_the_html_handout_is_written_whole_and_kept_unless_forced(
    invoke: Invoke, tmp_path: Path
) -> None:
    """--output writes the file and says so on stderr; an existing file is kept (one line
    on stderr, exit 1) unless --force is given."""
    path = tmp_path / "handout.html"
    args = ("brief", *HANDOUT, "--format", "html", "--output", str(path))
    written = invoke(*args)
    assert (written.exit_code, written.stdout, written.stderr) == (
        0,
        "",
        f"minefacts: wrote {path}\n",
    )
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    path.write_text("my notes", encoding="utf-8")
    kept = invoke(*args)
    assert kept.exit_code == ExitStatus.ERROR
    assert kept.stderr == f"minefacts: error: {path} already exists; use --force to replace it\n"
    assert path.read_text(encoding="utf-8") == "my notes"
    assert invoke(*args, "--force").exit_code == ExitStatus.SUCCESS
    assert "Where the sources disagree" in path.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout.html"]


def test_a_text_file_is_the_text_for_people_at_80_columns(invoke: Invoke, tmp_path: Path) -> None:
    """`--output FILE` in the text format is what an 80-column terminal shows."""
    path = tmp_path / "brief.txt"
    assert invoke("brief", *HANDOUT, "--output", str(path)).exit_code == ExitStatus.SUCCESS
    shown = invoke("brief", *HANDOUT, env={"COLUMNS": "80", **PIPED}).stdout
    assert path.read_text(encoding="utf-8") == shown


def hostile(tmp_path: Path) -> Path:
    """A dataset whose document title and an event's summary are markup and a script,
    and another's Japanese."""
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["documents"][0]["title"] = "<script>alert('title')</script> *Efforts*"
    for event in data["events"]:
        if event["id"] == "tokyo-seminar":
            event["summary"] = (
                "Japan co-hosted <b>a</b> [seminar](javascript:alert(1)) <script>x</script>."
            )
        if event["id"] == "bangkok-seminar":
            event["summary"] = "日本はバンコクでセミナーを共催した。"
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_markup_in_a_dataset_comes_out_as_text(invoke: Invoke, tmp_path: Path) -> None:
    """A --data file whose title holds <script>: the HTML has no script element and
    shows the text, the Markdown escapes it, and its Japanese is marked lang="ja"."""
    data = str(hostile(tmp_path))
    page = invoke("--data", data, "brief", "--format", "html").stdout
    assert "<script" not in page
    assert "&lt;script&gt;alert('title')&lt;/script&gt; *Efforts*" in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page
    assert "javascript:" not in page.split("</style>")[1].replace(
        "[seminar](javascript:alert(1))", ""
    )
    assert '<span lang="ja">日本はバンコクでセミナーを共催した。</span>' in page
    text = invoke("--data", data, "brief", "--format", "markdown").stdout
    assert r"\<script\>alert('title')\</script\> \*Efforts\*" in text


def test_a_window_with_no_records_says_so(invoke: Invoke) -> None:
    """Dates with nothing in them: a note on stderr, exit 0, and a briefing that says
    no records fall within them (its credits still given)."""
    result = invoke("brief", "--year", "1990", "--format", "markdown")
    assert result.exit_code == ExitStatus.SUCCESS
    assert result.stderr == "minefacts: no records fall within the dates asked for\n"
    assert "No records fall within the dates asked for." in result.stdout
    assert "Created by editing" in result.stdout


def test_the_json_is_the_briefings_data_as_the_api_gives_it(
    invoke: Invoke, catalog: Catalog
) -> None:
    """`--format json` is the briefing's data and nothing else: loaded back, it equals
    what `minefacts.render.briefing.data.briefing` returns, which the public API's
    `brief()` hands to programs."""
    from minefacts.model.dates import PartialDate
    from minefacts.query.briefing.build import brief
    from minefacts.query.filters import Filters
    from minefacts.render.briefing.data import briefing
    from minefacts.render.briefing.words import worded

    filters = Filters(start=PartialDate("1997"), end=PartialDate("2003"))
    expected = briefing(worded(brief(catalog, filters)))
    assert invoke("brief", *HANDOUT, "--format", "json").json == expected


def test_a_disputed_date_is_never_stated_as_one_side(invoke: Invoke) -> None:
    """The production stop is 1997 in Landmine Monitor and March 1998 in The Japan Times:
    its sentence gives both as possible and states neither as fact."""
    briefing = invoke("brief", "-f", "json").json
    sentences = [
        sentence
        for section in briefing["sections"]
        for paragraph in section["paragraphs"]
        for sentence in paragraph
        if sentence["records"][:1] == ["apm-production-stopped"]
    ]
    [told, *_] = sentences
    assert told["text"].startswith("Production of anti-personnel mines stops (possibly 1997, by ")
    assert "or possibly Mar 1998, by The Japan Times" in told["text"]
    assert "in 1997" not in told["text"]
