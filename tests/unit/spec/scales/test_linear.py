"""Linear: proportional between zero_at and full_at, held at 0 and 1 beyond; one rule for every value."""

from __future__ import annotations

from fractions import Fraction

import pytest
from pydantic import ValidationError

from engine.spec.scales import parse_scale
from engine.spec.scales.linear import LinearScale


def linear(zero_at: float, full_at: float) -> LinearScale:
    common = {"title": "t", "kind": "linear", "provisional": True, "source": "s"}
    scale = parse_scale({**common, "zero_at": zero_at, "full_at": full_at})
    assert isinstance(scale, LinearScale)
    return scale


def test_linear_scale_clamps() -> None:
    s = linear(0, 10)
    assert [s.share_of(Fraction(v)) for v in (-1, 5, 12)] == [0, Fraction(1, 2), 1]
    assert [s.share_at(v) for v in (-1_000_000, 5_000_000, 12_000_000)] == [0, 0.5, 1]


def test_a_falling_scale() -> None:
    s = linear(10, 0)
    assert s.share_of(Fraction(2)) == Fraction(4, 5)


def test_one_rule_labelled_with_the_title() -> None:
    (rule,) = linear(0, 100).score_rules()
    assert (rule.name, rule.conditions, rule.band, rule.label) == ("linear", (), -1, "t")


@pytest.mark.parametrize(("zero_at", "full_at"), [(5, 5), (0, 0.0000001)])
def test_bad_ends_are_refused(zero_at: float, full_at: float) -> None:
    with pytest.raises(ValidationError):
        linear(zero_at, full_at)
