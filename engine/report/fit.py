"""Tables that fit the terminal: the other columns wrap before the title gets short, then it is cut.

rich shrinks every column in proportion when a table is too wide, cutting codes and scores
("chư…", "93,…") while a long title keeps its width. Here the width of the one flexible column
(a title) is worked out from the others: where it would be narrower than `ROOMY`, it takes half
of what wrapping the wrappable columns (values, targets, verdicts) frees, and at least
`TITLE_FLOOR` characters (a few words, enough to tell criteria apart) while they can still wrap
down to their longest word; only then is it cut further, and below `MIN_TITLE` left out. Codes,
scores and numbers never wrap or get cut. Below `NARROW` columns the table drops its frame and
its edge padding: four more characters for the title. A column blank on every row (targets and
verdicts when there is no plan) is left out at every width: its header alone says nothing, and
its width goes to the title.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich import box
from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

NARROW = 120  # below this many columns tables drop their heavy borders
TITLE_FLOOR = 24  # a title keeps this much while other columns can still wrap (80 columns: 24)
MIN_TITLE = 12
ROOMY = 30  # a title this wide is only cut, the other columns do not wrap to make it wider


@dataclass(frozen=True)
class Col:
    name: str
    justify: str = "left"
    wrap: bool = False  # may wrap onto several lines (targets, verdicts)
    flex: bool = False  # the title: cut with "…", or left out when there is no room
    droppable: bool = True  # False: a flexible column that names the row (a person) is only cut
    least: int = 0  # a wrapped column never narrower than this ("chưa đạt" stays on one line)


def _natural(col: Col, cells: list[Text]) -> int:
    return max([cell_len(col.name), *(cell_len(c.plain) for c in cells)])


def _least(col: Col, cells: list[Text]) -> int:
    """The narrowest a column may get: its natural width unless it wraps; a wrapped one its
    longest word (a number is one word: never cut), or `col.least`."""
    if not col.wrap:
        return _natural(col, cells)
    words = [w for c in [Text(col.name), *cells] for w in c.plain.split()]
    return min(_natural(col, cells), max([1, col.least, *(cell_len(w) for w in words)]))


def _wrap_widths(cols: list[Col], by_col: list[list[Text]], keep: list[int], room: int) -> dict[int, int]:
    """Widths of the wrappable columns when they must share `room` with the fixed ones: as even
    as their least and natural widths allow (a short column whole, the long ones wrapped alike)."""
    fixed = sum(_natural(cols[i], by_col[i]) for i in keep if not cols[i].wrap and not cols[i].flex)
    wrap = [i for i in keep if cols[i].wrap]
    least = {i: _least(cols[i], by_col[i]) for i in wrap}
    natural = {i: _natural(cols[i], by_col[i]) for i in wrap}
    spare = room - fixed - sum(least.values())
    wanted = sum(natural[i] - least[i] for i in wrap)
    if spare < 0 or spare >= wanted:
        return {}  # too narrow to help (rich folds), or everything fits as it is
    free = room - fixed

    def at(level: int) -> dict[int, int]:
        return {i: min(natural[i], max(least[i], level)) for i in wrap}

    level = 0
    while sum(at(level + 1).values()) <= free:
        level += 1
    out = at(level)
    for i in wrap:  # what is left, a character each, in column order
        if sum(out.values()) < free and out[i] < natural[i]:
            out[i] += 1
    return out


def _used(col: Col, cells: list[Text], width: int) -> int:
    """The widest line of the column's cells and header wrapped at word boundaries to `width`."""
    widest = 1
    for text in [col.name, *(c.plain for c in cells)]:
        for para in text.split("\n"):
            line = 0
            for word in para.split():
                n = cell_len(word)
                line = n if line == 0 or line + 1 + n > width else line + 1 + n
                widest = max(widest, line)
    return min(widest, width)


def _overhead(columns: int, narrow: bool) -> int:
    """Characters a table spends besides its cells: a divider and two padding cells between
    columns; with a frame (wide terminals) also its two edges and their padding."""
    return 3 * columns - 3 if narrow else 3 * columns + 1


