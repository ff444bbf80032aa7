"""The ranking on the terminal: one table per group, narrow enough for a laptop's terminal.

Rank, unit, total, share, targets met and shortfalls always; each field's share with `--wide`
(the xlsx and html summaries always have them).
"""

from __future__ import annotations

from collections.abc import Mapping

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from engine.core.numbers import vi_number
from engine.report.fit import Col, fitted
from engine.report.province.model import ProvinceSummary, RankedUnit
from engine.report.terminal import say

UNIT_WIDTH = 44


def _short(text: str, n: int = UNIT_WIDTH) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _pct(value: float | None) -> str:
    return "—" if value is None else vi_number(value, 2) + "%"


def _fitted_ranking(title: str, members: list[RankedUnit], width: int) -> Table:
    """The ranking as wide as the terminal: the unit's name gives up width first, the headers
    wrap, numbers are never cut."""
    cols = [
        Col("Hạng", justify="right"),
        Col("Đơn vị", flex=True, droppable=False),
        Col("Điểm", justify="right"),
        Col("Tỷ lệ", justify="right"),
        Col("Chỉ tiêu đạt", justify="right", wrap=True),
        Col("Chưa đạt", justify="right", wrap=True),
    ]
    rows = [
        [
            Text(str(u.rank)),
            Text(_short(u.unit)),
            Text(f"{vi_number(u.total.score)}/{vi_number(u.total.max)}" + ("" if u.complete else " *")),
            Text(_pct(u.share)),
            Text(f"{u.targets_met}/{u.targets}" if u.targets else "—"),
            Text(str(u.shortfalls)),
        ]
        for u in members
    ]
    return fitted(title, cols, rows, width)


def ranking_tables(summary: ProvinceSummary, wide: bool = False, width: int | None = None) -> list[Table]:
    """One table per group; `width` (the terminal's) fits the default table to it."""
    tables = []
    for index, group in enumerate(summary.groups):
        title = f"Xếp hạng {group.units} đơn vị — bộ tiêu chí {group.catalog.id}, năm {group.year}"
        if not wide and width is not None:
            tables.append(_fitted_ranking(title, [u for u in summary.units if u.group == index], width))
            continue
        # With a column per field the frame would not fit: a lighter one.
        table = (
            Table(title=title, box=box.SIMPLE_HEAD, padding=(0, 0), pad_edge=False)
            if wide
            else Table(title=title)
        )
        table.add_column("Hạng", justify="right", no_wrap=True)
        table.add_column("Đơn vị", overflow="ellipsis", no_wrap=True, ratio=1)
        for name in ("Điểm", "Tỷ lệ", "Chỉ tiêu đạt", "Chưa đạt"):
            table.add_column(name, justify="right", no_wrap=True, min_width=len(name))
        members = [u for u in summary.units if u.group == index]
        codes = [f.code for f in members[0].fields] if wide and members else []
        for code in codes:
            table.add_column(code, justify="right", no_wrap=True, min_width=6)
        for u in members:
            shares = {f.code: f.percent for f in u.fields}
            mark = "" if u.complete else " *"
            table.add_row(
                str(u.rank),
                escape(_short(u.unit)),
                f"{vi_number(u.total.score)}/{vi_number(u.total.max)}{mark}",
                _pct(u.share),
                f"{u.targets_met}/{u.targets}" if u.targets else "—",
                str(u.shortfalls),
                *(("—" if shares.get(c) is None else vi_number(shares[c] or 0, 1)) for c in codes),
            )
        tables.append(table)
    return tables


def print_simulation(summary: ProvinceSummary, out: Console, applied: Mapping[str, int]) -> None:
    """Which units each `--set` value was scored with: all of them, or (a fact only some units'
    catalogs have) how many; `applied` counts the units by override (`MINH_CHỨNG=GIÁ_TRỊ`)."""
    if not summary.overrides:
        return
    units = len(summary.units)
    head = Text("MÔ PHỎNG (--set): ", "yellow bold")
    if all(applied.get(o, units) >= units for o in summary.overrides):
        every = "đơn vị" if units == 1 else f"cả {units} đơn vị"
        head.append(f"{every} được chấm với giá trị giả định {', '.join(summary.overrides)}", "yellow")
        out.print(head)
        return
    head.append("kết quả dùng giá trị giả định, không phải minh chứng đã nộp:", "yellow")
    out.print(head)
    for o in summary.overrides:
        n = applied.get(o, units)
        reach = (
            f"cả {units} đơn vị"
            if n >= units
            else f"{n}/{units} đơn vị; {units - n} đơn vị còn lại chấm theo minh chứng đã nộp "
            "(bộ tiêu chí của đơn vị không có minh chứng này, xem cảnh báo bên dưới)"
        )
        say(out, f"  • {o}: {reach}", hang=4)


def print_ranking(
    summary: ProvinceSummary, out: Console, wide: bool = False, applied: Mapping[str, int] | None = None
) -> None:
    """The ranking; `applied`: how many units each `--set` value reached (default: every unit)."""
    print_simulation(summary, out, applied or {})
    for table in ranking_tables(summary, wide, out.width):
        out.print(table)
    if any(not u.complete for u in summary.units):
        out.print("* tổng điểm chưa đầy đủ: có tiêu chí thiếu minh chứng", markup=False)
    for w in summary.warnings:
        out.print(f"[yellow]Cảnh báo:[/] {escape(w)}")
    if summary.failed:
        out.print(
            f"[red b]{len(summary.failed)} đơn vị không chấm được (minh chứng không hợp lệ), "
            "xem lỗi ở trên.[/]"
        )
