"""Bands: exclusive ranges best first, refused when they overlap or leave gaps; rules on millionths."""

from __future__ import annotations

from fractions import Fraction

import pytest
from pydantic import ValidationError

from engine.spec.scales import parse_scale
from engine.spec.scales.bands import BandsScale


def bands(*given: dict[str, float | str]) -> BandsScale:
    scale = parse_scale(
        {"title": "t", "kind": "bands", "provisional": True, "source": "s", "bands": list(given)}
    )
    assert isinstance(scale, BandsScale)
    return scale


def test_band_ranges_are_exclusive_and_cover_everything() -> None:
    s = bands({"min": 100, "share": 1}, {"min": 95, "share": 0.5}, {"share": 0})
    values = [Fraction(100), Fraction("99.99"), Fraction(95), Fraction("94.999"), Fraction(-5)]
    assert [s.share_of(v) for v in values] == [1, Fraction(1, 2), Fraction(1, 2), 0, 0]
    lower = bands({"max": 0, "share": 1}, {"share": 0})
    assert [lower.share_of(Fraction(v)) for v in (0, 1)] == [1, 0]
    touching = bands({"above": 0, "share": 1}, {"min": 0, "share": 0.5}, {"share": 0})
    assert [touching.share_of(Fraction(v)) for v in ("0.1", "0", "-0.1")] == [1, Fraction(1, 2), 0]


@pytest.mark.parametrize(
    "given",
    [
        [{"min": 95, "share": 0.5}, {"min": 100, "share": 1}, {"share": 0}],  # wrong order
        [{"min": 100, "share": 1}, {"max": 5, "share": 0}, {"share": 0}],  # mixed direction
        [{"min": 100, "share": 1}],  # no catch-all band
        [{"min": 100, "share": 1.5}, {"share": 0}],  # share above 1
        [{"min": 100, "max": 101, "share": 1}, {"share": 0}],  # two bounds
        [{"min": 0.0000001, "share": 1}, {"share": 0}],  # finer than the rules' millionths
        [],  # no band
    ],
)
def test_bad_scales_are_refused(given: list[dict[str, float | str]]) -> None:
    with pytest.raises(ValidationError):
        bands(*given)


def test_one_score_rule_per_band_on_integer_millionths_with_its_label() -> None:
    s = bands({"min": 100, "share": 1}, {"min": 95.5, "share": 0.5}, {"share": 0, "label": "Chưa đạt"})
    rules = s.score_rules()
    assert [(r.name, r.band) for r in rules] == [("0", 0), ("1", 1), ("2", 2)]
    assert rules[1].conditions == ((">=", 95_500_000), ("<", 100_000_000))
    assert [r.label for r in rules] == ["từ 100", "từ 95,5 đến dưới 100", "Chưa đạt"]
    assert [s.share_at(v) for v in (100_000_000, 99_999_999, 95_500_000, 95_499_999)] == [1, 0.5, 0.5, 0]


def test_lower_is_better_labels() -> None:
    s = bands({"max": 0, "share": 1}, {"under": 3, "share": 0.5}, {"share": 0})
    assert [r.label for r in s.score_rules()] == ["không quá 0", "trên 0 đến dưới 3", "từ 3"]
    assert s.boundaries() == [0, 3]
