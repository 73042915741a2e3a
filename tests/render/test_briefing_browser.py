"""The briefing's HTML opened in a real browser: Chromium from the OS packages, driven by
Selenium through the OS's chromedriver (nothing is downloaded). Nothing overflows a phone
or a desktop screen, the 1997-2003 handout prints on at most three A4 pages, axe-core
finds no accessibility violation, the page fetches nothing and runs no script, and a
<script> in a dataset is text.

Where Chromium, chromedriver, axe-core (``npm install axe-core``) or the print font is
missing these tests are skipped, and fail under ``MINEFACTS_REQUIRE_TOOLS=1``."""

from __future__ import annotations

import base64
import io
import itertools
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import pytest

from minefacts.errors import ExitStatus
from tests.cli.test_brief import hostile
from tests.conftest import Invoke
from tests.tools import axe_core, font, program

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

PRINT_FONT = "Liberation Serif"
"""The font the print stylesheet names first, which the page count is measured in."""
CHROMIUM_ARGUMENTS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--mute-audio",
)
AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(r => done({ok: true, violations: r.violations.map(v => ({id: v.id,
      impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))}))
  .catch(e => done({ok: false, error: String(e)}));
"""
A4 = (21.0, 29.7)
LETTER = (21.59, 27.94)


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    """One headless Chromium for the module, with a profile of its own, removed after."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, chromedriver = program("chromium"), program("chromedriver")
    profile = tempfile.mkdtemp(prefix="minefacts-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in (*CHROMIUM_ARGUMENTS, f"--user-data-dir={profile}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    driver.set_script_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The briefing as HTML files: the whole record, the 1997-2003 handout, the source
    document alone, and a dataset with markup and Japanese in its text."""
    from typer.testing import CliRunner

    from minefacts.cli.app import app
    from tests.conftest import FIXED_ENV

    folder = tmp_path_factory.mktemp("briefings")
    data = hostile(folder)
    made = {
        "whole": ["brief"],
        "handout": ["brief", "--from", "1997", "--to", "2003"],
        "primary": ["--primary-only", "brief"],
        "hostile": ["--data", str(data), "brief"],
    }
    found = {}
    for name, args in made.items():
        path = folder / f"{name}.html"
        result = CliRunner().invoke(
            app, [*args, "--format", "html", "--output", str(path)], env=FIXED_ENV
        )
        assert result.exit_code == ExitStatus.SUCCESS, result.stderr
        found[name] = path
    return found


def opened(browser: WebDriver, path: Path, width: int = 1280) -> WebDriver:
    browser.set_window_size(width, 900)
    browser.get(path.resolve().as_uri())
    return browser


@pytest.mark.parametrize("name", ["whole", "handout", "hostile"])
@pytest.mark.parametrize("width", [360, 1280])
def test_nothing_is_wider_than_the_screen(
    browser: WebDriver, pages: dict[str, Path], name: str, width: int
) -> None:
    """At 360 px (a phone) and 1280 px the page scrolls down only: the long addresses
    wrap, read from the page's own DOM."""
    opened(browser, pages[name], width)
    scroll, client = browser.execute_script(
        "const e = document.documentElement; return [e.scrollWidth, e.clientWidth];"
    )
    assert scroll <= client, (name, width, scroll, client)


def printed(browser: WebDriver, path: Path, size: tuple[float, float]) -> Any:
    from pypdf import PdfReader
    from selenium.webdriver.common.print_page_options import PrintOptions

    opened(browser, path)
    options = PrintOptions()
    options.page_width, options.page_height = size
    options.background = True
    return PdfReader(io.BytesIO(base64.b64decode(browser.print_page(options))))


def test_the_1997_2003_handout_prints_on_three_a4_pages(
    browser: WebDriver, pages: dict[str, Path]
) -> None:
    """Printed to PDF on A4 the teacher's handout takes at most three pages, every note
    and source and the credits on them."""
    font(PRINT_FONT)
    pdf = printed(browser, pages["handout"], A4)
    assert len(pdf.pages) <= 3
    box = pdf.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 1
    assert abs(float(box.height) - 841.9) < 1
    text = "".join(page.extract_text() for page in pdf.pages)
    assert "Created by editing" in text
    assert "Accessed 2026-11-29" in text


def test_the_whole_record_prints_on_letter_paper(
    browser: WebDriver, pages: dict[str, Path]
) -> None:
    """On Letter paper the whole record prints too, its last page ending with the
    credits."""
    pdf = printed(browser, pages["whole"], LETTER)
    box = pdf.pages[0].mediabox
    assert abs(float(box.width) - 612) < 1
    assert abs(float(box.height) - 792) < 1
    assert "read it." in pdf.pages[-1].extract_text()


@pytest.mark.parametrize("name", ["whole", "handout", "primary", "hostile"])
def test_axe_core_finds_no_accessibility_violation(
    browser: WebDriver, pages: dict[str, Path], name: str
) -> None:
    """axe-core, run in the page in Chromium, reports no violation of any rule."""
    script = axe_core()
    opened(browser, pages[name])
    browser.execute_script(script)
    result = browser.execute_async_script(AXE_RUN)
    assert result["ok"], result
    assert result["violations"] == []


def test_headings_languages_and_links(browser: WebDriver, pages: dict[str, Path]) -> None:
    """One h1, headings never skip a level, English declared, Japanese text marked
    Japanese, and every link says where it goes: an address is its own text, a note is
    named."""
    opened(browser, pages["whole"])
    levels = browser.execute_script(
        "return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1]);"
    )
    assert levels.count(1) == 1
    assert levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels))
    assert browser.execute_script("return document.documentElement.lang;") == "en"
    japanese = browser.execute_script(
        "return [...document.querySelectorAll('[lang=ja]')].map(e => e.textContent);"
    )
    assert "地雷に関する東京セミナー" in japanese
    links = browser.execute_script(
        "return [...document.links].map(a => [a.getAttribute('href'), a.textContent,"
        " a.getAttribute('aria-label')]);"
    )
    for href, text, label in links:
        if href.startswith("http"):
            assert text == unquote(href)
        else:
            assert label, href


