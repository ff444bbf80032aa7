"""People ratings (xếp loại phòng, cán bộ) in the report, from the facts the rating rules asserted."""

from __future__ import annotations

from engine.core.numbers import from_micro, round_report
from engine.results.model import Rating, Warning
from engine.rules.ratings import evaluate_ratings
from engine.spec.catalog import Catalog
from evidence.models import Evidence

KIND_ORDER = {"department": 0, "official": 1}


def ratings(catalog: Catalog, evidence: Evidence) -> tuple[list[Rating], list[Warning]]:
    """One entry per department / official and rule in force; warnings for rules not yet in force."""
    emitted, in_force = evaluate_ratings(catalog, evidence)
    by_id = {r.id: r for r in catalog.ratings}
    out = [
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
    ]
    out.sort(key=lambda r: (KIND_ORDER[r.kind], r.name, r.rule))
    warnings = [
        Warning(code=None, message=f"Quy tắc xếp loại “{r.id}” chưa áp dụng cho năm {evidence.year}.")
        for r in catalog.ratings
        if evidence.subjects and r.id not in in_force
    ]
    return out, warnings
