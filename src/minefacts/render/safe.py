"""What any terminal or pipe can show, whatever the dataset holds and the locale allows.

- `printable`: control characters in dataset text (an ESC that would start a terminal
  escape sequence, a bell, a backspace) are shown as escapes such as ``\\x1b``, never sent.
- `prepare_streams`: when stdout or stderr cannot encode everything (``PYTHONIOENCODING=ascii``,
  an old locale), characters it lacks are replaced by readable ASCII: ``¥`` becomes ``JPY ``,
  ``–`` becomes ``-``, and the rest lose their accents or become ``?``.
- `ascii_json`: JSON for such a stream, with non-ASCII characters as ``\\uXXXX`` escapes, so
  the data stays exact.
- `spreadsheet_text`: a CSV cell a spreadsheet will not run as a formula.
"""

from __future__ import annotations

import codecs
import re
import sys

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
ERRORS = "minefacts-ascii"
_READABLE = {
    "¥": "JPY ",
    "–": "-",
    "—": "-",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "§": "s.",
    "•": "*",
    "≠": "!=",
    "█": "#",
    "░": "-",
}


def printable(text: str) -> str:
    """`text` with every control character but newline and tab written as an escape."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def displayable(text: str) -> str:
    """`printable` text, made ASCII when stdout cannot show more, before anything measures
    its width."""
    text = printable(text)
    if encodes_everything(sys.stdout):
        return text
    return _NON_ASCII.sub(lambda match: _ascii(match.group()), text)


def _ascii(character: str) -> str:
    import unicodedata

    if character in _READABLE:
        return _READABLE[character]
    plain = unicodedata.normalize("NFKD", character).encode("ascii", "ignore").decode()
    return plain or "?"


def _replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return "".join(_ascii(character) for character in chunk), error.end


def encodes_everything(stream: object) -> bool:
    """True when the stream's encoding is a Unicode one."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    return encoding.startswith(("utf", "ucs"))


def prepare_streams() -> None:
    """Give stdout and stderr readable replacements for characters their encoding lacks."""
    try:
        codecs.lookup_error(ERRORS)
    except LookupError:
        codecs.register_error(ERRORS, _replace)
    for stream in (sys.stdout, sys.stderr):
        if not encodes_everything(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors=ERRORS)


def ascii_json(text: str) -> str:
    """JSON text with every non-ASCII character written as a ``\\uXXXX`` escape."""

    def escape(match: re.Match[str]) -> str:
        encoded = match.group().encode("utf-16-be")
        units = [int.from_bytes(encoded[i : i + 2], "big") for i in range(0, len(encoded), 2)]
        return "".join(f"\\u{unit:04x}" for unit in units)

    return _NON_ASCII.sub(escape, text)


_FORMULA = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
"""What starts a formula in a spreadsheet: ``= + - @``, and, for text typed with a
Japanese input method, their full-width forms (a precaution: cheap, and no value of a
dataset begins with one)."""
_QUOTES = frozenset("'\"")
_OPENERS = _FORMULA | _QUOTES


def spreadsheet_text(text: str) -> str:
    """`text` for a CSV cell, so that a spreadsheet shows it and does not run it.

    A text that a spreadsheet could take for a formula gets a single quote (``'``) put
    before it, as OWASP advises for CSV: one whose first character, after any white space
    and quotes, is ``=``, ``+``, ``-`` or ``@``, or whose white space before that holds a
    tab or a carriage return. So ``=HYPERLINK("http://…","x")`` becomes
    ``'=HYPERLINK("http://…","x")``, and ``'=1`` becomes ``''=1``. Every other text is
    unchanged: a date (``1997-12-03``), a word, a name that begins with a quote.

    Only text is marked; numbers are written as numbers, so ``-5`` stays a negative number.
    The mark can be undone exactly: a cell that begins with ``'`` and whose remainder would
    be marked was marked, and no other was.
    """
    first = text[:1]
    if not first or not (first in _OPENERS or first.isspace()):
        return text
    start = 0
    while start < len(text) and (text[start] in _QUOTES or text[start].isspace()):
        start += 1
    before = text[:start]
    if text[start : start + 1] in _FORMULA or "\t" in before or "\r" in before:
        return "'" + text
    return text
