"""Change (thay đổi so với năm trước): this year's fact against last year's.

In points (`pp`: the difference) or relative (`percent`: 100 × difference / last year, where
last year's zero is what `zero_denominator` says). The indicator reports last year's value.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict

from engine.core.compare import op
from engine.core.numbers import to_micro
from engine.spec.forms.base import (
    Fact,
    Facts,
    FormRule,
    IndicatorBase,
    Present,
    fact,
    indicator_fact,
    zero_rules,
)


class Change(BaseModel):
    """This year's fact against last year's: in points (`pp`) or relative (`percent`)."""

    model_config = ConfigDict(extra="forbid")
    fact: str
    unit: Literal["pp", "percent"]


class ChangeIndicator(IndicatorBase):
    FORM: ClassVar[str] = "change"

    change: Change

    def facts(self) -> list[str]:
        return [self.change.fact]

    def previous_facts(self) -> list[str]:
        return [self.change.fact]

    def rules(self, code: str, facts: Facts) -> list[FormRule]:
        name, unit = self.change.fact, self.change.unit

        def derive(m: Mapping[str, Fact]) -> list[Fact]:
            a, b = m["a"], m["b"]
            delta = a["v"] - b["v"]
            v = delta if unit == "pp" else to_micro(Fraction(delta, b["v"]) * 100)
            return [indicator_fact(code, "current", v, previous=b["v"])]

        relative = unit == "percent"
        guard = [op("≠").pattern("v", 0)] if relative else []
        out = zero_rules(self, code, facts, name, "previous") if relative else []
        out.append(
            FormRule(
                f"indicator:{code}:change",
                [
                    ("a", fact(name, {"period": "current"})),
                    ("b", fact(name, {"period": "previous"}, *guard)),
                ],
                derive,
            )
        )
        return out

    def missing(self, present: Present, previous: Present) -> list[str]:
        name = self.change.fact
        return [name] * (name not in present) + [f"previous.{name}"] * (name not in previous)

    def uncomputable(self, present: Present, previous: Present, facts: Facts) -> list[str]:
        if previous.get(self.change.fact) == 0:
            return [f"{facts[self.change.fact].label} năm trước bằng 0, không tính được mức thay đổi"]
        return []
