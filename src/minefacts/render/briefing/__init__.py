"""A briefing, in every format, from one worded structure (`words`): every sentence with
its notes, each note a source at its locator (`notes`, the one place the briefing meets
the citation forms), each source listed once, then the credits.

- `prose`: dataset text made into sentences; `clauses`: the clauses sentences share
  (when, as the records tell it; a dispute from one side; the dates asked for);
- `statements`: each kind of sentence in words; `words`: the whole briefing in words,
  its notes numbered;
- `terminal` (people, and text files), `markdown`, `html` (from the Markdown), `data`
  (JSON), and `publish`, the one switch between them and where they go.
"""
