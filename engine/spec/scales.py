"""Scoring scales (thang điểm): bands or linear, defined once per catalog, named.

A band gives a share of the item's maximum. Bands are written best first with a single
bound each (`min`/`above` when higher is better, `max`/`under` when lower is better);
each band's range ends where the previous one begins, so they can neither overlap nor
leave gaps, and the last band (no bound) takes everything else.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from engine.core.compare import Bound, op
from engine.core.numbers import vi_number


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
        if sum(b is not None for b in (self.min, self.above, self.max, self.under)) > 1:
            raise ValueError("một mức chỉ có một ngưỡng (min, above, max hoặc under)")
        return self

    def bound(self) -> tuple[Bound, float] | None:
        for sym, value in ((">=", self.min), (">", self.above), ("<=", self.max), ("<", self.under)):
            if value is not None:
                return sym, value  # type: ignore[return-value]
        return None


@dataclass(frozen=True)
class Range:
    """Where one band applies: conditions on the indicator value (all must hold)."""

    index: int
    conditions: tuple[tuple[Bound, float], ...]
    share: float
    label: str

    def contains(self, value: float) -> bool:
        return all(op(sym).test(value, bound) for sym, bound in self.conditions)


def _describe(conditions: tuple[tuple[Bound, float], ...], unit: str) -> str:
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


class Scale(BaseModel):
    """A named scale. `provisional` scales are not from the official methodology."""

    model_config = ConfigDict(extra="forbid")

    title: str
    kind: Literal["bands", "linear"]
    bands: list[Band] = []
    zero_at: float | None = Field(None, description="linear: giá trị cho 0 điểm")
    full_at: float | None = Field(None, description="linear: giá trị cho điểm tối đa")
    unit: str = ""
    provisional: bool
    source: str
    reasoning: str = ""

    @model_validator(mode="after")
    def _shape(self) -> Scale:
        if self.kind == "linear":
            if self.zero_at is None or self.full_at is None or self.zero_at == self.full_at:
                raise ValueError("thang tuyến tính cần zero_at và full_at khác nhau")
            return self
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

    def ranges(self) -> list[Range]:
        """Mutually exclusive ranges covering every value, best band first."""
        out: list[Range] = []
        previous: tuple[Bound, float] | None = None
        for index, band in enumerate(self.bands):
            conditions: list[tuple[Bound, float]] = []
            bound = band.bound()
            if bound is not None:
                conditions.append(bound)
            if previous is not None:
                conditions.append((op(previous[0]).negation, previous[1]))  # type: ignore[arg-type]
            label = band.label or _describe(tuple(conditions), self.unit)
            out.append(Range(index, tuple(conditions), band.share, label))
            previous = bound
        return out

    def share_of(self, value: float) -> tuple[float, Range | None]:
        """The share of the maximum this value earns, and the band it falls in."""
        if self.kind == "linear":
            assert self.zero_at is not None and self.full_at is not None
            share = (value - self.zero_at) / (self.full_at - self.zero_at)
            return min(1.0, max(0.0, share)), None
        for r in self.ranges():
            if r.contains(value):
                return r.share, r
        raise AssertionError("ranges cover every value")  # pragma: no cover
