"""Rank the units of a run and build the summary: pure arithmetic over the units' own reports.

Ranking is by share of the maximum (total score / total maximum, unrounded), so that units whose
criteria are excluded as not applicable compare fairly; equal shares get the same rank (1, 1, 3)
and are listed by unit name. A unit without a maximum ranks last.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from engine.core.problems import Problem, Reason
from engine.report.model import EngineInfo, Report
from engine.report.province.model import FailedUnit, ProvinceSummary, RankedUnit, SummaryGroup


@dataclass(frozen=True)
class ScoredUnit:
    """One unit of the run: its evidence file as named, its report, and where the report was written."""

    file: str
    report: Report
    report_file: str | None = None


GroupKey = tuple[str, int]


def group_key(report: Report) -> GroupKey:
    return report.catalog.id, report.year


def name_key(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def mixed_groups(units: Sequence[ScoredUnit]) -> list[Problem]:
    """Units on different catalogs or years cannot share one ranking: the groups found, with their files."""
    by_key: dict[GroupKey, list[str]] = defaultdict(list)
    for u in units:
        by_key[group_key(u.report)].append(u.file)
    if len(by_key) < 2:
        return []

    def listed(files: list[str]) -> str:
        shown = ", ".join(sorted(files)[:3])
        return shown + (f" và {len(files) - 3} tệp khác" if len(files) > 3 else "")

    groups = "; ".join(
        f"{c} năm {y}: {len(fs)} đơn vị ({listed(fs)})" for (c, y), fs in sorted(by_key.items())
    )
    return [
        Problem(
            code=Reason.CONFLICTING_SOURCES,
            file="cchc score",
            reason=f"các đơn vị dùng bộ tiêu chí hoặc năm khác nhau, không xếp hạng chung được — {groups}. "
            "Dùng --group-by catalog để xếp hạng riêng từng bộ tiêu chí và năm",
        )
    ]


def _ranks(units: list[ScoredUnit]) -> list[tuple[int, ScoredUnit]]:
    def share(u: ScoredUnit) -> float:
        # the exact share, not the rounded percent: 40,404/46 ranks above 40,402/46 though both show 87,83%
        t = u.report.total
        return t.score / t.max if t.max else -1.0

    ordered = sorted(units, key=lambda u: (-share(u), name_key(u.report.unit), u.file))
    out = []
    for u in ordered:
        better = sum(1 for v in ordered if share(v) > share(u))
        out.append((better + 1, u))
    return out


def build_summary(
    units: Sequence[ScoredUnit],
    failed: Sequence[tuple[str, list[Problem]]],
    *,
    version: str,
    group_by: str | None = None,
    as_of: str | None = None,
    overrides: Sequence[str] = (),
) -> ProvinceSummary:
    by_group: dict[GroupKey, list[ScoredUnit]] = defaultdict(list)
    for u in units:
        by_group[group_key(u.report)].append(u)
    groups: list[SummaryGroup] = []
    ranked: list[RankedUnit] = []
    for index, key in enumerate(sorted(by_group)):
        members = by_group[key]
        first = members[0].report
        groups.append(SummaryGroup(catalog=first.catalog, rules=first.rules, year=key[1], units=len(members)))
        for rank, u in _ranks(members):
            r = u.report
            targets = r.summary.targets if r.summary else 0
            met = r.summary.met if r.summary else 0
            ranked.append(
                RankedUnit(
                    unit=r.unit,
                    file=u.file,
                    group=index,
                    catalog=r.catalog.id,
                    year=r.year,
                    plan=r.plan,
                    evidence_digest=r.evidence.digest,
                    rank=rank,
                    share=r.total.percent,
                    total=r.total,
                    fields=r.fields,
                    targets=targets,
                    targets_met=met,
                    shortfalls=len(r.shortfalls),
                    complete=not r.total.counts.get("missing_evidence", 0),
                    report=u.report_file,
                    overrides=reached(overrides, r),
                )
            )
    warnings = []
    twice = sorted(n for n, k in Counter(name_key(u.report.unit) for u in units).items() if k > 1)
    for name in twice:
        same = sorted((u for u in units if name_key(u.report.unit) == name), key=lambda u: u.file)
        files = ", ".join(u.file for u in same)
        warnings.append(f"Đơn vị “{same[0].report.unit}” có nhiều tệp minh chứng trong lần chấm: {files}")
    incomplete = [u for u in ranked if not u.complete]
    if incomplete:
        warnings.append(
            f"{len(incomplete)} đơn vị có tiêu chí thiếu minh chứng: tổng điểm chưa đầy đủ (thiếu minh "
            "chứng không tính là 0 nhưng vẫn nằm trong điểm tối đa), thứ hạng của các đơn vị này chưa phải "
            "thứ hạng cuối"
        )
    summary = ProvinceSummary(
        engine=EngineInfo(version=version),
        group_by="catalog" if group_by == "catalog" else None,
        as_of=as_of,
        overrides=list(overrides),
        groups=groups,
        units=ranked,
        failed=[FailedUnit(file=f, problems=p) for f, p in sorted(failed, key=lambda x: x[0])],
        warnings=warnings,
    )
    summary.name_fields({u.report.catalog.id: u.report.field_label for u in units})
    return summary


def reached(overrides: Sequence[str], report: Report) -> list[str]:
    """The `--set` values (`MINH_CHỨNG=GIÁ_TRỊ`) this unit was scored with: a fact its catalog
    does not have was left out of its evidence (and its report's overrides)."""
    facts = {o.fact for o in report.overrides}
    return [o for o in overrides if o.partition("=")[0] in facts]


def summary_json(summary: ProvinceSummary) -> str:
    return summary.model_dump_json(indent=2) + "\n"
