"""The points a criterion earns for an indicator value, under its catalog's rounding.

One function, used by the rule that scores and by the one that prices a shortfall (and by
the report's "points still available"), so points at stake are the difference of two scores
computed the same way. A catalog without a rounding rule keeps the arithmetic its reports
were made with: the share the scale's score rules give the value in millionths. A catalog
with one is scored from the exact value (the counts' own rate) in fractions, then rounded as
it says; the only doubles are those its `js_tofixed_2` mode says the methodology computes
with (engine.core.rounding).
"""

from __future__ import annotations

from fractions import Fraction

from engine.core.numbers import MICRO
from engine.core.rounding import half_up, js_linear_term
from engine.spec.catalog import Catalog, Criterion, linear_weight
from engine.spec.forms.base import Fact
from engine.spec.scales import Micro
from engine.spec.scales.linear import LinearScale


def exact_value(indicator: Fact) -> Fraction:
    """An indicator fact's exact value: the rate of its counts when it has counts (the posted
    value is rounded to millionths, which a score rounded to 2 decimals must not see: 6 × 1/1200
    is exactly 0,005), else its value."""
    if indicator.get("den"):
        return Fraction(100 * indicator["num"], indicator["den"])
    return Fraction(indicator["v"], MICRO)


def points(
    catalog: Catalog, criterion: Criterion, v: Micro, nudge: Micro = 0, exact: Fraction | None = None
) -> Fraction:
    """Points for the indicator value `v + nudge` (millionths), or `exact` when known."""
    assert criterion.max is not None and criterion.scale is not None
    scale = catalog.scales[criterion.scale]
    top = Fraction(criterion.max)
    rounding = catalog.rounding
    if rounding is None:
        return top * scale.share_at(v, nudge)
    value = exact if exact is not None else Fraction(v + nudge, MICRO)
    if rounding.mode_for(criterion.field) == "js_tofixed_2":
        assert isinstance(scale, LinearScale)  # the catalog checks it
        return js_linear_term(linear_weight(criterion.max, scale.full_at), value, top)
    rule = scale.select(v + nudge)
    # a band's share is the band's; a continuous scale's is computed from the exact value
    share = scale.share(rule, v, nudge) if rule.band >= 0 else scale.share_of(value)
    return half_up(top * share, 2)
