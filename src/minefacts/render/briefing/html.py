"""A briefing as one self-contained, printable, accessible HTML file, made from its
Markdown (`minefacts.render.briefing.markdown`) by markdown-it-py's CommonMark preset
with raw HTML off and the footnotes of mdit-py-plugins.

- **Escaping.** The Markdown escapes every character of dataset text that could be
  syntax, and markdown-it escapes all text it writes; with raw HTML off it writes no
  markup it did not make, so a ``<script>`` in a dataset prints as text. The only markup
  added afterwards is constant: ``<span lang="ja">`` around runs of Japanese, added as
  tokens beside the text tokens, never inside them.
- **Self-contained.** One file: its stylesheet inline, no scripts, no images, nothing
  fetched. A print stylesheet sets margins that suit A4 and Letter paper and keeps the
  notes small.
- **Accessible.** ``lang="en"`` on the page and ``lang="ja"`` on Japanese text; one
  ``h1``, then ``h2`` for each section, the notes, the sources and the credits; links
  that say where they go (an address is its own text, a note reference is named "note
  3", a link back is named by the note it comes from); no line wider than the screen,
  because long addresses wrap.

markdown-it-py and mdit-py-plugins are imported here alone, when HTML is asked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from minefacts import __version__
from minefacts.render.briefing import markdown
from minefacts.render.briefing.words import Worded

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token

JAPANESE = re.compile(
    "[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff01-\uff60\uff61-\uff9f]*"
    "[\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]"
    "[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff01-\uff60\uff61-\uff9f]*"
)
"""A run of Japanese: kana or kanji, with the punctuation and full-width forms around them
(a full-width bracket alone, as in an address, is not Japanese text)."""

STYLE = """
:root { color-scheme: light; }
html { font: 16px/1.55 Georgia, "Times New Roman", "DejaVu Serif", serif; color: #1a1a1a;
  background: #fff; }
body { margin: 0; }
main { max-width: 44rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
h1 { font-size: 1.55rem; line-height: 1.25; margin: 0 0 .3rem; }
h1 + p { color: #444; margin-top: 0; }
h2 { font-size: 1.15rem; line-height: 1.3; margin: 1.5rem 0 .4rem; }
p { margin: 0 0 .75rem; }
a { color: #0b4f9c; }
main, p, li { overflow-wrap: anywhere; }
:lang(ja) { font-family: "IPAexMincho", "IPAMincho", "Noto Serif CJK JP", serif; }
.footnote-ref { font-size: .72em; line-height: 0; }
.footnote-ref a { text-decoration: none; }
.footnotes, .end-matter { font-size: .88rem; line-height: 1.45; }
.footnotes ol { padding-left: 2.2rem; margin: 0; }
.footnotes li { margin: 0 0 .3rem; }
.footnotes li p { margin: 0; }
.end-matter ul { padding-left: 1.2rem; margin: 0; }
.end-matter li { margin: 0 0 .3rem; }
@page { margin: 10mm 11mm 11mm; }
@media print {
  html { font-family: "Liberation Serif", "Times New Roman", Times, "Nimbus Roman", serif;
    font-size: 9.4pt; line-height: 1.3; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 13pt; }
  h2 { font-size: 10pt; margin: .55rem 0 .2rem; break-after: avoid; }
  p { margin: 0 0 .3rem; orphans: 2; widows: 2; }
  a { color: inherit; text-decoration: none; }
  .footnote-backref { display: none; }
  .footnotes, .end-matter { font-size: 7.4pt; line-height: 1.25; }
  .footnotes ol { columns: 2; column-gap: 5mm; padding-left: 1.5rem; }
  .footnotes li, .end-matter li { margin: 0 0 .08rem; }
  .end-matter ul { columns: 2; column-gap: 5mm; padding-left: .9rem; }
  .end-matter p { margin: 0 0 .15rem; }
}
"""

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="minefacts {version}">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<main>
{body}<div class="end-matter">
{end}</div>
</main>
</body>
</html>
"""


def _japanese(state: StateCore) -> None:
    """Mark each run of Japanese in the text with ``lang="ja"``: the run stays a text
    token (escaped when written), between two constant tags. A link's text (an address)
    is left as it is."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children: list[Token] = []
        linked = 0
        for child in block.children:
            linked += {"link_open": 1, "link_close": -1}.get(child.type, 0)
            if child.type != "text" or linked or not JAPANESE.search(child.content):
                children.append(child)
                continue
            at = 0
            for run in JAPANESE.finditer(child.content):
                if run.start() > at:
                    children.append(_text(child.content[at : run.start()]))
                children += [_tag('<span lang="ja">'), _text(run.group()), _tag("</span>")]
                at = run.end()
            if at < len(child.content):
                children.append(_text(child.content[at:]))
        block.children = children


def _text(content: str) -> Token:
    from markdown_it.token import Token

    token = Token("text", "", 0)
    token.content = content
    return token


def _tag(content: str) -> Token:
    from markdown_it.token import Token

    token = Token("html_inline", "", 0)
    token.content = content
    return token


def _number(tokens: Sequence[Token], idx: int) -> tuple[str, str]:
    """A footnote's number, and the id of the reference a link back goes to."""
    meta = tokens[idx].meta
    number = str(meta["id"] + 1)
    sub = meta.get("subId", -1)
    return number, number + (f":{sub}" if sub > 0 else "")


def _reference(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    number, ref = _number(tokens, idx)
    return (
        f'<sup class="footnote-ref"><a href="#fn{number}" id="fnref{ref}" '
        f'aria-label="note {number}">[{number}]</a></sup>'
    )


def _back(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    number, ref = _number(tokens, idx)
    sub = tokens[idx].meta.get("subId", -1)
    where = f" (citation {sub + 1})" if sub > 0 else ""
    return (
        f' <a href="#fnref{ref}" class="footnote-backref" '
        f'aria-label="back to the text citing note {number}{where}">\u21a9\ufe0e</a>'
    )


def _notes_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return (
        '<section class="footnotes" aria-labelledby="notes">\n'
        '<h2 id="notes">Notes</h2>\n<ol class="footnotes-list">\n'
    )


def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    parser = MarkdownIt("commonmark", {"html": False}).use(footnote_plugin)
    parser.core.ruler.push("japanese", _japanese)
    parser.add_render_rule("footnote_ref", _reference)
    parser.add_render_rule("footnote_anchor", _back)
    parser.add_render_rule("footnote_block_open", _notes_open)
    return parser


def html(worded: Worded) -> str:
    """The briefing as one HTML file."""
    parser = _parser()
    title = f"{worded.title} ({worded.scope})"
    return TEMPLATE.format(
        version=escape(__version__),
        title=escape(title),
        style=STYLE.strip(),
        body=parser.render(markdown.body(worded)),
        end=parser.render(markdown.end(worded)),
    )
