"""What the terminal says of a what-if report (*mô phỏng*): which facts were replaced, and from what.

Said before anything else, so a simulated total is never read as the submitted one.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from engine.core.numbers import vi_number
from engine.report.model import Report
from evidence.models import FactValue, Override


def value_text(value: FactValue | None) -> str:
    if value is None:
        return "không có"
    if isinstance(value, bool):
        return "có" if value else "không"
    return vi_number(value)


def override_lines(overrides: list[Override]) -> list[str]:
    return [f"{o.fact} = {value_text(o.value)} (minh chứng: {value_text(o.original)})" for o in overrides]


def print_simulation(report: Report, out: Console) -> None:
    if not report.simulated:
        return
    out.print(
        "[yellow b]MÔ PHỎNG (--set):[/] [yellow]kết quả dưới đây dùng giá trị giả định, "
        "không phải minh chứng đã nộp:[/]"
    )
    for line in override_lines(report.overrides):
        out.print(f"  • {escape(line)}")
