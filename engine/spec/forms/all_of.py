"""All of (tất cả): the share of listed yes/no facts that are done, in percent.

A missed target names what is still lacking, by the facts' labels.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import ClassVar

from pydantic import Field

from engine.core.numbers import to_micro
from engine.spec.forms.base import (
    Fact,
    Facts,
    FormRule,
    Gap,
    IndicatorBase,
    Miss,
    fact,
    indicator_fact,
    same_period,
)


class AllOfIndicator(IndicatorBase):
    FORM: ClassVar[str] = "all_of"

    all_of: list[str] = Field(min_length=1)

    def facts(self) -> list[str]:
        return list(self.all_of)

    def rules(self, code: str, facts: Facts) -> list[FormRule]:
        names = self.all_of

        def derive(m: Mapping[str, Fact]) -> list[Fact]:
            parts = [m[f"p{i}"] for i in range(len(names))]
            lacking = [n for n, p in zip(names, parts, strict=True) if p["v"] == 0]
            v = to_micro(Fraction(100 * (len(names) - len(lacking)), len(names)))
            return [indicator_fact(code, parts[0]["period"], v, lacking="|".join(lacking))]

        pats = [("p0", fact(names[0]))]
        pats += [(f"p{i}", fact(n, same_period("p0"))) for i, n in enumerate(names[1:], 1)]
        return [FormRule(f"indicator:{code}:all_of", pats, derive)]

    def gap(self, miss: Miss, facts: Facts) -> Gap | None:
        if miss.lacking is None:
            return None
        names = "; ".join(facts[n].label for n in miss.lacking)
        return Gap(f"thực hiện {miss.shown}, còn thiếu: {names}", float(len(miss.lacking)), "nội dung")
