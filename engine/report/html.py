"""The report as one printable HTML file: offline, no script, every value escaped.

Rendered with the jinja2 templates shipped in `engine/report/templates` (autoescape on), so
an office name holding `<script>` or `[/]` is text. Charts are inline SVG computed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import jinja2

from engine.core import display
from engine.core.numbers import vi_number
from engine.report.model import Report
from engine.report.privacy import names_hidden
from engine.report.simulation import override_lines
from engine.report.standing import (
    VERDICT_VI,
    asks_points_available,
    points_left,
    score_targets,
    target_detail,
    target_name,
)
from engine.report.table import NAMES_HIDDEN, STATUS_VI, assessment_rows, score_text, vi_date
from engine.results.sentences import value_text

CHART_WIDTH = 700
LABEL_WIDTH = 250
BAR = 18
GAP = 10


@dataclass(frozen=True)
class Bar:
    label: str
    y: int
    width: float
    back: float
    text: str


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("engine.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def bars(items: list[tuple[str, float, float, str]], label_width: int = LABEL_WIDTH) -> tuple[list[Bar], int]:
    """(label, value, reference, text) → bars scaled to the largest reference; chart height."""
    top = max([ref for _, _, ref, _ in items] + [v for _, v, _, _ in items] + [1e-9])
    span = CHART_WIDTH - label_width - 90
    out = [
        Bar(label, i * (BAR + GAP), span * value / top, span * ref / top, text)
        for i, (label, value, ref, text) in enumerate(items)
    ]
    return out, max(len(items) * (BAR + GAP), BAR)


def report_html(report: Report) -> str:
    t = report.total
    field_bars, field_height = bars(
        [
            (f"{f.code}. {f.title}", f.score, f.max, f"{vi_number(f.score)}/{vi_number(f.max)}")
            for f in report.fields
        ]
    )
    gap_bars, gap_height = bars(
        [(s.code, s.points_at_stake, 0.0, f"{vi_number(s.points_at_stake)} điểm") for s in report.shortfalls]
    )
    units = {c.code: c.indicator.unit for c in report.criteria}
    context = {
        "r": report,
        "rows": assessment_rows(report),
        "score": score_text,
        "num": vi_number,
        "value_text": value_text,
        "rate": display.rate,
        "target": display.target,
        "units": units,
        "status": STATUS_VI,
        "percent": "" if t.percent is None else vi_number(t.percent, 2) + "%",
        "as_of": vi_date(report.as_of) if report.as_of else "",
        "field_bars": field_bars,
        "field_height": field_height,
        "gap_bars": gap_bars,
        "gap_height": gap_height,
        "chart_width": CHART_WIDTH,
        "label_width": LABEL_WIDTH,
        "bar": BAR,
        "names_hidden": NAMES_HIDDEN if names_hidden(report) else "",
        "missing": [c for c in report.criteria if c.status == "missing_evidence"],
        "simulation": override_lines(report.overrides),
        "asks_available": asks_points_available(report),
        "points_left": points_left(report),
        "score_targets": score_targets(report),
        "verdict": VERDICT_VI,
        "target_name": target_name,
        "target_detail": target_detail,
    }
    return environment().get_template("report.html.j2").render(context)
