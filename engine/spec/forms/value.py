"""Value (giá trị): the fact itself is the indicator (a count, a rate, a score, yes/no as 1/0).

A missed target on a count says how many are lacking or in excess; on a yes/no fact, what
is still not done; otherwise the generic distance to the threshold.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import ClassVar

from engine.core import display
from engine.core.compare import op
from engine.core.numbers import vi_number
from engine.spec.forms.base import Fact, Facts, FormRule, Gap, IndicatorBase, Miss, fact, indicator_fact


class ValueIndicator(IndicatorBase):
    FORM: ClassVar[str] = "value"

    value: str

    def facts(self) -> list[str]:
        return [self.value]

    def rules(self, code: str, facts: Facts) -> list[FormRule]:
        def derive(m: Mapping[str, Fact]) -> list[Fact]:
            a = m["a"]
            return [indicator_fact(code, a["period"], a["v"])]

        return [FormRule(f"indicator:{code}:value", [("a", fact(self.value))], derive)]

    def gap(self, miss: Miss, facts: Facts) -> Gap | None:
        spec = facts[self.value]
        if spec.type == "boolean":
            return Gap(f"chưa thực hiện: {spec.label}", 1.0, "nội dung")
        if spec.type != "count":
            return None
        o, value, threshold = op(miss.compare), miss.value, miss.threshold
        words = self.gap_unit or spec.unit
        have = f"có {vi_number(value)} {words}"
        if o.sense == "up":
            need = math.floor(threshold - value) + 1 if o.strict else math.ceil(threshold - value)
            return Gap(
                f"{have}, chỉ tiêu từ {vi_number(threshold)}: thiếu {need} {words}", float(need), words
            )
        if miss.compare == "=" and threshold == 0:
            return Gap(f"{have}, chỉ tiêu: không có", value, words)
        excess = math.floor(value - threshold) + 1 if o.strict else value - threshold
        limit = f"chỉ tiêu {display.target(miss.compare, threshold, '')}"
        return Gap(f"{have}, {limit}: vượt {vi_number(excess)}", float(excess), words)
