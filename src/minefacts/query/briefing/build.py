"""A briefing assembled from the answers the other queries give, never from a rule of its
own about dates: the timeline (`events`), the terms of office (`roles`), the pledge's
progress (`aid`), the Convention, the stockpile and the deadline (`states`), the counts
and the funding (`figures`) and the disputes (`disputes`).

With dates asked for, a record told in its own words (an event's summary, a claim's or a
figure's paraphrase) is told only where all of it can lie within them (`When.within`),
so its words mention nothing outside them; an office, worded from its term, is told
where it was held at some time within them, and says where its term runs past them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

from minefacts.catalog.loading import Catalog
from minefacts.model.kinds import EventKind
from minefacts.model.records import Event
from minefacts.model.secondary import Claim, Figure
from minefacts.query import dating, times
from minefacts.query.aid import aid_progress
from minefacts.query.briefing.parts import (
    NOT_CLIPPED,
    TOPIC_OF,
    TOPICS,
    Briefing,
    Clip,
    Counted,
    Disagreed,
    Given,
    Happened,
    Held,
    Order,
    Pledged,
    Reached,
    Said,
    Section,
    Sentence,
    Topic,
    Why,
)
from minefacts.query.disputes import Dispute, disputes, disputes_about, within
from minefacts.query.events import timeline
from minefacts.query.figures import funding_rows, stock
from minefacts.query.filters import NO_FILTERS, Filters
from minefacts.query.index import events, index
from minefacts.query.roles import roles
from minefacts.query.spans import Certainty, Span
from minefacts.query.states import convention, deadline, stockpile
from minefacts.query.when import When

YES, POSSIBLY, NO = Certainty.YES, Certainty.POSSIBLY, Certainty.NO
ONE_DAY = dt.timedelta(days=1)
FEWEST, MOST = 3, 5
"""A paragraph ends at a new year once it holds `FEWEST` sentences, and at `MOST`."""
Found = Iterator[tuple[Topic, Sentence]]


def brief(catalog: Catalog, filters: Filters = NO_FILTERS) -> Briefing:
    """The briefing on the records within the filters' dates (all of them without)."""
    filters = filters.dates_only()
    filters.check(events(catalog))
    found: dict[Topic, list[Sentence]] = {topic: [] for topic in TOPICS}
    for gather in (_events, _joining, _stockpile, _offices, _aid, _disputes):
        for topic, sentence in gather(catalog, filters):
            found[topic].append(sentence)
    sections = tuple(
        Section(topic, _paragraphs(sorted(items, key=lambda item: item.order)))
        for topic, items in found.items()
        if items
    )
    return Briefing(
        sections, filters, catalog.primary_only, catalog.dataset.documents, index(catalog)
    )


def _fit(when: When, filters: Filters) -> Certainty:
    """Whether all of it lies within the dates asked for."""
    dates = filters.dates
    return YES if dates is None else when.within(*dates)


def _order(when: When | None) -> Order:
    if when is None:
        return dt.date.max, dt.date.max
    bounds = when.bounds
    return bounds.first_start, bounds.last_end


def _basis(when: When | None, found: Sequence[Dispute] = (), *more: str) -> tuple[str, ...]:
    """The records a sentence rests on: those its time rests on (every reading, and any
    reading shown in error with the records that show it), those on each side of its
    disputes, then `more`."""
    ids: list[str] = []
    if when is not None:
        ids += when.basis
        for rejected in when.rejected:
            ids += [rejected.record, *rejected.shown_by]
    for dispute in found:
        ids += dispute.records
        if dispute.verdict is not None:
            ids += dispute.verdict.shown_by
    return tuple(dict.fromkeys([*ids, *more]))


def _told_elsewhere(catalog: Catalog) -> set[str]:
    """Events a pledge tells (its announcement, its target reached), and appointments an
    office of the source document comes from (its term tells them)."""
    told: set[str] = set()
    for pledge in catalog.dataset.pledges:
        told.add(pledge.event)
        if pledge.achieved is not None:
            told.add(pledge.achieved.event)
    found = index(catalog)
    for role in catalog.dataset.roles:
        event = found.find(role.event)
        if isinstance(event, Event) and event.kind is EventKind.APPOINTMENT:
            told.add(event.id)
    return told


def _events(catalog: Catalog, filters: Filters) -> Found:
    told = _told_elsewhere(catalog)
    for entry in timeline(catalog, filters):
        event = entry.event
        topic = TOPIC_OF.get(event.kind)
        fit = _fit(entry.when, filters)
        if topic is None or event.id in told or fit is NO:
            continue
        last_day = None
        if event.kind is EventKind.DEADLINE and isinstance(event, Event):
            day = entry.when.bounds.last_end
            last_day = deadline(catalog, event, day, convention(catalog, day))
        others = [other.claim.id for other in last_day.alternatives] if last_day else []
        basis = _basis(entry.when, entry.disputes, *others)
        yield topic, Happened(entry, fit, _order(entry.when), basis, last_day)


def _last_day(filters: Filters) -> dt.date:
    dates = filters.dates
    return dt.date.max if dates is None else dates[1]


def _joining(catalog: Catalog, filters: Filters) -> Found:
    """The day the Convention bound Japan, as other records give it, and the records
    that word Japan's status otherwise."""
    state = convention(catalog, _last_day(filters))
    claim = state.in_force
    if claim is None:
        return
    when = dating.claim(catalog, claim)
    if when is None or (fit := _fit(when, filters)) is NO:
        return
    otherwise = tuple(other for other in state.worded_otherwise if other.date != claim.date)
    found = tuple(disputes_about(catalog, claim.id))
    basis = _basis(when, found, *(other.id for other in otherwise))
    yield "joining", Said(claim, "in force", when, fit, _order(when), basis, found, otherwise)


