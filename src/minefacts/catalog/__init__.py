"""The catalog: reading a dataset and its secondary record, and validating them against
the models and the dataset rules.

- `loading`: `load` a dataset (the bundled one or a user's file) into a `Catalog`;
- `bundle`: where the bundled data lives, and the digests it was validated with;
- `validation` (pydantic), `rules` and `secondary`: what a valid file is;
- `trusted`: the bundled data rebuilt without pydantic, once validated;
- `schema`: the JSON Schemas of the data files.
"""
