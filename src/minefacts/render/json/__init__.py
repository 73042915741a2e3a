"""The JSON minefacts prints: a documented contract, changed with care.

- `records`: each kind of record in its one shape, declared with `minefacts.render.fields`,
  so its CSV columns come from the same declaration;
- `answers`: the single answers (one record in full, one day, one year, the document);
- `encode`: writing JSON text.

One vocabulary across commands: every record carries ``id``, ``kind`` and ``provenance``;
every date its ``_precision``, ``_start``, ``_end`` and ``_label``; every reference to a
source the shape ``{"document", "section", "quote"}`` (the quote null for a secondary
record, which is paraphrased, never quoted); every derived answer its ``status`` and its
``basis``, the ids of the records that decide it.
"""
