"""PCI sub-index targets: strict "đạt trên", points at stake, change vs last year, summary."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.problems import InputError, Reason
from engine.report.model import Report
from engine.scoring import score, score_file
from engine.spec.bundle import find_catalog, find_plan
from engine.spec.bundle import find_catalog as load_catalog
from engine.spec.bundle import find_plan as load_plan
from evidence import evidence_from_data

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "evidence" / "examples"
NAMES = {
    "PCI 1": "market_entry",
    "PCI 2": "land_access",
    "PCI 3": "transparency",
    "PCI 4": "time_cost",
    "PCI 5": "informal_charges",
    "PCI 6": "equal_competition",
    "PCI 7": "proactivity",
    "PCI 8": "business_support",
    "PCI 9": "labor_training",
    "PCI 10": "legal_institutions",
}


def pci(year: int, plan: str | None, facts: dict[str, Any], previous: dict[str, Any] | None = None) -> Report:
    data = {
        "unit": "Tỉnh Khánh Hòa",
        "year": year,
        "catalog": "pci-2021" if year == 2021 else "pci-2022",
        "plan": plan,
        "facts": {f"pci.{NAMES[c]}": v for c, v in facts.items()},
        "previous": {f"pci.{NAMES[c]}": v for c, v in (previous or {}).items()},
    }
    return score(evidence_from_data(data))


def by_code(report: Report) -> dict[str, Any]:
    return {r.code: r for r in report.criteria}


def test_example_2024_met_missed_and_exactly_at_target() -> None:
    report = score_file(EXAMPLES / "khanh-hoa-pci-2024.yaml")
    r = by_code(report)
    assert report.total.score == pytest.approx(69.5)
    assert r["PCI 1"].indicator.value == 7.5 and r["PCI 1"].target.met is False  # 7,5 is not "trên 7,5"
    assert r["PCI 2"].target.met is True
    assert r["PCI 9"].target is None  # the plan sets no target for labour training
    assert r["PCI 1"].target.text == "Năm 2024; đạt trên 7,5 điểm"  # verbatim, semicolon included
    assert r["PCI 1"].target.rule == "> 7,5 điểm"
    # shortfalls ordered by what they cost the composite: weight × gap × 10 (weight as a fraction),
    # with the 2022 edition's weights that the 2024 evidence assumes
    assert [(s.code, s.points_at_stake) for s in report.shortfalls] == [
        ("PCI 5", 0.75),  # 15% × (7,5 − 7,0) × 10
        ("PCI 8", 0.3),  # 15% × (6,8 − 6,6) × 10
        ("PCI 3", 0.05),  # 5% × (7 − 6,9) × 10
        ("PCI 1", 0.0),  # exactly at target: missed, nothing measurable at stake
    ]
    at = report.shortfalls[-1]
    assert at.gap == "7,5 điểm ≤ 7,5 điểm: cần vượt 7,5 điểm"
    assert report.shortfalls[0].gap == "7 điểm ≤ 7,5 điểm: cần tăng thêm hơn 0,5 điểm"
    assert report.shortfalls[0].lead_unit == "Thanh tra tỉnh"


@settings(max_examples=40, deadline=None)
@given(
    code=st.sampled_from(["PCI 1", "PCI 3", "PCI 5", "PCI 8"]),
    hundredths=st.integers(min_value=0, max_value=1000),
)
def test_points_at_stake_is_weight_times_gap_times_ten(code: str, hundredths: int) -> None:
    value = Fraction(hundredths, 100)
    plan = find_plan("khanh-hoa-pci-2024")
    bar = Fraction(str(plan.targets[code].rule.value))
    weight = Fraction(int(find_catalog("pci-2022").criterion(code).max or 0), 100)
    report = pci(2024, "khanh-hoa-pci-2024", {code: float(value)})
    result = by_code(report)[code]
    assert result.score == pytest.approx(float(weight * 100 * value / 10))
    assert result.target.met is (value > bar)
    stakes = {s.code: s.points_at_stake for s in report.shortfalls}
    if value > bar:
        assert code not in stakes
    else:
        assert stakes[code] == pytest.approx(float(weight * (bar - value) * 10), abs=1e-4)


def test_change_vs_previous_year_is_reported_for_each_subindex() -> None:
    report = score_file(EXAMPLES / "khanh-hoa-pci-2024.yaml")
    r = by_code(report)
    assert r["PCI 1"].indicator.previous == 7.3
    assert r["PCI 1"].indicator.change == pytest.approx(0.2)
    assert r["PCI 9"].indicator.change == pytest.approx(-0.2)
    no_previous = pci(2024, None, {"PCI 1": 7.0})
    assert by_code(no_previous)["PCI 1"].indicator.change is None


def test_missing_subindex_is_missing_evidence_not_zero() -> None:
    report = score_file(EXAMPLES / "khanh-hoa-pci-2022-van-phong.yaml")
    r = by_code(report)
    assert r["PCI 10"].status == "missing_evidence"
    assert r["PCI 10"].score is None
    assert r["PCI 10"].missing_facts == ["pci.legal_institutions"]
    assert report.total.missing_evidence_max == 10  # legal institutions weigh 10% in the 2022 edition
    assert report.total.counts["missing_evidence"] == 1
    assert report.total.max == 100  # the missing weight stays in the maximum, shown as pending
    assert any(
        "Tổng điểm chưa đầy đủ" in w.message and "không tính là 0" in w.message for w in report.warnings
    )


def test_missing_subindex_with_a_target_is_unassessed() -> None:
    report = pci(2024, "khanh-hoa-pci-2024", {"PCI 2": 7.4})
    r = by_code(report)
    assert r["PCI 1"].status == "missing_evidence"
    assert r["PCI 1"].target.met is None and r["PCI 1"].target.reason == "thiếu minh chứng"
    assert report.summary is not None
    assert (report.summary.targets, report.summary.met, report.summary.unassessed) == (8, 1, 7)
    assert report.shortfalls == []


def test_summary_totals_and_score_if_targets_met() -> None:
    report = score_file(EXAMPLES / "khanh-hoa-pci-2024.yaml")
    s = report.summary
    assert s is not None
    assert (s.targets, s.met, s.missed, s.unassessed) == (8, 4, 4, 0)
    assert s.points_at_stake == pytest.approx(1.1)
    assert s.score_if_targets_met == pytest.approx(70.6)
    assert s.plan_year == 2024 and s.progress is False


def test_stated_weights_are_the_2022_editions() -> None:
    report = score_file(EXAMPLES / "khanh-hoa-pci-2024.yaml")
    s = report.summary
    assert s is not None
    diffs = {w.code: (w.stated_percent, w.catalog_percent, w.difference) for w in s.stated_weights}
    assert diffs == {
        "PCI 2": (10, 10, 0),
        "PCI 3": (5, 5, 0),
        "PCI 4": (5, 5, 0),
        "PCI 5": (15, 15, 0),
        "PCI 6": (10, 10, 0),
        "PCI 8": (15, 15, 0),
    }
    assert s.stated_weights[0].stated_text == "CHỈ SỐ TIẾP CẬN ĐẤT ĐAI (TRỌNG SỐ 10%)"
    assert not any("nêu trọng số khác" in w.message for w in report.warnings)


def test_stated_weights_that_differ_are_compared_but_not_used() -> None:
    """A plan scored with the 2021 edition: the weights it states differ and the report says so."""
    plan = load_plan("khanh-hoa-pci-2024")
    catalog = load_catalog("pci-2021")
    from engine.results.summary import weight_differences

    diffs = {w.code: w.difference for w in weight_differences(catalog, plan)}
    assert diffs == {"PCI 2": 5, "PCI 3": -15, "PCI 4": 0, "PCI 5": 5, "PCI 6": 5, "PCI 8": -5}


def test_quoted_2023_results_are_in_the_summary() -> None:
    report = score_file(EXAMPLES / "khanh-hoa-pci-2024.yaml")
    b = report.summary.baseline if report.summary else None
    assert b is not None
    assert (b.year, b.total, b.rank) == (2023, 66.52, "34/63")
    changes = {c.code: c.change for c in b.changes}
    assert changes["PCI 3"] == 1.16 and changes["PCI 10"] == -0.94 and len(changes) == 10


def test_years_other_than_the_edition_are_assumed_and_flagged() -> None:
    verified = pci(2021, None, {"PCI 1": 7.0})
    assumed = pci(2023, None, {"PCI 1": 7.0})
    assert not verified.total.provisional
    assert assumed.total.provisional and assumed.catalog.provisional
    # the 2023 report says which weights it assumes
    weights = "5, 10, 5, 5, 15, 10, 15, 15, 10, 10"
    said = [w.message for w in assumed.warnings if "theo giả định" in w.message and "2023" in w.message]
    assert said and weights in said[0]
    assert not any("theo giả định" in w.message for w in verified.warnings)


def test_earlier_years_are_progress_against_a_2025_target() -> None:
    report = pci(2022, "van-phong-bqlkkt-pci-2025", {"PCI 4": 8.9, "PCI 1": 8.6})
    assert report.summary is not None and report.summary.progress
    assert any("theo dõi tiến độ" in w.message for w in report.warnings)
    assert by_code(report)["PCI 4"].target.met is True
    final = pci(2025, "van-phong-bqlkkt-pci-2025", {"PCI 4": 8.9})
    assert final.summary is not None and not final.summary.progress


def test_evidence_year_outside_catalog_or_plan_years_is_refused() -> None:
    with pytest.raises(InputError) as err:
        pci(2020, None, {"PCI 1": 7.0})
    (problem,) = err.value.problems
    assert (problem.where, problem.code) == ("year", Reason.YEAR_MISMATCH)
    with pytest.raises(InputError) as err:
        pci(2023, "khanh-hoa-pci-2024", {"PCI 1": 7.0})
    (problem,) = err.value.problems
    assert (problem.where, problem.code) == ("year", Reason.YEAR_MISMATCH)
    assert "'khanh-hoa-pci-2024'" in problem.reason


def test_subindex_scores_outside_0_10_are_refused() -> None:
    with pytest.raises(InputError) as err:
        pci(2021, None, {"PCI 1": 79.8})
    assert [p.code for p in err.value.problems] == [Reason.OUT_OF_RANGE]


def test_plans_hold_the_seed_targets() -> None:
    van_phong = find_plan("van-phong-bqlkkt-pci-2025")
    assert {c: t.rule.value for c, t in van_phong.targets.items()} == {
        "PCI 1": 8.6,
        "PCI 3": 7.4,
        "PCI 4": 8.8,
        "PCI 5": 8.4,
        "PCI 6": 8.2,
        "PCI 7": 8.3,
        "PCI 8": 7.3,
    }
    khanh_hoa = find_plan("khanh-hoa-pci-2024")
    assert {c: t.rule.value for c, t in khanh_hoa.targets.items()} == {
        "PCI 1": 7.5,
        "PCI 2": 7.3,
        "PCI 3": 7,
        "PCI 4": 8.5,
        "PCI 5": 7.5,
        "PCI 6": 6.0,
        "PCI 7": 7.0,
        "PCI 8": 6.8,
    }
    for plan in (van_phong, khanh_hoa):
        assert all(t.rule.compare == ">" and "đạt trên" in t.text for t in plan.targets.values())
