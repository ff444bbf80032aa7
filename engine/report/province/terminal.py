"""The ranking on the terminal: one table per group, narrow enough for a laptop's terminal.

Rank, unit, total, share, targets met and shortfalls always; each field's share with `--wide`
(the xlsx and html summaries always have them).
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from engine.core.numbers import vi_number
from engine.report.fit import Col, fitted, narrowest
from engine.report.province.model import ProvinceSummary, RankedUnit
from engine.report.province.simulation import HEAD, simulation
from engine.report.terminal import PIPE_WIDTH, say

UNIT_WIDTH = 44


def _short(text: str, n: int = UNIT_WIDTH) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _pct(value: float | None) -> str:
    return "—" if value is None else vi_number(value, 2) + "%"


def _ranking(title: str, members: list[RankedUnit], width: int, wide: bool) -> tuple[Table, int]:
    """The ranking as wide as the terminal: the unit's name gives up width first, the headers
    wrap, numbers are never cut. With `wide`, each field's share, as many as fit: the count left
    out is returned."""
    cols = [
        Col("Hạng", justify="right"),
        Col("Đơn vị", flex=True, droppable=False),
        Col("Điểm", justify="right"),
        Col("Tỷ lệ", justify="right"),
        Col("Chỉ tiêu đạt", justify="right", wrap=True),
        Col("Chưa đạt", justify="right", wrap=True),
    ]
    codes = [f.code for f in members[0].fields] if wide and members else []
    rows = []
    for u in members:
        shares = {f.code: f.percent for f in u.fields}
        rows.append(
            [
                Text(str(u.rank)),
                Text(_short(u.unit)),
                Text(f"{vi_number(u.total.score)}/{vi_number(u.total.max)}" + ("" if u.complete else " *")),
                Text(_pct(u.share)),
                Text(f"{u.targets_met}/{u.targets}" if u.targets else "—"),
                Text(str(u.shortfalls)),
                *(Text("—" if shares.get(c) is None else vi_number(shares[c] or 0, 1)) for c in codes),
            ]
        )
    shown = len(codes)
    while shown and narrowest(cols + [Col(c, justify="right") for c in codes[:shown]], rows, width) > width:
        shown -= 1
    cols += [Col(c, justify="right") for c in codes[:shown]]
    return fitted(title, cols, [r[: len(cols)] for r in rows], width), len(codes) - shown


def ranking_tables(summary: ProvinceSummary, wide: bool = False, width: int = PIPE_WIDTH) -> list[Table]:
    """One table per group, no wider than `width`."""
    return [table for table, _ in _tables(summary, wide, width)]


def _tables(summary: ProvinceSummary, wide: bool, width: int) -> list[tuple[Table, int]]:
    return [
        _ranking(
            f"Xếp hạng {group.units} đơn vị — bộ tiêu chí {group.catalog.id}, năm {group.year}",
            [u for u in summary.units if u.group == index],
            width,
            wide,
        )
        for index, group in enumerate(summary.groups)
    ]


def print_simulation(summary: ProvinceSummary, out: Console) -> None:
    """Which units each `--set` value was scored with: all of them, or (a fact only some units'
    catalogs have) how many; the html and xlsx summaries say the same (`simulation`)."""
    said = simulation(summary)
    if said is None:
        return
    head = Text(f"{HEAD}: ", "yellow bold")
    head.append(said.sentence, "yellow")
    out.print(head)
    for line in said.reach:
        say(out, f"  • {line}", hang=4)


def print_ranking(summary: ProvinceSummary, out: Console, wide: bool = False) -> None:
    """The ranking, after what a what-if run simulated."""
    print_simulation(summary, out)
    left_out = 0
    for table, missing in _tables(summary, wide, out.width):
        out.print(table)
        left_out = max(left_out, missing)
    if left_out:
        say(
            out,
            f"{left_out} cột tỷ lệ theo {summary.field_label} không vừa màn hình {out.width} cột: "
            "mở rộng cửa sổ, hoặc xem bảng tổng hợp .xlsx/.html (--out).",
        )
    if any(not u.complete for u in summary.units):
        out.print("* tổng điểm chưa đầy đủ: có tiêu chí thiếu minh chứng", markup=False)
    for w in summary.warnings:
        out.print(f"[yellow]Cảnh báo:[/] {escape(w)}")
    if summary.failed:
        out.print(
            f"[red b]{len(summary.failed)} đơn vị không chấm được (minh chứng không hợp lệ), "
            "xem lỗi ở trên.[/]"
        )
