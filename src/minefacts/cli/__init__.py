"""The command line: the entry point, the Typer app, its options and its commands.

It parses arguments, asks one query, and hands the answer to `minefacts.render`. Nothing
below it imports it. How every run ends (exit statuses, interrupts, closed pipes) is in
`minefacts.cli.exits`.
"""
