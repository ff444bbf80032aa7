"""People rules (quy tắc xếp loại) as policies that a plan adopts, kept apart from any catalog.

A rule such as Kết luận 91-KL/TU's "an official with more than 10% late dossiers cannot be
rated 'hoàn thành tốt nhiệm vụ'" binds the units that implement it, not a methodology: it
lives in `criteria/policies/<id>.yaml` and applies only where a plan lists it under
`policies`. The text is the source's, verbatim (an extraction error is kept and noted); a
goal (phấn đấu) is a `goal` rule that is reported but never bars a rating; the start year is
the document's; which dossiers count (overdue pending ones or not) is a stated choice that
an adopting plan may change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from engine.core import validation
from engine.core.datafile import read_file
from engine.core.problems import InputError, Problem, Reason

OverduePending = Literal["exclude", "include"]
RatingCompare = Literal[">", ">="]


class RatingMeasure(BaseModel):
    """The share a rule tests: 100 × of / over, per department or official.

    `overdue` names the fact of dossiers still pending past their due date; when the policy
    counts them (`overdue_pending: include`) they are added to both sides, as late dossiers.
    """

    model_config = ConfigDict(extra="forbid")

    of: str
    over: str
    overdue: str | None = None


class RatingThreshold(BaseModel):
    """The threshold (percent) of a rating rule from an assessment year on."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    from_year: int = Field(alias="from", ge=2000, le=2100)
    value: float = Field(ge=0, lt=100, description="ngưỡng, %")


class RatingRule(BaseModel):
    """A rule on a department's or official's share of late dossiers.

    `kind: rule` bars a rating (`bars`) when 100 × of / over <compare> the year's threshold;
    `kind: goal` is a target the source asks units to strive for (phấn đấu): the report says
    who is past it, and nobody's rating is barred by it.
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: Literal["rule", "goal"] = "rule"
    subject: Literal["department", "official"]
    text: str = Field(description="nguyên văn quy định trong tài liệu nguồn")
    bars: str = Field("", description="mức xếp loại bị chặn (quy tắc); để trống với mục tiêu")
    measure: RatingMeasure
    compare: RatingCompare
    thresholds: list[RatingThreshold] = Field(min_length=1)
    source: str
    note: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> RatingRule:
        years = [t.from_year for t in self.thresholds]
        if years != sorted(set(years)):
            raise ValueError("các ngưỡng phải xếp theo năm tăng dần, không trùng năm")
        if (self.kind == "rule") != bool(self.bars):
            raise ValueError("quy tắc (kind: rule) cần 'bars'; mục tiêu (kind: goal) không chặn xếp loại nào")
        return self


class Policy(BaseModel):
    """A document's people rules, e.g. the plan implementing Kết luận 91-KL/TU (seed 001)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    document: str = Field(description="văn bản nguồn: số, ngày, cơ quan ban hành")
    start_year: int = Field(ge=2000, le=2100, description="năm đánh giá đầu tiên áp dụng, theo ngày văn bản")
    source: str
    notes: str = ""
    overdue_pending: OverduePending = Field(
        "exclude",
        description="hồ sơ đang giải quyết đã quá hạn: không tính (exclude) hay tính là trễ hạn "
        "ở cả tử số và mẫu số (include)",
    )
    overdue_pending_reason: str = Field(description="vì sao chọn cách tính này")
    rules: list[RatingRule] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Policy:
        ids = [r.id for r in self.rules]
        if len(set(ids)) != len(ids):
            raise ValueError("mã quy tắc xếp loại bị trùng")
        early = [r.id for r in self.rules if r.thresholds[0].from_year < self.start_year]
        if early:
            raise ValueError(f"quy tắc {', '.join(early)} áp dụng trước năm bắt đầu {self.start_year}")
        if self.overdue_pending == "include" and any(r.measure.overdue is None for r in self.rules):
            raise ValueError("overdue_pending: include cần 'measure.overdue' ở mọi quy tắc")
        return self

    def facts(self) -> set[str]:
        """Every fact the rules read."""
        return {
            name
            for r in self.rules
            for name in (r.measure.of, r.measure.over, r.measure.overdue)
            if name is not None
        }


class Adoption(BaseModel):
    """A plan's adoption of a policy, optionally with its own choice on overdue dossiers."""

    model_config = ConfigDict(extra="forbid")

    id: str
    overdue_pending: OverduePending | None = Field(
        None, description="thay cách tính hồ sơ quá hạn của chính sách (bỏ trống: theo chính sách)"
    )

    @model_validator(mode="before")
    @classmethod
    def _from_id(cls, data: Any) -> Any:
        return {"id": data} if isinstance(data, str) else data


@dataclass(frozen=True)
class Adopted:
    """A policy as a plan applies it: the choice on overdue dossiers settled."""

    policy: Policy
    overdue_pending: OverduePending

    @property
    def counts_overdue(self) -> bool:
        return self.overdue_pending == "include"


class Shelf(Protocol):
    """Where policies are found by id (the bundle's `Library`: user data directories, then shipped)."""

    def policy_ids(self) -> list[str]: ...

    def find_policy(self, policy_id: str) -> Policy: ...


def load_policy(path: Path, name: str) -> Policy:
    """Parse a policy file (`criteria/policies/<id>.yaml`); problems cite `name`.

    Finding the file by id, and caching, is the bundle loader's job (engine.spec.bundle).
    """
    doc = read_file(path, name)
    try:
        policy = Policy.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(validation.problems(exc, doc.name, doc.lines, Policy)) from exc
    if policy.id != path.stem:
        raise InputError(
            [
                Problem(
                    code=Reason.ID_MISMATCH,
                    file=doc.name,
                    where="id",
                    line=doc.line_of(("id",)),
                    reason=f"id '{policy.id}' khác tên tệp",
                )
            ]
        )
    return policy


def adopt(adoptions: list[Adoption], shelf: Shelf) -> list[Adopted]:
    """The policies a plan adopts, found on the shelf, in the plan's order."""
    out = []
    for a in adoptions:
        policy = shelf.find_policy(a.id)
        out.append(Adopted(policy, a.overdue_pending or policy.overdue_pending))
    return out
