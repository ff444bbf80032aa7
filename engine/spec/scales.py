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

from engine.core.numbers import vi_number

Op = Literal[">=", ">", "<=", "<"]
_COMPLEMENT: dict[str, Op] = {">=": "<", ">": "<=", "<=": ">", "<": ">="}


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

    def bound(self) -> tuple[Op, float] | None:
        for op, value in ((">=", self.min), (">", self.above), ("<=", self.max), ("<", self.under)):
            if value is not None:
                return op, value  # type: ignore[return-value]
        return None


@dataclass(frozen=True)
class Range:
    """Where one band applies: conditions on the indicator value (all must hold)."""

    index: int
    conditions: tuple[tuple[Op, float], ...]
    share: float
    label: str

    def contains(self, value: float) -> bool:
        return all(_holds(value, op, bound) for op, bound in self.conditions)


def _holds(value: float, op: Op, bound: float) -> bool:
    return {
        ">=": value >= bound,
        ">": value > bound,
        "<=": value <= bound,
        "<": value < bound,
    }[op]


def _describe(conditions: tuple[tuple[Op, float], ...], unit: str) -> str:
    """ "từ 95% đến dưới 100%", "dưới 95%", "trên 0%", "không quá 2"."""
    if not conditions:
        return "mọi giá trị"
    lower = [(op, b) for op, b in conditions if op in (">=", ">")]
    upper = [(op, b) for op, b in conditions if op in ("<=", "<")]
    words = {">=": "từ", ">": "trên", "<": "dưới", "<=": "không quá"}
    parts = [f"{words[op]} {vi_number(b)}{unit}" for op, b in lower]
    for op, b in upper:
        if lower:
            parts.append(f"đến {'dưới ' if op == '<' else ''}{vi_number(b)}{unit}")
        else:
            parts.append(f"{words[op]} {vi_number(b)}{unit}")
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
        ops = {b[0] for b in bounds[:-1] if b is not None}
        if ops and not (ops <= {">=", ">"} or ops <= {"<=", "<"}):
            raise ValueError("các mức phải cùng chiều (min/above hoặc max/under)")
        higher = ops <= {">=", ">"}
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
        previous: tuple[Op, float] | None = None
        for index, band in enumerate(self.bands):
            conditions: list[tuple[Op, float]] = []
            bound = band.bound()
            if bound is not None:
                conditions.append(bound)
            if previous is not None:
                conditions.append((_COMPLEMENT[previous[0]], previous[1]))
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
