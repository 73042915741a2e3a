"""minefacts and its dataset as a work to cite: what CITATION.cff says of them, held once
so that `minefacts cite minefacts` and CITATION.cff cannot drift apart (a test compares
them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minefacts import __version__
from minefacts.model import licences

KEY = "minefacts"
"""The id that cites the dataset itself: ``minefacts cite minefacts``."""
TITLE = "Japan and the Ottawa Convention: the minefacts dataset"
AUTHORS = "The minefacts developers"
RELEASED = dt.date(2026, 12, 1)
"""The day this version was released, as the changelog and CITATION.cff give it."""


@dataclass(frozen=True)
class Work:
    """The dataset, as the work to cite: its title, its authors (a group), its version
    (it ships with, and is versioned as, the software), when that was released, and the
    licences of the data and of the software that carries it."""

    id: str = KEY
    title: str = TITLE
    authors: str = AUTHORS
    version: str = __version__
    released: dt.date = RELEASED
    licence: licences.Licence = licences.DATA
    software: licences.Licence = licences.CODE


WORK = Work()
