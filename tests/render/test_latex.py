"""The BibTeX output compiled as its users compile it: biblatex with biber and LuaLaTeX
(the one engine here that sets both the Latin and the Japanese titles), the whole
bibliography with ``\\nocite{*}``, with no error, no warning from biber, no missing
glyph and no undefined citation. The programs come from the OS packages: `.ci/run`
installs them; where they are missing the test is skipped (`tests.tools`)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import Invoke
from tests.tools import program

PREAMBLE = r"""\tracinglostchars=3
\documentclass{article}
\usepackage{fontspec}
\directlua{luaotfload.add_fallback("jp", {"IPAexMincho:mode=node;"})}
\setmainfont{Latin Modern Roman}[RawFeature={fallback=jp}]
\usepackage[style=authoryear,backend=biber]{biblatex}
\addbibresource{refs.bib}
\begin{document}
"""
"""A missing glyph is an error (``\tracinglostchars=3``), not a line in the log; Japanese
comes from IPAexMincho through luaotfload's fallback."""


def _run(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=folder, capture_output=True, text=True, timeout=300, check=False
    )


def compile_bibliography(folder: Path, bib: str, body: str) -> str:
    """Compile `body` citing `bib` with LuaLaTeX, biber and LuaLaTeX twice; fail on any
    error; return the log of the last run."""
    lualatex, biber = program("lualatex"), program("biber")
    (folder / "refs.bib").write_text(bib, encoding="utf-8")
    (folder / "doc.tex").write_text(PREAMBLE + body + "\n\\end{document}\n", encoding="utf-8")
    latex = (lualatex, "-halt-on-error", "-interaction=nonstopmode", "-file-line-error", "doc")
    first = _run(folder, *latex)
    assert first.returncode == 0, first.stdout[-3000:]
    bibbed = _run(folder, biber, "doc")
    assert bibbed.returncode == 0, bibbed.stdout[-3000:]
    problems = [line for line in bibbed.stdout.splitlines() if line.startswith(("WARN", "ERROR"))]
    assert problems == []
    for _ in range(2):  # biblatex asks for one more run after biber's first pass
        again = _run(folder, *latex)
        assert again.returncode == 0, again.stdout[-3000:]
    log = (folder / "doc.log").read_text(encoding="utf-8", errors="replace")
    for sign in ("Missing character", "There were undefined references", "Please (re)run"):
        assert sign not in log, sign
    return log


def test_the_whole_bibliography_compiles_with_biber_and_lualatex(
    invoke: Invoke, tmp_path: Path
) -> None:
    """`cite --all --format bibtex` in a biblatex document: biber and LuaLaTeX finish with
    no error and no warning, every entry in the bibliography."""
    bib = invoke("cite", "--all", "-f", "bibtex").stdout
    compile_bibliography(tmp_path, bib, "\\nocite{*}\n\\printbibliography")
    entries = (tmp_path / "doc.bbl").read_text(encoding="utf-8").count("\\entry{")
    assert entries == bib.count("\n@") + bib.startswith("@")


def test_a_postnote_from_a_comment_compiles(invoke: Invoke, tmp_path: Path) -> None:
    """The citation commands the BibTeX output gives in its comments compile as they
    stand, locators and all."""
    bib = invoke("cite", "aid-pledge", "aid-provided-lm-2003", "-f", "bibtex").stdout
    commands = [line.split(": ", 1)[1] for line in bib.splitlines() if line.startswith("% ")]
    assert commands == [
        r"\autocite[section~2]{mofa-2003-02}",
        r"\autocite[key developments]{landmine-monitor-2003}",
    ]
    compile_bibliography(tmp_path, bib, " ".join(commands) + "\n\\printbibliography")


def test_every_special_character_prints_as_written(tmp_path: Path) -> None:
    """A title with each of LaTeX's special characters, escaped by `tex`, comes out of
    the PDF as it was written."""
    from minefacts.render.citation.styles import tex

    title = "about _10 billion: 50% & US$13.1 #2 {x} a~b x^2 back\\slash ¥ 地雷"
    bib = f"@misc{{k,\n  title = {{{tex(title)}}},\n  date = {{2003}}\n}}\n"
    compile_bibliography(tmp_path, bib, "\\nocite{*}\n\\printbibliography")
    pdftotext = program("pdftotext")
    text = _run(tmp_path, pdftotext, "-layout", "doc.pdf", "-").stdout
    assert title in " ".join(text.split())