def test_the_page_fetches_nothing_and_runs_no_script(
    browser: WebDriver, pages: dict[str, Path]
) -> None:
    """A self-contained page: no resource is loaded beside it and it holds no script."""
    for name in ("whole", "hostile"):
        opened(browser, pages[name])
        fetched = browser.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name);"
        )
        assert fetched == [], name
        assert browser.execute_script("return document.scripts.length;") == 0


def test_a_script_in_a_dataset_is_shown_as_text(browser: WebDriver, pages: dict[str, Path]) -> None:
    """The --data title <script>alert('title')</script> is text in the page, and the
    Japanese sentence of that dataset carries lang="ja"."""
    opened(browser, pages["hostile"])
    text = browser.execute_script("return document.body.textContent;")
    assert "<script>alert('title')</script> *Efforts*" in text
    assert "Japan co-hosted <b>a</b> [seminar](javascript:alert(1)) <script>x</script>" in text
    japanese = browser.execute_script(
        "return [...document.querySelectorAll('[lang=ja]')].map(e => e.textContent);"
    )
    assert "日本はバンコクでセミナーを共催した。" in japanese


def test_the_teachers_command_writes_a_handout_whose_every_paragraph_ends_cited(
    invoke: Invoke, tmp_path: Path
) -> None:
    """The teacher's command, in process: one HTML file, whose every sentence has a
    note (each paragraph ends with a note reference)."""
    import re

    path = tmp_path / "handout.html"
    result = invoke(
        "brief", "--from", "1997", "--to", "2003", "--format", "html", "--output", str(path)
    )
    assert result.exit_code == ExitStatus.SUCCESS
    page = path.read_text(encoding="utf-8")
    body = page.split("<main>")[1].split('<section class="footnotes"')[0]
    for paragraph in re.findall(r"<p>(.*?)</p>", body)[1:]:
        assert paragraph.endswith("</a></sup>"), paragraph
