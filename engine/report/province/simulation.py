"""What a multi-unit what-if run says of its `--set` values (*mô phỏng*), in every writer alike.

A fact that only some units' catalogs have reached only those units: the others were scored on
their submitted evidence, and no summary (terminal, html, xlsx) may say every unit was simulated.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.report.province.model import ProvinceSummary

HEAD = "MÔ PHỎNG (--set)"


@dataclass(frozen=True)
class Simulation:
    """`sentence` follows HEAD; `reach` (empty when every value reached every unit): one line per value."""

    sentence: str
    reach: list[str]


def reach_counts(summary: ProvinceSummary) -> dict[str, int]:
    """How many units each `--set` value (`MINH_CHỨNG=GIÁ_TRỊ`) was scored with."""
    return {o: sum(o in u.overrides for u in summary.units) for o in summary.overrides}


def simulation(summary: ProvinceSummary) -> Simulation | None:
    """What the summary says of its `--set` values; None without any."""
    if not summary.overrides:
        return None
    units = len(summary.units)
    counts = reach_counts(summary)
    if all(n >= units for n in counts.values()):
        every = "đơn vị" if units == 1 else f"cả {units} đơn vị"
        return Simulation(f"{every} được chấm với giá trị giả định {', '.join(summary.overrides)}", [])
    lines = []
    for o, n in counts.items():
        reach = (
            f"cả {units} đơn vị"
            if n >= units
            else f"{n}/{units} đơn vị; {units - n} đơn vị còn lại chấm theo minh chứng đã nộp "
            "(bộ tiêu chí của đơn vị không có minh chứng này, xem cảnh báo bên dưới)"
        )
        lines.append(f"{o}: {reach}")
    return Simulation("kết quả dùng giá trị giả định, không phải minh chứng đã nộp:", lines)
