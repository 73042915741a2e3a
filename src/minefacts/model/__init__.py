"""What a fact is: the records of a dataset, their partial dates and their kinds.

This layer imports nothing else of minefacts, and nothing heavy: pydantic reads the
records' annotations only when it validates a file.
"""
