"""Turn what the rules asserted (Outcome) into report entries: results, shortfalls, warnings.

Nothing is decided again here: the status, band, score and target outcome are read from the
facts the rules asserted (`na`, `score`, `missing`; `check`, `unassessable`, `shortfall`),
with one precedence where two are asserted: not applicable > scored.
"""

from __future__ import annotations

from fractions import Fraction
from typing import assert_never

from engine.core import display
from engine.core.numbers import MICRO, from_micro, round_beside, round_report
from engine.core.rounding import half_up
from engine.results.available import available
from engine.results.model import (
    BandResult,
    CriterionResult,
    DocumentRef,
    IndicatorResult,
    NotApplicable,
    ScaleRef,
    Shortfall,
    Status,
    TargetResult,
    TraceStep,
    Warning,
)
from engine.results.sentences import explain_missing, explain_not_applicable, explain_scored
from engine.rules.evaluate import Outcome, readable
from engine.spec.catalog import Catalog, Criterion
from engine.spec.plan import Plan, Target
from engine.spec.rulebook import Rulebook
from evidence.models import Evidence


def rule_text(target: Target, unit: str = "") -> str:
    """The target as the plan means it ("≥ 100%", "≥ năm trước + 2 điểm %")."""
    rule = target.rule
    if rule.value is not None:
        return display.target(rule.compare, rule.value, unit)
    assert rule.previous is not None
    return display.target(rule.compare, None, unit, rule.previous.delta, rule.previous.unit)


def _previous(o: Outcome, value: float | None) -> tuple[float | None, float | None]:
    """Last year's value and the change to this year's, when last year's facts were given.

    A `change` indicator already is the change; it only reports the previous fact.
    """
    if o.indicator is not None and "previous" in o.indicator:
        return round_report(from_micro(o.indicator["previous"])), None
    if o.previous_indicator is None:
        return None, None
    previous = from_micro(o.previous_indicator["v"])
    change = round_report(value - previous) if value is not None else None
    return round_report(previous), change


def _unassessed(o: Outcome, status: Status) -> str:
    """Why the rules could not check a target (they asserted `unassessable` for it), in the
    terms of what else they asserted: the criterion's status, or no threshold (no last year)."""
    assert o.unassessable, f"{o.code}: the rules asserted neither a check nor 'unassessable'"
    if status == "not_applicable":
        return "tiêu chí không áp dụng"
    if status == "missing_evidence":
        return "thiếu minh chứng"
    if o.threshold is None:
        return "thiếu số liệu năm trước để so sánh (mục previous)"
    return "không so sánh được"


def _status(o: Outcome) -> Status:
    """The status the rules asserted: `na` facts, a `score`, or `missing` (which the rules assert
    only without an indicator and without `na`). Not applicable outranks a score: a criterion
    whose conditions say it does not apply is not scored even when its indicator was computed."""
    if o.na:
        return "not_applicable"
    if o.score is not None:
        return "scored"
    assert o.missing, f"{o.code}: the rules asserted no status"
    return "missing_evidence"


def _target(target: Target | None, o: Outcome, status: Status, unit: str) -> TargetResult | None:
    if target is None:
        return None
    threshold = from_micro(o.threshold["v"]) if o.threshold else None
    met = bool(o.check["met"]) if o.check is not None else None
    reason = "" if o.check is not None else _unassessed(o, status)
    return TargetResult(
        text=target.text,
        rule=rule_text(target, unit),
        threshold=round_report(threshold) if threshold is not None else None,
        met=met,
        reason=reason,
        interpretation=target.interpretation,
        reading=(
            f"Dùng cách hiểu: {target.reading.chosen}. Cách hiểu khác: {target.reading.alternative}. "
            f"Lý do: {target.reading.why}"
            if target.reading
            else ""
        ),
        lead_unit=target.lead_unit,
    )


# How a score was rounded, where a reader could not guess it from the rate and the scale.
ROUNDING_NOTES = {
    "js_tofixed_2": "tính như trang web của phương pháp: từ tỷ lệ đã làm tròn 2 chữ số, "
    "điểm làm tròn như toFixed(2) của JavaScript",
}


def _mode(catalog: Catalog, c: Criterion) -> str:
    return catalog.rounding.mode_for(c.field) if catalog.rounding else ""


def _shown(catalog: Catalog, o: Outcome, value: float | None, threshold: float | None) -> float | None:
    """The indicator value the report shows: rounded to 2 decimals from the exact rate when the
    catalog says its percentages are shown so (as the portal does), else to 4 decimals — or to
    6 when 4 would land on or past the target it misses (`round_beside`)."""
    if value is None or o.indicator is None:
        return None
    if catalog.rounding is None or catalog.rounding.indicator is None:
        return round_beside(value, threshold)
    ind = o.indicator
    exact = Fraction(100 * ind["num"], ind["den"]) if ind.get("den") else Fraction(ind["v"], MICRO)
    return float(half_up(exact, 2))


