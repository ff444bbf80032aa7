"""People ratings (xếp loại phòng, cán bộ) in the report, from the facts the rating rules asserted."""

from __future__ import annotations

from engine.core.numbers import from_micro, round_report
from engine.results.model import Rating, Warning
from engine.rules.ratings import evaluate_ratings, rule_key
from engine.spec.policy import Adopted
from evidence.models import Evidence

KIND_ORDER = {"department": 0, "official": 1}


def ratings(policies: list[Adopted], evidence: Evidence) -> tuple[list[Rating], list[Warning]]:
    """One entry per department / official and rule in force; warnings for rules not yet in force."""
    emitted, in_force = evaluate_ratings(policies, evidence)
    by_key = {rule_key(a, r): (a, r) for a in policies for r in a.policy.rules}
    homes = {s.name: s.department for s in evidence.subjects if s.kind == "official"}
    out = []
    for f in emitted:
        adopted, rule = by_key[f["rule"]]
        out.append(
            Rating(
                kind=f["subject"],
                name=f["who"],
                department=homes.get(f["who"]) if f["subject"] == "official" else None,
                policy=adopted.policy.id,
                rule=rule.id,
                goal=rule.kind == "goal",
                resolved=f["den"],
                late=f["num"],
                late_share=round_report(from_micro(f["share"])) if "share" in f else None,
                compare=f["compare"],
                threshold=round_report(from_micro(f["threshold"])),
                rule_hit=bool(f["hit"]),
                bars=rule.bars,
                counts_overdue=adopted.counts_overdue,
                late_budget=f["budget"],
            )
        )
    out.sort(key=lambda r: (KIND_ORDER[r.kind], r.name, r.policy, r.rule))
    warnings = [
        Warning(
            code=None,
            message=f"Quy tắc xếp loại “{r.id}” của chính sách “{a.policy.id}” chưa áp dụng cho năm "
            f"{evidence.year} (áp dụng từ năm {r.thresholds[0].from_year}).",
        )
        for a in policies
        for r in a.policy.rules
        if evidence.subjects and rule_key(a, r) not in in_force
    ]
    return out, warnings
