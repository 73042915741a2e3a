"""Citations: the one form a source is cited in (`forms`, with the attribution the
Ministry's terms ask for) and the bibliography styles of `minefacts cite` (`styles`)."""
