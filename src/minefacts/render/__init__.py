"""Rendering: turning query results into tables for people and JSON for programs.

This package is the only place that knows about Rich, and it imports Rich only inside the
functions that draw, so commands that print JSON never load it.
"""
