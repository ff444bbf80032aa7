"""The public entry point: validated evidence in, report out. The CLI and BDD steps use it."""

from __future__ import annotations

from pathlib import Path

from engine import __version__
from engine.catalog import digest, load_catalog
from engine.evaluate import evaluate
from engine.plan import load_plan
from engine.report import CatalogRef, EngineInfo, EvidenceRef, Ref, Report, Shortfall
from engine.results import criterion_result, shortfall, warnings
from engine.rollup import roll_up
from engine.rulebook import load_rulebook
from engine.summary import summarize
from evidence.load import load_evidence
from evidence.models import Evidence


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
    provisional = any(r.scale.provisional for r in results) or evidence.year in catalog.assumed_years
    total, fields, groups = roll_up(catalog, results, provisional)
    summary, noticed = summarize(catalog, plan, evidence, results, shortfalls, total)
    return Report(
        engine=EngineInfo(version=__version__),
        unit=evidence.unit,
        year=evidence.year,
        catalog=CatalogRef(
            id=catalog.id, title=catalog.title, digest=digest(catalog), provisional=provisional
        ),
        plan=Ref(id=plan.id, title=plan.title, digest=digest(plan)) if plan else None,
        rules=Ref(id=rulebook.catalog, title=f"rules/{rulebook.catalog}.yaml", digest=digest(rulebook)),
        evidence=EvidenceRef(file=evidence.source, digest=evidence.digest),
        total=total,
        fields=fields,
        groups=groups,
        criteria=results,
        shortfalls=shortfalls,
        warnings=warnings(results, evidence, catalog) + noticed,
        summary=summary,
    )


def score_file(path: str | Path) -> Report:
    return score(load_evidence(path))


def report_json(report: Report) -> str:
    """The report's bytes: stable key order, UTF-8 Vietnamese, trailing newline."""
    return report.model_dump_json(indent=2) + "\n"
