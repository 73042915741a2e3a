"""What a release is made of: the licence metadata, the files it ships, CITATION.cff and the
changelog, each checked against the code and the dataset they describe, so that none can
fall behind a version bump or a change of licence."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Iterator
from email.message import Message
from email.parser import HeaderParser
from importlib.metadata import packages_distributions
from pathlib import Path
from typing import Any

import pytest
import yaml

import minefacts
from minefacts.model import licences, release
from minefacts.model.records import Dataset, Document
from minefacts.render.citation import forms
from minefacts.render.export import about
from tests.conftest import BUNDLED, REPO, Invoke

PYPROJECT: dict[str, Any] = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT: dict[str, Any] = PYPROJECT["project"]
VERSION = minefacts.__version__


def _name(requirement: str) -> str:
    """A requirement's distribution name, normalised as PEP 503 does."""
    found = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert found, requirement
    return re.sub(r"[-_.]+", "-", found.group()).lower()


def _raw_documents() -> list[dict[str, Any]]:
    """The documents as data/minefacts.json gives them, read without minefacts."""
    documents: list[dict[str, Any]] = json.loads(BUNDLED.read_text(encoding="utf-8"))["documents"]
    return documents


def _citation() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((REPO / "CITATION.cff").read_text(encoding="utf-8"))
    return data


def _changelog_date(version: str) -> str | None:
    """The date of the changelog's section for `version`, if it has one."""
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    found = re.search(rf"^## \[{re.escape(version)}\] - (\d{{4}}-\d{{2}}-\d{{2}})$", text, re.M)
    return found.group(1) if found else None


# The licences.


def test_the_package_licence_is_the_spdx_expression_of_the_licences() -> None:
    """pyproject's licence is the expression minefacts.model.licences builds."""
    assert PROJECT["license"] == licences.SPDX_EXPRESSION


def test_the_licence_files_exist_and_no_licence_classifier_is_given() -> None:
    """PEP 639: the licence files are named and present; a licence classifier beside an SPDX
    expression is an error."""
    assert PROJECT["license-files"] == ["LICENSE", "LICENSE-DATA.md"]
    for name in PROJECT["license-files"]:
        assert (REPO / name).is_file(), name
    assert not [c for c in PROJECT["classifiers"] if c.startswith("License ::")]
    assert "Typing :: Typed" in PROJECT["classifiers"]
    assert (REPO / "src" / "minefacts" / "py.typed").is_file()
    # License-Expression and License-File (core metadata 2.4) from hatchling 1.27.
    assert PYPROJECT["build-system"]["requires"] == ["hatchling>=1.27"]


def test_the_mit_licence_names_its_holders() -> None:
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Copyright (c) 2026 The minefacts developers" in text


def test_the_data_licence_gives_the_attribution_the_tool_prints(dataset: Dataset) -> None:
    """LICENSE-DATA.md names every licence and its address, and attributes each source
    document in the very words minefacts prints."""
    text = (REPO / "LICENSE-DATA.md").read_text(encoding="utf-8")
    assert f"`{licences.SPDX_EXPRESSION}`" in text
    for licence in (licences.CODE, licences.DATA, licences.MINISTRY):
        assert f"`{licence.spdx}`" in text
    for url in (licences.DATA.url, licences.MINISTRY.url, licences.MINISTRY_TERMS):
        assert url in text
    for document in dataset.documents:
        assert forms.source_line(document) in text
        assert forms.edited(document) in text
        assert forms.terms(document) in text
        assert f"seeds/{document.file}" in text


# What is built.


def _build(target: str, folder: Path) -> Path:
    """Build `target` (wheel or sdist) of the working tree into `folder`, offline: hatchling
    is in the test extra, so no build environment is downloaded."""
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", target, "-d", str(folder)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    [built] = folder.iterdir()
    return built


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    with zipfile.ZipFile(_build("wheel", tmp_path_factory.mktemp("wheel"))) as built:
        assert built.testzip() is None
        yield built


