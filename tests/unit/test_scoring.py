"""Scoring the shipped catalog end to end through the public API."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from engine.report.model import Report
from engine.scoring import score
from evidence import evidence_from_data
from tests.unit.conftest import drop_fact, set_fact


def run(data: dict[str, Any]) -> Report:
    return score(evidence_from_data(data, "test.yaml"))


def crit(report: Report, code: str) -> Any:
    return next(c for c in report.criteria if c.code == code)


def test_perfect_evidence_gives_every_criterion_its_maximum(perfect_data: dict[str, Any]) -> None:
    report = run(perfect_data)
    statuses = {c.code: c.status for c in report.criteria}
    assert statuses.pop("TCTP 3.4.4") == "not_applicable"  # nothing was late
    assert set(statuses.values()) == {"scored"}
    assert all(c.score == c.max for c in report.criteria), [
        (c.code, c.score) for c in report.criteria if c.score != c.max
    ]
    assert report.total.score == report.total.max == 46
    assert report.shortfalls == []
    assert all(c.target is not None and c.target.met for c in report.criteria if c.status == "scored")


def test_poor_evidence_scores_below_maximum_with_a_shortfall_each(perfect_data: dict[str, Any]) -> None:
    data = copy.deepcopy(perfect_data)
    set_fact(data, "dossiers.resolved_on_time", 760)  # 80% of 950
    set_fact(data, "dossiers.resolved_late", 190)
    set_fact(data, "dossiers.late_apologized", 190)
    set_fact(data, "staff.disciplined", 3)
    set_fact(data, "initiatives.count", 0)
    report = run(data)
    short = {s.code: s for s in report.shortfalls}
    for code in ("TCTP 3.4.1", "TCTP 5.5.2", "TC 1.5"):
        assert crit(report, code).score < crit(report, code).max
        assert code in short
        assert crit(report, code).target.met is False
    assert short["TCTP 3.4.1"].gap == "tỷ lệ 80,00% < 100%: cần thêm 190 hồ sơ đúng hạn"
    assert short["TCTP 5.5.2"].gap.startswith("có 3 cán bộ, công chức, viên chức bị kỷ luật")
    assert short["TC 1.5"].gap.endswith("thiếu 3 sáng kiến")


def test_example_gaps_in_the_criterion_units(example: dict[str, Any]) -> None:
    report = run(example)
    gaps = {s.code: s.gap for s in report.shortfalls}
    assert gaps["TCTP 3.4.1"] == "tỷ lệ 98,94% < 100%: cần thêm 13 hồ sơ đúng hạn"
    assert gaps["TCTP 7.2.1"] == "tỷ lệ 42,00% < 50%: cần thêm 4 thủ tục có hồ sơ trực tuyến"
    assert gaps["TC 1.5"] == "có 2 sáng kiến, chỉ tiêu từ 3: thiếu 1 sáng kiến"
    stakes = [s.points_at_stake for s in report.shortfalls]
    assert stakes == sorted(stakes, reverse=True)


def test_missing_facts_are_missing_evidence_not_zero(example: dict[str, Any]) -> None:
    drop_fact(example, "dossiers.resolved_on_time")
    drop_fact(example, "staff.disciplined")
    report = run(example)
    for code in ("TCTP 3.4.1", "TCTP 5.5.2"):
        c = crit(report, code)
        assert c.status == "missing_evidence"
        assert c.score is None
        assert c.target.met is None
    assert crit(report, "TCTP 3.4.1").missing_facts == ["dossiers.resolved_on_time"]
    assert report.total.missing_evidence_max == 2
    assert report.total.counts["missing_evidence"] == 2


def test_assessed_zero_is_scored_not_missing(example: dict[str, Any]) -> None:
    set_fact(example, "dossiers.resolved_on_time", 0)
    set_fact(example, "dossiers.resolved_late", 1230)
    set_fact(example, "dossiers.late_apologized", 1230)
    c = crit(run(example), "TCTP 3.4.1")
    assert (c.status, c.score, c.indicator.value) == ("scored", 0.0, 0.0)


def test_not_applicable_when_nothing_was_late(example: dict[str, Any]) -> None:
    set_fact(example, "dossiers.resolved_on_time", 1230)
    set_fact(example, "dossiers.resolved_late", 0)
    set_fact(example, "dossiers.late_apologized", 0)
    c = crit(run(example), "TCTP 3.4.4")
    assert c.status == "not_applicable"
    assert c.not_applicable.reason == "không có hồ sơ trễ hạn"
    assert c.not_applicable.policy == "full_points"
    assert c.score == c.max
    assert c.target.met is None


def test_rate_given_directly_is_accepted_and_reported(example: dict[str, Any]) -> None:
    drop_fact(example, "dossiers.resolved_on_time")
    set_fact(example, "dossiers.on_time_rate", "97,5%")
    c = crit(run(example), "TCTP 3.4.1")
    assert c.indicator.source == "direct"
    assert c.indicator.value == 97.5
    assert c.score == 0.5
    assert "khai trực tiếp" in c.explanation


def test_relative_target_uses_previous_year_in_points(example: dict[str, Any]) -> None:
    report = run(example)
    c = crit(report, "TCTP 8.1.1")  # 86.5 vs 83.9 + 2 pp
    assert c.target.threshold == pytest.approx(85.9)
    assert c.target.met is True
    c = crit(report, "TCTP 8.1.5")  # 80 vs 72 + 10 pp
    assert c.target.met is False


def test_relative_target_without_previous_is_not_assessable(example: dict[str, Any]) -> None:
    del example["previous"]["sipas"]
    c = crit(run(example), "TCTP 8.1.1")
    assert c.status == "scored"
    assert c.target.met is None
    assert "năm trước" in c.target.reason


def test_change_indicator_needs_previous_year(example: dict[str, Any]) -> None:
    del example["previous"]["investment"]
    c = crit(run(example), "TC 8.2")
    assert c.status == "missing_evidence"
    assert c.missing_facts == ["previous.investment.registered_capital"]


def test_no_plan_means_scores_without_targets(example: dict[str, Any]) -> None:
    example["plan"] = None
    report = run(example)
    assert report.plan is None
    assert report.shortfalls == []
    assert all(c.target is None for c in report.criteria)
    assert report.total.score > 0


def test_every_result_explains_itself_and_carries_its_trace(example: dict[str, Any]) -> None:
    for c in run(example).criteria:
        assert c.explanation.endswith(".")
        assert c.trace, c.code
        if c.status == "scored":
            assert any(step.rule.startswith("score:") for step in c.trace)


def test_parts_that_do_not_add_up_are_reported_not_assumed(example: dict[str, Any]) -> None:
    set_fact(example, "dossiers.resolved_on_time", 1210)  # 1210 + 13 late < 1230 resolved
    report = run(example)
    assert any(w.message.startswith("7 hồ sơ đã giải quyết không thuộc") for w in report.warnings)


def test_government_tasks_not_assigned_is_not_applicable(example: dict[str, Any]) -> None:
    c = crit(run(example), "TC 1.6")
    assert c.status == "not_applicable"
    assert c.not_applicable.reason.startswith("không được Chính phủ")


def test_counts_and_a_matching_direct_rate_give_one_indicator(example: dict[str, Any]) -> None:
    set_fact(example, "dossiers.on_time_rate", "98,94")
    c = crit(run(example), "TCTP 3.4.1")
    assert c.indicator.source == "computed"
    assert [s.rule for s in c.trace].count("indicator:TCTP 3.4.1:direct") == 0


def test_zero_denominator_policies_are_data(example: dict[str, Any]) -> None:
    set_fact(example, "plan_tasks.total", 0)
    set_fact(example, "plan_tasks.completed", 0)
    set_fact(example, "reports.required", 0)
    set_fact(example, "reports.on_time", 0)
    report = run(example)
    tc11, tc12 = crit(report, "TC 1.1"), crit(report, "TC 1.2")
    assert (tc11.status, tc11.score, tc11.indicator.value) == ("scored", 0.0, 0.0)
    assert "bằng 0" in next(s.gap for s in report.shortfalls if s.code == "TC 1.1")
    assert tc12.status == "missing_evidence" and "bằng 0, không tính được tỷ lệ" in tc12.explanation


def test_relative_change_from_zero_last_year_is_not_applicable(example: dict[str, Any]) -> None:
    set_fact(example, "investment.registered_capital", 0, section="previous")
    c = crit(run(example), "TC 8.2")
    assert c.status == "not_applicable"
    assert "năm trước" in c.not_applicable.reason
