"""Points still available on a criterion (điểm còn có thể đạt) and what it takes to get them.

"cần thêm 120 hồ sơ có kết quả điện tử để được thêm 0,50 điểm": the smallest rise of the
numerator (denominator held fixed) or of a rate that earns the points, found with the same
points function the rules score with (engine.spec.points), so rounding is the catalog's own.
Points only grow with the indicator on the scales this is offered for, so a bisection finds
the least effort exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from engine.core.numbers import MICRO, to_micro, vi_number
from engine.results.model import Available, CriterionResult
from engine.rules.evaluate import Outcome
from engine.spec.catalog import Catalog, Criterion
from engine.spec.forms import Indicator
from engine.spec.points import points


def least(lo: int, hi: int, enough: Callable[[int], bool]) -> int | None:
    """Smallest n in [lo, hi] with enough(n), for a monotone predicate; None when none."""
    if lo > hi or not enough(hi):
        return None
    while lo < hi:
        mid = (lo + hi) // 2
        if enough(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def points_at(catalog: Catalog, c: Criterion, value: Fraction) -> Fraction:
    """The points of an exact indicator value, scored as the rules score."""
    return points(catalog, c, to_micro(value), exact=value)


def numerator_needed(catalog: Catalog, c: Criterion, num: int, den: int, want: Fraction) -> int | None:
    """Fewest more numerator units (den fixed) for the criterion to earn at least `want` points."""
    return least(0, den - num, lambda n: points_at(catalog, c, Fraction(100 * (num + n), den)) >= want)


def rate_needed(catalog: Catalog, c: Criterion, want: Fraction) -> Fraction | None:
    """Least rate (in hundredths of a point of %, 0–100) earning at least `want` points."""
    hundredths = least(0, 100 * 100, lambda h: points_at(catalog, c, Fraction(h, 100)) >= want)
    return None if hundredths is None else Fraction(hundredths, 100)


def _points_text(value: Fraction | float) -> str:
    return vi_number(float(value), 2)


def count_words(ind: Indicator, catalog: Catalog) -> str:
    """What one more numerator unit is called ("hồ sơ có kết quả điện tử"): the indicator's
    gap unit, else its first fact's unit (a form lists its counts first)."""
    return ind.gap_unit or catalog.facts[ind.facts()[0]].unit


def available(
    c: Criterion, ind: Indicator, result: CriterionResult, o: Outcome, catalog: Catalog
) -> Available | None:
    """What is left to earn on a scored criterion; None for another status or no maximum."""
    if result.status != "scored" or result.score is None or not c.max or o.indicator is None:
        return None
    left = Fraction(c.max) - Fraction(result.score).limit_denominator(100)
    if left <= 0:
        return Available(points=0.0, needed=0.0, unit="", sentence="đã đạt điểm tối đa")
    gain = _points_text(left)
    if "den" in o.indicator:  # computed from counts: more of the numerator at the same denominator
        num, den = Fraction(o.indicator["num"], MICRO), Fraction(o.indicator["den"], MICRO)
        unit = count_words(ind, catalog)
        if den == 0 or num.denominator != 1 or den.denominator != 1:
            return Available(points=float(left), needed=None, unit=unit, sentence=f"còn {gain} điểm")
        n = numerator_needed(catalog, c, int(num), int(den), Fraction(c.max))
        if n is None:  # pragma: no cover - the whole denominator always earns the maximum
            return Available(points=float(left), needed=None, unit=unit, sentence=f"còn {gain} điểm")
        return Available(
            points=float(left),
            needed=float(n),
            unit=unit,
            sentence=f"cần thêm {n} {unit} để được thêm {gain} điểm",
        )
    rate = rate_needed(catalog, c, Fraction(c.max))
    if rate is None or result.indicator.value is None:
        return Available(points=float(left), needed=None, unit="", sentence=f"còn {gain} điểm")
    rise = rate - Fraction(o.indicator["v"], MICRO)
    unit = "điểm %" if ind.unit == "%" else (ind.unit or "đơn vị")
    return Available(
        points=float(left),
        needed=float(rise),
        unit=unit,
        sentence=f"cần tăng tỷ lệ lên {vi_number(float(rate))}{ind.unit} "
        f"(thêm {vi_number(float(rise), 2)} {unit}) để được thêm {gain} điểm",
    )
