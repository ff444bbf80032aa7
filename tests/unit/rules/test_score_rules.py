"""The score rules, run by durable-rules, agree with each shipped scale's own definition.

For every scale of every shipped catalog: the scale's rules are compiled alone, a criterion on
that scale is posted with an indicator value (millionths), and the points and band the rules
assert are compared with what the scale's definition (`share_of`, on exact numbers, walking
the bands best first) gives — on random values and on every boundary and its neighbours.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.core.compare import op
from engine.core.numbers import MICRO, to_micro
from engine.rules.actions import Context
from engine.rules.compiler import Compiled, add_scale
from engine.rules.host import RulesHost
from engine.spec import resources
from engine.spec.bundle import find_catalog, find_rulebook
from engine.spec.scales import ScaleBase
from engine.spec.scales.bands import BandsScale
from engine.spec.scales.base import exact

SCALES = sorted(
    (f"{cid}/{sid}", scale)
    for cid in resources.catalog_ids()
    for sid, scale in find_catalog(cid).scales.items()
)
MAXIMA = (1, 5, 15, Fraction(5, 2))
_hosts: dict[str, RulesHost] = {}


def host(name: str, scale: ScaleBase) -> RulesHost:
    if name not in _hosts:
        compiled = Compiled({}, {})
        # the band rules against the scale's definition: a catalog's rounding of the points
        # is its own (tests/unit/test_rounding.py), so it is left out here
        cid = name.split("/")[0]
        catalog = find_catalog(cid).model_copy(update={"rounding": None})
        add_scale(compiled, Context(catalog, find_rulebook(cid)), "s", scale)
        _hosts[name] = RulesHost(f"scale-{len(_hosts)}", compiled.rules, compiled.actions)
    return _hosts[name]


def by_rules(name: str, scale: ScaleBase, v: int, max_: Fraction) -> tuple[int, int]:
    """(points, band) as the compiled rules assert them for the indicator value v."""
    firings = host(name, scale).run(
        [
            [{"kind": "criterion", "code": "X", "scale": "s", "max": to_micro(max_)}],
            [{"kind": "indicator", "code": "X", "period": "current", "v": v, "source": "computed"}],
        ]
    )
    scores = [f for firing in firings for f in firing.emitted if f["kind"] == "score"]
    assert len(scores) == 1, (name, v, scores)  # exactly one rule fires
    return scores[0]["points"], scores[0]["band"]


def by_definition(scale: ScaleBase, v: int, max_: Fraction) -> tuple[int, int]:
    value = Fraction(v, MICRO)
    band = -1
    if isinstance(scale, BandsScale):
        band = next(
            i
            for i, b in enumerate(scale.bands)
            if (bound := b.bound()) is None or op(bound[0]).holds(value, exact(bound[1]))
        )
    return to_micro(max_ * scale.share_of(value)), band


def agree(name: str, scale: ScaleBase, v: int, max_: Fraction) -> None:
    points, band = by_rules(name, scale, v, max_)
    want_points, want_band = by_definition(scale, v, max_)
    assert band == want_band, (name, v)
    # A continuous kind computes its share in floating point (see linear.py): a millionth apart
    # at most, where the exact points fall half-way between two millionths.
    slack = 0 if isinstance(scale, BandsScale) else 1
    assert abs(points - want_points) <= slack, (name, v, points, want_points)


def test_every_shipped_catalog_has_scales_to_check() -> None:
    assert len({name.split("/")[0] for name, _ in SCALES}) == len(resources.catalog_ids())


@pytest.mark.parametrize(("name", "scale"), SCALES, ids=[n for n, _ in SCALES])
def test_rules_and_definition_agree_on_every_boundary(name: str, scale: ScaleBase) -> None:
    for boundary in scale.boundaries():
        b = to_micro(boundary)
        for v in (b - 1, b, b + 1):
            for max_ in MAXIMA:
                agree(name, scale, v, Fraction(max_))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SCALES),
    st.one_of(st.integers(-(10**9), 10**9), st.integers(-(10**8), 2 * 10**8)),
    st.sampled_from(MAXIMA),
)
def test_rules_and_definition_agree_on_random_values(
    entry: tuple[str, ScaleBase], v: int, max_: int | Fraction
) -> None:
    agree(*entry, v, Fraction(max_))
