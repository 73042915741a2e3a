"""A briefing on Japan's record under the Convention: sections that follow the record
(joining it, the stockpile, offices, aid, outreach, where the sources disagree), each a
few paragraphs of sentences in date order, every sentence holding what it states and the
records it rests on (`parts`), assembled from the answers of the other queries
(`build`)."""
