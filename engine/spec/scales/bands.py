"""Bands (thang theo mức): each band gives a share of the item's maximum.

Bands are written best first with a single bound each (`min`/`above` when higher is better,
`max`/`under` when lower is better); each band's range ends where the previous one begins,
so they can neither overlap nor leave gaps, and the last band (no bound) takes everything
else. One score rule per band; its label is the band's own or says its range in words
("từ 95% đến dưới 100%").
"""

from __future__ import annotations

import itertools
from fractions import Fraction
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

from engine.core.compare import Bound, op
from engine.core.numbers import to_micro, vi_number
from engine.spec.scales.base import Micro, ScaleBase, ScoreRule, exact, on_micro_grid


class Band(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min: float | None = None
    above: float | None = None
    max: float | None = None
    under: float | None = None
    share: float = Field(ge=0, le=1, description="phần của điểm tối đa (0–1)")
    label: str | None = None

    @model_validator(mode="after")
    def _one_bound(self) -> Band:
        given = [b for b in (self.min, self.above, self.max, self.under) if b is not None]
        if len(given) > 1:
            raise ValueError("một mức chỉ có một ngưỡng (min, above, max hoặc under)")
        if given and not on_micro_grid(given[0]):
            raise ValueError("ngưỡng chỉ được viết tới phần triệu (6 chữ số thập phân)")
        return self

    def bound(self) -> tuple[Bound, float] | None:
        for sym, value in ((">=", self.min), (">", self.above), ("<=", self.max), ("<", self.under)):
            if value is not None:
                return sym, value  # type: ignore[return-value]
        return None


def describe(conditions: tuple[tuple[Bound, float], ...], unit: str) -> str:
    """ "từ 95% đến dưới 100%", "dưới 95%", "trên 0%", "không quá 2"."""
    if not conditions:
        return "mọi giá trị"
    lower = [(op(sym), b) for sym, b in conditions if op(sym).sense == "up"]
    upper = [(op(sym), b) for sym, b in conditions if op(sym).sense == "down"]
    parts = [f"{o.word} {vi_number(b)}{unit}" for o, b in lower]
    for o, b in upper:
        if lower:
            parts.append(f"đến {o.word + ' ' if o.strict else ''}{vi_number(b)}{unit}")
        else:
            parts.append(f"{o.word} {vi_number(b)}{unit}")
    return " ".join(parts)


_LEGACY = ("zero_at", "full_at")


class BandsScale(ScaleBase):
    kind: Literal["bands"]
    bands: list[Band]

    @model_validator(mode="after")
    def _shape(self) -> BandsScale:
        if not self.bands:
            raise ValueError("thang theo mức cần ít nhất một mức")
        bounds = [b.bound() for b in self.bands]
        if bounds[-1] is not None:
            raise ValueError("mức cuối cùng không có ngưỡng (nhận mọi giá trị còn lại)")
        if any(b is None for b in bounds[:-1]):
            raise ValueError("chỉ mức cuối cùng được bỏ trống ngưỡng")
        senses = {op(b[0]).sense for b in bounds[:-1] if b is not None}
        if len(senses) > 1:
            raise ValueError("các mức phải cùng chiều (min/above hoặc max/under)")
        higher = senses <= {"up"}
        given = [b for b in bounds[:-1] if b is not None]
        for (op1, v1), (op2, v2) in itertools.pairwise(given):
            better = v1 > v2 if higher else v1 < v2
            # "above 0" then "min 0" leaves exactly 0 to the second band: allowed.
            touching = v1 == v2 and (op1, op2) in ((">", ">="), ("<", "<="))
            if not (better or touching):
                raise ValueError("các mức phải xếp từ tốt nhất trở xuống, ngưỡng không trùng")
        return self

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Before each kind had its own model every scale dumped `zero_at`/`full_at`; kept so
        # that catalog digests (in every report) stay the same, and read back when empty.
        data: dict[str, Any] = handler(self)
        return {**data, **dict.fromkeys(_LEGACY)}

    @model_validator(mode="before")
    @classmethod
    def _undump(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (k in _LEGACY and v is None)}
        return data

    def share_of(self, value: Fraction) -> Fraction:
        """The first band, best first, whose own bound the value meets."""
        for band in self.bands:
            bound = band.bound()
            if bound is None or op(bound[0]).holds(value, exact(bound[1])):
                return exact(band.share)
        raise AssertionError("the last band takes every value")  # pragma: no cover

    def ranges(self) -> list[tuple[int, tuple[tuple[Bound, float], ...], str]]:
        """Per band, best first: its index, the conditions (all hold) that make its range
        exclusive of the bands before it, and its label."""
        out = []
        previous: tuple[Bound, float] | None = None
        for index, band in enumerate(self.bands):
            conditions: list[tuple[Bound, float]] = []
            bound = band.bound()
            if bound is not None:
                conditions.append(bound)
            if previous is not None:
                conditions.append((op(previous[0]).negation, previous[1]))  # type: ignore[arg-type]
            out.append((index, tuple(conditions), band.label or describe(tuple(conditions), self.unit)))
            previous = bound
        return out

    def score_rules(self) -> list[ScoreRule]:
        return [
            ScoreRule(str(index), tuple((sym, to_micro(b)) for sym, b in conditions), index, label)
            for index, conditions, label in self.ranges()
        ]

    def share(self, rule: ScoreRule, v: Micro, nudge: Micro = 0) -> Fraction:
        return exact(self.bands[rule.band].share)

    def boundaries(self) -> list[Fraction]:
        return [exact(b[1]) for band in self.bands if (b := band.bound()) is not None]