def _stockpile(catalog: Catalog, filters: Filters) -> Found:
    """When destruction began and was completed, as other records say; then the counts
    of mines, a sentence per measure."""
    for event in catalog.dataset.events:
        if event.kind is not EventKind.DESTRUCTION:
            continue
        state = stockpile(catalog, event, _last_day(filters))
        stated: list[tuple[Claim, Why]] = [(claim, "completed") for claim in state.completed]
        if state.began is not None:
            stated.insert(0, (state.began, "began"))
        for claim, why in stated:
            when = dating.claim(catalog, claim)
            if when is None or (fit := _fit(when, filters)) is NO:
                continue
            found = tuple(disputes_about(catalog, claim.id))
            said = Said(claim, why, when, fit, _order(when), _basis(when, found), found)
            yield "stockpile", said
    yield from _counts(catalog, filters)


def _counts(catalog: Catalog, filters: Filters) -> Found:
    """The counts of each measure of mines, grouped by the count and the date they give."""
    by_measure: dict[str, list[tuple[Figure, Certainty]]] = {}
    for row in stock(catalog, filters):
        figure = row.figure
        if figure is None:
            continue
        fit = _fit(dating.figure(figure), filters)
        if fit is not NO:
            by_measure.setdefault(figure.measure, []).append((figure, fit))
    for measure, found in by_measure.items():
        groups: dict[tuple[int, str, str | None], list[Figure]] = {}
        for figure, _ in found:
            total = sum(quantity.value for quantity in figure.amounts)
            groups.setdefault((total, str(figure.date), figure.date_qualifier), []).append(figure)
        ids = {figure.id for figure, _ in found}
        scoped = any(
            link.relation == "differs in scope" and link.record in ids
            for figure, _ in found
            for link in figure.links
        )
        orders = [_order(dating.figure(figure)) for figure, _ in found]
        counted = Counted(
            measure,
            tuple(tuple(group) for group in groups.values()),
            scoped,
            frozenset(figure.id for figure, fit in found if fit is POSSIBLY),
            (min(first for first, _ in orders), max(last for _, last in orders)),
            tuple(figure.id for figure, _ in found),
        )
        yield "stockpile", counted


def _clip(when: When, filters: Filters) -> Clip:
    """Whether a term began before the dates asked for, and ended after them."""
    dates = filters.dates
    if dates is None:
        return NOT_CLIPPED
    first, last = dates
    before = when.begun_by(first - ONE_DAY) if first > dt.date.min else NO
    after = NO
    if last < dt.date.max:
        after = {YES: NO, NO: YES, POSSIBLY: POSSIBLY}[when.ended_by(last)]
    return Clip(before, after)


def _offices(catalog: Catalog, filters: Filters) -> Found:
    for listed in roles(catalog, filters=filters):
        term = listed.term
        partners = [partner.basis for partner in term.partners]
        basis = _basis(term.when, listed.disputes, *term.basis, *partners)
        clip = _clip(term.when, filters)
        held = Held(term, listed.match, clip, listed.disputes, _order(term.when), basis)
        yield "offices", held


def _aid(catalog: Catalog, filters: Filters) -> Found:
    """Each pledge, its announcement as other records date it, its target reached, the
    amounts other records give as provided under it, and the funding year by year."""
    for progress in aid_progress(catalog):
        pledge = progress.pledge
        covers = When.of(Span.of(pledge.period), pledge.id)
        announced = progress.announced_when
        if filters.match(covers) is not NO:
            order = _order(announced or covers)
            yield "aid", Pledged(progress, covers, order, (pledge.id,))
        claim = progress.announced
        if claim is not None and announced is not None:
            fit = _fit(announced, filters)
            if fit is not NO:
                basis = _basis(announced)
                yield "aid", Said(claim, "announced", announced, fit, _order(announced), basis)
        if progress.achieved is not None:
            when = dating.event(catalog, progress.achieved)
            fit = _fit(when, filters)
            if fit is not NO:
                yield "aid", Reached(progress, when, fit, _order(when), _basis(when))
        fit = _fit(covers, filters)
        end = pledge.period.upper
        for provided in dict.fromkeys(p.claim for p in progress.provided):
            found = tuple(disputes_about(catalog, provided.id))
            basis = _basis(None, found, provided.id)
            if fit is not NO:
                yield "aid", Said(provided, "provided", None, fit, (end, end), basis, found)
    for row in funding_rows(catalog, filters):
        figure = row.figure
        if figure is None:
            continue
        when = dating.figure(figure)
        fit = _fit(when, filters)
        if fit is not NO:
            basis = _basis(None, row.disputes, figure.id)
            yield "aid", Given(figure, when, fit, row.disputes, _order(when), basis)


def _disputes(catalog: Catalog, filters: Filters) -> Found:
    found = index(catalog)
    for dispute in within(catalog, disputes(catalog), filters):
        subject = found.find(dispute.subject)
        when = times.of(catalog, subject) if subject is not None else None
        yield "disputes", Disagreed(dispute, when, _order(when), _basis(None, (dispute,)))


def _paragraphs(items: Iterable[Sentence]) -> tuple[tuple[Sentence, ...], ...]:
    """Sentences in paragraphs: a new one at a new year once a paragraph holds `FEWEST`,
    and always after `MOST`."""
    paragraphs: list[tuple[Sentence, ...]] = []
    current: list[Sentence] = []
    for item in items:
        if current and (
            len(current) >= MOST
            or (len(current) >= FEWEST and item.order[0].year > current[-1].order[0].year)
        ):
            paragraphs.append(tuple(current))
            current = []
        current.append(item)
    if current:
        paragraphs.append(tuple(current))
    return tuple(paragraphs)
