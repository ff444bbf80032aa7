"""People rules of seed 001 (91-KL/TU), evaluated by durable-rules from catalog data."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from engine.results.model import Rating
from engine.results.ratings import ratings as evaluate_ratings
from engine.rules.ratings import late_budget
from engine.scoring import score_file
from engine.spec.bundle import find_catalog
from evidence.models import Evidence, Subject
from tests.conftest import SMALL, SMALL_SUBJECTS

CATALOG = find_catalog("par-so-nganh-2022")


def evidence(year: int, *subjects: tuple[str, str, int, int]) -> Evidence:
    return Evidence(
        source="x.yaml",
        unit="Đơn vị thử",
        year=year,
        catalog=CATALOG.id,
        plan=None,
        facts={},
        previous={},
        documents=[],
        digest="sha256:0",
        subjects=[
            Subject(
                kind=kind, name=name, facts={"dossiers.resolved": resolved, "dossiers.resolved_late": late}
            )
            for kind, name, resolved, late in subjects
        ],
    )


def rated(year: int, *subjects: tuple[str, str, int, int]) -> dict[str, Rating]:
    ratings, _ = evaluate_ratings(CATALOG, evidence(year, *subjects))
    return {r.name: r for r in ratings}


def test_official_over_ten_percent_is_barred_exactly_ten_is_not() -> None:
    got = rated(2022, ("official", "A", 100, 10), ("official", "B", 100, 11), ("official", "C", 1000, 101))
    assert [got[n].rule_hit for n in "ABC"] == [False, True, True]
    assert got["A"].late_share == 10.0 and got["A"].threshold == 10.0 and got["A"].compare == ">"
    assert got["B"].bars == "hoàn thành tốt nhiệm vụ trở lên"


def test_department_at_five_percent_is_barred() -> None:
    got = rated(2022, ("department", "P1", 100, 5), ("department", "P2", 100, 4))
    assert got["P1"].rule_hit is True and got["P1"].late_budget == 0
    assert got["P2"].rule_hit is False
    assert got["P2"].late_budget == 1  # 5/101 = 4,95% still under; 6/102 = 5,9% is not


def test_threshold_is_keyed_by_year() -> None:
    for year, hit in ((2022, False), (2024, False), (2025, True), (2030, True)):
        assert rated(year, ("official", "A", 100, 7))["A"].rule_hit is hit, year
    assert rated(2025, ("official", "A", 100, 7))["A"].threshold == 5.0


def test_rules_not_yet_in_force_give_warnings_not_entries() -> None:
    ratings, warnings = evaluate_ratings(CATALOG, evidence(2021, ("official", "A", 100, 50)))
    assert ratings == []
    assert len(warnings) == 2 and all("chưa áp dụng cho năm 2021" in w.message for w in warnings)


def test_nothing_resolved_yet() -> None:
    got = rated(2022, ("official", "A", 0, 0), ("department", "P", 0, 0))
    assert got["A"].late_share is None and got["A"].rule_hit is False
    assert got["A"].late_budget == 0  # one late dossier would be 100%


def test_late_budget_for_june() -> None:
    # 120 resolved, 5 late (4,2%): 7 more late gives 12/127 = 9,45%; 8 more gives 13/128 = 10,2%.
    assert rated(2022, ("official", "A", 120, 5))["A"].late_budget == 7


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
    report = score_file(SMALL / "minh-chung-nho.yaml")
    assert [(r.kind, r.name) for r in report.ratings] == SMALL_SUBJECTS
    dung = report.ratings[4]
    assert (dung.resolved, dung.late, dung.late_share, dung.rule_hit) == (1, 0, 0.0, False)
    assert all(r.rule_hit for r in report.ratings if r.name != "Phạm Thị Dung")
