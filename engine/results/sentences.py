"""One Vietnamese sentence per criterion result, built from what the rules asserted."""

from __future__ import annotations

from engine.core import display
from engine.core.numbers import vi_number
from engine.results.model import BandResult, IndicatorResult, NotApplicable, TargetResult


def value_text(value: float | None, unit: str, threshold: float | None = None) -> str:
    """An indicator value as every writer shows it (engine.core.display): never rounded
    onto the other side of the target's threshold."""
    if value is None:
        return "—"
    return display.quantity(value, unit, threshold)


def explain_scored(
    ind: IndicatorResult,
    detail: str,
    band: BandResult | None,
    score: float,
    max_: float,
    target: TargetResult | None,
    provisional: bool,
    rounding: str = "",
) -> str:
    # `detail`: what the indicator's form adds after its value, e.g. " (1217/1230)"
    threshold = target.threshold if target is not None else None
    parts = [f"Chỉ số {value_text(ind.value, ind.unit, threshold)}{detail}"]
    if band is not None:
        parts.append(f"thuộc mức “{band.label}”")
    sentence = " ".join(parts) + f" → {vi_number(score)}/{vi_number(max_)} điểm"
    if rounding:
        sentence += f" ({rounding})"
    if provisional:
        sentence += " (thang điểm tạm thời)"
    if target is not None:
        if target.met is True:
            sentence += f"; đạt chỉ tiêu “{target.text}”"
        elif target.met is False:
            sentence += f"; chưa đạt chỉ tiêu “{target.text}”"
        else:
            sentence += f"; chưa đánh giá được chỉ tiêu: {target.reason}"
    return sentence + "."


def explain_not_applicable(na: NotApplicable, max_: float) -> str:
    if na.policy == "full_points":
        tail = f"tính đủ {vi_number(max_)} điểm tối đa theo bộ tiêu chí"
    else:
        tail = "loại khỏi điểm tối đa theo bộ tiêu chí"
    return f"Không áp dụng: {na.reason}; {tail}."


def explain_missing(labels: list[str]) -> str:
    listed = "; ".join(labels) if labels else "không tính được chỉ số"
    return (
        f"Thiếu minh chứng: {listed}. Tiêu chí chưa được chấm; khi thẩm định, điểm không có "
        "tài liệu kiểm chứng sẽ bị tính 0."
    )
