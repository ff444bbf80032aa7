"""Ratio (tỷ lệ): 100 × of / over, in percent; or a rate declared directly when no count is given.

The numerator is what a unit can still improve, so a missed target says how many more it
needs at the same denominator ("cần thêm 13 hồ sơ đúng hạn"). A zero denominator is what
the indicator's `zero_denominator` says (not applicable, missing evidence, or 0).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from fractions import Fraction
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from engine.core.compare import op
from engine.core.numbers import to_micro, vi_number
from engine.spec.forms.base import (
    Fact,
    Facts,
    FormRule,
    Gap,
    IndicatorBase,
    Miss,
    Present,
    fact,
    indicator_fact,
    same_period,
    zero_rules,
)


def needed_numerator(num: Fraction, den: Fraction, compare: str, threshold: Fraction) -> int | None:
    """Smallest n ≥ 0 with (num + n) / den × 100 meeting the threshold (den held fixed)."""
    target = threshold * den / 100 - num
    o = op(compare)
    if o.sense != "up":
        return None
    n = max(0, math.floor(target) + 1 if o.strict else math.ceil(target))
    return n if num + n <= den else None


class Ratio(BaseModel):
    """100 × of / over (percent). The numerator is what a unit can still improve."""

    model_config = ConfigDict(extra="forbid")
    of: str
    over: str


class RatioIndicator(IndicatorBase):
    FORM: ClassVar[str] = "ratio"
    ZERO_AS_FULL: ClassVar[bool] = True

    ratio: Ratio
    direct: str | None = Field(None, description="tỷ lệ được khai trực tiếp, khi không có số đếm")

    def facts(self) -> list[str]:
        return [self.ratio.of, self.ratio.over, *([self.direct] if self.direct else [])]

    def rules(self, code: str, facts: Facts) -> list[FormRule]:
        def computed(m: Mapping[str, Fact]) -> list[Fact]:
            a, b = m["a"], m["b"]
            v = to_micro(Fraction(a["v"], b["v"]) * 100)
            return [indicator_fact(code, a["period"], v, num=a["v"], den=b["v"])]

        def declared(m: Mapping[str, Fact]) -> list[Fact]:
            a = m["a"]
            return [{**indicator_fact(code, a["period"], a["v"]), "source": "direct"}]

        out = [
            FormRule(
                f"indicator:{code}:ratio",
                [
                    ("a", fact(self.ratio.of)),
                    ("b", fact(self.ratio.over, same_period("a"), op("≠").pattern("v", 0))),
                ],
                computed,
            )
        ]
        if self.direct:
            # A fallback: only once every evidence fact is in can "no count given" be known.
            out.append(
                FormRule(
                    f"indicator:{code}:direct",
                    [
                        ("x", {"kind": "fallback"}),
                        ("a", fact(self.direct)),
                        ("n$not", fact(self.ratio.of, same_period("a"))),
                    ],
                    declared,
                )
            )
        if self.ratio.over not in {c.fact for c in self.not_applicable_when}:
            out += zero_rules(self, code, facts, self.ratio.over, "current")
        return out

    def missing(self, present: Present, previous: Present) -> list[str]:
        if self.direct and self.direct in present:
            return []
        return [n for n in (self.ratio.of, self.ratio.over) if n not in present]

    def uncomputable(self, present: Present, previous: Present, facts: Facts) -> list[str]:
        if present.get(self.ratio.over) == 0:
            return [f"{facts[self.ratio.over].label} bằng 0, không tính được tỷ lệ"]
        return []

    def inputs(self, present: Present, source: str | None) -> dict[str, float | bool]:
        names = [self.direct] if source == "direct" and self.direct else [self.ratio.of, self.ratio.over]
        if source == "direct" and not self.direct:
            names = []
        return {n: present[n] for n in names if n in present}

    def gap(self, miss: Miss, facts: Facts) -> Gap | None:
        if miss.den == 0:
            return Gap(f"{facts[self.ratio.over].label} bằng 0: chưa có gì để đạt chỉ tiêu", 0.0, self.unit)
        if miss.num is None or miss.den is None:
            return None
        words = self.gap_unit or facts[self.ratio.of].unit
        n = needed_numerator(miss.num, miss.den, miss.compare, Fraction(miss.threshold))
        if n is None:
            return None
        return Gap(f"tỷ lệ {miss.head}: cần thêm {n} {words}", float(n), words)

    def detail(self, inputs: Mapping[str, float | bool], source: str | None) -> str:
        if source == "direct":
            return " (tỷ lệ khai trực tiếp, không có số đếm)"
        if source == "computed" and len(inputs) == 2:
            num, den = list(inputs.values())
            return f" ({vi_number(float(num))}/{vi_number(float(den))})"
        return ""

    def inconsistencies(self, present: Present, code: str) -> list[tuple[str, str]]:
        of, over, direct = self.ratio.of, self.ratio.over, self.direct
        out = []
        if of in present and over in present and float(present[of]) > float(present[over]):
            above = f"{of} ({present[of]:g}) lớn hơn {over} ({present[over]:g})"
            out.append((of, f"{above}: tỷ lệ của {code} sẽ vượt 100%"))
        if direct and direct in present and of in present and over in present and present[over]:
            computed = 100 * float(present[of]) / float(present[over])
            if abs(computed - float(present[direct])) > 0.05:
                out.append(
                    (
                        direct,
                        f"{direct} ({present[direct]:g}%) khác tỷ lệ tính từ số đếm "
                        f"{of}/{over} ({computed:.2f}%)",
                    )
                )
        return out
