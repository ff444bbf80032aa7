"""What scoring found, criterion by criterion: the result models the report is made of.

These are the schema of every result that crosses into a report writer; the envelope
(`engine.report.model.Report`) adds the references and digests of the inputs.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["scored", "not_applicable", "missing_evidence"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _unset(value: object) -> bool:
    """Keys added later are left out when unused, so reports that do not use them keep their bytes."""
    return value is None or value == []


class TotalLabel(_Model):
    text: str = Field(description="xếp loại theo tổng điểm, ví dụ “Khá”")
    provisional: bool
    source: str


class Total(_Model):
    score: float = Field(description="điểm tự đánh giá")
    max: float = Field(description="điểm tối đa (đã trừ tiêu chí không áp dụng bị loại)")
    percent: float | None
    missing_evidence_max: float = Field(description="điểm tối đa của các tiêu chí thiếu minh chứng")
    counts: dict[str, int] = Field(description="số tiêu chí theo trạng thái")
    provisional: bool
    label: TotalLabel | None = Field(
        None, description="xếp loại theo tổng điểm (khi bộ tiêu chí có total_labels)", exclude_if=_unset
    )


class Rollup(_Model):
    code: str
    title: str
    score: float
    max: float
    percent: float | None
    missing_evidence: int


class GroupRollup(Rollup):
    field: str


class ScaleRef(_Model):
    id: str
    title: str
    provisional: bool
    source: str


class IndicatorResult(_Model):
    value: float | None
    unit: str
    form: str = Field(description="ratio | value | all_of | change")
    source: Literal["computed", "direct"] | None = Field(
        description="computed: tính từ số đếm; direct: tỷ lệ khai trực tiếp"
    )
    inputs: dict[str, float | bool] = Field(description="minh chứng đã dùng")
    previous: float | None = None
    change: float | None = Field(None, description="thay đổi so với năm trước (khi có số liệu năm trước)")


class BandResult(_Model):
    index: int
    label: str


class TargetResult(_Model):
    text: str = Field(description="nguyên văn chỉ tiêu của kế hoạch")
    rule: str = Field(description="chỉ tiêu dạng so sánh, ví dụ '≥ 100%', '≥ năm trước + 2 điểm %'")
    threshold: float | None
    met: bool | None = Field(description="null khi không đánh giá được")
    reason: str = ""
    interpretation: str = ""
    reading: str = Field(
        "", description="khi chỉ tiêu đọc được hai cách: cách được dùng, cách kia và lý do chọn"
    )
    lead_unit: str = ""


class NotApplicable(_Model):
    reason: str
    policy: Literal["full_points", "exclude"]


class DocumentRef(_Model):
    number: str
    date: str
    title: str


class TraceStep(_Model):
    rule: str
    matched: dict[str, dict[str, Any]]
    asserted: list[dict[str, Any]]


class Available(_Model):
    """Points still available on a criterion and the least effort that earns them."""

    points: float = Field(description="điểm còn có thể đạt (điểm tối đa − điểm hiện có)")
    needed: float | None = Field(
        description="số cần thêm (theo unit) để đạt đủ điểm; null khi không tính được"
    )
    unit: str
    sentence: str = Field(description="ví dụ: cần thêm 120 hồ sơ có kết quả điện tử để được thêm 0,50 điểm")


class CriterionResult(_Model):
    code: str
    title: str
    field: str
    parent: str | None
    max: float
    score: float | None = Field(description="null khi thiếu minh chứng")
    status: Status
    scale: ScaleRef
    indicator: IndicatorResult
    band: BandResult | None
    target: TargetResult | None
    not_applicable: NotApplicable | None = None
    missing_facts: list[str] = []
    documents: list[DocumentRef] = []
    explanation: str
    available: Available | None = Field(
        None, description="khi bộ tiêu chí bật points_available: điểm còn có thể đạt", exclude_if=_unset
    )
    trace: list[TraceStep]


class Shortfall(_Model):
    code: str
    title: str
    gap: str = Field(description="câu mô tả khoảng thiếu")
    gap_value: float
    gap_unit: str
    points_at_stake: float
    indicator: float | None
    threshold: float | None
    target_text: str
    lead_unit: str = ""


class Warning(_Model):
    code: str | None
    message: str


class WeightDifference(_Model):
    code: str
    title: str
    stated_percent: float = Field(description="trọng số kế hoạch nêu (%)")
    stated_text: str = Field(description="nguyên văn")
    catalog_percent: float = Field(description="trọng số theo bộ tiêu chí (% của điểm tối đa)")
    difference: float = Field(description="kế hoạch − bộ tiêu chí (điểm %)")


class BaselineChangeRef(_Model):
    code: str
    title: str
    change: float
    text: str


class BaselineRef(_Model):
    year: int
    total: float | None
    rank: str
    text: str
    changes: list[BaselineChangeRef]
    source: str


class PublishedTotalCheck(_Model):
    published: float = Field(description="tổng điểm đã công bố (minh chứng)")
    computed: float = Field(description="tổng điểm công cụ tính")
    difference: float = Field(description="tính − công bố")
    tolerance: float
    consistent: bool
    rank: int | None = Field(None, description="thứ hạng đã công bố (nếu có)")


class ScoreTargetResult(_Model):
    """A plan's target on a field's score or on the total, checked after the roll-up."""

    code: str = Field(description="mã lĩnh vực, hoặc 'total'")
    title: str
    score: float
    max: float
    text: str = Field(description="nguyên văn chỉ tiêu")
    rule: str
    threshold: float
    met: bool | None = Field(description="null khi còn tiêu chí thiếu minh chứng mà chưa đạt")
    reason: str = ""
    gap_points: float = Field(description="số điểm còn thiếu (0 khi đạt)")
    gap: str = Field(
        description="câu nêu điểm còn thiếu và việc cần làm, điểm còn có thể đạt nhiều nhất trước"
    )
    lead_unit: str = ""


class Summary(_Model):
    """Plan-level totals: how many targets are met and what the missed ones cost."""

    targets: int = Field(description="số tiêu chí có chỉ tiêu kế hoạch")
    met: int
    missed: int
    unassessed: int = Field(description="chưa đánh giá được (thiếu minh chứng, không áp dụng…)")
    points_at_stake: float = Field(description="tổng điểm bị ảnh hưởng bởi các chỉ tiêu chưa đạt")
    score_if_targets_met: float = Field(description="tổng điểm nếu mọi chỉ tiêu chưa đạt vừa đạt")
    plan_year: int | None = None
    progress: bool = Field(False, description="năm đánh giá trước năm chỉ tiêu: so như tiến độ")
    stated_weights: list[WeightDifference] = []
    baseline: BaselineRef | None = None
    published_total: PublishedTotalCheck | None = None
    score_targets: list[ScoreTargetResult] = Field(
        default_factory=list, description="chỉ tiêu điểm lĩnh vực, tổng điểm của kế hoạch", exclude_if=_unset
    )


class Rating(_Model):
    """A people rule of an adopted policy (e.g. 91-KL/TU, seed 001) applied to one department or official."""

    kind: Literal["department", "official"]
    name: str
    department: str | None = Field(
        None, description="phòng của cán bộ (phòng giải quyết nhiều hồ sơ nhất); null với một phòng"
    )
    policy: str = Field(description="mã chính sách kế hoạch áp dụng (criteria/policies/<mã>.yaml)")
    rule: str = Field(description="mã quy tắc xếp loại trong chính sách")
    goal: bool = Field(
        description="true: mục tiêu phấn đấu (rule_hit là chưa đạt mục tiêu), không chặn xếp loại nào"
    )
    resolved: int = Field(
        description="số hồ sơ tính vào mẫu số (đã giải quyết, cộng quá hạn khi counts_overdue)"
    )
    late: int = Field(description="số hồ sơ trễ hạn (cộng quá hạn đang giải quyết khi counts_overdue)")
    counts_overdue: bool = Field(
        description="true khi chính sách (hoặc kế hoạch) tính hồ sơ đang giải quyết đã quá hạn là trễ hạn"
    )
    late_share: float | None = Field(description="tỷ lệ trễ hạn, %; null khi chưa giải quyết hồ sơ nào")
    compare: Literal[">", ">="] = Field(description="quy tắc chặn xếp loại khi tỷ lệ <compare> ngưỡng")
    threshold: float = Field(description="ngưỡng của năm đánh giá, %")
    rule_hit: bool = Field(description="true khi quy tắc chặn mức xếp loại (với mục tiêu: chưa đạt mục tiêu)")
    bars: str = Field(description="mức xếp loại bị chặn; rỗng với mục tiêu")
    late_budget: int = Field(
        description=(
            "số hồ sơ trễ hạn còn có thể có thêm trong năm mà chưa vượt ngưỡng, với khối lượng hiện tại "
            "(mỗi hồ sơ trễ thêm cũng là một hồ sơ giải quyết thêm); 0 khi đã bị chặn"
        )
    )
