"""The generic gap sentence (a form without its own): the distance to the threshold, in its unit."""

from __future__ import annotations

from engine.spec.catalog import FactSpec
from engine.spec.forms import parse_indicator
from engine.spec.gaps import describe

FACTS = {"hai_long": FactSpec(label="Tỷ lệ hài lòng", type="percent", unit="%")}
RATE = parse_indicator({"value": "hai_long", "unit": "%"})
SCORE = parse_indicator({"value": "hai_long", "unit": "điểm"})


def test_the_distance_in_points_of_percent_with_the_negated_operator() -> None:
    gap = describe(RATE, FACTS, 80.0, ">=", 85.5)
    assert gap.sentence == "80,00% < 85,5%: cần tăng thêm 5,50 điểm %"
    assert (gap.value, gap.unit) == (5.5, "điểm %")


def test_strict_targets_ask_for_more_than_the_distance() -> None:
    assert describe(SCORE, FACTS, 7.1, ">", 8.4).sentence == "7,1 điểm ≤ 8,4 điểm: cần tăng thêm hơn 1,3 điểm"
    assert describe(SCORE, FACTS, 7.5, ">", 7.5).sentence == "7,5 điểm ≤ 7,5 điểm: cần vượt 7,5 điểm"
    assert describe(SCORE, FACTS, 3.0, "<", 2.0).sentence == "3 điểm ≥ 2 điểm: cần giảm hơn 1 điểm"


def test_last_years_value_is_shown_beside_a_relative_target() -> None:
    gap = describe(RATE, FACTS, 80.0, ">=", 82.0, previous=80.0)
    assert gap.sentence.startswith("80,00% < 82% (năm trước 80,00%)")
