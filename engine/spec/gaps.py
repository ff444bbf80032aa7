"""Shortfall sentences in the criterion's own units ("cần thêm 13 hồ sơ đúng hạn").

Pure functions over numbers: the rules decide *that* a target is missed; this module says
*by how much*, in words a reform officer can act on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from engine.core.compare import op
from engine.core.numbers import vi_number
from engine.spec.catalog import FactSpec
from engine.spec.rulebook import Indicator


@dataclass(frozen=True)
class Gap:
    sentence: str
    value: float
    unit: str


def _pct(v: float) -> str:
    return vi_number(v, 1) + "%"


def needed_numerator(num: Fraction, den: Fraction, compare: str, threshold: Fraction) -> int | None:
    """Smallest n ≥ 0 with (num + n) / den × 100 meeting the threshold (den held fixed)."""
    target = threshold * den / 100 - num
    o = op(compare)
    if o.sense != "up":
        return None
    n = max(0, math.floor(target) + 1 if o.strict else math.ceil(target))
    return n if num + n <= den else None


def describe(
    ind: Indicator,
    facts: dict[str, FactSpec],
    value: float,
    compare: str,
    threshold: float,
    *,
    num: Fraction | None = None,
    den: Fraction | None = None,
    lacking: list[str] | None = None,
    previous: float | None = None,
) -> Gap:
    """The gap between an indicator value and the threshold it missed."""
    unit = ind.unit
    # "%" sticks to the number (98,5%); a word does not (7,5 điểm)
    sep = "" if unit in ("", "%") else " "
    shown = f"{_pct(value)}" if unit == "%" else f"{vi_number(value)}{sep}{unit}"
    bar = f"{vi_number(threshold)}{sep}{unit}"
    o = op(compare)
    head = f"{shown} {o.negated.shown} {bar}"
    if previous is not None:
        head += f" (năm trước {vi_number(previous)}{unit})"

    if ind.all_of is not None and lacking is not None:
        names = "; ".join(facts[n].label for n in lacking)
        return Gap(f"thực hiện {shown}, còn thiếu: {names}", float(len(lacking)), "nội dung")

    if ind.ratio is not None and den == 0:
        return Gap(f"{facts[ind.ratio.over].label} bằng 0: chưa có gì để đạt chỉ tiêu", 0.0, ind.unit)
    if ind.ratio is not None and num is not None and den is not None:
        unit_words = ind.gap_unit or facts[ind.ratio.of].unit
        n = needed_numerator(num, den, compare, Fraction(threshold))
        if n is not None:
            return Gap(f"tỷ lệ {head}: cần thêm {n} {unit_words}", float(n), unit_words)

    if ind.value is not None:
        spec = facts[ind.value]
        if spec.type == "boolean":
            return Gap(f"chưa thực hiện: {spec.label}", 1.0, "nội dung")
        if spec.type == "count":
            words = ind.gap_unit or spec.unit
            have = f"có {vi_number(value)} {words}"
            if o.sense == "up":
                need = math.floor(threshold - value) + 1 if o.strict else math.ceil(threshold - value)
                return Gap(
                    f"{have}, chỉ tiêu từ {vi_number(threshold)}: thiếu {need} {words}", float(need), words
                )
            if compare == "=" and threshold == 0:
                return Gap(f"{have}, chỉ tiêu: không có", value, words)
            excess = math.floor(value - threshold) + 1 if o.strict else value - threshold
            limit = f"chỉ tiêu {compare} {vi_number(threshold)}"
            return Gap(f"{have}, {limit}: vượt {vi_number(excess)}", float(excess), words)

    distance = abs(threshold - value)
    points = "điểm %" if unit == "%" else (unit or "đơn vị")
    verb = "cần tăng thêm" if o.sense == "up" else "cần giảm"
    if o.strict:
        verb += " hơn"  # reaching the threshold itself is not enough for a strict target
    if compare == ">" and distance == 0:
        return Gap(f"{head}: cần vượt {bar}", 0.0, points)
    return Gap(f"{head}: {verb} {vi_number(round(distance, 2))} {points}", round(distance, 4), points)