def _metadata(text: str) -> Message:
    return HeaderParser().parsestr(text)


def test_the_wheel_ships_the_package_its_data_and_its_source_document(
    wheel: zipfile.ZipFile,
) -> None:
    names = set(wheel.namelist())
    expected = {
        "minefacts/__init__.py",
        "minefacts/py.typed",
        "minefacts/api/__init__.py",
        "minefacts/data/minefacts.json",
        "minefacts/data/secondary.json",
        "minefacts/data/minefacts.schema.json",
        "minefacts/data/secondary.schema.json",
        "minefacts/CITATION.cff",
        *(f"minefacts/seeds/{d['file']}" for d in _raw_documents()),
    }
    assert expected <= names, sorted(expected - names)
    info = f"minefacts-{VERSION}.dist-info"
    assert {f"{info}/licenses/LICENSE", f"{info}/licenses/LICENSE-DATA.md"} <= names


def test_the_wheel_metadata_carries_the_licence_expression_and_files(
    wheel: zipfile.ZipFile,
) -> None:
    metadata = _metadata(wheel.read(f"minefacts-{VERSION}.dist-info/METADATA").decode())
    assert metadata["Version"] == VERSION
    assert metadata["License-Expression"] == licences.SPDX_EXPRESSION
    assert metadata.get_all("License-File") == ["LICENSE", "LICENSE-DATA.md"]
    assert not [c for c in metadata.get_all("Classifier", []) if c.startswith("License ::")]
    urls = metadata.get_all("Project-URL", [])
    assert not [url for url in urls if url.split(",")[0] in ("Source", "Repository")]


def test_the_pypi_description_has_only_absolute_links(wheel: zipfile.ZipFile) -> None:
    """The description PyPI shows links nowhere relative (a PyPI page has no source tree
    beside it), and names the licences and the Ministry's terms."""
    metadata = _metadata(wheel.read(f"minefacts-{VERSION}.dist-info/METADATA").decode())
    description = metadata.get_payload()
    assert isinstance(description, str)
    assert metadata["Description-Content-Type"] == "text/markdown"
    targets = re.findall(r"\]\(([^)]+)\)", description) + re.findall(r"<([^>\s]+)>", description)
    assert targets
    assert [target for target in targets if not target.startswith("https://")] == []
    assert licences.MINISTRY.url in description
    assert licences.MINISTRY_TERMS in description


def test_the_sdist_ships_the_licences_citation_and_changelog(tmp_path: Path) -> None:
    """The sdist carries the licences, the citation, the changelog, and what its own
    tests need (the benchmark and the docs), so an unpacked sdist passes them."""
    with tarfile.open(_build("sdist", tmp_path)) as sdist:
        root = f"minefacts-{VERSION}"
        names = set(sdist.getnames())
        for name in ("LICENSE", "LICENSE-DATA.md", "CITATION.cff", "CHANGELOG.md", "README.md"):
            assert f"{root}/{name}" in names, name
        # What its own tests need: the benchmark's helpers and the docs they check.
        for name in ("bench/run.py", "docs/cli.md", "docs/relations.md", "pyproject.toml"):
            assert f"{root}/{name}" in names, name
        info = sdist.extractfile(f"{root}/PKG-INFO")
        assert info is not None
        metadata = _metadata(info.read().decode())
    assert metadata["License-Expression"] == licences.SPDX_EXPRESSION


