"""Questions asked of a catalog: pure functions that return records and plain data.

Nothing here prints, and nothing here writes English for people: the answers are data
(records, statuses, the ids of the facts that decide them), and `minefacts.render` turns
them into tables, sentences and JSON.
"""