def criterion_result(
    c: Criterion,
    o: Outcome,
    catalog: Catalog,
    rulebook: Rulebook,
    plan: Plan | None,
    evidence: Evidence,
) -> CriterionResult:
    assert c.max is not None and c.scale is not None
    ind = rulebook.indicators[c.code]
    scale = catalog.scales[c.scale]
    value = from_micro(o.indicator["v"]) if o.indicator else None
    threshold = from_micro(o.threshold["v"]) if o.threshold else None
    source = o.indicator["source"] if o.indicator else None
    previous, change = _previous(o, value)
    indicator = IndicatorResult(
        value=_shown(catalog, o, value, threshold),
        unit=ind.unit,
        form=ind.form,
        source=source,
        inputs=ind.inputs(evidence.facts, source),
        previous=previous,
        change=change,
    )
    na = None
    band = None
    missing: list[str] = []
    status = _status(o)
    target = _target(plan.targets.get(c.code) if plan else None, o, status, ind.unit)
    score: float | None = None
    match status:
        case "not_applicable":
            reasons = sorted({f["reason"] for f in o.na})
            na = NotApplicable(reason="; ".join(reasons), policy=catalog.na_policy(c))
            score = c.max if na.policy == "full_points" else None
            explanation = explain_not_applicable(na, c.max)
        case "scored":
            assert o.score is not None
            score = round_report(from_micro(o.score["points"]))
            if o.score["band"] >= 0:
                band = BandResult(index=o.score["band"], label=o.score["label"])
            detail = ind.detail(indicator.inputs, source)
            note = ROUNDING_NOTES.get(_mode(catalog, c), "")
            explanation = explain_scored(
                indicator, detail, band, score, c.max, target, scale.provisional, note
            )
        case "missing_evidence":
            missing = ind.missing(evidence.facts, evidence.previous)
            labels = [
                (
                    f"năm trước: {catalog.facts[m.removeprefix('previous.')].label}"
                    if m.startswith("previous.")
                    else catalog.facts[m].label
                )
                + f" ({m})"
                for m in missing
            ]
            explanation = explain_missing(
                labels or ind.uncomputable(evidence.facts, evidence.previous, catalog.facts)
            )
        case _:  # pragma: no cover
            assert_never(status)
    used = set(indicator.inputs)
    documents = [
        DocumentRef(number=d.number, date=d.date.isoformat(), title=d.title)
        for d in evidence.documents
        if used & set(d.backs)
    ]
    trace = [
        TraceStep(
            rule=f.rule,
            matched={k: readable(v) for k, v in sorted(f.matched.items())},
            asserted=[readable(x) for x in f.emitted],
        )
        for f in o.firings
    ]
    result = CriterionResult(
        code=c.code,
        title=c.title,
        field=c.field,
        parent=c.parent,
        max=c.max,
        score=score,
        status=status,
        scale=ScaleRef(id=c.scale, title=scale.title, provisional=scale.provisional, source=scale.source),
        indicator=indicator,
        band=band,
        target=target,
        not_applicable=na,
        missing_facts=missing,
        documents=documents,
        explanation=explanation,
        trace=trace,
    )
    if catalog.points_available:
        result.available = available(c, ind, result, o, catalog)
    return result


def shortfall(result: CriterionResult, o: Outcome) -> Shortfall | None:
    if o.shortfall is None or result.status != "scored" or result.target is None:
        return None
    fact = o.shortfall
    return Shortfall(
        code=result.code,
        title=result.title,
        gap=fact["gap"],
        gap_value=round_report(from_micro(fact["gap_value"])),
        gap_unit=fact["gap_unit"],
        points_at_stake=round_report(from_micro(fact["stake"])),
        indicator=result.indicator.value,
        threshold=result.target.threshold,
        target_text=result.target.text,
        lead_unit=result.target.lead_unit,
    )


def _labelled(name: str, catalog: Catalog) -> str:
    return f"{catalog.facts[name].label} ({name})" if name in catalog.facts else name


def warnings(results: list[CriterionResult], evidence: Evidence, catalog: Catalog) -> list[Warning]:
    out: list[Warning] = [Warning(code=None, message=n) for n in evidence.notices]
    provisional = sorted({r.scale.title for r in results if r.scale.provisional})
    if provisional:
        out.append(
            Warning(
                code=None,
                message=(
                    "Điểm dựa trên thang điểm tạm thời (provisional), chưa phải thang chính thức: "
                    + ", ".join(f"“{title}”" for title in provisional)
                ),
            )
        )
    out += [Warning(code=None, message=note) for note in evidence.notes]
    scored = [r for r in results if r.status == "scored"]
    if not evidence.documents:
        if scored:
            out.append(
                Warning(
                    code=None,
                    message=(
                        "Chưa khai tài liệu kiểm chứng (documents): khi thẩm định, điểm không có tài liệu "
                        "kiểm chứng sẽ bị tính 0."
                    ),
                )
            )
        return out
    backed = {n for d in evidence.documents for n in d.backs}
    for r in scored:
        lacking = sorted(set(r.indicator.inputs) - backed)
        if lacking:
            out.append(
                Warning(
                    code=r.code,
                    message=f"{r.code}: chưa có tài liệu kiểm chứng cho "
                    + "; ".join(_labelled(n, catalog) for n in lacking),
                )
            )
    return out
