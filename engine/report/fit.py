"""Tables that fit the terminal: the title column gives up width first, then is dropped.

rich shrinks every column in proportion when a table is too wide, cutting codes and scores
("chư…", "93,…") while a long title keeps its width. Here the width left for the one flexible
column (a title) is worked out from the others; below a readable minimum the title column is
left out, and the wrappable columns (targets, verdicts) wrap.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich import box
from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

NARROW = 120  # below this many columns tables drop their heavy borders
MIN_TITLE = 12


@dataclass(frozen=True)
class Col:
    name: str
    justify: str = "left"
    wrap: bool = False  # may wrap onto several lines (targets, verdicts)
    flex: bool = False  # the title: cut with "…", or left out when there is no room
    droppable: bool = True  # False: a flexible column that names the row (a person) is only cut


def _natural(col: Col, cells: list[Text]) -> int:
    return max([cell_len(col.name), *(cell_len(c.plain) for c in cells)])


def _least(col: Col, cells: list[Text]) -> int:
    """The narrowest a column may comfortably get: its longest word, and half its natural width
    (a wrapped cell of more than two lines is harder to read than a shorter title)."""
    if not col.wrap:
        return _natural(col, cells)
    words = [w for c in [Text(col.name), *cells] for w in c.plain.split()]
    return max([1, (_natural(col, cells) + 1) // 2, *(cell_len(w) for w in words)])


def _wrap_widths(cols: list[Col], by_col: list[list[Text]], keep: list[int], room: int) -> dict[int, int]:
    """Widths of the wrappable columns when they must share `room` with the fixed ones: each gets
    its least width, and what is left in proportion to how much wider it would like to be."""
    fixed = sum(_natural(cols[i], by_col[i]) for i in keep if not cols[i].wrap and not cols[i].flex)
    wrap = [i for i in keep if cols[i].wrap]
    least = {i: _least(cols[i], by_col[i]) for i in wrap}
    natural = {i: _natural(cols[i], by_col[i]) for i in wrap}
    spare = room - fixed - sum(least.values())
    wanted = sum(natural[i] - least[i] for i in wrap)
    if spare < 0 or spare >= wanted:
        return {}  # too narrow to help (rich folds), or everything fits as it is
    out = {i: least[i] + (natural[i] - least[i]) * spare // wanted for i in wrap}
    return out


def fitted(title: str, cols: list[Col], rows: list[list[Text]], width: int) -> Table:
    """A rich Table of `rows` no wider than `width` (see the module docstring)."""
    by_col = [[r[i] if i < len(r) else Text("") for r in rows] for i in range(len(cols))]
    overhead = 3 * len(cols) + 1  # edges, one divider and two padding cells per column
    others = [i for i, c in enumerate(cols) if not c.flex]
    natural = sum(_natural(cols[i], by_col[i]) for i in others)
    least = sum(_least(cols[i], by_col[i]) for i in others)
    keep = list(range(len(cols)))
    flex_width: int | None = None
    for i, c in enumerate(cols):
        if not c.flex:
            continue
        room = width - overhead - natural
        spare = width - overhead - least
        if room < MIN_TITLE and spare >= MIN_TITLE:
            # the others wrap a little; the title keeps half of what their wrapping frees
            room = max(MIN_TITLE, spare // 2)
        if room < MIN_TITLE and not c.droppable:
            room = MIN_TITLE
        if room < MIN_TITLE:
            keep.remove(i)
            overhead -= 3
        else:
            flex_width = min(room, _natural(c, by_col[i]))
    widths = _wrap_widths(cols, by_col, keep, width - overhead - (flex_width or 0))
    table = Table(title=title, box=box.SIMPLE_HEAD if width < NARROW else box.HEAVY_HEAD)
    for i in keep:
        c = cols[i]
        if c.flex:
            table.add_column(c.name, no_wrap=True, overflow="ellipsis", max_width=flex_width)
        else:
            table.add_column(
                c.name,
                justify=c.justify,  # type: ignore[arg-type]
                no_wrap=not c.wrap,
                width=widths.get(i),
            )
    for r in rows:
        table.add_row(*(r[i] if i < len(r) else Text("") for i in keep))
    return table
