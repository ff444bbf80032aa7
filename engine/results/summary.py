"""The report's summary (tóm tắt): plan totals, stated weights, baseline, published total.

Pure arithmetic over criterion results and data already validated; no rule knowledge.
What it notices that a reader must not miss (an assumed methodology year, a target set
for a later year, weights the plan states differently, an incomplete or inconsistent
total) it also returns as warnings.
"""

from __future__ import annotations

import unicodedata

from engine.core.numbers import round_report, vi_number
from engine.results.model import (
    BaselineChangeRef,
    BaselineRef,
    CriterionResult,
    PublishedTotalCheck,
    Shortfall,
    Summary,
    Total,
    Warning,
    WeightDifference,
)
from engine.spec.catalog import Catalog
from engine.spec.plan import Plan
from evidence.models import Evidence


def weight_differences(catalog: Catalog, plan: Plan) -> list[WeightDifference]:
    """The plan's stated weights beside the catalog's (a criterion's share of the maximum)."""
    full = sum(c.max or 0 for c in catalog.assessed())
    out = []
    for code, stated in plan.stated_weights.items():
        c = catalog.criterion(code)
        own = 100 * (c.max or 0) / full if full else 0.0
        out.append(
            WeightDifference(
                code=code,
                title=c.title,
                stated_percent=stated.percent,
                stated_text=stated.text,
                catalog_percent=round_report(own),
                difference=round_report(stated.percent - own),
            )
        )
    order = {c.code: i for i, c in enumerate(catalog.criteria)}
    return sorted(out, key=lambda w: order[w.code])


def _baseline(catalog: Catalog, plan: Plan) -> BaselineRef | None:
    b = plan.baseline
    if b is None:
        return None
    return BaselineRef(
        year=b.year,
        total=b.total,
        rank=b.rank,
        text=b.text,
        changes=[
            BaselineChangeRef(code=code, title=catalog.criterion(code).title, change=ch.delta, text=ch.text)
            for code, ch in b.changes.items()
        ],
        source=b.source,
    )


def _published(catalog: Catalog, evidence: Evidence, total: Total) -> PublishedTotalCheck | None:
    spec = catalog.published_total
    if spec is None or spec.fact not in evidence.facts:
        return None
    published = float(evidence.facts[spec.fact])
    difference = round_report(total.score - published)
    rank = evidence.facts.get(spec.rank_fact) if spec.rank_fact else None
    return PublishedTotalCheck(
        published=published,
        computed=total.score,
        difference=difference,
        tolerance=spec.tolerance,
        # rounded like the report so that a difference shown as 0,05 is within 0,05
        consistent=abs(difference) <= spec.tolerance,
        rank=int(rank) if rank is not None else None,
    )


def summarize(
    catalog: Catalog,
    plan: Plan | None,
    evidence: Evidence,
    results: list[CriterionResult],
    shortfalls: list[Shortfall],
    total: Total,
) -> tuple[Summary, list[Warning]]:
    targeted = [r.target for r in results if r.target is not None]
    stake = round_report(sum(s.points_at_stake for s in shortfalls))
    weights = weight_differences(catalog, plan) if plan else []
    summary = Summary(
        targets=len(targeted),
        met=sum(t.met is True for t in targeted),
        missed=sum(t.met is False for t in targeted),
        unassessed=sum(t.met is None for t in targeted),
        points_at_stake=stake,
        score_if_targets_met=round_report(total.score + stake),
        plan_year=plan.year if plan else None,
        progress=plan is not None and evidence.year < plan.year,
        stated_weights=weights,
        baseline=_baseline(catalog, plan) if plan else None,
        published_total=_published(catalog, evidence, total),
    )
    return summary, _warnings(catalog, plan, evidence, summary, total)


def _unit_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _same_unit(a: str, b: str) -> bool:
    """Unit names as people read them: case and spacing ignored, and one name may be part of
    the other ("Tỉnh Khánh Hòa" in "Ủy ban nhân dân tỉnh Khánh Hòa")."""
    x, y = _unit_key(a), _unit_key(b)
    return x in y or y in x


def _warnings(
    catalog: Catalog, plan: Plan | None, evidence: Evidence, summary: Summary, total: Total
) -> list[Warning]:
    out: list[Warning] = []
    if catalog.provisional:
        message = f"Bộ tiêu chí '{catalog.id}' là tạm thời: {catalog.provisional}"
        out.append(Warning(code=None, message=message))
    note = catalog.assumed_years.get(evidence.year)
    if note is not None:
        out.append(
            Warning(
                code=None,
                message=(
                    f"Bộ tiêu chí '{catalog.id}' được áp dụng cho năm {evidence.year} theo giả định: {note}"
                ),
            )
        )
    if plan is not None and not _same_unit(plan.unit, evidence.unit):
        out.append(
            Warning(
                code=None,
                message=(
                    f"Kế hoạch '{plan.id}' là của “{plan.unit}”, minh chứng là của “{evidence.unit}”: "
                    f"chỉ tiêu của kế hoạch được so với số liệu của “{evidence.unit}” (kiểm tra mục 'plan' "
                    "của tệp minh chứng nếu nhầm kế hoạch)."
                ),
            )
        )
    if plan is not None and summary.progress:
        out.append(
            Warning(
                code=None,
                message=(
                    f"Kế hoạch '{plan.id}' đặt chỉ tiêu cho năm {plan.year}; kết quả năm {evidence.year} "
                    "được so với các chỉ tiêu đó để theo dõi tiến độ."
                ),
            )
        )
    differing = [w for w in summary.stated_weights if w.difference]
    if plan is not None and differing:
        listed = "; ".join(
            f"{w.code} {w.title}: {vi_number(w.stated_percent)}% "
            f"(bộ tiêu chí {vi_number(w.catalog_percent)}%)"
            for w in differing
        )
        out.append(
            Warning(
                code=None,
                message=(
                    f"Kế hoạch '{plan.id}' nêu trọng số khác bộ tiêu chí '{catalog.id}': {listed}. "
                    "Tổng điểm và điểm bị ảnh hưởng được tính theo trọng số của bộ tiêu chí."
                ),
            )
        )
    missing = total.counts.get("missing_evidence", 0)
    if missing:
        out.append(
            Warning(
                code=None,
                message=(
                    f"Tổng điểm chưa đầy đủ: {missing} tiêu chí thiếu minh chứng "
                    f"({vi_number(total.missing_evidence_max)} điểm tối đa) chưa được chấm, không tính là 0; "
                    "không so sánh tổng điểm này với tổng điểm đầy đủ."
                ),
            )
        )
    check = summary.published_total
    if check is not None and not check.consistent and not missing:
        out.append(
            Warning(
                code=None,
                message=(
                    f"Tổng điểm tính được {vi_number(check.computed)} lệch {vi_number(check.difference)} "
                    f"so với tổng điểm đã công bố {vi_number(check.published)}, vượt sai số làm tròn "
                    f"cho phép ({vi_number(check.tolerance)}): kiểm tra số liệu nhập hoặc trọng số của năm."
                ),
            )
        )
    return out
