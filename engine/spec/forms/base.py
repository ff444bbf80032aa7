"""What every indicator form provides: the common fields of an indicator and what a form answers.

An indicator form (dạng chỉ số) is how one criterion's indicator is computed from evidence
facts. A form is one module of this package: a pydantic model, subclass of `IndicatorBase`,
with its own key in the rule file (`ratio: {of, over}`, `value: fact`, …) declared as
`FORM`, and answers, each from the data only:
- `facts()` / `previous_facts()`: the evidence facts it reads this year and last year;
- `rules(code, facts)`: its compile patterns (durable-rules JSON) and what each asserts;
- `missing(...)`, `uncomputable(...)`, `inputs(...)`: what the report says it lacked or used;
- `gap(...)`: the shortfall sentence in the criterion's own units, where the form has one;
- `detail(...)`: what the explanation adds after the indicator's value;
- `inconsistencies(...)`: evidence that contradicts itself for this form (checked on load).
Nothing here knows a particular criterion; the registry (`__init__`) finds the forms.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

from engine.core.compare import Compare
from engine.core.numbers import to_micro
from engine.spec.catalog import FactSpec

Pattern = dict[str, Any]
Fact = dict[str, Any]
Facts = Mapping[str, FactSpec]
Present = Mapping[str, float | bool | int]
"""Evidence facts given (name → value)."""

LEGACY_KEYS = ("ratio", "value", "all_of", "change", "direct")
"""Every indicator dumped these keys (None when unused) before each form had its own model;
kept in the dump so that rules digests, which every report shows, stay the same."""


def all_of(*conds: Pattern) -> Pattern:
    return {"$and": list(conds)}


def fact(name: str, *extra: Pattern) -> Pattern:
    """An evidence fact by name (with further conditions)."""
    return all_of({"kind": "fact"}, {"name": name}, *extra)


def same_period(alias: str) -> Pattern:
    return {"period": {alias: "period"}}


@dataclass(frozen=True)
class FormRule:
    """One compiled rule of a form: its name, its patterns (alias → condition), what it asserts."""

    name: str
    patterns: list[tuple[str, Pattern]]
    derive: Callable[[Mapping[str, Fact]], list[Fact]]


@dataclass(frozen=True)
class Gap:
    sentence: str
    value: float
    unit: str


@dataclass(frozen=True)
class Miss:
    """A missed target, as a gap sentence needs it (values as numbers, the texts already made)."""

    value: float
    compare: Compare
    threshold: float
    shown: str  # the value in its unit: "98,5%", "7,5 điểm"
    head: str  # "98,5% < 100%" (with last year's value when the target is relative)
    num: Fraction | None = None
    den: Fraction | None = None
    lacking: list[str] | None = None


class Condition(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fact: str
    compare: Compare
    value: float
    reason: str = Field(description="lý do không áp dụng, tiếng Việt")


class IndicatorBase(BaseModel):
    """One criterion's indicator: the fields every form shares."""

    model_config = ConfigDict(extra="forbid")
    FORM: ClassVar[str]

    unit: str = ""
    gap_unit: str = Field("", description="đơn vị của khoảng thiếu, ví dụ 'hồ sơ đúng hạn'")
    not_applicable_when: list[Condition] = []
    when_missing: str = Field(
        "",
        description="lý do không áp dụng khi thiếu minh chứng (tiêu chí 0 điểm chỉ để theo dõi, tạm tính, "
        "có minh chứng chỉ khi có tệp trích xuất); bỏ trống: thiếu minh chứng như mọi tiêu chí",
        exclude_if=lambda v: not v,  # left out when unset: other rulebooks' digests stay
    )
    zero_denominator: Literal["not_applicable", "missing_evidence", "zero", "full"] = Field(
        "not_applicable",
        description=(
            "khi mẫu số bằng 0 (ratio) hoặc năm trước bằng 0 (change percent): không áp dụng, "
            "thiếu minh chứng, chấm chỉ số 0, hoặc (full, chỉ với ratio) tính là 100%"
        ),
    )
    ZERO_AS_FULL: ClassVar[bool] = False
    """Whether "nothing to do counts as 100 %" means something for this form (a rate)."""

    @model_validator(mode="after")
    def _zero_policy(self) -> IndicatorBase:
        if self.zero_denominator == "full" and not self.ZERO_AS_FULL:
            raise ValueError("'zero_denominator: full' chỉ dùng cho chỉ số dạng ratio")
        return self

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        return {**dict.fromkeys(LEGACY_KEYS), **data}

    @property
    def form(self) -> str:
        return self.FORM

    def facts(self) -> list[str]:
        """Every fact the indicator can read this year (counts first, then a direct rate)."""
        raise NotImplementedError

    def previous_facts(self) -> list[str]:
        """Facts whose last-year value the form itself reads."""
        return []

    def rules(self, code: str, facts: Facts) -> list[FormRule]:
        """The rules that compute the indicator (`facts`: the catalog's fact dictionary)."""
        raise NotImplementedError

    def missing(self, present: Present, previous: Present) -> list[str]:
        """The facts it lacks to be computed (`previous.<fact>` for last year's)."""
        return [n for n in self.facts() if n not in present]

    def uncomputable(self, present: Present, previous: Present, facts: Facts) -> list[str]:
        """Why, with every fact given, there is still no value (a zero denominator)."""
        return []

    def inputs(self, present: Present, source: str | None) -> dict[str, float | bool]:
        """The evidence the indicator was computed from, as the report lists it."""
        return {n: present[n] for n in self.facts() if n in present}

    def gap(self, miss: Miss, facts: Facts) -> Gap | None:
        """The form's own shortfall sentence, or None for the generic one (distance to the bar)."""
        return None

    def detail(self, inputs: Mapping[str, float | bool], source: str | None) -> str:
        """Text the explanation adds right after the indicator's value."""
        return ""

    def inconsistencies(self, present: Present, code: str) -> list[tuple[str, str]]:
        """(fact, reason) for evidence that contradicts itself under this form."""
        return []


def indicator_fact(code: str, period: str, v: int, **extra: Any) -> Fact:
    """The indicator fact a form's rule asserts."""
    return {"kind": "indicator", "code": code, "period": period, "v": v, "source": "computed", **extra}


def zero_rules(ind: IndicatorBase, code: str, facts: Facts, name: str, period: str) -> list[FormRule]:
    """What a zero denominator (`name` in `period`) means for this criterion: data, not code."""
    label = facts[name].label + (" (năm trước)" if period == "previous" else "")
    pattern = [("a", fact(name, {"period": period}, {"v": 0}))]
    if ind.zero_denominator == "not_applicable":
        reason = f"{label} bằng 0"
        return [FormRule(f"na:{code}:zero", pattern, lambda m: [not_applicable(code, reason)])]
    if ind.zero_denominator == "zero":
        # Assessed as 0 (e.g. no plan at all means nothing of it was done).
        zero = indicator_fact(code, "current", 0, num=0, den=0)
        return [FormRule(f"indicator:{code}:zero", pattern, lambda m: [zero])]
    if ind.zero_denominator == "full":
        # Assessed as 100 %: the methodology gives full marks when there was nothing to do.
        full = indicator_fact(code, "current", to_micro(100), num=0, den=0)
        return [FormRule(f"indicator:{code}:full", pattern, lambda m: [full])]
    return []


def not_applicable(code: str, reason: str) -> Fact:
    return {"kind": "na", "code": code, "reason": reason}