def test_the_test_extra_installs_every_package_the_tests_import() -> None:
    """`pip install ".[test]"` then `python -m pytest` works: each third-party package a test
    imports is a dependency or in the test extra."""
    declared = {
        _name(r) for r in [*PROJECT["dependencies"], *PROJECT["optional-dependencies"]["test"]]
    }
    local = {"minefacts", "tests", "scripts", "bench"}
    imported: set[str] = set()
    for path in (REPO / "tests").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.partition(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.partition(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - local - {"__future__"}
    distributions = packages_distributions()
    missing = {
        module: distributions[module]
        for module in sorted(third_party)
        if not declared & {_name(name) for name in distributions[module]}
    }
    assert not missing


# CITATION.cff and the changelog.


def test_citation_cff_describes_this_version() -> None:
    """The software and its dataset, at this version and this release's date."""
    cff = _citation()
    assert cff["cff-version"] == "1.2.0"
    assert cff["type"] == "software"
    assert cff["title"] == "minefacts"
    assert cff["version"] == VERSION
    assert cff["date-released"] == _changelog_date(VERSION)
    assert cff["authors"] == [{"name": "The minefacts developers"}]
    # CFF takes SPDX licence ids only: the Ministry's LicenseRef is given with the reference.
    assert cff["license"] == [licences.CODE.spdx, licences.DATA.spdx]
    assert "repository-code" not in cff  # there is no public repository to name
    assert "url" not in cff
    dataset = cff["preferred-citation"]
    assert dataset["type"] == "data"
    assert dataset["title"] == about.TITLE
    assert dataset["version"] == VERSION
    assert dataset["date-released"] == cff["date-released"]
    assert dataset["license"] == licences.DATA.spdx


def test_cite_minefacts_gives_the_dataset_as_citation_cff_does(invoke: Invoke) -> None:
    """`minefacts cite minefacts` cites the dataset CITATION.cff prefers, with the same
    title, authors, version and date, in every style."""
    dataset = _citation()["preferred-citation"]
    [item] = invoke("cite", "minefacts", "-f", "csl-json").json
    assert (item["type"], item["title"], item["version"]) == (
        "dataset",
        dataset["title"],
        dataset["version"],
    )
    assert item["author"] == [{"literal": author["name"]} for author in dataset["authors"]]
    assert item["issued"] == {"date-parts": [[dataset["year"], dataset["month"]]]}
    assert release.RELEASED.isoformat() == dataset["date-released"]
    bibtex = invoke("cite", "minefacts", "-f", "bibtex").stdout
    assert f"version = {{{VERSION}}}" in bibtex
    assert f"date = {{{dataset['date-released']}}}" in bibtex
    plain = invoke("cite", "minefacts").stdout
    assert plain.startswith(f'Source: "{dataset["title"]}." The minefacts developers. Version')
    assert "Created by editing" in plain
    assert invoke("cite", "minefacts", "-f", "markdown").stdout.startswith("Source: ")


def test_citation_cff_references_each_source_document_as_the_dataset_has_it(
    dataset: Dataset,
) -> None:
    """Each source document is a reference with the url, date and access date that
    data/minefacts.json gives, at the date's own precision; the edit statement and the
    licence are the tool's own words."""
    cff = _citation()
    raw = _raw_documents()
    documents: dict[str, Document] = {d.url: d for d in dataset.documents}
    references = cff["references"]
    assert [r["url"] for r in references] == [d["url"] for d in raw]
    for reference, document in zip(references, raw, strict=True):
        assert reference["type"] == "website"
        assert reference["title"] == document["title"]
        assert reference["authors"] == [{"name": document["publisher"]}]
        assert reference["date-accessed"] == document["accessed"]
        year, month = (int(part) for part in document["date"].split("-"))
        assert (reference["year"], reference["month"]) == (year, month)
        assert "date-published" not in reference  # the document gives no day
        assert reference["license-url"] == licences.MINISTRY.url
        assert reference["notes"] == forms.terms(documents[document["url"]])
        assert cff["preferred-citation"]["notes"] == forms.edited(documents[document["url"]])


def test_citation_cff_dates_are_strings() -> None:
    """CFF validates dates as strings: an unquoted YAML date would be a date object."""
    cff = _citation()
    dates = [cff["date-released"], cff["preferred-citation"]["date-released"]]
    dates += [r["date-accessed"] for r in cff["references"]]
    assert all(isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)


def test_the_changelog_has_a_section_for_this_version() -> None:
    assert _changelog_date(VERSION) is not None
    assert _changelog_date("1.0.0") is not None
