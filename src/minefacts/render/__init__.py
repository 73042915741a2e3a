"""Rendering: the answers of `minefacts.query` made into what people and programs read.
The only layer with words, and the only one that knows about Rich (imported inside the
functions that draw, so commands that print JSON never load it).

A room per job:

- `words`: every label and phrase (dates, terms, amounts, messages), made in one place;
- `fields`: the declaration a record's or listing's JSON and CSV are both made from;
- `json`: each record's shape, each listing's rows, and the single answers, as JSON;
- `listings`: each listing declared once: its rows, the columns people see, its view;
- `delimited`: CSV, TSV and Markdown of a listing;
- `terminal`: what people read on a terminal: cards, tables, the chart, the views;
- `citation`: the one citation form, the attribution, and the bibliography styles;
- `export`: the whole dataset as a JSON file, a SQLite database or a Data Package;
- `output`: stdout and stderr, and the one switch between the formats;
- `files`: files written whole or not at all; `safe`: text any terminal can show;
  `formats`: the names of the formats.
"""
