"""Rounding modes a catalog may declare for its scores (làm tròn điểm), named as data.

Scores are exact fractions until a catalog says how it rounds them. Two modes exist:

- `half_up_2`: the exact score rounded half-up (away from zero) to 2 decimals;
- `js_tofixed_2`: what a web page computes with JavaScript doubles: the rate first rounded
  half-up to a percentage with 2 decimals and read back as a double `r` (as parsing its text
  gives), the term `w*r/100` computed in double arithmetic, then `toFixed(2)` — which rounds
  half-up on the *exact binary value* of the double, so 0.585 (stored as 0.58499999…) gives
  0.58 while 0.625 (exact in binary) gives 0.63.

Python floats are IEEE-754 doubles with the same operations, so `w * r / 100` here is the
browser's value bit for bit; `Decimal(float)` is that double's exact value.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Literal

RoundingMode = Literal["half_up_2", "js_tofixed_2"]


def half_up(value: Fraction, places: int = 2) -> Fraction:
    """Round an exact value half away from zero to `places` decimals, exactly."""
    step = Fraction(1, 10**places)
    units = abs(value) / step
    whole = int(units)  # floor for a non-negative value
    if units - whole >= Fraction(1, 2):
        whole += 1
    return (whole if value >= 0 else -whole) * step


def js_to_fixed(value: float, places: int = 2) -> Fraction:
    """JavaScript's `Number.prototype.toFixed(places)` as an exact fraction.

    ECMAScript: take n with n / 10^f − x as close to zero as possible, the larger n on a tie,
    x being the double's exact value (the sign is handled apart, so ties go away from zero).
    """
    exact = Decimal(value)  # the double's exact binary value, all its digits
    rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return Fraction(rounded)


def as_double(value: Fraction) -> float:
    """The double nearest an exact value: what parsing its decimal text in a browser gives."""
    return float(value)


def js_linear_term(weight: Fraction, rate: Fraction, cap: Fraction) -> Fraction:
    """`min(cap, w*r/100).toFixed(2)` in doubles, from a rate already rounded to 2 decimals.

    `weight` is points per 100 % of rate (max × 100 / rate of full marks): 6 for "6·p",
    2.5 for "min(2; 2,5·p)". It must be a double exactly (it is, for the weights methodologies
    use); the caller checks that.
    """
    r = as_double(half_up(rate, 2))
    term = as_double(weight) * r / 100
    return js_to_fixed(min(as_double(cap), term), 2)
