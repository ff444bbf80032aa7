"""Targets on a field's score or on the total (chỉ tiêu điểm: "tổng ≥ 80", "TDGQ ≥ 19").

A criterion target compares an indicator; these compare sums of scores, so they are checked
after the roll-up, in plain arithmetic. A missed one says what would close it: the criteria of
its scope with the most points still available first (as shortfalls are ordered everywhere),
each with the least effort for the points taken from it, computed with the scoring function
itself (engine.spec.points), so under the catalog's own rounding.
"""

from __future__ import annotations

from fractions import Fraction

from engine.core.numbers import MICRO, vi_number
from engine.results.available import count_words, numerator_needed, points_at, rate_needed
from engine.results.criteria import rule_text
from engine.results.model import CriterionResult, Rollup, ScoreTargetResult, Total, Warning
from engine.rules.evaluate import Outcome
from engine.spec.catalog import Catalog
from engine.spec.plan import TOTAL, Plan
from engine.spec.rulebook import Rulebook

_HOLDS = {
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
    "=": lambda a, b: a == b,
    "<=": lambda a, b: a <= b,
    "<": lambda a, b: a < b,
}


def _cents(value: float) -> Fraction:
    return Fraction(value).limit_denominator(10**6)


def _effort(
    catalog: Catalog,
    rulebook: Rulebook,
    scope: list[CriterionResult],
    outcomes: dict[str, Outcome],
    need: Fraction,
) -> list[str]:
    """Steps that add at least `need` points, most points available first; one phrase each."""
    order = {c.code: i for i, c in enumerate(catalog.criteria)}
    open_ = [r for r in scope if r.available is not None and r.available.points > 0]
    open_.sort(key=lambda r: (-(r.available.points if r.available else 0), order[r.code]))
    steps: list[str] = []
    for r in open_:
        if need <= 0:
            break
        c, ind, o = catalog.criterion(r.code), rulebook.indicators[r.code], outcomes[r.code]
        assert r.score is not None and o.indicator is not None
        now = _cents(r.score)
        want = min(Fraction(c.max or 0), now + need)
        if o.indicator.get("den"):  # from counts: more of the numerator at the same denominator
            num, den = Fraction(o.indicator["num"], MICRO), Fraction(o.indicator["den"], MICRO)
            n = numerator_needed(catalog, c, int(num), int(den), want)
            if n is None:  # pragma: no cover - the whole denominator earns the maximum
                continue
            gained = points_at(catalog, c, Fraction(100 * (int(num) + n), int(den))) - now
            unit = count_words(ind, catalog)
            steps.append(f"{r.code}: thêm {n} {unit} (+{vi_number(float(gained), 2)} điểm)")
        else:
            rate = rate_needed(catalog, c, want)
            if rate is None:
                continue
            gained = points_at(catalog, c, rate) - now
            rise = f"{vi_number(float(rate))}{ind.unit}"
            steps.append(f"{r.code}: tỷ lệ lên {rise} (+{vi_number(float(gained), 2)} điểm)")
        need -= gained
    return steps


def check_score_targets(
    catalog: Catalog,
    rulebook: Rulebook,
    plan: Plan | None,
    results: list[CriterionResult],
    outcomes: dict[str, Outcome],
    total: Total,
    fields: list[Rollup],
) -> tuple[list[ScoreTargetResult], list[Warning]]:
    if plan is None:
        return [], []
    sums = {f.code: f for f in fields}
    out: list[ScoreTargetResult] = []
    warnings: list[Warning] = []
    for code, target in plan.score_targets.items():
        assert target.rule.value is not None
        if code == TOTAL:
            title, score, max_ = "Tổng điểm", total.score, total.max
            scope = results
        else:
            f = sums[code]
            title, score, max_ = f.title, f.score, f.max
            scope = [r for r in results if r.field == code]
        bar, compare = target.rule.value, target.rule.compare
        met: bool | None = _HOLDS[compare](score, bar)
        missing = [r.code for r in scope if r.status == "missing_evidence"]
        reason, gap, steps = "", 0.0, []
        if not met and missing:
            met, reason = None, "thiếu minh chứng: " + ", ".join(missing)
        elif not met and compare in (">=", ">"):
            need = _cents(bar) - _cents(score) + (Fraction(1, 100) if compare == ">" else 0)
            gap = float(need)
            steps = _effort(catalog, rulebook, scope, outcomes, need)
        head = f"{code} {title}" if code != TOTAL else title
        sentence = ""
        if met is False:
            sentence = f"{vi_number(score, 2)} điểm, chỉ tiêu {rule_text(target)} điểm"
            if gap:
                sentence += f": cần thêm {vi_number(gap, 2)} điểm"
                if steps:
                    sentence += " — " + "; ".join(steps)
            warnings.append(
                Warning(code=None, message=f"Chưa đạt chỉ tiêu điểm “{target.text}” ({head}): {sentence}")
            )
        out.append(
            ScoreTargetResult(
                code=code,
                title=title,
                score=score,
                max=max_,
                text=target.text,
                rule=rule_text(target),
                threshold=bar,
                met=met,
                reason=reason,
                gap_points=gap,
                gap=sentence,
                lead_unit=target.lead_unit,
            )
        )
    return out, warnings
