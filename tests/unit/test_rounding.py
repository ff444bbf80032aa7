"""The rounding modes a catalog may declare (engine.core.rounding), on the cases that tell them apart."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.core.rounding import half_up, js_linear_term, js_to_fixed


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(5935, 1000), "5.94"),  # an exact tie goes up
        (Fraction(1187, 200), "5.94"),  # 6 × 1187/1200, the same tie reached from counts
        (Fraction(6, 1200), "0.01"),  # 6 × 1/1200 = 0,005 exactly: millionths of % would miss it
        (Fraction(19166, 1000), "19.17"),
        (Fraction(2, 3), "0.67"),
        (Fraction(0), "0.00"),
        (Fraction(-5, 1000), "-0.01"),  # half away from zero
    ],
)
def test_half_up_to_two_decimals(value: Fraction, expected: str) -> None:
    assert half_up(value, 2) == Fraction(Decimal(expected))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.585, "0.58"),  # the double is 0.58499999999999996447…: JavaScript gives "0.58"
        (0.625, "0.63"),  # exact in binary: the tie goes up
        (1.005, "1.00"),  # 1.00499999999999989…
        (2.675, "2.67"),
        (0.125, "0.13"),
        (8.345, "8.35"),  # 8.3450000000000006394884621840901672840118408203125
        (0.0, "0.00"),
    ],
)
def test_js_to_fixed_rounds_the_exact_binary_value(value: float, expected: str) -> None:
    assert js_to_fixed(value, 2) == Fraction(Decimal(expected))


def test_js_term_is_computed_from_the_rounded_percentage() -> None:
    # 6 × 9,75 / 100 = 0,585 in doubles → 0,58 (exact half-up would give 0,59)
    assert js_linear_term(Fraction(6), Fraction(975, 100), Fraction(6)) == Fraction(58, 100)
    # the rate 24,9951% is first rounded to 25,00%: 2,5 × 25 / 100 = 0,625 → 0,63 (exact: 0,62)
    assert js_linear_term(Fraction(5, 2), Fraction(249951, 10000), Fraction(2)) == Fraction(63, 100)
    assert half_up(Fraction(5, 2) * Fraction(249951, 1000000), 2) == Fraction(62, 100)
    # min(2; 2,5 × 85 / 100 = 2,125) = 2
    assert js_linear_term(Fraction(5, 2), Fraction(85), Fraction(2)) == Fraction(2)


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_half_up_is_the_decimal_half_up_of_the_exact_value(num: int, den: int) -> None:
    exact = Fraction(6 * num, den)
    # Decimal with enough digits is exact for the tie test once scaled by 100·den
    want = (Decimal(6 * num * 100) / Decimal(den)).quantize(Decimal(1), rounding="ROUND_HALF_UP")
    assert half_up(exact, 2) == Fraction(int(want), 100)


@given(st.integers(min_value=0, max_value=10000), st.sampled_from([1, 2, 2.5, 4, 6, 12, 20]))
def test_js_term_matches_a_literal_port_of_the_page_arithmetic(hundredths: int, weight: float) -> None:
    """`(w * r / 100).toFixed(2)` with r parsed from its 2-decimal text, written the way a page does it."""
    r = float(f"{hundredths // 100}.{hundredths % 100:02d}")
    term = weight * r / 100
    page = Decimal(term).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
    cap = Fraction(weight) * Fraction(100) / 100  # full marks at 100 % here: no cap below the term
    assert js_linear_term(Fraction(weight), Fraction(hundredths, 100), cap) == Fraction(page)
