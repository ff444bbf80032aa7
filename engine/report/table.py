"""The self-assessment table (bảng tự chấm điểm) as rows, shared by the xlsx and html writers.

Field, criterion and sub-criterion rows in catalog order, with their level, so both writers
show the same table the appraisal council reads; displayed text comes from the number helpers
of `engine.core.numbers` and `engine.results.sentences`, never from a writer's own rounding.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from engine.core.numbers import vi_number
from engine.report.missing import FactNames, explanation
from engine.report.model import Report
from engine.results.model import CriterionResult
from engine.results.sentences import value_text

STATUS_VI = {
    "scored": "đã chấm",
    "not_applicable": "không áp dụng",
    "missing_evidence": "thiếu minh chứng",
}
MET_VI = {True: "Đạt", False: "Chưa đạt", None: "Chưa đánh giá được"}
NAMES_HIDDEN = (
    "Tên cán bộ đã được ẩn (--hide-names): mỗi cán bộ được thay bằng mã CB01, CB02… theo thứ tự tên."
)


@dataclass(frozen=True)
class Row:
    level: int  # 0 field, 1 criterion or group, 2 sub-criterion
    stt: str
    code: str
    title: str
    max: float
    score: float | None
    indicator: float | None = None
    indicator_text: str = ""
    target: str = ""
    met: str = ""
    met_flag: bool | None = None
    documents: str = ""
    explanation: str = ""
    status: str = ""


def vi_date(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def _criterion(r: CriterionResult, level: int, stt: str, names: FactNames, file: str) -> Row:
    return Row(
        level=level,
        stt=stt,
        code=r.code,
        title=r.title,
        max=r.max,
        score=r.score,
        indicator=r.indicator.value,
        indicator_text=value_text(
            r.indicator.value, r.indicator.unit, r.target.threshold if r.target else None
        ),
        target=r.target.text if r.target else "",
        met=MET_VI[r.target.met] if r.target else "",
        met_flag=r.target.met if r.target else None,
        documents="; ".join(f"{d.number} ngày {vi_date(d.date)}: {d.title}" for d in r.documents),
        explanation=explanation(r, names, file),  # missing evidence named as on screen
        status=STATUS_VI[r.status],
    )


def assessment_rows(report: Report) -> list[Row]:
    groups = {g.code: g for g in report.groups}
    names, file = report.fact_names, report.evidence.file
    rows: list[Row] = []
    n = 0
    for f in report.fields:
        rows.append(Row(level=0, stt=f.code, code=f.code, title=f.title, max=f.max, score=f.score))
        shown: set[str] = set()
        for r in (r for r in report.criteria if r.field == f.code):
            if r.parent and r.parent in groups and r.parent not in shown:
                g = groups[r.parent]
                shown.add(g.code)
                n += 1
                rows.append(Row(level=1, stt=str(n), code=g.code, title=g.title, max=g.max, score=g.score))
            if r.parent:
                rows.append(_criterion(r, 2, "", names, file))
            else:
                n += 1
                rows.append(_criterion(r, 1, str(n), names, file))
    return rows


def score_text(value: float | None) -> str:
    return "—" if value is None else vi_number(value)


def decimals(text: str) -> int:
    """Decimals in a displayed number ("99,68%" → 2): the xlsx cell shows as many."""
    digits = text.split(" ")[0].rstrip("%")
    return len(digits.split(",", 1)[1]) if "," in digits else 0
