"""People rules (quy tắc xếp loại): the plan's adopted policies evaluated by durable-rules.

The policies' rules are data posted as facts — each threshold with its first year, the
assessment year, and per department or official the two counts its measure divides
(aggregated by pandas: one fact per subject and rule, never one per dossier). A small
generic ruleset selects the threshold in force that year, computes each share, decides
whether the rule bars the rating and how many more late dossiers still fit under the
threshold at the current volume (the late budget). Nothing here knows a particular rule;
actions only do the arithmetic the matched facts ask for.

Phases (RulesHost batches): thresholds and year; then `select`, so that the latest
threshold not after the year is chosen with all thresholds present; then the counts.
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import cache
from typing import Any, get_args

from engine.core.compare import Operator, op
from engine.core.numbers import MICRO, to_micro
from engine.rules.compiler import Compiled
from engine.rules.host import Action, Emitter, Fact, RulesHost
from engine.spec.policy import Adopted, RatingCompare, RatingRule
from evidence.models import Evidence

Pattern = dict[str, Any]
# "share OP threshold" bars the rating. The share is posted rounded up (`up`) and down
# (`down`) to millionths so that the test on the integer threshold stays exact: a strict
# operator reads the share rounded up, the other rounded down.
_RATING_OPS: tuple[str, ...] = get_args(RatingCompare)


def _rounded(o: Operator) -> str:
    return "up" if o.strict else "down"


def _all(*conds: Pattern) -> Pattern:
    return {"$and": list(conds)}


def late_budget(compare: str, threshold: Fraction, late: int, resolved: int) -> int:
    """How many more late dossiers fit before the share crosses the threshold.

    Each extra late dossier is also one more resolved dossier, and nothing else changes
    (the current volume): the largest k ≥ 0 with (late + k) / (resolved + k) still not
    `compare` threshold%. 0 when the rule already bars the rating.
    """
    room = (threshold * resolved - 100 * late) / (100 - threshold)
    k = math.floor(room) if op(compare).strict else math.ceil(room) - 1
    return max(0, k)


def _select_threshold(e: Emitter) -> None:
    t = e.matched["t"]
    e.emit(
        {
            "kind": "bar",
            "rule": t["rule"],
            "subject": t["subject"],
            "compare": t["compare"],
            "since": t["since"],
            "v": t["v"],
        }
    )


def _share(e: Emitter) -> None:
    m = e.matched["m"]
    share = Fraction(100 * m["num"] * MICRO, m["den"])
    e.emit({**m, "kind": "share", "up": math.ceil(share), "down": math.floor(share)})


def _rating(hit: int) -> Action:
    def act(e: Emitter) -> None:
        s, b = e.matched["s"], e.matched["b"]
        budget = late_budget(b["compare"], Fraction(b["v"], MICRO), s["num"], s["den"])
        e.emit(
            {
                "kind": "rating",
                "rule": b["rule"],
                "subject": s["subject"],
                "who": s["who"],
                "num": s["num"],
                "den": s["den"],
                "share": to_micro(Fraction(100 * s["num"], s["den"])),
                "hit": hit,
                "budget": 0 if hit else budget,
                "threshold": b["v"],
                "compare": b["compare"],
            }
        )

    return act


def _no_volume(e: Emitter) -> None:
    """Nothing resolved yet: no share, not barred; the budget follows from the threshold."""
    b, m = e.matched["b"], e.matched["m"]
    e.emit(
        {
            **m,
            "kind": "rating",
            "hit": 0,
            "budget": late_budget(b["compare"], Fraction(b["v"], MICRO), m["num"], 0),
            "threshold": b["v"],
            "compare": b["compare"],
        }
    )


def compile_ratings() -> Compiled:
    """The ruleset is the same for every policy: rules, thresholds and counts are facts."""
    out = Compiled({}, {})
    add = out.add

    add(
        "rating:threshold",
        [
            ("x", {"kind": "select"}),
            ("y", {"kind": "year"}),
            ("t", _all({"kind": "threshold"}, op("<=").pattern("since", {"y": "v"}))),
            (
                "n$not",
                _all(
                    {"kind": "threshold"},
                    {"rule": {"t": "rule"}},
                    op("<=").pattern("since", {"y": "v"}),
                    op(">").pattern("since", {"t": "since"}),
                ),
            ),
        ],
        _select_threshold,
    )
    bar = ("b", _all({"kind": "bar"}, {"rule": {"m": "rule"}}))
    add("rating:share", [("m", _all({"kind": "measure"}, op("≠").pattern("den", 0))), bar], _share)
    add("rating:no_volume", [("m", _all({"kind": "measure"}, {"den": 0})), bar], _no_volume)
    share = ("s", {"kind": "share"})
    for sym in _RATING_OPS:
        o = op(sym)
        # As conditions on the bar fact: threshold CONVERSE share (barred), or its negation.
        for outcome, test, hit in (("hit", o.conversed, 1), ("clear", o.negated.conversed, 0)):
            bar_p = _all(
                {"kind": "bar"},
                {"rule": {"s": "rule"}},
                {"compare": sym},
                test.pattern("v", {"s": _rounded(o)}),
            )
            add(f"rating:{sym}:{outcome}", [share, ("b", bar_p)], _rating(hit))
    return out


@cache
def ratings_host() -> RulesHost:
    """One host per process; each evaluation is its own session."""
    compiled = compile_ratings()
    return RulesHost("cchc-ratings", compiled.rules, compiled.actions)


def rule_key(adopted: Adopted, rule: RatingRule) -> str:
    """A rule's id in the ruleset: unique across the adopted policies."""
    return f"{adopted.policy.id}/{rule.id}"


def _count(adopted: Adopted, rule: RatingRule, facts: dict[str, int], name: str) -> int:
    """One side of the measure; overdue pending dossiers join both sides when counted."""
    extra = facts.get(rule.measure.overdue, 0) if adopted.counts_overdue and rule.measure.overdue else 0
    return facts.get(name, 0) + extra


def _facts(policies: list[Adopted], evidence: Evidence) -> list[list[Fact]]:
    data: list[Fact] = [{"kind": "year", "v": evidence.year}]
    rules = [(a, r) for a in policies for r in a.policy.rules]
    for a, r in rules:
        for t in r.thresholds:
            data.append(
                {
                    "kind": "threshold",
                    "rule": rule_key(a, r),
                    "subject": r.subject,
                    "compare": r.compare,
                    "since": t.from_year,
                    "v": to_micro(t.value),
                }
            )
    # One fact per subject and rule: the two counts its measure divides.
    counts: list[Fact] = [
        {
            "kind": "measure",
            "rule": rule_key(a, r),
            "subject": s.kind,
            "who": s.name,
            "num": _count(a, r, s.facts, r.measure.of),
            "den": _count(a, r, s.facts, r.measure.over),
        }
        for s in evidence.subjects
        for a, r in rules
        if r.subject == s.kind
    ]
    return [data, [{"kind": "select"}], counts]


def evaluate_ratings(policies: list[Adopted], evidence: Evidence) -> tuple[list[Fact], set[str]]:
    """The rating facts the rules asserted, and the keys of the rules in force this year."""
    if not policies or not evidence.subjects:
        return [], set()
    firings = ratings_host().run(_facts(policies, evidence))
    emitted = [f for firing in firings for f in firing.emitted]
    in_force = {f["rule"] for f in emitted if f["kind"] == "bar"}
    return [f for f in emitted if f["kind"] == "rating"], in_force
