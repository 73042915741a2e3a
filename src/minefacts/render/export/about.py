"""What every export says about itself: its name and version, the licences it is under,
the sources it is drawn from, and the attribution the Ministry's terms ask for."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from minefacts import __version__
from minefacts.model import licences
from minefacts.model.records import Dataset
from minefacts.model.secondary import SecondaryRecord
from minefacts.render.citation import forms
from minefacts.render.words import dates

NAME = "minefacts-japan-ottawa-convention"
TITLE = "Japan and the Ottawa Convention: the minefacts dataset"
DESCRIPTION = (
    "Japan's record under the Convention on the Prohibition of the Use, Stockpiling, "
    "Production and Transfer of Anti-Personnel Mines and on Their Destruction, from the "
    "Ministry of Foreign Affairs' \"Japan's Efforts on the Issue of Landmines\" (February "
    "2003), each fact with the sentence it rests on, and other public records beside it, "
    "paraphrased, each with its citation."
)


def version() -> str:
    """The dataset's version: it ships with, and is versioned as, minefacts."""
    return __version__


def package(dataset: Dataset, secondary: SecondaryRecord) -> dict[str, Any]:
    """The Data Package's own properties."""
    documents = [
        {"title": f'{d.publisher}, "{d.title}" ({dates.date(d.date, long=True)})', "path": d.url}
        for d in dataset.documents
    ]
    others = [
        {"title": ", ".join(filter(None, (s.publisher, s.container, s.title))), "path": s.url}
        for s in secondary.sources
        if s.url
    ]
    return {
        "name": NAME,
        "title": TITLE,
        "description": DESCRIPTION + "\n\n" + forms.notice(dataset.documents),
        "version": version(),
        "licenses": [
            {"name": licences.DATA.spdx, "path": licences.DATA.url, "title": licences.DATA.name},
            {
                "name": licences.MINISTRY.spdx,
                "path": licences.MINISTRY.url,
                "title": licences.MINISTRY.name,
            },
        ],
        "sources": documents + others,
    }


def datasette(dataset: Dataset) -> dict[str, Any]:
    """datasette's top-level metadata: title, description (as text, and as HTML with its
    addresses as links), licence and source."""
    [first, *_] = dataset.documents
    notice = forms.notice(dataset.documents)
    return {
        "title": TITLE,
        "description": DESCRIPTION + " " + notice,
        "description_html": description_html([DESCRIPTION, *notice.splitlines(), LICENCES]),
        "license": f"{licences.DATA.spdx}; the quoted text {licences.MINISTRY.name}",
        "license_url": licences.DATA.url,
        "source": f'{first.publisher}, "{first.title}"',
        "source_url": first.url,
        "about": f"minefacts {version()}",
    }


LICENCES = (
    f"The notice above gives the licences of the data and of the text it quotes; "
    f"minefacts, the program that made this database, is under the {licences.CODE.name} "
    f"({licences.CODE.url})."
)
"""The licence of the code, after those of the data: datasette's footer links to one."""

_ADDRESS = re.compile(r"https?://[^\s<>\"'()]+[^\s<>\"'().,;:!?]")
"""A web address in running text, without the punctuation that ends a sentence or a
parenthesis after it."""


def description_html(paragraphs: Sequence[str]) -> str:
    """Paragraphs of text as HTML, each web address a link. Everything is escaped, so a
    title in a dataset file that holds ``<script>`` shows as text: datasette puts
    ``description_html`` into its pages as it is."""
    return "\n".join(f"<p>{_linked(paragraph)}</p>" for paragraph in paragraphs)


def _linked(text: str) -> str:
    parts: list[str] = []
    last = 0
    for found in _ADDRESS.finditer(text):
        address = html.escape(found.group(), quote=True)
        parts += [html.escape(text[last : found.start()]), f'<a href="{address}">{address}</a>']
        last = found.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def notice(dataset: Dataset) -> dict[str, Any]:
    """The notice a JSON export carries: version, attribution, the edit statement and
    the licences."""
    return {"version": version(), **forms.notice_fields(dataset.documents)}
