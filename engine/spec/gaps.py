"""Shortfall sentences in the criterion's own units ("cần thêm 13 hồ sơ đúng hạn").

Pure functions over numbers: the rules decide *that* a target is missed; this module says
*by how much*, in words a reform officer can act on. An indicator's form says it in its own
terms where it can (`IndicatorBase.gap`); otherwise the distance to the threshold is given.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from engine.core import display
from engine.core.compare import Compare, op
from engine.spec.catalog import FactSpec
from engine.spec.forms.base import Gap, IndicatorBase, Miss


def describe(
    ind: IndicatorBase,
    facts: Mapping[str, FactSpec],
    value: float,
    compare: Compare,
    threshold: float,
    *,
    num: Fraction | None = None,
    den: Fraction | None = None,
    lacking: list[str] | None = None,
    previous: float | None = None,
) -> Gap:
    """The gap between an indicator value and the threshold it missed."""
    unit = ind.unit
    # "%" sticks to the number (98,5%); a word does not (7,5 điểm)
    sep = "" if unit in ("", "%") else " "
    shown = display.quantity(value, unit, threshold)
    bar = f"{display.trimmed(threshold)}{sep}{unit}"
    o = op(compare)
    head = f"{shown} {o.negated.shown} {bar}"
    if previous is not None:
        head += f" (năm trước {display.quantity(previous, unit)})"
    own = ind.gap(Miss(value, compare, threshold, shown, head, num, den, lacking), facts)
    if own is not None:
        return own

    distance = abs(threshold - value)
    points = "điểm %" if unit == "%" else (unit or "đơn vị")
    verb = "cần tăng thêm" if o.sense == "up" else "cần giảm"
    if o.strict:
        verb += " hơn"  # reaching the threshold itself is not enough for a strict target
    if compare == ">" and distance == 0:
        return Gap(f"{head}: cần vượt {bar}", 0.0, points)
    places = display.places_beside(distance, 0.0, display.RATE_PLACES)  # never "cần tăng thêm 0"
    by = display.fixed(distance, places) if unit == "%" else display.trimmed(distance, places)
    return Gap(f"{head}: {verb} {by} {points}", round(distance, 4), points)
