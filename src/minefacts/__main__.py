"""``python -m minefacts``: the same as the `minefacts` command."""

from minefacts.cli.entry import main

main()
