"""A loaded dataset and the questions the commands ask of it. Each answer is plain data: what
the command of the same name prints with ``--format json``, from the same declaration
(`minefacts.render.json`), read back as Python values (dicts, lists, text, numbers,
booleans and None; a date as its ISO text).

To add a question: a method here, its function in `minefacts.api.functions`, its name in
`minefacts.api.__all__`, a section of docs/api.md and a row of the tests that compare it
with the command line (tests/api/test_same_as_cli.py).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from minefacts.api import arguments
from minefacts.api.arguments import DateLike, DayLike, KindLike, PathLike, YearLike
from minefacts.catalog import loading
from minefacts.catalog.loading import Catalog
from minefacts.errors import QueryError, UnknownName
from minefacts.query import aid, citations, disputes, events, facts, figures, moments, roles
from minefacts.query import search as searching
from minefacts.query import sources as listed_sources
from minefacts.render import listings
from minefacts.render.json import answers
from minefacts.render.json.encode import to_data
from minefacts.render.listings import Listing

Rows = list[dict[str, Any]]
"""A listing: one dict a row, as ``--format json`` prints it; ``pandas.DataFrame(rows)``
makes it a table."""
Answer = dict[str, Any]
"""A single answer (one record, one day, one year), as ``--format json`` prints it."""

P = ParamSpec("P")
R = TypeVar("R")


def _worded(method: Callable[P, R]) -> Callable[P, R]:
    """An unknown name (an id, a place, a kind) keeps its type and data, and gains, as a
    note under its message, the line the command line says: the close names there are."""

    @functools.wraps(method)
    def asked(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except UnknownName as problem:
            from minefacts.render.words.messages import unknown

            problem.add_note(unknown(problem))
            raise

    return asked


def _rows(listing: Listing, items: Sequence[Any]) -> Rows:
    rows: Rows = to_data(listing.records(items))
    return rows


class Facts:
    """A dataset, loaded and validated: the bundled one or a file of your own, with the
    other records beside the source document unless `primary_only`. Made by
    `minefacts.load`. Each method asks what the command of the same name asks, and
    returns what it prints with ``--format json``."""

    __slots__ = ("_catalog", "path")

    def __init__(self, catalog: Catalog, path: Path | None = None) -> None:
        self._catalog = catalog
        self.path = path
        """The dataset file, or None for the bundled dataset."""

    @property
    def primary_only(self) -> bool:
        """True when only the source document's own facts are kept."""
        return self._catalog.primary_only

    def __repr__(self) -> str:
        where = "the bundled dataset" if self.path is None else repr(str(self.path))
        return f"<minefacts.Facts: {where}{', primary only' if self.primary_only else ''}>"

    @_worded
    def timeline(
        self,
        *,
        year: YearLike | None = None,
        start: DateLike | None = None,
        end: DateLike | None = None,
        kind: KindLike | None = None,
        place: str | None = None,
        party: str | None = None,
    ) -> Rows:
        """Events in date order (``minefacts timeline``): those that overlap `year`, end
        on or after `start` and start on or before `end` (``--from``, ``--to``),
        certainly or possibly (``in_range``), of the `kind` or kinds given, in `place`,
        with `party`."""
        asked = arguments.filters(
            year_=year, start=start, end=end, kind=kind, place=place, party=party
        )
        return _rows(listings.TIMELINE, events.timeline(self._catalog, asked))

    @_worded
    def search(
        self,
        text: str,
        *,
        year: YearLike | None = None,
        start: DateLike | None = None,
        end: DateLike | None = None,
        kind: KindLike | None = None,
        place: str | None = None,
        party: str | None = None,
    ) -> Rows:
        """Records and sources that hold the words of `text`, best first
        (``minefacts search``), narrowed as `timeline` is."""
        asked = arguments.filters(
            year_=year, start=start, end=end, kind=kind, place=place, party=party
        )
        found = searching.search(self._catalog, arguments.text(text, "text"), asked)
        return _rows(listings.SEARCH, found)

    @_worded
    def roles(
        self,
        text: str | None = None,
        *,
        year: YearLike | None = None,
        start: DateLike | None = None,
        end: DateLike | None = None,
        party: str | None = None,
    ) -> Rows:
        """The offices Japan held, with their terms (``minefacts role``): those whose
        office, body or partner contains `text`, held or possibly held within the dates,
        shared with `party`."""
        asked = arguments.filters(year_=year, start=start, end=end, party=party)
        wanted = arguments.optional_text(text, "text")
        return _rows(listings.ROLES, roles.roles(self._catalog, text=wanted, filters=asked))

    def aid_progress(self) -> Rows:
        """Japan's aid pledge: its target, reached, and other records' amounts
        (``minefacts aid-progress``)."""
        return _rows(listings.AID, aid.aid_progress(self._catalog))

    @_worded
    def funding(
        self,
        *,
        year: YearLike | None = None,
        start: DateLike | None = None,
        end: DateLike | None = None,
    ) -> Rows:
        """Japan's mine-action funding, a row per year and source, gaps as rows with
        ``gap`` true, then the multi-year figures (``minefacts funding``)."""
        asked = arguments.filters(year_=year, start=start, end=end)
        return _rows(listings.FUNDING, figures.funding_rows(self._catalog, asked))

    @_worded
    def retained(
        self,
        *,
        year: YearLike | None = None,
        start: DateLike | None = None,
        end: DateLike | None = None,
    ) -> Rows:
        """The counts of mines Japan held, destroyed, retained and used
        (``minefacts retained``)."""
        asked = arguments.filters(year_=year, start=start, end=end)
        return _rows(listings.RETAINED, figures.stock(self._catalog, asked))

    @_worded
    def disputes(
        self,
        *,
        year: YearLike | None = None,
        start: DateLike | None = None,
        end: DateLike | None = None,
    ) -> Rows:
        """Where the records disagree, and where a later edition revises an earlier
        figure (``minefacts disputes``)."""
        asked = arguments.filters(year_=year, start=start, end=end)
        found = disputes.within(self._catalog, disputes.disputes(self._catalog), asked)
        return _rows(listings.DISPUTES, found)

    def sources(self) -> Rows:
        """Every source, with its address and what rests on it (``minefacts sources``)."""
        return _rows(listings.SOURCES, listed_sources.sources(self._catalog))

    @_worded
    def show(self, item_id: str, /) -> Answer:
        """Everything about one record or source (``minefacts show ID``)."""
        found = facts.view(self._catalog, arguments.text(item_id, "id"))
        answer: Answer = to_data(answers.fact(found))
        return answer

    @_worded
    def on(self, day: DayLike, /) -> Answer:
        """Where things stood on one day (``minefacts on DATE``)."""
        answer: Answer = to_data(answers.day(moments.on(self._catalog, arguments.day(day))))
        return answer

    @_worded
    def year(self, year: YearLike, /) -> Answer:
        """One year: roles held, the aid pledge at its end, its events
        (``minefacts year YYYY``)."""
        overview = moments.year(self._catalog, arguments.year(year))
        answer: Answer = to_data(answers.year(overview))
        return answer

    @_worded
    def cite(self, *ids: str, style: str = "plain", every: bool = False) -> str:
        """A bibliography of the records or sources `ids`, or of every record with
        `every` (``minefacts cite``), in `style`: plain, markdown, bibtex or csl-json
        (``json.loads`` reads the last)."""
        from minefacts.render.citation import styles

        chosen = arguments.style(style)
        if arguments.flag(every, "every") == bool(ids):
            raise QueryError("give one or more ids, or every=True")
        wanted = citations.everything(self._catalog) if every else ids
        found = citations.bibliography(self._catalog, [arguments.text(i, "id") for i in wanted])
        return styles.render(found, chosen, self._catalog.dataset.documents)

    @_worded
    def document(self, *, mark: str | None = None) -> Answer:
        """The source document: its record, its attribution and its text as kept, with
        the offsets of the quote of the fact `mark` (``minefacts document``)."""
        wanted = arguments.optional_text(mark, "mark")
        answer: Answer = to_data(answers.document(facts.document(self._catalog, wanted)))
        return answer

    def brief(
        self,
        *,
        year: YearLike | None = None,
        start: DateLike | None = None,
        end: DateLike | None = None,
    ) -> Answer:
        """A briefing in which every sentence is cited (``minefacts brief``): its
        ``sections`` of paragraphs of sentences, each with its ``text``, the ``notes`` it
        ends with and the ``records`` it rests on; the ``notes``, the ``sources`` (each
        once, with its citation) and the ``credits``."""
        from minefacts.query.briefing.build import brief as build
        from minefacts.render.briefing.data import briefing
        from minefacts.render.briefing.words import worded

        asked = arguments.filters(year_=year, start=start, end=end)
        answer: Answer = to_data(briefing(worded(build(self._catalog, asked))))
        return answer

    def attribution(self) -> Answer:
        """What reusing the source document's text requires: its citation (with address
        and access date), the statement that minefacts edited it, and the licences, as
        ``minefacts export`` writes them in its ``notice``; and, as ``text``, the notice
        in words that ``minefacts sources`` ends with."""
        from minefacts.render.citation import forms
        from minefacts.render.export import about

        dataset = self._catalog.dataset
        answer: Answer = to_data({**about.notice(dataset), "text": forms.notice(dataset.documents)})
        return answer


@functools.lru_cache(maxsize=8)
def _loaded(path: Path | None, where: tuple[str, int, int] | None, primary_only: bool) -> Facts:
    return Facts(loading.load(path, primary_only=primary_only), path)


def load(data: PathLike | None = None, *, primary_only: bool = False) -> Facts:
    """The dataset file `data`, validated in full (as ``--data FILE``), or the bundled
    dataset; with `primary_only`, the source document's facts alone
    (``--primary-only``). A file is read once while it is unchanged: asked again, it gives
    the same `Facts`. A file that cannot be used raises `DatasetError`."""
    path = arguments.path(data)
    only = arguments.flag(primary_only, "primary_only")
    return _loaded(path, _identity(path), only)


def _identity(path: Path | None) -> tuple[str, int, int] | None:
    """Where a file is and which version of it: an edited file is read again."""
    if path is None:
        return None
    try:
        found = path.stat()
    except OSError:
        return None  # loading says what is wrong with it
    return os.path.abspath(path), found.st_mtime_ns, found.st_size
