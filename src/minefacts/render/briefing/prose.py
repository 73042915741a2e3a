"""Dataset text made into the briefing's sentences: cleaned (one line, control characters
made visible), split into sentences, each of which will carry its notes, and a
parenthesis added to a sentence before its closing stop.

The split is by stops followed by a capital, never after an abbreviation a record uses
("Amb.", "Dr.", "U.S.") or an initial ("M. Y. Morino"), nor at an exclamation or a
question inside quotation marks (a title: "Let's Get Rid of the Landmines!"), so no
sentence is cut in two and none runs into the next without its note.
"""

from __future__ import annotations

import re

from minefacts.render.safe import printable

ABBREVIATIONS = frozenset(
    {
        "Amb", "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "No", "Nos", "Jr", "Sr", "Gen", "Col",
        "Lt", "Vol", "vs", "etc", "e.g", "i.e", "U.S", "U.N", "Inc", "Ltd", "Co", "Corp",
        "Dept", "Rep", "Sen", "approx", "cf", "Art", "para", "p", "pp",
    }
)  # fmt: skip
"""Words that end in a stop without ending a sentence."""
_STOP = re.compile(r"[.!?][\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9¥$])")
_LAST_WORD = re.compile(r"(\S+)$")
_CLOSING = re.compile(r"[.!?][\"”’)\]]*$")


def clean(text: str) -> str:
    """Dataset text on one line, its whitespace collapsed and control characters shown as
    escapes, never sent."""
    return printable(" ".join(text.split()))


def _ends_sentence(text: str, stop: int) -> bool:
    """Whether the stop at `stop` ends a sentence, not an abbreviation or an initial."""
    found = _LAST_WORD.search(text[:stop])
    word = found.group(1) if found else ""
    word = word.lstrip('"“‘([')
    if word in ABBREVIATIONS:
        return False
    return not re.fullmatch(r"[A-Z]", word)  # an initial: "M. Y. Morino"


def sentences(text: str) -> list[str]:
    """`text` cleaned and split into its sentences; none is empty."""
    text = clean(text)
    found, start = [], 0
    for stop in _STOP.finditer(text):
        mark = stop.group()
        if mark[0] == "." and not _ends_sentence(text, stop.start()):
            continue
        if mark[0] in "!?" and len(mark) > 1:  # inside quotation marks: part of a title
            continue
        found.append(text[start : stop.end()].strip())
        start = stop.end()
    found.append(text[start:].strip())
    return [sentence for sentence in found if sentence]


def has_words(text: str) -> bool:
    """Whether `text` has a letter or a digit to say."""
    return any(character.isalnum() for character in text)


def with_parenthesis(sentence: str, inside: str) -> str:
    """`sentence` with ``(inside)`` before its closing stop (a stop added where it has
    none): "Japan co-hosted a seminar in Tokyo (Nov 2000)."."""
    if not inside:
        return closed(sentence)
    closing = _CLOSING.search(sentence)
    if closing is None:
        return f"{sentence} ({inside})."
    at = closing.start()
    return f"{sentence[:at]} ({inside}){sentence[at:]}"


def closed(sentence: str) -> str:
    """`sentence` ending with a stop."""
    return sentence if _CLOSING.search(sentence) else f"{sentence}."


def capital(text: str) -> str:
    """`text` with its first letter in capitals: a name that opens a sentence."""
    return text[:1].upper() + text[1:]
