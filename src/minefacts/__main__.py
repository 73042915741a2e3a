"""``python -m minefacts``: the same as the `minefacts` command."""

from minefacts.entry import main

main()
