"""What minefacts says on stderr: errors worded from the data they carry, notes, and the
summary `validate` prints."""

from __future__ import annotations

from collections.abc import Sequence

from minefacts.errors import MinefactsError, UnknownName
from minefacts.render.words.phrases import did_you_mean, or_quoted, plural

PLURALS = {"party": "parties", "place": "places", "id": "ids"}


def error(problem: MinefactsError) -> str:
    """The one line that says what went wrong: an unknown name with the close ones it
    could be, or the error's own message."""
    if isinstance(problem, UnknownName):
        return unknown(problem)
    return str(problem)


def unknown(problem: UnknownName) -> str:
    """``unknown place 'Genva'; did you mean 'Geneva'? the places named are ...``."""
    head = f"unknown {problem.what} {problem.value!r}; "
    if problem.what == "id":
        return head + (did_you_mean(problem.close).strip() or "'minefacts search WORDS' finds ids.")
    many = PLURALS.get(problem.what, f"{problem.what}s")
    return head + did_you_mean(problem.close) + f"the {many} named are {', '.join(problem.known)}"


def not_in_dataset(word: str, close: Sequence[str]) -> str:
    """A search word found nowhere, with the close words there are."""
    guess = f"; did you mean {or_quoted(close)}?" if close else ""
    return f"{word!r} is not in the dataset{guess}"


def no_match(text: str) -> str:
    """A search that found nothing."""
    return f"no records match {text!r}"


def problems(path: object, count: int) -> str:
    """The summary of a file that breaks rules: ``facts.json: 3 problems``."""
    return f"{path}: {plural(count, 'problem')}"


def valid(path: object, counts: Sequence[tuple[int, str]]) -> str:
    """The summary of a valid file: ``facts.json: valid: 14 events, 4 roles, ...``."""
    return f"{path}: valid: {', '.join(plural(count, noun) for count, noun in counts)}"
