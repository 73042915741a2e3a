"""What minefacts says on stderr: errors worded from the data they carry, notes, and the
summary `validate` prints."""

from __future__ import annotations

from collections.abc import Sequence

from minefacts.errors import CommonWordsOnly, HiddenRecord, MinefactsError, UnknownName
from minefacts.render.words.phrases import and_list, did_you_mean, or_quoted, plural

PLURALS = {"party": "parties", "place": "places", "id": "ids"}


def error(problem: MinefactsError) -> str:
    """The one line that says what went wrong: an unknown name with the close ones it
    could be, or the error's own message."""
    if isinstance(problem, UnknownName):
        return unknown(problem)
    if isinstance(problem, CommonWordsOnly):
        return common_words_only(problem.words)
    if isinstance(problem, HiddenRecord):
        return hidden(problem)
    return str(problem)


def hidden(problem: HiddenRecord) -> str:
    """``'x' is a role of the secondary record, which --primary-only hides; leave out
    --primary-only to show it``."""
    if problem.kind == "source":
        what = "a secondary source"
    else:
        article = "an" if problem.kind[:1] in "aeiou" else "a"
        what = f"{article} {problem.kind} of the secondary record"
    return (
        f"{problem.value!r} is {what}, which --primary-only hides; leave out "
        "--primary-only to see it"
    )


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


def _quoted(words: Sequence[str]) -> str:
    return and_list([repr(word) for word in words])


def common_words(words: Sequence[str]) -> str:
    """The words a search left out: ``left out 'the' and 'of': too common to search
    for``."""
    return f"left out {_quoted(words)}: too common to search for"


def common_words_only(words: Sequence[str]) -> str:
    """A search of common words alone, and what to do instead."""
    verb, own = ("is", "its") if len(words) == 1 else ("are", "their")
    return (
        f"{_quoted(words)} {verb} too common to search for on {own} own; add a word that "
        "names what you are looking for, e.g. 'minefacts search meeting of states parties'"
    )


def no_match(text: str) -> str:
    """A search that found nothing."""
    return f"no records match {text!r}"


def problems(path: object, count: int) -> str:
    """The summary of a file that breaks rules: ``facts.json: 3 problems``."""
    return f"{path}: {plural(count, 'problem')}"


def valid(path: object, counts: Sequence[tuple[int, str]]) -> str:
    """The summary of a valid file: ``facts.json: valid: 14 events, 4 roles, ...``."""
    return f"{path}: valid: {', '.join(plural(count, noun) for count, noun in counts)}"
