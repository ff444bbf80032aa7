"""People rules of seed 001 (91-KL/TU): a policy a plan adopts, evaluated by durable-rules."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from engine.results.model import Rating
from engine.results.ratings import ratings as evaluate_ratings
from engine.rules.ratings import late_budget
from engine.scoring import score_file
from engine.spec.bundle import Library, find_policy
from engine.spec.policy import Adopted, Adoption, adopt
from evidence.models import Evidence, Subject
from tests.conftest import ROOT, SMALL, SMALL_SUBJECTS

POLICY = adopt([Adoption(id="91-kl-tu")], Library())
WITH_OVERDUE = adopt([Adoption(id="91-kl-tu", overdue_pending="include")], Library())


def evidence(year: int, *subjects: tuple[str, str, int, int], overdue: int = 0) -> Evidence:
    return Evidence(
        source="x.yaml",
        unit="Đơn vị thử",
        year=year,
        catalog="cchc-tasks-van-phong",
        plan=None,
        facts={},
        previous={},
        documents=[],
        digest="sha256:0",
        subjects=[
            Subject(
                kind=kind,
                name=name,
                facts={
                    "dossiers.resolved": resolved,
                    "dossiers.resolved_late": late,
                    "dossiers.pending_overdue": overdue,
                },
            )
            for kind, name, resolved, late in subjects
        ],
    )


def rated(
    year: int, *subjects: tuple[str, str, int, int], policies: list[Adopted] = POLICY, overdue: int = 0
) -> dict[str, Rating]:
    """The binding rule's entry per subject (goals are looked at on their own)."""
    ratings, _ = evaluate_ratings(policies, evidence(year, *subjects, overdue=overdue))
    return {r.name: r for r in ratings if not r.goal}


def goals(year: int, *subjects: tuple[str, str, int, int]) -> dict[str, Rating]:
    ratings, _ = evaluate_ratings(POLICY, evidence(year, *subjects))
    return {r.name: r for r in ratings if r.goal}


def test_official_over_ten_percent_is_barred_exactly_ten_is_not() -> None:
    got = rated(2023, ("official", "A", 100, 10), ("official", "B", 100, 11), ("official", "C", 1000, 101))
    assert [got[n].rule_hit for n in "ABC"] == [False, True, True]
    assert got["A"].late_share == 10.0 and got["A"].threshold == 10.0 and got["A"].compare == ">"
    assert got["B"].bars == "hoàn thành tốt nhiệm vụ trở lên"


def test_department_at_five_percent_is_barred() -> None:
    got = rated(2023, ("department", "P1", 100, 5), ("department", "P2", 100, 4))
    assert got["P1"].rule_hit is True and got["P1"].late_budget == 0
    assert got["P2"].rule_hit is False
    assert got["P2"].late_budget == 1  # 5/101 = 4,95% still under; 6/102 = 5,9% is not


def test_the_2025_five_percent_is_a_goal_that_bars_nobody() -> None:
    for year in (2023, 2024, 2025, 2030):
        rule = rated(year, ("official", "A", 100, 7))["A"]
        assert rule.rule_hit is False and rule.threshold == 10.0, year  # the bar stays above 10%
    assert goals(2024, ("official", "A", 100, 7)) == {}  # the goal is for 2025 on
    goal = goals(2025, ("official", "A", 100, 7))["A"]
    assert goal.goal and goal.rule_hit and goal.threshold == 5.0 and goal.bars == ""


def test_rules_start_in_the_documents_year() -> None:
    """Seed 001 is dated 01/2023: nothing is rated for 2022."""
    assert find_policy("91-kl-tu").start_year == 2023
    ratings, warnings = evaluate_ratings(POLICY, evidence(2022, ("official", "A", 100, 50)))
    assert ratings == []
    assert len(warnings) == 3 and all("chưa áp dụng cho năm 2022" in w.message for w in warnings)


def test_overdue_pending_dossiers_count_only_when_chosen() -> None:
    """Default: late / resolved; with `overdue_pending: include`, overdue pending count as late."""
    assert find_policy("91-kl-tu").overdue_pending == "exclude"
    default = rated(2023, ("official", "A", 100, 8), overdue=5)["A"]
    assert (default.late, default.resolved, default.rule_hit, default.counts_overdue) == (
        8,
        100,
        False,
        False,
    )
    counted = rated(2023, ("official", "A", 100, 8), overdue=5, policies=WITH_OVERDUE)["A"]
    assert (counted.late, counted.resolved, counted.rule_hit, counted.counts_overdue) == (13, 105, True, True)


def test_the_seed_text_is_kept_verbatim_with_its_extraction_error() -> None:
    rule = next(r for r in find_policy("91-kl-tu").rules if r.id == "can-bo-tre-han")
    assert "(phần đầu đến năm 2025 giảm tỷ lệ này xuống 5%)" in rule.text
    assert "phần đầu" in find_policy("91-kl-tu").notes and "phấn đấu" in find_policy("91-kl-tu").notes


def test_nothing_resolved_yet() -> None:
    got = rated(2023, ("official", "A", 0, 0), ("department", "P", 0, 0))
    assert got["A"].late_share is None and got["A"].rule_hit is False
    assert got["A"].late_budget == 0  # one late dossier would be 100%


def test_late_budget_for_june() -> None:
    # 120 resolved, 5 late (4,2%): 7 more late gives 12/127 = 9,45%; 8 more gives 13/128 = 10,2%.
    assert rated(2023, ("official", "A", 120, 5))["A"].late_budget == 7


@given(
    compare=st.sampled_from([">", ">="]),
    threshold=st.sampled_from([Fraction(5), Fraction(10), Fraction(25, 2), Fraction(1, 3)]),
    resolved=st.integers(0, 400),
    late=st.integers(0, 400),
)
def test_late_budget_is_the_largest_count_that_stays_under(
    compare: str, threshold: Fraction, resolved: int, late: int
) -> None:
    late = min(late, resolved)

    def barred(k: int) -> bool:
        share = Fraction(100 * (late + k), resolved + k) if resolved + k else Fraction(0)
        return share > threshold if compare == ">" else share >= threshold

    k = late_budget(compare, threshold, late, resolved)
    if barred(0):
        assert k == 0
    else:
        assert not barred(k) and barred(k + 1)


def test_report_has_one_entry_per_department_and_official() -> None:
    report = score_file(SMALL / "minh-chung-nho-van-phong.yaml")
    assert [(r.kind, r.name) for r in report.ratings] == SMALL_SUBJECTS
    assert {r.policy for r in report.ratings} == {"91-kl-tu"}
    dung = report.ratings[4]
    assert (dung.resolved, dung.late, dung.late_share, dung.rule_hit) == (1, 0, 0.0, False)
    assert all(r.rule_hit for r in report.ratings if r.name != "Phạm Thị Dung")


def test_only_plans_that_adopt_the_policy_rate_people() -> None:
    """The Gia Lai plan does not adopt 91-KL/TU: its export rates nobody."""
    gia_lai = score_file(SMALL / "minh-chung-nho.yaml")
    assert gia_lai.ratings == [] and not any("91-kl-tu" in w.message for w in gia_lai.warnings)
    assert score_file(ROOT / "evidence" / "examples" / "gia-lai-bqlkkt-2022.yaml").ratings == []
