"""Linear (thang tuyến tính): the share grows in proportion from `zero_at` (0) to `full_at` (1).

Values beyond either end are held at 0 or 1. One score rule matches every value; the action
computes the share exactly from the indicator's millionths; there is no band to show, so
the label is the scale's title.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Literal

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer, model_validator

from engine.core.numbers import MICRO
from engine.spec.scales.base import Micro, ScaleBase, ScoreRule, exact, on_micro_grid


class LinearScale(ScaleBase):
    kind: Literal["linear"]
    zero_at: float = Field(description="linear: giá trị cho 0 điểm")
    full_at: float = Field(description="linear: giá trị cho điểm tối đa")

    @model_validator(mode="after")
    def _shape(self) -> LinearScale:
        if self.zero_at == self.full_at:
            raise ValueError("thang tuyến tính cần zero_at và full_at khác nhau")
        if not (on_micro_grid(self.zero_at) and on_micro_grid(self.full_at)):
            raise ValueError("zero_at và full_at chỉ được viết tới phần triệu (6 chữ số thập phân)")
        return self

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Before each kind had its own model every scale dumped `bands`; kept so that catalog
        # digests (in every report) stay the same, and read back when empty.
        data: dict[str, Any] = handler(self)
        return {**data, "bands": []}

    @model_validator(mode="before")
    @classmethod
    def _undump(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("bands") == []:
            return {k: v for k, v in data.items() if k != "bands"}
        return data

    def share_of(self, value: Fraction) -> Fraction:
        share = (value - exact(self.zero_at)) / (exact(self.full_at) - exact(self.zero_at))
        return min(Fraction(1), max(Fraction(0), share))

    def score_rules(self) -> list[ScoreRule]:
        return [ScoreRule("linear", (), -1, self.title)]

    def share(self, rule: ScoreRule, v: Micro, nudge: Micro = 0) -> Fraction:
        # In binary floating point, as the engine always has (`nudge` added as a float too):
        # the exact share differs by less than 1e-15, which shows only where points fall
        # half-way between two millionths; there it would move the trace's `stake` in two
        # bundled reports by a millionth, so exactness here is left for a deliberate change.
        share = (v / MICRO + nudge / MICRO - self.zero_at) / (self.full_at - self.zero_at)
        return Fraction(min(1.0, max(0.0, share)))

    def boundaries(self) -> list[Fraction]:
        return [exact(self.zero_at), exact(self.full_at)]
