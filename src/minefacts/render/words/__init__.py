"""Every word minefacts writes for people, made in one place: dates and terms (`dates`),
amounts (`amounts`), and the small phrases answers are built of (`phrases`).

The layers below return data (dates, bounds, qualifiers, statuses, ids); nothing there
writes English. Every view, table, citation and message reads its labels from here.
"""
