"""The ranking on the terminal: one table per group, narrow enough for a laptop's terminal.

Rank, unit, total, share, targets met and shortfalls always; each field's share with `--wide`
(the xlsx and html summaries always have them).
"""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from engine.core.numbers import vi_number
from engine.report.province.model import ProvinceSummary

UNIT_WIDTH = 44


def _short(text: str, n: int = UNIT_WIDTH) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _pct(value: float | None) -> str:
    return "—" if value is None else vi_number(value, 2) + "%"


def ranking_tables(summary: ProvinceSummary, wide: bool = False) -> list[Table]:
    tables = []
    for index, group in enumerate(summary.groups):
        title = f"Xếp hạng {group.units} đơn vị — bộ tiêu chí {group.catalog.id}, năm {group.year}"
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


def print_ranking(summary: ProvinceSummary, out: Console, wide: bool = False) -> None:
    if summary.overrides:
        out.print(
            "[yellow b]MÔ PHỎNG (--set):[/] [yellow]mọi đơn vị được chấm với giá trị giả định "
            f"{escape(', '.join(summary.overrides))}[/]"
        )
    for table in ranking_tables(summary, wide):
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
