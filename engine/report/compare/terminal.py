"""The comparison on the terminal: total, fields, then only the criteria that changed."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from engine.core.numbers import vi_number
from engine.report.compare.model import Comparison, CriterionChange, Side
from engine.report.table import STATUS_VI
from engine.results.sentences import value_text

TARGET_VI = {
    "newly_met": "[green]mới đạt[/]",
    "newly_missed": "[red]mới chưa đạt[/]",
    "still_met": "đạt",
    "still_missed": "chưa đạt",
    "unassessed": "chưa đánh giá được",
}


def num(value: float | None) -> str:
    return "—" if value is None else vi_number(value)


def signed(value: float | None) -> str:
    if value is None:
        return ""
    if value > 0:
        return f"[green]+{vi_number(value)}[/]"
    if value < 0:
        return f"[red]{vi_number(value)}[/]"
    return "0"


def _side(s: Side) -> str:
    return f"{s.unit}, năm {s.year} ({s.report})" + (" — mô phỏng" if s.simulated else "")


def _status(c: CriterionChange) -> str:
    before = STATUS_VI[c.status_before] if c.status_before else "không có"
    after = STATUS_VI[c.status_after] if c.status_after else "không có"
    return after if before == after else f"{before} → {after}"


def _indicator(c: CriterionChange) -> str:
    before, after = value_text(c.indicator_before, c.unit), value_text(c.indicator_after, c.unit)
    return after if before == after else f"{before} → {after}"


def print_comparison(comparison: Comparison, out: Console) -> None:
    out.print(f"[b]So sánh[/] {escape(_side(comparison.before))}")
    out.print(f"   [b]với[/] {escape(_side(comparison.after))}")
    if comparison.methodology:
        out.print("[yellow b]Khác biệt về phương pháp:[/]")
        for line in comparison.methodology:
            out.print(f"  • {escape(line)}")
    t = comparison.total
    out.print(
        f"Tổng điểm tự đánh giá: {num(t.before)}/{num(t.max_before)} → "
        f"[b]{num(t.after)}/{num(t.max_after)}[/] ({signed(t.change)})"
    )
    fields = Table(title="Theo lĩnh vực")
    for name in ("Lĩnh vực", "Tên", "Trước", "Sau", "Thay đổi"):
        fields.add_column(name, justify="right" if name in ("Trước", "Sau", "Thay đổi") else "left")
    for f in comparison.fields:
        fields.add_row(f.code, escape(f.title[:50]), num(f.before), num(f.after), signed(f.change))
    out.print(fields)
    changed = [c for c in comparison.changes if c.changed]
    if changed:
        table = Table(title=f"Tiêu chí thay đổi ({len(changed)}/{len(comparison.changes)})")
        for name in (
            "Mã",
            "Tiêu chí",
            "Điểm trước",
            "Điểm sau",
            "Thay đổi",
            "Chỉ số",
            "Trạng thái",
            "Chỉ tiêu",
        ):
            table.add_column(name, no_wrap=name == "Mã")
        for c in changed:
            table.add_row(
                c.code,
                escape(c.title if len(c.title) <= 40 else c.title[:39] + "…"),
                num(c.before),
                num(c.after),
                signed(c.change),
                escape(_indicator(c)),
                _status(c),
                TARGET_VI[c.target] if c.target else "",
            )
        out.print(table)
    else:
        out.print("Không có tiêu chí nào thay đổi.")
    if comparison.newly_met:
        out.print("[green]Mới đạt chỉ tiêu:[/] " + ", ".join(comparison.newly_met))
    if comparison.newly_missed:
        out.print("[red]Mới chưa đạt chỉ tiêu:[/] " + ", ".join(comparison.newly_missed))
    for w in comparison.warnings:
        out.print(f"[yellow]Cảnh báo:[/] {escape(w)}")
