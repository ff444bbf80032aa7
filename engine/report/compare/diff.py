"""Compare two reports criterion by criterion: scores, statuses, indicators and target outcomes
before and after, fields and total. Pure arithmetic over the two reports; nothing is rescored.

Two reports on catalogs with different digests measure different things: they are refused
unless the caller asks to compare across catalogs, and then the methodology differences are
listed beside the numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.core.numbers import round_report
from engine.core.problems import Problem, Reason
from engine.report.compare.methodology import differences
from engine.report.compare.model import (
    Comparison,
    CriterionChange,
    FieldChange,
    ScoreChange,
    Side,
    TargetChange,
)
from engine.report.model import EngineInfo, Report
from engine.results.model import CriterionResult, Rollup, Total


def refusal(before: Report, after: Report, before_name: str, after_name: str) -> list[Problem]:
    """Why the two reports cannot be compared without `--across-catalogs` (empty: they can)."""
    if before.catalog.digest == after.catalog.digest:
        return []
    same_id = before.catalog.id == after.catalog.id
    what = "cùng mã nhưng nội dung khác" if same_id else f"'{before.catalog.id}' và '{after.catalog.id}'"
    return [
        Problem(
            code=Reason.CONFLICTING_SOURCES,
            file=after_name,
            reason=f"hai báo cáo dùng bộ tiêu chí khác nhau ({what}; {before_name} và {after_name}): "
            "điểm không so được trực tiếp. Dùng --across-catalogs để vẫn so sánh và liệt kê khác biệt "
            "về phương pháp",
        )
    ]


def _delta(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else round_report(after - before)


def _side(report: Report, name: str) -> Side:
    return Side(
        report=name,
        unit=report.unit,
        year=report.year,
        evidence=report.evidence.file,
        evidence_digest=report.evidence.digest,
        catalog=report.catalog,
        rules=report.rules,
        plan=report.plan,
        as_of=report.as_of,
        simulated=report.simulated,
    )


def _total(before: Total, after: Total) -> ScoreChange:
    return ScoreChange(
        before=before.score,
        after=after.score,
        change=_delta(before.score, after.score),
        max_before=before.max,
        max_after=after.max,
        percent_before=before.percent,
        percent_after=after.percent,
    )


def _field(code: str, before: Rollup | None, after: Rollup | None) -> FieldChange:
    shown = after or before
    title = shown.title if shown is not None else code
    return FieldChange(
        code=code,
        title=title,
        before=before.score if before else None,
        after=after.score if after else None,
        change=_delta(before.score if before else None, after.score if after else None),
        max_before=before.max if before else None,
        max_after=after.max if after else None,
        percent_before=before.percent if before else None,
        percent_after=after.percent if after else None,
    )


def _met(c: CriterionResult | None) -> bool | None:
    return c.target.met if c is not None and c.target is not None else None


def _target(before: CriterionResult | None, after: CriterionResult | None) -> TargetChange | None:
    has = [c is not None and c.target is not None for c in (before, after)]
    if not any(has):
        return None
    was, now = _met(before), _met(after)
    if now is True:
        return "still_met" if was is True else "newly_met"
    if now is False:
        return "still_missed" if was is False else "newly_missed"
    return "unassessed"


def _criterion(code: str, before: CriterionResult | None, after: CriterionResult | None) -> CriterionChange:
    shown = after or before
    assert shown is not None
    b_ind = before.indicator.value if before else None
    a_ind = after.indicator.value if after else None
    change = CriterionChange(
        code=code,
        title=shown.title,
        field=shown.field,
        before=before.score if before else None,
        after=after.score if after else None,
        change=_delta(before.score if before else None, after.score if after else None),
        status_before=before.status if before else None,
        status_after=after.status if after else None,
        indicator_before=b_ind,
        indicator_after=a_ind,
        unit=shown.indicator.unit,
        met_before=_met(before),
        met_after=_met(after),
        target=_target(before, after),
        changed=False,
    )
    differs = (
        change.before != change.after
        or change.status_before != change.status_after
        or b_ind != a_ind
        or change.met_before != change.met_after
    )
    return change.model_copy(update={"changed": differs})


def _ordered(before: list[str], after: list[str]) -> list[str]:
    """The later report's order, with what only the earlier one has after its predecessor there."""
    out = list(after)
    for i, code in enumerate(before):
        if code in out:
            continue
        prev = next((before[j] for j in range(i - 1, -1, -1) if before[j] in out), None)
        out.insert(out.index(prev) + 1 if prev else 0, code)
    return out


def compare(
    before: Report,
    after: Report,
    before_name: str,
    after_name: str,
    version: str,
    catalog_lines: Sequence[str] = (),
    notes: Sequence[str] = (),
) -> Comparison:
    """The comparison; `catalog_lines` (the catalog diff, when both catalogs were found) replace the
    methodology lines read from the reports, `notes` join the warnings."""
    old = {c.code: c for c in before.criteria}
    new = {c.code: c for c in after.criteria}
    codes = _ordered(list(old), list(new))
    changes = [_criterion(code, old.get(code), new.get(code)) for code in codes]
    old_fields = {f.code: f for f in before.fields}
    new_fields = {f.code: f for f in after.fields}
    field_codes = _ordered(list(old_fields), list(new_fields))
    warnings = list(notes)
    if before.unit != after.unit:
        warnings.append(f"Hai báo cáo của hai đơn vị khác nhau: “{before.unit}” và “{after.unit}”")
    if before.year > after.year:
        warnings.append(f"Báo cáo trước (năm {before.year}) mới hơn báo cáo sau (năm {after.year})")
    for side, r in (("trước", before), ("sau", after)):
        if r.simulated:
            warnings.append(
                f"Báo cáo {side} là báo cáo mô phỏng (--set): " + ", ".join(o.fact for o in r.overrides)
            )
        missing = r.total.counts.get("missing_evidence", 0)
        if missing:
            warnings.append(f"Báo cáo {side} có {missing} tiêu chí thiếu minh chứng: tổng điểm chưa đầy đủ")
    return Comparison(
        engine=EngineInfo(version=version),
        before=_side(before, before_name),
        after=_side(after, after_name),
        across_catalogs=before.catalog.digest != after.catalog.digest,
        methodology=differences(before, after, catalog_lines),
        total=_total(before.total, after.total),
        fields=[_field(code, old_fields.get(code), new_fields.get(code)) for code in field_codes],
        changes=changes,
        newly_met=[c.code for c in changes if c.target == "newly_met"],
        newly_missed=[c.code for c in changes if c.target == "newly_missed"],
        warnings=warnings,
    )


def comparison_json(comparison: Comparison) -> str:
    return comparison.model_dump_json(indent=2) + "\n"