def _title_width(col: Col, cells: list[Text], room: int, spare: int) -> int | None:
    """The title's width, `room` being what is left with the others at their natural width and
    `spare` with the wrappable ones at their least; None: left out."""
    natural = _natural(col, cells)
    floor = min(TITLE_FLOOR, natural)
    if room >= min(natural, ROOMY):
        return min(room, natural)  # readable as it is: nothing else wraps for it
    if spare >= floor:  # it takes half of what wrapping the others frees
        return min(natural, max(floor, room + (spare - room) // 2))
    if spare >= MIN_TITLE or not col.droppable:
        return max(spare, MIN_TITLE)
    return None


def _filled(cols: list[Col], rows: list[list[Text]]) -> tuple[list[Col], list[list[Text]]]:
    """The table without its columns that are blank on every row (all of them when all are)."""
    blank = {i for i in range(len(cols)) if not any(i < len(r) and r[i].plain.strip() for r in rows)}
    if not rows or not blank or len(blank) == len(cols):
        return cols, rows
    kept = [i for i in range(len(cols)) if i not in blank]
    return [cols[i] for i in kept], [[r[i] for i in kept if i < len(r)] for r in rows]


def narrowest(cols: list[Col], rows: list[list[Text]], width: int) -> int:
    """The narrowest `fitted` can make the table without cutting a number: every column at its
    least width, the title at `MIN_TITLE` (a caller leaves columns out while it exceeds `width`)."""
    cols, rows = _filled(cols, rows)
    by_col = [[r[i] if i < len(r) else Text("") for r in rows] for i in range(len(cols))]
    cells = sum(MIN_TITLE if c.flex else _least(c, by_col[i]) for i, c in enumerate(cols))
    return _overhead(len(cols), width < NARROW) + cells


def fitted(title: str, cols: list[Col], rows: list[list[Text]], width: int) -> Table:
    """A rich Table of `rows` no wider than `width` (see the module docstring)."""
    cols, rows = _filled(cols, rows)
    narrow = width < NARROW
    by_col = [[r[i] if i < len(r) else Text("") for r in rows] for i in range(len(cols))]
    others = [i for i, c in enumerate(cols) if not c.flex]
    natural = sum(_natural(cols[i], by_col[i]) for i in others)
    least = sum(_least(cols[i], by_col[i]) for i in others)
    keep = list(range(len(cols)))
    flex_width: int | None = None
    for i, c in enumerate(cols):
        if not c.flex:
            continue
        overhead = _overhead(len(keep), narrow)
        flex_width = _title_width(c, by_col[i], width - overhead - natural, width - overhead - least)
        if flex_width is None:
            keep.remove(i)
    overhead = _overhead(len(keep), narrow)
    widths = _wrap_widths(cols, by_col, keep, width - overhead - (flex_width or 0))
    if widths:  # a wrapped column as wide as its longest wrapped line; what that frees, to the title
        used = {i: _used(cols[i], by_col[i], w) for i, w in widths.items()}
        freed = sum(widths[i] - used[i] for i in widths)
        widths = used
        flex = next((i for i in keep if cols[i].flex), None)
        if flex is not None and flex_width is not None:
            flex_width = min(_natural(cols[flex], by_col[flex]), flex_width + freed)
    table = (
        Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        if narrow
        else Table(title=title, box=box.HEAVY_HEAD)
    )
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
        cells = [r[i] if i < len(r) else Text("") for i in keep]
        table.add_row(*(_cut(c, flex_width) if cols[i].flex else c for i, c in zip(keep, cells, strict=True)))
    return table


def _cut(cell: Text, width: int | None) -> Text:
    """A title longer than `width` cut after its last whole word, with "…" (never inside a number
    such as "1814/QĐ"); mid-word only when the words are too long to keep most of the width."""
    text = cell.plain
    if width is None or cell_len(text) <= width:
        return cell
    room = width - 1
    head = text[:room]
    while cell_len(head) > room:
        head = head[:-1]
    if len(head) < len(text) and text[len(head)] != " ":
        words = head.rsplit(" ", 1)[0] if " " in head else head
        if cell_len(words) >= room * 2 // 3:
            head = words
    return Text(head.rstrip() + "…", style=cell.style)
