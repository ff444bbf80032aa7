"""Evaluate one unit's evidence: post facts to the rules, read back what they asserted.

Evidence, criteria and targets go in as facts; indicators, scores, thresholds, checks,
shortfalls and statuses come out as facts asserted by rules. This module only translates
between the two and groups the asserted facts by criterion, keeping every firing as trace.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from engine.core.numbers import from_micro, to_micro
from engine.rules.compiler import host_for
from engine.rules.host import Fact, Firing
from engine.spec.bundle import Bundle
from engine.spec.catalog import Catalog
from engine.spec.plan import Plan
from evidence.models import Evidence, FactValue

MICRO_FIELDS = frozenset({"v", "num", "den", "points", "max", "previous", "gap_value", "stake"})


@dataclass
class Outcome:
    """Everything the rules asserted about one criterion."""

    code: str
    indicator: Fact | None = None
    previous_indicator: Fact | None = None
    score: Fact | None = None
    na: list[Fact] = field(default_factory=list)
    missing: bool = False
    threshold: Fact | None = None
    check: Fact | None = None
    unassessable: bool = False
    shortfall: Fact | None = None
    firings: list[Firing] = field(default_factory=list)


def _micro(value: FactValue) -> int:
    return to_micro(int(value) if isinstance(value, bool) else value)


def evidence_facts(evidence: Evidence) -> list[Fact]:
    out = [
        {"kind": "fact", "name": n, "period": "current", "v": _micro(v)} for n, v in evidence.facts.items()
    ]
    out += [
        {"kind": "fact", "name": n, "period": "previous", "v": _micro(v)}
        for n, v in evidence.previous.items()
    ]
    return out


def static_facts(catalog: Catalog, plan: Plan | None) -> list[Fact]:
    out: list[Fact] = [
        {"kind": "criterion", "code": c.code, "scale": c.scale or "", "max": to_micro(c.max or 0)}
        for c in catalog.assessed()
    ]
    for code, target in plan.targets.items() if plan else ():
        rule = target.rule
        if rule.value is not None:
            out.append(
                {
                    "kind": "target",
                    "code": code,
                    "compare": rule.compare,
                    "base": "absolute",
                    "v": to_micro(rule.value),
                }
            )
        else:
            assert rule.previous is not None
            out.append(
                {
                    "kind": "target",
                    "code": code,
                    "compare": rule.compare,
                    "base": "previous",
                    "unit": rule.previous.unit,
                    "v": to_micro(rule.previous.delta),
                }
            )
    return out


def readable(fact: Fact) -> dict[str, Any]:
    """A fact as the trace shows it: millionths back to numbers."""
    return {
        k: (from_micro(v) if k in MICRO_FIELDS and isinstance(v, int) else v) for k, v in sorted(fact.items())
    }


def evaluate(bundle: Bundle, evidence: Evidence) -> dict[str, Outcome]:
    catalog, plan = bundle.catalog, bundle.plan
    firings = host_for(bundle).run(
        [
            static_facts(catalog, plan),
            evidence_facts(evidence),
            [{"kind": "fallback"}],  # rules that apply only when something was not given
            [{"kind": "close"}],  # statuses: what is still missing now is missing
        ]
    )
    firings.sort(key=lambda f: (f.rule, json.dumps(f.matched, sort_keys=True, ensure_ascii=False)))
    outcomes = {c.code: Outcome(c.code) for c in catalog.assessed()}
    touched: dict[str, list[Firing]] = defaultdict(list)
    for firing in firings:
        codes = {f["code"] for f in [*firing.matched.values(), *firing.emitted] if "code" in f}
        for code in codes:
            touched[code].append(firing)
        for fact in firing.emitted:
            _record(outcomes[fact["code"]], fact)
    for code, outcome in outcomes.items():
        outcome.firings = touched.get(code, [])
    return outcomes


def _record(outcome: Outcome, fact: Fact) -> None:
    kind = fact["kind"]
    if kind == "indicator":
        if fact["period"] == "current":
            outcome.indicator = fact
        else:
            outcome.previous_indicator = fact
    elif kind == "score":
        outcome.score = fact
    elif kind == "na":
        outcome.na.append(fact)
    elif kind == "missing":
        outcome.missing = True
    elif kind == "threshold":
        outcome.threshold = fact
    elif kind == "check":
        outcome.check = fact
    elif kind == "unassessable":
        outcome.unassessable = True
    elif kind == "shortfall":
        outcome.shortfall = fact
