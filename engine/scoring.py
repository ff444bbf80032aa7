"""The public entry point: validated evidence in, report out. The CLI and BDD steps use it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from engine import __version__
from engine.report.json_report import report_json
from engine.report.missing import FactNames
from engine.report.model import CatalogRef, EngineInfo, EvidenceRef, Ref, Report
from engine.results.criteria import criterion_result, shortfall, warnings
from engine.results.model import Shortfall
from engine.results.ratings import ratings as rate_people
from engine.results.rollup import roll_up
from engine.results.score_targets import check_score_targets
from engine.results.summary import summarize
from engine.rules.evaluate import evaluate
from engine.spec.bundle import Bundle, Library
from evidence.load import load_with_bundle
from evidence.models import Evidence

__all__ = ["report_json", "score", "score_file"]


def score(evidence: Evidence, bundle: Bundle | None = None) -> Report:
    """Score evidence against a bundle (default: the catalog and plan it names, from the default library)."""
    if bundle is None:
        bundle = Library().bundle(evidence.catalog, evidence.plan)
    catalog, rulebook, plan = bundle.catalog, bundle.rulebook, bundle.plan
    outcomes = evaluate(bundle, evidence)
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
    ratings, rating_warnings = rate_people(list(bundle.policies), evidence)
    summary, noticed = summarize(catalog, plan, evidence, results, shortfalls, total)
    summary.score_targets, missed_scores = check_score_targets(
        catalog, rulebook, plan, results, outcomes, total, fields
    )
    report = Report(
        engine=EngineInfo(version=__version__),
        unit=evidence.unit,
        year=evidence.year,
        catalog=CatalogRef(
            id=catalog.id,
            title=catalog.title,
            digest=bundle.catalog_digest,
            source=bundle.catalog_source,
            provisional=provisional,
        ),
        plan=Ref(
            id=plan.id, title=plan.title, digest=bundle.plan_digest or "", source=bundle.plan_source or ""
        )
        if plan
        else None,
        rules=Ref(
            id=rulebook.catalog,
            title=f"rules/{rulebook.catalog}.yaml",
            digest=bundle.rules_digest,
            source=bundle.rules_source,
        ),
        evidence=EvidenceRef(file=evidence.source, digest=evidence.digest, sources=evidence.sources),
        as_of=evidence.as_of.isoformat() if evidence.as_of else None,
        total=total,
        fields=fields,
        groups=groups,
        criteria=results,
        shortfalls=shortfalls,
        ratings=ratings,
        warnings=[*warnings(results, evidence, catalog), *noticed, *missed_scores, *rating_warnings],
        summary=summary,
        overrides=evidence.overrides,
    )
    report.field_label = catalog.field_label
    report.fact_names = FactNames({name: spec.label for name, spec in catalog.facts.items()}, evidence.rows)
    return report


def score_file(path: str | Path, as_of: dt.date | None = None, library: Library | None = None) -> Report:
    return score(*load_with_bundle(path, as_of, library))
