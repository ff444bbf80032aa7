"""How each indicator is computed from evidence facts: data, compiled later to rules.

The forms are deliberately few and structural (ratio, value, all_of, change), so a rule
file is parsed into this structure and never evaluated as code.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from engine.core import validation
from engine.core.compare import Compare
from engine.core.datafile import read_file
from engine.core.problems import InputError, Problem, Reason
from engine.core.validation import Loc, line_of
from engine.spec.catalog import Catalog


class Ratio(BaseModel):
    """100 × of / over (percent). The numerator is what a unit can still improve."""

    model_config = ConfigDict(extra="forbid")
    of: str
    over: str


class Change(BaseModel):
    """This year's fact against last year's: in points (`pp`) or relative (`percent`)."""

    model_config = ConfigDict(extra="forbid")
    fact: str
    unit: Literal["pp", "percent"]


class Condition(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fact: str
    compare: Compare
    value: float
    reason: str = Field(description="lý do không áp dụng, tiếng Việt")


class Indicator(BaseModel):
    """One criterion's indicator. Exactly one of ratio / value / all_of / change."""

    model_config = ConfigDict(extra="forbid")

    ratio: Ratio | None = None
    value: str | None = None
    all_of: list[str] | None = Field(None, min_length=1)
    change: Change | None = None
    direct: str | None = Field(None, description="tỷ lệ được khai trực tiếp, khi không có số đếm")
    unit: str = ""
    gap_unit: str = Field("", description="đơn vị của khoảng thiếu, ví dụ 'hồ sơ đúng hạn'")
    not_applicable_when: list[Condition] = []
    zero_denominator: Literal["not_applicable", "missing_evidence", "zero"] = Field(
        "not_applicable",
        description=(
            "khi mẫu số bằng 0 (ratio) hoặc năm trước bằng 0 (change percent): không áp dụng, "
            "thiếu minh chứng, hoặc chấm chỉ số 0"
        ),
    )

    @model_validator(mode="after")
    def _one_form(self) -> Indicator:
        forms = [self.ratio, self.value, self.all_of, self.change]
        if sum(f is not None for f in forms) != 1:
            raise ValueError("chỉ số cần đúng một dạng: ratio, value, all_of hoặc change")
        if self.direct is not None and self.ratio is None:
            raise ValueError("'direct' chỉ dùng cho chỉ số dạng ratio")
        return self

    @property
    def form(self) -> str:
        for name in ("ratio", "value", "all_of", "change"):
            if getattr(self, name) is not None:
                return name
        raise AssertionError  # pragma: no cover

    def facts(self) -> list[str]:
        """Every fact the indicator can read (counts first, then a direct rate)."""
        if self.ratio is not None:
            names = [self.ratio.of, self.ratio.over]
        elif self.value is not None:
            names = [self.value]
        elif self.all_of is not None:
            names = list(self.all_of)
        else:
            assert self.change is not None
            names = [self.change.fact]
        if self.direct:
            names.append(self.direct)
        return names


class Rulebook(BaseModel):
    model_config = ConfigDict(extra="forbid")

    catalog: str
    source: str = ""
    indicators: dict[str, Indicator]


def check_against(
    rulebook: Rulebook, catalog: Catalog, file: str, lines: Mapping[Loc, int] | None = None
) -> list[Problem]:
    """Each indicator that names an unscored criterion or an unknown fact, and each scored
    criterion without an indicator: one problem each, at its own line."""
    problems = []
    scored = {c.code for c in catalog.assessed()}
    for code, ind in rulebook.indicators.items():
        if code not in scored:
            problems.append(
                Problem(
                    code=Reason.UNKNOWN_CRITERION,
                    file=file,
                    where=f"indicators.{code}",
                    line=line_of(lines, ("indicators", code)),
                    reason="không phải tiêu chí được chấm điểm",
                )
            )
        names = ind.facts() + [c.fact for c in ind.not_applicable_when]
        problems += [
            Problem(
                code=Reason.UNKNOWN_FACT,
                file=file,
                where=f"indicators.{code}",
                line=line_of(lines, ("indicators", code)),
                reason=f"minh chứng '{n}' không có trong từ điển minh chứng",
            )
            for n in names
            if n not in catalog.facts
        ]
    problems += [
        Problem(
            code=Reason.MISSING_FIELD,
            file=file,
            where="indicators",
            line=line_of(lines, ("indicators",)),
            reason=f"tiêu chí '{code}' chưa có cách tính chỉ số",
        )
        for code in sorted(scored - set(rulebook.indicators))
    ]
    return problems


def load_rulebook(path: Path, name: str, catalog: Catalog) -> Rulebook:
    """Parse a rule file and check it against its catalog."""
    doc = read_file(path, name)
    try:
        rulebook = Rulebook.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(validation.problems(exc, name, doc.lines, Rulebook)) from exc
    problems = check_against(rulebook, catalog, name, doc.lines)
    if problems:
        raise InputError(problems)
    return rulebook
