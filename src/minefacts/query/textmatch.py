"""Matching words the way people type them: without regard to case or accents, plurals
and hyphenated compounds included, with a suggestion only when a word is really close;
the words too common to search for; and how close together words stand."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
SHORTEST_PREFIX = 4
"""A search word shorter than this matches whole words only: "co" must not find
"convention" and "concludes"."""
CLOSE_ENOUGH = 0.75
"""How alike (difflib's ratio) a word must be to be suggested for a mistyped one."""
# fmt: off
STOP_WORDS = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is",
    "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "with",
))
# fmt: on
"""The English words too common to search for: articles, the commonest prepositions and
conjunctions, and forms of "be". A search leaves them out of the query and skips them in
the text, so "meeting of states parties" is a phrase of three words. Each matches a great
many records and names nothing a record is about."""


def fold(text: str) -> str:
    """`text` in lower case without accents: "Managuá" and "MANAGUA" both become "managua"."""
    if text.isascii():
        return text.lower()  # nothing to decompose; the common case, and much faster
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """Each word of `text` as (start, end, folded word). A hyphenated compound such as
    "co-rapporteur" or "Shin-Asahi" is one word; numbers keep their separators ("985,089"
    is the words "985" and "089")."""
    for match in _WORD.finditer(text):
        yield match.start(), match.end(), fold(match.group())


@cache
def stem(word: str) -> str:
    """A folded word without its plural or possessive ending: "victims" and "victim's"
    become "victim", "parties" becomes "party". Enough for English search, no more."""
    word = word.removesuffix("'s").removesuffix("’s")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def matches(term: str, word: str) -> bool:
    """True when the search word `term` finds the text word `word` (both any case): the same
    word, or its plural or singular; a part of a hyphenated compound; or, for a search word
    of four letters or more, a word it begins."""
    term, word = fold(term), fold(word)
    if stem(term) == stem(word):
        return True
    if (
        "-" in word
        and "-" not in term
        and any(stem(part) == stem(term) for part in word.split("-"))
    ):
        return True
    return len(term) >= SHORTEST_PREFIX and word.startswith(term)


def closest(value: str, choices: Iterable[str], *, count: int = 2) -> list[str]:
    """The choices really close to a mistyped `value`, compared folded; as they are
    written."""
    import difflib

    by_fold: dict[str, str] = {}
    for choice in choices:
        by_fold.setdefault(fold(choice), choice)
    found = difflib.get_close_matches(
        fold(value).strip(), list(by_fold), n=count, cutoff=CLOSE_ENOUGH
    )
    return [by_fold[match] for match in found]


def common(word: str) -> bool:
    """True for a word too common to search for (`STOP_WORDS`), in any case."""
    return fold(word) in STOP_WORDS


def searchable(text: str) -> list[str]:
    """The folded words of `text` a search looks at, in order: all but the common ones."""
    return [word for *_, word in words(text) if word not in STOP_WORDS]


def phrase(terms: Sequence[str], text: Sequence[str]) -> bool:
    """True when the search words `terms` stand next to each other in `text` (folded
    words, common ones left out), in the order given."""
    count = len(terms)
    return any(
        all(matches(term, text[start + offset]) for offset, term in enumerate(terms))
        for start in range(len(text) - count + 1)
    )


def apart(terms: Sequence[str], text: Sequence[str]) -> int | None:
    """How many other words lie between the search words `terms` in `text` (folded words,
    common ones left out) where they stand closest together, in any order: 0 when they
    are next to each other; None when some search word is not in `text`."""
    where = [
        (at, index)
        for at, word in enumerate(text)
        for index, term in enumerate(terms)
        if matches(term, word)
    ]
    needed, seen = len(terms), dict[int, int]()
    best: int | None = None
    first = 0
    for at, index in where:  # the narrowest window holding each search word once
        seen[index] = seen.get(index, 0) + 1
        while len(seen) == needed:
            start, leaving = where[first]
            span = max(0, at - start + 1 - needed)  # one word may match two search words
            best = span if best is None else min(best, span)
            seen[leaving] -= 1
            if not seen[leaving]:
                del seen[leaving]
            first += 1
    return best
