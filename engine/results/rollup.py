"""Roll-up TCTP → TC → field → total, from criterion results only (pure arithmetic)."""

from __future__ import annotations

from collections import Counter

from engine.core.numbers import round_report
from engine.results.model import CriterionResult, GroupRollup, Rollup, Total, TotalLabel
from engine.spec.catalog import Catalog


def contribution(r: CriterionResult) -> tuple[float, float, float]:
    """(score, max, missing max) one criterion adds to the sums above it."""
    if r.status == "not_applicable":
        assert r.not_applicable is not None
        if r.not_applicable.policy == "exclude":
            return 0.0, 0.0, 0.0
        return r.max, r.max, 0.0
    if r.status == "missing_evidence":
        return 0.0, r.max, r.max
    return r.score or 0.0, r.max, 0.0


def _sum(results: list[CriterionResult]) -> tuple[float, float, float, int]:
    score = max_ = missing = 0.0
    for r in results:
        s, m, x = contribution(r)
        score, max_, missing = score + s, max_ + m, missing + x
    return score, max_, missing, sum(r.status == "missing_evidence" for r in results)


def _pct(score: float, max_: float) -> float | None:
    return round_report(100 * score / max_, 2) if max_ else None


def roll_up(
    catalog: Catalog, results: list[CriterionResult], provisional: bool
) -> tuple[Total, list[Rollup], list[GroupRollup]]:
    def sums(part: list[CriterionResult]) -> dict[str, float | int | None]:
        score, max_, _, missing = _sum(part)
        return {
            "score": round_report(score),
            "max": round_report(max_),
            "percent": _pct(score, max_),
            "missing_evidence": missing,
        }

    fields = [
        Rollup.model_validate(
            {"code": f.code, "title": f.title, **sums([r for r in results if r.field == f.code])}
        )
        for f in catalog.fields
    ]
    groups = [
        GroupRollup.model_validate(
            {
                "code": g.code,
                "title": g.title,
                "field": g.field,
                **sums([r for r in results if r.parent == g.code]),
            }
        )
        for g in catalog.criteria
        if not g.assessed
    ]
    score, max_, missing_max, _ = _sum(results)
    counts = Counter(r.status for r in results)
    total = Total(
        score=round_report(score),
        max=round_report(max_),
        percent=_pct(score, max_),
        missing_evidence_max=round_report(missing_max),
        counts={s: counts.get(s, 0) for s in ("scored", "not_applicable", "missing_evidence")},
        provisional=provisional,
    )
    labels = catalog.total_labels
    # an incomplete total (criteria still missing evidence) gets no label: it is not a result yet
    if labels is not None and not total.counts["missing_evidence"]:
        total.label = TotalLabel(
            text=labels.label_of(total.score), provisional=labels.provisional, source=labels.source
        )
    return total, fields, groups
