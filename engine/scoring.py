"""The public entry point: validated evidence in, report out. The CLI and BDD steps use it."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from engine import __version__
from engine.report.model import CatalogRef, EngineInfo, EvidenceRef, Ref, Report, SourceRef
from engine.results.criteria import criterion_result, shortfall, warnings
from engine.results.model import Shortfall
from engine.results.ratings import ratings as rate_people
from engine.results.rollup import roll_up
from engine.results.summary import summarize
from engine.rules.evaluate import evaluate
from engine.spec.catalog import digest, load_catalog
from engine.spec.plan import load_plan
from engine.spec.policy import adopt
from engine.spec.rulebook import load_rulebook
from evidence.load import load_evidence
from evidence.models import Evidence


@cache
def _refs(catalog_id: str, plan_id: str | None) -> tuple[str, Ref | None, Ref]:
    """Digests of the shipped data, computed once per process (they never change in it)."""
    catalog, rulebook = load_catalog(catalog_id), load_rulebook(catalog_id)
    plan = load_plan(plan_id) if plan_id else None
    return (
        digest(catalog),
        Ref(id=plan.id, title=plan.title, digest=digest(plan)) if plan else None,
        Ref(id=rulebook.catalog, title=f"rules/{rulebook.catalog}.yaml", digest=digest(rulebook)),
    )


def score(evidence: Evidence) -> Report:
    catalog = load_catalog(evidence.catalog)
    rulebook = load_rulebook(evidence.catalog)
    plan = load_plan(evidence.plan) if evidence.plan else None
    outcomes = evaluate(catalog, plan, evidence)
    results = [
        criterion_result(c, outcomes[c.code], catalog, rulebook, plan, evidence) for c in catalog.assessed()
    ]
    shortfalls: list[Shortfall] = [s for r in results if (s := shortfall(r, outcomes[r.code])) is not None]
    order = {c.code: i for i, c in enumerate(catalog.criteria)}
    shortfalls.sort(key=lambda s: (-s.points_at_stake, order[s.code]))
    provisional = (
        any(r.scale.provisional for r in results)
        or evidence.year in catalog.assumed_years
        or bool(catalog.provisional)
    )
    total, fields, groups = roll_up(catalog, results, provisional)
    policies = adopt(plan.policies) if plan else []
    ratings, rating_warnings = rate_people(policies, evidence)
    summary, noticed = summarize(catalog, plan, evidence, results, shortfalls, total)
    catalog_digest, plan_ref, rules_ref = _refs(catalog.id, plan.id if plan else None)
    return Report(
        engine=EngineInfo(version=__version__),
        unit=evidence.unit,
        year=evidence.year,
        catalog=CatalogRef(
            id=catalog.id, title=catalog.title, digest=catalog_digest, provisional=provisional
        ),
        plan=plan_ref,
        rules=rules_ref,
        evidence=EvidenceRef(
            file=evidence.source,
            digest=evidence.digest,
            sources=[SourceRef(**s.model_dump()) for s in evidence.sources],
        ),
        as_of=evidence.as_of.isoformat() if evidence.as_of else None,
        total=total,
        fields=fields,
        groups=groups,
        criteria=results,
        shortfalls=shortfalls,
        ratings=ratings,
        warnings=[*warnings(results, evidence, catalog), *noticed, *rating_warnings],
        summary=summary,
    )


def score_file(path: str | Path, as_of: dt.date | None = None) -> Report:
    return score(load_evidence(path, as_of))


def report_json(report: Report) -> str:
    """The report's bytes: stable key order, UTF-8 Vietnamese, trailing newline."""
    return report.model_dump_json(indent=2) + "\n"
