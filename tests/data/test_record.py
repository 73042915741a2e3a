"""The secondary record drawn from record.md: dates at their precision, figures, addresses.

Each case names one record added from record.md and what it must hold: its date as written
and that date's precision, every amount it gives (value and unit), and the address of the
source it rests on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from minefacts.catalog import loading as catalog
from minefacts.model.dates import PartialDate
from minefacts.model.records import Quantity
from minefacts.model.secondary import (
    Claim,
    Figure,
    SecondaryEvent,
    SecondaryRole,
    SecondarySource,
)
from minefacts.query.index import Index, index

LM = "http://archives.the-monitor.org/index.php/publications/display?url=lm/"
PROFILE = "http://archives.the-monitor.org/custom/index.php/region_profiles/print_profile/913"
APMBC_JAPAN = "https://www.apminebanconvention.org/en/membership/japan"
MONITOR = "http://www.the-monitor.org/en-gb/reports/"
MOFA = "https://www.mofa.go.jp/"
DISARM = "https://www.disarm.emb-japan.go.jp/Statements/"

Secondary = Claim | Figure | SecondaryEvent | SecondaryRole
Amount = tuple[int, str]


@dataclass(frozen=True)
class Case:
    """One record: its id, date and precision (None if undated), amounts, source address."""

    record_id: str
    date: str | None
    precision: str | None
    amounts: tuple[Amount, ...]
    url: str


CASES = [
    # Treaty steps (§1)
    Case("lyon-summit-ban-support", "1996", "year", (), LM + "1999/japan.html"),
    Case(
        "oslo-diplomatic-conference",
        "1997-09",
        "month",
        ((89, "states"),),
        MOFA + "announce/announce/archive_1/ban.html",
    ),
    Case("decision-to-attend-oslo", "1997-08-28", "day", (), LM + "1999/japan.html"),
    Case(
        "signatories-at-acceptance",
        None,
        None,
        ((130, "signatory states"),),
        MOFA + "announce/announce/1998/9/930-2.html",
    ),
    Case("state-party-from-entry-into-force", "1999-03-01", "day", (), PROFILE),
    Case("implementing-law-in-effect", "1999-03-01", "day", (), LM + "2000/japan.html"),
    Case("apm-production-stopped", "1997", "year", (), LM + "2003/japan.html"),
    Case(
        "production-stopped-march-1998",
        "1998-03",
        "month",
        (),
        "https://www.japantimes.co.jp/news/2003/02/08/national/"
        "japan-says-goodbye-to-last-land-mine/",
    ),
    Case("production-facilities-decommissioned", "1999-03-31", "day", (), LM + "2003/japan.html"),
    # Offices (§2)
    Case(
        "co-chair-standing-committee-on-stockpile-destruction", "2004/2006", "period", (), PROFILE
    ),
    Case("co-chair-standing-committee-on-general-status", "2007/2009", "period", (), PROFILE),
    Case(
        "mine-clearance-committee-meeting-2003-05-14",
        "2003-05-14",
        "day",
        (),
        "https://old.apminebanconvention.org/intersessional-meetings/may-2003/"
        "daily-update-wednesday-14-may/?L=0",  # record.md's crawler payload dropped
    ),
    Case(
        "general-status-co-chairs-2009",
        "2009-05-25",
        "day",
        (),
        "https://old.apminebanconvention.org/intersessional-meetings/may-2009/"
        "general-status-and-operation-of-the-convention/?L=0",
    ),
    Case(
        "president-twenty-second-meeting",
        "2023-11-24/2026",  # within: held at some time from the election to 2026
        "period",
        (),
        MOFA + "dns/ca/pagewe_000001_00298.html",
    ),
    Case(
        "president-elected-twenty-second-meeting",
        "2023-11-24",
        "day",
        (),
        "https://www.disarm.emb-japan.go.jp/itpr_ja/11_000001_00481.html",
    ),
    # Meetings (§3)
    Case(
        "first-meeting-opened",
        "1999-05-03",
        "day",
        ((77, "states"),),
        "https://press.un.org/en/1999/19990503.dc2642.html",
    ),
    Case(
        "first-review-conference",
        "2004-11-29/2004-12-03",
        "period",
        (),
        "http://www.un.org/disarmament/HomePage/ODAPublications/Yearbook/2004/Html/Ch%20III7.html",
    ),
    Case(
        "first-review-conference-opened-28-november",
        "2004-11-28/2004-12-03",
        "period",
        (),
        MOFA + "policy/landmine/sumary0412.html",
    ),
    Case(
        "second-review-conference",
        "2009-11-29/2009-12-04",
        "period",
        (),
        MOFA + "announce/event/2009/11/1197587_1170.html",
    ),
    Case(
        "tenth-meeting-of-states-parties",
        "2010-11-29/2010-12-03",
        "period",
        (),
        "http://www.icbl.org/en-gb/the-treaty/treaty-meetings/"
        "meetings-of-states-parties/10msp.aspx",
    ),
    Case("tenth-meeting-dated-2011", "2011-11/2011-12", "period", (), PROFILE),
    Case(
        "seventeenth-meeting-of-states-parties",
        "2018-11",
        "month",
        (),
        MONITOR + "2019/japan/mine-ban-policy.aspx",
    ),
    Case(
        "twenty-second-meeting-of-states-parties",
        "2025-12-01/2025-12-05",
        "period",
        ((12, "extension requests approved"), (14, "extension requests")),
        MOFA + "dns/ca/pagewe_000001_00298.html",
    ),
    # Article 7 reports (§4)
    Case("article-7-report-1", "1999-08-27", "day", (), LM + "2000/japan.html"),
    Case("article-7-report-2", "2000-04-28", "day", (), LM + "2000/japan.html"),
    Case(
        "article-7-report-5",
        "2003-04-28",
        "day",
        (),
        "http://www.jesuitsocialcenter-tokyo.com/eng/?page_id=2499",
    ),
    Case("article-7-report-12", "2011-04-27", "day", (), PROFILE),
    # Funding (§5)
    Case("funding-1999-lm-2000", "1999", "year", ((13_100_000, "USD"),), LM + "2000/japan.html"),
    Case("funding-1999-lm-2001", "1999", "year", ((13_200_000, "USD"),), LM + "2001/japan/"),
    Case(
        "funding-2002-lm-2003",
        "2002",
        "year",
        ((5_499_000_000, "JPY"), (49_400_000, "USD")),
        LM + "2003/japan.html",
    ),
    Case(
        "funding-average-2004-2007-mofa",
        "2004/2007",
        "period",
        ((38_000_000, "USD"),),
        MOFA + "announce/speech/disarm2007/disarm0711.html",
    ),
    Case(
        "funding-2012-monitor",
        "2012",
        "year",
        ((4_599_974_319, "JPY"), (57_629_345, "USD")),
        "http://archives.the-monitor.org/custom/index.php/region_profiles/print_theme/3561",
    ),
    Case(
        "funding-1998-2016-hamachi",
        "1998/2016",
        "period",
        ((622_000_000, "USD"),),
        DISARM + "160302APMBCStatementbyVM%EF%BC%88JAPAN).htm",
    ),
    Case(
        "funding-2022-lm-2023",
        "2022",
        "year",
        ((5_900_000_000, "JPY"), (45_300_000, "USD")),
        "https://www.the-monitor.org/en-gb/reports/2023/japan/support-for-mine-action.aspx",
    ),
    Case(
        "afghanistan-mine-action-2002",
        "2002-01-18",
        "day",
        ((19_000_000, "USD"), (15_400_000, "USD"), (2_820_000, "USD"), (1_000_000, "USD")),
        MOFA + "region/middle_e/afghanistan/min0201/demining.html",
    ),
    Case(
        "target-reached-october-2002",
        "2002-10",
        "month",
        (),
        MOFA + "policy/landmine/seminar0403.html",
    ),
    # Stockpile and retained mines (§6)
    Case(
        "mines-held-1999-03-31",
        "1999-03-31",
        "day",
        ((1_000_089, "anti-personnel landmines"),),
        "https://japantimes.co.jp/news/1999/08/09/national/gsdf-moves-to-dump-1-million-land-mines",
    ),
    Case(
        "retained-mines-used-1999-2003",
        "1999/2003",
        "period",
        ((6_641, "anti-personnel landmines"),),
        LM + "2004/japan.en.html",
    ),
    Case("mines-retained-2010", "2010", "year", ((2_673, "anti-personnel landmines"),), PROFILE),
    Case(
        "mines-retained-2018", "2018", "year", ((1_048, "anti-personnel landmines"),), APMBC_JAPAN
    ),
    Case("destroyed-apmbc", None, None, ((1_000_089, "anti-personnel landmines"),), APMBC_JAPAN),
    # Other facts (§7)
    Case(
        "tokyo-conference-1997",
        "1997-03-06/1997-03-07",
        "period",
        ((27, "countries"), (10, "organisations")),
        MOFA + "policy/landmine/tky_conf97/summary.html",
    ),
    Case(
        "tokyo-seminar-on-landmines-2004",
        "2004-03-04/2004-03-05",
        "period",
        (),
        MOFA + "mofaj/press/event/sem_jirai.html",
    ),
    Case("tokyo-seminar-lm-2004", "2004-03-03/2004-03-04", "period", (), LM + "2004/japan.en.html"),
    Case("special-advisor-on-mines-appointed", "2000-12-01", "day", (), LM + "2001/japan/"),
    Case(
        "asia-pacific-outreach-2008",
        "2008",
        "year",
        ((19, "meetings"),),
        MOFA + "policy/landmine/summit0912-4.html",
    ),
]


@pytest.fixture(scope="module")
def found() -> Index:
    return index(catalog.load())


def secondary(found: Index, record_id: str) -> Secondary:
    record = found.find(record_id)
    assert isinstance(record, Claim | Figure | SecondaryEvent | SecondaryRole), record_id
    return record


def date_of(record: Secondary) -> PartialDate | None:
    return record.period if isinstance(record, SecondaryRole) else record.date


def amounts_of(record: Secondary) -> tuple[Quantity, ...]:
    if isinstance(record, Figure):
        return record.amounts
    if isinstance(record, Claim | SecondaryEvent):
        return record.quantities
    return ()


@pytest.mark.parametrize("case", CASES, ids=[case.record_id for case in CASES])
def test_record_keeps_its_date_figures_and_address(found: Index, case: Case) -> None:
    """A record keeps its date at the source's precision, its amounts and its source's URL."""
    record = secondary(found, case.record_id)
    date = date_of(record)
    if case.date is None:
        assert date is None
    else:
        assert date is not None
        assert (str(date), date.precision) == (case.date, case.precision)
    assert tuple((amount.value, amount.unit) for amount in amounts_of(record)) == case.amounts
    source = found.source(record.source.document)
    assert isinstance(source, SecondarySource)
    assert source.url == case.url


def test_cases_cover_at_least_thirty_records() -> None:
    """The table checks at least thirty distinct records."""
    assert len({case.record_id for case in CASES}) == len(CASES) >= 30


def test_every_secondary_source_has_an_address_and_an_access_date(found: Index) -> None:
    """Every source has a url and accessed date, except type "treaty": record.md gives no URL."""
    sources = [s for s in found.sources.values() if isinstance(s, SecondarySource)]
    assert sources
    for source in sources:
        assert source.accessed, source.id
        if source.type != "treaty":
            assert source.url, source.id


CRAWLER_PAYLOAD = re.compile(r"%7B|%24|%27|%22|%0A|%2A|expr|QnoVale|fileadmin", re.IGNORECASE)
"""What a web crawler appended to some of record.md's old.apminebanconvention.org addresses
(template and shell injection probes, other files' paths); minefacts cites the page."""


def test_no_address_carries_a_crawlers_payload(found: Index) -> None:
    """Nine addresses in record.md carry a crawler's query string; the data cites each page
    without it, keeping the site's language parameter (``?L=0``, ``?L=1``) where it was a
    plain digit."""
    addresses = {s.id: s.url for s in found.sources.values() if isinstance(s, SecondarySource)}
    assert {id_: url for id_, url in addresses.items() if url and CRAWLER_PAYLOAD.search(url)} == {}
    assert addresses["apmbc-3msp-summary"] == (
        "https://old.apminebanconvention.org/meetings-of-the-states-parties/3msp/"
        "summary-of-decisions-and-actions/"
    )
    assert str(addresses["apmbc-gs-2008-06"]).endswith("/gs-summary-and-statements/?L=1")
