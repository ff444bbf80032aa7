"""What a report adds on catalogs and plans that ask for it, shared by the html and xlsx writers:
the points still available per criterion (`points_available`, e.g. chi-so-766), most first as the
terminal lists them, and the plan's score targets on a field or the total (`score_targets`) with
their verdicts. Reports of other catalogs have neither, and their writers show nothing more.
"""

from __future__ import annotations

from engine.core.numbers import vi_number
from engine.report.model import Report
from engine.results.model import CriterionResult, ScoreTargetResult
from engine.spec.plan import TOTAL

VERDICT_VI = {True: "đạt", False: "chưa đạt", None: "chưa đánh giá được"}


def asks_points_available(report: Report) -> bool:
    """Whether the catalog asks for the points still available (its criteria carry them)."""
    return any(c.available is not None for c in report.criteria)


def points_left(report: Report) -> list[CriterionResult]:
    """Criteria with points still to gain, most first (catalog order on ties)."""
    left = [c for c in report.criteria if c.available is not None and c.available.points > 0]
    return sorted(left, key=lambda c: -(c.available.points if c.available else 0))


def score_targets(report: Report) -> list[ScoreTargetResult]:
    return list(report.summary.score_targets) if report.summary is not None else []


def target_name(g: ScoreTargetResult) -> str:
    """ "Tổng điểm" for the total, "TDGQ Tiến độ giải quyết" for a field."""
    return g.title if g.code == TOTAL else f"{g.code} {g.title}"


def target_detail(g: ScoreTargetResult) -> str:
    """The gap and what closes it; why it cannot be judged; or the score when met."""
    return g.gap or g.reason or f"{vi_number(g.score, 2)} điểm"
