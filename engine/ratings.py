"""People rules (quy tắc xếp loại): the catalog's `ratings` compiled to a durable-rules ruleset.

Data in: each rule with its thresholds keyed by year, the assessment year, and the dossier
counts of every department and official (aggregated by pandas; one fact per count, never
one per dossier). The rules select the threshold in force that year, compute each subject's
share, decide whether the rule bars the rating and how many more late dossiers still fit
under the threshold at the current volume (the late budget). No rule is written in Python:
rules are generated from the data, and actions only do the arithmetic they are asked for.

Phases (RulesHost batches): thresholds and year; then `select` (so that the latest
threshold not after the year is chosen among all of them); then the subjects' counts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import Any

from engine.catalog import Catalog, RatingRule, load_catalog
from engine.numbers import MICRO, from_micro, round_report, to_micro
from engine.report import Rating, Warning
from engine.rules_host import Action, Emitter, Fact, RulesHost
from evidence.models import Evidence

Pattern = dict[str, Any]
# For "share OP threshold" (the rule bars the rating): the condition on the bar fact's v
# against the share that means barred, and the one that means not barred. The share is
# posted rounded up (`up`) and down (`down`) to millionths so both tests stay exact.
_HIT = {">": ("$lt", "up"), ">=": ("$lte", "down")}
_CLEAR = {">": ("$gte", "up"), ">=": ("$gt", "down")}
KIND_ORDER = {"department": 0, "official": 1}


def _all(*conds: Pattern) -> Pattern:
    return {"$and": list(conds)}


@dataclass(frozen=True)
class Compiled:
    rules: dict[str, Any]
    actions: dict[str, Action]


def late_budget(compare: str, threshold: Fraction, late: int, resolved: int) -> int:
    """How many more late dossiers fit before the share crosses the threshold.

    Each extra late dossier is also one more resolved dossier, and nothing else changes
    (the current volume): the largest k ≥ 0 with (late + k) / (resolved + k) still not
    `compare` threshold%. 0 when the rule already bars the rating.
    """
    room = (threshold * resolved - 100 * late) / (100 - threshold)
    k = math.floor(room) if compare == ">" else math.ceil(room) - 1
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
    b, a, c = e.matched["b"], e.matched["a"], e.matched["c"]
    share = Fraction(100 * a["v"] * MICRO, c["v"])
    e.emit(
        {
            "kind": "share",
            "rule": b["rule"],
            "subject": a["subject"],
            "who": a["who"],
            "num": a["v"],
            "den": c["v"],
            "up": math.ceil(share),
            "down": math.floor(share),
        }
    )


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
    b, a = e.matched["b"], e.matched["a"]
    e.emit(
        {
            "kind": "rating",
            "rule": b["rule"],
            "subject": a["subject"],
            "who": a["who"],
            "num": a["v"],
            "den": 0,
            "hit": 0,
            "budget": late_budget(b["compare"], Fraction(b["v"], MICRO), a["v"], 0),
            "threshold": b["v"],
            "compare": b["compare"],
        }
    )


def compile_ratings(rules_data: list[RatingRule]) -> Compiled:
    rules: dict[str, Any] = {}
    acts: dict[str, Action] = {}

    def add(name: str, patterns: list[tuple[str, Pattern]], action: Action) -> None:
        assert name not in rules, name
        rules[name] = {"all": [{alias: p} for alias, p in patterns], "run": name}
        acts[name] = action

    add(
        "rating:threshold",
        [
            ("x", {"kind": "select"}),
            ("y", {"kind": "year"}),
            ("t", _all({"kind": "threshold"}, {"$lte": {"since": {"y": "v"}}})),
            (
                "n$not",
                _all(
                    {"kind": "threshold"},
                    {"rule": {"t": "rule"}},
                    {"$lte": {"since": {"y": "v"}}},
                    {"$gt": {"since": {"t": "since"}}},
                ),
            ),
        ],
        _select_threshold,
    )
    for r in rules_data:
        bar = ("b", _all({"kind": "bar"}, {"rule": r.id}))
        of = ("a", _all({"kind": "count"}, {"subject": r.subject}, {"name": r.measure.of}))
        over = _all(
            {"kind": "count"}, {"subject": r.subject}, {"name": r.measure.over}, {"who": {"a": "who"}}
        )
        add(f"rating:{r.id}:share", [bar, of, ("c", _all(over, {"$neq": {"v": 0}}))], _share)
        add(f"rating:{r.id}:no_volume", [bar, of, ("c", _all(over, {"v": 0}))], _no_volume)
    share = ("s", {"kind": "share"})
    for op in _HIT:
        for outcome, table, hit in (("hit", _HIT, 1), ("clear", _CLEAR, 0)):
            test, field = table[op]
            bar_p = _all(
                {"kind": "bar"}, {"rule": {"s": "rule"}}, {"compare": op}, {test: {"v": {"s": field}}}
            )
            add(f"rating:{op}:{outcome}", [share, ("b", bar_p)], _rating(hit))
    return Compiled(rules, acts)


@cache
def ratings_host(catalog_id: str) -> RulesHost:
    """One host per catalog per process; each evaluation is its own session."""
    catalog = load_catalog(catalog_id)
    compiled = compile_ratings(catalog.ratings)
    return RulesHost(f"cchc-ratings-{catalog_id}", compiled.rules, compiled.actions)


def _facts(catalog: Catalog, evidence: Evidence) -> list[list[Fact]]:
    data: list[Fact] = [{"kind": "year", "v": evidence.year}]
    for r in catalog.ratings:
        for t in r.thresholds:
            data.append(
                {
                    "kind": "threshold",
                    "rule": r.id,
                    "subject": r.subject,
                    "compare": r.compare,
                    "since": t.from_year,
                    "v": to_micro(t.value),
                }
            )
    wanted = {(r.subject, n) for r in catalog.ratings for n in (r.measure.of, r.measure.over)}
    counts: list[Fact] = [
        {"kind": "count", "subject": s.kind, "who": s.name, "name": name, "v": s.facts.get(name, 0)}
        for s in evidence.subjects
        for kind, name in sorted(wanted)
        if kind == s.kind
    ]
    return [data, [{"kind": "select"}], counts]


def evaluate_ratings(catalog: Catalog, evidence: Evidence) -> tuple[list[Rating], list[Warning]]:
    """One entry per department / official and rule in force; warnings for rules not yet in force."""
    if not catalog.ratings or not evidence.subjects:
        return [], []
    firings = ratings_host(catalog.id).run(_facts(catalog, evidence))
    emitted = [f for firing in firings for f in firing.emitted]
    in_force = {f["rule"] for f in emitted if f["kind"] == "bar"}
    by_id = {r.id: r for r in catalog.ratings}
    ratings = [
        Rating(
            kind=f["subject"],
            name=f["who"],
            rule=f["rule"],
            resolved=f["den"],
            late=f["num"],
            late_share=round_report(from_micro(f["share"])) if "share" in f else None,
            compare=f["compare"],
            threshold=round_report(from_micro(f["threshold"])),
            rule_hit=bool(f["hit"]),
            bars=by_id[f["rule"]].bars,
            late_budget=f["budget"],
        )
        for f in emitted
        if f["kind"] == "rating"
    ]
    ratings.sort(key=lambda r: (KIND_ORDER[r.kind], r.name, r.rule))
    warnings = [
        Warning(code=None, message=f"Quy tắc xếp loại “{r.id}” chưa áp dụng cho năm {evidence.year}.")
        for r in catalog.ratings
        if r.id not in in_force
    ]
    return ratings, warnings
