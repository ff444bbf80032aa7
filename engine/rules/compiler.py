"""Compile a catalog and its rule file into a durable-rules ruleset (JSON form) + actions.

Per-criterion rules only where the data is per criterion (how an indicator is computed,
when it does not apply); bands, targets and statuses are generic rules that join
indicator facts with criterion, target and threshold facts posted from the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.core.compare import COMPARES, op
from engine.core.numbers import to_micro
from engine.rules import actions
from engine.rules.host import Action, RulesHost
from engine.spec.bundle import Bundle
from engine.spec.catalog import Catalog
from engine.spec.forms.base import fact
from engine.spec.rulebook import Rulebook
from engine.spec.scales import ScaleBase

Pattern = dict[str, Any]


def _and(*conds: Pattern) -> Pattern:
    return {"$and": list(conds)}


@dataclass(frozen=True)
class Compiled:
    rules: dict[str, Any]
    actions: dict[str, Action]

    def add(self, name: str, patterns: list[tuple[str, Pattern]], action: Action) -> None:
        """A rule that fires when all patterns match (alias → condition) and runs `action`."""
        assert name not in self.rules, name
        self.rules[name] = {"all": [{alias: p} for alias, p in patterns], "run": name}
        self.actions[name] = action


def add_scale(out: Compiled, ctx: actions.Context, scale_id: str, scale: ScaleBase) -> None:
    """A scale's score rules: each joins a current indicator, on the rule's integer conditions,
    with a criterion scored on this scale, and asserts its points and band."""
    crit = ("c", _and({"kind": "criterion"}, {"scale": scale_id}, {"code": {"i": "code"}}))
    for band in scale.score_rules():
        conds = [op(sym).pattern("v", bound) for sym, bound in band.conditions]
        out.add(
            f"score:{scale_id}:{band.name}",
            [("i", _and({"kind": "indicator"}, {"period": "current"}, *conds)), crit],
            actions.score(ctx, scale, band),
        )


def compile_rules(catalog: Catalog, rulebook: Rulebook) -> Compiled:
    ctx = actions.Context(catalog, rulebook)
    out = Compiled({}, {})
    add = out.add

    for code, ind in rulebook.indicators.items():
        for rule in ind.rules(code, catalog.facts):
            add(rule.name, rule.patterns, actions.asserting(rule.derive))
        for k, cond in enumerate(ind.not_applicable_when):
            add(
                f"na:{code}:{k}",
                [
                    (
                        "a",
                        fact(
                            cond.fact,
                            {"period": "current"},
                            op(cond.compare).pattern("v", to_micro(cond.value)),
                        ),
                    )
                ],
                actions.not_applicable(code, cond.reason),
            )

    used = {c.scale for c in catalog.assessed() if c.scale is not None}
    for scale_id in sorted(used):
        add_scale(out, ctx, scale_id, catalog.scales[scale_id])

    add(
        "threshold:absolute",
        [("t", _and({"kind": "target"}, {"base": "absolute"}))],
        actions.threshold_absolute,
    )
    for unit in ("pp", "percent"):
        add(
            f"threshold:previous:{unit}",
            [
                ("t", _and({"kind": "target"}, {"base": "previous"}, {"unit": unit})),
                ("p", _and({"kind": "indicator"}, {"period": "previous"}, {"code": {"t": "code"}})),
            ],
            actions.threshold_previous(unit),
        )

    current = ("i", _and({"kind": "indicator"}, {"period": "current"}))
    # "indicator OP threshold" as a condition on the threshold fact: t.v CONVERSE i.v is met,
    # t.v CONVERSE-OF-NEGATION i.v is missed.
    for sym in COMPARES:
        o = op(sym)
        tgt: list[Pattern] = [{"kind": "threshold"}, {"compare": sym}, {"code": {"i": "code"}}]
        met = o.conversed.pattern("v", {"i": "v"})
        add(f"target:{sym}:met", [current, ("t", _and(*tgt, met))], actions.met)
        add(
            f"target:{sym}:missed",
            [
                current,
                ("t", _and(*tgt, o.negated.conversed.pattern("v", {"i": "v"}))),
                ("c", _and({"kind": "criterion"}, {"code": {"i": "code"}})),
            ],
            actions.missed(ctx),
        )

    closing = ("x", {"kind": "close"})
    add(
        "status:unassessable",
        [closing, ("t", {"kind": "target"}), ("n$not", _and({"kind": "check"}, {"code": {"t": "code"}}))],
        actions.unassessable,
    )
    # An indicator with `when_missing` (an informational criterion whose facts only some
    # evidence has): without its facts the criterion does not apply, instead of missing evidence.
    optional = {code: ind.when_missing for code, ind in rulebook.indicators.items() if ind.when_missing}
    others: Pattern = {"kind": "criterion"}
    if optional:
        others = _and(others, *({"$neq": {"code": code}} for code in sorted(optional)))
    unscored = [
        ("n1$not", _and({"kind": "indicator"}, {"period": "current"}, {"code": {"c": "code"}})),
        ("n2$not", _and({"kind": "na"}, {"code": {"c": "code"}})),
    ]
    add("status:missing", [closing, ("c", others), *unscored], actions.missing)
    for code, reason in sorted(optional.items()):
        add(
            f"na:{code}:missing",
            [closing, ("c", _and({"kind": "criterion"}, {"code": code})), *unscored],
            actions.not_applicable(code, reason),
        )
    return out


_hosts: dict[str, RulesHost] = {}


def host_for(bundle: Bundle) -> RulesHost:
    """One durable-rules host per ruleset (catalog + rules content); sessions keep evaluations apart."""
    key = bundle.ruleset_key
    if key not in _hosts:
        compiled = compile_rules(bundle.catalog, bundle.rulebook)
        _hosts[key] = RulesHost(f"cchc-{bundle.catalog.id}", compiled.rules, compiled.actions)
    return _hosts[key]
