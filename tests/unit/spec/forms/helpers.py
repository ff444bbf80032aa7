"""What the form tests share: a small fact dictionary and a missed-target builder."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from engine.core.compare import Compare, op
from engine.spec.catalog import FactSpec
from engine.spec.forms import IndicatorBase, Miss, parse_indicator

FACTS = {
    "ho_so.dung_han": FactSpec(label="Hồ sơ đúng hạn", type="count", unit="hồ sơ"),
    "ho_so.tong": FactSpec(label="Hồ sơ đã giải quyết", type="count", unit="hồ sơ"),
    "ho_so.ty_le": FactSpec(label="Tỷ lệ đúng hạn", type="percent", unit="%"),
    "ke_hoach.ban_hanh": FactSpec(label="Ban hành kế hoạch", type="boolean"),
    "ke_hoach.bao_cao": FactSpec(label="Báo cáo kế hoạch", type="boolean"),
    "sang_kien": FactSpec(label="Sáng kiến", type="count", unit="sáng kiến"),
    "hai_long": FactSpec(label="Tỷ lệ hài lòng", type="percent", unit="%"),
}


def indicator(**data: Any) -> IndicatorBase:
    return parse_indicator(data)


def miss(
    value: float, compare: Compare, threshold: float, *, num: int | None = None, den: int | None = None
) -> Miss:
    return Miss(
        value,
        compare,
        threshold,
        f"{value}",
        f"{value} {op(compare).negated.shown} {threshold}",
        Fraction(num) if num is not None else None,
        Fraction(den) if den is not None else None,
    )
