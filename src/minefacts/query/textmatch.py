"""Matching words the way people type them: without regard to case or accents, with a
suggestion when a word is mistyped."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """`text` in lower case without accents: "Managuá" and "MANAGUA" both become "managua"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """Each word of `text` as (start, end, folded word)."""
    for match in _WORD.finditer(text):
        yield match.start(), match.end(), fold(match.group())


def closest(value: str, choices: Iterable[str], *, count: int = 2) -> list[str]:
    """The choices nearest to a mistyped `value`, compared folded; as they are written."""
    import difflib

    by_fold: dict[str, str] = {}
    for choice in choices:
        by_fold.setdefault(fold(choice), choice)
    matches = difflib.get_close_matches(fold(value).strip(), list(by_fold), n=count, cutoff=0.6)
    return [by_fold[match] for match in matches]


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """``did you mean 'x'? `` for the choices closest to `value`, or nothing."""
    matches = closest(value, choices)
    return f"did you mean {' or '.join(repr(match) for match in matches)}? " if matches else ""
