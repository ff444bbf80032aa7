"""What a fired rule does: compute an indicator, a score, a threshold, a check.

Actions are generic (one per rule kind), parameterised by data from the catalog and the
rule file; none knows a particular criterion. Values are integers in millionths.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from engine.core.compare import op
from engine.core.numbers import MICRO, from_micro, to_micro
from engine.rules.host import Action, Emitter, Fact
from engine.spec.catalog import Catalog
from engine.spec.forms.base import not_applicable as na_fact
from engine.spec.gaps import describe
from engine.spec.points import exact_value, points
from engine.spec.rulebook import Rulebook
from engine.spec.scales import ScaleBase, ScoreRule


@dataclass(frozen=True)
class Context:
    catalog: Catalog
    rulebook: Rulebook


def asserting(derive: Callable[[Mapping[str, Fact]], list[Fact]]) -> Action:
    """A rule whose facts to assert the data's declaration computes from what it matched
    (an indicator form's rule: engine.spec.forms)."""

    def act(e: Emitter) -> None:
        for fact in derive(e.matched):
            e.emit(fact)

    return act


def not_applicable(code: str, reason: str) -> Action:
    return asserting(lambda m: [na_fact(code, reason)])


def score(ctx: Context, scale: ScaleBase, rule: ScoreRule) -> Action:
    """The indicator matched this score rule of the scale: the points it earns — the rule's
    share of the maximum, or, in a catalog with a rounding rule, the points as it rounds them
    (engine.spec.points)."""

    def act(e: Emitter) -> None:
        i, c = e.matched["i"], e.matched["c"]
        if ctx.catalog.rounding is None:
            earned = to_micro(Fraction(c["max"], MICRO) * scale.share(rule, i["v"]))
        else:
            criterion = ctx.catalog.criterion(i["code"])
            earned = to_micro(points(ctx.catalog, criterion, i["v"], exact=exact_value(i)))
        e.emit({"kind": "score", "code": i["code"], "points": earned, "band": rule.band, "label": rule.label})

    return act


def threshold_absolute(e: Emitter) -> None:
    t = e.matched["t"]
    e.emit({"kind": "threshold", "code": t["code"], "compare": t["compare"], "v": t["v"]})


def threshold_previous(unit: str) -> Action:
    def act(e: Emitter) -> None:
        t, p = e.matched["t"], e.matched["p"]
        if unit == "pp":
            v = p["v"] + t["v"]
        else:
            v = to_micro(Fraction(p["v"], MICRO) * (1 + Fraction(t["v"], 100 * MICRO)))
        e.emit({"kind": "threshold", "code": t["code"], "compare": t["compare"], "v": v, "previous": p["v"]})

    return act


def met(e: Emitter) -> None:
    i = e.matched["i"]
    e.emit({"kind": "check", "code": i["code"], "met": 1})


def missed(ctx: Context) -> Action:
    """A missed target becomes a shortfall: the gap in the criterion's units, points at stake."""

    def act(e: Emitter) -> None:
        i, t = e.matched["i"], e.matched["t"]
        code = i["code"]
        ind = ctx.rulebook.indicators[code]
        criterion = ctx.catalog.criterion(code)
        value_now, bar = from_micro(i["v"]), from_micro(t["v"])
        # Points at stake: the points of the nearest value that meets the target, less the
        # points of the indicator (the same scoring as the rules, same rounding).
        o = op(t["compare"])
        nudge = 0 if not o.strict else 1 if o.sense == "up" else -1
        now = points(ctx.catalog, criterion, i["v"], exact=exact_value(i))
        stake = to_micro(points(ctx.catalog, criterion, t["v"], nudge) - now)
        gap = describe(
            ind,
            ctx.catalog.facts,
            value_now,
            t["compare"],
            bar,
            num=Fraction(i["num"], MICRO) if "num" in i else None,
            den=Fraction(i["den"], MICRO) if "den" in i else None,
            lacking=[n for n in i.get("lacking", "").split("|") if n] if "lacking" in i else None,
            previous=from_micro(t["previous"]) if "previous" in t else None,
        )
        e.emit({"kind": "check", "code": code, "met": 0})
        e.emit(
            {
                "kind": "shortfall",
                "code": code,
                "gap": gap.sentence,
                "gap_value": to_micro(gap.value),
                "gap_unit": gap.unit,
                "stake": max(0, stake),
            }
        )

    return act


def unassessable(e: Emitter) -> None:
    t = e.matched["t"]
    e.emit({"kind": "unassessable", "code": t["code"]})


def missing(e: Emitter) -> None:
    c = e.matched["c"]
    e.emit({"kind": "missing", "code": c["code"]})
