"""What people read on a terminal, drawn with Rich (imported only inside the functions
that draw):

- `cards`: a card of labelled rows, and prose, wrapped between words, never inside one;
- `layout`: a listing as a table that fits the width, or as a stack of blocks;
- `tables`: each listing's view: its table and legend, the aid pledges, the funding chart;
- `chart`: the timeline drawn on a time axis;
- `views`: the single views in words (one record, one day, one year, the document).
"""
